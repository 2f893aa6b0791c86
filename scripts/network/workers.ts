// Worker mode of `npm run demo:network -- --workers`: real trainers and validators (`aerie worker --config`, one
// process per operator) instead of scripted messages, and the measures the demo reports about them.
import type { ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseUnits, type Address, type Hex } from "viem";

import type { SignedScores, SignedSubmission } from "../../src/aggregator";
import { getMessageStatus } from "../../src/node/client";
import { openStore } from "../../src/node/store/db";
import { InboxStore } from "../../src/node/store/inbox";
import { approve, joinTask, mint, registerOperator, Role, stake, waitForReceipt, type WriteReturnType } from "../../src/sdk";
import { DatasetSpecSchema, referenceSet } from "../../src/worker/data/synthetic";
import { fetchModel } from "../../src/worker/fetchModel";
import { softmaxRegressionPlugin } from "../../src/worker/plugin";
import type { WorkerConfigInput } from "../../src/worker/config";
import { hardhatKey, ROOT, spawnListening, waitFor, type Actor, type DemoTask, type Devnet } from "./devnet";

/** The data set every worker of the demo shares. */
export const DEMO_DATASET = { seed: "aerie-demo-network", classes: 4, features: 8, separation: 0.8 };
/** Gradient-descent epochs per round (few, so models still improve round over round). */
export const DEMO_EPOCHS = 8;

/** Operators the worker mode adds to the demo's (accounts 15–17 are unused by it). */
const EXTRA_OPERATORS = [
  { name: "T4", role: "trainer", account: 15, selfStake: 800, commissionBps: 500n },
  { name: "T5", role: "trainer", account: 16, selfStake: 600, commissionBps: 0n },
  { name: "V4", role: "validator", account: 17, selfStake: 2200, commissionBps: 1000n },
] as const;

/** What each worker does: trainers' shards (data quality) and behaviours, validators' held-out sets and behaviours. */
export const WORKER_PLANS: Record<string, { trainer?: NonNullable<WorkerConfigInput["trainer"]>; validator?: NonNullable<WorkerConfigInput["validator"]> }> = {
  T1: { trainer: { shard: { index: 0, size: 800 }, behaviour: "honest" } },
  T2: { trainer: { shard: { index: 1, size: 300, labelNoise: 0.3 }, behaviour: "honest" } },
  T3: { trainer: { shard: { index: 2, size: 40 }, behaviour: "honest" } },
  T4: { trainer: { shard: { index: 3, size: 150, labelNoise: 0.6 }, behaviour: "honest" } },
  T5: { trainer: { shard: { index: 4, size: 100 }, behaviour: "random" } },
  V1: { validator: { heldOut: { index: 0, size: 500 }, behaviour: "honest" } },
  V2: { validator: { heldOut: { index: 1, size: 500 }, behaviour: "honest" } },
  V3: { validator: { heldOut: { index: 2, size: 500 }, behaviour: "invert" } },
  V4: { validator: { heldOut: { index: 3, size: 500 }, behaviour: "lazy" } },
};

/** A started worker process: its config, key, log and artefact server URL (what {@link spawnWorker} restarts it from). */
export type WorkerProc = { actor: Actor; proc: ChildProcess; logPath: string; configPath: string; key: Hex; url: string; cli: string };

/** Registers, stakes and joins the worker mode's extra operators (before the task's first round starts). */
export async function addWorkerOperators(net: Devnet, task: DemoTask): Promise<{ trainers: Actor[]; validators: Actor[] }> {
  const { ctx, addresses } = net;
  const mined = async (w: Promise<WriteReturnType>) => waitForReceipt(ctx.publicClient, await w);
  const governance = ctx.wallets[0]!;
  const trainers = [...task.trainers];
  const validators = [...task.validators];
  for (const o of EXTRA_OPERATORS) {
    const wallet = ctx.wallets[o.account]!;
    const actor: Actor = { name: o.name, role: o.role, wallet, address: wallet.account.address };
    const amount = parseUnits(String(o.selfStake), 18);
    await mined(mint(governance, { addresses, to: actor.address, amount }));
    await mined(registerOperator(wallet, { addresses, commissionBps: o.commissionBps, metadataURI: `https://aerie.example/operators/${o.name}` }));
    await mined(approve(wallet, { addresses, spender: addresses.stakingVault, amount }));
    await mined(stake(wallet, { addresses, operator: actor.address, amount }));
    await mined(joinTask(wallet, { addresses, taskId: task.taskId, role: o.role === "trainer" ? Role.Trainer : Role.Validator }));
    task.operators.set(o.name, actor);
    task.actors.push(actor);
    (o.role === "trainer" ? trainers : validators).push(actor);
  }
  return { trainers, validators };
}

/** Writes each worker's config and starts `aerie worker --config` for it; resolves once every one serves HTTP. */
export async function startWorkers(
  net: Devnet,
  p: { dir: string; taskId: bigint; specPath: string; actors: Actor[]; accountOf: (name: string) => number; plan?: (actor: Actor) => Partial<WorkerConfigInput>; subdir?: string },
): Promise<WorkerProc[]> {
  const started: WorkerProc[] = [];
  const cli = await bundledCli(p.dir);
  await Promise.all(
    p.actors.map(async (actor) => {
      const dir = join(p.dir, p.subdir ?? "workers", actor.name);
      mkdirSync(dir, { recursive: true });
      const plan = p.plan?.(actor) ?? { role: WORKER_PLANS[actor.name]!.trainer !== undefined ? ("trainer" as const) : ("validator" as const), ...WORKER_PLANS[actor.name]! };
      const config: WorkerConfigInput = {
        role: "trainer",
        key: { env: "AERIE_WORKER_KEY" },
        rpc: { url: net.chain.url },
        addressBook: net.bookPath,
        // every node, the guardian included: a node that never saw the round's messages would recompute a different
        // bundle (the guardian then challenges the committee's honest result)
        nodes: net.nodes.map((n) => n.url),
        taskId: p.taskId.toString(),
        spec: p.specPath,
        dataset: DEMO_DATASET,
        model: { plugin: "softmax-regression", options: { epochs: DEMO_EPOCHS } },
        ...plan,
        serve: { host: "127.0.0.1", port: 0 },
        // nine workers each read chain time and the task every tick: 1 s keeps the hardhat node responsive under load
        pollIntervalMs: 1_000,
      };
      const configPath = join(dir, "config.json");
      writeFileSync(configPath, JSON.stringify(config, null, 2) + "\n");
      started.push(await spawnWorker(cli, { actor, configPath, key: hardhatKey(p.accountOf(actor.name)), logPath: join(dir, "worker.log") }));
    }),
  );
  return started;
}

