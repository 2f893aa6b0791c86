import type { Hex } from "viem";
import { getBlockNumber, getContractEvents } from "viem/actions";

import { pageRange } from "../../lib/pageRange";
import { roundSettlementAbi } from "../abis";
import type { AerieClient, WithAddresses } from "../types";
import { LOG_WINDOW } from "./getRoundInputs";

/** The zero bytes32: the rewards root of a task before its first finalized round. */
const ZERO: Hex = `0x${"00".repeat(32)}`;

/** Parameters of {@link getFinalizedHistory}. */
export type GetFinalizedHistoryParameters = WithAddresses & {
  taskId: bigint;
  /** Only rounds before this one count (the round whose bundle is being checked). */
  beforeRound: bigint;
  /** First block to scan for `RoundFinalized` (pass the settlement's deployment block). */
  fromBlock?: bigint;
};

/** What {@link getFinalizedHistory} returns: the task's last finalized round before `beforeRound`, or none. */
export type GetFinalizedHistoryReturnType = {
  /** That round, or `null` if no earlier round was finalized. */
  round: bigint | null;
  /** Its rewards root (the task's cumulative root right after it); zero if none. */
  root: Hex;
  /** Its bundle hash; `null` if none. */
  bundleHash: Hex | null;
};

/**
 * The task's last finalized round before `beforeRound`, from its `RoundFinalized` event (logs paged in windows of
 * `LOG_WINDOW` blocks, halved when a provider refuses): the reference of the previous-history check
 * (`checkPreviousHistory` in src/aggregator/history.ts). Unlike `RewardDistributor.taskRewards(taskId).root`, this
 * still names the right round after the bundle's own round was finalized.
 */
export async function getFinalizedHistory(client: AerieClient, { addresses, taskId, beforeRound, fromBlock = 0n }: GetFinalizedHistoryParameters): Promise<GetFinalizedHistoryReturnType> {
  const toBlock = await getBlockNumber(client);
  const { items } = await pageRange(
    (from, to) => getContractEvents(client, { address: addresses.roundSettlement, abi: roundSettlementAbi, eventName: "RoundFinalized", args: { taskId }, fromBlock: from, toBlock: to, strict: true }),
    { fromBlock, toBlock, maxRange: LOG_WINDOW },
  );
  let last: (typeof items)[number] | undefined;
  for (const log of items) if (log.args.round < beforeRound && (last === undefined || log.args.round > last.args.round)) last = log;
  if (last === undefined) return { round: null, root: ZERO, bundleHash: null };
  return { round: last.args.round, root: last.args.rewardsRoot, bundleHash: last.args.bundleHash };
}
