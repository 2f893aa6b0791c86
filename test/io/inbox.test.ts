import { expect } from "chai";
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { InvalidFileError } from "../../src/lib/errors";
import { appendToInbox, inboxPath, readInbox } from "../../src/io/inbox";
import { ROUND, scoresMessage, submission, T1, T2, TASK_ID, V1 } from "../aggregator/fixtures";

describe("io: inbox", function () {
  let dir: string;
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-inbox-"));
  });

  describe("inboxPath", function () {
    it("names one JSON-lines file per task round", function () {
      expect(inboxPath("/x/inbox", 7n, 2n)).to.equal("/x/inbox/task-7-round-2.jsonl");
    });
  });

  describe("appendToInbox then readInbox", function () {
    it("round-trips submissions and scores in file order, bigints and all", async function () {
      const s1 = await submission(T1);
      const s2 = await submission(T2, { receivedAt: 5n });
      const sc = await scoresMessage(V1, [T1.address, T2.address], [900_000n, 1n]);
      expect(appendToInbox(join(dir, "new"), { kind: "submission", ...s1 })).to.equal(inboxPath(join(dir, "new"), TASK_ID, ROUND));
      appendToInbox(join(dir, "new"), { kind: "scores", ...sc });
      appendToInbox(join(dir, "new"), { kind: "submission", ...s2 });
      const inbox = readInbox(join(dir, "new"), TASK_ID, ROUND);
      expect(inbox.submissions).to.deep.equal([s1, s2]);
      expect(inbox.scores).to.deep.equal([sc]);
    });

    it("writes uint256 values as decimal strings, one line per message", async function () {
      const s1 = await submission(T1, { receivedAt: 12n });
      appendToInbox(dir, { kind: "submission", ...s1 });
      const lines = readFileSync(inboxPath(dir, TASK_ID, ROUND), "utf8").split("\n");
      expect(lines).to.have.length(2);
      expect(lines[1]).to.equal("");
      const json = JSON.parse(lines[0]!);
      expect(json).to.include({ kind: "submission", receivedAt: "12", signature: s1.signature });
      expect(json.message).to.deep.include({ taskId: TASK_ID.toString(), round: ROUND.toString(), trainer: T1.address });
    });

    it("normalizes case: lowercase addresses come back checksummed, uppercase hex lowercase", async function () {
      const s1 = await submission(T1);
      const line = JSON.stringify({ kind: "submission", message: { ...s1.message, taskId: "7", round: "2", trainer: T1.address.toLowerCase(), modelHash: s1.message.modelHash.toUpperCase().replace("0X", "0x") }, signature: s1.signature, receivedAt: "1" });
      writeFileSync(inboxPath(dir, TASK_ID, ROUND), `${line}\n\n`);
      const inbox = readInbox(dir, TASK_ID, ROUND);
      expect(inbox.submissions[0]!.message.trainer).to.equal(T1.address);
      expect(inbox.submissions[0]!.message.modelHash).to.equal(s1.message.modelHash);
    });
  });

  describe("readInbox", function () {
    it("reads a missing file as an empty inbox", function () {
      expect(readInbox(join(dir, "nothing"), 1n, 0n)).to.deep.equal({ submissions: [], scores: [] });
    });

    it("names the file and line of a line that is not JSON", async function () {
      appendToInbox(dir, { kind: "submission", ...(await submission(T1)) });
      appendFileSync(inboxPath(dir, TASK_ID, ROUND), "{not json\n");
      expect(() => readInbox(dir, TASK_ID, ROUND))
        .to.throw(InvalidFileError)
        .with.property("message")
        .that.matches(new RegExp(`^${inboxPath(dir, TASK_ID, ROUND)}:2 is not valid JSON \\(.*\\): fix or delete that line$`));
    });

    it("names the first bad field of a line that breaks the message schema", async function () {
      const s1 = await submission(T1);
      writeFileSync(inboxPath(dir, TASK_ID, ROUND), JSON.stringify({ kind: "submission", message: { ...s1.message, taskId: "7", round: "2", modelHash: "0x12" }, signature: s1.signature, receivedAt: "1" }) + "\n");
      expect(() => readInbox(dir, TASK_ID, ROUND)).to.throw(
        InvalidFileError,
        `${inboxPath(dir, TASK_ID, ROUND)}:1: message.modelHash: expected 32 bytes of hex (0x + 64 hex digits), got "0x12": fix or delete that line`,
      );
    });

    it("rejects an unknown kind", function () {
      writeFileSync(inboxPath(dir, TASK_ID, ROUND), JSON.stringify({ kind: "vote" }) + "\n");
      expect(() => readInbox(dir, TASK_ID, ROUND)).to.throw(InvalidFileError, `${inboxPath(dir, TASK_ID, ROUND)}:1: kind: expected an inbox line`);
    });

    it("rejects a message of another round, naming where it belongs", async function () {
      const other = await submission(T1, { round: 3n });
      writeFileSync(inboxPath(dir, TASK_ID, ROUND), JSON.stringify({ kind: "submission", message: { ...other.message, taskId: "7", round: "3" }, signature: other.signature, receivedAt: "1" }) + "\n");
      expect(() => readInbox(dir, TASK_ID, ROUND)).to.throw(
        InvalidFileError,
        `${inboxPath(dir, TASK_ID, ROUND)}:1 holds a message for task 7 round 3, not task 7 round 2: move it to its own round's inbox`,
      );
    });
  });
});
