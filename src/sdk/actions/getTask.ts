import { zeroAddress, type ReadContractReturnType } from "viem";
import { readContract } from "viem/actions";
import { taskRegistryAbi } from "../abis";
import { PreconditionError } from "../errors";
import type { AerieClient, WithAddresses } from "../types";

/** Parameters of {@link getTask}. */
export type GetTaskParameters = WithAddresses & {
  /** The task id (from `TaskCreated`). */
  taskId: bigint;
};

/** A task as the TaskRegistry stores it (`ITaskRegistry.Task`: wei, seconds). */
export type OnChainTask = ReadContractReturnType<typeof taskRegistryAbi, "getTask">;

/** What {@link getTask} returns: the stored task and its id. */
export type GetTaskReturnType = OnChainTask & { taskId: bigint };

/**
 * Reads a task from the TaskRegistry.
 * @throws PreconditionError when no task has this id.
 */
export async function getTask(client: AerieClient, { addresses, taskId }: GetTaskParameters): Promise<GetTaskReturnType> {
  const task = await readContract(client, { address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "getTask", args: [taskId] });
  if (task.creator === zeroAddress) throw new PreconditionError(`task ${taskId} does not exist: check the id (see TaskCreated events)`);
  return { ...task, taskId };
}
