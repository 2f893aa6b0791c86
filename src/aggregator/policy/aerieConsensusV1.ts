// Reward policy `aerie-consensus-v1` (docs/PROTOCOL.md §7): stake-weighted median consensus, deviation slashing,
// rewards pro rata to stake × agreement (validators) and consensus score × stake (trainers).
import { z } from "zod";
import type { Address } from "viem";

import { toJsonValue } from "../../lib/canonical";
import type { Slash } from "../../lib/eip712";
import { InvalidInputError } from "../../lib/errors";
import { compareAddresses, compareBigints } from "../../lib/order";
import { specInt, taskSpecError } from "../../lib/taskSpec";
import { checksumAddress } from "../checksum";
import { BPS, MAX_SCORE } from "../constants";
import { absBigint, proRata } from "./math";
import type { Policy, PolicyContext, PolicyResult } from "./types";

// ------------------------------------------------------------------ constants

/** The policy's identifier, as named in the task spec's `policy.id`. */
export const AERIE_CONSENSUS_V1 = "aerie-consensus-v1";

/** An address in any case (viem's `isAddress(…, { strict: false })`). */
const ADDRESS_PATTERN = /^0x[0-9a-fA-F]{40}$/;

// ------------------------------------------------------------------ types

/** The task-spec parameters of the policy, as bigints. */
export type PolicyParams = {
  /** Share of the round budget for validators, in bps (0…10_000). */
  validatorShareBps: bigint;
  /** Largest mean absolute deviation (score units) a validator may have without being slashed. */
  deviationThreshold: bigint;
  /** Slash applied to a deviating validator, in bps (1…10_000). */
  slashBps: bigint;
};

/** A trainer with a valid submission, and its pool stake (wei) at the round's start. */
export type PolicyTrainer = { operator: Address; stake: bigint };

/**
 * A validator with valid, complete scores, its stake (wei) at the round's start, and its score of every
 * trainer (keys: trainer addresses, any case; extra keys are ignored).
 */
export type PolicyValidator = {
  operator: Address;
  stake: bigint;
  scores: ReadonlyMap<string, bigint> | Readonly<Record<string, bigint>>;
};

/** Input of {@link aerieConsensusV1}. */
export type PolicyInput = {
  /** The round's budget in wei (the task's `rewardPerRound`). */
  budget: bigint;
  params: PolicyParams;
  trainers: readonly PolicyTrainer[];
  validators: readonly PolicyValidator[];
};

/** A trainer's outcome. `weight = consensusScore × stake`; `reward` in wei. */
export type PolicyTrainerResult = {
  operator: Address;
  stake: bigint;
  consensusScore: bigint;
  weight: bigint;
  reward: bigint;
};

/** A validator's outcome. `weight = stake × (MAX_SCORE − deviation)`, 0 if slashed; `reward` in wei. */
export type PolicyValidatorResult = {
  operator: Address;
  stake: bigint;
  deviation: bigint;
  slashed: boolean;
  weight: bigint;
  reward: bigint;
};

/** Output of {@link aerieConsensusV1}; every list sorted by operator address. */
export type PolicyOutput = {
  trainers: PolicyTrainerResult[];
  validators: PolicyValidatorResult[];
  /** `{operator, bps: slashBps}` for each slashed validator. */
  slashes: Slash[];
  /** The reward (wei) of every trainer and validator, before the commission/delegator split. */
  operatorRewards: { operator: Address; reward: bigint }[];
  /** `floor(budget × validatorShareBps / 10_000)`, wei. */
  validatorPool: bigint;
  /** `budget − validatorPool`, wei. */
  trainerPool: bigint;
};

// ------------------------------------------------------------------ policy

/**
 * Runs policy `aerie-consensus-v1` (docs/PROTOCOL.md §7, rules in docs/AGGREGATOR.md). Pure and synchronous.
 *
 * 1. Consensus of trainer t: the stake-weighted LOWER median of the validators' scores of t. Sort the
 *    validators' scores by (score asc, validator address asc); with `W = Σ stake`, `c_t` is the first score
 *    whose cumulative stake `C` satisfies `2·C ≥ W`; `c_t = 0` if `W = 0`.
 * 2. Deviation of validator v: `floor(Σ_t |s_vt − c_t| / |T|)`.
 * 3. v is slashed (`slashBps`, no reward) iff `deviation_v > deviationThreshold`.
 * 4. `validatorPool = floor(budget × validatorShareBps / 10_000)`, `trainerPool = budget − validatorPool`.
 * 5. Weights: unslashed validator `stake × (MAX_SCORE − deviation)`; trainer `c_t × stake_t`.
 *    `reward_i = floor(pool × w_i / Σw)`, 0 if `Σw = 0`.
 * 6. No trainers: nothing to score, so no validator reward and no slash. No validators: every `c_t = 0`,
 *    so no trainer reward.
 *
 * @param input budget and params, the trainers with a valid submission, the validators with valid complete scores.
 * @returns per-operator results, slashes and rewards, all sorted by operator (checksummed addresses).
 *   `Σ rewards ≤ budget`; what is left is unspent.
 * @throws {InvalidInputError} on a negative budget or stake, bps out of range, a negative threshold, an invalid
 *   or duplicate operator (also across roles), or a validator without an in-range score for some trainer.
 */
