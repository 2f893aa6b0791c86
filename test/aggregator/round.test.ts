import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { expect } from "chai";
import { keccak256, toBytes, type Address } from "viem";

import {
  canonicalJson,
  computeRound,
  hashSlashes,
  InvalidInputError,
  parseTaskSpec,
  REWARD_LEAF_ENCODING,
  SpecHashMismatchError,
  specHash,
  ZERO_ROOT,
  type RoundInputs,
  type RoundOutput,
} from "../../src/aggregator";
import { D1, D2, randomRound, referenceInputs, rng, shuffled, T1, T2, T3, V1, V2, V3, V4 } from "./fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Same inputs, every list shuffled and every address in lowercase. */
function scrambled(inputs: RoundInputs, seed: number): RoundInputs {
  const random = rng(seed);
  const lower = (a: Address) => a.toLowerCase() as Address;
  return {
    ...inputs,
    contracts: { ...inputs.contracts, registry: lower(inputs.contracts.registry) },
    participants: shuffled(inputs.participants, random).map((p) => ({
      ...p,
      operator: lower(p.operator),
      shares: shuffled(p.shares, random).map((h) => ({ ...h, account: lower(h.account) })),
    })),
    submissions: shuffled(inputs.submissions, random).map((s) => ({ ...s, message: { ...s.message, trainer: lower(s.message.trainer) } })),
    scores: shuffled(inputs.scores, random),
    previous: inputs.previous === null ? null : { ...inputs.previous, cumulative: shuffled(inputs.previous.cumulative, random) },
  };
}

function expectClaimsVerify(out: RoundOutput, taskId: bigint): void {
  for (const claim of out.claims) {
    expect(
      StandardMerkleTree.verify(out.result.rewardsRoot, [...REWARD_LEAF_ENCODING], [taskId.toString(), claim.account, claim.cumulativeAmount.toString()], claim.proof),
    ).to.equal(true);
  }
}

