// The previous-history check of a round bundle (issue 7, item 7): a bundle's `previous` cumulative amounts and
// `previousBundleHash` must be the task's last finalized round's, which the chain holds as a root and a hash.
import type { Hex } from "viem";

import { canonicalHash, canonicalJson, toJsonValue } from "../lib/canonical";
import { AerieError } from "../lib/errors";
import { buildRewardsTree, ZERO_ROOT } from "./merkle";
import { bundleToInputs } from "./verify";

/** What the chain says about the task's last finalized round before the bundle's round. */
export type FinalizedHistory = {
  /** `RewardDistributor.taskRewards(taskId).root`: the last finalized round's rewards root (zero if none). */
  root: Hex;
  /** `bundleHash` of the task's last `RoundFinalized` event, or `null` if no round was finalized yet. */
  bundleHash: Hex | null;
  /**
   * The last finalized bundle itself (JSON value or text), when the checker holds it. Then its policy state must be
   * the one the new bundle builds on (`inputs.previousPolicyState`, e.g. v2's offence records, which decide slashes).
   */
  bundle?: unknown;
};

/** Output of {@link checkPreviousHistory}: `ok`, or the first mismatch in one line. */
export type CheckPreviousHistoryReturnType = { ok: true } | { ok: false; reason: string };

/**
 * Checks a bundle's history against the chain. `verifyBundle` takes `inputs.previousCumulative` on trust (a bundle
 * that silently drops an account's earlier, unclaimed rewards recomputes fine); this check closes that gap:
 *
 * 1. `previousBundleHash` equals the last finalized bundle's hash (`null` iff nothing was finalized);
 * 2. the Merkle tree of `inputs.previousCumulative` (leaves `[taskId, account, cumulativeAmount]`) has the
 *    on-chain root (no previous round: the list is empty and the root is zero);
 * 3. if `onChain.bundle` is given: it hashes to `onChain.bundleHash`, and its `policyState` (`null` if absent)
 *    equals the new bundle's `inputs.previousPolicyState` (`null` if absent).
 *
 * Pure and total: never throws.
 * @param bundleJson the parsed bundle JSON, or its text.
 * @returns `{ok: true}` or `{ok: false, reason}` naming the first mismatch, e.g.
 *   `previousCumulative rebuilds root 0x…, the last finalized root on chain is 0x…`.
 */
export function checkPreviousHistory(bundleJson: unknown, onChain: FinalizedHistory): CheckPreviousHistoryReturnType {
  let inputs;
  try {
    inputs = bundleToInputs(bundleJson);
  } catch (e) {
    return { ok: false, reason: e instanceof AerieError ? e.shortMessage : String(e) };
  }
  const given = inputs.previous?.bundleHash ?? null;
  const expected = onChain.bundleHash === null ? null : (onChain.bundleHash.toLowerCase() as Hex);
  if (given !== expected) {
    return { ok: false, reason: `previousBundleHash is ${given ?? "null"}, the last finalized bundle on chain is ${expected ?? "none (no round finalized)"}` };
  }
  const cumulative = inputs.previous?.cumulative ?? [];
  let root: Hex;
  try {
    root = buildRewardsTree(inputs.taskId, cumulative).root;
  } catch (e) {
    return { ok: false, reason: `previousCumulative: ${e instanceof AerieError ? e.shortMessage : String(e)}` };
  }
  const onChainRoot = (expected === null ? ZERO_ROOT : onChain.root).toLowerCase();
  if (root.toLowerCase() !== onChainRoot) {
    return { ok: false, reason: `previousCumulative (${cumulative.length} accounts) rebuilds root ${root}, the last finalized root on chain is ${onChainRoot}` };
  }
  if (onChain.bundle !== undefined && expected !== null) {
    try {
      const previousBundle = (typeof onChain.bundle === "string" ? JSON.parse(onChain.bundle) : onChain.bundle) as { policyState?: unknown };
      const previousHash = canonicalHash(previousBundle);
      if (previousHash !== expected) return { ok: false, reason: `the previous bundle given hashes to ${previousHash}, the last finalized bundle on chain is ${expected}` };
      const carried = canonicalJson(toJsonValue(inputs.previous?.policyState ?? null));
      const held = canonicalJson(toJsonValue(previousBundle.policyState ?? null));
      if (carried !== held) return { ok: false, reason: `previousPolicyState is ${_short(carried)}, the last finalized bundle's policyState is ${_short(held)}` };
    } catch (e) {
      return { ok: false, reason: `previous bundle: ${e instanceof Error ? e.message : String(e)}` };
    }
  }
  return { ok: true };
}

function _short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
