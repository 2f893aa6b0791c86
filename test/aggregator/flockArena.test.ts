import { expect } from "chai";
import { getAddress, type Address, type Hex } from "viem";

import { InvalidInputError, InvalidTaskSpecError } from "../../src/lib/errors";
import { splitOperatorReward } from "../../src/aggregator/split";
import { exp2Fixed, FIXED_ONE, isqrt, log2Fixed, powFrac } from "../../src/aggregator/policy/fixedPoint";
import {
  computeFlockArena,
  flockArenaV1,
  groupPools,
  type FlockArenaParams,
} from "../../src/aggregator/policy/flockArenaV1";
import { weightedMedian } from "../../src/aggregator/policy/math";
import type { PolicyContext, PolicyMessages, PolicyParticipant } from "../../src/aggregator/policy/types";

/** A recognisable address whose numeric order is `n`'s order. */
function addr(n: number): Address {
  return getAddress(`0x${n.toString().padStart(40, "0")}`);
}

const E18 = 10n ** 18n;
const SEED = `0x${"ab".repeat(32)}` as Hex;

/** `|actual − expected| ≤ expected × 1e-4` (0.01 %), with `expected` a decimal string of tokens (18 decimals). */
function expectWithin001Percent(actualWei: bigint, expectedTokens: string): void {
  const [whole, frac = ""] = expectedTokens.split(".");
  const expectedWei = BigInt(whole!) * E18 + BigInt((frac + "0".repeat(18)).slice(0, 18));
  const diff = actualWei > expectedWei ? actualWei - expectedWei : expectedWei - actualWei;
  expect(diff * 10_000n <= expectedWei, `${actualWei} wei is not within 0.01 % of ${expectedTokens} tokens`).to.equal(true);
}

function messages(partial: Partial<PolicyMessages>): PolicyMessages {
  return { submissions: [], scores: [], modelUpdates: [], votes: [], missingReveals: [], ...partial };
}

function context(
  participants: PolicyParticipant[],
  msgs: Partial<PolicyMessages>,
  params: FlockArenaParams,
  budget: bigint,
): PolicyContext<FlockArenaParams> {
  return { budget, params, round: 0n, seed: SEED, participants, messages: messages(msgs), previousState: null };
}

function scores(validator: Address, entries: [Address, bigint][]) {
  return { validator, scores: new Map(entries) };
}

function submission(trainer: Address) {
  return { trainer, modelHash: `0x${"11".repeat(32)}` as Hex, modelURI: "ipfs://model" };
}

// The participants of FLock's worked example (docs.flock.io, AI Arena "Validator" and "Training Node" pages:
// https://docs.flock.io/flock-tokenomics/network-participation/ai-arena/validator and .../training-node):
// "Nodes A and B stake 3,000 and 3,500 FLOCK respectively, while validators A, B and C stake 3,000, 6,000 and 3,000
// respectively. Node A also receives an additional 1,000 FLOCK from its delegators" (so its pool stake is 4,000), and
// "daily total rewards for all AI Arena tasks for a given day is 309,157.68. We have 1 task".
const NODE_A = addr(1);
const NODE_B = addr(2);
const VAL_A = addr(11);
const VAL_B = addr(12);
const VAL_C = addr(13);
const R0 = 309_157_680_000_000_000_000_000n; // 309,157.68 FLOCK in wei
const EXAMPLE_PARTICIPANTS: PolicyParticipant[] = [
  { operator: NODE_A, role: "trainer", stake: 4_000n * E18 },
  { operator: NODE_B, role: "trainer", stake: 3_500n * E18 },
  { operator: VAL_A, role: "validator", stake: 3_000n * E18 },
  { operator: VAL_B, role: "validator", stake: 6_000n * E18 },
  { operator: VAL_C, role: "validator", stake: 3_000n * E18 },
];
// The validators' scores are not part of FLock's example (its scores come from the off-chain service); these are ours.
const EXAMPLE_MESSAGES: Partial<PolicyMessages> = {
  submissions: [submission(NODE_A), submission(NODE_B)],
  scores: [
    scores(VAL_A, [[NODE_A, 800_000n], [NODE_B, 700_000n]]),
    scores(VAL_B, [[NODE_A, 820_000n], [NODE_B, 690_000n]]),
    scores(VAL_C, [[NODE_A, 600_000n], [NODE_B, 900_000n]]),
  ],
};

