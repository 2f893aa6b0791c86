// `npm run sim`: a seeded, deterministic simulation of the reward policies (issue 9, item 7). It runs the policies'
// own `compute` functions over many rounds of modelled validator behaviour and writes bench/mechanism.json and the
// results table of docs/MECHANISM.md (between the `sim:begin` / `sim:end` markers), v1 and v2 side by side.
//
// The behaviour model (noise, drift, dishonesty types) uses floating-point random numbers; every number handed to a
// policy is an integer (bigint), so the policies run exactly as in production. The goals are fixed targets from the
// issue; the harness reports each figure as measured, met or not.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Address, Hex } from "viem";

import type { JsonValue } from "../src/lib/canonical";
import { MAX_SCORE } from "../src/aggregator/constants";
import { aerieConsensusV1Policy } from "../src/aggregator/policy/aerieConsensusV1";
import { aerieConsensusV2Policy } from "../src/aggregator/policy/aerieConsensusV2";
import type { Policy, PolicyContext, PolicyParticipant } from "../src/aggregator/policy/types";

// ------------------------------------------------------------------ configuration

const SEED = 20_261_201;
const ROOT = join(__dirname, "..");
const E18 = 10n ** 18n;
const BUDGET = 1000n * E18;
const TRAINERS = 10;
const VALIDATORS = 10;
const DISHONEST = 3; // of VALIDATORS, 30 % of the stake (equal stakes)
const ROUNDS = 10; // rounds per trial (records carry across them)
const TRIALS = 60; // trials per (σ, dishonesty type)
const DRIFT = 50_000; // per-round drift of a trainer's true quality (score units, σ of a normal step)
const SIGMAS = [10_000, 30_000, 50_000, 100_000];
const TYPES = ["biased", "boost-one", "noise", "constant", "random"] as const;
type Dishonesty = (typeof TYPES)[number];
const BIAS = 150_000; // "biased": + v1's deviation threshold on every trainer
const NOISE = 150_000; // "noise": σ of a careless validator
const COALITION_FRACTIONS = [10, 30, 49, 50, 51];
const COALITION_ROUNDS = 200;

const V1_SPEC = JSON.parse(readFileSync(join(ROOT, "examples/tasks/image-classifier.json"), "utf8")) as { policy: unknown };
const V2_SPEC = JSON.parse(readFileSync(join(ROOT, "examples/tasks/image-classifier-v2.json"), "utf8")) as { policy: Record<string, unknown> };

type Variant = { name: string; policy: Policy<unknown>; params: unknown };
const V1: Variant = { name: "v1", policy: aerieConsensusV1Policy as Policy<unknown>, params: aerieConsensusV1Policy.parseParams(V1_SPEC.policy) };
const V2: Variant = { name: "v2", policy: aerieConsensusV2Policy as Policy<unknown>, params: aerieConsensusV2Policy.parseParams(V2_SPEC.policy) };
const V2_ALPHA_HALF: Variant = { ...V2, name: "v2 (α = 0.5)", params: aerieConsensusV2Policy.parseParams({ ...V2_SPEC.policy, stakeAlphaBps: 5000 }) };

// ------------------------------------------------------------------ randomness

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

function clipScore(x: number): bigint {
  return BigInt(Math.round(Math.min(Number(MAX_SCORE), Math.max(0, x))));
}

// ------------------------------------------------------------------ the modelled round

function address(n: number): Address {
  return `0x${n.toString(16).padStart(40, "0")}` as Address;
}
const TRAINER = (i: number) => address(0x1000 + i);
const VALIDATOR = (i: number) => address(0x2000 + i);
const ZERO_SEED = `0x${"00".repeat(32)}` as Hex;

type RoundSetup = {
  trainerStakes: bigint[];
  validatorStakes: bigint[];
  /** Per validator: its scores (one per trainer), or `null` for a missing / mismatched reveal. */
  scores: (bigint[] | null)[];
};

type RoundOutcome = {
  rewards: Map<string, bigint>;
  slashed: Set<string>;
  consensus: bigint[];
  flags: string[];
  state: JsonValue | null;
  /** v2's per-trainer threshold θ (score units), 0 for v1. */
  threshold: number;
};