export function aerieConsensusV1(input: PolicyInput): PolicyOutput {
  const { budget, params } = input;
  _checkParams(budget, params);
  const seen = new Set<string>();
  const trainers = [...input.trainers]
    .map((t) => ({ operator: _operator(t.operator, seen), stake: _stake(t.stake, t.operator) }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));
  const trainerOperators = trainers.map((t) => t.operator);
  const validators = [...input.validators]
    .map((v) => ({
      operator: _operator(v.operator, seen),
      stake: _stake(v.stake, v.operator),
      scores: _scoresFor(v, trainerOperators),
    }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));

  const validatorPool = (budget * params.validatorShareBps) / BPS;
  const trainerPool = budget - validatorPool;

  // 1. consensus (stake-weighted lower median over all validators, slashed or not)
  // (the validators are sorted by address, so a stable sort by score alone orders ties by address)
  const order = validators.map((_, i) => i);
  const consensus = trainers.map((_, t) => _weightedLowerMedian(validators, t, order));

  // 2-3. deviation and slashing (only meaningful when there is something to score)
  const count = BigInt(trainers.length);
  const validatorWeights: bigint[] = [];
  const deviations: bigint[] = [];
  const slashedFlags: boolean[] = [];
  for (const v of validators) {
    let deviation = 0n;
    if (count > 0n) {
      let sum = 0n;
      v.scores.forEach((s, t) => (sum += absBigint(s - consensus[t]!)));
      deviation = sum / count;
    }
    const slashed = count > 0n && deviation > params.deviationThreshold;
    deviations.push(deviation);
    slashedFlags.push(slashed);
    validatorWeights.push(count > 0n && !slashed ? v.stake * (MAX_SCORE - deviation) : 0n);
  }

  // 5. rewards
  const trainerWeights = trainers.map((t, i) => consensus[i]! * t.stake);
  const trainerRewards = proRata(trainerPool, trainerWeights);
  const validatorRewards = proRata(validatorPool, validatorWeights);

  const trainerResults: PolicyTrainerResult[] = trainers.map((t, i) => ({
    operator: t.operator,
    stake: t.stake,
    consensusScore: consensus[i]!,
    weight: trainerWeights[i]!,
    reward: trainerRewards[i]!,
  }));
  const validatorResults: PolicyValidatorResult[] = validators.map((v, i) => ({
    operator: v.operator,
    stake: v.stake,
    deviation: deviations[i]!,
    slashed: slashedFlags[i]!,
    weight: validatorWeights[i]!,
    reward: validatorRewards[i]!,
  }));
  const slashes: Slash[] = validatorResults.filter((v) => v.slashed).map((v) => ({ operator: v.operator, bps: params.slashBps }));
  const operatorRewards = [...trainerResults, ...validatorResults]
    .map((r) => ({ operator: r.operator, reward: r.reward }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));

  return { trainers: trainerResults, validators: validatorResults, slashes, operatorRewards, validatorPool, trainerPool };
}

/** zod schema of the spec's `policy` object for `aerie-consensus-v1` (strict). */
const ParamsSchema = z.strictObject(
  {
    id: z.literal(AERIE_CONSENSUS_V1, { error: `the string "${AERIE_CONSENSUS_V1}"` }),
    validatorShareBps: specInt(0, 10_000, "an integer from 0 to 10000 (bps)"),
    deviationThreshold: specInt(0, 1_000_000, "an integer from 0 to 1000000 (score units)"),
    slashBps: specInt(1, 10_000, "an integer from 1 to 10000 (bps)"),
  },
  { error: "an object {id, validatorShareBps, deviationThreshold, slashBps}" },
);

/**
 * `aerie-consensus-v1` as a registry {@link Policy}: plain Scores (no commit–reveal), no state, no flags; the
 * report is `{trainers, validators}` ({@link PolicyOutput}'s lists) and the bundle keeps the v1 layout, so every
 * v1 bundle keeps its bytes and `bundleHash`.
 */