/** The CLI bundled once with esbuild (nine ts-node start-ups at once take minutes on a loaded machine), its path. */
async function bundledCli(dir: string): Promise<string> {
  const cli = join(dir, "aerie-cli.js");
  if (existsSync(cli)) return cli;
  const { buildSync } = await import("esbuild");
  buildSync({ entryPoints: [join(ROOT, "src/cli/index.ts")], bundle: true, platform: "node", target: "node20", format: "cjs", mainFields: ["module", "main"], external: ["hardhat", "ts-node"], outfile: cli, logLevel: "error" });
  return cli;
}

/** Starts (or restarts) one worker from its config file; resolves once it serves HTTP (its artefact server's URL). */
export async function spawnWorker(cli: string, w: { actor: Actor; configPath: string; key: Hex; logPath: string }): Promise<WorkerProc> {
  const log = createWriteStream(w.logPath, { flags: "a" });
  const { proc, listening } = spawnListening({ name: `worker ${w.actor.name}`, script: cli, args: ["worker", "--config", w.configPath], env: { AERIE_WORKER_KEY: w.key, AERIE_LOG_LEVEL: "info" }, log, logPath: w.logPath, timeoutMs: 120_000 });
  const url = (JSON.parse(await listening) as { listening: string }).listening;
  return { actor: w.actor, proc, logPath: w.logPath, configPath: w.configPath, key: w.key, url, cli };
}

/** SIGKILLs every worker process (by PID) and waits for their exit. */
export async function stopWorkers(workers: WorkerProc[]): Promise<void> {
  await Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((res) => {
          if (w.proc.exitCode !== null || w.proc.signalCode !== null) return res();
          w.proc.once("exit", () => res());
          w.proc.kill("SIGKILL");
        }),
    ),
  );
}

/**
 * Waits until every node of `urls` holds a message of `kind` from every one of `signers` for the round (so no node,
 * the guardian included, computes the round without them).
 * @throws naming the signers still missing at some node after `timeoutMs`.
 */
export async function waitForMessages(urls: string[], q: { kind: "submission" | "scores"; taskId: bigint; round: bigint; signers: Actor[] }, timeoutMs = 120_000): Promise<void> {
  const missing = new Set(urls.flatMap((u) => q.signers.map((s) => `${u} ${s.name}`)));
  const pending = () => [...new Set([...missing].map((m) => m.split(" ")[1]!))].join(", ");
  await waitFor(
    `${q.kind} of every worker in round ${q.round} at every node`,
    async () => {
      await Promise.all(
        [...missing].map(async (key) => {
          const [u, name] = key.split(" ") as [string, string];
          const signer = q.signers.find((s) => s.name === name)!;
          const got = await getMessageStatus(u, { kind: q.kind, taskId: q.taskId, round: q.round, signer: signer.address }).catch(() => undefined);
          if (got !== undefined) missing.delete(key);
        }),
      );
      return missing.size === 0 ? true : undefined;
    },
    timeoutMs,
    500, // 9 workers × 4 nodes: polling faster only takes CPU from the nodes on a loaded machine
  ).catch((e: Error) => {
    throw new Error(`${e.message} (still missing: ${pending()}; see out/network/workers/*/worker.log)`);
  });
}

/** The round's messages as a node stored them (read from its database; WAL allows a concurrent reader). */
export function storedMessages(dataDir: string, taskId: bigint, round: bigint): { submissions: SignedSubmission[]; scores: SignedScores[] } {
  const db = openStore({ dataDir });
  try {
    const inbox = new InboxStore(db);
    return { submissions: inbox.submissions(taskId, round), scores: inbox.scores(taskId, round) };
  } finally {
    db.close();
  }
}

/** Measures each submitted model's accuracy on the reference set (10,000 clean samples the workers never see). */
export async function measuredAccuracy(submissions: SignedSubmission[]): Promise<Map<string, { accuracy: number; score: bigint }>> {
  const spec = DatasetSpecSchema.parse(DEMO_DATASET);
  const plugin = softmaxRegressionPlugin(spec);
  const reference = referenceSet(spec, 10_000);
  const out = new Map<string, { accuracy: number; score: bigint }>();
  for (const s of submissions) {
    const bytes = await fetchModel(s.message.modelURI, s.message.modelHash);
    const e = await plugin.evaluate(bytes, reference);
    out.set(s.message.trainer.toLowerCase(), { accuracy: e.correct / e.n, score: e.score });
  }
  return out;
}

/** The bundle's per-operator policy outputs (trainers' consensus scores, rewards and stakes; validators' rewards). */
export type BundleOutputs = {
  trainers: { operator: Address; stake: string; consensusScore: string; reward: string }[];
  validators: { operator: Address; stake: string; deviation: string; slashed: boolean; reward: string }[];
};

