// Reward policy `flock-fl-alliance-v1`: FLock FL Alliance rounds (docs/MECHANISM.md, "flock-fl-alliance-v1").
// Each round the participants are drawn proposers or voters (stake-weighted, seeded by the stake block's hash);
// proposers send model updates, voters commit and reveal a vote on the aggregated update; the stake-weighted
// aggregate vote decides who is rewarded and who is slashed.
import { z } from "zod";
import { encodeAbiParameters, keccak256, type Address, type Hex } from "viem";

import { toJsonValue } from "../../lib/canonical";
import { specInt } from "../../lib/taskSpec";
import type { Slash } from "../../lib/eip712";
import { InvalidInputError } from "../../lib/errors";
import { compareAddresses } from "../../lib/order";
import { BPS } from "../constants";
import { proRata } from "./math";
import { parsePolicyObject } from "./params";
import type { Policy, PolicyContext, PolicyParticipant, PolicyResult } from "./types";

// ------------------------------------------------------------------ constants

/** The policy's identifier, as named in the task spec's `policy.id`. */
export const FLOCK_FL_ALLIANCE_V1 = "flock-fl-alliance-v1";
/** The bound of a vote: votes are integers in `[−MAX_VOTE, MAX_VOTE]`. */
export const MAX_VOTE = 1_000_000n;
/** The role names {@link drawFlRoles} assigns. */
export const FL_ROLE_PROPOSER = "proposer";
export const FL_ROLE_VOTER = "voter";

// ------------------------------------------------------------------ types

/** The parsed parameters of `flock-fl-alliance-v1` (bigints). */
export type FlockFlAllianceParams = {
  /** Share of the participants drawn as proposers, bps in `[1, 9999]` (at least one proposer and one voter). */
  proposerRatioBps: bigint;
  /** Share of the budget for the proposers, bps in `[0, 10000]`; the rest is the voters' pool. */
  proposerShareBps: bigint;
  /** Slash of a proposer of a rejected update and of a voter on the losing side (or not revealing), bps in `[1, 10000]`. */
  slashBps: bigint;
  /** Length of the reveal window after the commit deadline `roundEnd + scoringWindowSeconds`, seconds (≥ 1). */
  revealWindowSeconds: bigint;
};

/** A role of the FL Alliance draw. */
export type FlRole = typeof FL_ROLE_PROPOSER | typeof FL_ROLE_VOTER;

// ------------------------------------------------------------------ schema

/** zod schema of the spec's `policy` object for `flock-fl-alliance-v1` (strict). */
export const FlockFlAllianceParamsSchema = z.strictObject(
  {
    id: z.literal(FLOCK_FL_ALLIANCE_V1, { error: `the string "${FLOCK_FL_ALLIANCE_V1}"` }),
    proposerRatioBps: specInt(1, 9999, "an integer from 1 to 9999 (bps)"),
    proposerShareBps: specInt(0, 10_000, "an integer from 0 to 10000 (bps)"),
    slashBps: specInt(1, 10_000, "an integer from 1 to 10000 (bps)"),
    revealWindowSeconds: specInt(1, undefined, "a positive integer (seconds)"),
  },
  { error: "an object {id, proposerRatioBps, proposerShareBps, slashBps, revealWindowSeconds}" },
);

// ------------------------------------------------------------------ draw

/**
 * The round's roles: `k` proposers drawn without replacement, each with probability ∝ stake among the participants
 * not yet drawn; everyone else is a voter. Deterministic in `seed` (`roundDrawSeed(stakeBlockHash, taskId, round)`,
 * so two tasks or rounds sharing a stake block draw independently) and the stakes, so anyone can reproduce it.
 *
 * - `n` participants, sorted by address: `k = clamp(floor(n · proposerRatioBps / 10 000), 1, n − 1)` for `n ≥ 2`;
 *   a single participant is the proposer.
 * - Draw `i` (0-based): `h_i = uint256(keccak256(abi.encode(bytes32 seed, uint256 i)))`. With `W` the remaining
 *   stake, the drawn participant is the first (by address) whose cumulative remaining stake exceeds `h_i mod W`;
 *   if `W = 0`, the one at index `h_i mod (remaining count)`. (The modulo bias is below `W / 2^256`.)
 *
 * @returns operator (checksummed, as given) → `"proposer"` | `"voter"`, for every participant.
 * @throws {InvalidInputError} if an operator is listed twice.
 */