function runRound(variant: Variant, setup: RoundSetup, previousState: JsonValue | null): RoundOutcome {
  const participants: PolicyParticipant[] = [
    ...setup.trainerStakes.map((stake, i) => ({ operator: TRAINER(i), role: "trainer" as const, stake })),
    ...setup.validatorStakes.map((stake, i) => ({ operator: VALIDATOR(i), role: "validator" as const, stake })),
  ];
  const trainers = setup.trainerStakes.map((_, i) => TRAINER(i));
  const context: PolicyContext<unknown> = {
    budget: BUDGET,
    params: variant.params,
    round: 0n,
    seed: ZERO_SEED,
    participants,
    messages: {
      submissions: trainers.map((t) => ({ trainer: t, modelHash: ZERO_SEED, modelURI: "" })),
      scores: setup.scores.flatMap((s, v) => (s === null ? [] : [{ validator: VALIDATOR(v), scores: new Map(trainers.map((t, i) => [t, s[i]!])) }])),
      modelUpdates: [],
      votes: [],
      missingReveals: setup.scores.flatMap((s, v) => (s === null ? [VALIDATOR(v)] : [])),
    },
    previousState,
  };
  const result = variant.policy.compute(context);
  const report = result.report as { trainers: { consensusScore: string }[]; threshold?: string };
  return {
    rewards: new Map(result.operatorRewards.map((r) => [r.operator.toLowerCase(), r.reward])),
    slashed: new Set(result.slashes.map((s) => s.operator.toLowerCase())),
    consensus: report.trainers.map((t) => BigInt(t.consensusScore)),
    flags: result.flags,
    state: result.state,
    threshold: Number(report.threshold ?? 0),
  };
}

function perStake(outcome: RoundOutcome, v: number, stake: bigint): number {
  return Number(((outcome.rewards.get(VALIDATOR(v).toLowerCase()) ?? 0n) * 10n ** 12n) / stake) / 1e12;
}

function honestScores(quality: number[], sigma: number, random: () => number): bigint[] {
  return quality.map((q) => clipScore(q + sigma * gaussian(random)));
}

function dishonestScores(type: Dishonesty, quality: number[], sigma: number, random: () => number): bigint[] {
  switch (type) {
    case "biased":
      return quality.map((q) => clipScore(q + BIAS + sigma * gaussian(random)));
    case "boost-one":
      return quality.map((q, i) => (i === 0 ? MAX_SCORE : clipScore(q + sigma * gaussian(random))));
    case "noise":
      return quality.map((q) => clipScore(q + NOISE * gaussian(random)));
    case "constant":
      return quality.map(() => 500_000n);
    case "random":
      return quality.map(() => clipScore(random() * Number(MAX_SCORE)));
  }
}

function initialQuality(random: () => number, count = TRAINERS): number[] {
  return Array.from({ length: count }, () => 200_000 + random() * 600_000);
}

function drift(quality: number[], random: () => number): number[] {
  return quality.map((q) => Math.min(950_000, Math.max(50_000, q + DRIFT * gaussian(random))));
}

// ------------------------------------------------------------------ experiments

type Rate = { count: number; total: number; rate: number };
const rate = (count: number, total: number): Rate => ({ count, total, rate: total === 0 ? 0 : count / total });

/** Honest vs a dishonest minority of one type, over ROUNDS-round trials: out-earn, false positives, escapes. */
function dishonestyRuns(variant: Variant, sigma: number, type: Dishonesty | null, seed: number) {
  const random = rng(seed);
  let outEarn = 0;
  let rounds = 0;
  let honestSlashed = 0;
  let honestRounds = 0;
  let dishonestSlashedRounds = 0;
  let dishonestRounds = 0;
  let escapedAfter3 = 0;
  let dishonestValidators = 0;
  const stakes = Array.from({ length: VALIDATORS }, () => 100n * E18);
  const dishonestCount = type === null ? 0 : DISHONEST;
  for (let trial = 0; trial < TRIALS; trial++) {
    let quality = initialQuality(random);
    const trainerStakes = quality.map(() => BigInt(50 + Math.floor(random() * 100)) * E18);
    let state: JsonValue | null = null;
    const caught = new Array<boolean>(dishonestCount).fill(false);
    for (let r = 0; r < ROUNDS; r++) {
      const scores = stakes.map((_, v) => (v < dishonestCount ? dishonestScores(type!, quality, sigma, random) : honestScores(quality, sigma, random)));
      const out = runRound(variant, { trainerStakes, validatorStakes: stakes, scores }, state);
      state = out.state;
      const honestMean = mean(stakes.slice(dishonestCount).map((s, i) => perStake(out, i + dishonestCount, s)));
      if (dishonestCount > 0) {
        const dishonestMean = mean(stakes.slice(0, dishonestCount).map((s, i) => perStake(out, i, s)));
        if (honestMean > dishonestMean) outEarn++;
        rounds++;
      }
      for (let v = 0; v < VALIDATORS; v++) {
        const slashed = out.slashed.has(VALIDATOR(v).toLowerCase());
        if (v < dishonestCount) {
          dishonestRounds++;
          if (slashed) dishonestSlashedRounds++;
          if (slashed && r < 3) caught[v] = true;
        } else {
          honestRounds++;
          if (slashed) honestSlashed++;
        }
      }
      quality = drift(quality, random);
    }
    dishonestValidators += dishonestCount;
    escapedAfter3 += caught.filter((c) => !c).length;
  }
  return {
    honestOutEarn: rate(outEarn, rounds),
    honestSlashed: rate(honestSlashed, honestRounds),
    dishonestSlashedPerRound: rate(dishonestSlashedRounds, dishonestRounds),
    dishonestEscapedAfter3Rounds: rate(escapedAfter3, dishonestValidators),
  };
}

