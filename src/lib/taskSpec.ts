// The task-spec JSON file (`aerie-task/1`): schema, parser with one-line errors, and its canonical hash.
import { z } from "zod";
import type { Hex } from "viem";

import { canonicalHash } from "./canonical";
import { InvalidTaskSpecError } from "./errors";

// ------------------------------------------------------------------ constants

/** The largest uint256, the bound of every wei amount. */
const MAX_UINT256 = (1n << 256n) - 1n;
/** A canonical decimal integer: no sign, no leading zeros, at most 78 digits. */
const DECIMAL_RE = /^(0|[1-9][0-9]{0,77})$/;

// ------------------------------------------------------------------ schema helpers

function _int(min: number, max: number | undefined, expected: string) {
  let schema = z.number({ error: expected }).int({ error: expected }).min(min, { error: expected });
  if (max !== undefined) schema = schema.max(max, { error: expected });
  return schema;
}

function _wei(positive: boolean) {
  const expected = positive ? "a decimal string of wei greater than 0" : "a decimal string of wei";
  return z
    .string({ error: expected })
    .regex(DECIMAL_RE, { error: expected })
    // zod runs refinements even after a failed regex, so guard BigInt() with the regex again
    .refine((s) => DECIMAL_RE.test(s) && BigInt(s) <= MAX_UINT256 && (!positive || BigInt(s) > 0n), { error: expected });
}

// ------------------------------------------------------------------ schema

/**
 * zod schema of a task-spec file, `schema: "aerie-task/1"` (docs/PROTOCOL.md §4: the registry stores its
 * `specHash`; the spec names the reward policy and its parameters). Objects are strict: unknown keys are
 * rejected. Wei amounts are canonical decimal strings (no leading zeros, ≤ 2^256 − 1); durations are
 * integer seconds; bps are basis points (1/10_000).
 *
 * ```json
 * { "schema": "aerie-task/1", "name": "…", "description": "…",
 *   "rounds": { "count": 3, "durationSeconds": 86400, "startDelaySeconds": 300 },
 *   "rewardPerRound": "1000000000000000000000", "minTrainerStake": "…", "minValidatorStake": "…",
 *   "scoringWindowSeconds": 3600,
 *   "policy": { "id": "aerie-consensus-v1", "validatorShareBps": 3000, "deviationThreshold": 150000, "slashBps": 1000 },
 *   "dataset": { "uri": "…", "hash": "…" } }
 * ```
 *
 * `scoringWindowSeconds` must be positive here; that it is shorter than the chain's `RESULT_DEADLINE` is
 * checked by callers that know the deployment.
 */
export const TaskSpecFile = z.strictObject(
  {
    schema: z.literal("aerie-task/1", { error: 'the string "aerie-task/1"' }),
    name: z
      .string({ error: "a string of 1 to 100 characters" })
      .min(1, { error: "a string of 1 to 100 characters" })
      .max(100, { error: "a string of 1 to 100 characters" }),
    description: z.string({ error: "a string" }).optional(),
    rounds: z.strictObject(
      {
        count: _int(1, 1000, "an integer from 1 to 1000"),
        durationSeconds: _int(1, undefined, "a positive integer (seconds)"),
        startDelaySeconds: _int(0, undefined, "a non-negative integer (seconds)"),
      },
      { error: "an object {count, durationSeconds, startDelaySeconds}" },
    ),
    rewardPerRound: _wei(true),
    minTrainerStake: _wei(false),
    minValidatorStake: _wei(false),
    scoringWindowSeconds: _int(1, undefined, "a positive integer (seconds)"),
    policy: z.strictObject(
      {
        id: z.literal("aerie-consensus-v1", { error: 'the string "aerie-consensus-v1"' }),
        validatorShareBps: _int(0, 10_000, "an integer from 0 to 10000 (bps)"),
        deviationThreshold: _int(0, 1_000_000, "an integer from 0 to 1000000 (score units)"),
        slashBps: _int(1, 10_000, "an integer from 1 to 10000 (bps)"),
      },
      { error: "an object {id, validatorShareBps, deviationThreshold, slashBps}" },
    ),
    dataset: z
      .strictObject(
        {
          uri: z.string({ error: "a non-empty string" }).min(1, { error: "a non-empty string" }),
          hash: z.string({ error: "a string" }).optional(),
        },
        { error: "an object {uri, hash?}" },
      )
      .optional(),
  },
  { error: "a JSON object with the aerie-task/1 fields" },
);

/** A parsed, valid task spec (see {@link TaskSpecFile}); wei fields stay decimal strings. */
export type TaskSpecFile = z.infer<typeof TaskSpecFile>;

// ------------------------------------------------------------------ functions

/**
 * Validates a parsed task-spec JSON document.
 *
 * @param json the result of `JSON.parse` on the file's text.
 * @returns the spec, with exactly the fields of {@link TaskSpecFile}.
 * @throws {InvalidTaskSpecError} with a ONE-line message naming the first bad field and what is expected,
 *   e.g. `task spec: rewardPerRound: expected a decimal string of wei greater than 0, got 12.5`.
 */
export function parseTaskSpec(json: unknown): TaskSpecFile {
  const parsed = TaskSpecFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const path = [...issue.path, issue.keys[0]!];
    const name = _pathString(path);
    throw new InvalidTaskSpecError(
      `task spec: ${name}: unknown field (not part of aerie-task/1), remove it`,
      name,
      { cause: parsed.error },
    );
  }
  const name = _pathString(issue.path);
  const got = _describe(json, issue.path);
  throw new InvalidTaskSpecError(`task spec: ${name === "" ? "(document)" : name}: expected ${issue.message}, got ${got}`, name, {
    cause: parsed.error,
  });
}

/**
 * The task's `specHash` (docs/PROTOCOL.md §4): keccak256 of the canonical (RFC 8785) JSON of the parsed spec,
 * wei fields kept as decimal strings.
 *
 * @param spec a spec returned by {@link parseTaskSpec}.
 * @returns the 32-byte hash, lowercase hex.
 */
export function specHash(spec: TaskSpecFile): Hex {
  return canonicalHash(spec);
}

// ------------------------------------------------------------------ internal helpers

function _pathString(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
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
  let text: string;
  try {
    text = typeof value === "bigint" ? `${value}n` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  text = text.replace(/\s+/g, " ");
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