describe("computeRound", function () {
  describe("when the reference round is computed", function () {
    let inputs: RoundInputs;
    let out: RoundOutput;
    before(async function () {
      inputs = await referenceInputs();
      out = await computeRound(inputs);
    });

    it("computes consensus, deviations and the slash (numbers from docs/AGGREGATOR.md)", function () {
      const bundle = out.bundle as Json;
      expect(bundle.outputs.trainers.map((t: Json) => [t.operator, t.consensusScore, t.reward])).to.deep.equal(
        [
          [T2.address, "610000", "354356846473029045643"],
          [T3.address, "400000", "116182572614107883817"],
          [T1.address, "790000", "229460580912863070539"],
        ],
      );
      expect(bundle.outputs.validators.map((v: Json) => [v.operator, v.deviation, v.slashed, v.reward])).to.deep.equal([
        [V1.address, "6666", false, "75126075587873751975"],
        [V4.address, "493333", true, "0"],
        [V2.address, "26666", false, "73613471054295443934"],
        [V3.address, "0", false, "151260453357830804090"],
      ]);
      expect(out.slashes).to.deep.equal([{ operator: V4.address, bps: 1000n }]);
    });

    it("splits commissions and pays every account exactly", function () {
      const bundle = out.bundle as Json;
      const operators = Object.fromEntries(bundle.outputs.operators.map((o: Json) => [o.operator, [o.commission, o.dust]]));
      expect(operators[T1.address]).to.deep.equal(["22946058091286307053", "1"]);
      expect(operators[V1.address]).to.deep.equal(["3756303779393687598", "1"]);
      expect(bundle.outputs.accounts).to.deep.equal(
        [
          [V1.address, "39441189683633719786"],
          [T2.address, "354356846473029045643"],
          [T3.address, "116182572614107883817"],
          [T1.address, "146854771784232365144"],
          [V2.address, "73613471054295443934"],
          [V3.address, "151260453357830804090"],
          [D1.address, "100448252080750721488"],
          [D2.address, "17842442952120016094"],
        ].map(([account, amount]) => ({ account, amount, cumulativeAmount: amount })),
      );
      expect(bundle.outputs.totalReward).to.equal("999999999999999999996");
      expect(bundle.outputs.unspent).to.equal("4");
    });

    it("returns the RoundResult of the bundle", function () {
      expect(out.result).to.deep.equal({
        taskId: inputs.taskId,
        round: inputs.round,
        rewardsRoot: (out.bundle as Json).merkle.root,
        totalReward: 999_999_999_999_999_999_996n,
        slashesHash: hashSlashes([{ operator: V4.address, bps: 1000n }]),
        bundleHash: out.bundleHash,
        bundleURI: "",
      });
    });

    it("signs the bundleURI it is given in the result, and nothing else changes", async function () {
      const bundleURI = "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
      const published = await computeRound(inputs, { bundleURI });
      expect(published.result).to.deep.equal({ ...out.result, bundleURI });
      expect(published.canonical).to.equal(out.canonical);
      expect(published.bundleHash).to.equal(out.bundleHash);
    });

    it("hashes the canonical JSON of the bundle", function () {
      expect(out.canonical).to.equal(canonicalJson(out.bundle));
      expect(out.bundleHash).to.equal(keccak256(toBytes(out.canonical)));
      expect(canonicalJson(JSON.parse(out.canonical))).to.equal(out.canonical);
    });

    it("writes the header, inputs and selection into the bundle", function () {
      const bundle = out.bundle as Json;
      expect(bundle).to.include({ schema: "aerie-round-bundle/3", policy: "aerie-consensus-v1", chainId: 31337, taskId: "7", round: "2", stakeBlock: "1234" });
      expect(bundle.previousBundleHash).to.equal(null);
      expect(bundle.specHash).to.equal(specHash(inputs.spec));
      expect(bundle.inputs.submissions).to.have.length(3);
      expect(bundle.inputs.scores).to.have.length(4);
      expect(bundle.selection.acceptedScores).to.have.length(4);
      expect(bundle.selection.rejected).to.deep.equal([]);
      // /3 carries the root only: the tree and the proofs are rebuilt from outputs.accounts
      expect(bundle.merkle).to.deep.equal({ root: out.result.rewardsRoot });
    });

    it("writes the v1 layout with the tree dump when asked for the legacy bundle (what verify recomputes a /1 bundle with)", async function () {
      const legacy = await computeRound(inputs, { legacyBundle: true });
      const bundle = legacy.bundle as Json;
      expect(bundle.schema).to.equal("aerie-round-bundle/1");
      expect(bundle.merkle.tree.format).to.equal("standard-v1");
      expect(bundle.merkle.root).to.equal(out.result.rewardsRoot);
      expect(legacy.result.rewardsRoot).to.equal(out.result.rewardsRoot);
      expect(legacy.bundleHash).to.not.equal(out.bundleHash);
    });

    it("gives claims whose proofs verify against the root", function () {
      expect(out.claims.map((c) => c.account)).to.deep.equal([V1, T2, T3, T1, V2, V3, D1, D2].map((a) => a.address));
      expectClaimsVerify(out, inputs.taskId);
    });
  });

  describe("determinism", function () {
    it("gives the same bundle hash for shuffled inputs and repeated runs", async function () {
      const inputs = await referenceInputs();
      const first = await computeRound(inputs);
      const again = await computeRound(inputs);
      expect(again.canonical).to.equal(first.canonical);
      for (const seed of [1, 2, 3]) {
        const other = await computeRound(scrambled(inputs, seed));
        expect(other.bundleHash).to.equal(first.bundleHash);
        expect(other.canonical).to.equal(first.canonical);
      }
    });
  });

  describe("when a previous round exists", function () {
    it("adds this round's amounts to the cumulative amounts and keeps accounts without new rewards", async function () {
      const inputs = await referenceInputs();
      const first = await computeRound(inputs);
      const stranger = "0x00000000000000000000000000000000000000aa" as Address;
      const previous = {
        bundleHash: first.bundleHash,
        cumulative: [...first.claims.map((c) => ({ account: c.account, amount: c.cumulativeAmount })), { account: stranger, amount: 5n }],
      };
      const second = await computeRound({ ...inputs, round: inputs.round + 1n, previous, submissions: [], scores: [] });
      const bundle = second.bundle as Json;
      // nobody submitted, so nothing is added
      expect(second.result.totalReward).to.equal(0n);
      expect(bundle.previousBundleHash).to.equal(first.bundleHash);
      expect(bundle.outputs.accounts).to.have.length(first.claims.length + 1);
      for (const a of bundle.outputs.accounts) expect(a.amount).to.equal("0");
      expect(second.claims.find((c) => c.account.toLowerCase() === stranger)!.cumulativeAmount).to.equal(5n);

      const third = await computeRound({ ...inputs, round: inputs.round + 1n, previous });
      for (const a of (third.bundle as Json).outputs.accounts) {
        const before = previous.cumulative.find((c) => c.account.toLowerCase() === a.account.toLowerCase())!.amount;
        expect(BigInt(a.cumulativeAmount)).to.equal(before + BigInt(a.amount));
      }
      expectClaimsVerify(third, inputs.taskId);
    });
  });

  describe("when nothing counts", function () {
    it("pays nothing, uses the zero root and leaves the budget unspent", async function () {
      const inputs = await referenceInputs();
      const out = await computeRound({ ...inputs, submissions: [], scores: [] });
      expect(out.result.totalReward).to.equal(0n);
      expect(out.result.rewardsRoot).to.equal(ZERO_ROOT);
      expect(out.claims).to.deep.equal([]);
      expect((out.bundle as Json).merkle).to.deep.equal({ root: ZERO_ROOT });
      expect(out.tree).to.equal(null);
      expect((out.bundle as Json).outputs.unspent).to.equal(inputs.rewardPerRound.toString());
    });
  });

  describe("when the inputs are invalid", function () {
    it("rejects a spec hash that is not the spec's", async function () {
      const inputs = await referenceInputs();
      const other = parseTaskSpec({ ...inputs.spec, name: "other" });
      await computeRound({ ...inputs, spec: other }).then(
        () => expect.fail("should throw"),
        (error) => {
          expect(error).to.be.instanceOf(SpecHashMismatchError);
          expect(error.message).to.equal(`spec hash mismatch: the task's specHash is ${inputs.specHash} but the spec hashes to ${specHash(other)}`);
        },
      );
    });

    it("names the malformed field", async function () {
      const inputs = await referenceInputs();
      const participants = inputs.participants.map((p, i) => (i === 2 ? { ...p, stake: 5 as unknown as bigint } : p));
      await computeRound({ ...inputs, participants }).then(
        () => expect.fail("should throw"),
        (error) => {
          expect(error).to.be.instanceOf(InvalidInputError);
          expect(error.message).to.equal("round inputs: participants[2].stake: expected a bigint in [0, 2^256 - 1], got 5");
        },
      );
    });

    it("rejects a participant listed twice and an empty round window", async function () {
      const inputs = await referenceInputs();
      await computeRound({ ...inputs, participants: [...inputs.participants, inputs.participants[0]!] }).then(
        () => expect.fail("should throw"),
        (error) => expect(error.message).to.match(/participants: operator .* is listed twice/),
      );
      await computeRound({ ...inputs, roundEnd: inputs.roundStart }).then(
        () => expect.fail("should throw"),
        (error) => expect(error.message).to.match(/roundEnd .* must be after roundStart/),
      );
    });
  });

  describe("property: the budget is conserved", function () {
    it("holds for 50 seeded random rounds", async function () {
      this.timeout(600_000);
      for (let seed = 1; seed <= 50; seed++) {
        const inputs = await randomRound(seed);
        const out = await computeRound(inputs);
        const b = out.bundle as Json;
        const budget = inputs.rewardPerRound;
        const big = (x: string) => BigInt(x);
        const accounts = b.outputs.accounts.map((a: Json) => big(a.amount));
        const sumAccounts = accounts.reduce((s: bigint, x: bigint) => s + x, 0n);
        const sumDust = b.outputs.operators.reduce((s: bigint, o: Json) => s + big(o.dust), 0n);
        const sumOperators = b.outputs.operators.reduce((s: bigint, o: Json) => s + big(o.reward), 0n);
        const validatorPool = (budget * BigInt(inputs.spec.policy.validatorShareBps)) / 10_000n;
        const trainerPool = budget - validatorPool;
        const paidValidators = b.outputs.validators.reduce((s: bigint, v: Json) => s + big(v.reward), 0n);
        const paidTrainers = b.outputs.trainers.reduce((s: bigint, t: Json) => s + big(t.reward), 0n);
        const poolRemainders = validatorPool - paidValidators + (trainerPool - paidTrainers);
        const unspent = big(b.outputs.unspent);
        const context = `seed ${seed}`;

        expect(out.result.totalReward, context).to.equal(sumAccounts);
        expect(out.result.totalReward <= budget, context).to.equal(true);
        expect(unspent, context).to.equal(budget - out.result.totalReward);
        expect(sumOperators, context).to.equal(sumAccounts + sumDust);
        expect(sumAccounts + sumDust + poolRemainders, context).to.equal(budget);
        expect(unspent, context).to.equal(sumDust + poolRemainders);
        expect(poolRemainders >= 0n && sumDust >= 0n, context).to.equal(true);
        for (const a of b.outputs.accounts) {
          expect(big(a.amount) >= 0n && big(a.cumulativeAmount) >= big(a.amount), context).to.equal(true);
        }
        for (const v of b.outputs.validators) if (v.slashed) expect(v.reward, context).to.equal("0");
        expectClaimsVerify(out, inputs.taskId);
      }
    });
  });
});
