// A validator's bad input: models down, slow, missing, mismatched, misshaped or NaN score 0 with a reason; a node
// refusing a message gets one log line with its code and the worker goes on. Real HTTP servers on free ports.
import { expect } from "chai";
import Fastify, { type FastifyInstance } from "fastify";
import pino from "pino";
import { Writable } from "node:stream";
import { privateKeyToAccount } from "viem/accounts";
import type { Address } from "viem";

import { aerieDomain } from "../../src/lib/eip712";
import { NodeClientError } from "../../src/node/client";
import { startArtefactServer, type ArtefactServer } from "../../src/worker/artefacts";
import { DatasetSpecSchema, heldOutSet, trainerShard } from "../../src/worker/data/synthetic";
import { evaluateSubmissions } from "../../src/worker/evaluate";
import { encodeWeights, modelHash } from "../../src/worker/model/format";
import { zeroWeights } from "../../src/worker/model/softmaxRegression";
import { softmaxRegressionPlugin } from "../../src/worker/plugin";
import { RoundWorker, type WorkerNodeApi } from "../../src/worker/worker";

const SPEC = DatasetSpecSchema.parse({ seed: "bad-input", classes: 4, features: 8 });
const plugin = softmaxRegressionPlugin(SPEC);
const data = heldOutSet(SPEC, 0, 200);
const T = (i: number) => `0x${(i + 1).toString(16).padStart(40, "0")}` as Address;

describe("worker: bad input is scored 0 with a reason", () => {
  let artefacts: ArtefactServer;
  let evil: FastifyInstance;
  let evilUrl: string;
  let good: Uint8Array;

  before(async () => {
    artefacts = await startArtefactServer({ host: "127.0.0.1", port: 0 });
    good = await plugin.train({ round: 0n, start: null, shard: trainerShard(SPEC, 0, { size: 300 }) });
    evil = Fastify();
    evil.get("/slow", async () => new Promise((r) => setTimeout(() => r("late"), 10_000)));
    evil.get("/missing", async (_q, reply) => reply.code(404).send("no"));
    evil.get("/huge", async (_q, reply) => reply.header("content-type", "application/octet-stream").send(Buffer.alloc(2048)));
    await evil.listen({ host: "127.0.0.1", port: 0 });
    const a = evil.server.address();
    evilUrl = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  });
  after(async () => {
    await artefacts.close();
    await evil.close();
  });

  it("scores a good model, and 0 with the reason for each bad one, without throwing", async () => {
    const ok = artefacts.put(good);
    const wrongShape = artefacts.put(encodeWeights(zeroWeights(8, 3)));
    const nanW = zeroWeights(8, 4);
    nanW.values[3] = Number.NaN;
    const nan = artefacts.put(encodeWeights(nanW));
    const other = artefacts.put(encodeWeights(zeroWeights(8, 4)));
    // a port that was just closed: nothing listens
    const closed = Fastify();
    await closed.listen({ host: "127.0.0.1", port: 0 });
    const ca = closed.server.address();
    const downUrl = `http://127.0.0.1:${typeof ca === "object" && ca ? ca.port : 0}/models/x`;
    await closed.close();
    const models = [
      { trainer: T(0), ...ok },
      { trainer: T(1), modelHash: ok.modelHash, modelURI: other.modelURI }, // serves other bytes than the hash says
      { trainer: T(2), ...wrongShape },
      { trainer: T(3), ...nan },
      { trainer: T(4), modelHash: ok.modelHash, modelURI: downUrl },
      { trainer: T(5), modelHash: ok.modelHash, modelURI: `${evilUrl}/slow` },
      { trainer: T(6), modelHash: ok.modelHash, modelURI: `${evilUrl}/missing` },
      { trainer: T(7), modelHash: ok.modelHash, modelURI: `${evilUrl}/huge` },
      { trainer: T(8), modelHash: ok.modelHash, modelURI: "ipfs://bafy/model" },
    ];
    const t0 = Date.now();
    const out = await evaluateSubmissions(models, { evaluator: plugin, data, fetchOptions: { timeoutMs: 2_000, maxBytes: 1024 } });
    // the slow model (10 s) was cut off at 2 s; the limit is generous so a loaded machine still fetches the good one
    expect(Date.now() - t0).to.be.lessThan(9_000);
    const expected = (await plugin.evaluate(good, data)).score;
    expect(out.map((o) => o.score)).to.deep.equal([expected, 0n, 0n, 0n, 0n, 0n, 0n, 0n, 0n]);
    expect(out.map((o) => (o.ok ? "ok" : o.reason))).to.deep.equal(["ok", "hash_mismatch", "wrong_shape", "non_finite", "unreachable", "timeout", "http_status", "too_large", "bad_uri"]);
    const mismatch = out[1]!;
    expect(!mismatch.ok && mismatch.message).to.equal(`${other.modelURI} serves bytes hashing to ${modelHash(encodeWeights(zeroWeights(8, 4)))}, the submission says ${ok.modelHash}`);
  });
});

