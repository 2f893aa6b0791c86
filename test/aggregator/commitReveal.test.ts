import { expect } from "chai";
import type { Address, Hex } from "viem";
import type { PrivateKeyAccount } from "viem/accounts";

import exampleV2Json from "../../examples/tasks/image-classifier-v2.json";
import {
  checkPreviousHistory,
  computeRound,
  parseTaskSpec,
  previousFromBundle,
  scoresCommitment,
  selectScores,
  signScoresCommit,
  specHash,
  verifyBundle,
  type RoundInputs,
  type SignedScores,
  type SignedScoresCommit,
} from "../../src/aggregator";
import {
  CHAIN_ID,
  CONTRACTS,
  DOMAIN,
  referenceParticipants,
  REFERENCE_SCORES,
  ROUND,
  ROUND_END,
  ROUND_START,
  scoresMessage,
  submission,
  T1,
  T2,
  T3,
  TASK_ID,
  V1,
  V2,
  WINDOW,
} from "./fixtures";

// ------------------------------------------------------------------ helpers

const REVEAL_WINDOW = 1800n;
const REVEAL_OPEN = ROUND_END + WINDOW;
const SALT = `0x${"ab".repeat(32)}` as Hex;
const OTHER_SALT = `0x${"cd".repeat(32)}` as Hex;
const TRAINERS = [T1.address, T2.address, T3.address];

async function commit(account: PrivateKeyAccount, reveal: SignedScores, salt: Hex, receivedAt = ROUND_END + 10n): Promise<SignedScoresCommit> {
  const message = { taskId: TASK_ID, round: ROUND, validator: account.address, commitment: scoresCommitment(reveal.message, salt) };
  return { message, signature: await signScoresCommit(account, DOMAIN, message), receivedAt };
}

async function reveal(account: PrivateKeyAccount, scores: bigint[], salt: Hex | undefined, receivedAt = REVEAL_OPEN + 5n): Promise<SignedScores> {
  const s = await scoresMessage(account, TRAINERS, scores, { receivedAt });
  return salt === undefined ? s : { ...s, salt };
}

function select(scores: SignedScores[], commits: SignedScoresCommit[]) {
  return selectScores({
    chainId: CHAIN_ID,
    registry: CONTRACTS.registry,
    taskId: TASK_ID,
    round: ROUND,
    roundEnd: ROUND_END,
    scoringWindowSeconds: WINDOW,
    participants: referenceParticipants(),
    trainers: TRAINERS,
    scores,
    commitReveal: { commits, revealWindowSeconds: REVEAL_WINDOW },
  });
}

const V1_SCORES = [800_000n, 600_000n, 400_000n];

// ------------------------------------------------------------------ tests

