// The intake as a real process: messages acknowledged with a 2xx survive a kill -9 right after the answer.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect } from "chai";

import { getMessageStatus, NodeClientError, postScores, postSubmission, type MessageStatus } from "../../src/node/client";
import { account, DOMAIN, REGISTRY, CHAIN_ID, scoresBody, submissionBody, TRAINERS, VALIDATORS } from "./helpers";
import { killHard, runNodeProcess, startNodeProcess, type NodeProcess } from "./process";

const SIGNERS = Array.from({ length: 40 }, (_, i) => account(100 + i));
/** Trainers of the under-load test: more than one group-commit batch in flight over the run. */
const LOAD_SIGNERS = Array.from({ length: 240 }, (_, i) => account(1_000 + i));

describe("node intake process: kill -9 after the acknowledgement", function () {
  // a shared machine: a node start (ts-node, plus its recovery and writer threads) can take a minute
  this.timeout(600_000);
  let dir: string;
  let node: NodeProcess | undefined;
  let args: string[];

  before(function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-nodeb-"));
    const now = BigInt(Math.floor(Date.now() / 1000));
    const lookups = {
      rounds: [{ taskId: "1", round: "0", roundStart: String(now - 60n), roundEnd: String(now + 3600n), scoringWindowSeconds: "600" }],
      participants: [
        ...[...TRAINERS, ...SIGNERS, ...LOAD_SIGNERS].map((a) => ({ taskId: "1", round: "0", address: a.address, role: "trainer" })),
        ...VALIDATORS.map((a) => ({ taskId: "1", round: "0", address: a.address, role: "validator" })),
      ],
    };
    writeFileSync(join(dir, "lookups.json"), JSON.stringify(lookups));
    args = ["--db", join(dir, "node.db"), "--chain-id", String(CHAIN_ID), "--registry", REGISTRY, "--lookups", join(dir, "lookups.json"), "--signer-rate", "off", "--ip-rate", "off"];
  });
  afterEach(async function () {
    if (node !== undefined) await killHard(node.child);
    node = undefined;
  });
  after(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every acknowledged message after SIGKILL and answers the same after the restart", async function () {
    node = await startNodeProcess(args);
    const bodies = await Promise.all(SIGNERS.map((s) => submissionBody(s)));
    const scores = await scoresBody(VALIDATORS[0]!);
    const acknowledged: MessageStatus[] = [];
    let killed: Promise<void> | undefined;
    const first = node;
    // 40 concurrent submissions plus a Scores message; SIGKILL the moment the first 2xx arrives
    const posts = [
      ...bodies.map((b) => postSubmission(first.url, { message: _submission(b.message), signature: b.signature })),
      postScores(first.url, { message: _scores(scores.message), signature: scores.signature, domain: DOMAIN }),
    ].map((p) =>
      p.then(
        (ack) => {
          if (killed === undefined) {
            acknowledged.push(ack);
            killed = killHard(first.child);
          }
        },
        (e: unknown) => {
          if (!(e instanceof NodeClientError) || e.status !== 0) throw e; // only "connection lost" is expected
        },
      ),
    );
    await Promise.all(posts);
    await killed;
    expect(acknowledged).to.have.length(1);
    expect(first.child.signalCode).to.equal("SIGKILL");

    // the row is in the database file, read by another connection
    const db = new Database(join(dir, "node.db"), { readonly: true });
    const row = db.prepare("SELECT signer, digest, received_at FROM inbox WHERE kind = ? AND signer = ?").get(acknowledged[0]!.kind, acknowledged[0]!.signer) as
      | { signer: string; digest: string; received_at: number }
      | undefined;
    const rows = (db.prepare("SELECT COUNT(*) AS n FROM inbox").get() as { n: number }).n;
    db.close();
    expect(row).to.deep.equal({ signer: acknowledged[0]!.signer, digest: acknowledged[0]!.digest, received_at: Number(acknowledged[0]!.receivedAt) });
    expect(rows).to.be.at.least(1).and.at.most(41);

    // restarted on the same file: the status and a replay answer exactly what was acknowledged
    node = await startNodeProcess(args);
    const ack = acknowledged[0]!;
    const status = await getMessageStatus(node.url, { kind: ack.kind, taskId: 1n, round: 0n, signer: ack.signer as `0x${string}` });
    expect(status).to.deep.equal(ack);
    const replay =
      ack.kind === "scores"
        ? await postScores(node.url, { message: _scores(scores.message), signature: scores.signature })
        : await (async () => {
            const b = bodies[SIGNERS.findIndex((s) => s.address === ack.signer)]!;
            return postSubmission(node!.url, { message: _submission(b.message), signature: b.signature });
          })();
    expect(replay).to.deep.equal(ack);
  });

  it("acknowledges each message of a sequence and loses none across repeated SIGKILLs", async function () {
    const acked: MessageStatus[] = [];
    for (let i = 0; i < 3; i++) {
      node = await startNodeProcess(args);
      const who = TRAINERS[i]!;
      const b = await submissionBody(who, { modelURI: `ipfs://crash-${i}` });
      acked.push(await postSubmission(node.url, { message: _submission(b.message), signature: b.signature }));
      await killHard(node.child);
      node = undefined;
    }
    node = await startNodeProcess(args);
    for (const ack of acked) {
      expect(await getMessageStatus(node.url, { kind: "submission", taskId: 1n, round: 0n, signer: ack.signer as `0x${string}` })).to.deep.equal(ack);
    }
  });

  it("under load (recovery threads, writer thread), every message acknowledged before a kill -9 is on disk", async function () {
    node = await startNodeProcess(args);
    const loaded = node;
    const bodies = await Promise.all(LOAD_SIGNERS.map((s) => submissionBody(s, { modelURI: `ipfs://load-${s.address}` })));
    const acked: MessageStatus[] = [];
    let killed: Promise<void> | undefined;
    let next = 0;
    // 32 requests in flight over real sockets; SIGKILL once 80 acknowledgements have arrived, mid-stream
    const client = async () => {
      while (next < bodies.length && killed === undefined) {
        const b = bodies[next++]!;
        try {
          const ack = await postSubmission(loaded.url, { message: _submission(b.message), signature: b.signature });
          acked.push(ack); // every 2xx counts, also one that raced the kill
          if (acked.length >= 80 && killed === undefined) killed = killHard(loaded.child);
        } catch (e) {
          if (!(e instanceof NodeClientError) || e.status !== 0) throw e; // only "connection lost" after the kill
        }
      }
    };
    await Promise.all(Array.from({ length: 32 }, client));
    await killed;
    expect(loaded.child.signalCode).to.equal("SIGKILL");
    expect(acked.length).to.be.at.least(80);

    const db = new Database(join(dir, "node.db"), { readonly: true });
    const select = db.prepare("SELECT digest, received_at FROM inbox WHERE kind = 'submission' AND task_id = '1' AND round = '0' AND signer = ?");
    const found = acked.map((a) => select.get(a.signer) as { digest: string; received_at: number } | undefined);
    db.close();
    expect(found).to.deep.equal(acked.map((a) => ({ digest: a.digest, received_at: Number(a.receivedAt) })));
  });

  it("a bad argument prints one line naming it and exits 2", async function () {
    const res = await runNodeProcess(["--db", join(dir, "x.db"), "--chain-id", "abc", "--registry", REGISTRY, "--lookups", join(dir, "lookups.json")]);
    expect(res.code).to.equal(2);
    expect(res.stderr).to.equal("aerie node: --chain-id: expected a positive integer, got 'abc'\n");
  });

  it("a missing lookup file prints one line naming it and exits 2", async function () {
    const res = await runNodeProcess(["--db", join(dir, "z.db"), "--chain-id", "31337", "--registry", REGISTRY, "--lookups", join(dir, "missing.json")]);
    expect(res.code).to.equal(2);
    expect(res.stderr).to.equal(`aerie node: --lookups: cannot read ${join(dir, "missing.json")}: check the path\n`);
  });

  it("an unreachable RPC prints one line naming the URL and exits 2", async function () {
    const res = await runNodeProcess(["--db", join(dir, "y.db"), "--chain-id", "31337", "--registry", REGISTRY, "--rpc", "http://127.0.0.1:9"]);
    expect(res.code).to.equal(2);
    expect(res.stderr.trim().split("\n")).to.have.length(1);
    expect(res.stderr).to.match(/^aerie node: --rpc: cannot reach http:\/\/127\.0\.0\.1:9 .*: start the node or fix the URL\n$/);
  });
});

function _submission(m: Record<string, unknown>) {
  return { ...m, taskId: BigInt(m.taskId as string), round: BigInt(m.round as string) } as Parameters<typeof postSubmission>[1]["message"];
}

function _scores(m: Record<string, unknown>) {
  return { ...m, taskId: BigInt(m.taskId as string), round: BigInt(m.round as string), scores: (m.scores as string[]).map(BigInt) } as Parameters<typeof postScores>[1]["message"];
}
