import { getAddress, parseAbiItem, type Address, type Hex } from "viem";
import type { ChainContext } from "./context";
import type { AddressBook } from "./addressBook";
import type { Deployed } from "./deploy";
import type { RoundInputs, SignedScores, SignedSubmission } from "../aggregator";
import type { TaskSpecFile } from "../lib/taskSpec";
import { PreconditionError } from "./errors";
import { pageRange } from "../lib/pageRange";

/** A task as stored by the TaskRegistry (wei amounts, seconds). */
export type OnChainTask = {
  creator: Address;
  startTime: bigint;
  roundDuration: bigint;
  numRounds: number;
  activeRounds: number;
  cancelled: boolean;
  rewardPerRound: bigint;
  minTrainerStake: bigint;
  minValidatorStake: bigint;
  specHash: Hex;
  escrow: bigint;
  refundable: bigint;
};

/**
 * Reads a task from the TaskRegistry.
 * @throws ContractRevertError-like viem error `TaskRegistryUnknownTask` for an unknown id.
 */
export async function readTask(ctx: ChainContext, registry: Deployed, taskId: bigint): Promise<OnChainTask> {
  const t = (await ctx.publicClient.readContract({ ...registry, functionName: "getTask", args: [taskId] })) as OnChainTask;
  if (t.creator === "0x0000000000000000000000000000000000000000") throw new PreconditionError(`task ${taskId} does not exist: check the id (see TaskCreated events)`);
  return t;
}

/**
 * The number of the last block whose timestamp is at or before `timestamp` (binary search over headers).
 * Stakes "at a round's start" are read at this block (PROTOCOL §7).
 * @throws PreconditionError when the chain's genesis is already after `timestamp`.
 */
export async function blockAtOrBefore(ctx: ChainContext, timestamp: bigint): Promise<bigint> {
  const latest = await ctx.publicClient.getBlock({ blockTag: "latest" });
  if (latest.timestamp <= timestamp) return latest.number;
  let lo = 0n;
  let hi = latest.number; // invariant: ts(lo) <= timestamp < ts(hi)
  const genesis = await ctx.publicClient.getBlock({ blockNumber: 0n });
  if (genesis.timestamp > timestamp) throw new PreconditionError(`timestamp ${timestamp} is before this chain's first block`);
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    const b = await ctx.publicClient.getBlock({ blockNumber: mid });
    if (b.timestamp <= timestamp) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Largest eth_getLogs range asked for, blocks; a provider that refuses it gets half, and so on. */
const LOG_WINDOW = 2_000;

const TASK_JOINED = parseAbiItem("event TaskJoined(uint256 indexed taskId, address indexed operator, uint8 role)");
const SHARES_CHANGED = parseAbiItem(
  "event SharesChanged(address indexed operator, address indexed account, uint256 accountShares, uint256 poolShares, uint256 poolAssets)",
);

/**
 * Rebuilds every account's active shares in `operator`'s pool at block `toBlock` by replaying
 * `SharesChanged` events (each carries the absolute balance after the change).
 * @returns accounts with non-zero shares, sorted by address.
 */
export async function sharesAtBlock(
  ctx: ChainContext,
  vault: Deployed,
  operator: Address,
  fromBlock: bigint,
  toBlock: bigint,
): Promise<{ account: Address; shares: bigint }[]> {
  const { items: logs } = await pageRange((from, to) => ctx.publicClient.getLogs({ address: vault.address, event: SHARES_CHANGED, args: { operator }, fromBlock: from, toBlock: to }), {
    fromBlock,
    toBlock,
    maxRange: LOG_WINDOW,
  });
  const latest = new Map<Address, bigint>();
  for (const log of logs) latest.set(getAddress(log.args.account!), log.args.accountShares!);
  return [...latest.entries()]
    .filter(([, s]) => s > 0n)
    .map(([account, shares]) => ({ account, shares }))
    .sort((a, b) => (a.account.toLowerCase() < b.account.toLowerCase() ? -1 : 1));
}

/**
 * Reads everything the aggregator needs from chain for one round (PROTOCOL §7): the task, the round's
 * window, the block used for stakes, and each participant's role, stake, commission and pool shares at
 * the round's start. Signed messages and the previous round's cumulative amounts come from the caller.
 * @param messages the aggregator's inbox for this round.
 * @param previous the previous finalized bundle's hash and cumulative amounts (null for the first).
 * @throws PreconditionError when the round has not started, or the spec does not match the task's specHash.
 */
export async function readRoundInputs(
  ctx: ChainContext,
  book: AddressBook,
  c: { vault: Deployed; registry: Deployed; distributor: Deployed; settlement: Deployed },
  args: {
    taskId: bigint;
    round: bigint;
    spec: TaskSpecFile;
    specHash: Hex;
    submissions: SignedSubmission[];
    scores: SignedScores[];
    previous: RoundInputs["previous"];
  },
): Promise<RoundInputs> {
  const task = await readTask(ctx, c.registry, args.taskId);
  if (task.specHash.toLowerCase() !== args.specHash.toLowerCase()) {
    throw new PreconditionError(`task ${args.taskId} was created with specHash ${task.specHash}, the given spec hashes to ${args.specHash}: use the task's spec file`);
  }
  const [roundStart, roundEnd] = (await ctx.publicClient.readContract({ ...c.registry, functionName: "roundWindow", args: [args.taskId, args.round] })) as [bigint, bigint];
  const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
  if (now < roundStart) throw new PreconditionError(`round ${args.round} of task ${args.taskId} starts at ${roundStart}, chain time is ${now}: wait for it`);
  const stakeBlock = await blockAtOrBefore(ctx, roundStart);
  const fromBlock = BigInt(Math.min(book.contracts.StakingVault?.block ?? 0, book.contracts.TaskRegistry?.block ?? 0));

  const { items: joins } = await pageRange(
    (from, to) => ctx.publicClient.getLogs({ address: c.registry.address, event: TASK_JOINED, args: { taskId: args.taskId }, fromBlock: from, toBlock: to }),
    { fromBlock, toBlock: stakeBlock, maxRange: LOG_WINDOW },
  );
  const operators = [...new Set(joins.map((l) => getAddress(l.args.operator!)))].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));

  const participants: RoundInputs["participants"] = [];
  for (const operator of operators) {
    const role = Number(await ctx.publicClient.readContract({ ...c.registry, functionName: "participantRole", args: [args.taskId, args.round, operator] }));
    if (role === 0) continue;
    const stake = (await ctx.publicClient.readContract({ ...c.vault, functionName: "stakeAt", args: [operator, roundStart] })) as bigint;
    const commissionBps = (await ctx.publicClient.readContract({ ...c.vault, functionName: "commissionAt", args: [operator, roundStart] })) as bigint;
    const shares = await sharesAtBlock(ctx, c.vault, operator, fromBlock, stakeBlock);
    participants.push({ operator, role: role === 1 ? "trainer" : "validator", stake, commissionBps, shares });
  }

  return {
    chainId: ctx.chainId,
    contracts: { vault: c.vault.address, registry: c.registry.address, settlement: c.settlement.address, distributor: c.distributor.address },
    taskId: args.taskId,
    round: args.round,
    roundStart,
    roundEnd,
    stakeBlock,
    rewardPerRound: task.rewardPerRound,
    spec: args.spec,
    specHash: args.specHash,
    participants,
    submissions: args.submissions,
    scores: args.scores,
    previous: args.previous,
  };
}
