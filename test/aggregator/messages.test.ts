import { expect } from "chai";
import type { Address, Hex } from "viem";

import {
  InvalidMessageError,
  MAX_SCORE,
  parseScoresMessage,
  parseSubmissionMessage,
  recoverSubmissionSigner,
  selectScores,
  selectSubmissions,
  toJsonValue,
  type ParticipantRole,
  type SignedScores,
  type SignedSubmission,
} from "../../src/aggregator";
import { CHAIN_ID, CONTRACTS, DOMAIN, ROUND, ROUND_END, scoresMessage, signer, submission, TASK_ID, WINDOW } from "./fixtures";

const trainer1 = signer(0);
const trainer2 = signer(1);
const validator1 = signer(3);
const validator2 = signer(4);
const outsider = signer(9);

const participants: ParticipantRole[] = [
  { operator: trainer1.address, role: "trainer" },
  { operator: trainer2.address, role: "trainer" },
  { operator: validator1.address, role: "validator" },
  { operator: validator2.address, role: "validator" },
];

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

function selectS(submissions: SignedSubmission[]) {
  return selectSubmissions({ chainId: CHAIN_ID, registry: CONTRACTS.registry, taskId: TASK_ID, round: ROUND, roundEnd: ROUND_END, participants, submissions });
}

function selectV(scores: SignedScores[], trainers: Address[] = [trainer1.address, trainer2.address]) {
  return selectScores({
    chainId: CHAIN_ID,
    registry: CONTRACTS.registry,
    taskId: TASK_ID,
    round: ROUND,
    roundEnd: ROUND_END,
    scoringWindowSeconds: WINDOW,
    participants,
    trainers,
    scores,
  });
}

/** The other valid-looking signature of the same message: (r, n - s, v ^ 1). */
function malleate(signature: Hex): Hex {
  const s = BigInt(`0x${signature.slice(66, 130)}`);
  const v = Number.parseInt(signature.slice(130), 16);
  return `${signature.slice(0, 66)}${(SECP256K1_N - s).toString(16).padStart(64, "0")}${(v === 27 ? 28 : 27).toString(16)}` as Hex;
}

