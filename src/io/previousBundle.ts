// Previous-bundle discovery and the on-chain root check: which earlier round's cumulative amounts a new
// round builds on, and proof that it is the one the chain finalized last (docs/AGGREGATOR.md).
import type { Hex } from "viem";

import { previousFromBundle, type RoundInputs } from "../aggregator/round";
import { ZERO_ROOT } from "../aggregator/merkle";
import { PreconditionError } from "../sdk/errors";
import { bundlePath, readVerifiedBundle, storedRounds, type StoredBundle } from "./bundleStore";

/** What {@link findPreviousBundle} found: the verified bundle and the `previous` input of the next round. */
export type PreviousBundle = StoredBundle & { round: bigint; previous: NonNullable<RoundInputs["previous"]> };

/**
 * Finds the latest bundle of `taskId` in the store for a round before `round`, verifies it, and returns its hash
 * cumulative amounts and policy state (if its policy carries one) as the next round's `previous` input.
 *
 * @returns the previous bundle, or `null` when the store holds no earlier round of the task.
 * @throws {InvalidBundleError} when that bundle does not verify (it is never skipped for an older one).
 */
export async function findPreviousBundle(dir: string, taskId: bigint, round: bigint): Promise<PreviousBundle | null> {
  const earlier = storedRounds(dir, taskId).filter((r) => r < round);
  const last = earlier[earlier.length - 1];
  if (last === undefined) return null;
  const stored = await readVerifiedBundle(bundlePath(dir, taskId, last));
  const cumulative = stored.output.claims.map((c) => ({ account: c.account, amount: c.cumulativeAmount }));
  const policyState = previousFromBundle(stored.output.bundle, stored.output.bundleHash).policyState ?? null;
  return { ...stored, round: last, previous: { bundleHash: stored.output.bundleHash, cumulative, ...(policyState === null ? {} : { policyState }) } };
}

/**
 * Checks that the previous bundle the aggregator builds on is the one whose root the RewardDistributor holds
 * for the task now, so the new cumulative root does not drop or double earlier rewards.
 *
 * @param p.onChainRoot `RewardDistributor.taskRewards(taskId).root` (zero before the first finalized round).
 * @param p.previous what {@link findPreviousBundle} returned.
 * @param p.dir the store, for the message.
 * @throws {PreconditionError} when the chain has a root but the store has no earlier bundle, or the latest
 *   stored bundle's root is not the chain's root.
 */
export function assertPreviousMatchesChain(p: { taskId: bigint; round: bigint; onChainRoot: Hex; previous: PreviousBundle | null; dir: string }): void {
  const onChain = p.onChainRoot.toLowerCase();
  if (onChain === ZERO_ROOT) return;
  if (p.previous === null) {
    throw new PreconditionError(
      `task ${p.taskId} already has rewards (root ${onChain}) but ${p.dir} holds no bundle of a round before ${p.round}: put the latest finalized bundle there, or the new root would drop earlier rewards`,
    );
  }
  const root = p.previous.output.result.rewardsRoot.toLowerCase();
  if (root !== onChain) {
    throw new PreconditionError(
      `the latest bundle in ${p.dir} (round ${p.previous.round}) has root ${root} but task ${p.taskId}'s on-chain root is ${onChain}: use the bundle of the latest finalized round`,
    );
  }
}