export function drawFlRoles(participants: readonly PolicyParticipant[], seed: Hex, params: FlockFlAllianceParams): ReadonlyMap<Address, FlRole> {
  const remaining = [...participants].sort((a, b) => compareAddresses(a.operator, b.operator));
  for (let i = 1; i < remaining.length; i++) {
    if (compareAddresses(remaining[i - 1]!.operator, remaining[i]!.operator) === 0) {
      throw new InvalidInputError(`${FLOCK_FL_ALLIANCE_V1}: participant ${remaining[i]!.operator} is listed twice`);
    }
  }
  const n = BigInt(remaining.length);
  let k = n <= 1n ? n : (n * params.proposerRatioBps) / BPS;
  if (n >= 2n) k = k < 1n ? 1n : k > n - 1n ? n - 1n : k;

  const roles = new Map<Address, FlRole>();
  for (let i = 0n; i < k; i++) {
    const h = BigInt(keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "uint256" }], [seed, i])));
    const total = remaining.reduce((sum, p) => sum + p.stake, 0n);
    let index = 0;
    if (total === 0n) {
      index = Number(h % BigInt(remaining.length));
    } else {
      const target = h % total;
      let cumulative = 0n;
      index = remaining.findIndex((p) => (cumulative += p.stake) > target);
    }
    roles.set(remaining[index]!.operator, FL_ROLE_PROPOSER);
    remaining.splice(index, 1);
  }
  for (const p of remaining) roles.set(p.operator, FL_ROLE_VOTER);
  return roles;
}

// ------------------------------------------------------------------ policy

/**
 * Policy `flock-fl-alliance-v1` (docs/MECHANISM.md, "flock-fl-alliance-v1"): roles by {@link drawFlRoles}; with the
 * accepted model updates U (from drawn proposers) and revealed votes V (from drawn voters):
 *
 * 1. `aggregate = Σ_{v∈V} stake_v · vote_v`; the update is accepted iff `aggregate ≥ 0`.
 * 2. `proposerPool = floor(budget · proposerShareBps / 10 000)`, `voterPool = budget − proposerPool`.
 * 3. Accepted: proposers in U share `proposerPool` ∝ stake. Rejected: each proposer in U is slashed `slashBps`.
 * 4. Voters on the side of the aggregate (`vote ≥ 0` when accepted, `vote < 0` when rejected) share `voterPool`
 *    ∝ stake; the others, and every voter that committed without a matching reveal, are slashed `slashBps`.
 * 5. No accepted update: nothing paid or slashed (flag `no-model-updates`). Updates but no revealed vote: nothing
 *    paid, only missing reveals slashed (flag `no-votes`). Drawn proposers without an update earn nothing.
 * Every reward is floored; what flooring and empty sides leave is unspent.
 */
export const flockFlAllianceV1: Policy<FlockFlAllianceParams> = {
  id: FLOCK_FL_ALLIANCE_V1,
  paramsSchema: FlockFlAllianceParamsSchema,
  messages: ["modelUpdate", "voteCommit"],
  parseParams(json: unknown): FlockFlAllianceParams {
    const p = parsePolicyObject(FlockFlAllianceParamsSchema, json, FLOCK_FL_ALLIANCE_V1);
    return {
      proposerRatioBps: BigInt(p.proposerRatioBps),
      proposerShareBps: BigInt(p.proposerShareBps),
      slashBps: BigInt(p.slashBps),
      revealWindowSeconds: BigInt(p.revealWindowSeconds),
    };
  },
  drawRoles: drawFlRoles,
  compute: computeFlAlliance,
};

/**
 * The computation of {@link flockFlAllianceV1} (exported for tests and the simulator).
 *
 * @throws {InvalidInputError} on a negative budget, an update from a non-proposer, a vote from a non-voter, or a vote
 *   outside `[−1 000 000, 1 000 000]` (the selection in messagesFl.ts filters all of these first).
 */