/** A coalition holding `percent` % of the validator stake reports 0 (or MAX) for every trainer. */
function coalitionRuns(variant: Variant, percent: number, seed: number) {
  const random = rng(seed);
  const total = 10_000n;
  const coalitionStake = (total * BigInt(percent)) / 100n;
  const split = (amount: bigint, parts: number) => Array.from({ length: parts }, (_, i) => amount / BigInt(parts) + (BigInt(i) < amount % BigInt(parts) ? 1n : 0n));
  const stakes = [...split(coalitionStake, DISHONEST), ...split(total - coalitionStake, VALIDATORS - DISHONEST)].map((s) => s * E18);
  let maxOutside = 0n;
  let maxShift = 0n;
  // the least worst-case move any rule can guarantee when the coalition's reports could as well be the honest ones
  // (docs/MECHANISM.md, "an exact half"): half the gap between the two groups, rounded up to a whole score unit
  let maxHalfGap = 0n;
  let honestSlashed = 0;
  let honestRounds = 0;
  let contested = 0;
  for (let r = 0; r < COALITION_ROUNDS; r++) {
    const quality = initialQuality(random);
    const trainerStakes = quality.map(() => 100n * E18);
    const push = r % 2 === 0 ? 0n : MAX_SCORE;
    const honest = stakes.slice(DISHONEST).map(() => honestScores(quality, 30_000, random));
    const scores = [...stakes.slice(0, DISHONEST).map(() => quality.map(() => push)), ...honest];
    const out = runRound(variant, { trainerStakes, validatorStakes: stakes, scores }, null);
    const honestOnly = runRound(variant, { trainerStakes, validatorStakes: stakes.slice(DISHONEST), scores: honest }, null);
    out.consensus.forEach((c, t) => {
      const column = honest.map((h) => h[t]!);
      const lo = column.reduce((a, b) => (a < b ? a : b));
      const hi = column.reduce((a, b) => (a > b ? a : b));
      const outside = c < lo ? lo - c : c > hi ? c - hi : 0n;
      const gap = push < lo ? lo - push : push > hi ? push - hi : 0n;
      if ((gap + 1n) / 2n > maxHalfGap) maxHalfGap = (gap + 1n) / 2n;
      if (outside > maxOutside) maxOutside = outside;
      const shift = c > honestOnly.consensus[t]! ? c - honestOnly.consensus[t]! : honestOnly.consensus[t]! - c;
      if (shift > maxShift) maxShift = shift;
    });
    for (let v = DISHONEST; v < VALIDATORS; v++) {
      honestRounds++;
      if (out.slashed.has(VALIDATOR(v).toLowerCase())) honestSlashed++;
    }
    if (out.flags.includes("contested")) contested++;
  }
  return { percent, maxOutsideHonestRange: Number(maxOutside), halfGap: Number(maxHalfGap), maxShift: Number(maxShift), honestSlashed: rate(honestSlashed, honestRounds), contestedRounds: rate(contested, COALITION_ROUNDS) };
}

/**
 * One copier among honest validators (σ = 50k): "live" reports the median of the others' current scores (under v2
 * commit–reveal it cannot see them before committing, so what it reveals cannot match: a missing reveal); "previous"
 * reports the previous round's consensus. Payoff = copier's mean reward per stake ÷ the honest mean.
 */
function copyRuns(variant: Variant, strategy: "live" | "previous", seed: number) {
  const random = rng(seed);
  const stakes = Array.from({ length: VALIDATORS }, () => 100n * E18);
  const commitReveal = variant.policy.messages.includes("scoresCommit");
  let copier = 0;
  let honest = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    let quality = initialQuality(random);
    const trainerStakes = quality.map(() => 100n * E18);
    let state: JsonValue | null = null;
    let previousConsensus: bigint[] | null = null;
    for (let r = 0; r < ROUNDS; r++) {
      const others = stakes.slice(1).map(() => honestScores(quality, 50_000, random));
      let mine: bigint[] | null;
      if (strategy === "live") {
        mine = commitReveal ? null : quality.map((_, t) => lowerMedian(others.map((o) => o[t]!)));
      } else {
        mine = previousConsensus ?? honestScores(quality, 50_000, random); // first round: it has to evaluate once
      }
      const out = runRound(variant, { trainerStakes, validatorStakes: stakes, scores: [mine, ...others] }, state);
      state = out.state;
      if (r > 0) {
        copier += perStake(out, 0, stakes[0]!);
        honest += mean(stakes.slice(1).map((s, i) => perStake(out, i + 1, s)));
      }
      previousConsensus = out.consensus;
      quality = drift(quality, random);
    }
  }
  return { strategy, payoffVsHonest: honest === 0 ? 0 : copier / honest };
}

