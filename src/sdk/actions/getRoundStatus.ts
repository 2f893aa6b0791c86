import { getBlock, readContract } from "viem/actions";
import { roundSettlementAbi, taskRegistryAbi } from "../abis";
import { RoundStatus, SettlementStatus, toSettlementStatus } from "../enums";
import type { AerieClient, WithAddresses } from "../types";

/** Parameters of {@link getRoundStatus}. */
export type GetRoundStatusParameters = WithAddresses & {
  /** The task id. */
  taskId: bigint;
  /** The round number (0-based). */
  round: bigint;
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
  /** The live proposal of this round, or `null`. */
  proposal: { proposer: `0x${string}`; proposedAt: bigint; finalizableAt: bigint; bundleHash: `0x${string}` } | null;
  /** Chain time the status was computed at. */
  timestamp: bigint;
};

/**
 * Reads a round's settlement status and refines it by chain time: pending, running, awaiting a result,
 * proposed, finalizable, finalized, skippable or skipped.
 * @throws ContractRevertError-carrying viem error `TaskRegistryUnknownTask` / `TaskRegistryRoundOutOfRange` for a bad id or round.
 */
export async function getRoundStatus(client: AerieClient, { addresses, taskId, round }: GetRoundStatusParameters): Promise<GetRoundStatusReturnType> {
  const settlement = { address: addresses.roundSettlement, abi: roundSettlementAbi } as const;
  const [[roundStart, roundEnd], raw, nextRound, [proposal], resultDeadline, challengeWindow, block] = await Promise.all([
    readContract(client, { address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "roundWindow", args: [taskId, round] }),
    readContract(client, { ...settlement, functionName: "roundStatus", args: [taskId, round] }),
    readContract(client, { ...settlement, functionName: "nextRound", args: [taskId] }),
    readContract(client, { ...settlement, functionName: "getProposal", args: [taskId] }),
    readContract(client, { ...settlement, functionName: "RESULT_DEADLINE" }),
    readContract(client, { ...settlement, functionName: "CHALLENGE_WINDOW" }),
    getBlock(client, { blockTag: "latest" }),
  ]);
  const now = block.timestamp;
  const status = toSettlementStatus(raw);
  const deadline = roundEnd + resultDeadline;
  const live = status === SettlementStatus.Proposed && proposal.result.round === round && proposal.proposedAt !== 0n;
  const proposedAt = BigInt(proposal.proposedAt);
  const finalizableAt = proposedAt + challengeWindow;
  let derived: RoundStatus;
  if (status === SettlementStatus.Finalized) derived = RoundStatus.Finalized;
  else if (status === SettlementStatus.Skipped) derived = RoundStatus.Skipped;
  else if (live) derived = now >= finalizableAt ? RoundStatus.Finalizable : RoundStatus.Proposed;
  else if (now < roundStart) derived = RoundStatus.Pending;
  else if (now < roundEnd) derived = RoundStatus.Running;
  else if (now >= deadline) derived = RoundStatus.Skippable;
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
    proposal: live ? { proposer: proposal.proposer, proposedAt, finalizableAt, bundleHash: proposal.result.bundleHash } : null,
    timestamp: now,
  };
}
