// What the intake asks the chain (or, later, the indexer): a round's windows and a signer's role at its start.
import { BaseError, ContractFunctionRevertedError, parseAbi, type Address, type PublicClient } from "viem";
import { z } from "zod";

import type { ParticipantRole } from "../../aggregator/messages";

// ------------------------------------------------------------------ types

/** A participant's role in a round, as the aggregator names it. */
export type RoleName = ParticipantRole["role"];

/**
 * The role `address` takes part in round `round` of task `taskId` with (its role at the round's start, if its
 * stake then met the minimum), or `undefined` if it does not take part. Served by chain reads now
 * ({@link chainParticipantLookup}); the indexer can serve it later.
 */
export type ParticipantLookup = (taskId: bigint, round: bigint, address: Address) => Promise<RoleName | undefined>;

/** A round's windows, unix seconds: `[roundStart, roundEnd)` for submissions, scores before `roundEnd + scoringWindowSeconds`. */
export type RoundTiming = { roundStart: bigint; roundEnd: bigint; scoringWindowSeconds: bigint };

/** Why a round has no timing: the task does not exist, the round is outside the task, or the node lacks its spec. */
export type RoundUnknown = { unknown: "task" | "round" | "spec" };

/** The timing of a round, or why it is unknown. */
export type RoundLookup = (taskId: bigint, round: bigint) => Promise<RoundTiming | RoundUnknown>;

/** The current time, unix seconds. */
export type Clock = () => bigint;

/** The machine's wall clock, unix seconds. */
export const systemClock: Clock = () => BigInt(Math.floor(Date.now() / 1000));

/** A clock that follows the chain, and how to stop its polling. */
export type ChainClock = { clock: Clock; stop(): void; ready: Promise<void> };

/**
 * The timestamp of the chain's latest block as the clock (what `aerie submit` used as receivedAt): on a
 * local chain moved with `evm_increaseTime`, windows follow chain time, not the wall clock. Polls every
 * `refreshMs` (default 1,000); a failed poll keeps the last value and is reported to `onError`.
 *
 * @returns the clock (0 until `ready` resolves), a `ready` promise for the first reading, and `stop`.
 */
export function chainClock(client: PublicClient, options: { refreshMs?: number; onError?: (e: unknown) => void } = {}): ChainClock {
  let now = 0n;
  const read = async () => {
    try {
      now = (await client.getBlock({ blockTag: "latest" })).timestamp;
    } catch (e) {
      options.onError?.(e);
    }
  };
  const ready = read();
  const timer = setInterval(() => void read(), options.refreshMs ?? 1_000);
  timer.unref();
  return { clock: () => now, stop: () => clearInterval(timer), ready };
}

// ------------------------------------------------------------------ chain reads

/** The TaskRegistry views the intake reads (replace with the SDK's `taskRegistryAbi` once merged). */
const REGISTRY_VIEWS = parseAbi([
  "function getTask(uint256 taskId) view returns ((address creator, uint64 startTime, uint64 roundDuration, uint32 numRounds, uint32 activeRounds, bool cancelled, uint256 rewardPerRound, uint256 minTrainerStake, uint256 minValidatorStake, bytes32 specHash, uint256 escrow, uint256 refundable))",
  "function participantRole(uint256 taskId, uint256 round, address operator) view returns (uint8)",
]);

/** Inputs of the chain-read lookups. */
export type ChainLookupParameters = {
  client: PublicClient;
  /** The TaskRegistry address. */
  registry: Address;
  /** The scoring window (seconds) of the task spec with this `specHash`, or `undefined` if the node lacks it. */
  scoringWindow: (specHash: `0x${string}`) => bigint | undefined;
  /** Clock used to decide whether a round has started (answers are cached only then). Default: wall clock. */
  clock?: Clock;
  /** Most cached answers kept (default 100,000). */
  maxCached?: number;
};

/**
 * {@link ParticipantLookup} by `TaskRegistry.participantRole`. Answers for a round that has started are fixed
 * (checkpointed at its start) and cached; for a round not yet started nothing is cached.
 */
export function chainParticipantLookup(parameters: ChainLookupParameters): ParticipantLookup {
  const cache = new BoundedCache<RoleName | undefined>(parameters.maxCached ?? 100_000);
  const rounds = chainRoundLookup(parameters);
  const clock = parameters.clock ?? systemClock;
  return async (taskId, round, address) => {
    const key = `${taskId}/${round}/${address.toLowerCase()}`;
    if (cache.has(key)) return cache.get(key);
    const role = await parameters.client.readContract({
      address: parameters.registry,
      abi: REGISTRY_VIEWS,
      functionName: "participantRole",
      args: [taskId, round, address],
    });
    const name: RoleName | undefined = role === 1 ? "trainer" : role === 2 ? "validator" : undefined;
    const timing = await rounds(taskId, round);
    if (!("unknown" in timing) && clock() >= timing.roundStart) cache.set(key, name);
    return name;
  };
}

