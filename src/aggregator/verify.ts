// Verification of a round bundle: parse its inputs back, recompute, compare canonical bytes (docs/PROTOCOL.md §7, §9.7).
import { z } from "zod";
import type { Hex } from "viem";

import { canonicalHash, canonicalJson, toJsonValue, type JsonValue } from "../lib/canonical";
import type { RoundResult } from "../lib/eip712";
import { AerieError, BundleMismatchError, InvalidBundleError } from "../lib/errors";
import { parseTaskSpec } from "./taskSpec";
import { getPolicy } from "./policy/registry";
import { computeRound, ROUND_BUNDLE_SCHEMA, ROUND_BUNDLE_SCHEMA_V2, type RoundInputs, type RoundOutput } from "./round";
import { Bytes32Schema, DecimalUintSchema, describeFirstIssue, makeInputSchemas } from "./schema";

// ------------------------------------------------------------------ types

/** Output of {@link verifyBundle}. */
export type VerifyBundleReturnType =
  | { ok: true; bundleHash: Hex; result: RoundResult }
  | { ok: false; reason: string };

// ------------------------------------------------------------------ schema

const J = makeInputSchemas(DecimalUintSchema);

/** The header and `inputs` of a bundle (outputs are checked by recomputation, not parsed). */
const BundleInputsSchema = z.object({
  schema: z.enum([ROUND_BUNDLE_SCHEMA, ROUND_BUNDLE_SCHEMA_V2], { error: `"${ROUND_BUNDLE_SCHEMA}" or "${ROUND_BUNDLE_SCHEMA_V2}"` }),
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
    previousCumulative: z.array(J.cumulative),
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
  if (b.schema !== layout) throw new InvalidBundleError(`bundle: schema: expected "${layout}", got "${b.schema}"`);
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
export async function verifyBundle(bundleJson: unknown): Promise<VerifyBundleReturnType> {
  try {
    const output = await assertBundle(bundleJson);
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
export async function assertBundle(bundleJson: unknown): Promise<RoundOutput> {
  const json = _parseText(bundleJson);
  const output = await computeRound(bundleToInputs(json));
  let given: JsonValue;
  try {
    given = toJsonValue(json);
  } catch (error) {
    throw new InvalidBundleError(`bundle: ${(error as Error).message}`, { cause: error });
  }
  if (canonicalJson(given) === output.canonical) return output;
  const diff = _firstDifference(given, output.bundle, "") ?? { path: "", detail: "canonical bytes differ" };
  throw new BundleMismatchError(diff.path, diff.detail);
}

/**
 * The bundle hash of a bundle as given (no validation): `keccak256(canonicalJson(bundle))`.
 *
 * @param bundleJson the parsed bundle JSON, or its text.
 * @throws {InvalidBundleError} if the text is not JSON; {@link CanonicalJsonError} on non-JSON values.
 */
export function bundleHashOf(bundleJson: unknown): Hex {
  return canonicalHash(_parseText(bundleJson));
}

// ------------------------------------------------------------------ internal helpers

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
