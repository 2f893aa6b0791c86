import type { Hex } from "viem";
import { getBlock, getContractEvents, readContract } from "viem/actions";
import { roundSettlementAbi, taskRegistryAbi } from "../abis";
import { decodeRevert } from "../errors";
import { RoundStatus, SettlementStatus, toSettlementStatus } from "../enums";
import type { AerieClient, WithAddresses } from "../types";

/** Parameters of {@link getRoundStatus}. */
export type GetRoundStatusParameters = WithAddresses & {
  /** The task id. */
  taskId: bigint;
  /** The round number (0-based). */
  round: bigint;
  /** First block to scan for challenges (default 0; pass the settlement's deployment block on long chains). */
  fromBlock?: bigint | undefined;
};

/** What {@link getRoundStatus} returns (unix seconds). */
export type GetRoundStatusReturnType = {
  taskId: bigint;
  round: bigint;
  /** The status a user sees, from the on-chain status and chain time. */
  status: RoundStatus;
  /** The status stored on chain. */
  settlement: SettlementStatus;
  roundStart: bigint;
  roundEnd: bigint;
  /** roundEnd + RESULT_DEADLINE: after it, a round without a final result can only be skipped. */
  deadline: bigint;
  /** The round the task settles next (earlier rounds are final or skipped). */
  nextRound: bigint;
  /** The guardian's reason when the round's last proposal was challenged and nothing was proposed since; else `null`. */
  challengeReason: string | null;
  /** Every result digest of this round a guardian has challenged (oldest first): each can never be proposed again. */
  challengedDigests: Hex[];
  /** The live proposal of this round, or `null`. */
  proposal: { proposer: `0x${string}`; proposedAt: bigint; finalizableAt: bigint; bundleHash: `0x${string}` } | null;
  /** Chain time the status was computed at. */
  timestamp: bigint;
};

/**
 * Reads a round's settlement status and refines it by chain time: pending, running, awaiting a result,
 * challenged, proposed, finalizable, finalized, skippable or skipped.
 * @throws ContractRevertError `TaskRegistryUnknownTask` / `TaskRegistryRoundOutOfRange` for a bad id or round.
 */
export async function getRoundStatus(client: AerieClient, parameters: GetRoundStatusParameters): Promise<GetRoundStatusReturnType> {
  try {
    return await readRoundStatus(client, parameters);
  } catch (e) {
    throw decodeRevert(e, "getRoundStatus");
  }
}

async function readRoundStatus(client: AerieClient, { addresses, taskId, round, fromBlock = 0n }: GetRoundStatusParameters): Promise<GetRoundStatusReturnType> {
  const settlement = { address: addresses.roundSettlement, abi: roundSettlementAbi } as const;
  const [[roundStart, roundEnd], raw, nextRound, [proposal], resultDeadline, challengeWindow, block, challenges] = await Promise.all([
    readContract(client, { address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "roundWindow", args: [taskId, round] }),
    readContract(client, { ...settlement, functionName: "roundStatus", args: [taskId, round] }),
    readContract(client, { ...settlement, functionName: "nextRound", args: [taskId] }),
    readContract(client, { ...settlement, functionName: "getProposal", args: [taskId] }),
    readContract(client, { ...settlement, functionName: "RESULT_DEADLINE" }),
    readContract(client, { ...settlement, functionName: "CHALLENGE_WINDOW" }),
    getBlock(client, { blockTag: "latest" }),
    getContractEvents(client, { ...settlement, eventName: "ResultChallenged", args: { taskId, round }, fromBlock, toBlock: "latest", strict: true }),
  ]);
  const now = block.timestamp;
  const status = toSettlementStatus(raw);
  const deadline = roundEnd + resultDeadline;
  const live = status === SettlementStatus.Proposed && proposal.round === round && proposal.proposedAt !== 0n;
  const proposedAt = BigInt(proposal.proposedAt);
  const finalizableAt = proposedAt + challengeWindow;
  const lastChallenge = challenges.at(-1);
  const challengeReason = status === SettlementStatus.None && lastChallenge !== undefined ? lastChallenge.args.reason : null;
  let derived: RoundStatus;
  if (status === SettlementStatus.Finalized) derived = RoundStatus.Finalized;
  else if (status === SettlementStatus.Skipped) derived = RoundStatus.Skipped;
  else if (live) derived = now >= finalizableAt ? RoundStatus.Finalizable : RoundStatus.Proposed;
  else if (now < roundStart) derived = RoundStatus.Pending;
  else if (now < roundEnd) derived = RoundStatus.Running;
  else if (now >= deadline) derived = RoundStatus.Skippable;
  else if (challengeReason !== null) derived = RoundStatus.Challenged;
  else derived = RoundStatus.AwaitingResult;
  return {
    taskId,
    round,
    status: derived,
    settlement: status,
    roundStart,
    roundEnd,
    deadline,
    nextRound,
    challengeReason,
    challengedDigests: challenges.map((c) => c.args.digest),
    proposal: live ? { proposer: proposal.proposer, proposedAt, finalizableAt, bundleHash: proposal.bundleHash } : null,
    timestamp: now,
  };
}
