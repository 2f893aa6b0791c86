import { expect } from "chai";

import {
  assertBundle,
  BundleMismatchError,
  bundleHashOf,
  bundleToInputs,
  computeRound,
  firstChainInputDifference,
  firstDifference,
  verifyBundle,
  type RoundOutput,
} from "../../src/aggregator";
import { referenceInputs } from "./fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe("bundle verification", function () {
  let out: RoundOutput;
  before(async function () {
    const inputs = await referenceInputs();
    const first = await computeRound(inputs);
    // the same round again on top of the first one's cumulative amounts, so the bundle carries a previous round
    out = await computeRound({
      ...inputs,
      previous: { bundleHash: first.bundleHash, cumulative: first.claims.map((c) => ({ account: c.account, amount: c.cumulativeAmount })) },
    });
  });

  /** A deep copy of the bundle as a file reader would see it. */
  function copy(): Json {
    return JSON.parse(out.canonical) as Json;
  }

  describe("verifyBundle", function () {
    describe("when the bundle is genuine", function () {
      it("accepts it as an object and as text, whitespace included", async function () {
        expect(await verifyBundle(copy())).to.deep.equal({ ok: true, bundleHash: out.bundleHash, result: out.result });
        expect(await verifyBundle(JSON.stringify(copy(), null, 2))).to.deep.include({ ok: true, bundleHash: out.bundleHash });
      });
    });

    describe("when the bundle is of an older version", function () {
      it("verifies a v1 bundle (aerie-round-bundle/1, with the tree dump) and returns the same result as its /3 form", async function () {
        const inputs = bundleToInputs(copy());
        const legacy = await computeRound(inputs, { legacyBundle: true });
        const bundle = JSON.parse(legacy.canonical) as Json;
        expect(bundle.schema).to.equal("aerie-round-bundle/1");
        expect(bundle.merkle.tree.format).to.equal("standard-v1");
        expect(await verifyBundle(bundle)).to.deep.equal({ ok: true, bundleHash: legacy.bundleHash, result: { ...out.result, bundleHash: legacy.bundleHash } });
      });

      it("names a tampered tree dump in a v1 bundle", async function () {
        const legacy = await computeRound(bundleToInputs(copy()), { legacyBundle: true });
        const bundle = JSON.parse(legacy.canonical) as Json;
        bundle.merkle.tree.values[0].value[2] = "1";
        const verdict = await verifyBundle(bundle);
        expect(verdict.ok === false && verdict.reason).to.match(/^bundle mismatch at merkle\.tree\.values\[0\]\.value\[2\]: bundle has "1", recomputed "\d+"$/);
      });
    });

    describe("with an injected recoverer", function () {
      it("recovers every signature through it", async function () {
        const { viemRecoverer } = await import("../../src/aggregator");
        let calls = 0;
        const recoverer = { recover: (digest: `0x${string}`, signature: `0x${string}`) => ((calls += 1), viemRecoverer.recover(digest, signature)) };
        expect(await verifyBundle(copy(), { recoverer })).to.deep.equal({ ok: true, bundleHash: out.bundleHash, result: out.result });
        const b = copy();
        expect(calls).to.equal(b.inputs.submissions.length + b.inputs.scores.length);
      });
    });

    describe("when the bundle was tampered with", function () {
      it("names a tampered root", async function () {
        const bundle = copy();
        bundle.merkle.root = `0x${"ab".repeat(32)}`;
        expect(await verifyBundle(bundle)).to.deep.equal({
          ok: false,
          reason: `bundle mismatch at merkle.root: bundle has "0x${"ab".repeat(32)}", recomputed "${out.result.rewardsRoot}"`,
        });
      });

      it("names a tampered cumulative amount", async function () {
        const bundle = copy();
        const original = bundle.outputs.accounts[2].cumulativeAmount as string;
        bundle.outputs.accounts[2].cumulativeAmount = (BigInt(original) + 1n).toString();
        expect(await verifyBundle(bundle)).to.deep.equal({
          ok: false,
          reason: `bundle mismatch at outputs.accounts[2].cumulativeAmount: bundle has "${BigInt(original) + 1n}", recomputed "${original}"`,
        });
      });

      it("names a tree dump added to a /3 bundle", async function () {
        const bundle = copy();
        bundle.merkle.tree = null;
        expect(await verifyBundle(bundle)).to.deep.equal({ ok: false, reason: "bundle mismatch at merkle.tree: bundle has null, recomputed nothing" });
      });

      it("names a changed amount", async function () {
        const bundle = copy();
        const original = bundle.outputs.accounts[1].amount as string;
        bundle.outputs.accounts[1].amount = (BigInt(original) + 1n).toString();
        expect(await verifyBundle(bundle)).to.deep.equal({
          ok: false,
          reason: `bundle mismatch at outputs.accounts[1].amount: bundle has "${BigInt(original) + 1n}", recomputed "${original}"`,
        });
      });

      it("names a changed root", async function () {
        const bundle = copy();
        bundle.merkle.root = `0x${"11".repeat(32)}`;
        const verdict = await verifyBundle(bundle);
        expect(verdict.ok).to.equal(false);
        expect(verdict.ok === false && verdict.reason).to.match(/^bundle mismatch at merkle\.root: /);
      });

      it("detects a changed input through its effect on the outputs", async function () {
        const bundle = copy();
        bundle.inputs.participants[0].stake = "1";
        const verdict = await verifyBundle(bundle);
        expect(verdict.ok).to.equal(false);
        expect(verdict.ok === false && verdict.reason).to.match(/^bundle mismatch at (merkle|outputs)\./);
      });

      it("detects an added field", async function () {
        const bundle = copy();
        bundle.outputs.bonus = "1";
        expect(await verifyBundle(bundle)).to.deep.equal({ ok: false, reason: 'bundle mismatch at outputs.bonus: bundle has "1", recomputed nothing' });
      });

      it("detects a removed rejection or account", async function () {
        const bundle = copy();
        bundle.outputs.accounts.pop();
        const verdict = await verifyBundle(bundle);
        expect(verdict.ok === false && verdict.reason).to.match(/^bundle mismatch at outputs\.accounts: bundle has \d+ items, recomputed \d+$/);
      });

      it("reports a spec that does not match the spec hash", async function () {
        const bundle = copy();
        bundle.spec.name = "renamed";
        const verdict = await verifyBundle(bundle);
        expect(verdict.ok === false && verdict.reason).to.match(/^spec hash mismatch: /);
      });
    });

    describe("when the input is not a bundle", function () {
      it("reports text that is not JSON", async function () {
        const verdict = await verifyBundle("{not json");
        expect(verdict.ok === false && verdict.reason).to.match(/^bundle: not valid JSON/);
      });

      it("names a missing or malformed field", async function () {
        const bundle = copy();
        delete bundle.taskId;
        expect(await verifyBundle(bundle)).to.deep.equal({ ok: false, reason: "bundle: taskId: expected a decimal string (uint256), got nothing" });
        const other = copy();
        other.inputs.submissions[0].signature = "0xzz";
        const verdict = await verifyBundle(other);
        expect(verdict.ok === false && verdict.reason).to.match(/^bundle: inputs\.submissions\[0\]\.signature: expected hex bytes/);
      });

      it("reports another schema", async function () {
        expect(await verifyBundle({ ...copy(), schema: "aerie-round-bundle/2" })).to.deep.equal({
          ok: false,
          reason: 'bundle: schema: expected "aerie-round-bundle/3" or "aerie-round-bundle/1", got "aerie-round-bundle/2"',
        });
      });
    });
  });

  describe("assertBundle", function () {
    it("returns the recomputed output", async function () {
      expect((await assertBundle(copy())).bundleHash).to.equal(out.bundleHash);
    });

    it("throws BundleMismatchError with the path", async function () {
      const bundle = copy();
      bundle.outputs.unspent = "0";
      await assertBundle(bundle).then(
        () => expect.fail("should throw"),
        (error) => {
          expect(error).to.be.instanceOf(BundleMismatchError);
          expect((error as BundleMismatchError).path).to.equal("outputs.unspent");
        },
      );
    });
  });

  describe("bundleToInputs", function () {
    it("reads back inputs that recompute the same bundle", async function () {
      const inputs = bundleToInputs(copy());
      expect(inputs.previous?.bundleHash).to.equal(copy().previousBundleHash);
      expect(inputs.rewardPerRound).to.equal(1000n * 10n ** 18n);
      expect(typeof inputs.participants[0]!.stake).to.equal("bigint");
      expect((await computeRound(inputs)).canonical).to.equal(out.canonical);
    });
  });

  describe("bundleHashOf", function () {
    it("hashes the canonical form of any rendering of the bundle", function () {
      expect(bundleHashOf(copy())).to.equal(out.bundleHash);
      expect(bundleHashOf(JSON.stringify(copy(), null, 4))).to.equal(out.bundleHash);
    });
  });

  // A guardian whose inbox lacks a message the committee holds used to challenge the honest, quorum-signed result
  // (firstDifference named inputs.submissions), so any trainer could void a round by leaving the guardian out.
  describe("firstChainInputDifference (the guardian's check after verifyBundle)", function () {
    it("ignores the signed messages: a bundle with one submission fewer differs in messages only", async function () {
      const inputs = await referenceInputs();
      const full = await computeRound(inputs);
      const fewer = await computeRound({ ...inputs, submissions: inputs.submissions.slice(1) });
      expect(firstDifference(full.canonical, fewer.canonical)!.path).to.equal("inputs.submissions");
      expect(firstChainInputDifference(full.canonical, fewer.canonical)).to.equal(null);
    });

    it("names a chain input that differs (a stake), and a header field (the previous bundle hash)", async function () {
      const inputs = await referenceInputs();
      const honest = await computeRound(inputs);
      const participants = inputs.participants.map((p, i) => (i === 0 ? { ...p, stake: p.stake + 1n } : p));
      const forged = await computeRound({ ...inputs, participants, submissions: inputs.submissions.slice(1) });
      const diff = firstChainInputDifference(forged.canonical, honest.canonical)!;
      expect(diff.path).to.match(/^inputs\.participants\[\d+\]\.stake$/);
      expect(diff.detail).to.equal(`bundle has "${inputs.participants[0]!.stake + 1n}", recomputed "${inputs.participants[0]!.stake}"`);
      const other = copy();
      other.previousBundleHash = `0x${"ab".repeat(32)}`;
      expect(firstChainInputDifference(other, out.canonical)!.path).to.equal("previousBundleHash");
    });
  });
});