/**
 * Sybil splits: a trainer splitting its stake over two identities (same model, same scores); a validator doing the
 * same; and a boost-one validator adding two 1-token sybil trainers it scores honestly, to dilute its deviation
 * (v1 averages deviation over trainers). Ratios: split ÷ unsplit reward; slash rates within 3 rounds.
 */
function sybilRuns(variant: Variant, seed: number) {
  const random = rng(seed);
  const stakes = Array.from({ length: VALIDATORS }, () => 100n * E18);
  let trainerSplit = 0;
  let trainerWhole = 0;
  let validatorSplit = 0;
  let validatorWhole = 0;
  let caughtPlain = 0;
  let caughtDiluted = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    const quality = initialQuality(random, 3);
    const scores = stakes.map(() => honestScores(quality, 30_000, random));
    // trainer 0 whole vs split into 0a + 0b (same quality, the validators score both alike)
    const whole = runRound(variant, { trainerStakes: [100n * E18, 100n * E18, 100n * E18], validatorStakes: stakes, scores }, null);
    const split = runRound(
      variant,
      { trainerStakes: [50n * E18, 50n * E18, 100n * E18, 100n * E18], validatorStakes: stakes, scores: scores.map((s) => [s[0]!, s[0]!, s[1]!, s[2]!]) },
      null,
    );
    trainerWhole += Number((whole.rewards.get(TRAINER(0).toLowerCase()) ?? 0n) / 10n ** 9n);
    trainerSplit += Number(((split.rewards.get(TRAINER(0).toLowerCase()) ?? 0n) + (split.rewards.get(TRAINER(1).toLowerCase()) ?? 0n)) / 10n ** 9n);
    // validator 0 whole vs split into two halves reporting the same scores
    const vSplit = runRound(variant, { trainerStakes: [100n * E18, 100n * E18, 100n * E18], validatorStakes: [50n * E18, 50n * E18, ...stakes.slice(1)], scores: [scores[0]!, ...scores] }, null);
    validatorWhole += Number((whole.rewards.get(VALIDATOR(0).toLowerCase()) ?? 0n) / 10n ** 9n);
    validatorSplit += Number(((vSplit.rewards.get(VALIDATOR(0).toLowerCase()) ?? 0n) + (vSplit.rewards.get(VALIDATOR(1).toLowerCase()) ?? 0n)) / 10n ** 9n);
    // boost-one dilution: three rounds each, without and with two 1-token sybil trainers
    for (const diluted of [false, true]) {
      let state: JsonValue | null = null;
      let caught = false;
      for (let r = 0; r < 3; r++) {
        const q = diluted ? [...initialQuality(random, 3), ...initialQuality(random, 2)] : initialQuality(random, 3);
        const s = stakes.map((_, v) => (v === 0 ? q.map((x, i) => (i === 0 ? MAX_SCORE : clipScore(x + 30_000 * gaussian(random)))) : honestScores(q, 30_000, random)));
        const ts = q.map((_, i) => (i >= 3 ? E18 : 100n * E18));
        const out = runRound(variant, { trainerStakes: ts, validatorStakes: stakes, scores: s }, state);
        state = out.state;
        if (out.slashed.has(VALIDATOR(0).toLowerCase())) caught = true;
      }
      if (caught && diluted) caughtDiluted++;
      if (caught && !diluted) caughtPlain++;
    }
  }
  return {
    trainerSplitRatio: trainerSplit / trainerWhole,
    validatorSplitRatio: validatorSplit / validatorWhole,
    boostOneCaughtWithin3: rate(caughtPlain, TRIALS),
    boostOneCaughtWithin3WithTwoSybilTrainers: rate(caughtDiluted, TRIALS),
  };
}

// ------------------------------------------------------------------ colluding blocs (findings of issue 9, items 2–3)

const BLOC_SHARES = [30, 49];
const BLOC_SIGMA = 50_000;
const BLOC_HONEST = 10; // honest validators, 100 tokens each; the bloc's stake makes up its share of the total
const BLOC_MEMBERS = 3;
const BLOC_STRATEGIES = ["honest estimate", "uniform bias +40k", "own trainer +150k", "far: +150k everywhere"] as const;
type BlocStrategy = (typeof BLOC_STRATEGIES)[number];
const BLOC_BIAS = 40_000;
const BLOC_BOOST = 150_000; // 3 σ: just above the honest reports' range

/** Stake of a bloc holding `percent` % of the total next to BLOC_HONEST × 100 tokens, split over `members` (wei). */
function blocStakes(percent: number, members: number): bigint[] {
  const honestTotal = BigInt(BLOC_HONEST) * 100n * E18;
  const total = (honestTotal * BigInt(percent)) / BigInt(100 - percent);
  return Array.from({ length: members }, (_, i) => total / BigInt(members) + (i === 0 ? total % BigInt(members) : 0n));
}

