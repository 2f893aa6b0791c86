// Reward policy `aerie-consensus-v2` (docs/MECHANISM.md): a consensus no minority can bend, per-trainer deviation
// against a robust spread, slashes only on repeated evidence and never in a contested round, commit–reveal scores,
// trainer rewards ∝ consensus × stake^α.
import { z } from "zod";
import { getAddress, type Address } from "viem";

import { toJsonValue, type JsonValue } from "../../lib/canonical";
import type { Slash } from "../../lib/eip712";
import { InvalidInputError } from "../../lib/errors";
import { compareAddresses } from "../../lib/order";
import { specInt } from "../../lib/taskSpec";
import { BPS, MAX_SCORE } from "../constants";
import { isqrt, powFrac } from "./fixedPoint";
import { absBigint, maxBigint, proRata, weightedMedian } from "./math";
import { parsePolicyObject } from "./params";
import type { Policy, PolicyContext, PolicyResult } from "./types";

// ------------------------------------------------------------------ constants

/** The policy's identifier, as named in the task spec's `policy.id`. */
export const AERIE_CONSENSUS_V2 = "aerie-consensus-v2";
/** The largest per-round slash the policy accepts, bps (5 %, Numerai's cap). */
export const MAX_ROUND_SLASH_BPS = 500;
/** The flag a contested round carries (validators within the threshold hold less than `quorumBps` of the stake). */
export const CONTESTED_FLAG = "contested";

// ------------------------------------------------------------------ types

/** The task-spec parameters of `aerie-consensus-v2`, as bigints (docs/MECHANISM.md has each rule). */
export type ConsensusV2Params = {
  /** Share of the round budget for validators, bps (0…10_000). */
  validatorShareBps: bigint;
  /** α of the trainer weight `consensus × stake^α`, bps (1…10_000; 10_000 = α 1). */
  stakeAlphaBps: bigint;
  /** Smallest per-trainer deviation threshold, score units (0…1_000_000). */
  deviationFloor: bigint;
  /** Threshold as a multiple of the honest spread (a MAD), bps (0…1_000_000; 50_000 = 5 × MAD). */
  madMultiplierBps: bigint;
  /** Bias threshold as a multiple of the spread's standard error over the trainers, bps (0…1_000_000). */
  biasMultiplierBps: bigint;
  /** Weight λ of the current round in the offence record (EMA), bps (1…10_000). */
  recordWeightBps: bigint;
  /** A validator offending this round is slashed once its record reaches this, bps (1…10_000). */
  slashRecordBps: bigint;
  /** The per-round slash, bps (1…500). */
  slashBps: bigint;
  /** A round is uncontested iff the validators within the threshold hold ≥ this share of the judged stake, bps (5_001…10_000). */
  quorumBps: bigint;
  /** Length of the reveal window after the scoring window, seconds (≥ 1). */
  revealWindowSeconds: bigint;
};

/** Per trainer: its consensus score (score units), weight and reward (wei). */
export type ConsensusV2Trainer = {
  operator: Address;
  stake: bigint;
  consensusScore: bigint;
  /** `consensusScore × stake^α` (Q64 fixed point: `powFrac`). */
  weight: bigint;
  reward: bigint;
};

/** Per judged validator (revealed, or committed without a valid reveal). */
export type ConsensusV2Validator = {
  operator: Address;
  stake: bigint;
  revealed: boolean;
  /** The largest `|score − consensus|` over the trainers, score units (0 if not revealed). */
  maxDeviation: bigint;
  /** Trainers whose deviation exceeds the threshold. */
  outliers: bigint;
  /** `floor(|Σ_t (score − consensus)| / |T|)`: the validator's mean signed deviation, score units (0 if not revealed). */
  bias: bigint;
  /** Missing reveal, some trainer outside the threshold, or a bias above the bias threshold. */
  offence: boolean;
  /**
   * The offence as evidence (R4, judged per trainer): a missing reveal, a trainer outside the threshold whose
   * consensus a quorum backs, or a bias above the bias threshold when a quorum passes the bias test. Only this enters
   * the record and can be slashed.
   */
  evidence: boolean;
  /** `MAX_SCORE − floor(Σ_t floor(d_t × MAX_SCORE / θ) / |T|)`; 0 on an offence. */
  quality: bigint;
  /** The offence record after this round, bps. */
  record: bigint;
  slashed: boolean;
  /** `stake × quality`. */
  weight: bigint;
  reward: bigint;
};

