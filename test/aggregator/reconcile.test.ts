// The pure part of round-message reconciliation (src/aggregator/reconcile.ts): the merge rule that makes every member
// holding the same messages compute the same input set, the authenticity check of a served message, and the
// selection's rule for two messages of one signer in one window (equivocation).
import { expect } from "chai";
import type { Hex } from "viem";
import type { PrivateKeyAccount } from "viem/accounts";

import { EQUIVOCATION_REASON, REPLACED_REASON, selectScores } from "../../src/aggregator/messages";
import {
  authenticateRoundMessage,
  MAX_MESSAGES_PER_SIGNER,
  mergeRoundMessages,
  roundMessageJson,
  type RoundMessage,
} from "../../src/aggregator/reconcile";
import { scoresCommitment, signScores, signScoresCommit, type Scores } from "../../src/lib/eip712";
import { CHAIN_ID, CONTRACTS, DOMAIN, ROUND, ROUND_END, T1, T2, TASK_ID, V1, V2, V3, WINDOW } from "./fixtures";

const SALT = (n: number) => `0x${n.toString(16).padStart(64, "0")}` as Hex;
const CONTEXT = { chainId: CHAIN_ID, registry: CONTRACTS.registry, taskId: TASK_ID, round: ROUND, participants: [T1, T2, V1, V2].map((a) => ({ operator: a.address })) };

async function scores(account: PrivateKeyAccount, values: bigint[]): Promise<{ message: Scores; signature: Hex }> {
  const message = { taskId: TASK_ID, round: ROUND, validator: account.address, trainers: [T1.address, T2.address], scores: values };
  return { message, signature: await signScores(account, DOMAIN, message) };
}

/** A held message of `kind` (already authenticated: the signer is the account). */
function held(kind: RoundMessage["kind"], account: PrivateKeyAccount, signed: { message: object; signature: Hex }, salt: Hex | null = null) {
  return { kind, signer: account.address, message: signed.message as Record<string, unknown>, signature: signed.signature, salt };
}

async function commit(account: PrivateKeyAccount, s: Scores, salt: Hex) {
  const message = { taskId: TASK_ID, round: ROUND, validator: account.address, commitment: scoresCommitment(s, salt) };
  return held("scoresCommit", account, { message, signature: await signScoresCommit(account, DOMAIN, message) });
}

