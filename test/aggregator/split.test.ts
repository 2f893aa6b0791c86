import { expect } from "chai";
import { getAddress, type Address } from "viem";

import { InvalidInputError, splitOperatorReward } from "../../src/aggregator";

function addr(n: number): Address {
  return getAddress(`0x${n.toString().padStart(40, "0")}`);
}

const OP = addr(5);
const A = addr(1);
const B = addr(9);

describe("splitOperatorReward", function () {
  describe("when the pool has several holders", function () {
    it("pays the commission to the operator and the rest pro rata, flooring", function () {
      // commission floor(1001 * 1000 / 10_000) = 100; rest 901 over 1 : 2 : 4 (7 shares)
      const out = splitOperatorReward({
        operator: OP,
        reward: 1001n,
        commissionBps: 1000n,
        shares: [
          { account: B, shares: 4n },
          { account: OP, shares: 1n },
          { account: A, shares: 2n },
        ],
      });
      expect(out.commission).to.equal(100n);
      // 901/7 = 128.7 -> 128; 1802/7 = 257.4 -> 257; 3604/7 = 514.8 -> 514
      expect(out.perAccount).to.deep.equal([
        { account: A, amount: 257n },
        { account: OP, amount: 100n + 128n },
        { account: B, amount: 514n },
      ]);
      expect(out.dust).to.equal(901n - 128n - 257n - 514n);
      expect(out.dust).to.equal(2n);
    });

    it("floors the commission", function () {
      const out = splitOperatorReward({ operator: OP, reward: 19_999n, commissionBps: 1n, shares: [{ account: OP, shares: 1n }] });
      expect(out.commission).to.equal(1n);
      expect(out.perAccount).to.deep.equal([{ account: OP, amount: 19_999n }]);
      expect(out.dust).to.equal(0n);
    });

    it("leaves out holders whose part floors to 0", function () {
      const out = splitOperatorReward({
        operator: OP,
        reward: 10n,
        commissionBps: 0n,
        shares: [
          { account: OP, shares: 1_000_000n },
          { account: A, shares: 1n },
        ],
      });
      expect(out.perAccount).to.deep.equal([{ account: OP, amount: 9n }]);
      expect(out.dust).to.equal(1n);
    });
  });

  describe("when the commission is at its bounds", function () {
    const shares = [
      { account: OP, shares: 3n },
      { account: A, shares: 1n },
    ];

    it("pays everything pro rata when the commission is 0", function () {
      const out = splitOperatorReward({ operator: OP, reward: 400n, commissionBps: 0n, shares });
      expect(out.commission).to.equal(0n);
      expect(out.perAccount).to.deep.equal([
        { account: A, amount: 100n },
        { account: OP, amount: 300n },
      ]);
      expect(out.dust).to.equal(0n);
    });

    it("pays half as commission at MAX_COMMISSION_BPS (5000)", function () {
      const out = splitOperatorReward({ operator: OP, reward: 401n, commissionBps: 5000n, shares });
      expect(out.commission).to.equal(200n);
      // rest 201: floor(603/4) = 150, floor(201/4) = 50, dust 1
      expect(out.perAccount).to.deep.equal([
        { account: A, amount: 50n },
        { account: OP, amount: 350n },
      ]);
      expect(out.dust).to.equal(1n);
    });

    it("pays everything to the operator at 10_000 bps", function () {
      const out = splitOperatorReward({ operator: OP, reward: 401n, commissionBps: 10_000n, shares });
      expect(out).to.deep.equal({ commission: 401n, perAccount: [{ account: OP, amount: 401n }], dust: 0n });
    });
  });

  describe("when there are no shares", function () {
    it("keeps only the commission and makes the rest dust", function () {
      const out = splitOperatorReward({ operator: OP, reward: 1000n, commissionBps: 2500n, shares: [{ account: A, shares: 0n }] });
      expect(out).to.deep.equal({ commission: 250n, perAccount: [{ account: OP, amount: 250n }], dust: 750n });
    });

    it("returns nothing for a zero reward", function () {
      const out = splitOperatorReward({ operator: OP, reward: 0n, commissionBps: 2500n, shares: [{ account: A, shares: 5n }] });
      expect(out).to.deep.equal({ commission: 0n, perAccount: [], dust: 0n });
    });
  });

  describe("when the input is invalid", function () {
    it("rejects a commission above 10_000 bps", function () {
      expect(() => splitOperatorReward({ operator: OP, reward: 1n, commissionBps: 10_001n, shares: [] })).to.throw(InvalidInputError, /commissionBps/);
    });

    it("rejects negative rewards and shares", function () {
      expect(() => splitOperatorReward({ operator: OP, reward: -1n, commissionBps: 0n, shares: [] })).to.throw(InvalidInputError, /reward/);
      expect(() => splitOperatorReward({ operator: OP, reward: 1n, commissionBps: 0n, shares: [{ account: A, shares: -1n }] })).to.throw(
        InvalidInputError,
        /shares/,
      );
    });

    it("rejects an account listed twice", function () {
      const shares = [
        { account: A, shares: 1n },
        { account: A.toLowerCase() as Address, shares: 1n },
      ];
      expect(() => splitOperatorReward({ operator: OP, reward: 1n, commissionBps: 0n, shares })).to.throw(InvalidInputError, /listed twice/);
    });
  });
});
