import { expect } from "chai";
import { getAddress, type Address } from "viem";

import { aerieConsensusV1, InvalidInputError, MAX_SCORE, type PolicyInput, type PolicyParams } from "../../src/aggregator";

/** A recognisable address whose numeric order is `n`'s order. */
function addr(n: number): Address {
  return getAddress(`0x${n.toString().padStart(40, "0")}`);
}

const PARAMS: PolicyParams = { validatorShareBps: 3000n, deviationThreshold: 150_000n, slashBps: 1000n };
const T = addr(100);
const T2 = addr(200);

/** One trainer `T`, validators addr(1..n) with the given stakes and scores of T. */
function oneTrainer(entries: [stake: bigint, score: bigint][], params: PolicyParams = PARAMS): PolicyInput {
  return {
    budget: 1_000_000n,
    params,
    trainers: [{ operator: T, stake: 1n }],
    validators: entries.map(([stake, score], i) => ({ operator: addr(i + 1), stake, scores: { [T]: score } })),
  };
}

function consensusOf(entries: [bigint, bigint][]): bigint {
  return aerieConsensusV1(oneTrainer(entries)).trainers[0]!.consensusScore;
}

describe("aerieConsensusV1", function () {
  describe("consensus (stake-weighted lower median)", function () {
    it("takes the middle score when an odd number of equal stakes", function () {
      expect(consensusOf([[1n, 10n], [1n, 50n], [1n, 30n]])).to.equal(30n);
    });

    it("takes the lower middle score when an even number of equal stakes", function () {
      expect(consensusOf([[1n, 40n], [1n, 10n], [1n, 30n], [1n, 20n]])).to.equal(20n);
    });

    it("follows the stake when stakes are unequal", function () {
      expect(consensusOf([[1n, 10n], [1n, 20n], [5n, 90n]])).to.equal(90n);
      expect(consensusOf([[5n, 10n], [1n, 20n], [1n, 90n]])).to.equal(10n);
    });

    it("takes the lower score when the cumulative stake is exactly half", function () {
      expect(consensusOf([[3n, 90n], [3n, 10n]])).to.equal(10n);
      expect(consensusOf([[3n, 90n], [2n, 10n], [1n, 50n]])).to.equal(50n);
    });

    it("returns the tied score when validators tie", function () {
      expect(consensusOf([[1n, 50n], [1n, 60n], [1n, 50n]])).to.equal(50n);
      expect(consensusOf([[2n, 70n], [2n, 70n]])).to.equal(70n);
    });

    it("ignores the scores of zero-stake validators", function () {
      expect(consensusOf([[0n, MAX_SCORE], [0n, MAX_SCORE], [1n, 10n]])).to.equal(10n);
    });

    it("is 0 when all validators have zero stake", function () {
      expect(consensusOf([[0n, 500n], [0n, 700n]])).to.equal(0n);
    });

    it("does not depend on the order of the validators", function () {
      const input = oneTrainer([[3n, 40n], [1n, 10n], [2n, 30n], [4n, 20n]]);
      const reversed = { ...input, validators: [...input.validators].reverse() };
      expect(aerieConsensusV1(reversed)).to.deep.equal(aerieConsensusV1(input));
    });
  });

  describe("deviation and slashing", function () {
    /** Validator A (stake 10) sets the consensus of T and T2; B (stake 1) scores b1, b2. */
    function twoValidators(b1: bigint, b2: bigint, threshold = 150_000n): PolicyInput {
      return {
        budget: 10_000n,
        params: { ...PARAMS, deviationThreshold: threshold },
        trainers: [
          { operator: T, stake: 1n },
          { operator: T2, stake: 1n },
        ],
        validators: [
          { operator: addr(1), stake: 10n, scores: { [T]: 500_000n, [T2]: 500_000n } },
          { operator: addr(2), stake: 1n, scores: new Map([[T, b1], [T2, b2]]) },
        ],
      };
    }

    it("is the floored mean absolute difference to the consensus", function () {
      const out = aerieConsensusV1(twoValidators(500_001n, 500_002n));
      expect(out.validators.map((v) => v.deviation)).to.deep.equal([0n, 1n]);
    });

    it("does not slash a deviation equal to the threshold", function () {
      const out = aerieConsensusV1(twoValidators(650_000n, 350_000n));
      expect(out.validators[1]).to.include({ deviation: 150_000n, slashed: false });
      expect(out.slashes).to.deep.equal([]);
    });

    it("does not slash when the floor brings the deviation to the threshold", function () {
      const out = aerieConsensusV1(twoValidators(650_001n, 350_000n));
      expect(out.validators[1]).to.include({ deviation: 150_000n, slashed: false });
    });

    it("slashes a deviation one above the threshold, which then earns nothing", function () {
      const out = aerieConsensusV1(twoValidators(650_001n, 349_999n));
      expect(out.validators[1]).to.include({ deviation: 150_001n, slashed: true, weight: 0n, reward: 0n });
      expect(out.slashes).to.deep.equal([{ operator: addr(2), bps: 1000n }]);
      // the unslashed validator takes the whole validator pool: floor(10_000 * 3000 / 10_000)
      expect(out.validators[0]!.reward).to.equal(3000n);
    });

    it("slashes any positive deviation when the threshold is 0", function () {
      const out = aerieConsensusV1(twoValidators(500_001n, 500_001n, 0n));
      expect(out.validators.map((v) => v.slashed)).to.deep.equal([false, true]);
    });
  });

  describe("rewards", function () {
    it("splits the pools pro rata, flooring each reward", function () {
      const X = addr(10);
      const Y = addr(20);
      const A = addr(1);
      const B = addr(2);
      const out = aerieConsensusV1({
        budget: 1000n,
        params: PARAMS,
        trainers: [
          { operator: Y, stake: 2n },
          { operator: X, stake: 1n },
        ],
        validators: [
          { operator: B, stake: 1n, scores: { [X]: 500_000n, [Y]: 400_000n } },
          { operator: A, stake: 3n, scores: { [X]: 600_000n, [Y]: 300_000n } },
        ],
      });
      expect(out.validatorPool).to.equal(300n);
      expect(out.trainerPool).to.equal(700n);
      expect(out.trainers).to.deep.equal([
        { operator: X, stake: 1n, consensusScore: 600_000n, weight: 600_000n, reward: 350n },
        { operator: Y, stake: 2n, consensusScore: 300_000n, weight: 600_000n, reward: 350n },
      ]);
      // A: weight 3 * 1e6; B: deviation (100_000 + 100_000) / 2, weight 1 * 900_000
      expect(out.validators).to.deep.equal([
        { operator: A, stake: 3n, deviation: 0n, slashed: false, weight: 3_000_000n, reward: 230n },
        { operator: B, stake: 1n, deviation: 100_000n, slashed: false, weight: 900_000n, reward: 69n },
      ]);
      expect(out.operatorRewards).to.deep.equal([
        { operator: A, reward: 230n },
        { operator: B, reward: 69n },
        { operator: X, reward: 350n },
        { operator: Y, reward: 350n },
      ]);
      expect(out.slashes).to.deep.equal([]);
    });

    it("gives validators everything when validatorShareBps is 10_000 and trainers nothing", function () {
      const out = aerieConsensusV1({ ...oneTrainer([[1n, 10n]]), params: { ...PARAMS, validatorShareBps: 10_000n } });
      expect(out.trainerPool).to.equal(0n);
      expect(out.trainers[0]!.reward).to.equal(0n);
      expect(out.validators[0]!.reward).to.equal(1_000_000n);
    });

    it("pays nothing to zero-stake trainers and validators", function () {
      const out = aerieConsensusV1({
        budget: 1000n,
        params: PARAMS,
        trainers: [{ operator: T, stake: 0n }],
        validators: [
          { operator: addr(1), stake: 0n, scores: { [T]: 10n } },
          { operator: addr(2), stake: 1n, scores: { [T]: 10n } },
        ],
      });
      expect(out.trainers[0]).to.include({ consensusScore: 10n, weight: 0n, reward: 0n });
      expect(out.validators.map((v) => v.reward)).to.deep.equal([0n, 300n]);
    });

    it("pays no trainer when every trainer's consensus is 0", function () {
      const out = aerieConsensusV1(oneTrainer([[1n, 0n]]));
      expect(out.trainers[0]!.reward).to.equal(0n);
      expect(out.validators[0]!.reward).to.equal(300_000n);
    });

    it("pays nothing and slashes nobody when there are no trainers", function () {
      const out = aerieConsensusV1({
        budget: 1000n,
        params: PARAMS,
        trainers: [],
        validators: [{ operator: addr(1), stake: 5n, scores: {} }],
      });
      expect(out.validators).to.deep.equal([{ operator: addr(1), stake: 5n, deviation: 0n, slashed: false, weight: 0n, reward: 0n }]);
      expect(out.slashes).to.deep.equal([]);
    });

    it("pays nothing when there are no validators", function () {
      const out = aerieConsensusV1({ budget: 1000n, params: PARAMS, trainers: [{ operator: T, stake: 5n }], validators: [] });
      expect(out.trainers).to.deep.equal([{ operator: T, stake: 5n, consensusScore: 0n, weight: 0n, reward: 0n }]);
    });
  });

  describe("when the input is invalid", function () {
    const base = () => oneTrainer([[1n, 10n]]);

    it("rejects a validator without a score for some trainer", function () {
      const input = { ...base(), trainers: [...base().trainers, { operator: T2, stake: 1n }] };
      expect(() => aerieConsensusV1(input)).to.throw(InvalidInputError, /has no score for trainer/);
    });

    it("rejects a score above MAX_SCORE", function () {
      expect(() => aerieConsensusV1(oneTrainer([[1n, MAX_SCORE + 1n]]))).to.throw(InvalidInputError, /must be in \[0, 1000000\]/);
    });

    it("rejects an operator listed twice, also across roles", function () {
      const input = base();
      expect(() => aerieConsensusV1({ ...input, trainers: [...input.trainers, { operator: T, stake: 2n }] })).to.throw(InvalidInputError, /more than once/);
      expect(() => aerieConsensusV1({ ...input, trainers: [{ operator: addr(1), stake: 1n }] })).to.throw(InvalidInputError, /more than once/);
    });

    it("rejects negative stakes and budgets and out-of-range params", function () {
      expect(() => aerieConsensusV1({ ...base(), budget: -1n })).to.throw(InvalidInputError, /budget/);
      expect(() => aerieConsensusV1({ ...base(), trainers: [{ operator: T, stake: -1n }] })).to.throw(InvalidInputError, /stake/);
      expect(() => aerieConsensusV1({ ...base(), params: { ...PARAMS, validatorShareBps: 10_001n } })).to.throw(InvalidInputError, /validatorShareBps/);
      expect(() => aerieConsensusV1({ ...base(), params: { ...PARAMS, slashBps: 0n } })).to.throw(InvalidInputError, /slashBps/);
      expect(() => aerieConsensusV1({ ...base(), params: { ...PARAMS, deviationThreshold: -1n } })).to.throw(InvalidInputError, /deviationThreshold/);
    });
  });
});
