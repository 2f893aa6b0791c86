// Verification of a round bundle: parse its inputs back, recompute, compare canonical bytes (docs/PROTOCOL.md §7, §9.7).
import { z } from "zod";
import type { Hex } from "viem";

import { canonicalJson, toJsonValue, type JsonValue } from "../lib/canonical";
import type { RoundResult } from "../lib/eip712";
import { AerieError, BundleMismatchError, InvalidBundleError } from "../lib/errors";
import { parseTaskSpec } from "./taskSpec";
import { getPolicy } from "./policy/registry";
import { hashCanonical } from "./bundleStream";
import { incrementalKeccak } from "./keccak";
import type { SignatureRecoverer } from "./messages";
import { computeNormalizedRound, ROUND_BUNDLE_SCHEMA, ROUND_BUNDLE_SCHEMA_V2, ROUND_BUNDLE_SCHEMA_V3, type RoundInputs, type RoundOutput } from "./round";
import { Bytes32Schema, DecimalUintSchema, describeFirstIssue, makeInputSchemas } from "./schema";

// ------------------------------------------------------------------ types

/** Output of {@link verifyBundle}. */
export type VerifyBundleReturnType =
  | { ok: true; bundleHash: Hex; result: RoundResult }
  | { ok: false; reason: string };

/** Options of {@link verifyBundle} and {@link assertBundle}. */
export type VerifyBundleOptions = {
  /** Signature recovery for the recomputation (default viem's; see `ComputeRoundOptions.recoverer`). */
  recoverer?: SignatureRecoverer;
};

// ------------------------------------------------------------------ schema

const J = makeInputSchemas(DecimalUintSchema);

/** The header and `inputs` of a bundle (outputs are checked by recomputation, not parsed). */
const BundleInputsSchema = z.object({
  schema: z.enum([ROUND_BUNDLE_SCHEMA, ROUND_BUNDLE_SCHEMA_V2, ROUND_BUNDLE_SCHEMA_V3], {
    error: `"${ROUND_BUNDLE_SCHEMA}", "${ROUND_BUNDLE_SCHEMA_V2}" or "${ROUND_BUNDLE_SCHEMA_V3}"`,
  }),
  policy: z.string({ error: "a policy id string" }),
  chainId: J.chainId,
  contracts: J.contracts,
  taskId: DecimalUintSchema,
  round: DecimalUintSchema,
  roundStart: DecimalUintSchema,
  roundEnd: DecimalUintSchema,
  stakeBlock: DecimalUintSchema,
  stakeBlockHash: Bytes32Schema.nullable().optional(),
  specHash: Bytes32Schema,
  spec: z.unknown(),
  rewardPerRound: DecimalUintSchema,
  previousBundleHash: Bytes32Schema.nullable(),
  inputs: z.object({
    participants: z.array(J.participant),
    submissions: z.array(J.submission),
    scores: z.array(J.scores),
    scoresCommits: z.array(J.scoresCommit).optional(),
    modelUpdates: z.array(J.modelUpdate).optional(),
    voteCommits: z.array(J.voteCommit).optional(),
    votes: z.array(J.vote).optional(),
    previousCumulative: J.cumulativeList,
    previousPolicyState: z.unknown().optional(),
  }),
});

// ------------------------------------------------------------------ functions

/**
 * Reads a round bundle's header and `inputs` back into {@link RoundInputs} (decimal strings → bigint,
 * addresses checksummed, hex lowercase). `previous` is `null` iff `previousBundleHash` is `null`. The policy it
 * names must be registered; its layout's extra inputs (`scoresCommits`, `modelUpdates`, `voteCommits`, `votes`, `previousPolicyState`,
 * `stakeBlockHash`) are
 * read when present.
 *
 * @param bundleJson the parsed bundle JSON, or its text.
 * @throws {InvalidBundleError} if the text is not JSON or a header/input field is missing or malformed
 *   (the one-line message names the field), including an invalid embedded task spec.
 */
