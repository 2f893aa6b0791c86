import { getBlock, readContract } from "viem/actions";
import { stakingVaultAbi } from "../abis";
import { PreconditionError } from "../errors";
import { specHash, type TaskSpecFile } from "../../lib/taskSpec";
import type { AerieWalletClient, WithAddresses, WriteOptions } from "../types";
import { getAllowance } from "./getAllowance";
import { getBalance } from "./getBalance";
import { createTask, type OnChainTaskSpec } from "./createTask";

/** Seconds added to the start time so the transaction lands before it (it is mined in a later block than the one read). */
export const START_TIME_MARGIN_SECONDS = 1n;

/** Parameters of {@link createTaskFromSpec}. */
export type CreateTaskFromSpecParameters = WithAddresses &
  WriteOptions & {
    /** A parsed task-spec file (`parseTaskSpec`). */
    spec: TaskSpecFile;
    /** Where the spec is published. */
    specURI: string;
  };

/** What {@link createTaskFromSpec} returns: the hash and what was sent (wei, unix seconds). */
export type CreateTaskFromSpecReturnType = {
  hash: `0x${string}`;
  /** The on-chain spec sent. */
  onChainSpec: OnChainTaskSpec;
  /** The escrowed budget: rewardPerRound × rounds, in wei. */
  budget: bigint;
};

/**
 * Creates a task from a task-spec file after checking it against the deployment: startTime = chain time +
 * `rounds.startDelaySeconds` (+1 s), budget `rewardPerRound × rounds.count` wei. The creator must hold the budget
 * and have approved the TaskRegistry for it.
 * @throws PreconditionError (nothing sent) when rounds are longer than MAX_ROUND_DURATION or shorter than
 * CHALLENGE_WINDOW, the scoring window is not shorter than RESULT_DEADLINE, the policy's slashBps exceeds
 * MAX_SLASH_BPS, or the creator's balance or allowance is short.
 */
export async function createTaskFromSpec(client: AerieWalletClient, parameters: CreateTaskFromSpecParameters): Promise<CreateTaskFromSpecReturnType> {
  const { addresses, spec } = parameters;
  const vault = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const [maxRound, resultDeadline, challengeWindow, maxSlash] = await Promise.all([
    readContract(client, { ...vault, functionName: "MAX_ROUND_DURATION" }),
    readContract(client, { ...vault, functionName: "RESULT_DEADLINE" }),
    readContract(client, { ...vault, functionName: "CHALLENGE_WINDOW" }),
    readContract(client, { ...vault, functionName: "MAX_SLASH_BPS" }),
  ]);
  const duration = BigInt(spec.rounds.durationSeconds);
  if (duration > maxRound) throw new PreconditionError(`task spec: rounds.durationSeconds is ${duration} but this deployment allows at most ${maxRound}: shorten the rounds`);
  if (BigInt(spec.scoringWindowSeconds) >= resultDeadline) {
    throw new PreconditionError(`task spec: scoringWindowSeconds (${spec.scoringWindowSeconds}) must be shorter than RESULT_DEADLINE (${resultDeadline}): shorten it`);
  }
  if (duration < challengeWindow) {
    // Rounds settle one at a time and each result waits a full challenge window: shorter rounds pile up behind it
    // until they pass RESULT_DEADLINE and can only be skipped (docs/SECURITY.md).
    throw new PreconditionError(`task spec: rounds.durationSeconds (${duration}) is shorter than CHALLENGE_WINDOW (${challengeWindow}): make rounds at least ${challengeWindow} s`);
  }
  if (BigInt(spec.policy.slashBps) > maxSlash) {
    throw new PreconditionError(`task spec: policy.slashBps is ${spec.policy.slashBps} but this deployment caps a slash at ${maxSlash} bps (MAX_SLASH_BPS): lower it`);
  }
  const rewardPerRound = BigInt(spec.rewardPerRound);
  const budget = rewardPerRound * BigInt(spec.rounds.count);
  const creator = client.account.address;
  const [balance, allowance] = await Promise.all([
    getBalance(client, { addresses, account: creator }),
    getAllowance(client, { addresses, owner: creator, spender: addresses.taskRegistry }),
  ]);
  if (balance < budget) throw new PreconditionError(`${creator} holds ${balance} wei but the task's budget is ${budget} wei: fund it first`);
  if (allowance < budget) throw new PreconditionError(`${creator} allows the TaskRegistry ${allowance} wei, the budget is ${budget} wei: approve ${addresses.taskRegistry} first`);
  const now = (await getBlock(client, { blockTag: "latest" })).timestamp;
  const onChainSpec: OnChainTaskSpec = {
    startTime: now + BigInt(spec.rounds.startDelaySeconds) + START_TIME_MARGIN_SECONDS,
    roundDuration: duration,
    numRounds: spec.rounds.count,
    rewardPerRound,
    minTrainerStake: BigInt(spec.minTrainerStake),
    minValidatorStake: BigInt(spec.minValidatorStake),
    specHash: specHash(spec),
    specURI: parameters.specURI,
  };
  const { hash } = await createTask(client, { addresses, spec: onChainSpec, gas: parameters.gas, nonce: parameters.nonce });
  return { hash, onChainSpec, budget };
}
