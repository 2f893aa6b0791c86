// Per-node delivery: a submission one node takes while another is down is sent to the missing node again until the
// round's window closes, with one warn line for the failure streak and one when it is delivered. Real sockets.
import { expect } from "chai";
import Fastify from "fastify";
import pino from "pino";
import { Writable } from "node:stream";
import type { Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { aerieDomain } from "../../src/lib/eip712";
import { buildIntakeApp, type IntakeApp } from "../../src/node/intake/app";
import { staticLookups } from "../../src/node/intake/lookups";
import { startArtefactServer } from "../../src/worker/artefacts";
import { DatasetSpecSchema, trainerShard } from "../../src/worker/data/synthetic";
import { nodeApi } from "../../src/worker/nodes";
import { softmaxRegressionPlugin } from "../../src/worker/plugin";
import { RoundWorker } from "../../src/worker/worker";

const REGISTRY = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as Address;
const TASK = 4n;
const SPEC = DatasetSpecSchema.parse({ seed: "delivery", classes: 4, features: 8 });
const trainer = privateKeyToAccount(`0x${"22".repeat(32)}`);
const ROUNDS = [{ taskId: TASK.toString(), round: "0", roundStart: "1000", roundEnd: "1100", scoringWindowSeconds: "50" }];

describe("worker: a node that is down while another takes the message", () => {
  it("gets it when it is back, before the window closes (one line for the streak, one when delivered)", async () => {
    let now = 1010n;
    const intake = () =>
      buildIntakeApp({
        chainId: 31337,
        registry: REGISTRY,
        ...staticLookups({ rounds: ROUNDS, participants: [{ taskId: TASK.toString(), round: "0", address: trainer.address, role: "trainer" }] }),
        clock: () => now,
        signerRateLimit: null,
        ipRateLimit: null,
      });
    const a: IntakeApp = await intake();
    await a.app.listen({ host: "127.0.0.1", port: 0 });
    const urlOf = (s: { address(): unknown }) => {
      const x = s.address() as { port: number };
      return `http://127.0.0.1:${x.port}`;
    };
    const urlA = urlOf(a.app.server);
    // node B's port: taken and released, so nothing listens there until B starts
    const probe = Fastify();
    await probe.listen({ host: "127.0.0.1", port: 0 });
    const urlB = urlOf(probe.server);
    await probe.close();
    const lines: Record<string, unknown>[] = [];
    const log = pino({ level: "info" }, new Writable({ write: (chunk, _e, cb) => (lines.push(JSON.parse(chunk.toString())), cb()) }));
    const artefacts = await startArtefactServer({ host: "127.0.0.1", port: 0 });
    const plugin = softmaxRegressionPlugin(SPEC, { epochs: 5 });
    let b: IntakeApp | undefined;
    try {
      const worker = new RoundWorker({
        role: "trainer",
        taskId: TASK,
        account: trainer,
        domain: aerieDomain(31337, REGISTRY),
        scoringWindowSeconds: 50n,
        chain: { now: async () => now, schedule: async () => ({ startTime: 1000n, roundDuration: 100n, activeRounds: 1 }) },
        nodes: nodeApi([urlA, urlB], TASK, { timeoutMs: 2_000 }, log),
        artefacts,
        log,
        trainer: { plugin, shard: trainerShard(SPEC, 0, { size: 50 }), behaviour: "honest", randomModel: (r) => plugin.random(`r/${r}`) },
      });
      await worker.tick();
      expect(a.inbox.submissions(TASK, 0n)).to.have.length(1);
      now = 1020n;
      await worker.tick(); // B still down: the same streak, no new line
      const missed = lines.filter((l) => l.event === "node_missed");
      expect(missed.map((l) => l.node)).to.deep.equal([urlB]);
      b = await intake();
      await b.app.listen({ host: "127.0.0.1", port: Number(new URL(urlB).port) });
      now = 1050n;
      await worker.tick();
      expect(b.inbox.submissions(TASK, 0n).map((s) => s.message.modelHash)).to.deep.equal(a.inbox.submissions(TASK, 0n).map((s) => s.message.modelHash));
      expect(lines.filter((l) => l.event === "delivered").map((l) => [l.node, l.msg])).to.deep.equal([[urlB, `round 0: delivered the submission to node ${urlB}`]]);
      expect(lines.filter((l) => l.event === "node_missed")).to.have.length(1);
    } finally {
      await artefacts.close();
      await a.close();
      await b?.close();
    }
  });
});