export function bundleToInputs(bundleJson: unknown): RoundInputs {
  const json = _parseText(bundleJson);
  const parsed = BundleInputsSchema.safeParse(json);
  if (!parsed.success) throw new InvalidBundleError(`bundle: ${describeFirstIssue(parsed.error, json)}`, { cause: parsed.error });
  const b = parsed.data;
  let layout: string;
  try {
    layout = getPolicy(b.policy).bundleSchema ?? ROUND_BUNDLE_SCHEMA_V2;
  } catch (error) {
    throw new InvalidBundleError(`bundle: ${(error as Error).message}`, { cause: error });
  }
  // `/3` takes the policy's layout; an older bundle must carry the schema its policy wrote
  if (b.schema !== ROUND_BUNDLE_SCHEMA_V3 && b.schema !== layout) {
    throw new InvalidBundleError(`bundle: schema: expected "${ROUND_BUNDLE_SCHEMA_V3}" or "${layout}", got "${b.schema}"`);
  }
  let spec;
  try {
    spec = parseTaskSpec(b.spec);
  } catch (error) {
    throw new InvalidBundleError(`bundle: spec: ${(error as Error).message}`, { cause: error });
  }
  return {
    chainId: b.chainId,
    contracts: b.contracts,
    taskId: b.taskId,
    round: b.round,
    roundStart: b.roundStart,
    roundEnd: b.roundEnd,
    stakeBlock: b.stakeBlock,
    rewardPerRound: b.rewardPerRound,
    spec,
    specHash: b.specHash,
    participants: b.inputs.participants,
    submissions: b.inputs.submissions,
    scores: b.inputs.scores,
    ...(b.inputs.scoresCommits === undefined ? {} : { scoresCommits: b.inputs.scoresCommits }),
    ...(b.inputs.modelUpdates === undefined ? {} : { modelUpdates: b.inputs.modelUpdates }),
    ...(b.inputs.voteCommits === undefined ? {} : { voteCommits: b.inputs.voteCommits }),
    ...(b.inputs.votes === undefined ? {} : { votes: b.inputs.votes }),
    ...(b.stakeBlockHash === undefined ? {} : { stakeBlockHash: b.stakeBlockHash }),
    previous:
      b.previousBundleHash === null
        ? null
        : {
            bundleHash: b.previousBundleHash,
            cumulative: b.inputs.previousCumulative,
            ...(b.inputs.previousPolicyState === undefined ? {} : { policyState: b.inputs.previousPolicyState as JsonValue | null }),
          },
  };
}

/**
 * Verifies a round bundle: recomputes it from its own inputs with {@link computeRound} and compares the
 * canonical JSON bytes. Never throws.
 *
 * @param bundleJson the parsed bundle JSON, or its text.
 * @returns `{ok: true, bundleHash, result}` (the RoundResult to compare with the one proposed on chain), or
 *   `{ok: false, reason}` with one line: the parse error, the recomputation error, or the first differing
 *   field (`bundle mismatch at outputs.accounts[0].amount: bundle has "5", recomputed "4"`).
 */
export async function verifyBundle(bundleJson: unknown, options: VerifyBundleOptions = {}): Promise<VerifyBundleReturnType> {
  try {
    const output = await assertBundle(bundleJson, options);
    return { ok: true, bundleHash: output.bundleHash, result: output.result };
  } catch (error) {
    return { ok: false, reason: error instanceof AerieError ? error.shortMessage : `verification failed: ${String(error)}` };
  }
}

/**
 * Like {@link verifyBundle}, but returns the recomputed output and throws on failure.
 *
 * @throws {InvalidBundleError} if the bundle cannot be parsed; any error of {@link computeRound} on its inputs.
 * @throws {BundleMismatchError} if the recomputed bundle differs (the message names the first differing field).
 */
export async function assertBundle(bundleJson: unknown, options: VerifyBundleOptions = {}): Promise<RoundOutput> {
  const json = _parseText(bundleJson);
  const inputs = bundleToInputs(json);
  const legacyBundle = (json as { schema: string }).schema !== ROUND_BUNDLE_SCHEMA_V3;
  const output = await computeNormalizedRound(inputs, { legacyBundle, ...(options.recoverer ? { recoverer: options.recoverer } : {}) });
  // the given text is the canonical form itself (what computeRound writes, plus a final newline): its own bytes' hash
  // decides it without a second walk of the bundle; any other text is canonicalized below
  if (typeof bundleJson === "string" && _textHash(bundleJson) === output.bundleHash) return output;
  // compare streamed hashes (neither text is built); on a difference, walk both values for the first differing field
  let givenHash: Hex;
  try {
    givenHash = hashCanonical(json).hash;
  } catch (error) {
    throw new InvalidBundleError(`bundle: ${(error as Error).message}`, { cause: error });
  }
  if (givenHash === output.bundleHash) return output;
  const diff = _firstDifference(json as JsonValue, output.bundle, "") ?? { path: "", detail: "canonical bytes differ" };
  throw new BundleMismatchError(diff.path, diff.detail);
}

/**
 * The bundle hash of a bundle as given (no validation): `keccak256(canonicalJson(bundle))`.
 *
 * @param bundleJson the parsed bundle JSON, or its text.
 * @throws {InvalidBundleError} if the text is not JSON; {@link CanonicalJsonError} on non-JSON values.
 */
export function bundleHashOf(bundleJson: unknown): Hex {
  return hashCanonical(_parseText(bundleJson)).hash;
}