/**
 * {@link RoundLookup} by `TaskRegistry.getTask` (start, duration, active rounds, spec hash) and the node's
 * task specs (scoring window). Tasks are cached; a cancellation lowers `activeRounds`, so cached tasks are
 * re-read after `ttlSeconds` (default 60).
 */
export function chainRoundLookup(parameters: ChainLookupParameters & { ttlSeconds?: number }): RoundLookup {
  const ttl = BigInt(parameters.ttlSeconds ?? 60);
  const clock = parameters.clock ?? systemClock;
  const tasks = new BoundedCache<{ at: bigint; task: { creator: Address; startTime: bigint; roundDuration: bigint; activeRounds: number; specHash: `0x${string}` } | undefined }>(
    parameters.maxCached ?? 100_000,
  );
  return async (taskId, round) => {
    const key = taskId.toString();
    let cached = tasks.get(key);
    if (cached === undefined || clock() - cached.at >= ttl) {
      let task;
      try {
        task = await parameters.client.readContract({ address: parameters.registry, abi: REGISTRY_VIEWS, functionName: "getTask", args: [taskId] });
      } catch (e) {
        if (_isRevert(e)) task = undefined;
        else throw e;
      }
      cached = { at: clock(), task: task === undefined || /^0x0{40}$/.test(task.creator) ? undefined : task };
      tasks.set(key, cached);
    }
    const task = cached.task;
    if (task === undefined) return { unknown: "task" };
    if (round >= BigInt(task.activeRounds)) return { unknown: "round" };
    const scoringWindowSeconds = parameters.scoringWindow(task.specHash);
    if (scoringWindowSeconds === undefined) return { unknown: "spec" };
    const roundStart = task.startTime + round * task.roundDuration;
    return { roundStart, roundEnd: roundStart + task.roundDuration, scoringWindowSeconds };
  };
}

// ------------------------------------------------------------------ internal helpers

/** A Map that forgets its oldest entries beyond `max`. */
class BoundedCache<V> {
  readonly #map = new Map<string, V>();
  constructor(readonly max: number) {}
  has(key: string): boolean {
    return this.#map.has(key);
  }
  get(key: string): V | undefined {
    return this.#map.get(key);
  }
  set(key: string, value: V): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    if (this.#map.size > this.max) this.#map.delete(this.#map.keys().next().value as string);
  }
}

/** A contract revert (an unknown task), as opposed to a transport failure (which must not be cached). */
function _isRevert(e: unknown): boolean {
  // Some providers (Hardhat's in-process one) do not surface decodable revert data; their message says "reverted".
  return e instanceof BaseError && (e.walk((c) => c instanceof ContractFunctionRevertedError) !== null || /revert/i.test(e.message));
}

// ------------------------------------------------------------------ fixed lookups

/** A fixed set of rounds and participants (tests, benches, and a node run without RPC). uint256 as decimal strings. */
export const StaticLookupFileSchema = z.strictObject({
  rounds: z.array(
    z.strictObject({
      taskId: z.string(),
      round: z.string(),
      roundStart: z.string(),
      roundEnd: z.string(),
      scoringWindowSeconds: z.string(),
    }),
  ),
  participants: z.array(
    z.strictObject({ taskId: z.string(), round: z.string(), address: z.string(), role: z.enum(["trainer", "validator"]) }),
  ),
});

/** A parsed {@link StaticLookupFileSchema} document. */
export type StaticLookupFile = z.infer<typeof StaticLookupFileSchema>;

/**
 * Lookups served from memory. A round not listed is an unknown task; an address not listed is no participant.
 *
 * @returns the participant and round lookups.
 */
export function staticLookups(file: StaticLookupFile): { participants: ParticipantLookup; rounds: RoundLookup } {
  const rounds = new Map(file.rounds.map((r) => [`${r.taskId}/${r.round}`, { roundStart: BigInt(r.roundStart), roundEnd: BigInt(r.roundEnd), scoringWindowSeconds: BigInt(r.scoringWindowSeconds) }]));
  const roles = new Map(file.participants.map((p) => [`${p.taskId}/${p.round}/${p.address.toLowerCase()}`, p.role]));
  return {
    participants: async (taskId, round, address) => roles.get(`${taskId}/${round}/${address.toLowerCase()}`),
    rounds: async (taskId, round) => rounds.get(`${taskId}/${round}`) ?? { unknown: "task" },
  };
}
