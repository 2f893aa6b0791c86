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

/**
 * zod schema of an integer JSON number in `[min, max]` (`max` undefined: no upper bound); `expected` is the phrase
 * the one-line error shows (`…: expected <expected>, got …`). Policies build their parameter schemas with it.
 */
export function specInt(min: number, max: number | undefined, expected: string) {
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
 * rejected (the policy object's keys by the policy's own schema). Wei amounts are canonical decimal strings (no leading zeros, ≤ 2^256 − 1); durations are
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
        count: specInt(1, 1000, "an integer from 1 to 1000"),
        durationSeconds: specInt(1, undefined, "a positive integer (seconds)"),
        startDelaySeconds: specInt(0, undefined, "a non-negative integer (seconds)"),
      },
      { error: "an object {count, durationSeconds, startDelaySeconds}" },
    ),
    rewardPerRound: _wei(true),
    minTrainerStake: _wei(false),
    minValidatorStake: _wei(false),
    scoringWindowSeconds: specInt(1, undefined, "a positive integer (seconds)"),
    // The policy object is checked in two steps: here only that it is an object with a string `id`; then the named
    // policy's own schema checks its parameters (see `parseTaskSpecWith`), so this module knows no policy.
    policy: z
      .object({ id: z.string({ error: "a policy id string" }) }, { error: "an object {id, ...the policy's parameters}" })
      .catchall(z.union([z.number(), z.string(), z.boolean()], { error: "a policy parameter (a number, string or boolean)" })),
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

/**
 * A parsed, valid task spec (see {@link TaskSpecFile}); wei fields stay decimal strings. `policy` holds the policy's
 * JSON parameters as given (checked by the named policy's schema).
 */
export type TaskSpecFile = z.infer<typeof TaskSpecFile>;

/**
 * Checks a spec's `policy` object against the policy it names (the aggregator's policy registry).
 *
 * @throws {InvalidTaskSpecError} naming `policy.<field>` (an unknown id is named as `policy.id`).
 */
export type PolicySpecCheck = (policy: TaskSpecFile["policy"]) => void;

// ------------------------------------------------------------------ functions

/**
 * Validates a parsed task-spec JSON document: the `aerie-task/1` fields here, then the `policy` object with
 * `checkPolicy` (the aggregator's `parseTaskSpec` passes its policy registry).
 *
 * @param json the result of `JSON.parse` on the file's text.
 * @param checkPolicy validates `policy` for the policy it names.
 * @returns the spec, with exactly the fields of {@link TaskSpecFile}.
 * @throws {InvalidTaskSpecError} with a ONE-line message naming the first bad field and what is expected,
 *   e.g. `task spec: rewardPerRound: expected a decimal string of wei greater than 0, got 12.5`.
 */
export function parseTaskSpecWith(json: unknown, checkPolicy: PolicySpecCheck): TaskSpecFile {
  const parsed = TaskSpecFile.safeParse(json);
  if (!parsed.success) throw taskSpecError(parsed.error, json, []);
  checkPolicy(parsed.data.policy);
  return parsed.data;
}

/**
 * The one-line {@link InvalidTaskSpecError} for the first issue of a zod error, the path prefixed by `basePath`
 * (a policy passes `["policy"]` and its object as `root`): `task spec: <path>: expected …, got …`, or
 * `task spec: <path>: unknown field (not part of aerie-task/1), remove it`.
 *
 * @param error the zod error of parsing `root`.
 * @param root the value that was parsed (to show what it held at the bad path).
 * @param basePath the path of `root` inside the spec document.
 * @param partOf what an unknown field is not part of (`"a parameter of flock-arena-v1"`); default `"part of aerie-task/1"`.
 */
export function taskSpecError(
  error: z.ZodError,
  root: unknown,
  basePath: readonly PropertyKey[],
  partOf = "part of aerie-task/1",
): InvalidTaskSpecError {
  const issue = error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const name = _pathString([...basePath, ...issue.path, issue.keys[0]!]);
    return new InvalidTaskSpecError(`task spec: ${name}: unknown field (not ${partOf}), remove it`, name, { cause: error });
  }
  const name = _pathString([...basePath, ...issue.path]);
  const got = _describe(root, issue.path);
  return new InvalidTaskSpecError(`task spec: ${name === "" ? "(document)" : name}: expected ${issue.message}, got ${got}`, name, {
    cause: error,
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
