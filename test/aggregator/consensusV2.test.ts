import { expect } from "chai";
import { getAddress, type Address } from "viem";

import {
  aerieConsensusV2,
  aerieConsensusV2Policy,
  InvalidInputError,
  MAX_SCORE,
  weightedMedian,
  type ConsensusV2Params,
  type PolicyContext,
} from "../../src/aggregator";
import { powFrac } from "../../src/aggregator/policy/fixedPoint";

// ------------------------------------------------------------------ helpers

const PARAMS: ConsensusV2Params = {
  validatorShareBps: 3000n,
  stakeAlphaBps: 10_000n,
  deviationFloor: 20_000n,
  madMultiplierBps: 50_000n,
  biasMultiplierBps: 50_000n,
  recordWeightBps: 5000n,
  slashRecordBps: 6000n,
  slashBps: 500n,
  quorumBps: 6667n,
  revealWindowSeconds: 1800n,
};

/** Address n (lowercase hex, already a valid checksum since it has no letters). */
function addr(n: number): Address {
  return `0x${n.toString(16).padStart(40, "0")}` as Address;
}
const T = addr(0x100);
const T2 = addr(0x200);

/** One trainer T (stake 1), validators addr(1..n) with the given stakes and their score of T. */
function oneTrainer(
  validators: [stake: bigint, score: bigint][],
  options: { params?: Partial<ConsensusV2Params>; missing?: [stake: bigint][]; previousState?: PolicyContext<ConsensusV2Params>["previousState"]; budget?: bigint } = {},
): PolicyContext<ConsensusV2Params> {
  const missing = options.missing ?? [];
  return {
    budget: options.budget ?? 1000n,
    params: { ...PARAMS, ...options.params },
    round: 0n,
    seed: `0x${"00".repeat(32)}`,
    participants: [
      { operator: T, role: "trainer", stake: 1n },
      ...validators.map(([stake], i) => ({ operator: addr(i + 1), role: "validator" as const, stake })),
      ...missing.map(([stake], i) => ({ operator: addr(validators.length + i + 1), role: "validator" as const, stake })),
    ],
    messages: {
      submissions: [{ trainer: T, modelHash: `0x${"11".repeat(32)}`, modelURI: "ipfs://t" }],
      scores: validators.map(([, score], i) => ({ validator: addr(i + 1), scores: new Map([[T, score]]) })),
      modelUpdates: [],
      votes: [],
      missingReveals: missing.map((_, i) => addr(validators.length + i + 1)),
    },
    previousState: options.previousState ?? null,
  };
}

// ------------------------------------------------------------------ tests

