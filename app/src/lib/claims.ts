// Checks done in the browser on what the node serves: a claim's proof against the on-chain root, and a position's
// share of a round's operator reward (the aggregator's own split). Loaded only by the pages that need them.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { Address, Hex } from "viem";
import { REWARD_LEAF_ENCODING } from "../../../src/aggregator/leaf";
import { splitOperatorReward } from "../../../src/aggregator/split";
import type { BundleFacts } from "./bundleFacts";
import type { NodeClaim } from "./node";

/**
 * Whether a claim is the one asked for and provable under the task's on-chain root: the node's claim names
 * `asked.taskId` and `asked.account` (a node answering another account's genuine claim would otherwise pass, with
 * that account's amount shown), its root equals the on-chain root, and the proof verifies the leaf
 * `(taskId, account, cumulativeAmount)` (OpenZeppelin StandardMerkleTree, double-hashed leaves).
 * @returns null when valid, else the reason in one sentence.
 */
export function verifyClaim(claim: NodeClaim, onChainRoot: Hex, asked: { taskId: bigint; account: Address }): string | null {
  if (claim.taskId !== asked.taskId || claim.account.toLowerCase() !== asked.account.toLowerCase()) {
    return `The node answered with the claim of ${claim.account.slice(0, 10)}… in task ${claim.taskId}, not yours in task ${asked.taskId}: it is not offered; load a bundle URL from another source.`;
  }
  if (claim.rewardsRoot.toLowerCase() !== onChainRoot.toLowerCase()) {
    return `The node's root ${claim.rewardsRoot.slice(0, 10)}… is not the task's on-chain root ${onChainRoot.slice(0, 10)}…: the node may be behind; load the latest bundle URL.`;
  }
  let ok = false;
  try {
    ok = StandardMerkleTree.verify(onChainRoot, [...REWARD_LEAF_ENCODING], [claim.taskId.toString(), claim.account, claim.cumulativeAmount.toString()], claim.proof);
  } catch {
    ok = false;
  }
  return ok ? null : "The node's proof does not verify against the on-chain root: it is not offered; load a bundle URL from another source.";
}

/** A claim loaded from a bundle URL, re-checked against the chain as it is now ({@link recheckBundleClaim}). */
export type BundleClaimCheck = { state: "verified" | "none" | "stale"; claimable: bigint; message: string };

/**
 * Re-checks a claim the page loaded from a bundle URL against the task as it is now: a newer finalized round changes
 * the on-chain root (the loaded amount is then "stale", shown as unknown, never as 0), and a claim raises `claimed`
 * (the row then has nothing left, and its Claim button is disabled). Amounts in wei.
 */
export function recheckBundleClaim(loaded: { cumulativeAmount: bigint; root: Hex }, now: { taskId: bigint; root: Hex; claimed: bigint }): BundleClaimCheck {
  if (loaded.root.toLowerCase() !== now.root.toLowerCase()) {
    return { state: "stale", claimable: 0n, message: `The loaded bundle's root is no longer task ${now.taskId}'s on-chain root (a newer round has finalized): load the latest finalized round's bundle.` };
  }
  const claimable = loaded.cumulativeAmount > now.claimed ? loaded.cumulativeAmount - now.claimed : 0n;
  return claimable > 0n
    ? { state: "verified", claimable, message: "From the bundle URL; verified against the on-chain root." }
    : { state: "none", claimable, message: "From the bundle URL: nothing left to claim." };
}

/** What the Rewards page says about its node: from the claim rows, or from a `/healthz` probe when it asked no claim. */
export type NodeStatus = { state: "ok" | "unreachable" | "invalid" | "idle"; text: string };

/**
 * The node's status line of the Rewards page. With no task finalized there is no claim to ask for, so the page's
 * `/healthz` probe decides (`probe` true: answered, false: failed, undefined: not back yet); it never says the
 * node answered when nothing was asked.
 */
export function nodeStatusOf(rows: { state: string }[], probe: boolean | undefined): NodeStatus {
  if (rows.some((r) => r.state === "unreachable")) return { state: "unreachable", text: "The node is unreachable: claims below need a bundle URL." };
  if (rows.some((r) => r.state === "invalid")) return { state: "invalid", text: "The node gave a proof that does not verify: load a bundle URL." };
  if (rows.length > 0) return { state: "ok", text: "The node answered." };
  if (probe === false) return { state: "unreachable", text: "The node is unreachable (no answer to /healthz): claims will need a bundle URL." };
  if (probe === true) return { state: "idle", text: "The node answers; no task has a finalized round yet, so there is nothing to claim." };
  return { state: "idle", text: "Checking the node…" };
}

/** Wei an account earned through one operator's pool in a round (commission included when it is the operator). */
export function positionReward(facts: BundleFacts, operator: Address, account: Address): bigint {
  const out = facts.operators.find((o) => o.operator === operator);
  const p = facts.participants.find((x) => x.operator === operator);
  if (!out || !p) return 0n;
  const split = splitOperatorReward({ operator, reward: out.reward, commissionBps: p.commissionBps, shares: p.shares });
  return split.perAccount.find((a) => a.account === account)?.amount ?? 0n;
}

