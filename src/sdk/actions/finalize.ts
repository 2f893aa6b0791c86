import { roundSettlementAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link finalizeRequest}: the RoundSettlement address and the call's arguments. */
export type FinalizeRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
  /** the round number */
  round: bigint;
};

/** Parameters of {@link finalize}. */
export type FinalizeParameters = FinalizeRequestParameters & WriteOptions;

/** What {@link finalize} returns: the transaction hash. */
export type FinalizeReturnType = WriteReturnType;

/**
 * The typed call of {@link finalize} (`RoundSettlement.finalize`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function finalizeRequest(p: FinalizeRequestParameters) {
  return { address: p.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "finalize", args: [p.taskId, p.round] } as const;
}

/**
 * Finalizes a proposed round once its challenge window has passed (anyone may call): applies slashes, pays the round and publishes the new rewards root.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function finalize(client: AerieWalletClient, parameters: FinalizeParameters): Promise<FinalizeReturnType> {
  const request = finalizeRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "finalize", parameters);
}