export function computeFlAlliance(context: PolicyContext<FlockFlAllianceParams>): PolicyResult {
  const { budget, params, messages } = context;
  if (budget < 0n) throw new InvalidInputError(`${FLOCK_FL_ALLIANCE_V1}: budget must be >= 0 wei, got ${budget}`);
  const roles = new Map([...drawFlRoles(context.participants, context.seed, params)].map(([a, r]) => [a.toLowerCase(), r]));
  const stakes = new Map(context.participants.map((p) => [p.operator.toLowerCase(), p.stake]));
  const need = (operator: Address, role: FlRole) => {
    if (roles.get(operator.toLowerCase()) !== role) {
      throw new InvalidInputError(`${FLOCK_FL_ALLIANCE_V1}: ${operator} was not drawn as a ${role} of this round`);
    }
    return stakes.get(operator.toLowerCase())!;
  };
  const proposers = messages.modelUpdates
    .map((u) => ({ operator: u.proposer, stake: need(u.proposer, FL_ROLE_PROPOSER) }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));
  const voters = messages.votes
    .map((v) => {
      if (v.vote < -MAX_VOTE || v.vote > MAX_VOTE) {
        throw new InvalidInputError(`${FLOCK_FL_ALLIANCE_V1}: vote of ${v.voter} must be in [-${MAX_VOTE}, ${MAX_VOTE}], got ${v.vote}`);
      }
      return { operator: v.voter, stake: need(v.voter, FL_ROLE_VOTER), vote: v.vote };
    })
    .sort((a, b) => compareAddresses(a.operator, b.operator));
  const missing = [...messages.missingReveals].filter((a) => roles.get(a.toLowerCase()) === FL_ROLE_VOTER).sort(compareAddresses);

  const flags: string[] = [];
  const hasUpdates = proposers.length > 0;
  const hasVotes = voters.length > 0;
  if (!hasUpdates) flags.push("no-model-updates");
  else if (!hasVotes) flags.push("no-votes");

  const aggregate = voters.reduce((sum, v) => sum + v.stake * v.vote, 0n);
  const decided = hasUpdates && hasVotes;
  const accepted = decided && aggregate >= 0n;
  const proposerPool = (budget * params.proposerShareBps) / BPS;
  const voterPool = budget - proposerPool;

  const proposerRewards = proRata(accepted ? proposerPool : 0n, proposers.map((p) => p.stake));
  const onSide = voters.map((v) => decided && (accepted ? v.vote >= 0n : v.vote < 0n));
  const voterRewards = proRata(decided ? voterPool : 0n, voters.map((v, i) => (onSide[i] ? v.stake : 0n)));

  const slashed = new Set<string>();
  if (decided && !accepted) proposers.forEach((p) => slashed.add(p.operator));
  if (decided) voters.forEach((v, i) => !onSide[i] && slashed.add(v.operator));
  if (hasUpdates) missing.forEach((a) => slashed.add(a));
  const slashes: Slash[] = [...slashed].sort(compareAddresses).map((operator) => ({ operator: operator as Address, bps: params.slashBps }));

  const operatorRewards = [
    ...proposers.map((p, i) => ({ operator: p.operator, reward: proposerRewards[i]! })),
    ...voters.map((v, i) => ({ operator: v.operator, reward: voterRewards[i]! })),
  ].sort((a, b) => compareAddresses(a.operator, b.operator));

  const report = toJsonValue({
    roles: [...roles.keys()]
      .map((key) => context.participants.find((p) => p.operator.toLowerCase() === key)!)
      .sort((a, b) => compareAddresses(a.operator, b.operator))
      .map((p) => ({ operator: p.operator, role: roles.get(p.operator.toLowerCase())!, stake: p.stake })),
    aggregateVote: aggregate,
    outcome: !decided ? "undecided" : accepted ? "accepted" : "rejected",
    proposerPool,
    voterPool,
    proposers: proposers.map((p, i) => ({ operator: p.operator, stake: p.stake, reward: proposerRewards[i]!, slashed: slashed.has(p.operator) })),
    voters: voters.map((v, i) => ({
      operator: v.operator,
      stake: v.stake,
      vote: v.vote,
      onSide: onSide[i]!,
      reward: voterRewards[i]!,
      slashed: slashed.has(v.operator),
    })),
    missingReveals: missing,
  });
  return { operatorRewards, slashes, report, state: null, flags };
}
