/**
 * `npm run bench:worker`: the reference worker's costs on this machine. Trains 5 trainers (shards of 800, 400
 * noisy, 200, 100, 30 samples) for 3 rounds of 30 epochs each, and has 4 validators (held-out sets of 500)
 * download (over loopback HTTP from the trainers' artefact server), check and score each round's 5 models.
 * Writes bench/worker.json: training ms per round per trainer, evaluation ms per model per validator (fetch + hash
 * + score), model size in bytes, with the CPU time of each (process.cpuUsage: wall time on a loaded machine mostly
 * measures the others), the load average, FedAvg of the round's 5 updates, and the network demo's round wall time
 * (out/network/workers.json of the last `npm run demo:network:workers`, if present). A benchmark, not a test: it
 * asserts nothing.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import type { Address } from "viem";

import { startArtefactServer } from "../src/worker/artefacts";
import { DatasetSpecSchema, heldOutSet, trainerShard } from "../src/worker/data/synthetic";
import { evaluateSubmissions } from "../src/worker/evaluate";
import { softmaxRegressionPlugin } from "../src/worker/plugin";
import { fedAvg } from "../src/worker/fl/fedavg";

const SPEC = DatasetSpecSchema.parse({ seed: "bench-worker", classes: 4, features: 8, separation: 0.8 });
const SHARDS = [{ size: 800 }, { size: 400, labelNoise: 0.3 }, { size: 200 }, { size: 100 }, { size: 30 }];
const VALIDATORS = 4;
const ROUNDS = 3;
const HELD_OUT = 500;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: s.length, minMs: r(s[0]!), medianMs: r(s[Math.floor(s.length / 2)]!), maxMs: r(s[s.length - 1]!), meanMs: r(s.reduce((a, b) => a + b, 0) / s.length) };
};

async function main(): Promise<void> {
  const plugin = softmaxRegressionPlugin(SPEC, { epochs: 30 });
  const server = await startArtefactServer({ host: "127.0.0.1", port: 0 });
  const shards = SHARDS.map((o, i) => trainerShard(SPEC, i, o));
  const heldOut = Array.from({ length: VALIDATORS }, (_, v) => heldOutSet(SPEC, v, HELD_OUT));
  const current: (Uint8Array | null)[] = SHARDS.map(() => null);
  const training: { round: number; trainer: number; shardSize: number; ms: number; cpuMs: number }[] = [];
  const evaluation: number[] = [];
  const evaluationCpu: number[] = [];
  const fedavgMs: number[] = [];
  const cpuMs = (c: NodeJS.CpuUsage) => Math.round((c.user + c.system) / 10) / 100;
  const load0 = loadavg()[0]!;
  let size = 0;
  const roundWall: number[] = [];
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const w0 = performance.now();
      const models: { trainer: Address; modelHash: `0x${string}`; modelURI: string }[] = [];
      for (const [i, shard] of shards.entries()) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        const bytes = await plugin.train({ round: BigInt(r), start: current[i]!, shard });
        training.push({ round: r, trainer: i, shardSize: shard.n, ms: Math.round((performance.now() - t0) * 100) / 100, cpuMs: cpuMs(process.cpuUsage(c0)) });
        current[i] = bytes;
        size = bytes.length;
        models.push({ trainer: `0x${(i + 1).toString(16).padStart(40, "0")}`, ...server.put(bytes) });
      }
      for (const data of heldOut) {
        const c0 = process.cpuUsage();
        const out = await evaluateSubmissions(models, { evaluator: plugin, data });
        for (const o of out) evaluation.push(o.ms);
        const perModel = cpuMs(process.cpuUsage(c0)) / out.length;
        for (let k = 0; k < out.length; k++) evaluationCpu.push(perModel);
      }
      const f0 = performance.now();
      fedAvg(current.map((b, i) => ({ samples: BigInt(shards[i]!.n), values: plugin.toParameters(b!) })));
      fedavgMs.push(performance.now() - f0);
      roundWall.push(performance.now() - w0);
    }
  } finally {
    await server.close();
  }
  const result = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "?", node: process.version, loadAverage1m: [Number(load0.toFixed(1)), Number(loadavg()[0]!.toFixed(1))], note: "shared machine (about 7 concurrent sessions); wall figures are upper bounds, cpuMs is this process's own CPU time" },
    model: { plugin: plugin.id, features: SPEC.features, classes: SPEC.classes, epochsPerRound: 30, sizeBytes: size },
    trainers: SHARDS.map((o, i) => ({ trainer: i, ...o })),
    trainingPerRoundPerTrainer: { ...stats(training.map((t) => t.ms)), cpu: stats(training.map((t) => t.cpuMs)), runs: training },
    evaluationPerModelPerValidator: { heldOutSize: HELD_OUT, ...stats(evaluation), cpu: stats(evaluationCpu) },
    fedAvgOfFiveUpdates: stats(fedavgMs),
    networkDemoRounds: demoRounds(),
    trainAndScoreRound: { trainers: SHARDS.length, validators: VALIDATORS, ...stats(roundWall), note: "all 5 trainings and 4 × 5 evaluations run one after another in one process (the network runs them in parallel processes)" },
  };
  writeFileSync(join(__dirname, "worker.json"), JSON.stringify(result, null, 2) + "\n");
  process.stdout.write(JSON.stringify({ sizeBytes: size, training: result.trainingPerRoundPerTrainer.medianMs, evaluation: result.evaluationPerModelPerValidator.medianMs, round: result.trainAndScoreRound.medianMs }) + "\n");
}

/** The round wall times of the last network demo with workers (out/network/workers.json), or null. */
function demoRounds(): unknown {
  const path = join(__dirname, "..", "out", "network", "workers.json");
  if (!existsSync(path)) return null;
  const w = JSON.parse(readFileSync(path, "utf8")) as { rounds: { round: number; wallMs: number; load?: number; phasesMs?: unknown; spearman: number }[] };
  return { source: "npm run demo:network:workers (5 trainer and 4 validator processes, 3 committee nodes and a guardian, hardhat node)", rounds: w.rounds.map((r) => ({ round: r.round, wallMs: r.wallMs, load: r.load, phasesMs: r.phasesMs, spearman: r.spearman })) };
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:worker: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