describe("round-message reconciliation (pure)", function () {
  describe("mergeRoundMessages", function () {
    it("gives the same set whatever the order and the copies: one entry per (kind, signature, salt)", async function () {
      const a = held("scores", V1, await scores(V1, [1n, 2n]));
      const b = held("scores", V1, await scores(V1, [3n, 4n]));
      const c = held("scores", V2, await scores(V2, [5n, 6n]));
      const merged = mergeRoundMessages([a, b, c, a, b]);
      expect(mergeRoundMessages([c, b, a])).to.deep.equal(merged);
      expect(merged).to.have.length(3);
      // sorted by kind, signer, signature
      expect(merged.map((m) => m.signer)).to.deep.equal([a, b, c].map((m) => m.signer).sort((x, y) => (x.toLowerCase() < y.toLowerCase() ? -1 : 1)));
    });

    it(`keeps the ${MAX_MESSAGES_PER_SIGNER} greatest signatures per (kind, signer), whoever holds the others`, async function () {
      const many = await Promise.all([1n, 2n, 3n, 4n, 5n, 6n].map(async (n) => held("scores", V1, await scores(V1, [n, n]))));
      const greatest = [...many].sort((x, y) => (x.signature > y.signature ? -1 : 1)).slice(0, MAX_MESSAGES_PER_SIGNER);
      const merged = mergeRoundMessages(many);
      expect(merged.map((m) => m.signature).sort()).to.deep.equal(greatest.map((m) => m.signature).sort());
      // two members each holding a part: the merge of their merges is the merge of everything
      expect(mergeRoundMessages([...mergeRoundMessages(many.slice(0, 3)), ...mergeRoundMessages(many.slice(3))])).to.deep.equal(merged);
      // another kind of the same signer is counted apart
      const other = held("scoresCommit", V1, { message: { taskId: TASK_ID, round: ROUND, validator: V1.address, commitment: SALT(7) }, signature: many[0]!.signature });
      expect(mergeRoundMessages([...many, other])).to.have.length(MAX_MESSAGES_PER_SIGNER + 1);
    });

    it("counts a reveal with one salt: the one opening the signer's commitment, else the lowest", async function () {
      const s = await scores(V1, [1n, 2n]);
      const right = held("scoresReveal", V1, s, SALT(9));
      const wrong = held("scoresReveal", V1, s, SALT(1));
      const c = await commit(V1, s.message, SALT(9));
      expect(mergeRoundMessages([wrong, right, c]).filter((m) => m.kind === "scoresReveal")).to.deep.equal([right]);
      // no commitment in the set: the lowest salt, at every member alike
      expect(mergeRoundMessages([right, wrong])).to.deep.equal([wrong]);
      // another validator's commitment opens nothing of V1's
      expect(mergeRoundMessages([right, wrong, await commit(V2, s.message, SALT(9))]).filter((m) => m.kind === "scoresReveal")).to.deep.equal([wrong]);
    });
  });

  describe("authenticateRoundMessage", function () {
    it("takes a message signed by its validator for this round, recovering the signer and digest", async function () {
      const s = await scores(V1, [1n, 2n]);
      const m = await authenticateRoundMessage(CONTEXT, roundMessageJson({ kind: "scoresReveal", message: s.message, signature: s.signature, salt: SALT(3) }));
      expect(m).to.deep.include({ kind: "scoresReveal", signer: V1.address, signature: s.signature, salt: SALT(3) });
      expect(m).to.have.property("digest").that.matches(/^0x[0-9a-f]{64}$/);
    });

    it("refuses what is not authentic for this round, with one line", async function () {
      const s = await scores(V1, [1n, 2n]);
      const json = roundMessageJson({ kind: "scores", message: s.message, signature: s.signature, salt: null });
      const reason = async (x: unknown, context = CONTEXT) => ((await authenticateRoundMessage(context, x)) as { reason: string }).reason;
      expect(await reason({ garbage: true })).to.equal("not a round message ({kind, message, signature, salt?})");
      expect(await reason({ ...json, kind: "scoresReveal" })).to.equal("a scoresReveal needs its salt");
      expect(await reason({ ...json, message: { ...json.message, scores: "x" } })).to.equal("not a valid scores message");
      const forged = roundMessageJson({ kind: "scores", message: { ...s.message, scores: [9n, 9n] }, signature: s.signature, salt: null });
      expect(await reason(forged)).to.match(/^signer 0x[0-9a-fA-F]{40} is not the message's validator /);
      expect(await reason({ ...json, signature: `0x${"00".repeat(65)}` })).to.equal("malformed signature: v must be 27 or 28");
      expect(await reason(json, { ...CONTEXT, round: ROUND + 1n })).to.equal(`wrong round: message is for task ${TASK_ID} round ${ROUND}`);
      const v3 = await scores(V3, [1n, 2n]);
      expect(await reason(roundMessageJson({ kind: "scores", message: v3.message, signature: v3.signature, salt: null }))).to.equal(`${V3.address} is not a participant of task ${TASK_ID} round ${ROUND}`);
    });
  });

  describe("selection of two messages of one signer", function () {
    const participants = [
      { operator: T1.address, role: "trainer" as const },
      { operator: T2.address, role: "trainer" as const },
      { operator: V1.address, role: "validator" as const },
    ];
    const select = (items: { message: Scores; signature: Hex; receivedAt: bigint }[]) =>
      selectScores({ chainId: CHAIN_ID, registry: CONTRACTS.registry, taskId: TASK_ID, round: ROUND, roundEnd: ROUND_END, scoringWindowSeconds: WINDOW, participants, trainers: [T1.address, T2.address], scores: items });

    it("at the same second (a window's stamp): the greater signature counts, the other is rejected as equivocation", async function () {
      const [a, b] = [await scores(V1, [1n, 2n]), await scores(V1, [3n, 4n])];
      const [winner, loser] = a.signature > b.signature ? [a, b] : [b, a];
      for (const order of [[a, b], [b, a]]) {
        const out = await select(order.map((x) => ({ ...x, receivedAt: ROUND_END })));
        expect(out.accepted.map((x) => x.signature)).to.deep.equal([winner.signature]);
        expect(out.rejected).to.deep.equal([{ kind: "scores", signer: V1.address, signature: loser.signature, receivedAt: ROUND_END, reason: EQUIVOCATION_REASON }]);
      }
    });

    it("at different seconds: the later counts, the other is replaced", async function () {
      const [a, b] = [await scores(V1, [1n, 2n]), await scores(V1, [3n, 4n])];
      const out = await select([{ ...a, receivedAt: ROUND_END + 1n }, { ...b, receivedAt: ROUND_END }]);
      expect(out.accepted.map((x) => x.signature)).to.deep.equal([a.signature]);
      expect(out.rejected.map((r) => r.reason)).to.deep.equal([REPLACED_REASON]);
    });
  });
});
