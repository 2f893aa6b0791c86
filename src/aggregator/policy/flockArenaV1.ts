// Reward policy `flock-arena-v1`: FLock AI Arena's published reward formulas (docs/MECHANISM.md, "flock-arena-v1").
// The budget splits between trainers and validators by their total stakes with a floor γ for each group; inside a
// group, shares are ∝ quality × stake^α; the delegator split by σ is Aerie's commission split (split.ts).
import { z } from "zod";
import type { Address } from "viem";

import { toJsonValue } from "../../lib/canonical";
import { specInt } from "../../lib/taskSpec";
import { InvalidInputError } from "../../lib/errors";
import { compareAddresses, compareBigints } from "../../lib/order";
import { BPS, MAX_SCORE } from "../constants";
import { isqrt, powFrac } from "./fixedPoint";
import { parsePolicyObject } from "./params";
import type { Policy, PolicyContext, PolicyResult } from "./types";
import { proRata, weightedMedian } from "./math";

// ------------------------------------------------------------------ constants

/** The policy's identifier, as named in the task spec's `policy.id`. */
export const FLOCK_ARENA_V1 = "flock-arena-v1";
/** The rank weight of the best-ranked trainer (`1.0` in 18-decimal fixed point); rank r has `RANK_ONE × q^r`. */
export const RANK_ONE = 10n ** 18n;

// ------------------------------------------------------------------ types

/** The parsed parameters of `flock-arena-v1` (bigints). */
export type FlockArenaParams = {
  /** γ, the floor of each group's share of the budget, bps in `[0, 5000]`. */
  gammaBps: bigint;
  /** α, the stake exponent, bps in `[1, 10000]` (α = alphaBps / 10 000, in (0, 1]). */
  alphaBps: bigint;
  /** q, the ratio of the geometric series of rank weights, bps in `[1, 10000]` (10 000: every rank weighs the same). */
  rankDecayBps: bigint;
};

// ------------------------------------------------------------------ schema

/** zod schema of the spec's `policy` object for `flock-arena-v1` (strict). */
export const FlockArenaParamsSchema = z.strictObject(
  {
    id: z.literal(FLOCK_ARENA_V1, { error: `the string "${FLOCK_ARENA_V1}"` }),
    gammaBps: specInt(0, 5000, "an integer from 0 to 5000 (bps)"),
    alphaBps: specInt(1, 10_000, "an integer from 1 to 10000 (bps)"),
    rankDecayBps: specInt(1, 10_000, "an integer from 1 to 10000 (bps)"),
  },
  { error: "an object {id, gammaBps, alphaBps, rankDecayBps}" },
);

// ------------------------------------------------------------------ policy

/**
 * Policy `flock-arena-v1` (docs/MECHANISM.md, "flock-arena-v1"). With `T` the summed stake of the trainers with an
 * accepted submission and `S` that of the validators with accepted scores (pool stakes, delegation included):
 *
 * 1. `trainerPool = floor(R · (γ·(T+S) + (1 − 2γ)·T) / (T+S))`, `validatorPool` likewise with `S` (each ≥ γ·R);
 *    `T + S = 0` gives each `floor(R / 2)`.
 * 2. Consensus `c_t`: the stake-weighted median of the validators' scores of t (midpoint of the lower and upper
 *    weighted medians, floored). Trainers ranked by `c_t` descending (ties by address); rank weight
 *    `g_r = floor(g_{r−1} · q)`, `g_0 = 10^18`; a trainer with `c_t = 0` has weight 0.
 * 3. Validator performance `F_v = 1 000 000 − min(1 000 000, isqrt(floor(Σ_t (s_vt − c_t)² / n)))` (one minus
 *    the root-mean-square deviation from consensus).
 * 4. Weights `g · stake^α` (trainers) and `F · stake^α` (validators), stake^α in Q64 fixed point ({@link powFrac});
 *    `reward = floor(pool · w / Σw)`. Nothing is slashed.
 * 5. No submissions or no scores: nothing is paid (flag `no-submissions` / `no-scores`).
 */
export const flockArenaV1: Policy<FlockArenaParams> = {
  id: FLOCK_ARENA_V1,
  paramsSchema: FlockArenaParamsSchema,
  messages: ["submission", "scores"],
  parseParams(json: unknown): FlockArenaParams {
    const p = parsePolicyObject(FlockArenaParamsSchema, json, FLOCK_ARENA_V1);
    return { gammaBps: BigInt(p.gammaBps), alphaBps: BigInt(p.alphaBps), rankDecayBps: BigInt(p.rankDecayBps) };
  },
  compute: computeFlockArena,
};

/**
 * The computation of {@link flockArenaV1} (exported for tests and the simulator).
 *
 * @throws {InvalidInputError} on a negative budget, a submission or score from a non-participant, or a validator
 *   without an in-range score for an accepted trainer.
 */
