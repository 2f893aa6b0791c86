// Parsing a task spec's `policy` object with a policy's zod schema, into one-line errors naming the field.
import type { z } from "zod";

import { InvalidTaskSpecError } from "../../lib/errors";

/**
 * Parses `json` (the spec's `policy` object) with `schema`.
 *
 * @returns the parsed value.
 * @throws {InvalidTaskSpecError} with a one-line message naming the first bad field as `policy.<field>` and what is
 *   expected, e.g. `task spec: policy.gammaBps: expected an integer from 0 to 5000 (bps), got 6000`; an unknown
 *   field is named as such (`policy.foo: unknown field (not a parameter of flock-arena-v1), remove it`).
 */
export function parsePolicyObject<S extends z.ZodType>(schema: S, json: unknown, policyId: string): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const name = _name([...issue.path, issue.keys[0]!]);
    throw new InvalidTaskSpecError(`task spec: ${name}: unknown field (not a parameter of ${policyId}), remove it`, name, {
      cause: parsed.error,
    });
  }
  const name = _name(issue.path);
  throw new InvalidTaskSpecError(`task spec: ${name}: expected ${issue.message}, got ${_describe(json, issue.path)}`, name, {
    cause: parsed.error,
  });
}

function _name(path: readonly PropertyKey[]): string {
  return ["policy", ...path.map(String)].join(".");
}

function _describe(root: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, key)) {
      return "nothing (the field is missing)";
    }
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  if (value === undefined) return "nothing (the field is missing)";
  const text = (JSON.stringify(value) ?? String(value)).replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