describe("aerie-consensus-v2", function () {
  describe("weightedMedian (R1)", function () {
    it("is the middle value when no stake splits in half", function () {
      expect(weightedMedian([{ stake: 1n, value: 30n }, { stake: 1n, value: 10n }, { stake: 1n, value: 20n }])).to.equal(20n);
      expect(weightedMedian([{ stake: 2n, value: 5n }, { stake: 1n, value: 7n }, { stake: 2n, value: 9n }])).to.equal(7n);
    });

    it("takes the midpoint of the lower and upper medians at an exact tie", function () {
      expect(weightedMedian([{ stake: 1n, value: 0n }, { stake: 1n, value: 600_000n }])).to.equal(300_000n);
      expect(weightedMedian([{ stake: 2n, value: 5n }, { stake: 1n, value: 7n }, { stake: 1n, value: 9n }])).to.equal(6n);
      expect(weightedMedian([{ stake: 1n, value: 0n }, { stake: 1n, value: 5n }])).to.equal(2n);
    });

    it("is 0 without stake", function () {
      expect(weightedMedian([])).to.equal(0n);
      expect(weightedMedian([{ stake: 0n, value: 9n }])).to.equal(0n);
    });

    it("keeps the consensus inside the honest range against a 49 % coalition", function () {
      const honest = [500_000n, 510_000n, 520_000n].map((value) => ({ stake: 17n, value }));
      expect(weightedMedian([...honest, { stake: 49n, value: 0n }])).to.equal(500_000n);
      expect(weightedMedian([...honest, { stake: 49n, value: MAX_SCORE }])).to.equal(520_000n);
    });
  });

  describe("thresholds, offences and quality (R2, R3, R7)", function () {
    // scores 100k 110k 120k 130k 900k, stake 1 each: c = 120k; d = 20k 10k 0 10k 780k; spread S = 10k;
    // θ = max(20k, 5 × 10k) = 50k; θ_b = max(20k, 5 × 10k) / √1 = 50k
    const context = () => oneTrainer([[1n, 100_000n], [1n, 110_000n], [1n, 120_000n], [1n, 130_000n], [1n, 900_000n]]);

    it("computes the consensus, the spread and the thresholds", function () {
      const { report } = aerieConsensusV2(context());
      expect(report.trainers).to.deep.equal([{ operator: T, stake: 1n, consensusScore: 120_000n, weight: 120_000n * (1n << 64n), reward: 700n }]);
      expect([report.spread, report.threshold, report.biasThreshold]).to.deep.equal([10_000n, 50_000n, 50_000n]);
    });

    it("flags the outlier, scores the others by closeness and pays the validator pool pro rata to stake × quality", function () {
      const { report, slashes } = aerieConsensusV2(context());
      expect(report.validators.map((v) => [v.maxDeviation, v.outliers, v.offence, v.quality, v.reward])).to.deep.equal([
        [20_000n, 0n, false, 600_000n, 56n], // 300 × 600k / 3.2M = 56.25
        [10_000n, 0n, false, 800_000n, 75n],
        [0n, 0n, false, 1_000_000n, 93n], // 93.75
        [10_000n, 0n, false, 800_000n, 75n],
        [780_000n, 1n, true, 0n, 0n],
      ]);
      expect(report.contested).to.equal(false);
      expect([report.judgedStake, report.agreeingStake]).to.deep.equal([5n, 4n]);
      expect(slashes).to.deep.equal([]); // one offence: record 5000 < 6000
      expect(report.validators[4]!.record).to.equal(5000n);
    });

    it("uses the floor when the MAD is small", function () {
      const { report } = aerieConsensusV2(oneTrainer([[1n, 500_000n], [1n, 500_000n], [1n, 500_000n], [1n, 519_000n]]));
      expect([report.spread, report.threshold, report.biasThreshold]).to.deep.equal([0n, 20_000n, 20_000n]);
      expect(report.validators.map((v) => v.offence)).to.deep.equal([false, false, false, false]);
      expect(report.validators[3]!.quality).to.equal(50_000n); // 1e6 − 19k × 1e6 / 20k
    });

    it("judges each trainer on its own: one boosted trainer among many is an offence", function () {
      const trainers = Array.from({ length: 9 }, (_, i) => addr(0x1000 + i));
      const base = trainers.map((_, i) => 300_000n + BigInt(i) * 10_000n);
      const scoresOf = (v: number) => new Map(trainers.map((t, i) => [t, v === 4 && i === 0 ? MAX_SCORE : base[i]! + BigInt(v) * 1000n]));
      const context: PolicyContext<ConsensusV2Params> = {
        ...oneTrainer([]),
        participants: [
          ...trainers.map((t) => ({ operator: t, role: "trainer" as const, stake: 1n })),
          ...[1, 2, 3, 4].map((v) => ({ operator: addr(v), role: "validator" as const, stake: 1n })),
        ],
        messages: {
          submissions: trainers.map((t) => ({ trainer: t, modelHash: `0x${"11".repeat(32)}`, modelURI: "ipfs://t" })),
          scores: [1, 2, 3, 4].map((v) => ({ validator: addr(v), scores: scoresOf(v) })),
          modelUpdates: [],
          votes: [],
          missingReveals: [],
        },
      };
      const { report } = aerieConsensusV2(context);
      expect(report.validators.map((v) => [v.outliers, v.offence])).to.deep.equal([[0n, false], [0n, false], [0n, false], [1n, true]]);
    });
  });

  describe("uniform bias (R3)", function () {
    it("catches a bias inside the per-trainer threshold by its mean over the trainers", function () {
      // 9 trainers; validators 1–3 at base + 1k/2k/3k, validator 4 at base + 15k: c = base + 2.5k, S = 1k,
      // θ = max(20k, 5k) = 20k (no outlier), θ_b = max(20k, 5k) / √9 = 6666 < bias 12.5k
      const trainers = Array.from({ length: 9 }, (_, i) => addr(0x1000 + i));
      const offsets = [1000n, 2000n, 3000n, 15_000n];
      const context: PolicyContext<ConsensusV2Params> = {
        ...oneTrainer([]),
        participants: [
          ...trainers.map((t) => ({ operator: t, role: "trainer" as const, stake: 1n })),
          ...[1, 2, 3, 4].map((v) => ({ operator: addr(v), role: "validator" as const, stake: 1n })),
        ],
        messages: {
          submissions: trainers.map((t) => ({ trainer: t, modelHash: `0x${"11".repeat(32)}`, modelURI: "ipfs://t" })),
          scores: [1, 2, 3, 4].map((v) => ({ validator: addr(v), scores: new Map(trainers.map((t, i) => [t, 300_000n + BigInt(i) * 50_000n + offsets[v - 1]!])) })),
          modelUpdates: [],
          votes: [],
          missingReveals: [],
        },
      };
      const { report } = aerieConsensusV2(context);
      expect([report.spread, report.threshold, report.biasThreshold]).to.deep.equal([1000n, 20_000n, 6666n]);
      expect(report.validators.map((v) => [v.outliers, v.bias, v.offence])).to.deep.equal([
        [0n, 1500n, false],
        [0n, 500n, false],
        [0n, 500n, false],
        [0n, 12_500n, true],
      ]);
    });
  });

  describe("repeated evidence and the per-round cap (R5, R6)", function () {
    const scores: [bigint, bigint][] = [[1n, 100_000n], [1n, 110_000n], [1n, 120_000n], [1n, 130_000n], [1n, 900_000n]];

    it("slashes an offender whose record reaches slashRecordBps, by slashBps", function () {
      const previousState = { records: [{ validator: addr(5), recordBps: "5000" }] };
      const { report, slashes, state } = aerieConsensusV2(oneTrainer(scores, { previousState }));
      expect(report.validators[4]!.record).to.equal(7500n);
      expect(slashes).to.deep.equal([{ operator: addr(5), bps: 500n }]);
      expect(state).to.deep.equal({ records: [{ validator: addr(5), recordBps: 7500n }] });
    });

    it("decays the record of a validator without an offence and drops zero records", function () {
      const previousState = { records: [{ validator: addr(1), recordBps: "5000" }, { validator: addr(2), recordBps: "1" }, { validator: addr(9), recordBps: "4000" }] };
      const { state } = aerieConsensusV2(oneTrainer(scores, { previousState }));
      // addr(1): 2500; addr(2): floor(0.5) = 0, dropped; addr(5): 5000 new; addr(9) not judged: kept
      expect(state.records).to.deep.equal([
        { validator: addr(1), recordBps: 2500n },
        { validator: addr(5), recordBps: 5000n },
        { validator: addr(9), recordBps: 4000n },
      ]);
    });

    it("refuses a malformed previous state", function () {
      expect(() => aerieConsensusV2(oneTrainer(scores, { previousState: { records: [{ validator: "x" }] } }))).to.throw(InvalidInputError, /previous state/);
      expect(() => aerieConsensusV2(oneTrainer(scores, { previousState: { records: [{ validator: addr(1), recordBps: "10001" }] } }))).to.throw(InvalidInputError, /above 10000/);
    });
  });

  describe("contested rounds (R4)", function () {
    // 100k 500k 901k: c = 500k, d = 400k 0 401k, MAD 400k, θ = 400k with 1 × MAD: validator 3 is out; agreeing 2 of 3
    const contestedScores: [bigint, bigint][] = [[1n, 100_000n], [1n, 500_000n], [1n, 901_000n]];
    const previousState = { records: [{ validator: addr(3), recordBps: "9000" }] };

    it("slashes nobody and flags the round when the agreeing stake is below quorumBps (2/3 < 6667 bps)", function () {
      const context = oneTrainer(contestedScores, { params: { madMultiplierBps: 10_000n }, previousState });
      const result = aerieConsensusV2Policy.compute(context);
      expect(result.slashes).to.deep.equal([]);
      expect(result.flags).to.deep.equal(["contested"]);
      const { report, state } = aerieConsensusV2(context);
      expect([report.agreeingStake, report.judgedStake, report.contestedTrainers, report.contested]).to.deep.equal([2n, 3n, [T], true]);
      expect(state.records).to.deep.equal([{ validator: addr(3), recordBps: 9000n }]); // not counted
    });

    it("is not contested at quorumBps 6666", function () {
      const context = oneTrainer(contestedScores, { params: { madMultiplierBps: 10_000n, quorumBps: 6666n }, previousState });
      const result = aerieConsensusV2Policy.compute(context);
      expect(result.flags).to.deep.equal([]);
      expect(result.slashes).to.deep.equal([{ operator: addr(3), bps: 500n }]); // 9000 → 9500
    });

    it("judges the contest per trainer: an honest outlier on another trainer does not shield a boosting minority", function () {
      // trainers A, B, C at 300k, 500k, 700k; validators 1–10 (stake 1 each) at base + v × 1k, except validator 7 at
      // 700k on B (an honest slip) and validators 8–10 at 1,000,000 on C (a boost). c = 305.5k, 505.5k, 705.5k (exact
      // ties: midpoints); m_v = |v − 5.5| k (v ≤ 6), 1.5k, 2.5k, 3.5k, 4.5k; S = 2.5k; θ = max(20k, 12.5k) = 20k.
      // Within θ: A 10, B 9, C 7 of 10: every trainer backed (≥ 6667 bps). The bias test (θ_b = 20k × 1000 / 1732 =
      // 11547) fails for 7–10 (bias 65.8k, 99.8k, …): 6 of 10 pass, so it is contested. A round-wide count (6 of 10
      // without any offence) contested the whole round and slashed nobody; per trainer, the boosts on C are evidence.
      const trainers = [addr(0x1000), addr(0x1001), addr(0x1002)];
      const base = [300_000n, 500_000n, 700_000n];
      const validators = Array.from({ length: 10 }, (_, i) => i + 1);
      const scoreOf = (v: number, t: number) => (v === 7 && t === 1 ? 700_000n : v >= 8 && t === 2 ? MAX_SCORE : base[t]! + BigInt(v) * 1000n);
      const context: PolicyContext<ConsensusV2Params> = {
        ...oneTrainer([]),
        participants: [...trainers.map((t) => ({ operator: t, role: "trainer" as const, stake: 1n })), ...validators.map((v) => ({ operator: addr(v), role: "validator" as const, stake: 1n }))],
        messages: {
          submissions: trainers.map((t) => ({ trainer: t, modelHash: `0x${"11".repeat(32)}`, modelURI: "ipfs://t" })),
          scores: validators.map((v) => ({ validator: addr(v), scores: new Map(trainers.map((t, i) => [t, scoreOf(v, i)])) })),
          modelUpdates: [],
          votes: [],
          missingReveals: [],
        },
        previousState: { records: [8, 9, 10].map((v) => ({ validator: addr(v), recordBps: "9000" })) },
      };
      const { report, state, slashes } = aerieConsensusV2(context);
      expect(report.trainers.map((t) => t.consensusScore)).to.deep.equal([305_500n, 505_500n, 705_500n]);
      expect([report.spread, report.threshold, report.biasThreshold]).to.deep.equal([2500n, 20_000n, 11_547n]);
      expect([report.contestedTrainers, report.biasContested, report.contested]).to.deep.equal([[], true, true]);
      expect([report.judgedStake, report.agreeingStake]).to.deep.equal([10n, 6n]);
      expect(report.validators.map((v) => [v.outliers, v.offence, v.evidence, v.record, v.slashed])).to.deep.equal([
        ...[1, 2, 3, 4, 5, 6].map(() => [0n, false, false, 0n, false]),
        [1n, true, true, 5000n, false],
        ...[8, 9, 10].map(() => [1n, true, true, 9500n, true]),
      ]);
      expect(slashes).to.deep.equal([8, 9, 10].map((v) => ({ operator: getAddress(addr(v)), bps: 500n })));
      expect(state.records).to.deep.equal([{ validator: addr(7), recordBps: 5000n }, ...[8, 9, 10].map((v) => ({ validator: getAddress(addr(v)), recordBps: 9500n }))]);
      expect(aerieConsensusV2Policy.compute(context).flags).to.deep.equal(["contested"]);
    });

    it("still counts a missing reveal as an offence in a contested round", function () {
      const context = oneTrainer(contestedScores, { params: { madMultiplierBps: 10_000n }, missing: [[1n]] });
      const { report, state, slashes } = aerieConsensusV2(context);
      expect(report.contested).to.equal(true);
      expect(report.validators[3]).to.include({ revealed: false, offence: true, quality: 0n, reward: 0n, record: 5000n, slashed: false });
      expect(state.records).to.deep.equal([{ validator: addr(4), recordBps: 5000n }]);
      expect(slashes).to.deep.equal([]);
    });
  });

  describe("commit–reveal offences and trainer weights", function () {
    it("gives a validator that missed its reveal nothing and counts it in the judged stake", function () {
      const { report } = aerieConsensusV2(oneTrainer([[1n, 500_000n], [1n, 500_000n], [1n, 500_000n]], { missing: [[1n]] }));
      expect([report.judgedStake, report.agreeingStake, report.contested]).to.deep.equal([4n, 3n, false]);
      expect(report.validators.map((v) => v.reward)).to.deep.equal([100n, 100n, 100n, 0n]);
    });

    it("weights trainers by consensus × stake^α (α = 0.5: stakes 4 and 16 earn 1 : 2)", function () {
      const context: PolicyContext<ConsensusV2Params> = {
        ...oneTrainer([]),
        params: { ...PARAMS, stakeAlphaBps: 5000n },
        participants: [
          { operator: T, role: "trainer", stake: 4n },
          { operator: T2, role: "trainer", stake: 16n },
          { operator: addr(1), role: "validator", stake: 1n },
        ],
        messages: {
          submissions: [T, T2].map((t) => ({ trainer: t, modelHash: `0x${"11".repeat(32)}`, modelURI: "ipfs://t" })),
          scores: [{ validator: addr(1), scores: new Map([[T, 500_000n], [T2, 500_000n]]) }],
          modelUpdates: [],
          votes: [],
          missingReveals: [],
        },
      };
      const { report } = aerieConsensusV2(context);
      expect(report.trainers.map((t) => t.weight)).to.deep.equal([500_000n * powFrac(4n, 5000n), 500_000n * powFrac(16n, 5000n)]);
      expect(report.trainers.map((t) => t.reward)).to.deep.equal([233n, 466n]); // 700 × 1/3, 700 × 2/3, floored
    });

    it("pays no validator and slashes nobody without trainers", function () {
      const context = { ...oneTrainer([[1n, 1n]]), messages: { ...oneTrainer([[1n, 1n]]).messages, submissions: [], scores: [{ validator: addr(1), scores: new Map() }] } };
      const result = aerieConsensusV2Policy.compute(context);
      expect(result.operatorRewards).to.deep.equal([]);
      expect(result.slashes).to.deep.equal([]);
      expect(result.state).to.deep.equal({ records: [] });
    });

    it("refuses a score from a non-validator", function () {
      const context = oneTrainer([[1n, 1n]]);
      const bad = { ...context, messages: { ...context.messages, scores: [{ validator: T, scores: new Map([[T, 1n]]) }] } };
      expect(() => aerieConsensusV2(bad)).to.throw(InvalidInputError, /is not a validator participant/);
    });
  });
});