describe("worker: a node refusing a message", () => {
  it("logs one line with the node's code, and the worker goes on to the next round", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: "info" }, new Writable({ write: (chunk, _e, cb) => (lines.push(JSON.parse(chunk.toString())), cb()) }));
    const account = privateKeyToAccount(`0x${"11".repeat(32)}`);
    let now = 100n;
    const sent: bigint[] = [];
    const nodes: WorkerNodeApi = {
      postSubmission: async (s) => {
        sent.push(s.message.round);
        return s.message.round === 0n ? [new NodeClientError(409, "window_closed", "round 0 of task 1 closed for submissions at 200")] : [];
      },
      postScores: async () => [],
      submissions: async () => [],
      consensus: async () => new Map(),
      postScoresCommit: async () => [],
      postScoresReveal: async () => [],
    };
    const artefacts = await startArtefactServer({ host: "127.0.0.1", port: 0 });
    try {
      const worker = new RoundWorker({
        role: "trainer",
        taskId: 1n,
        account,
        domain: aerieDomain(31337, "0x0000000000000000000000000000000000000001"),
        scoringWindowSeconds: 50n,
        chain: { now: async () => now, schedule: async () => ({ startTime: 100n, roundDuration: 100n, activeRounds: 2 }) },
        nodes,
        artefacts,
        log,
        trainer: { plugin, shard: trainerShard(SPEC, 0, { size: 100 }), behaviour: "honest", randomModel: () => plugin.initial() },
      });
      await worker.tick();
      now = 200n;
      await worker.tick();
      expect(sent).to.deep.equal([0n, 1n]);
      const refused = lines.filter((l) => l.event === "refused");
      expect(refused).to.have.length(1);
      expect(refused[0]).to.include({ round: "0", code: "window_closed", status: 409 });
      expect(refused[0]!.msg).to.equal("round 0: the node refused the message: window_closed: round 0 of task 1 closed for submissions at 200");
      expect(worker.history.map((h) => [h.round, h.kind])).to.deep.equal([[0n, "submitted"], [1n, "submitted"]]);
      expect(await worker.finished()).to.equal(true);
    } finally {
      await artefacts.close();
    }
  });
});