describe("flock-arena-v1", function () {
  describe("fixed point (powFrac, log2Fixed, exp2Fixed, isqrt)", function () {
    it("is exact where the real value is representable", function () {
      expect(powFrac(4n, 5000n)).to.equal(2n * FIXED_ONE);
      expect(powFrac(1n << 100n, 2500n)).to.equal((1n << 25n) * FIXED_ONE);
      expect(powFrac(3000n * E18, 10_000n)).to.equal((3000n * E18) << 64n);
      expect(powFrac(0n, 5000n)).to.equal(0n);
      expect(powFrac(1n, 1n)).to.equal(FIXED_ONE);
      expect(log2Fixed(8n)).to.equal(3n * FIXED_ONE);
      expect(exp2Fixed(5n * FIXED_ONE)).to.equal(32n * FIXED_ONE);
      expect(isqrt(99n)).to.equal(9n);
      expect(isqrt(100n)).to.equal(10n);
      expect(isqrt(10n ** 40n)).to.equal(10n ** 20n);
    });

    it("is within 2^-56 below the exact square root for α = 0.5 (checked against isqrt, which is exact)", function () {
      for (const x of [2n, 3n, 3_000n * E18, 6_000n * E18, 12_345_678_901_234_567_890_123n, (1n << 255n) + 12345n]) {
        const exact = isqrt(x << 128n); // floor(√x · 2^64)
        const got = powFrac(x, 5000n);
        expect(got <= exact + 1n, `powFrac(${x}) above the exact value`).to.equal(true);
        expect((exact - got) << 56n <= exact, `powFrac(${x}) off by more than 2^-56`).to.equal(true);
      }
    });

    it("refuses an exponent outside [1, 10000] bps and a negative base", function () {
      expect(() => powFrac(10n, 0n)).to.throw(InvalidInputError, "alphaBps must be in [1, 10000], got 0");
      expect(() => powFrac(10n, 10_001n)).to.throw(InvalidInputError, "got 10001");
      expect(() => powFrac(-1n, 5000n)).to.throw(InvalidInputError, "base must be >= 0, got -1");
    });
  });

  describe("group split (FLock step 1)", function () {
    it("gives each group γ·R plus (1 − 2γ)·R in proportion to its total stake", function () {
      // FLock formula (docs.flock.io …/ai-arena/validator): R_0·(γ + (1 − 2γ)·Σs/(Σt + Σs)); likewise for trainers.
      // Hand-derived with the example's inputs R_0 = 309,157.68, Σt = 7,500, Σs = 12,000 and γ = 0.1 (the stored copy
      // of the page does not show the γ of its example, so 0.1 is our choice):
      // trainers 309,157.68 × (0.1 + 0.8 × 7,500/19,500) = 126,041.208; validators 309,157.68 × (0.1 + 0.8 × 12,000/19,500) = 183,116.472.
      const [trainerPool, validatorPool] = groupPools(R0, 1000n, 7_500n * E18, 12_000n * E18);
      expect(trainerPool).to.equal(126_041_208_000_000_000_000_000n);
      expect(validatorPool).to.equal(183_116_472_000_000_000_000_000n);
    });

    it("gives exactly half each at γ = 0.5, and the floor γ·R to a group with no stake", function () {
      expect(groupPools(1_000n, 5000n, 1n, 99n)).to.deep.equal([500n, 500n]);
      expect(groupPools(1_000n, 2000n, 0n, 50n)).to.deep.equal([200n, 800n]);
      expect(groupPools(1_001n, 2000n, 0n, 0n)).to.deep.equal([500n, 500n]);
    });
  });

  describe("weighted median", function () {
    it("is the midpoint of the lower and upper weighted medians at an exact tie of stake", function () {
      expect(weightedMedian([{ stake: 3n, value: 10n }, { stake: 3n, value: 90n }])).to.equal(50n);
      expect(weightedMedian([{ stake: 3n, value: 10n }, { stake: 4n, value: 90n }])).to.equal(90n);
      expect(weightedMedian([{ stake: 0n, value: 10n }])).to.equal(0n);
    });
  });

  describe("worked example (FLock's inputs; outputs derived by hand from FLock's formulas, labelled)", function () {
    // Derivation (independent arithmetic, 50-digit decimals), γ = 0.1, q = 0.5:
    // consensus: Node A: scores 600k(3,000) 800k(3,000) 820k(6,000) → lower median 800k, upper 820k → 810,000;
    //            Node B: 690k(6,000) 700k(3,000) 900k(3,000) → 690k / 700k → 695,000. Ranks: A 0 (g = 1), B 1 (g = 0.5).
    // validator RMS deviation: A √((10k² + 5k²)/2) → isqrt(62,500,000) = 7,905 → F = 992,095; B the same;
    //            C √((210k² + 205k²)/2) → isqrt(43,062,500,000) = 207,515 → F = 792,485.
    it("α = 1: trainers ∝ g·t, validators ∝ F·s", function () {
      const result = computeFlockArena(context(EXAMPLE_PARTICIPANTS, EXAMPLE_MESSAGES, { gammaBps: 1000n, alphaBps: 10_000n, rankDecayBps: 5000n }, R0));
      const reward = new Map(result.operatorRewards.map((r) => [r.operator, r.reward]));
      // Node A: 126,041.208 × 4,000 / (4,000 + 0.5 × 3,500) = 87,680.840347826…; Node B 38,360.367652173…
      expectWithin001Percent(reward.get(NODE_A)!, "87680.840347826086956521");
      expectWithin001Percent(reward.get(NODE_B)!, "38360.367652173913043478");
      // Validators: 183,116.472 × F·s / Σ F·s = 48,203.7737…, 96,407.5474…, 38,505.1508…
      expectWithin001Percent(reward.get(VAL_A)!, "48203.773721622704489793");
      expectWithin001Percent(reward.get(VAL_B)!, "96407.547443245408979587");
      expectWithin001Percent(reward.get(VAL_C)!, "38505.150835131886530618");
      // and the exact (deterministic) integer values
      expect(result.operatorRewards).to.deep.equal([
        { operator: NODE_A, reward: 87_680_840_347_826_086_956_521n },
        { operator: NODE_B, reward: 38_360_367_652_173_913_043_478n },
        { operator: VAL_A, reward: 48_203_773_721_622_704_489_793n },
        { operator: VAL_B, reward: 96_407_547_443_245_408_979_587n },
        { operator: VAL_C, reward: 38_505_150_835_131_886_530_618n },
      ]);
      expect(result.slashes).to.deep.equal([]);
      expect(result.flags).to.deep.equal([]);
      const report = result.report as { trainers: { consensusScore: string; rank: number }[]; validators: { performance: string }[] };
      expect(report.trainers.map((t) => [t.consensusScore, t.rank])).to.deep.equal([["810000", 0], ["695000", 1]]);
      expect(report.validators.map((v) => v.performance)).to.deep.equal(["992095", "992095", "792485"]);
    });

    it("α = 0.5: stake enters as its square root", function () {
      const result = computeFlockArena(context(EXAMPLE_PARTICIPANTS, EXAMPLE_MESSAGES, { gammaBps: 1000n, alphaBps: 5000n, rankDecayBps: 5000n }, R0));
      const reward = new Map(result.operatorRewards.map((r) => [r.operator, r.reward]));
      // Node A: 126,041.208 × √4,000 / (√4,000 + 0.5·√3,500) = 85,876.2635…; Node B 40,164.9444…
      expectWithin001Percent(reward.get(NODE_A)!, "85876.263527822272774372");
      expectWithin001Percent(reward.get(NODE_B)!, "40164.944472177727225627");
      // Validators: 183,116.472 × F·√s / Σ F·√s
      expectWithin001Percent(reward.get(VAL_A)!, "56992.134133298880774868");
      expectWithin001Percent(reward.get(VAL_B)!, "80599.049039897876057015");
      expectWithin001Percent(reward.get(VAL_C)!, "45525.288826803243168115");
      const total = result.operatorRewards.reduce((sum, r) => sum + r.reward, 0n);
      expect(total <= R0).to.equal(true);
      expect(R0 - total < 10n).to.equal(true); // only flooring dust is unspent
    });
  });

  describe("delegator split (FLock's published example, reproduced by Aerie's commission split)", function () {
    it("pays the delegator f·(1 − σ)·t_d/(t_n + t_d) = 8,712.6 of f = 58,084", function () {
      // Source: https://docs.flock.io/flock-tokenomics/network-participation/ai-arena/delegator ("2. Example"):
      // f_i = 58,084, reward-sharing ratio 1 − σ = 0.6 (the page prints "σ to be 4"; its arithmetic uses 0.6), the node
      // stakes 3,000 and the delegator 1,000: 58,084 × (0.6 × 1000/(3000 + 1000)) ≈ 8,712.6.
      // The node's own part, f·(σ + (1 − σ)·t_n/(t_n + t_d)) = 49,371.4, is derived from the same formula (not printed).
      const split = splitOperatorReward({
        operator: NODE_A,
        reward: 58_084n * E18,
        commissionBps: 4000n,
        shares: [
          { account: NODE_A, shares: 3_000n * E18 },
          { account: addr(99), shares: 1_000n * E18 },
        ],
      });
      const amount = new Map(split.perAccount.map((a) => [a.account, a.amount]));
      expectWithin001Percent(amount.get(addr(99))!, "8712.6");
      expectWithin001Percent(amount.get(NODE_A)!, "49371.4");
      expect(amount.get(addr(99))).to.equal(8_712_600_000_000_000_000_000n);
      expect(split.dust).to.equal(0n);
    });
  });

  describe("edge cases", function () {
    const params: FlockArenaParams = { gammaBps: 1000n, alphaBps: 10_000n, rankDecayBps: 5000n };

    it("pays nothing without submissions or without scores, and flags it", function () {
      const none = computeFlockArena(context(EXAMPLE_PARTICIPANTS, { scores: [] }, params, R0));
      expect(none.operatorRewards).to.deep.equal([]);
      expect(none.flags).to.deep.equal(["no-scores", "no-submissions"]);
      const noScores = computeFlockArena(context(EXAMPLE_PARTICIPANTS, { submissions: [submission(NODE_A)] }, params, R0));
      expect(noScores.operatorRewards).to.deep.equal([{ operator: NODE_A, reward: 0n }]);
      expect(noScores.flags).to.deep.equal(["no-scores"]);
    });

    it("gives a trainer with consensus 0 nothing, whatever its rank", function () {
      const result = computeFlockArena(
        context(EXAMPLE_PARTICIPANTS, { submissions: [submission(NODE_A), submission(NODE_B)], scores: [scores(VAL_A, [[NODE_A, 0n], [NODE_B, 10n]])] }, params, 1_000_000n),
      );
      const reward = new Map(result.operatorRewards.map((r) => [r.operator, r.reward]));
      expect(reward.get(NODE_A)).to.equal(0n);
      // trainers' pool: 1,000,000 × (0.1 + 0.8 × 7,500/10,500) = 671,428 (floored), all to Node B
      expect(reward.get(NODE_B)).to.equal(671_428n);
    });

    it("refuses a score for a non-participant or a missing score", function () {
      expect(() => computeFlockArena(context(EXAMPLE_PARTICIPANTS, { submissions: [submission(addr(77))] }, params, R0))).to.throw(
        InvalidInputError,
        `${addr(77)} is not a participant of the round`,
      );
      expect(() =>
        computeFlockArena(context(EXAMPLE_PARTICIPANTS, { submissions: [submission(NODE_A)], scores: [scores(VAL_A, [])] }, params, R0)),
      ).to.throw(InvalidInputError, `validator ${VAL_A} has no score for trainer ${NODE_A}`);
    });
  });

  describe("parseParams", function () {
    const good = { id: "flock-arena-v1", gammaBps: 1000, alphaBps: 5000, rankDecayBps: 5000 };

    it("parses valid parameters into bigints", function () {
      expect(flockArenaV1.parseParams(good)).to.deep.equal({ gammaBps: 1000n, alphaBps: 5000n, rankDecayBps: 5000n });
    });

    for (const [field, value, message] of [
      ["gammaBps", 5001, "task spec: policy.gammaBps: expected an integer from 0 to 5000 (bps), got 5001"],
      ["alphaBps", 0, "task spec: policy.alphaBps: expected an integer from 1 to 10000 (bps), got 0"],
      ["alphaBps", 0.5, "task spec: policy.alphaBps: expected an integer from 1 to 10000 (bps), got 0.5"],
      ["rankDecayBps", 10_001, "task spec: policy.rankDecayBps: expected an integer from 1 to 10000 (bps), got 10001"],
    ] as const) {
      it(`refuses ${field} = ${value}, naming the field`, function () {
        try {
          flockArenaV1.parseParams({ ...good, [field]: value });
          expect.fail("parseParams accepted an out-of-range value");
        } catch (error) {
          expect(error).to.be.instanceOf(InvalidTaskSpecError);
          expect((error as InvalidTaskSpecError).message).to.equal(message);
          expect((error as InvalidTaskSpecError).path).to.equal(`policy.${field}`);
        }
      });
    }

    it("refuses an unknown parameter and a missing one", function () {
      expect(() => flockArenaV1.parseParams({ ...good, slashBps: 10 })).to.throw(
        InvalidTaskSpecError,
        "task spec: policy.slashBps: unknown field (not a parameter of flock-arena-v1), remove it",
      );
      const { gammaBps: _, ...missing } = good;
      expect(() => flockArenaV1.parseParams(missing)).to.throw(InvalidTaskSpecError, "policy.gammaBps: expected an integer from 0 to 5000 (bps), got nothing (the field is missing)");
    });
  });
});