/** `bundle.outputs.policy` of a v2 round. */
export type ConsensusV2Report = {
  trainers: ConsensusV2Trainer[];
  validators: ConsensusV2Validator[];
  validatorPool: bigint;
  trainerPool: bigint;
  /** The honest spread (a MAD): the stake-weighted median over validators of each one's median deviation, score units. */
  spread: bigint;
  /** The round's deviation threshold `θ = max(deviationFloor, floor(spread × madMultiplierBps / 10_000))`, score units. */
  threshold: bigint;
  /** `max(deviationFloor, spread × biasMultiplierBps / 10_000) / √|T|` (√ to 3 decimals: `isqrt(|T| × 10^6) / 1000`), score units. */
  biasThreshold: bigint;
  /** Stake of the judged validators (revealed or missing a reveal), wei. */
  judgedStake: bigint;
  /** Stake of the judged validators without an offence, wei. */
  agreeingStake: bigint;
  /** Trainers whose consensus no quorum backs: the validators within the threshold on it hold < `quorumBps` of the judged stake. */
  contestedTrainers: Address[];
  /** The validators within the bias threshold hold < `quorumBps` of the judged stake. */
  biasContested: boolean;
  /** Some trainer or the bias test is contested (the `contested` flag). */
  contested: boolean;
};

/** The state carried between rounds: each validator's offence record (bps), sorted, zero records left out. */
export type ConsensusV2State = { records: { validator: Address; recordBps: bigint }[] };

// ------------------------------------------------------------------ schema

const ParamsSchema = z.strictObject(
  {
    id: z.literal(AERIE_CONSENSUS_V2, { error: `the string "${AERIE_CONSENSUS_V2}"` }),
    validatorShareBps: specInt(0, 10_000, "an integer from 0 to 10000 (bps)"),
    stakeAlphaBps: specInt(1, 10_000, "an integer from 1 to 10000 (bps of the exponent α; 10000 = 1)"),
    deviationFloor: specInt(0, 1_000_000, "an integer from 0 to 1000000 (score units)"),
    madMultiplierBps: specInt(0, 1_000_000, "an integer from 0 to 1000000 (bps of the MAD)"),
    biasMultiplierBps: specInt(0, 1_000_000, "an integer from 0 to 1000000 (bps of the MAD / √trainers)"),
    recordWeightBps: specInt(1, 10_000, "an integer from 1 to 10000 (bps)"),
    slashRecordBps: specInt(1, 10_000, "an integer from 1 to 10000 (bps)"),
    slashBps: specInt(1, MAX_ROUND_SLASH_BPS, `an integer from 1 to ${MAX_ROUND_SLASH_BPS} (bps)`),
    quorumBps: specInt(5_001, 10_000, "an integer from 5001 to 10000 (bps)"),
    revealWindowSeconds: specInt(1, undefined, "a positive integer (seconds)"),
  },
  {
    error:
      "an object {id, validatorShareBps, stakeAlphaBps, deviationFloor, madMultiplierBps, biasMultiplierBps, recordWeightBps, slashRecordBps, slashBps, quorumBps, revealWindowSeconds}",
  },
);

const StateSchema = z.object({
  records: z.array(
    z.object({
      validator: z.string().regex(/^0x[0-9a-fA-F]{40}$/).transform((a) => getAddress(a)),
      recordBps: z.string().regex(/^(0|[1-9][0-9]{0,4})$/).transform((x) => BigInt(x)),
    }),
  ),
});

// ------------------------------------------------------------------ policy

/**
 * `aerie-consensus-v2` (docs/MECHANISM.md). Scores arrive by commit–reveal (`scoresCommit`); the intake and
 * `selectScores` check each reveal against its commitment, and list who committed without a valid reveal.
 */
