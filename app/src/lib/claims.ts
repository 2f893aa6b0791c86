// Checks done in the browser on what the node serves: a claim's proof against the on-chain root, and a position's
// share of a round's operator reward (the aggregator's own split). Loaded only by the pages that need them.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { Address, Hex } from "viem";
import { REWARD_LEAF_ENCODING } from "../../../src/aggregator/leaf";
import { splitOperatorReward } from "../../../src/aggregator/split";
import type { BundleFacts } from "./bundleFacts";
import type { NodeClaim } from "./node";

/**
 * Whether a claim is provable under the task's on-chain root: the node's root equals it and the proof verifies
 * the leaf `(taskId, account, cumulativeAmount)` (OpenZeppelin StandardMerkleTree, double-hashed leaves).
 * @returns null when valid, else the reason in one sentence.
 */
export function verifyClaim(claim: NodeClaim, onChainRoot: Hex): string | null {
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

/** Wei an account earned through one operator's pool in a round (commission included when it is the operator). */
export function positionReward(facts: BundleFacts, operator: Address, account: Address): bigint {
  const out = facts.operators.find((o) => o.operator === operator);
  const p = facts.participants.find((x) => x.operator === operator);
  if (!out || !p) return 0n;
  const split = splitOperatorReward({ operator, reward: out.reward, commissionBps: p.commissionBps, shares: p.shares });
  return split.perAccount.find((a) => a.account === account)?.amount ?? 0n;
}

