// The task-spec parser bound to the policy registry: the `aerie-task/1` fields, then the policy's own parameters.
import { parseTaskSpecWith, type TaskSpecFile } from "../lib/taskSpec";
import { checkPolicySpec } from "./policy/registry";

/**
 * Validates a parsed task-spec JSON document (docs/PROTOCOL.md §4): the `aerie-task/1` fields, then the `policy`
 * object against the schema of the policy it names.
 *
 * @param json the result of `JSON.parse` on the file's text.
 * @returns the spec, with exactly its fields (the policy's parameters as given, JSON numbers).
 * @throws {InvalidTaskSpecError} with a ONE-line message naming the first bad field, e.g.
 *   `task spec: policy.slashBps: expected an integer from 1 to 500 (bps), got 1000`, or an unknown policy id.
 */
export function parseTaskSpec(json: unknown): TaskSpecFile {
  return parseTaskSpecWith(json, checkPolicySpec);
}