describe("worker: a validator refused by the node, and a node not ready yet", () => {
  const account = privateKeyToAccount(`0x${"22".repeat(32)}`);
  const domain = aerieDomain(31337, "0x0000000000000000000000000000000000000001");
  const capture = () => {
    const lines: Record<string, unknown>[] = [];
    return { lines, log: pino({ level: "info" }, new Writable({ write: (chunk, _e, cb) => (lines.push(JSON.parse(chunk.toString())), cb()) })) };
  };

  it("not_participant: one log line with the code, the zero score's reason in its report, and the next round scored", async () => {
    const { lines, log } = capture();
    const artefacts = await startArtefactServer({ host: "127.0.0.1", port: 0 });
    try {
      const good = artefacts.put(await plugin.train({ round: 0n, start: null, shard: trainerShard(SPEC, 0, { size: 100 }) }));
      const other = artefacts.put(plugin.initial());
      let now = 210n;
      const sentScores: bigint[][] = [];
      const nodes: WorkerNodeApi = {
        postSubmission: async () => [],
        postScores: async (s) => {
          sentScores.push(s.message.scores);
          return s.message.round === 0n ? [new NodeClientError(403, "not_participant", `${account.address} is not a validator of task 1 round 0`)] : [];
        },
        submissions: async (round) =>
          [
            { trainer: T(0), ...good },
            { trainer: T(1), modelHash: good.modelHash, modelURI: other.modelURI },
          ].map((m) => ({ message: { taskId: 1n, round, ...m }, signature: "0x" as const, receivedAt: 0n })),
        consensus: async () => new Map(),
        postScoresCommit: async () => [],
        postScoresReveal: async () => [],
      };
      const worker = new RoundWorker({
        role: "validator",
        taskId: 1n,
        account,
        domain,
        scoringWindowSeconds: 50n,
        chain: { now: async () => now, schedule: async () => ({ startTime: 100n, roundDuration: 100n, activeRounds: 2 }) },
        nodes,
        artefacts,
        log,
        validator: { plugin, heldOut: data, behaviour: "honest" },
      });
      await worker.tick();
      now = 310n;
      await worker.tick();
      const expected = (await plugin.evaluate(await (await fetch(good.modelURI)).arrayBuffer().then((b) => new Uint8Array(b)), data)).score;
      expect(sentScores).to.deep.equal([[expected, 0n], [expected, 0n]]);
      const refused = lines.filter((l) => l.event === "refused");
      expect(refused).to.have.length(1);
      expect(refused[0]).to.include({ round: "0", code: "not_participant", status: 403, msg: `round 0: the node refused the message: not_participant: ${account.address} is not a validator of task 1 round 0` });
      expect(lines.filter((l) => l.event === "model_rejected").map((l) => [l.round, l.trainer, l.reason])).to.deep.equal([["0", T(1), "hash_mismatch"], ["1", T(1), "hash_mismatch"]]);
      expect(worker.history.map((h) => [h.round, h.kind])).to.deep.equal([[0n, "scored"], [1n, "scored"]]);
      const report = (await (await fetch(`${artefacts.url}/reports/1/0`)).json()) as { outcomes: { trainer: string; score: string; ok: boolean; reason?: string }[] };
      expect(report.outcomes.map((o) => [o.trainer, o.score, o.ok, o.reason])).to.deep.equal([[T(0), expected.toString(), true, undefined], [T(1), "0", false, "hash_mismatch"]]);
    } finally {
      await artefacts.close();
    }
  });

  it("round_not_started (the node's clock behind the chain): retried on the next tick with the same model, not a refusal", async () => {
    const { lines, log } = capture();
    const artefacts = await startArtefactServer({ host: "127.0.0.1", port: 0 });
    try {
      let trainings = 0;
      const counting = { ...plugin, train: (i: Parameters<typeof plugin.train>[0]) => (trainings++, plugin.train(i)) };
      const answers = [[new NodeClientError(409, "round_not_started", "round 0 of task 1 starts at 100 (now 90): send it then")], []];
      const sent: string[] = [];
      const nodes: WorkerNodeApi = {
        postSubmission: async (s) => (sent.push(s.message.modelHash), answers.shift()!),
        postScores: async () => [],
        submissions: async () => [],
        consensus: async () => new Map(),
        postScoresCommit: async () => [],
        postScoresReveal: async () => [],
      };
      const worker = new RoundWorker({
        role: "trainer",
        taskId: 1n,
        account,
        domain,
        scoringWindowSeconds: 50n,
        chain: { now: async () => 110n, schedule: async () => ({ startTime: 100n, roundDuration: 100n, activeRounds: 1 }) },
        nodes,
        artefacts,
        log,
        trainer: { plugin: counting, shard: trainerShard(SPEC, 0, { size: 50 }), behaviour: "honest", randomModel: () => plugin.initial() },
      });
      await worker.tick();
      expect(worker.history).to.deep.equal([]);
      expect(lines.filter((l) => l.event === "retry").map((l) => [l.round, l.code])).to.deep.equal([["0", "round_not_started"]]);
      await worker.tick();
      expect(worker.history.map((h) => [h.round, h.kind])).to.deep.equal([[0n, "submitted"]]);
      expect(trainings).to.equal(1);
      expect(sent).to.have.length(2);
      expect(sent[0]).to.equal(sent[1]);
      expect(lines.filter((l) => l.event === "refused")).to.deep.equal([]);
    } finally {
      await artefacts.close();
    }
  });
});