describe("message selection", function () {
  describe("selectSubmissions", function () {
    describe("when submissions are valid", function () {
      it("accepts one per trainer, sorted by trainer", async function () {
        const a = await submission(trainer1);
        const b = await submission(trainer2);
        const out = await selectS([a, b]);
        const expected = [a, b].sort((x, y) => (x.message.trainer.toLowerCase() < y.message.trainer.toLowerCase() ? -1 : 1));
        expect(out.accepted).to.deep.equal(expected);
        expect(out.rejected).to.deep.equal([]);
      });

      it("accepts a submission received one second before the round's end", async function () {
        const out = await selectS([await submission(trainer1, { receivedAt: ROUND_END - 1n })]);
        expect(out.accepted).to.have.length(1);
      });
    });

    describe("when a trainer sends several submissions", function () {
      it("keeps the latest and rejects the earlier as replaced", async function () {
        const early = await submission(trainer1, { receivedAt: 10n, modelURI: "ipfs://v1" });
        const late = await submission(trainer1, { receivedAt: 20n, modelURI: "ipfs://v2" });
        const out = await selectS([late, early]);
        expect(out.accepted).to.deep.equal([late]);
        expect(out.rejected).to.deep.equal([
          { kind: "submission", signer: trainer1.address, signature: early.signature, receivedAt: 10n, reason: "replaced by a later message from the same signer" },
        ]);
      });

      it("breaks a receivedAt tie by the greater signature", async function () {
        const x = await submission(trainer1, { receivedAt: 10n, modelURI: "ipfs://x" });
        const y = await submission(trainer1, { receivedAt: 10n, modelURI: "ipfs://y" });
        const winner = x.signature > y.signature ? x : y;
        expect((await selectS([x, y])).accepted).to.deep.equal([winner]);
        expect((await selectS([y, x])).accepted).to.deep.equal([winner]);
      });

      it("does not let a late submission replace an on-time one", async function () {
        const onTime = await submission(trainer1, { receivedAt: ROUND_END - 5n, modelURI: "ipfs://ok" });
        const late = await submission(trainer1, { receivedAt: ROUND_END, modelURI: "ipfs://late" });
        const out = await selectS([onTime, late]);
        expect(out.accepted).to.deep.equal([onTime]);
        expect(out.rejected.map((r) => r.reason)).to.deep.equal([`late: received at ${ROUND_END}, submissions closed at ${ROUND_END}`]);
      });
    });

    describe("when a submission does not count", function () {
      it("rejects a signer that is not the message's trainer", async function () {
        const forged = await submission(outsider, { trainer: trainer1.address });
        const out = await selectS([forged]);
        expect(out.accepted).to.deep.equal([]);
        expect(out.rejected).to.deep.equal([
          {
            kind: "submission",
            signer: outsider.address,
            signature: forged.signature,
            receivedAt: forged.receivedAt,
            reason: `signer ${outsider.address} is not the message's trainer ${trainer1.address}`,
          },
        ]);
      });

      it("rejects a non-participant and a validator", async function () {
        const out = await selectS([await submission(outsider), await submission(validator1)]);
        expect(out.accepted).to.deep.equal([]);
        expect(out.rejected.map((r) => r.reason).sort()).to.deep.equal(
          [`${outsider.address} is not a trainer of this round`, `${validator1.address} is not a trainer of this round`].sort(),
        );
      });

      it("rejects another task or round", async function () {
        const out = await selectS([await submission(trainer1, { round: ROUND + 1n }), await submission(trainer2, { taskId: TASK_ID + 1n })]);
        expect(out.accepted).to.deep.equal([]);
        expect(out.rejected.map((r) => r.reason).sort()).to.deep.equal(
          [`wrong round: message is for task ${TASK_ID} round ${ROUND + 1n}`, `wrong round: message is for task ${TASK_ID + 1n} round ${ROUND}`].sort(),
        );
      });

      it("rejects a submission received at the round's end", async function () {
        const out = await selectS([await submission(trainer1, { receivedAt: ROUND_END })]);
        expect(out.accepted).to.deep.equal([]);
        expect(out.rejected[0]!.reason).to.match(/^late:/);
      });

      it("rejects malformed, high-s and unrecoverable signatures", async function () {
        const good = await submission(trainer1);
        const short = { ...good, signature: good.signature.slice(0, 130) as Hex };
        const highS = { ...good, signature: malleate(good.signature) };
        const badV = { ...good, signature: `${good.signature.slice(0, 130)}00` as Hex };
        const zeroR = { ...good, signature: `0x${"00".repeat(32)}${good.signature.slice(66)}` as Hex };
        const out = await selectS([short, highS, badV, zeroR]);
        expect(out.accepted).to.deep.equal([]);
        expect(out.rejected.map((r) => r.reason).sort()).to.deep.equal(
          [
            "invalid signature: no signer can be recovered",
            "malformed signature: expected 65 bytes r || s || v",
            "malformed signature: v must be 27 or 28",
            "non-canonical signature: s is in the upper half of the curve order",
          ].sort(),
        );
        expect(out.rejected.every((r) => r.signer === undefined)).to.equal(true);
      });
    });

    it("returns the same selection for any input order", async function () {
      const items = [
        await submission(trainer1, { receivedAt: 1n }),
        await submission(trainer1, { receivedAt: 2n, modelURI: "ipfs://b" }),
        await submission(trainer2),
        await submission(outsider),
        await submission(trainer2, { receivedAt: ROUND_END + 1n }),
      ];
      const a = await selectS(items);
      const b = await selectS([...items].reverse());
      expect(b).to.deep.equal(a);
    });
  });

  describe("selectScores", function () {
    const t = [trainer1.address, trainer2.address];

    describe("when scores are valid", function () {
      it("accepts complete scores received before the scoring deadline", async function () {
        const s = await scoresMessage(validator1, t, [1n, MAX_SCORE], { receivedAt: ROUND_END + WINDOW - 1n });
        const out = await selectV([s]);
        expect(out.accepted).to.deep.equal([s]);
        expect(out.rejected).to.deep.equal([]);
      });

      it("ignores scores of trainers without a valid submission", async function () {
        const s = await scoresMessage(validator1, [...t, outsider.address], [1n, 2n, 3n]);
        expect((await selectV([s])).accepted).to.deep.equal([s]);
      });

      it("keeps the latest message of a validator", async function () {
        const early = await scoresMessage(validator1, t, [1n, 2n], { receivedAt: ROUND_END + 1n });
        const late = await scoresMessage(validator1, t, [3n, 4n], { receivedAt: ROUND_END + 2n });
        const out = await selectV([late, early]);
        expect(out.accepted).to.deep.equal([late]);
        expect(out.rejected.map((r) => r.reason)).to.deep.equal(["replaced by a later message from the same signer"]);
      });
    });

    describe("when scores do not count", function () {
      it("rejects scores received at roundEnd + scoringWindow", async function () {
        const out = await selectV([await scoresMessage(validator1, t, [1n, 2n], { receivedAt: ROUND_END + WINDOW })]);
        expect(out.accepted).to.deep.equal([]);
        expect(out.rejected[0]!.reason).to.equal(`late: received at ${ROUND_END + WINDOW}, scores closed at ${ROUND_END + WINDOW}`);
      });

      it("rejects a signer that is not the message's validator, and a non-validator", async function () {
        const forged = await scoresMessage(outsider, t, [1n, 2n], { validator: validator1.address });
        const trainerScores = await scoresMessage(trainer1, t, [1n, 2n]);
        const out = await selectV([forged, trainerScores]);
        expect(out.accepted).to.deep.equal([]);
        expect(out.rejected.map((r) => r.reason).sort()).to.deep.equal(
          [`signer ${outsider.address} is not the message's validator ${validator1.address}`, `${trainer1.address} is not a validator of this round`].sort(),
        );
      });

      it("rejects a duplicate trainer", async function () {
        const out = await selectV([await scoresMessage(validator1, [t[0]!, t[0]!, t[1]!], [1n, 1n, 2n])]);
        expect(out.rejected[0]!.reason).to.equal(`malformed scores: trainer ${t[0]} is scored twice`);
      });

      it("rejects an out-of-range score", async function () {
        const out = await selectV([await scoresMessage(validator1, t, [1n, MAX_SCORE + 1n])]);
        expect(out.rejected[0]!.reason).to.equal(`malformed scores: score ${MAX_SCORE + 1n} for trainer ${t[1]} is outside [0, ${MAX_SCORE}]`);
      });

      it("rejects arrays of different lengths", async function () {
        const out = await selectV([await scoresMessage(validator1, t, [1n])]);
        expect(out.rejected[0]!.reason).to.equal("malformed scores: 2 trainers but 1 scores");
      });

      it("excludes a validator whose scores miss a trainer with a valid submission", async function () {
        const out = await selectV([await scoresMessage(validator1, [t[0]!], [1n]), await scoresMessage(validator2, t, [1n, 2n])]);
        expect(out.accepted.map((s) => s.message.validator)).to.deep.equal([validator2.address]);
        expect(out.rejected).to.have.length(1);
        expect(out.rejected[0]).to.include({ signer: validator1.address });
        expect(out.rejected[0]!.reason).to.equal(`incomplete: no score for 1 of 2 trainers with a valid submission (first: ${t[1]})`);
      });

      it("excludes a validator whose latest message is incomplete, even after a complete one", async function () {
        const complete = await scoresMessage(validator1, t, [1n, 2n], { receivedAt: ROUND_END + 1n });
        const partial = await scoresMessage(validator1, [t[0]!], [1n], { receivedAt: ROUND_END + 2n });
        const out = await selectV([complete, partial]);
        expect(out.accepted).to.deep.equal([]);
        expect(out.rejected.map((r) => r.reason.split(":")[0]).sort()).to.deep.equal(["incomplete", "replaced by a later message from the same signer"]);
      });
    });
  });

  describe("parseSubmissionMessage / parseScoresMessage", function () {
    it("parses a JSON body back into a message whose signature still recovers", async function () {
      const signed = await submission(trainer1);
      const body = JSON.parse(JSON.stringify(toJsonValue({ message: signed.message, signature: signed.signature })));
      const parsed = parseSubmissionMessage(body);
      expect(parsed.message.taskId).to.equal(TASK_ID);
      expect(await recoverSubmissionSigner(DOMAIN, parsed.message, parsed.signature)).to.equal(trainer1.address);
    });

    it("accepts safe integers for uint256 values", async function () {
      const signed = await scoresMessage(validator1, [trainer1.address], [5n]);
      const body = { message: { ...signed.message, taskId: 7, round: 2, scores: [5] }, signature: signed.signature };
      expect(parseScoresMessage(body).message.scores).to.deep.equal([5n]);
    });

    it("throws InvalidMessageError naming the first bad field", function () {
      expect(() => parseSubmissionMessage({ message: { taskId: "1", round: "x" }, signature: "0x" })).to.throw(
        InvalidMessageError,
        /^submission: message\.round: expected a decimal string \(uint256\) or a non-negative safe integer, got "x"$/,
      );
      expect(() => parseScoresMessage({ message: {}, signature: "0x", extra: 1 })).to.throw(InvalidMessageError, /^scores: message\.taskId/);
    });
  });
});
