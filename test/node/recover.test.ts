// viem's and the native recoverer agree on every signer, and both refuse what cannot be recovered.
import { expect } from "chai";
import { hashTypedData, type Hex } from "viem";

import { SUBMISSION_TYPES, signSubmission } from "../../src/lib/eip712";
import { computeRound, verifyBundle } from "../../src/aggregator";
import { nativeRecoverer, RecoverPool, viemRecoverer } from "../../src/node/intake/recover";
import { referenceInputs, submission, T1 } from "../aggregator/fixtures";
import { account, DOMAIN } from "./helpers";

describe("node signature recovery", function () {
  const native = nativeRecoverer();

  it("the native secp256k1 binding loads on this machine", function () {
    expect(native?.name).to.equal("native");
  });

  it("recovers the same signer as viem for 20 keys (native answers lowercase)", async function () {
    for (let i = 0; i < 20; i++) {
      const who = account(1000 + i);
      const message = { taskId: BigInt(i), round: 3n, trainer: who.address, modelHash: `0x${i.toString(16).padStart(64, "0")}` as Hex, modelURI: `m${i}` };
      const signature = await signSubmission(who, DOMAIN, message);
      const digest = hashTypedData({ domain: DOMAIN, types: SUBMISSION_TYPES, primaryType: "Submission", message });
      expect(await viemRecoverer.recover(digest, signature)).to.equal(who.address);
      expect(await native!.recover(digest, signature)).to.equal(who.address.toLowerCase());
    }
  });

  it("both throw for r = 0 (no point on the curve)", async function () {
    const digest = `0x${"11".repeat(32)}` as Hex;
    const signature = `0x${"00".repeat(32)}${"01".repeat(32)}1b` as Hex;
    let viemThrew = false;
    let nativeThrew = false;
    await viemRecoverer.recover(digest, signature).catch(() => (viemThrew = true));
    await native!.recover(digest, signature).catch(() => (nativeThrew = true));
    expect([viemThrew, nativeThrew]).to.deep.equal([true, true]);
  });

  it("the worker pool (2 threads) recovers the same signers in one concurrent batch and refuses r = 0", async function () {
    this.timeout(120_000);
    const pool = RecoverPool.start({ threads: 2 })!;
    try {
      await pool.ready;
      expect(pool.threads).to.equal(2);
      const cases = await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const who = account(2000 + i);
          const message = { taskId: BigInt(i), round: 1n, trainer: who.address, modelHash: `0x${(i + 1).toString(16).padStart(64, "0")}` as Hex, modelURI: `p${i}` };
          return { who, digest: hashTypedData({ domain: DOMAIN, types: SUBMISSION_TYPES, primaryType: "Submission", message }), signature: await signSubmission(who, DOMAIN, message) };
        }),
      );
      const bad = pool.recover(`0x${"11".repeat(32)}`, `0x${"00".repeat(32)}${"01".repeat(32)}1b`).then(
        () => "recovered",
        () => "refused",
      );
      const got = await Promise.all(cases.map((c) => pool.recover(c.digest, c.signature)));
      expect(got).to.deep.equal(cases.map((c) => c.who.address.toLowerCase()));
      expect(await bad).to.equal("refused");
    } finally {
      await pool.close();
    }
  });

  it("a round computed with the pool (as the committee and guardian pass it) is byte-identical to the default, refusals included", async function () {
    this.timeout(120_000);
    const inputs = await referenceInputs();
    // one more submission whose signature recovers nobody (r = 0): refused the same way by both recoverers
    const broken = await submission(T1, { receivedAt: 1n });
    inputs.submissions.push({ ...broken, signature: `0x${"00".repeat(32)}${"01".repeat(32)}1b` });
    const pool = RecoverPool.start({ threads: 2 })!;
    try {
      await pool.ready;
      const plain = await computeRound(inputs);
      const pooled = await computeRound(inputs, { recoverer: pool });
      expect(pooled.canonical).to.equal(plain.canonical);
      expect(pooled.bundleHash).to.equal(plain.bundleHash);
      expect(pooled.result).to.deep.equal(plain.result);
      expect((pooled.bundle.selection as { rejected: { reason: string }[] }).rejected.map((r) => r.reason)).to.deep.equal(["invalid signature: no signer can be recovered"]);
      const verdict = await verifyBundle(pooled.canonical, { recoverer: pool });
      expect(verdict).to.deep.equal({ ok: true, bundleHash: plain.bundleHash, result: plain.result });
    } finally {
      await pool.close();
    }
  });

  it("the worker pool (1 thread) answers what was asked while its worker was busy: 5 waves of 20 in 5 turns, all right", async function () {
    this.timeout(120_000);
    const pool = RecoverPool.start({ threads: 1 })!;
    try {
      await pool.ready;
      const cases = await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const who = account(3000 + (i % 25));
          const message = { taskId: BigInt(i), round: 2n, trainer: who.address, modelHash: `0x${(i + 7).toString(16).padStart(64, "0")}` as Hex, modelURI: `w${i}` };
          return { who, digest: hashTypedData({ domain: DOMAIN, types: SUBMISSION_TYPES, primaryType: "Submission", message }), signature: await signSubmission(who, DOMAIN, message) };
        }),
      );
      // each wave is asked in its own event-loop turn, while the previous wave's batch is still with the worker
      const answers: Promise<string>[] = [];
      for (let wave = 0; wave < 5; wave++) {
        for (const c of cases.slice(wave * 20, wave * 20 + 20)) answers.push(pool.recover(c.digest, c.signature));
        await new Promise((r) => setImmediate(r));
      }
      expect(await Promise.all(answers)).to.deep.equal(cases.map((c) => c.who.address.toLowerCase()));
    } finally {
      await pool.close();
    }
  });
});
