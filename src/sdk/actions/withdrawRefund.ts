import { taskRegistryAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link withdrawRefundRequest}: the TaskRegistry address and the call's arguments. */
export type WithdrawRefundRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
};

/** Parameters of {@link withdrawRefund}. */
export type WithdrawRefundParameters = WithdrawRefundRequestParameters & WriteOptions;

/** What {@link withdrawRefund} returns: the transaction hash. */
export type WithdrawRefundReturnType = WriteReturnType;

/**
 * The typed call of {@link withdrawRefund} (`TaskRegistry.withdrawRefund`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function withdrawRefundRequest(p: WithdrawRefundRequestParameters) {
  return { address: p.addresses.taskRegistry, abi: taskRegistryAbi, functionName: "withdrawRefund", args: [p.taskId] } as const;
}

/**
 * Pays a task's refundable budget (unspent and skipped rounds) to its creator.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function withdrawRefund(client: AerieWalletClient, parameters: WithdrawRefundParameters): Promise<WithdrawRefundReturnType> {
  const request = withdrawRefundRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "withdrawRefund", parameters);
}