export function computeFlockArena(context: PolicyContext<FlockArenaParams>): PolicyResult {
  const { budget, params, messages } = context;
  if (budget < 0n) throw new InvalidInputError(`${FLOCK_ARENA_V1}: budget must be >= 0 wei, got ${budget}`);
  const stakes = new Map(context.participants.map((p) => [p.operator.toLowerCase(), p.stake]));
  const stakeOf = (operator: Address) => {
    const stake = stakes.get(operator.toLowerCase());
    if (stake === undefined) throw new InvalidInputError(`${FLOCK_ARENA_V1}: ${operator} is not a participant of the round`);
    return stake;
  };
  const trainers = messages.submissions
    .map((s) => ({ operator: s.trainer, stake: stakeOf(s.trainer) }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));
  const validators = messages.scores
    .map((v) => ({
      operator: v.validator,
      stake: stakeOf(v.validator),
      scores: trainers.map((t) => _score(v.scores, v.validator, t.operator)),
    }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));

  const flags: string[] = [];
  if (trainers.length === 0) flags.push("no-submissions");
  if (validators.length === 0) flags.push("no-scores");
  const paying = flags.length === 0;

  // 1. pools
  const totalT = trainers.reduce((sum, t) => sum + t.stake, 0n);
  const totalS = validators.reduce((sum, v) => sum + v.stake, 0n);
  const [trainerPool, validatorPool] = paying ? groupPools(budget, params.gammaBps, totalT, totalS) : [0n, 0n];

  // 2. consensus, rank and rank weight
  const consensus = trainers.map((_, i) => weightedMedian(validators.map((v) => ({ stake: v.stake, value: v.scores[i]! }))));
  const order = trainers.map((t, i) => i).sort((a, b) => compareBigints(consensus[b]!, consensus[a]!) || compareAddresses(trainers[a]!.operator, trainers[b]!.operator));
  const rank = new Array<number>(trainers.length);
  const rankWeight = new Array<bigint>(trainers.length);
  let g = RANK_ONE;
  order.forEach((i, r) => {
    rank[i] = r;
    rankWeight[i] = consensus[i]! > 0n ? g : 0n;
    g = (g * params.rankDecayBps) / BPS;
  });

  // 3. validator performance
  const n = BigInt(trainers.length);
  const rms = validators.map((v) => (n === 0n ? 0n : isqrt(v.scores.reduce((sum, s, i) => sum + (s - consensus[i]!) ** 2n, 0n) / n)));
  const performance = rms.map((d) => MAX_SCORE - (d > MAX_SCORE ? MAX_SCORE : d));

  // 4. weights and rewards
  const trainerWeights = trainers.map((t, i) => rankWeight[i]! * powFrac(t.stake, params.alphaBps));
  const validatorWeights = validators.map((v, i) => performance[i]! * powFrac(v.stake, params.alphaBps));
  const trainerRewards = proRata(trainerPool, trainerWeights);
  const validatorRewards = proRata(validatorPool, validatorWeights);

  const operatorRewards = [
    ...trainers.map((t, i) => ({ operator: t.operator, reward: trainerRewards[i]! })),
    ...validators.map((v, i) => ({ operator: v.operator, reward: validatorRewards[i]! })),
  ].sort((a, b) => compareAddresses(a.operator, b.operator));

  const report = toJsonValue({
    trainerPool,
    validatorPool,
    trainers: trainers.map((t, i) => ({
      operator: t.operator,
      stake: t.stake,
      consensusScore: consensus[i]!,
      rank: rank[i]!,
      rankWeight: rankWeight[i]!,
      weight: trainerWeights[i]!,
      reward: trainerRewards[i]!,
    })),
    validators: validators.map((v, i) => ({
      operator: v.operator,
      stake: v.stake,
      rmsDeviation: rms[i]!,
      performance: performance[i]!,
      weight: validatorWeights[i]!,
      reward: validatorRewards[i]!,
    })),
  });
  return { operatorRewards, slashes: [], report, state: null, flags: flags.sort() };
}

// ------------------------------------------------------------------ building blocks (exported for tests)

/**
 * FLock's group split: `[trainerPool, validatorPool]` with
 * `pool_G = floor(R · (γ·(T+S) + (10 000 − 2γ)·G) / (10 000·(T+S)))` for `G ∈ {T, S}`, γ in bps; `T + S = 0`
 * gives `floor(R/2)` each. `Σ ≤ R`; the flooring remainder is unspent.
 */
export function groupPools(budget: bigint, gammaBps: bigint, totalT: bigint, totalS: bigint): [bigint, bigint] {
  const total = totalT + totalS;
  if (total === 0n) return [budget / 2n, budget / 2n];
  const pool = (group: bigint) => (budget * (gammaBps * total + (BPS - 2n * gammaBps) * group)) / (BPS * total);
  return [pool(totalT), pool(totalS)];
}

// ------------------------------------------------------------------ internal helpers

function _score(scores: ReadonlyMap<Address, bigint>, validator: Address, trainer: Address): bigint {
  let score = scores.get(trainer);
  if (score === undefined) {
    for (const [key, value] of scores) if (key.toLowerCase() === trainer.toLowerCase()) score = value;
  }
  if (score === undefined) throw new InvalidInputError(`${FLOCK_ARENA_V1}: validator ${validator} has no score for trainer ${trainer}`);
  if (score < 0n || score > MAX_SCORE) {
    throw new InvalidInputError(`${FLOCK_ARENA_V1}: score of validator ${validator} for trainer ${trainer} must be in [0, ${MAX_SCORE}], got ${score}`);
  }
  return score;
}