export const aerieConsensusV1Policy: Policy<PolicyParams> = {
  id: AERIE_CONSENSUS_V1,
  paramsSchema: ParamsSchema,
  bundleSchema: "aerie-round-bundle/1",
  messages: ["submission", "scores"],
  parseParams(json: unknown): PolicyParams {
    // v1 keeps its historical unknown-field message ("not part of aerie-task/1")
    const parsed = ParamsSchema.safeParse(json);
    if (!parsed.success) throw taskSpecError(parsed.error, json, ["policy"]);
    const p = parsed.data;
    return { validatorShareBps: BigInt(p.validatorShareBps), deviationThreshold: BigInt(p.deviationThreshold), slashBps: BigInt(p.slashBps) };
  },
  compute(context: PolicyContext<PolicyParams>): PolicyResult {
    const stakes = new Map(context.participants.map((p) => [p.operator.toLowerCase(), p.stake]));
    const stakeOf = (operator: Address) => {
      const stake = stakes.get(operator.toLowerCase());
      if (stake === undefined) throw new InvalidInputError(`policy: ${operator} is not a participant of the round`);
      return stake;
    };
    const out = aerieConsensusV1({
      budget: context.budget,
      params: context.params,
      trainers: context.messages.submissions.map((s) => ({ operator: s.trainer, stake: stakeOf(s.trainer) })),
      validators: context.messages.scores.map((s) => ({ operator: s.validator, stake: stakeOf(s.validator), scores: s.scores })),
    });
    return {
      operatorRewards: out.operatorRewards,
      slashes: out.slashes,
      report: toJsonValue({ trainers: out.trainers, validators: out.validators }),
      state: null,
      flags: [],
    };
  },
};

// ------------------------------------------------------------------ internal helpers

/**
 * Stake-weighted lower median: sort by (score asc, operator asc) and return the first score at which twice the
 * cumulative stake reaches the total stake; 0 if the total stake is 0.
 */
function _weightedLowerMedian(validators: readonly { stake: bigint; scores: bigint[] }[], trainer: number, order: number[]): bigint {
  const sorted = order.slice().sort((a, b) => compareBigints(validators[a]!.scores[trainer]!, validators[b]!.scores[trainer]!));
  let total = 0n;
  for (const v of validators) total += v.stake;
  if (total === 0n) return 0n;
  let cumulative = 0n;
  for (const i of sorted) {
    cumulative += validators[i]!.stake;
    if (2n * cumulative >= total) return validators[i]!.scores[trainer]!;
  }
  // Unreachable: the last entry brings the cumulative stake to the total.
  throw new InvalidInputError("weighted median: internal error");
}

function _checkParams(budget: bigint, params: PolicyParams): void {
  if (budget < 0n) throw new InvalidInputError(`policy: budget must be >= 0 wei, got ${budget}`);
  if (params.validatorShareBps < 0n || params.validatorShareBps > BPS) {
    throw new InvalidInputError(`policy: validatorShareBps must be in [0, 10000], got ${params.validatorShareBps}`);
  }
  if (params.deviationThreshold < 0n) {
    throw new InvalidInputError(`policy: deviationThreshold must be >= 0, got ${params.deviationThreshold}`);
  }
  if (params.slashBps <= 0n || params.slashBps > BPS) {
    throw new InvalidInputError(`policy: slashBps must be in [1, 10000], got ${params.slashBps}`);
  }
}

function _operator(operator: string, seen: Set<string>): Address {
  if (typeof operator !== "string" || !ADDRESS_PATTERN.test(operator)) throw new InvalidInputError(`policy: invalid operator address ${operator}`);
  const key = operator.toLowerCase();
  if (seen.has(key)) throw new InvalidInputError(`policy: operator ${operator} appears more than once`);
  seen.add(key);
  // the native checksum (equal to viem's getAddress, property-tested): 10,000 trainers are checksummed here
  return checksumAddress(operator);
}

function _stake(stake: bigint, operator: string): bigint {
  if (stake < 0n) throw new InvalidInputError(`policy: stake of ${operator} must be >= 0 wei, got ${stake}`);
  return stake;
}

/** The validator's scores in the order of `trainers`, checked to exist and lie in [0, MAX_SCORE]. */
function _scoresFor(v: PolicyValidator, trainers: Address[]): bigint[] {
  const byTrainer = new Map<string, bigint>();
  const entries: [string, bigint][] = v.scores instanceof Map ? [...v.scores.entries()] : Object.entries(v.scores);
  for (const [trainer, score] of entries) {
    const key = trainer.toLowerCase();
    if (byTrainer.has(key)) throw new InvalidInputError(`policy: validator ${v.operator} scores trainer ${trainer} twice`);
    byTrainer.set(key, score);
  }
  return trainers.map((t) => {
    const score = byTrainer.get(t.toLowerCase());
    if (score === undefined) throw new InvalidInputError(`policy: validator ${v.operator} has no score for trainer ${t}`);
    if (typeof score !== "bigint" || score < 0n || score > MAX_SCORE) {
      throw new InvalidInputError(`policy: score of validator ${v.operator} for trainer ${t} must be in [0, ${MAX_SCORE}], got ${score}`);
    }
    return score;
  });
}
