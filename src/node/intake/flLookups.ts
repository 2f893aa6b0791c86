// What the commit–reveal and FL Alliance intake asks besides a round's windows: the task's policy (which messages it
// takes, its reveal window) and the round's drawn roles (FL Alliance), from the chain and index or from a file.
import { z } from "zod";
import type { Address, Hex, PublicClient } from "viem";

import { roundDrawSeed } from "../../aggregator/seed";
import { AddressSchema, Bytes32Schema } from "../../aggregator/schema";
import { taskPolicyOf, type TaskPolicy } from "../../aggregator/policy/registry";
import type { PolicyParticipant } from "../../aggregator/policy/types";

export { taskPolicyOf, type TaskPolicy };
import type { TaskSpecFile } from "../../lib/taskSpec";
import { taskRegistryAbi } from "../../sdk/abis";
import { IndexBehindError, RoundNotReadyError } from "../errors";
import type { IndexedContracts } from "../indexer/indexer";
import { stakesAt } from "../indexer/stakes";
import type { Store } from "../store/db";

// ------------------------------------------------------------------ types

/** The task's policy, or `undefined` if the node does not hold the task's spec (or the task does not exist). */
export type TaskPolicyLookup = (taskId: bigint) => Promise<TaskPolicy | undefined>;

/** A round's draw: the stake block, the seed (`roundDrawSeed`) and every participant's role. */
export type RoundRoles = { seedBlock: bigint; seed: Hex; roles: ReadonlyMap<Address, string> };

/** The round's draw, or `undefined` while the round's stake block is not known (not started, or not indexed yet). */
export type RoleLookup = (taskId: bigint, round: bigint) => Promise<RoundRoles | undefined>;

/** Both lookups of the commit–reveal and FL intake. */
export type FlLookups = { policies: TaskPolicyLookup; roles: RoleLookup };

// ------------------------------------------------------------------ functions

/**
 * The draw of a round by the task's policy (`Policy.drawRoles`), seeded by `roundDrawSeed(stakeBlockHash, taskId,
 * round)`. A policy without a draw gives every participant its on-chain role.
 */
export function drawRoundRoles(tp: TaskPolicy, participants: readonly PolicyParticipant[], stakeBlockHash: Hex, taskId: bigint, round: bigint, seedBlock: bigint): RoundRoles {
  const seed = roundDrawSeed(stakeBlockHash, taskId, round);
  const roles = tp.policy.drawRoles?.(participants, seed, tp.params) ?? new Map(participants.map((p) => [p.operator, p.role]));
  return { seedBlock, seed, roles };
}

/** Parameters of {@link chainFlLookups}. */
export type ChainFlLookupsParameters = {
  client: PublicClient;
  store: Store;
  contracts: IndexedContracts;
  /** Task specs this node serves, by lower-case specHash. */
  specs: ReadonlyMap<string, TaskSpecFile>;
  /** Last block the index holds completely. */
  indexedBlock: () => bigint;
};

/**
 * The lookups from the chain and this node's index: the policy of the spec whose hash the task was created with
 * (`TaskRegistry.getTask`), and the draw over the participants and stakes at the round's start (`stakesAt`, the
 * committee's own reading) seeded by the stake block's hash. Both are fixed once known, and cached.
 */
export function chainFlLookups(p: ChainFlLookupsParameters): FlLookups {
  const policyCache = new Map<string, TaskPolicy | undefined>();
  const roleCache = new Map<string, RoundRoles>();
  const policies: TaskPolicyLookup = async (taskId) => {
    const key = taskId.toString();
    if (policyCache.has(key)) return policyCache.get(key);
    const task = await p.client.readContract({ address: p.contracts.registry, abi: taskRegistryAbi, functionName: "getTask", args: [taskId] });
    const spec = p.specs.get(task.specHash.toLowerCase());
    const found = spec === undefined ? undefined : taskPolicyOf(spec);
    if (found !== undefined) policyCache.set(key, found);
    return found;
  };
  const roles: RoleLookup = async (taskId, round) => {
    const key = `${taskId}/${round}`;
    const cached = roleCache.get(key);
    if (cached !== undefined) return cached;
    const tp = await policies(taskId);
    if (tp === undefined) return undefined;
    let chain;
    try {
      chain = await stakesAt({ client: p.client, store: p.store, contracts: p.contracts, indexedBlock: p.indexedBlock(), taskId, round });
    } catch (e) {
      if (e instanceof IndexBehindError || e instanceof RoundNotReadyError) return undefined;
      throw e;
    }
    const drawn = drawRoundRoles(tp, chain.participants.map((x) => ({ operator: x.operator, role: x.role, stake: x.stake })), chain.stakeBlockHash, taskId, round, chain.stakeBlock);
    roleCache.set(key, drawn);
    return drawn;
  };
  return { policies, roles };
}

// ------------------------------------------------------------------ fixed lookups

/**
 * A fixed set of task policies and round draws (tests, and a node run without RPC): each task's `policy` object (as
 * in its spec), and per round the stake block, its hash and the participants with their stakes (wei, decimal). The
 * roles are drawn from them exactly as on chain.
 */
export const StaticFlLookupFileSchema = z.strictObject({
  tasks: z.array(z.strictObject({ taskId: z.string(), policy: z.looseObject({ id: z.string() }) })),
  rounds: z.array(
    z.strictObject({
      taskId: z.string(),
      round: z.string(),
      stakeBlock: z.string(),
      stakeBlockHash: Bytes32Schema,
      participants: z.array(z.strictObject({ address: AddressSchema, role: z.enum(["trainer", "validator"]), stake: z.string() })),
    }),
  ),
});

/** A parsed {@link StaticFlLookupFileSchema} document. */
export type StaticFlLookupFile = z.input<typeof StaticFlLookupFileSchema>;

/**
 * Lookups served from memory.
 * @throws {InvalidTaskSpecError} / {@link InvalidInputError} if a task's policy object is not a registered policy's.
 */
export function staticFlLookups(file: StaticFlLookupFile): FlLookups {
  const parsed = StaticFlLookupFileSchema.parse(file);
  const tasks = new Map(parsed.tasks.map((t) => [t.taskId, taskPolicyOf({ policy: t.policy as TaskSpecFile["policy"] })]));
  const rounds = new Map(parsed.rounds.map((r) => [`${r.taskId}/${r.round}`, r]));
  return {
    policies: async (taskId) => tasks.get(taskId.toString()),
    roles: async (taskId, round) => {
      const tp = tasks.get(taskId.toString());
      const r = rounds.get(`${taskId}/${round}`);
      if (tp === undefined || r === undefined) return undefined;
      const participants = r.participants.map((x) => ({ operator: x.address, role: x.role, stake: BigInt(x.stake) }));
      return drawRoundRoles(tp, participants, r.stakeBlockHash, taskId, round, BigInt(r.stakeBlock));
    },
  };
}