describe("commit–reveal of scores", function () {
  describe("scoresCommitment", function () {
    it("binds the scores and the salt", async function () {
      const r = await reveal(V1, V1_SCORES, SALT);
      expect(scoresCommitment(r.message, SALT)).to.match(/^0x[0-9a-f]{64}$/);
      expect(scoresCommitment(r.message, SALT)).to.not.equal(scoresCommitment(r.message, OTHER_SALT));
      const changed = { ...r.message, scores: [800_001n, 600_000n, 400_000n] };
      expect(scoresCommitment(changed, SALT)).to.not.equal(scoresCommitment(r.message, SALT));
    });
  });

  describe("selectScores with commitReveal", function () {
    it("accepts a reveal that matches its commitment", async function () {
      const r = await reveal(V1, V1_SCORES, SALT);
      const c = await commit(V1, r, SALT);
      const out = await select([r], [c]);
      expect(out.accepted).to.deep.equal([r]);
      expect(out.acceptedCommits).to.deep.equal([c]);
      expect(out.missingReveals).to.deep.equal([]);
      expect(out.rejected).to.deep.equal([]);
    });

    it("rejects a reveal whose salt does not open the commitment, and lists the validator as missing", async function () {
      const r = await reveal(V1, V1_SCORES, OTHER_SALT);
      const c = await commit(V1, r, SALT);
      const out = await select([r], [c]);
      expect(out.accepted).to.deep.equal([]);
      expect(out.missingReveals).to.deep.equal([V1.address]);
      expect(out.rejected).to.deep.equal([
        {
          kind: "scores",
          signer: V1.address,
          signature: r.signature,
          receivedAt: r.receivedAt,
          reason: `reveal does not match its commitment: opens ${scoresCommitment(r.message, OTHER_SALT)}, committed ${c.message.commitment}`,
        },
      ]);
    });

    it("rejects changed scores under the same salt", async function () {
      const honest = await reveal(V1, V1_SCORES, SALT);
      const c = await commit(V1, honest, SALT);
      const changed = await reveal(V1, [800_000n, 600_000n, 900_000n], SALT);
      const out = await select([changed], [c]);
      expect(out.rejected.map((x) => x.reason)).to.deep.equal([
        `reveal does not match its commitment: opens ${scoresCommitment(changed.message, SALT)}, committed ${c.message.commitment}`,
      ]);
      expect(out.missingReveals).to.deep.equal([V1.address]);
    });

    it("lists a committed validator that never reveals as missing", async function () {
      const c = await commit(V1, await reveal(V1, V1_SCORES, SALT), SALT);
      const out = await select([], [c]);
      expect(out.accepted).to.deep.equal([]);
      expect(out.missingReveals).to.deep.equal([V1.address]);
      expect(out.rejected).to.deep.equal([]);
    });

    it("rejects a reveal without a commitment, without a salt, too early or too late", async function () {
      const noCommit = await reveal(V2, V1_SCORES, SALT);
      const r = await reveal(V1, V1_SCORES, SALT);
      const c = await commit(V1, r, SALT);
      const noSalt = await reveal(V1, V1_SCORES, undefined, REVEAL_OPEN + 1n);
      const early = await reveal(V1, V1_SCORES, SALT, REVEAL_OPEN - 1n);
      const late = await reveal(V1, V1_SCORES, SALT, REVEAL_OPEN + REVEAL_WINDOW);
      const out = await select([noCommit, noSalt, early, late], [c]);
      expect(out.accepted).to.deep.equal([]);
      expect(out.rejected.map((x) => [x.signer, x.reason]).sort()).to.deep.equal(
        [
          [V1.address, `early reveal: received at ${REVEAL_OPEN - 1n}, reveals open at ${REVEAL_OPEN}`],
          [V1.address, `late reveal: received at ${REVEAL_OPEN + REVEAL_WINDOW}, reveals closed at ${REVEAL_OPEN + REVEAL_WINDOW}`],
          [V1.address, "reveal without a salt: expected 32 bytes of hex"],
          [V2.address, `no commitment: ${V2.address} has no accepted ScoresCommit for this round`],
        ].sort(),
      );
      expect(out.missingReveals).to.deep.equal([V1.address]);
    });

    it("rejects a commit after the scoring window, and keeps the latest of two commits", async function () {
      const r = await reveal(V1, V1_SCORES, SALT);
      const lateCommit = await commit(V1, r, SALT, REVEAL_OPEN);
      const out = await select([r], [lateCommit]);
      expect(out.rejected.map((x) => [x.kind, x.reason])).to.deep.equal([
        ["scores", `no commitment: ${V1.address} has no accepted ScoresCommit for this round`],
        ["scoresCommit", `late: received at ${REVEAL_OPEN}, commits closed at ${REVEAL_OPEN}`],
      ]);
      const first = await commit(V1, await reveal(V1, [1n, 2n, 3n], SALT), SALT, ROUND_END + 1n);
      const second = await commit(V1, r, SALT, ROUND_END + 2n);
      const both = await select([r], [first, second]);
      expect(both.accepted).to.deep.equal([r]);
      expect(both.rejected.map((x) => [x.kind, x.reason])).to.deep.equal([["scoresCommit", "replaced by a later message from the same signer"]]);
    });
  });

  describe("computeRound under aerie-consensus-v2", function () {
    async function v2Inputs(): Promise<RoundInputs> {
      const spec = parseTaskSpec(JSON.parse(JSON.stringify(exampleV2Json)));
      const reveals = await Promise.all(REFERENCE_SCORES.map(([v, s]) => reveal(v, [...s], SALT)));
      const commits = await Promise.all(REFERENCE_SCORES.map(([v], i) => commit(v, reveals[i]!, SALT)));
      // V4 reveals with the wrong salt: a mismatch, an offence
      reveals[3] = { ...reveals[3]!, salt: OTHER_SALT };
      return {
        chainId: CHAIN_ID,
        contracts: { ...CONTRACTS },
        taskId: TASK_ID,
        round: ROUND,
        roundStart: ROUND_START,
        roundEnd: ROUND_END,
        stakeBlock: 1234n,
        stakeBlockHash: `0x${"77".repeat(32)}`,
        rewardPerRound: BigInt(spec.rewardPerRound),
        spec,
        specHash: specHash(spec),
        participants: referenceParticipants(),
        submissions: await Promise.all([T1, T2, T3].map((t) => submission(t))),
        scores: reveals,
        scoresCommits: commits,
        previous: null,
      };
    }

    it("writes an aerie-round-bundle/3 (the /2 layout) with the commits, the reveals, the missing reveal and the state, and verifies", async function () {
      const out = await computeRound(await v2Inputs());
      const b = out.bundle as Record<string, any>;
      expect(b.schema).to.equal("aerie-round-bundle/3");
      expect(b.policy).to.equal("aerie-consensus-v2");
      expect(b.stakeBlockHash).to.equal(`0x${"77".repeat(32)}`);
      expect(b.inputs.scoresCommits).to.have.length(4);
      expect(b.inputs.scores.map((s: { salt: string }) => s.salt)).to.have.members([SALT, SALT, SALT, OTHER_SALT]);
      expect(b.inputs.previousPolicyState).to.equal(null);
      expect(b.selection.acceptedCommits).to.have.length(4);
      expect(b.selection.acceptedScores).to.have.length(3);
      const v4 = REFERENCE_SCORES[3]![0].address;
      expect(b.selection.missingReveals).to.deep.equal([v4]);
      expect(b.selection.rejected.map((r: { kind: string; signer: Address }) => [r.kind, r.signer])).to.deep.equal([["scores", v4]]);
      expect(b.outputs.policy.validators.find((v: { operator: string }) => v.operator === v4)).to.include({ revealed: false, offence: true, reward: "0", record: "5000" });
      expect(b.policyState).to.deep.equal({ records: [{ validator: v4, recordBps: "5000" }] });
      expect(b.flags).to.deep.equal([]);
      expect(out.slashes).to.deep.equal([]);
      expect(await verifyBundle(out.canonical)).to.deep.equal({ ok: true, bundleHash: out.bundleHash, result: out.result });
    });

    it("carries the state into the next round through previousFromBundle, and slashes the repeat offender", async function () {
      const first = await computeRound(await v2Inputs());
      const previous = previousFromBundle(first.bundle, first.bundleHash);
      const v4 = REFERENCE_SCORES[3]![0].address;
      expect(previous.policyState).to.deep.equal({ records: [{ validator: v4, recordBps: "5000" }] });
      const next = await computeRound({ ...(await v2Inputs()), previous });
      expect(next.slashes).to.deep.equal([{ operator: v4, bps: 500n }]);
      expect((next.bundle as Record<string, any>).policyState).to.deep.equal({ records: [{ validator: v4, recordBps: "7500" }] });
      expect((await verifyBundle(next.bundle)).ok).to.equal(true);
    });

    it("lets the history check catch forged previous records", async function () {
      const first = await computeRound(await v2Inputs());
      const previous = previousFromBundle(first.bundle, first.bundleHash);
      const onChain = { root: first.result.rewardsRoot, bundleHash: first.bundleHash, bundle: first.canonical };
      const next = await computeRound({ ...(await v2Inputs()), previous });
      expect(checkPreviousHistory(next.bundle, onChain)).to.deep.equal({ ok: true });
      const forged = await computeRound({ ...(await v2Inputs()), previous: { ...previous, policyState: { records: [] } } });
      expect(checkPreviousHistory(forged.bundle, onChain)).to.deep.equal({
        ok: false,
        // long values are cut to 77 characters and "..."
        reason: `previousPolicyState is {"records":[]}, the last finalized bundle's policyState is ${`{"records":[{"recordBps":"5000","validator":"${REFERENCE_SCORES[3]![0].address}"}]}`.slice(0, 77)}...`,
      });
    });
  });
});
