import { getAddress, type Address, type Hex } from "viem";
import { getBlock, getChainId, getContractEvents, readContract } from "viem/actions";
import type { RoundInputs, SignedScores, SignedSubmission } from "../../aggregator";
import type { TaskSpecFile } from "../../lib/taskSpec";
import { stakingVaultAbi, taskRegistryAbi } from "../abis";
import { Role, toRole } from "../enums";
import { PreconditionError } from "../errors";
import type { AerieClient, WithAddresses } from "../types";
import { pageRange } from "../../lib/pageRange";
import { getTask } from "./getTask";

/** Largest eth_getLogs range asked for, blocks; a provider that refuses it gets half, and so on (common caps: 1,000–10,000). */
export const LOG_WINDOW = 2_000;

/**
 * The number of the last block whose timestamp is at or before `timestamp` (binary search over headers).
 * Stakes "at a round's start" are read at this block (docs/AGGREGATOR.md).
 * @throws PreconditionError when the chain's first block is already after `timestamp`.
 */
export async function blockAtOrBefore(
  client: AerieClient,
  timestamp: bigint,
  /** The head to search below (default: the latest block); an indexer passes its confirmed head. */
  head?: { number: bigint | null; timestamp: bigint },
): Promise<bigint> {
  const latest = head ?? (await getBlock(client, { blockTag: "latest" }));
  if (latest.number === null) throw new PreconditionError(`the head block given to blockAtOrBefore has no number (a pending block): pass a mined block`);
  if (latest.timestamp <= timestamp) return latest.number;
  const genesis = await getBlock(client, { blockNumber: 0n });
  if (genesis.timestamp > timestamp) throw new PreconditionError(`timestamp ${timestamp} is before this chain's first block`);
  let lo = 0n;
  let hi = latest.number; // invariant: ts(lo) <= timestamp < ts(hi)
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    const b = await getBlock(client, { blockNumber: mid });
    if (b.timestamp <= timestamp) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Every account's active shares in `operator`'s pool at block `toBlock`, rebuilt by replaying `SharesChanged`
 * events (each carries the absolute balance after the change).
 * @returns accounts with non-zero shares, sorted by address.
 */
export async function sharesAtBlock(
  client: AerieClient,
  { addresses, operator, fromBlock, toBlock }: WithAddresses & { operator: Address; fromBlock: bigint; toBlock: bigint },
): Promise<{ account: Address; shares: bigint }[]> {
  const { items: logs } = await pageRange(
    (from, to) => getContractEvents(client, { address: addresses.stakingVault, abi: stakingVaultAbi, eventName: "SharesChanged", args: { operator }, fromBlock: from, toBlock: to, strict: true }),
    { fromBlock, toBlock, maxRange: LOG_WINDOW },
  );
  const latest = new Map<Address, bigint>();
  for (const log of logs) latest.set(getAddress(log.args.account), log.args.accountShares);
  return [...latest.entries()]
    .filter(([, s]) => s > 0n)
    .map(([account, shares]) => ({ account, shares }))
    .sort((a, b) => (a.account.toLowerCase() < b.account.toLowerCase() ? -1 : 1));
}

/** Parameters of {@link getRoundInputs}. */
export type GetRoundInputsParameters = WithAddresses & {
  taskId: bigint;
  round: bigint;
  /** The task's spec file (its canonical hash must equal the task's specHash). */
  spec: TaskSpecFile;
  specHash: Hex;
  /** The aggregator's inbox for this round. */
  submissions: SignedSubmission[];
  scores: SignedScores[];
  /** The previous finalized bundle's hash and cumulative amounts (`null` for the task's first round). */
  previous: RoundInputs["previous"];
  /** First block to scan for joins and share changes (default 0: pass the book's deployment block). */
  fromBlock?: bigint | undefined;
};

/** What {@link getRoundInputs} returns: the aggregator's input for `computeRound`. */
export type GetRoundInputsReturnType = RoundInputs;

/**
 * Reads everything the aggregator needs from chain for one round: the task, the round's window, the block used for
 * stakes, and each participant's role, stake, commission and pool shares at the round's start.
 * @throws PreconditionError when the task does not exist, the round has not started, or the spec's hash is not the task's.
 */
export async function getRoundInputs(client: AerieClient, parameters: GetRoundInputsParameters): Promise<GetRoundInputsReturnType> {
  const { addresses, taskId, round } = parameters;
  const fromBlock = parameters.fromBlock ?? 0n;
  const task = await getTask(client, { addresses, taskId });
  if (task.specHash.toLowerCase() !== parameters.specHash.toLowerCase()) {
    throw new PreconditionError(`task ${taskId} was created with specHash ${task.specHash}, the given spec hashes to ${parameters.specHash}: use the task's spec file`);
  }
  const registry = { address: addresses.taskRegistry, abi: taskRegistryAbi } as const;
  const vault = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const [roundStart, roundEnd] = await readContract(client, { ...registry, functionName: "roundWindow", args: [taskId, round] });
  const now = (await getBlock(client, { blockTag: "latest" })).timestamp;
  if (now < roundStart) throw new PreconditionError(`round ${round} of task ${taskId} starts at ${roundStart}, chain time is ${now}: wait for it`);
  const stakeBlock = await blockAtOrBefore(client, roundStart);
  const { items: joins } = await pageRange(
    (from, to) => getContractEvents(client, { ...registry, eventName: "TaskJoined", args: { taskId }, fromBlock: from, toBlock: to, strict: true }),
    { fromBlock, toBlock: stakeBlock, maxRange: LOG_WINDOW },
  );
  const operators = [...new Set(joins.map((l) => getAddress(l.args.operator)))].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));

  const participants: RoundInputs["participants"] = [];
  for (const operator of operators) {
    const role = toRole(await readContract(client, { ...registry, functionName: "participantRole", args: [taskId, round, operator] }));
    if (role === Role.None) continue;
    const [stake, commissionBps, shares] = await Promise.all([
      readContract(client, { ...vault, functionName: "stakeAt", args: [operator, roundStart] }),
      readContract(client, { ...vault, functionName: "commissionAt", args: [operator, roundStart] }),
      sharesAtBlock(client, { addresses, operator, fromBlock, toBlock: stakeBlock }),
    ]);
    participants.push({ operator, role: role === Role.Trainer ? "trainer" : "validator", stake, commissionBps, shares });
  }

  return {
    chainId: await getChainId(client),
    contracts: { vault: addresses.stakingVault, registry: addresses.taskRegistry, settlement: addresses.roundSettlement, distributor: addresses.rewardDistributor },
    taskId,
    round,
    roundStart,
    roundEnd,
    stakeBlock,
    // the seed of a policy's role draw (roundDrawSeed); written to aerie-round-bundle/2 bundles only
    stakeBlockHash: (await getBlock(client, { blockNumber: stakeBlock })).hash,
    rewardPerRound: task.rewardPerRound,
    spec: parameters.spec,
    specHash: parameters.specHash,
    participants,
    submissions: parameters.submissions,
    scores: parameters.scores,
    previous: parameters.previous,
  };
}
