// Parsing a task spec's `policy` object with a policy's zod schema, errors naming `policy.<field>`.
import type { z } from "zod";

import { taskSpecError } from "../../lib/taskSpec";

/**
 * Parses `json` (a spec's `policy` object) with `schema`.
 *
 * @returns the schema's output.
 * @throws {InvalidTaskSpecError} one line naming the first bad field as `policy.<field>`, e.g.
 *   `task spec: policy.gamma: unknown field (not part of aerie-task/1), remove it`.
 */
export function parsePolicyObject<S extends z.ZodType>(schema: S, json: unknown): z.output<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw taskSpecError(parsed.error, json, ["policy"]);
  return parsed.data;
}
