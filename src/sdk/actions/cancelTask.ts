import { taskRegistryAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link cancelTaskRequest}: the TaskRegistry address and the call's arguments. */
export type CancelTaskRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
};

/** Parameters of {@link cancelTask}. */
export type CancelTaskParameters = CancelTaskRequestParameters & WriteOptions;

/** What {@link cancelTask} returns: the transaction hash. */
export type CancelTaskReturnType = WriteReturnType;

/**
 * The typed call of {@link cancelTask} (`TaskRegistry.cancelTask`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function cancelTaskRequest(p: CancelTaskRequestParameters) {
  return { address: p.addresses.taskRegistry, abi: taskRegistryAbi, functionName: "cancelTask", args: [p.taskId] } as const;
}

/**
 * Cancels a task (creator only): the budget of rounds not yet started is refunded; started rounds (the running one
 * included) stay payable until they settle or expire.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function cancelTask(client: AerieWalletClient, parameters: CancelTaskParameters): Promise<CancelTaskReturnType> {
  const request = cancelTaskRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "cancelTask", parameters);
}
