import { expect } from "chai";
import { checkSlash, predictSlash } from "../../src/demo/run";

const V3 = "0x00000000000000000000000000000000000000a3" as const;

/** The demos' mirror of `StakingVault.slash` (docs/PROTOCOL.md §3): pure bigint maths, checked by hand. */
describe("demo: predictSlash and checkSlash", function () {
  describe("predictSlash", function () {
    it("takes ceil(base * bps / 10_000), all from the active pool when nothing is unbonding", function () {
      expect(predictSlash(3_200n, 1_000n, 3_200n, 0n)).to.deep.equal({ amount: 320n, activeCut: 320n, unbondingCut: 0n });
      expect(predictSlash(1_001n, 5_000n, 1_001n, 0n)).to.deep.equal({ amount: 501n, activeCut: 501n, unbondingCut: 0n });
    });

    it("charges a late stake only its pro-rata part: base 1,500, pool 3,000, 10% → 150 in all", function () {
      expect(predictSlash(1_500n, 1_000n, 3_000n, 0n)).to.deep.equal({ amount: 150n, activeCut: 150n, unbondingCut: 0n });
    });

    it("splits pro rata with the active part rounded up and the unbonding pool the rest", function () {
      // amount ceil(1004 * 0.5) = 502; active ceil(502 * 1001 / 1004) = ceil(500.5) = 501; unbonding 1
      expect(predictSlash(1_004n, 5_000n, 1_001n, 3n)).to.deep.equal({ amount: 502n, activeCut: 501n, unbondingCut: 1n });
      // a request made after the round's start (1,000 of 1,500 still active): two thirds and one third
      expect(predictSlash(1_500n, 1_234n, 1_000n, 500n)).to.deep.equal({ amount: 186n, activeCut: 124n, unbondingCut: 62n });
    });

    it("caps the amount at both pools", function () {
      expect(predictSlash(10_000n, 5_000n, 3_000n, 1_000n)).to.deep.equal({ amount: 4_000n, activeCut: 3_000n, unbondingCut: 1_000n });
      expect(predictSlash(10n, 5_000n, 0n, 0n)).to.deep.equal({ amount: 0n, activeCut: 0n, unbondingCut: 0n });
    });
  });

  describe("checkSlash", function () {
    const event = { operator: V3, bps: 1_000n, base: 3_200n, activeCut: 320n, unbondingCut: 0n };

    it("accepts an event that matches the bundle's stake and the pools", function () {
      expect(checkSlash(event, 3_200n, { active: 3_200n, unbonding: 0n })).to.deep.equal([]);
    });

    it("names a base that is not the bundle's stake at the round's start", function () {
      expect(checkSlash(event, 3_000n, { active: 3_200n, unbonding: 0n })).to.deep.equal([
        `slash of ${V3}: base 3200 != bundle stake at the round's start 3000`,
        `slash of ${V3}: cuts 320/0 != predicted 300/0`,
      ]);
    });

    it("names cuts that disagree with the prediction, and an operator the bundle does not know", function () {
      expect(checkSlash({ ...event, activeCut: 300n, unbondingCut: 20n }, 3_200n, { active: 3_000n, unbonding: 200n })).to.deep.equal([]);
      expect(checkSlash({ ...event, activeCut: 320n, unbondingCut: 0n }, 3_200n, { active: 3_000n, unbonding: 200n })).to.deep.equal([
        `slash of ${V3}: cuts 320/0 != predicted 300/20`,
      ]);
      expect(checkSlash(event, undefined, undefined)).to.deep.equal([`slash of ${V3}: not a slashed participant of the bundle`]);
    });
  });
});