type BlocTally = {
  honestSlashed: number;
  honestRounds: number;
  blocSlashed: number;
  blocRounds: number;
  honestReward: number;
  blocReward: number;
  rounds: number;
  threshold: number;
};

/**
 * Runs TRIALS × ROUNDS rounds with BLOC_HONEST honest validators (noise σ) and extra validators of the given stakes
 * whose scores `extra(quality, random)` returns; tallies slashes and rewards per token for both groups.
 */
function blocTrials(variant: Variant, stakes: bigint[], extra: (quality: number[], random: () => number) => bigint[][], seed: number): BlocTally {
  const random = rng(seed);
  const validatorStakes = [...Array.from({ length: BLOC_HONEST }, () => 100n * E18), ...stakes];
  const extraTotal = stakes.reduce((a, b) => a + b, 0n);
  const t: BlocTally = { honestSlashed: 0, honestRounds: 0, blocSlashed: 0, blocRounds: 0, honestReward: 0, blocReward: 0, rounds: 0, threshold: 0 };
  for (let trial = 0; trial < TRIALS; trial++) {
    let quality = initialQuality(random);
    const trainerStakes = quality.map(() => 100n * E18);
    let state: JsonValue | null = null;
    for (let r = 0; r < ROUNDS; r++) {
      const honest = Array.from({ length: BLOC_HONEST }, () => honestScores(quality, BLOC_SIGMA, random));
      const out = runRound(variant, { trainerStakes, validatorStakes, scores: [...honest, ...extra(quality, random)] }, state);
      state = out.state;
      let blocWei = 0n;
      validatorStakes.forEach((stake, v) => {
        const slashed = out.slashed.has(VALIDATOR(v).toLowerCase());
        if (v < BLOC_HONEST) {
          t.honestRounds++;
          if (slashed) t.honestSlashed++;
        } else {
          t.blocRounds++;
          if (slashed) t.blocSlashed++;
          blocWei += out.rewards.get(VALIDATOR(v).toLowerCase()) ?? 0n;
        }
      });
      t.honestReward += mean(validatorStakes.slice(0, BLOC_HONEST).map((s, v) => perStake(out, v, s)));
      t.blocReward += Number((blocWei * 10n ** 12n) / extraTotal) / 1e12;
      t.rounds++;
      t.threshold += out.threshold;
      quality = drift(quality, random);
    }
  }
  return t;
}

const blocRow = (t: BlocTally) => ({
  honestSlashed: rate(t.honestSlashed, t.honestRounds),
  blocSlashed: rate(t.blocSlashed, t.blocRounds),
  blocPerStake: t.blocReward / t.rounds,
  honestPerStake: t.honestReward / t.rounds,
  meanThreshold: Math.round(t.threshold / t.rounds),
});

/**
 * A tight bloc of BLOC_MEMBERS identities works from one shared evaluation (quality + noise σ/2) and reports, per
 * member, that evaluation plus a small jitter (σ/20): (a) as it is, (b) + 40k on every trainer, (c) + 150k on its own
 * trainer (trainer 0), (d) + 150k on every trainer (a far bloc trying to inflate the threshold). Item 2 of the
 * issue-9 findings.
 */
function blocRuns(variant: Variant, percent: number, strategy: BlocStrategy, seed: number) {
  const stakes = blocStakes(percent, BLOC_MEMBERS);
  const extra = (quality: number[], random: () => number) => {
    const shared = quality.map((q) => q + (BLOC_SIGMA / 2) * gaussian(random));
    return stakes.map(() =>
      shared.map((x, t) => {
        const lie =
          strategy === "uniform bias +40k" ? BLOC_BIAS : strategy === "far: +150k everywhere" || (strategy === "own trainer +150k" && t === 0) ? BLOC_BOOST : 0;
        return clipScore(x + lie + (BLOC_SIGMA / 20) * gaussian(random));
      }),
    );
  };
  return { percent, strategy, ...blocRow(blocTrials(variant, stakes, extra, seed)) };
}

/**
 * The same stake held by one honest identity (a whale) or split over 12 honest identities, each evaluating on its
 * own (noise σ). Item 3 of the findings: merging should pay no more than splitting.
 */
