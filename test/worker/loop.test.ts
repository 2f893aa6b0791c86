// Workers against a real intake over HTTP: trainers submit artefacts they serve, validators list the round's
// submissions from the node, download and score them (honest, lazy, inverting), and the node stores every message.
import { expect } from "chai";
import pino from "pino";
import { privateKeyToAccount } from "viem/accounts";
import type { Address } from "viem";

import { aerieDomain } from "../../src/lib/eip712";
import { getRoundSubmissions } from "../../src/node/client";
import { buildIntakeApp, type IntakeApp } from "../../src/node/intake/app";
import { staticLookups } from "../../src/node/intake/lookups";
import { startArtefactServer, type ArtefactServer } from "../../src/worker/artefacts";
import { LAZY_DEFAULT_SCORE } from "../../src/worker/behaviour";
import { DatasetSpecSchema, heldOutSet, trainerShard } from "../../src/worker/data/synthetic";
import { encodeWeights } from "../../src/worker/model/format";
import { randomWeights } from "../../src/worker/model/softmaxRegression";
import { nodeApi } from "../../src/worker/nodes";
import { softmaxRegressionPlugin } from "../../src/worker/plugin";
import { RoundWorker, type RoundRecord } from "../../src/worker/worker";

const CHAIN_ID = 31337;
const REGISTRY = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as Address;
const TASK = 7n;
const SPEC = DatasetSpecSchema.parse({ seed: "loop-test", classes: 4, features: 8, separation: 0.8 });
const key = (i: number) => privateKeyToAccount(`0x${(i + 1).toString(16).padStart(64, "0")}`);
const trainers = [0, 1, 2].map(key);
const validators = [3, 4, 5].map(key);
const ROUNDS = [0n, 1n].map((r) => ({ taskId: TASK.toString(), round: r.toString(), roundStart: (1000n + r * 100n).toString(), roundEnd: (1100n + r * 100n).toString(), scoringWindowSeconds: "50" }));

describe("worker: trainers and validators against a real intake", () => {
  let node: IntakeApp;
  let url: string;
  let now = 1000n;
  const servers: ArtefactServer[] = [];
  const consensus0 = new Map<string, bigint>();

  before(async () => {
    node = await buildIntakeApp({
      chainId: CHAIN_ID,
      registry: REGISTRY,
      ...staticLookups({
        rounds: ROUNDS,
        participants: ROUNDS.flatMap((r) => [
          ...trainers.map((t) => ({ taskId: r.taskId, round: r.round, address: t.address, role: "trainer" as const })),
          ...validators.map((v) => ({ taskId: r.taskId, round: r.round, address: v.address, role: "validator" as const })),
        ]),
      }),
      clock: () => now,
      signerRateLimit: null,
      ipRateLimit: null,
      // the committee's bundle route, serving round 0's consensus for the lazy validator
      routes: (api) =>
        api.app.get("/v1/tasks/:taskId/rounds/:round/bundle", async (req, reply) => {
          const { round } = req.params as { round: string };
          if (round !== "0" || consensus0.size === 0) return reply.code(404).send({ error: { code: "bundle_not_found", message: "none" } });
          return { outputs: { trainers: [...consensus0].map(([operator, s]) => ({ operator, consensusScore: s.toString() })) } };
        }),
    });
    await node.app.listen({ host: "127.0.0.1", port: 0 });
    const a = node.app.server.address();
    url = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  });
  after(async () => {
    for (const s of servers) await s.close();
    await node.close();
  });

  it("runs two rounds: honest ranking, inverted ranking, lazy copy of the previous consensus", async () => {
    const plugin = softmaxRegressionPlugin(SPEC, { epochs: 20 });
    const log = pino({ level: "silent" });
    const common = async (i: number, account: ReturnType<typeof key>) => {
      const artefacts = await startArtefactServer({ host: "127.0.0.1", port: 0 });
      servers.push(artefacts);
      return {
        taskId: TASK,
        account,
        domain: aerieDomain(CHAIN_ID, REGISTRY),
        scoringWindowSeconds: 50n,
        chain: { now: async () => now, schedule: async () => ({ startTime: 1000n, roundDuration: 100n, activeRounds: 2 }) },
        nodes: nodeApi([url], TASK),
        artefacts,
        log,
      };
    };
    const shards = [{ size: 800 }, { size: 30, labelNoise: 0.5 }, { size: 10 }];
    const tw = await Promise.all(
      trainers.map(async (t, i) => new RoundWorker({
        ...(await common(i, t)),
        role: "trainer",
        trainer: { plugin, shard: trainerShard(SPEC, i, shards[i]!), behaviour: i === 2 ? "random" : "honest", randomModel: (r) => encodeWeights(randomWeights(8, 4, SPEC.seed, `random/${r}`)) },
      })),
    );
    const behaviours = ["honest", "lazy", "invert"] as const;
    const vw = await Promise.all(
      validators.map(async (v, i) => new RoundWorker({ ...(await common(10 + i, v)), role: "validator", validator: { plugin, heldOut: heldOutSet(SPEC, i, 400), behaviour: behaviours[i]! } })),
    );
    const all = [...tw, ...vw];
    const scored = (w: RoundWorker, r: bigint) => w.history.find((h): h is Extract<RoundRecord, { kind: "scored" }> => h.round === r && h.kind === "scored")!;

    for (const r of [0n, 1n]) {
      now = 1000n + r * 100n + 10n;
      for (const w of all) await w.tick();
      const subs = await getRoundSubmissions(url, { taskId: TASK, round: r });
      expect(subs.map((s) => s.message.trainer)).to.have.members(trainers.map((t) => t.address));
      now = 1100n + r * 100n + 10n;
      for (const w of all) await w.tick();
      const order = subs.map((s) => s.message.trainer.toLowerCase());
      const idx = (t: number) => order.indexOf(trainers[t]!.address.toLowerCase());
      const honest = scored(vw[0]!, r);
      expect(honest.refused).to.deep.equal([]);
      expect(honest.outcomes.every((o) => o.ok)).to.equal(true);
      const s = honest.scores;
      expect(s[idx(0)]!).to.be.greaterThan(s[idx(1)]!);
      expect(s[idx(1)]!).to.be.greaterThan(s[idx(2)]!);
      const inverted = scored(vw[2]!, r);
      expect(inverted.scores).to.deep.equal(inverted.outcomes.map((o) => 1_000_000n - o.score));
      expect(inverted.scores[idx(0)]!).to.be.lessThan(inverted.scores[idx(2)]!);
      const lazy = scored(vw[1]!, r);
      expect(lazy.outcomes).to.deep.equal([]);
      expect(lazy.scores).to.deep.equal(r === 0n ? order.map(() => LAZY_DEFAULT_SCORE) : order.map((t) => consensus0.get(t)!));
      // the node holds each validator's scores as sent
      for (const [i, v] of validators.entries()) expect(node.inbox.scores(TASK, r).find((m) => m.message.validator === v.address)!.message.scores).to.deep.equal(scored(vw[i]!, r).scores);
      if (r === 0n) for (const [i, t] of order.entries()) consensus0.set(t, s[i]!); // round 0's "published consensus"
    }
    for (const w of all) expect(await w.finished()).to.equal(true);
    const t0 = tw[0]!.history;
    expect(t0.map((h) => h.kind)).to.deep.equal(["submitted", "submitted"]);
  });
});
