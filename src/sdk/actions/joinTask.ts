import { taskRegistryAbi } from "../abis";
import type { Role } from "../enums";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link joinTaskRequest}: the TaskRegistry address and the call's arguments. */
export type JoinTaskRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
  /** the role to join as */
  role: Role.Trainer | Role.Validator;
};

/** Parameters of {@link joinTask}. */
export type JoinTaskParameters = JoinTaskRequestParameters & WriteOptions;

/** What {@link joinTask} returns: the transaction hash. */
export type JoinTaskReturnType = WriteReturnType;

/**
 * The typed call of {@link joinTask} (`TaskRegistry.joinTask`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function joinTaskRequest(p: JoinTaskRequestParameters) {
  return { address: p.addresses.taskRegistry, abi: taskRegistryAbi, functionName: "joinTask", args: [p.taskId, p.role] } as const;
}

/**
 * Joins a task as trainer or validator (an operator with enough stake).
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function joinTask(client: AerieWalletClient, parameters: JoinTaskParameters): Promise<JoinTaskReturnType> {
  const request = joinTaskRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "joinTask", parameters);
}
