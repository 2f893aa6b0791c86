import { roundSettlementAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link challengeRequest}: the RoundSettlement address and the call's arguments. */
export type ChallengeRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
  /** the round number */
  round: bigint;
  /** why the result is wrong (logged on chain) */
  reason: string;
};

/** Parameters of {@link challenge}. */
export type ChallengeParameters = ChallengeRequestParameters & WriteOptions;

/** What {@link challenge} returns: the transaction hash. */
export type ChallengeReturnType = WriteReturnType;

/**
 * The typed call of {@link challenge} (`RoundSettlement.challenge`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function challengeRequest(p: ChallengeRequestParameters) {
  return { address: p.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "challenge", args: [p.taskId, p.round, p.reason] } as const;
}

/**
 * Guardian only: voids a proposed result within its challenge window.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function challenge(client: AerieWalletClient, parameters: ChallengeParameters): Promise<ChallengeReturnType> {
  const request = challengeRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "challenge", parameters);
}
