import { taskRegistryAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link leaveTaskRequest}: the TaskRegistry address and the call's arguments. */
export type LeaveTaskRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
};

/** Parameters of {@link leaveTask}. */
export type LeaveTaskParameters = LeaveTaskRequestParameters & WriteOptions;

/** What {@link leaveTask} returns: the transaction hash. */
export type LeaveTaskReturnType = WriteReturnType;

/**
 * The typed call of {@link leaveTask} (`TaskRegistry.leaveTask`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function leaveTaskRequest(p: LeaveTaskRequestParameters) {
  return { address: p.addresses.taskRegistry, abi: taskRegistryAbi, functionName: "leaveTask", args: [p.taskId] } as const;
}

/**
 * Leaves a task: rounds that start later do not include the operator.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function leaveTask(client: AerieWalletClient, parameters: LeaveTaskParameters): Promise<LeaveTaskReturnType> {
  const request = leaveTaskRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "leaveTask", parameters);
}