// ------------------------------------------------------------------ internal helpers

/** keccak256 of the UTF-8 bytes of `text` without one final newline, fed in 1 MiB slices (no whole-text copy). */
function _textHash(text: string): Hex {
  const end = text.endsWith("\n") ? text.length - 1 : text.length;
  const hash = incrementalKeccak();
  for (let at = 0; at < end; ) {
    let next = Math.min(end, at + TEXT_SLICE);
    // never split a surrogate pair (each half alone would encode as U+FFFD)
    const last = text.charCodeAt(next - 1);
    if (next < end && last >= 0xd800 && last <= 0xdbff) next++;
    hash.update(text.slice(at, next));
    at = next;
  }
  return `0x${hash.digest().toString("hex")}`;
}

/** Characters per slice {@link _textHash} converts and hashes at once. */
const TEXT_SLICE = 1 << 20;

function _parseText(bundleJson: unknown): unknown {
  if (typeof bundleJson !== "string") return bundleJson;
  try {
    return JSON.parse(bundleJson) as unknown;
  } catch (error) {
    throw new InvalidBundleError(`bundle: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

function _show(value: JsonValue | undefined): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The first path (keys in canonical order) where two bundles differ, with both values (`bundle has X, recomputed Y`),
 * or null if their canonical JSON is equal. Committee members use it to name the field where their bundles part.
 */
export function firstDifference(given: unknown, expected: unknown): { path: string; detail: string } | null {
  return _firstDifference(toJsonValue(_parseText(given)), toJsonValue(_parseText(expected)), "");
}

/** The bundle's `inputs` that are signed messages (what members and guardians receive, each from its own inbox). */
export const MESSAGE_INPUT_KEYS = ["submissions", "scores", "scoresCommits", "modelUpdates", "voteCommits", "votes"] as const;

/**
 * Like {@link firstDifference}, but over what the chain and the finalized history decide only: every header field
 * and every `inputs` field except the signed messages ({@link MESSAGE_INPUT_KEYS}); `selection`, `outputs`,
 * `slashes` and `merkle` (which follow from the inputs) are left out. A guardian whose inbox lacks a message the
 * committee holds (or holds one the committee never got) finds no difference here: once `verifyBundle` showed that
 * the proposed bundle recomputes from its own inputs, whose messages are each signed by a participant at the round's
 * start, the messages a quorum attests to are not evidence of a forgery.
 *
 * @returns the first differing path with both values, or null.
 * @throws {InvalidBundleError} if either text is not JSON.
 */
export function firstChainInputDifference(given: unknown, expected: unknown): { path: string; detail: string } | null {
  return _firstDifference(_chainPart(toJsonValue(_parseText(given))), _chainPart(toJsonValue(_parseText(expected))), "");
}

function _chainPart(bundle: JsonValue): JsonValue {
  if (bundle === null || typeof bundle !== "object" || Array.isArray(bundle)) return bundle;
  const { selection: _s, outputs: _o, slashes: _l, merkle: _m, inputs, ...header } = bundle as Record<string, JsonValue>;
  if (inputs === null || typeof inputs !== "object" || Array.isArray(inputs)) return { ...header, inputs: inputs ?? null };
  const chainInputs = Object.fromEntries(Object.entries(inputs).filter(([k]) => !(MESSAGE_INPUT_KEYS as readonly string[]).includes(k)));
  return { ...header, inputs: chainInputs };
}

/** The first path (keys in canonical order) where `given` and `expected` differ, or null if equal. */
function _firstDifference(given: JsonValue | undefined, expected: JsonValue | undefined, path: string): { path: string; detail: string } | null {
  const mismatch = () => ({ path, detail: `bundle has ${_show(given)}, recomputed ${_show(expected)}` });
  if (given === undefined || expected === undefined) return given === expected ? null : mismatch();
  if (Array.isArray(given) || Array.isArray(expected)) {
    if (!Array.isArray(given) || !Array.isArray(expected)) return mismatch();
    for (let i = 0; i < Math.min(given.length, expected.length); i++) {
      const d = _firstDifference(given[i], expected[i], `${path}[${i}]`);
      if (d) return d;
    }
    if (given.length !== expected.length) {
      return { path, detail: `bundle has ${given.length} items, recomputed ${expected.length}` };
    }
    return null;
  }
  if (given !== null && expected !== null && typeof given === "object" && typeof expected === "object") {
    const keys = [...new Set([...Object.keys(given), ...Object.keys(expected)])].sort();
    for (const key of keys) {
      const d = _firstDifference(given[key], expected[key], path === "" ? key : `${path}.${key}`);
      if (d) return d;
    }
    return null;
  }
  return canonicalJson(given) === canonicalJson(expected) ? null : mismatch();
}
