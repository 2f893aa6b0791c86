import { parseEventLogs, type ContractFunctionArgs, type Log } from "viem";
import { taskRegistryAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** The on-chain task spec `createTask` takes (`ITaskRegistry.TaskSpec`: seconds, wei, the spec's hash and URI). */
export type OnChainTaskSpec = ContractFunctionArgs<typeof taskRegistryAbi, "nonpayable", "createTask">[0];

/** Parameters of {@link createTaskRequest}. */
export type CreateTaskRequestParameters = WithAddresses & {
  /** The task: start time and round duration (seconds), rounds, reward per round and minimum stakes (wei), spec hash and URI. */
  spec: OnChainTaskSpec;
};

/** Parameters of {@link createTask}. */
export type CreateTaskParameters = CreateTaskRequestParameters & WriteOptions;

/** What {@link createTask} returns: the transaction hash (the id: {@link parseTaskCreated}). */
export type CreateTaskReturnType = WriteReturnType;

/** The typed call of {@link createTask} (`TaskRegistry.createTask`). Pure. */
export function createTaskRequest(p: CreateTaskRequestParameters) {
  return { address: p.addresses.taskRegistry, abi: taskRegistryAbi, functionName: "createTask", args: [p.spec] } as const;
}

/**
 * Creates a task and escrows its budget `rewardPerRound × numRounds` wei, pulled from the account (approve the
 * TaskRegistry first). See `createTaskFromSpec` for the checked path from a task-spec file.
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function createTask(client: AerieWalletClient, parameters: CreateTaskParameters): Promise<CreateTaskReturnType> {
  const request = createTaskRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "createTask", parameters);
}

/** The tasks a transaction created (from its `TaskCreated` logs): `{ taskId, creator, spec, budget }` each. */
export function parseTaskCreated(logs: readonly Log[]) {
  return parseEventLogs({ abi: taskRegistryAbi, logs: [...logs], eventName: "TaskCreated" }).map((l) => l.args);
}
