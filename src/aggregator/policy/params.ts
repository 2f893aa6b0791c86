// Parsing a task spec's `policy` object with a policy's zod schema, into one-line errors naming the field.
import type { z } from "zod";

import { taskSpecError } from "../../lib/taskSpec";

/**
 * Parses `json` (the spec's `policy` object) with `schema`.
 *
 * @param policyId the policy's id, named in the unknown-field message.
 * @returns the parsed value.
 * @throws {InvalidTaskSpecError} with a one-line message naming the first bad field as `policy.<field>` and what is
 *   expected, e.g. `task spec: policy.gammaBps: expected an integer from 0 to 5000 (bps), got 6000`; an unknown
 *   field is named as such (`policy.foo: unknown field (not a parameter of flock-arena-v1), remove it`).
 */
export function parsePolicyObject<S extends z.ZodType>(schema: S, json: unknown, policyId: string): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw taskSpecError(parsed.error, json, ["policy"], `a parameter of ${policyId}`);
  return parsed.data;
}
