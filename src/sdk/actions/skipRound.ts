import { roundSettlementAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link skipRoundRequest}: the RoundSettlement address and the call's arguments. */
export type SkipRoundRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
  /** the round number */
  round: bigint;
};

/** Parameters of {@link skipRound}. */
export type SkipRoundParameters = SkipRoundRequestParameters & WriteOptions;

/** What {@link skipRound} returns: the transaction hash. */
export type SkipRoundReturnType = WriteReturnType;

/**
 * The typed call of {@link skipRound} (`RoundSettlement.skip`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function skipRoundRequest(p: SkipRoundRequestParameters) {
  return { address: p.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "skip", args: [p.taskId, p.round] } as const;
}

/**
 * Skips a round without a final result after roundEnd + RESULT_DEADLINE (anyone may call); its budget becomes refundable.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function skipRound(client: AerieWalletClient, parameters: SkipRoundParameters): Promise<SkipRoundReturnType> {
  const request = skipRoundRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "skipRound", parameters);
}
