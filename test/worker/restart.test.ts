// A real trainer process (`aerie worker --config …`) killed with SIGKILL after a node acknowledged its round-0
// Submission, then started again on the same config and data dir: it serves the round-0 artefact with the same bytes
// at the same URI, does not report round 0 missed (nor resend it), and trains round 1 from its persisted round-0 model.
// Anvil carries the task (chain time moved by RPC); the node's intake runs in this process over real HTTP.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";
import { toHex } from "viem";
import { mnemonicToAccount } from "viem/accounts";

import { getTask, writeAddressBook } from "../../src/sdk";
import { buildIntakeApp, type IntakeApp } from "../../src/node/intake/app";
import { staticLookups } from "../../src/node/intake/lookups";
import { loadWorkerConfig, type WorkerConfigInput } from "../../src/worker/config";
import { trainerShard } from "../../src/worker/data/synthetic";
import { modelHash } from "../../src/worker/model/format";
import { nodeApi } from "../../src/worker/nodes";
import { loadModelPlugin } from "../../src/worker/pluginLoader";
import { freePort, rpc, startAnvil } from "../shared/anvil";
import { deployNodeSystem, MNEMONIC, type NodeSystem } from "../node/helpers";
import { killHard, ROOT } from "../node/process";

const TRAINER_INDEX = 6; // deployNodeSystem's first operator, joined as a trainer
const KEY_ENV = "AERIE_RESTART_TEST_KEY";

/** A worker process and the JSON log lines it printed so far. */
type WorkerProcess = { child: ChildProcess; lines: Record<string, unknown>[]; stderr: () => string };

function spawnWorker(configPath: string, key: string): WorkerProcess {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(ROOT, "src/cli/index.ts"), "worker", "--config", configPath], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, [KEY_ENV]: key, AERIE_LOG_LEVEL: "info" },
  });
  const lines: Record<string, unknown>[] = [];
  let out = "";
  let err = "";
  child.stdout!.on("data", (d: Buffer) => {
    out += d.toString();
    const parts = out.split("\n");
    out = parts.pop()!;
    for (const l of parts) if (l.startsWith("{")) lines.push(JSON.parse(l) as Record<string, unknown>);
  });
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  return { child, lines, stderr: () => err };
}

