// Third-party model plug-ins through the config (`model.plugin` = a module path, `model.options` validated by the
// plug-in): examples/plugins/nearestCentroid.ts as a trainer and a validator against a real intake over HTTP, and
// one-line errors for a bad path, a module without the factory and bad options from `aerie worker --config`.
import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pino from "pino";
import type { Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { aerieDomain } from "../../src/lib/eip712";
import { buildIntakeApp, type IntakeApp } from "../../src/node/intake/app";
import { staticLookups } from "../../src/node/intake/lookups";
import { startArtefactServer, type ArtefactServer } from "../../src/worker/artefacts";
import { parseWorkerConfig, type WorkerConfigInput } from "../../src/worker/config";
import { heldOutSet, trainerShard } from "../../src/worker/data/synthetic";
import { nodeApi } from "../../src/worker/nodes";
import { loadModelPlugin } from "../../src/worker/pluginLoader";
import { RoundWorker, type RoundRecord } from "../../src/worker/worker";

const ROOT = resolve(__dirname, "..", "..");
const PLUGIN = join(ROOT, "examples/plugins/nearestCentroid.ts");
const CHAIN_ID = 31337;
const REGISTRY = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as Address;
const TASK = 3n;
const key = (i: number) => privateKeyToAccount(`0x${(i + 1).toString(16).padStart(64, "0")}`);

describe("worker: a third-party model plug-in (model.plugin = a module)", () => {
  let dir: string;
  const config = (model: unknown, role: "trainer" | "validator" = "trainer"): WorkerConfigInput => ({
    role,
    key: { env: "AERIE_WORKER_KEY" },
    rpc: { url: "http://127.0.0.1:1" },
    addressBook: join(dir, "book.json"),
    nodes: ["http://127.0.0.1:8640"],
    taskId: "1",
    spec: join(ROOT, "examples/tasks/demo-3-rounds.json"),
    dataset: { seed: "plugin-test", separation: 0.8 },
    model: model as WorkerConfigInput["model"],
    trainer: { shard: { index: 0, size: 400 } },
    validator: { heldOut: { index: 0, size: 300 } },
  });
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "aerie-worker-plugin-"));
    writeFileSync(join(dir, "book.json"), "{}");
    writeFileSync(join(dir, "noFactory.js"), "exports.somethingElse = 1;\n");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** `aerie worker --config <file>`'s exit code and stderr lines. */
  const runWorkerCli = async (model: unknown) => {
    const path = join(dir, "w.json");
    writeFileSync(path, JSON.stringify(config(model)));
    const { runCli } = await import("../../src/cli/index");
    const err: string[] = [];
    const sink = { write: (t: string) => err.push(t) };
    const code = await runCli(["node", "aerie", "worker", "--config", path], { errors: { stderr: sink, stdout: sink }, io: { out: () => {} } });
    return { code, lines: err.join("").trim().split("\n"), path };
  };

  it("refuses a plug-in path that does not exist, naming model.plugin and the fix", async () => {
    const { code, lines, path } = await runWorkerCli({ plugin: "./nope.js" });
    expect(code).to.equal(1);
    expect(lines).to.deep.equal([
      `error: worker config ${path}: model.plugin: ${join(dir, "nope.js")} does not exist: give "softmax-regression" or the path of a plug-in module (.js, or .ts under ts-node), relative to the config file (see docs/WORKER.md "Plugging in your own model")`,
    ]);
  });

  it("refuses a module without a plug-in factory", async () => {
    const { code, lines, path } = await runWorkerCli({ plugin: "noFactory.js" });
    expect(code).to.equal(1);
    expect(lines).to.deep.equal([
      `error: worker config ${path}: model.plugin: ${join(dir, "noFactory.js")} does not export a plug-in factory: export function createPlugin(context) returning the plug-in (see docs/WORKER.md "Plugging in your own model")`,
    ]);
  });

  it("prints the plug-in's own refusal of a bad option, naming model.options.<field>", async () => {
    const bad = await runWorkerCli({ plugin: PLUGIN, options: { temperature: -2 } });
    expect(bad.code).to.equal(1);
    expect(bad.lines).to.deep.equal([`error: worker config ${bad.path}: model.options.temperature: expected a positive number such as 1, got -2 (see docs/WORKER.md "Plugging in your own model")`]);
    const unknown = await runWorkerCli({ plugin: PLUGIN, options: { hidden: 3 } });
    expect(unknown.lines).to.deep.equal([`error: worker config ${unknown.path}: model.options.hidden: unknown option: remove it (this plug-in takes only temperature) (see docs/WORKER.md "Plugging in your own model")`]);
    // the reference model validates its options the same way
    const ref = await runWorkerCli({ plugin: "softmax-regression", options: { epochs: 0 } });
    expect(ref.lines).to.have.length(1);
    expect(ref.lines[0]).to.match(new RegExp(`^error: worker config ${ref.path.replace(/[.]/g, "\\.")}: model\\.options\\.epochs: expected `));
  });

  it("trains and scores with the plug-in loaded from the config, against a real intake", async () => {
    const trainers = [0, 1].map(key);
    const validator = key(5);
    const rounds = [0n, 1n].map((r) => ({ taskId: TASK.toString(), round: r.toString(), roundStart: (1000n + r * 100n).toString(), roundEnd: (1100n + r * 100n).toString(), scoringWindowSeconds: "50" }));
    let now = 1010n;
    const node: IntakeApp = await buildIntakeApp({
      chainId: CHAIN_ID,
      registry: REGISTRY,
      ...staticLookups({
        rounds,
        participants: rounds.flatMap((r) => [
          ...trainers.map((t) => ({ taskId: r.taskId, round: r.round, address: t.address, role: "trainer" as const })),
          { taskId: r.taskId, round: r.round, address: validator.address, role: "validator" as const },
        ]),
      }),
      clock: () => now,
      signerRateLimit: null,
      ipRateLimit: null,
    });
    await node.app.listen({ host: "127.0.0.1", port: 0 });
    const a = node.app.server.address();
    const url = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
    const servers: ArtefactServer[] = [];
    try {
      // the plug-in path is relative to the config file
      const rel = parseWorkerConfig(config({ plugin: PLUGIN.replace(`${ROOT}/`, "./"), options: { temperature: 2 } }), ROOT, join(ROOT, "w.json"));
      const plugin = await loadModelPlugin(rel);
      expect(plugin.id).to.equal("nearest-centroid");
      const spec = rel.dataset;
      const common = async (account: ReturnType<typeof key>) => {
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
          log: pino({ level: "silent" }),
        };
      };
      const honest = new RoundWorker({ ...(await common(trainers[0]!)), role: "trainer", trainer: { plugin, shard: trainerShard(spec, 0, { size: 400 }), behaviour: "honest", randomModel: (r) => plugin.random(`random/${r}`) } });
      const random = new RoundWorker({ ...(await common(trainers[1]!)), role: "trainer", trainer: { plugin, shard: trainerShard(spec, 1, { size: 400 }), behaviour: "random", randomModel: (r) => plugin.random(`random/${r}`) } });
      const scorer = new RoundWorker({ ...(await common(validator)), role: "validator", validator: { plugin, heldOut: heldOutSet(spec, 0, 300), behaviour: "honest" } });
      const all = [honest, random, scorer];
      for (const r of [0n, 1n]) {
        now = 1000n + r * 100n + 10n;
        for (const w of all) await w.tick();
        now = 1100n + r * 100n + 10n;
        for (const w of all) await w.tick();
        const scored = scorer.history.find((h): h is Extract<RoundRecord, { kind: "scored" }> => h.round === r && h.kind === "scored")!;
        expect(scored.refused).to.deep.equal([]);
        expect(scored.outcomes.map((o) => o.ok)).to.deep.equal([true, true]);
        const byTrainer = new Map(scored.trainers.map((t, i) => [t.toLowerCase(), scored.scores[i]!]));
        // the honest nearest-centroid model out-scores the random one, with the plug-in's own scoring of its format
        expect(byTrainer.get(trainers[0]!.address.toLowerCase())!).to.be.greaterThan(byTrainer.get(trainers[1]!.address.toLowerCase())!);
        expect(node.inbox.scores(TASK, r).map((m) => m.message.scores)).to.deep.equal([scored.scores]);
      }
      const subs = honest.history.filter((h): h is Extract<RoundRecord, { kind: "submitted" }> => h.kind === "submitted");
      expect(subs).to.have.length(2);
      // round 1 continued from round 0's model (more samples behind each centroid: different bytes)
      expect(subs[1]!.modelHash).to.not.equal(subs[0]!.modelHash);
      expect(subs[0]!.bytes).to.equal(12 + 8 * (4 * 8 + 4));
    } finally {
      for (const s of servers) await s.close();
      await node.close();
    }
  });
});