export const aerieConsensusV2Policy: Policy<ConsensusV2Params> = {
  id: AERIE_CONSENSUS_V2,
  paramsSchema: ParamsSchema,
  messages: ["submission", "scoresCommit"],
  parseParams(json: unknown): ConsensusV2Params {
    const p = parsePolicyObject(ParamsSchema, json, AERIE_CONSENSUS_V2);
    return {
      validatorShareBps: BigInt(p.validatorShareBps),
      stakeAlphaBps: BigInt(p.stakeAlphaBps),
      deviationFloor: BigInt(p.deviationFloor),
      madMultiplierBps: BigInt(p.madMultiplierBps),
      biasMultiplierBps: BigInt(p.biasMultiplierBps),
      recordWeightBps: BigInt(p.recordWeightBps),
      slashRecordBps: BigInt(p.slashRecordBps),
      slashBps: BigInt(p.slashBps),
      quorumBps: BigInt(p.quorumBps),
      revealWindowSeconds: BigInt(p.revealWindowSeconds),
    };
  },
  compute(context: PolicyContext<ConsensusV2Params>): PolicyResult {
    const { report, state, slashes } = aerieConsensusV2(context);
    const operatorRewards = [...report.trainers, ...report.validators]
      .map((r) => ({ operator: r.operator, reward: r.reward }))
      .sort((a, b) => compareAddresses(a.operator, b.operator));
    return {
      operatorRewards,
      slashes,
      report: toJsonValue(report),
      state: toJsonValue(state),
      flags: report.contested ? [CONTESTED_FLAG] : [],
    };
  },
};

/**
 * Runs `aerie-consensus-v2` on a round (pure, synchronous). Rules (docs/MECHANISM.md, R1–R7):
 *
 * 1. Consensus `c_t`: the stake-weighted median of the revealed scores of trainer t; at an exact tie of stake (the
 *    lower and upper weighted medians differ) the floor of their midpoint ({@link weightedMedian}).
 * 2. `d_vt = |s_vt − c_t|`; `m_v` = the median of `d_vt` over the trainers (each trainer weight 1, same median
 *    rule); the spread `S` = the stake-weighted median of `m_v`; threshold `θ = max(deviationFloor,
 *    floor(S × madMultiplierBps / 10_000))`.
 * 3. Offence: a missing reveal, `d_vt > θ` for some trainer (judged per trainer, never averaged), or a uniform bias:
 *    `floor(|Σ_t (s_vt − c_t)| / |T|) > θ_b`, `θ_b = floor(max(deviationFloor, floor(S × biasMultiplierBps / 10_000)) × 1000
 *    / isqrt(|T| × 10^6))` (the same test on the mean, whose noise is √|T| smaller; √ to 3 decimals).
 * 4. Contested per trainer: trainer t is backed iff the revealed validators within θ of `c_t` hold
 *    `× 10_000 ≥ quorumBps × judged stake`; the bias test is backed iff those without a bias offence do. Evidence: a
 *    missing reveal, an outlier on a backed trainer, or a bias offence on a backed bias test. Any unbacked part flags
 *    the round `contested`.
 * 5. Record (EMA, bps): `r' = floor((r × (10_000 − λ) + e × λ) / 10_000)`, `e = 10_000` on evidence, else 0; it moves
 *    on evidence, or (when some part is backed) for a validator without any offence; an offence only on unbacked
 *    parts, and validators not judged this round, keep theirs.
 * 6. Slash `slashBps` iff some part is backed, evidence this round and `r' ≥ slashRecordBps`.
 * 7. Rewards: validator pool pro rata to `stake × quality` (0 on an offence); trainer pool pro rata to
 *    `c_t × stake^α` (`powFrac`, Q64). Every share floored.
 *
 * @throws {InvalidInputError} if a message's signer is not a participant with the right role, or `previousState` is
 *   not a v2 state.
 */