/** Resolves with the first log line matching `pred`; rejects if the process exits first or after `timeoutMs`. */
async function waitForLine(w: WorkerProcess, pred: (l: Record<string, unknown>) => boolean, timeoutMs = 180_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = w.lines.find(pred);
    if (hit !== undefined) return hit;
    if (w.child.exitCode !== null) throw new Error(`the worker exited ${w.child.exitCode}: ${w.stderr()} ${JSON.stringify(w.lines)}`);
    if (Date.now() > deadline) throw new Error(`no such log line within ${timeoutMs} ms: ${JSON.stringify(w.lines)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("worker process: a trainer killed after an acknowledged submission and restarted", function () {
  this.timeout(600_000);
  let anvil: Awaited<ReturnType<typeof startAnvil>>;
  let sys: NodeSystem;
  let node: IntakeApp;
  let nodeUrl: string;
  let dir: string;
  let now = 0n;
  const procs: ChildProcess[] = [];

  before(async () => {
    anvil = await startAnvil();
    sys = await deployNodeSystem(anvil.url);
    dir = mkdtempSync(join(tmpdir(), "aerie-worker-restart-"));
    writeAddressBook(sys.book, join(dir, "31337.json"));
  });
  after(async () => {
    for (const c of procs) await killHard(c);
    await node?.close();
    anvil?.proc.kill("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves its round-0 artefact again, does not miss or resend round 0, and trains round 1 from its round-0 model", async () => {
    const task = await getTask(sys.ctx.publicClient, { addresses: sys.addresses, taskId: sys.taskId });
    const [start, duration] = [BigInt(task.startTime), BigInt(task.roundDuration)];
    const trainer = sys.operators[0]!;
    const round = (r: bigint) => ({ taskId: sys.taskId.toString(), round: r.toString(), roundStart: (start + r * duration).toString(), roundEnd: (start + (r + 1n) * duration).toString(), scoringWindowSeconds: String(sys.spec.scoringWindowSeconds) });
    node = await buildIntakeApp({
      chainId: 31337,
      registry: sys.addresses.taskRegistry,
      ...staticLookups({ rounds: [round(0n), round(1n)], participants: [0n, 1n].map((r) => ({ taskId: sys.taskId.toString(), round: r.toString(), address: trainer, role: "trainer" as const })) }),
      clock: () => now,
      signerRateLimit: null,
      ipRateLimit: null,
    });
    await node.app.listen({ host: "127.0.0.1", port: 0 });
    nodeUrl = `http://127.0.0.1:${(node.app.server.address() as { port: number }).port}`;
    const setChainTime = async (t: bigint) => {
      await rpc(anvil.url, "evm_setNextBlockTimestamp", [Number(t)]);
      await rpc(anvil.url, "evm_mine", []);
      now = t;
    };

    const port = await freePort();
    const config: WorkerConfigInput = {
      role: "trainer",
      key: { env: KEY_ENV },
      rpc: { url: anvil.url },
      addressBook: "31337.json",
      nodes: [nodeUrl],
      taskId: sys.taskId.toString(),
      spec: join(ROOT, "examples", "tasks", "demo-3-rounds.json"),
      dataset: { seed: "worker-restart", classes: 4, features: 8, separation: 0.8 },
      model: { plugin: "softmax-regression", options: { epochs: 10 } },
      trainer: { shard: { index: 0, size: 200 } },
      serve: { host: "127.0.0.1", port },
      dataDir: "data",
      pollIntervalMs: 200,
      lingerSeconds: 0,
    };
    const configPath = join(dir, "trainer.json");
    writeFileSync(configPath, JSON.stringify(config));
    const key = toHex(mnemonicToAccount(MNEMONIC, { addressIndex: TRAINER_INDEX }).getHdKey().privateKey!);
    // what the worker computes, from its own config: round 0 from the initial model, round 1 from round 0's
    const loaded = loadWorkerConfig(configPath);
    const plugin = await loadModelPlugin(loaded);
    const shard = trainerShard(loaded.dataset, 0, loaded.trainer!.shard);
    const round0 = await plugin.train({ round: 0n, start: null, shard });
    const continued = await plugin.train({ round: 1n, start: round0, shard });
    const fromScratch = await plugin.train({ round: 1n, start: null, shard });
    expect(modelHash(continued)).to.not.equal(modelHash(fromScratch));

    // round 0: submitted and acknowledged, then SIGKILL
    await setChainTime(start + 10n);
    const first = spawnWorker(configPath, key);
    procs.push(first.child);
    const sub0 = await waitForLine(first, (l) => l.event === "submitted" && l.round === "0");
    expect(sub0.modelHash).to.equal(modelHash(round0));
    const acknowledged = await nodeApi([nodeUrl], sys.taskId).submissions(0n);
    expect(acknowledged.map((s) => [s.message.trainer, s.message.modelHash])).to.deep.equal([[trainer, modelHash(round0)]]);
    const uri0 = acknowledged[0]!.message.modelURI;
    expect(uri0).to.equal(`http://127.0.0.1:${port}/models/${modelHash(round0)}`);
    await killHard(first.child);
    expect(first.child.signalCode).to.equal("SIGKILL");
    let down = false;
    await fetch(uri0).catch(() => (down = true));
    expect(down, "nothing serves the artefact while the worker is down").to.equal(true);
    expect(readdirSync(join(dir, "data", "artefacts"))).to.deep.equal([`r0-${modelHash(round0)}.bin`]);

    // round 1: started again on the same config and data dir
    await setChainTime(start + duration + 10n);
    const second = spawnWorker(configPath, key);
    procs.push(second.child);
    const restored = await waitForLine(second, (l) => l.event === "restored" && l.round === "0");
    expect(restored.modelHash).to.equal(modelHash(round0));
    const sub1 = await waitForLine(second, (l) => l.event === "submitted" && l.round === "1");
    expect(sub1.modelHash, "round 1 continues from the persisted round-0 model").to.equal(modelHash(continued));
    expect(second.lines.filter((l) => l.event === "missed"), "no round reported missed").to.deep.equal([]);
    expect(second.lines.filter((l) => l.event === "submitted").map((l) => l.round), "round 0 is not sent again").to.deep.equal(["1"]);
    const res = await fetch(uri0);
    expect(res.status).to.equal(200);
    const served = new Uint8Array(await res.arrayBuffer());
    expect(modelHash(served)).to.equal(modelHash(round0));
    expect(served).to.deep.equal(round0);
    const round1 = await nodeApi([nodeUrl], sys.taskId).submissions(1n);
    expect(round1.map((s) => s.message.modelHash)).to.deep.equal([modelHash(continued)]);
    expect((await nodeApi([nodeUrl], sys.taskId).submissions(0n)).length).to.equal(1);
    await killHard(second.child);
  });
});