function whaleRuns(variant: Variant, percent: number, identities: number, seed: number) {
  const stakes = blocStakes(percent, identities);
  const extra = (quality: number[], random: () => number) => stakes.map(() => honestScores(quality, BLOC_SIGMA, random));
  return { percent, identities, ...blocRow(blocTrials(variant, stakes, extra, seed)) };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function lowerMedian(xs: bigint[]): bigint {
  const sorted = [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

// ------------------------------------------------------------------ main

function simulate(variant: Variant, seedBase: number) {
  const bySigma = SIGMAS.map((sigma, si) => {
    const byType = Object.fromEntries(TYPES.map((type, ti) => [type, dishonestyRuns(variant, sigma, type, seedBase + 100 * si + ti)]));
    const allHonest = dishonestyRuns(variant, sigma, null, seedBase + 100 * si + 99);
    const outEarn = Object.values(byType).map((r) => r.honestOutEarn);
    const honestSlashed = [...Object.values(byType).map((r) => r.honestSlashed)];
    return {
      sigma,
      honestOutEarn: rate(sum(outEarn.map((r) => r.count)), sum(outEarn.map((r) => r.total))),
      honestSlashedWithDishonestMinority: rate(sum(honestSlashed.map((r) => r.count)), sum(honestSlashed.map((r) => r.total))),
      honestSlashedAllHonest: allHonest.honestSlashed,
      byType,
    };
  });
  return {
    coalition: COALITION_FRACTIONS.map((p, i) => coalitionRuns(variant, p, seedBase + 1000 + i)),
    bySigma,
    copying: {
      live: copyRuns(variant, "live", seedBase + 2000).payoffVsHonest,
      previous: copyRuns(variant, "previous", seedBase + 2001).payoffVsHonest,
    },
    sybil: sybilRuns(variant, seedBase + 3000),
    blocs: BLOC_SHARES.flatMap((p, pi) => BLOC_STRATEGIES.map((st, si) => blocRuns(variant, p, st, seedBase + 4000 + 10 * pi + si))),
    whales: BLOC_SHARES.flatMap((p, pi) => [1, 12].map((n) => whaleRuns(variant, p, n, seedBase + 5000 + 10 * pi + n))),
  };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

type Result = ReturnType<typeof simulate>;

function goals(v2: Result, v2Half: ReturnType<typeof sybilRuns>) {
  const s50 = v2.bySigma.find((s) => s.sigma === 50_000)!;
  const worstOutside = Math.max(...v2.coalition.filter((c) => c.percent <= 50).map((c) => c.maxOutsideHonestRange));
  const worstOutsideBelowHalf = Math.max(...v2.coalition.filter((c) => c.percent < 50).map((c) => c.maxOutsideHonestRange));
  const half = v2.coalition.find((c) => c.percent === 50)!;
  const escapes = Math.max(s50.byType["biased"]!.dishonestEscapedAfter3Rounds.rate, s50.byType["boost-one"]!.dishonestEscapedAfter3Rounds.rate);
  const honestSlashed = Math.max(s50.honestSlashedWithDishonestMinority.rate, s50.honestSlashedAllHonest.rate);
  const copy = Math.max(v2.copying.live, v2.copying.previous);
  const sybil = Math.max(Math.abs(v2.sybil.trainerSplitRatio - 1), Math.abs(v2.sybil.validatorSplitRatio - 1));
  const blocHonestSlashed = Math.max(...v2.blocs.map((b) => b.honestSlashed.rate));
  const merge = (p: number) => {
    const one = v2.whales.find((w) => w.percent === p && w.identities === 1)!;
    const twelve = v2.whales.find((w) => w.percent === p && w.identities === 12)!;
    return one.blocPerStake / twelve.blocPerStake;
  };
  const merges = BLOC_SHARES.map(merge);
  return [
    {
      figure: "score move outside the honest range by ≤ 50 % of stake (score units)",
      goal: "0",
      measured: `${worstOutside} (< 50 %: ${worstOutsideBelowHalf}; at 50 %: ${half.maxOutsideHonestRange}, the least any rule can guarantee there is half the gap, ${half.halfGap})`,
      met: worstOutside === 0,
      ...(worstOutside === 0
        ? {}
        : {
            reason:
              worstOutsideBelowHalf === 0 && half.maxOutsideHonestRange <= half.halfGap
                ? "impossible at exactly 50 %: the same reports arise when either half is the honest one, so no rule keeps the score inside both halves' ranges (docs/MECHANISM.md, \"An exact half\"); the tie's midpoint is the least worst-case move"
                : "a coalition below 50 % moved a score, or the move at 50 % exceeds half the gap: a bug in the rule",
          }),
    },
    { figure: "honest out-earn dishonest per stake, σ = 50k", goal: "≥ 99 %", measured: pct(s50.honestOutEarn.rate), met: s50.honestOutEarn.rate >= 0.99 },
    { figure: "honest slashed, σ = 50k (worst of: minority present, all honest)", goal: "≤ 0.1 %", measured: pct(honestSlashed), met: honestSlashed <= 0.001 },
    { figure: "biased or boost-one dishonest escaping after 3 rounds, σ = 50k", goal: "≤ 5 %", measured: pct(escapes), met: escapes <= 0.05 },
    { figure: "copying (live median / previous consensus) ÷ honest", goal: "≤ 1", measured: `${v2.copying.live.toFixed(3)} / ${v2.copying.previous.toFixed(3)}`, met: copy <= 1 },
    {
      figure: "sybil splits (trainer, validator) ÷ unsplit",
      goal: "1 (neutral)",
      measured: `${v2.sybil.trainerSplitRatio.toFixed(4)}, ${v2.sybil.validatorSplitRatio.toFixed(4)} (α = 0.5: trainer ${v2Half.trainerSplitRatio.toFixed(4)})`,
      met: sybil <= 0.001,
    },
    {
      figure: "honest slashed next to a tight colluding bloc of 30 % / 49 % (σ = 50k, worst of the four strategies)",
      goal: "≤ 0.1 %",
      measured: pct(blocHonestSlashed),
      met: blocHonestSlashed <= 0.001,
    },
    {
      figure: "stake in one identity ÷ the same stake in 12 honest identities, per stake (30 %, 49 %; met within ±5 %, the trials' noise)",
      goal: "1 (neutral)",
      measured: merges.map((m) => m.toFixed(3)).join(", "),
      met: merges.every((m) => Math.abs(m - 1) <= 0.05),
    },
  ];
}

function pct(x: number): string {
  return `${(100 * x).toFixed(x < 0.01 && x > 0 ? 3 : 1)} %`;
}

function table(v1: Result, v2: Result, goalRows: ReturnType<typeof goals>, v2Half: ReturnType<typeof sybilRuns>): string {
  const lines: string[] = [];
  lines.push(`Seed ${SEED}; ${VALIDATORS} validators (equal stake, ${DISHONEST} dishonest = 30 %), ${TRAINERS} trainers, ${ROUNDS}-round trials × ${TRIALS} per cell, trainer quality drifting by σ ${DRIFT / 1000}k a round. v1 = \`examples/tasks/image-classifier.json\`, v2 = \`examples/tasks/image-classifier-v2.json\`.`);
  lines.push("");
  lines.push("**Goals (v2)**");
  lines.push("");
  lines.push("| figure | goal | v2 measured | met |");
  lines.push("|---|---|---|---|");
  for (const g of goalRows) lines.push(`| ${g.figure} | ${g.goal} | ${g.measured} | ${g.met ? "yes" : `**no**${"reason" in g ? `: ${g.reason}` : ""}`} |`);
  lines.push("");
  lines.push("**Coalition reporting 0 or 1,000,000 for every trainer (honest σ = 30k, 200 rounds)**");
  lines.push("");
  lines.push("| coalition stake | v1 max outside honest range | v2 max outside honest range | v1 max shift | v2 max shift | v1 honest slashed | v2 honest slashed | v2 contested rounds |");
  lines.push("|---|---|---|---|---|---|---|---|");
  v1.coalition.forEach((c1, i) => {
    const c2 = v2.coalition[i]!;
    lines.push(`| ${c1.percent} % | ${c1.maxOutsideHonestRange} | ${c2.maxOutsideHonestRange} | ${c1.maxShift} | ${c2.maxShift} | ${pct(c1.honestSlashed.rate)} | ${pct(c2.honestSlashed.rate)} | ${pct(c2.contestedRounds.rate)} |`);
  });
  lines.push("");
  lines.push("**Honest vs a 30 % dishonest minority (all five types pooled)**");
  lines.push("");
  lines.push("| σ | v1 honest out-earn | v2 honest out-earn | v1 honest slashed (minority / all honest) | v2 honest slashed (minority / all honest) |");
  lines.push("|---|---|---|---|---|");
  v1.bySigma.forEach((s1, i) => {
    const s2 = v2.bySigma[i]!;
    lines.push(
      `| ${s1.sigma / 1000}k | ${pct(s1.honestOutEarn.rate)} | ${pct(s2.honestOutEarn.rate)} | ${pct(s1.honestSlashedWithDishonestMinority.rate)} / ${pct(s1.honestSlashedAllHonest.rate)} | ${pct(s2.honestSlashedWithDishonestMinority.rate)} / ${pct(s2.honestSlashedAllHonest.rate)} |`,
    );
  });
  lines.push("");
  lines.push("**Slashing by dishonesty type, σ = 50k** (false positive = honest validator-rounds slashed; false negative = dishonest not slashed in rounds 1–3, and per round)");
  lines.push("");
  lines.push("| type | v1 FP | v2 FP | v1 escaped after 3 rounds | v2 escaped after 3 rounds | v1 dishonest slashed per round | v2 dishonest slashed per round | v1 out-earn | v2 out-earn |");
  lines.push("|---|---|---|---|---|---|---|---|---|");
  const s1 = v1.bySigma.find((s) => s.sigma === 50_000)!;
  const s2 = v2.bySigma.find((s) => s.sigma === 50_000)!;
  for (const type of TYPES) {
    const a = s1.byType[type]!;
    const b = s2.byType[type]!;
    lines.push(
      `| ${type} | ${pct(a.honestSlashed.rate)} | ${pct(b.honestSlashed.rate)} | ${pct(a.dishonestEscapedAfter3Rounds.rate)} | ${pct(b.dishonestEscapedAfter3Rounds.rate)} | ${pct(a.dishonestSlashedPerRound.rate)} | ${pct(b.dishonestSlashedPerRound.rate)} | ${pct(a.honestOutEarn.rate)} | ${pct(b.honestOutEarn.rate)} |`,
    );
  }
  lines.push("");
  lines.push("**Copying and sybils** (payoff per stake ÷ an honest evaluator's, σ = 50k; split ÷ unsplit reward)");
  lines.push("");
  lines.push("| figure | v1 | v2 |");
  lines.push("|---|---|---|");
  lines.push(`| copy the live median | ${v1.copying.live.toFixed(3)} | ${v2.copying.live.toFixed(3)} |`);
  lines.push(`| copy the previous consensus | ${v1.copying.previous.toFixed(3)} | ${v2.copying.previous.toFixed(3)} |`);
  lines.push(`| trainer split in two | ${v1.sybil.trainerSplitRatio.toFixed(4)} | ${v2.sybil.trainerSplitRatio.toFixed(4)} (α = 0.5: ${v2Half.trainerSplitRatio.toFixed(4)}) |`);
  lines.push(`| validator split in two | ${v1.sybil.validatorSplitRatio.toFixed(4)} | ${v2.sybil.validatorSplitRatio.toFixed(4)} |`);
  lines.push(`| boost-one caught within 3 rounds | ${pct(v1.sybil.boostOneCaughtWithin3.rate)} | ${pct(v2.sybil.boostOneCaughtWithin3.rate)} |`);
  lines.push(`| … with two 1-token sybil trainers | ${pct(v1.sybil.boostOneCaughtWithin3WithTwoSybilTrainers.rate)} | ${pct(v2.sybil.boostOneCaughtWithin3WithTwoSybilTrainers.rate)} |`);
  lines.push("");
  lines.push(`**A tight colluding bloc** (${BLOC_HONEST} honest validators × 100 tokens, σ = ${BLOC_SIGMA / 1000}k, and a bloc of ${BLOC_MEMBERS} identities sharing one evaluation with noise σ/2, each adding σ/20; per stake = validator reward per token per round)`);
  lines.push("");
  lines.push("| bloc | strategy | v1 honest slashed | v2 honest slashed | v2 bloc slashed | v2 per stake: bloc vs honest | v2 mean θ |");
  lines.push("|---|---|---|---|---|---|---|");
  v2.blocs.forEach((b, i) => {
    const a = v1.blocs[i]!;
    lines.push(`| ${b.percent} % | ${b.strategy} | ${pct(a.honestSlashed.rate)} | ${pct(b.honestSlashed.rate)} | ${pct(b.blocSlashed.rate)} | ${b.blocPerStake.toFixed(3)} vs ${b.honestPerStake.toFixed(3)} | ${b.meanThreshold} |`);
  });
  lines.push("");
  lines.push("**Merging vs splitting stake** (the same stake honest, in one identity or 12 identities evaluating on their own)");
  lines.push("");
  lines.push("| stake | identities | v2 per stake: it vs the others | v2 others slashed | v2 mean θ |");
  lines.push("|---|---|---|---|---|");
  for (const w of v2.whales) lines.push(`| ${w.percent} % | ${w.identities} | ${w.blocPerStake.toFixed(3)} vs ${w.honestPerStake.toFixed(3)} | ${pct(w.honestSlashed.rate)} | ${w.meanThreshold} |`);
  return lines.join("\n");
}

function main(): void {
  const started = Date.now();
  const v1 = simulate(V1, SEED);
  const v2 = simulate(V2, SEED);
  const v2Half = sybilRuns(V2_ALPHA_HALF, SEED + 3000);
  const goalRows = goals(v2, v2Half);
  const out = {
    schema: "aerie-mechanism-sim/1",
    seed: SEED,
    config: { trainers: TRAINERS, validators: VALIDATORS, dishonest: DISHONEST, rounds: ROUNDS, trials: TRIALS, drift: DRIFT, sigmas: SIGMAS, bias: BIAS, noise: NOISE },
    goals: goalRows,
    v1,
    v2,
    v2AlphaHalfSybil: v2Half,
  };
  writeFileSync(join(ROOT, "bench/mechanism.json"), `${JSON.stringify(out, null, 2)}\n`);
  const docPath = join(ROOT, "docs/MECHANISM.md");
  const doc = readFileSync(docPath, "utf8");
  const begin = "<!-- sim:begin -->";
  const end = "<!-- sim:end -->";
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/MECHANISM.md has no ${begin} … ${end} section`);
  writeFileSync(docPath, `${doc.slice(0, i + begin.length)}\n${table(v1, v2, goalRows, v2Half)}\n${doc.slice(j)}`);
  for (const g of goalRows) console.log(`${g.met ? "met " : "MISS"}  ${g.figure}: ${g.measured} (goal ${g.goal})${"reason" in g ? `: ${g.reason}` : ""}`);
  console.log(`wrote bench/mechanism.json and docs/MECHANISM.md in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main();