export function aerieConsensusV2(context: PolicyContext<ConsensusV2Params>): {
  report: ConsensusV2Report;
  state: ConsensusV2State;
  slashes: Slash[];
} {
  const { params, budget } = context;
  if (budget < 0n) throw new InvalidInputError(`policy: budget must be >= 0 wei, got ${budget}`);
  const roles = new Map(context.participants.map((p) => [p.operator.toLowerCase(), p]));
  const stakeOf = (operator: Address, role: "trainer" | "validator") => {
    const p = roles.get(operator.toLowerCase());
    if (p === undefined || p.role !== role) throw new InvalidInputError(`policy: ${operator} is not a ${role} participant of the round`);
    return p.stake;
  };
  const trainers = context.messages.submissions
    .map((s) => ({ operator: getAddress(s.trainer), stake: stakeOf(s.trainer, "trainer") }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));
  const revealed = context.messages.scores
    .map((s) => {
      const byKey = new Map([...s.scores].map(([t, score]) => [t.toLowerCase(), score]));
      const scores = trainers.map((t) => {
        const score = byKey.get(t.operator.toLowerCase());
        if (score === undefined || score < 0n || score > MAX_SCORE) {
          throw new InvalidInputError(`policy: validator ${s.validator} has no score in [0, ${MAX_SCORE}] for trainer ${t.operator}`);
        }
        return score;
      });
      return { operator: getAddress(s.validator), stake: stakeOf(s.validator, "validator"), scores };
    })
    .sort((a, b) => compareAddresses(a.operator, b.operator));
  const missing = context.messages.missingReveals
    .map((v) => ({ operator: getAddress(v), stake: stakeOf(v, "validator") }))
    .sort((a, b) => compareAddresses(a.operator, b.operator));
  const previous = _previousRecords(context.previousState);

  const validatorPool = (budget * params.validatorShareBps) / BPS;
  const trainerPool = budget - validatorPool;
  const judging = trainers.length > 0;

  // R1–R2: consensus, MAD and threshold per trainer
  const consensus = trainers.map((_, t) => weightedMedian(revealed.map((v) => ({ stake: v.stake, value: v.scores[t]! }))));
  // the honest spread: each validator's median deviation over the trainers, then their stake-weighted median (a
  // minority cannot widen it much: honest validators' medians sit close together, so the minority only moves the
  // pick among them)
  const medianDeviations = revealed.map((v) => weightedMedian(v.scores.map((score, t) => ({ stake: 1n, value: absBigint(score - consensus[t]!) }))));
  const spread = weightedMedian(revealed.map((v, i) => ({ stake: v.stake, value: medianDeviations[i]! })));
  const threshold = maxBigint(params.deviationFloor, (spread * params.madMultiplierBps) / BPS);
  // a uniform bias hides under any per-trainer threshold; its mean over T trainers has a standard error √T smaller
  const biasThreshold =
    trainers.length === 0 ? 0n : (maxBigint(params.deviationFloor, (spread * params.biasMultiplierBps) / BPS) * 1000n) / isqrt(BigInt(trainers.length) * 1_000_000n);

  // R3: offences and quality
  type Judged = Omit<ConsensusV2Validator, "evidence" | "record" | "slashed" | "weight" | "reward"> & { outside: boolean[]; biased: boolean };
  const judged: Judged[] = [];
  if (judging) {
    for (const v of revealed) {
      let maxDeviation = 0n;
      let outliers = 0n;
      const outside: boolean[] = [];
      let penalty = 0n;
      let signed = 0n;
      v.scores.forEach((score, t) => {
        signed += score - consensus[t]!;
        const d = absBigint(score - consensus[t]!);
        const theta = threshold;
        if (d > maxDeviation) maxDeviation = d;
        outside.push(d > theta);
        if (d > theta) outliers += 1n;
        else if (theta > 0n) penalty += (d * MAX_SCORE) / theta;
      });
      const bias = absBigint(signed) / BigInt(trainers.length);
      const offence = outliers > 0n || bias > biasThreshold;
      const quality = offence ? 0n : MAX_SCORE - penalty / BigInt(trainers.length);
      judged.push({ operator: v.operator, stake: v.stake, revealed: true, maxDeviation, outliers, bias, offence, quality, outside, biased: bias > biasThreshold });
    }
    for (const v of missing) {
      judged.push({ operator: v.operator, stake: v.stake, revealed: false, maxDeviation: 0n, outliers: 0n, bias: 0n, offence: true, quality: 0n, outside: [], biased: false });
    }
    judged.sort((a, b) => compareAddresses(a.operator, b.operator));
  }

  // R4: contested per trainer. A trainer's consensus is backed iff the validators within θ of it hold a quorum of
  // the judged stake; an outlier on a backed trainer is evidence, one on an unbacked trainer is not (the outlier may
  // be the honest side). The bias test is backed iff the validators without a bias offence hold a quorum.
  const judgedStake = judged.reduce((sum, v) => sum + v.stake, 0n);
  const agreeingStake = judged.filter((v) => !v.offence).reduce((sum, v) => sum + v.stake, 0n);
  const backed = (within: bigint) => judgedStake === 0n || within * BPS >= params.quorumBps * judgedStake;
  const trainerBacked = trainers.map((_, t) => backed(judged.filter((v) => v.revealed && !v.outside[t]).reduce((sum, v) => sum + v.stake, 0n)));
  const biasBacked = backed(judged.filter((v) => v.revealed && !v.biased).reduce((sum, v) => sum + v.stake, 0n));
  const contestedTrainers = trainers.filter((_, t) => !trainerBacked[t]).map((t) => t.operator);
  const biasContested = judging && !biasBacked;
  const contested = contestedTrainers.length > 0 || biasContested;
  // nothing backed at all (every trainer and the bias test contested): only missing reveals move the records
  const anyBacked = trainerBacked.some((b) => b) || (judging && biasBacked);

  // R5–R6: records and slashes
  const records = new Map(previous);
  const validators: ConsensusV2Validator[] = [];
  const slashes: Slash[] = [];
  for (const v of judged) {
    const before = previous.get(v.operator) ?? 0n;
    const evidence = !v.revealed || v.outside.some((out, t) => out && trainerBacked[t]) || (v.biased && biasBacked);
    // the record moves on evidence (a missing reveal is one whatever the consensus), or decays for a validator without
    // any offence when something is backed; an offence only on unbacked parts leaves it as it was (undecided)
    const counts = evidence || (anyBacked && !v.offence);
    const record = counts ? (before * (BPS - params.recordWeightBps) + (evidence ? BPS : 0n) * params.recordWeightBps) / BPS : before;
    records.set(v.operator, record);
    const slashed = anyBacked && evidence && record >= params.slashRecordBps;
    if (slashed) slashes.push({ operator: v.operator, bps: params.slashBps });
    const { outside: _outside, biased: _biased, ...shown } = v;
    validators.push({ ...shown, evidence, record, slashed, weight: v.stake * v.quality, reward: 0n });
  }

  // R7: rewards
  const trainerWeights = trainers.map((t, i) => consensus[i]! * powFrac(t.stake, params.stakeAlphaBps));
  const trainerRewards = proRata(trainerPool, trainerWeights);
  const validatorRewards = proRata(validatorPool, validators.map((v) => v.weight));
  validators.forEach((v, i) => (v.reward = validatorRewards[i]!));

  const report: ConsensusV2Report = {
    trainers: trainers.map((t, i) => ({
      operator: t.operator,
      stake: t.stake,
      consensusScore: consensus[i]!,
      weight: trainerWeights[i]!,
      reward: trainerRewards[i]!,
    })),
    validators,
    validatorPool,
    trainerPool,
    spread,
    threshold,
    biasThreshold,
    judgedStake,
    agreeingStake,
    contestedTrainers,
    biasContested,
    contested,
  };
  const state: ConsensusV2State = {
    records: [...records.entries()]
      .filter(([, r]) => r > 0n)
      .map(([validator, recordBps]) => ({ validator, recordBps }))
      .sort((a, b) => compareAddresses(a.validator, b.validator)),
  };
  return { report, state, slashes };
}

// ------------------------------------------------------------------ helpers

function _previousRecords(state: JsonValue | null): Map<Address, bigint> {
  if (state === null) return new Map();
  const parsed = StateSchema.safeParse(state);
  if (!parsed.success) throw new InvalidInputError(`policy: previous state is not an ${AERIE_CONSENSUS_V2} state ({records: [{validator, recordBps}]})`);
  const records = new Map<Address, bigint>();
  for (const r of parsed.data.records) {
    if (r.recordBps > BPS) throw new InvalidInputError(`policy: previous record of ${r.validator} is ${r.recordBps} bps, above 10000`);
    records.set(r.validator, r.recordBps);
  }
  return records;
}
