// A round's chain inputs from the index: the same values, in the same order, as readRoundInputs.
import type { Address, Hex, PublicClient } from "viem";
import type { RoundInputs } from "../../aggregator";
import type { TaskSpecFile } from "../../lib/taskSpec";
import { stakingVaultAbi, taskRegistryAbi } from "../../sdk/abis";
import { blockAtOrBefore as sdkBlockAtOrBefore } from "../../sdk/actions/getRoundInputs";
import { PreconditionError } from "../../sdk/errors";
import { IndexBehindError, RoundNotReadyError } from "../errors";
import type { Store } from "../store/db";
import type { IndexedContracts } from "./indexer";
import { latestShares, taskJoiners } from "./queries";

/** Options of {@link stakesAt}. */
export type StakesAtParameters = {
  client: PublicClient;
  store: Store;
  contracts: IndexedContracts;
  /** Last block the index holds completely (ChainIndexer.cursor().block). */
  indexedBlock: bigint;
  taskId: bigint;
  round: bigint;
  /** Parallel RPC reads at a time (default 16). */
  concurrency?: number;
};

/** The chain half of {@link RoundInputs} (everything but the spec, the messages and the previous round). */
export type StakesAtReturnType = Pick<
  RoundInputs,
  "chainId" | "contracts" | "taskId" | "round" | "roundStart" | "roundEnd" | "stakeBlock" | "rewardPerRound" | "participants"
> & {
  /** The task's on-chain spec hash (the caller checks its spec file against it). */
  specHash: Hex;
  /** The hash of `stakeBlock` (seeds a policy's role draw: `roundDrawSeed`). */
  stakeBlockHash: Hex;
};

/**
 * Stakes, shares and roles at a round's start, as src/chain/readRound.ts `readRoundInputs` computes
 * them, without replaying logs: the joiners and every holder's shares come from the index (SQL), the
 * role, stake and commission from three O(1) contract views per joiner (`participantRole`, `stakeAt`,
 * `commissionAt`, which the contracts checkpoint). RPC calls: 4 + ⌈log₂ head⌉ + 3 × joiners.
 * @throws RoundNotReadyError for an unknown task or a round that has not started.
 * @throws IndexBehindError when the index has not reached the round's stake block yet.
 */
export async function stakesAt(parameters: StakesAtParameters): Promise<StakesAtReturnType> {
  const { client, store, contracts, indexedBlock, taskId, round, concurrency = 16 } = parameters;
  const registry = { address: contracts.registry, abi: taskRegistryAbi } as const;
  const vault = { address: contracts.vault, abi: stakingVaultAbi } as const;
  const task = await client.readContract({ ...registry, functionName: "getTask", args: [taskId] });
  if (task.creator === "0x0000000000000000000000000000000000000000") throw new RoundNotReadyError(`task ${taskId} does not exist: check the id (see TaskCreated events)`);
  const [roundStart, roundEnd] = await client.readContract({ ...registry, functionName: "roundWindow", args: [taskId, round] });
  const latest = await client.getBlock({ blockTag: "latest" });
  if (latest.timestamp < roundStart) throw new RoundNotReadyError(`round ${round} of task ${taskId} starts at ${roundStart}, chain time is ${latest.timestamp}: wait for it`);
  const stakeBlock = await blockAtOrBefore(client, roundStart, latest);
  if (indexedBlock < stakeBlock) throw new IndexBehindError(indexedBlock, stakeBlock);

  const joiners = taskJoiners(store, taskId, stakeBlock);
  const rows = await _mapLimit(joiners, concurrency, async (operator: Address) => {
    const [role, stake, commissionBps] = await Promise.all([
      client.readContract({ ...registry, functionName: "participantRole", args: [taskId, round, operator] }),
      client.readContract({ ...vault, functionName: "stakeAt", args: [operator, roundStart] }),
      client.readContract({ ...vault, functionName: "commissionAt", args: [operator, roundStart] }),
    ]);
    return { operator, role, stake, commissionBps };
  });
  const participants: RoundInputs["participants"] = [];
  for (const r of rows) {
    if (r.role === 0) continue;
    const shares = latestShares(store, r.operator, stakeBlock).filter((s) => s.shares > 0n);
    participants.push({ operator: r.operator, role: r.role === 1 ? "trainer" : "validator", stake: r.stake, commissionBps: r.commissionBps, shares });
  }
  return {
    chainId: await client.getChainId(),
    contracts: { vault: contracts.vault, registry: contracts.registry, settlement: contracts.settlement, distributor: contracts.distributor },
    taskId,
    round,
    roundStart,
    roundEnd,
    stakeBlock,
    // seeds a policy's draw (FL Alliance): readRoundInputs returns it too, so the inputs stay identical
    stakeBlockHash: (await client.getBlock({ blockNumber: stakeBlock })).hash,
    rewardPerRound: task.rewardPerRound,
    specHash: task.specHash,
    participants,
  };
}

/** Options of {@link roundInputsFromIndex}: {@link stakesAt}'s plus what the caller holds. */
export type RoundInputsFromIndexParameters = StakesAtParameters & {
  spec: TaskSpecFile;
  /** `specHash(spec)`; must equal the task's on-chain spec hash. */
  specHash: Hex;
  submissions: RoundInputs["submissions"];
  scores: RoundInputs["scores"];
  previous: RoundInputs["previous"];
};

/**
 * The full {@link RoundInputs} of a round, identical to `readRoundInputs`' (so the bundle hashes match).
 * @throws RoundNotReadyError when the spec does not match the task's spec hash; see {@link stakesAt}.
 */
export async function roundInputsFromIndex(parameters: RoundInputsFromIndexParameters): Promise<RoundInputs> {
  const { specHash: onChainSpecHash, ...chain } = await stakesAt(parameters);
  if (onChainSpecHash.toLowerCase() !== parameters.specHash.toLowerCase()) {
    throw new RoundNotReadyError(`task ${parameters.taskId} was created with specHash ${onChainSpecHash}, the given spec hashes to ${parameters.specHash}: use the task's spec file`);
  }
  const { spec, specHash, submissions, scores, previous } = parameters;
  return {
    chainId: chain.chainId,
    contracts: chain.contracts,
    taskId: chain.taskId,
    round: chain.round,
    roundStart: chain.roundStart,
    roundEnd: chain.roundEnd,
    stakeBlock: chain.stakeBlock,
    stakeBlockHash: chain.stakeBlockHash,
    rewardPerRound: chain.rewardPerRound,
    spec,
    specHash,
    participants: chain.participants,
    submissions,
    scores,
    previous,
  };
}

/**
 * The SDK's {@link sdkBlockAtOrBefore} below `latest` (the indexer's head), with the node's error type.
 * @throws RoundNotReadyError when the chain's first block is already after `timestamp`.
 */
export async function blockAtOrBefore(client: PublicClient, timestamp: bigint, latest?: { number: bigint | null; timestamp: bigint }): Promise<bigint> {
  try {
    return await sdkBlockAtOrBefore(client, timestamp, latest);
  } catch (e) {
    if (e instanceof PreconditionError) throw new RoundNotReadyError(e.shortMessage, { cause: e });
    throw e;
  }
}

async function _mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
