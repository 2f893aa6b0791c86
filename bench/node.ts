/**
 * `npm run bench:node` — intake throughput of the Aerie node: signed Submission and Scores messages verified
 * (EIP-712, signature, participant, window) and durably stored (SQLite WAL, synchronous = FULL, group commit)
 * per second, with the load coming from a second process over loopback. Bounded in count and in time.
 * The node runs from an esbuild bundle made at bench start (as production's `aerie node` runs from the CLI bundle),
 * up to four times (BENCH_RUNS): "after" (the default: recovery in a worker-thread pool, group commit in a writer
 * thread), "ts-node" (the same from the TypeScript sources under ts-node, as the tests run), "inline" (native
 * recovery and the SQLite commit in the event-loop thread) and viem's pure-JS recovery; and times raw signature recovery of both in-process. BENCH_BASELINE=FILE carries an
 * earlier run's figures over as `baseline`. The node's CPU is also split by thread from /proc (its event-loop thread,
 * which alone bounds the rate, and the others); BENCH_THREAD_DETAIL=1 prints every thread's CPU seconds,
 * BENCH_NODE_FLAGS="--flag …" passes node flags to the node, BENCH_CPU_PROF=DIR profiles it (unminified bundle).
 * Writes bench/node.json. A benchmark, not a test: it asserts nothing.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { buildSync } from "esbuild";
import { keccak256, toHex } from "viem";

import { nativeRecoverer, viemRecoverer, type Recoverer } from "../src/node/intake/recover";
import { killHard, ROOT, startNodeProcess, type NodeEntry } from "../test/node/process";
import { BENCH_CHAIN_ID as CHAIN_ID, BENCH_REGISTRY as REGISTRY, benchSign, prepareMessages, SCORED_TRAINERS, type BenchItem as Item } from "./nodeMessages";

/** Bounds: messages signed (submissions + scores), seconds of load per run, requests in flight. */
const TRAINERS = Number(process.env.BENCH_TRAINERS ?? 8_000);
const VALIDATORS = Number(process.env.BENCH_VALIDATORS ?? 2_000);
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS ?? 20);
// Requests in flight: an intake serves thousands of trainers and validators sending at once; 256 connections from
// one process stand for them (at 64 the group commits are smaller: docs/NODE.md gives both figures).
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 256);
/** viem's recovery is ~25× slower: give it fewer messages so the run stays inside the time bound. */
const VIEM_MESSAGES = Number(process.env.BENCH_VIEM_MESSAGES ?? 4_000);
/** Recovery worker threads of the "after" run (default: available parallelism, as the node; see docs/NODE.md). */
const THREADS = Number(process.env.BENCH_THREADS ?? availableParallelism());
/** Which runs to make (comma-separated: after, ts-node, inline, viem); default all four. */
const RUNS = new Set((process.env.BENCH_RUNS ?? "after,ts-node,inline,viem").split(","));

/** Native add-ons (and the loader they use) stay outside the bundle: they load from the repository's node_modules. */
const EXTERNAL = ["better-sqlite3", "secp256k1", "keccak", "node-gyp-build"];

/**
 * Bundles the node as production runs it (esbuild, CommonJS, node20, as `npm run build:cli`): server-main and the
 * two worker modules side by side in `dir`, so the threads find their modules next to the bundle. The child gets
 * NODE_PATH = the repository's node_modules for the external native add-ons.
 */
function bundleNode(dir: string): NodeEntry {
  const outdir = join(dir, "bundle");
  buildSync({
    entryPoints: ["src/node/server-main.ts", "src/node/store/inboxWorker.ts", "src/node/intake/recoverWorker.ts"].map((f) => join(ROOT, f)),
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    mainFields: ["module", "main"],
    external: EXTERNAL,
    // readable profiles under BENCH_CPU_PROF (function names kept); minified otherwise, as the CLI bundle is
    minify: process.env.BENCH_CPU_PROF === undefined,
    legalComments: "none",
    entryNames: "[name]",
    outdir,
    logLevel: "error",
  });
  return { file: join(outdir, "server-main.js"), env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") } };
}

async function recoveryRate(recoverer: Recoverer, n: number): Promise<number> {
  const pairs = Array.from({ length: n }, (_, i) => {
    const key = keccak256(toHex(`recover-${i}`));
    const digest = keccak256(toHex(`digest-${i}`));
    return { digest, signature: benchSign(key, digest) };
  });
  const t0 = performance.now();
  for (const p of pairs) await recoverer.recover(p.digest, p.signature);
  return Math.round(n / ((performance.now() - t0) / 1000));
}

/** The node process's CPU seconds so far (prom-client's process_cpu_seconds_total on /metrics). */
async function serverCpuSeconds(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = /^process_cpu_seconds_total (\S+)$/m.exec(text);
  if (m === null) throw new Error("no process_cpu_seconds_total on /metrics");
  return Number(m[1]);
}

/**
 * CPU seconds (user + system) of the process `pid`'s event-loop thread and of all its other threads together
 * (recovery and writer threads, V8's GC helpers), from /proc (Linux; `undefined` elsewhere).
 */
function threadCpuSeconds(pid: number): { main: number; others: number; byThread: Record<string, number> } | undefined {
  const tick = 100; // USER_HZ: clock ticks per second on Linux
  try {
    let main = 0;
    let others = 0;
    const byThread: Record<string, number> = {};
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // fields after the parenthesised command name: utime and stime are the 12th and 13th
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const seconds = (Number(f[11]) + Number(f[12])) / tick;
      byThread[tid] = seconds;
      if (tid === String(pid)) main += seconds;
      else others += seconds;
    }
    return { main, others, byThread };
  } catch {
    return undefined;
  }
}

/**
 * How a run configures the node: recoverer, recovery threads (0 = in the event loop), writer (thread or inline),
 * runtime (the esbuild bundle, as production runs, or the TypeScript sources under ts-node).
 */
type Setup = { label: string; recoverer: "native" | "viem"; recoverThreads: number; writer: "thread" | "inline"; runtime: "bundle" | "ts-node"; keccak?: "native" | "viem" };

/** `keccak: "viem"` runs the node with AERIE_KECCAK=viem (viem's pure-JS keccak). */
async function run(dir: string, setup: Setup, items: Item[], bundle: NodeEntry) {
  const { label, recoverer, keccak = "native" } = setup;
  const dbPath = join(dir, `${label}.db`);
  const messages = join(dir, `${label}-messages.json`);
  writeFileSync(messages, JSON.stringify(items));
  // BENCH_CPU_PROF=DIR: the node runs under --cpu-prof and is stopped with SIGTERM so the profile is written.
  const profileDir = process.env.BENCH_CPU_PROF;
  if (keccak === "viem") process.env.AERIE_KECCAK = "viem";
  else delete process.env.AERIE_KECCAK;
  const node = await startNodeProcess([
    "--db", dbPath, "--chain-id", String(CHAIN_ID), "--registry", REGISTRY, "--lookups", join(dir, "lookups.json"),
    "--recoverer", recoverer, "--recover-threads", String(setup.recoverThreads), "--writer", setup.writer, "--signer-rate", "off", "--ip-rate", "off", "--log-level", "error",
  ], 60_000, [...(process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter((f) => f !== ""), ...(profileDir !== undefined ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [])], setup.runtime === "bundle" ? bundle : undefined);
  const cpuBefore = await serverCpuSeconds(node.url);
  const threadsBefore = threadCpuSeconds(node.child.pid!);
  const load = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(ROOT, "bench/node-load.ts"), node.url, messages, String(CONCURRENCY), String(MAX_SECONDS)], { cwd: ROOT });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`load generator exited ${code}`))));
  });
  const cpuAfter = await serverCpuSeconds(node.url);
  const threadsAfter = threadCpuSeconds(node.child.pid!);
  if (process.env.BENCH_THREAD_DETAIL !== undefined && threadsBefore !== undefined && threadsAfter !== undefined) {
    console.log(Object.entries(threadsAfter.byThread).map(([t, s]) => `${t}: ${(s - (threadsBefore.byThread[t] ?? 0)).toFixed(2)} s`).join(", "));
  }
  if (profileDir !== undefined) {
    const exited = new Promise((r) => node.child.once("exit", r));
    node.child.kill("SIGTERM");
    await exited;
  } else await killHard(node.child); // what was acknowledged must already be on disk
  const result = JSON.parse(load) as { sent: number; statuses: Record<string, number>; seconds: number; p50Ms: number; p99Ms: number; cpuSeconds: number };
  const db = new Database(dbPath, { readonly: true });
  const rows = (db.prepare("SELECT COUNT(*) AS n FROM inbox").get() as { n: number }).n;
  db.close();
  const accepted = result.statuses["200"] ?? 0;
  return {
    ...setup,
    keccak,
    messagesOffered: items.length,
    sent: result.sent,
    accepted,
    statuses: result.statuses,
    rowsAfterKill9: rows,
    seconds: result.seconds,
    perSecond: Math.round(accepted / result.seconds),
    serverCpuMicrosPerMessage: Math.round(((cpuAfter - cpuBefore) * 1e6) / Math.max(1, accepted)),
    /** What one fully available core would sustain at that CPU cost (the machine is shared; see loadAverage). */
    perSecondPerFreeCore: Math.round(Math.max(1, accepted) / Math.max(1e-9, cpuAfter - cpuBefore)),
    /** The event-loop thread's share (it bounds the rate on its own: one core at most) and the other threads'. */
    ...(threadsBefore !== undefined && threadsAfter !== undefined
      ? {
          mainThreadCpuMicrosPerMessage: Math.round(((threadsAfter.main - threadsBefore.main) * 1e6) / Math.max(1, accepted)),
          otherThreadsCpuMicrosPerMessage: Math.round(((threadsAfter.others - threadsBefore.others) * 1e6) / Math.max(1, accepted)),
        }
      : {}),
    latencyP50Ms: result.p50Ms,
    latencyP99Ms: result.p99Ms,
    /** The load generator's own CPU (it shares the 2 cores): µs per request sent. */
    clientCpuMicrosPerMessage: Math.round((result.cpuSeconds * 1e6) / Math.max(1, result.sent)),
  };
}

/** The machine and intake runs of an earlier bench/node.json (the code before a change). */
function _baseline(file: string): unknown {
  const f = JSON.parse(readFileSync(file, "utf8")) as { machine: unknown; intake: unknown };
  return { file, machine: f.machine, intake: f.intake };
}

/** The indexing figures of bench/nodeIndex.ts (bench/node-index.json, its own ~15-minute run), carried over. */
function indexFigures(): unknown {
  try {
    const f = JSON.parse(readFileSync(join(ROOT, "bench", "node-index.json"), "utf8")) as Record<string, unknown>;
    return { source: "bench/node-index.json (bench/nodeIndex.ts)", operators: f.operators, delegators: f.delegators, chain: f.chain, firstIndex: f.firstIndex, firstRound: f.firstRound, laterIndex: f.laterIndex, laterRound: f.laterRound, v1ReadRoundInputs: f.v1ReadRoundInputs };
  } catch {
    return { source: "bench/node-index.json not found: run bench/nodeIndex.ts" };
  }
}

async function main(): Promise<void> {
  const loadAtStart = loadavg().map((x) => Number(x.toFixed(2)));
  const dir = mkdtempSync(join(tmpdir(), "aerie-bench-node-"));
  try {
    console.log(`signing ${TRAINERS} Submission and ${VALIDATORS} Scores messages…`);
    const { items, lookups } = prepareMessages(TRAINERS, VALIDATORS);
    writeFileSync(join(dir, "lookups.json"), JSON.stringify(lookups));

    const bundle = bundleNode(dir);
    const native = nativeRecoverer();
    if (native === undefined) throw new Error("the native secp256k1 binding does not load here");
    const recovery = { nativePerSecond: await recoveryRate(native, 5_000), viemPerSecond: await recoveryRate(viemRecoverer, 500) };
    console.log(`raw recovery: native ${recovery.nativePerSecond}/s, viem ${recovery.viemPerSecond}/s`);

    const show = (r: Awaited<ReturnType<typeof run>>) =>
      console.log(`intake (${r.label}): ${r.perSecond}/s, server CPU ${r.serverCpuMicrosPerMessage} µs/message (event loop ${r.mainThreadCpuMicrosPerMessage ?? "?"}, other threads ${r.otherThreadsCpuMicrosPerMessage ?? "?"}), client ${r.clientCpuMicrosPerMessage} µs (${r.accepted} in ${r.seconds} s, p50 ${r.latencyP50Ms} ms, p99 ${r.latencyP99Ms} ms), rows after kill -9: ${r.rowsAfterKill9}`);
    // before: recovery and commit in the event-loop thread (the path of commit 52ee3bf); after: recovery in a
    // worker pool, group commit in a writer thread; viem: viem's pure-JS recovery (AERIE's --recoverer viem)
    const runs: Record<string, Awaited<ReturnType<typeof run>>> = {};
    const threads = `${THREADS} recovery thread${THREADS === 1 ? "" : "s"}`;
    const after = (runtime: Setup["runtime"], label: string): Setup => ({ label, recoverer: "native", recoverThreads: THREADS, writer: "thread", runtime });
    if (RUNS.has("after")) show((runs.after = await run(dir, after("bundle", `after: ${threads}, writer thread (esbuild bundle, as production runs)`), items, bundle)));
    if (RUNS.has("ts-node")) show((runs.tsNode = await run(dir, after("ts-node", `after under ts-node: ${threads}, writer thread (the TypeScript sources, as the tests run)`), items, bundle)));
    if (RUNS.has("inline")) show((runs.inline = await run(dir, { label: "after, in-thread: in-thread recovery and commit (bundle)", recoverer: "native", recoverThreads: 0, writer: "inline", runtime: "bundle" }, items, bundle)));
    if (RUNS.has("viem")) show((runs.viem = await run(dir, { label: "viem recovery (in-thread), writer thread (bundle)", recoverer: "viem", recoverThreads: 0, writer: "thread", runtime: "bundle" }, items.slice(0, VIEM_MESSAGES), bundle)));

    const report = {
      bench: "node intake",
      date: new Date().toISOString(),
      machine: { loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg().map((x) => Number(x.toFixed(2))), cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version, commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim() },
      what: "signed Submission and Scores messages verified (schema, EIP-712 digest, signature recovery, participant and window checks) and durably stored (SQLite WAL, synchronous=FULL, group commit) per second; load from a second process over loopback; rows counted after kill -9 of the node",
      settings: { recoverThreadsAfter: THREADS, trainers: TRAINERS, validators: VALIDATORS, scoredTrainersPerScores: SCORED_TRAINERS, concurrency: CONCURRENCY, maxSecondsPerRun: MAX_SECONDS, participantLookup: "in-memory (as the indexer will serve it)" },
      goalPerSecond: 2_000,
      recovery,
      intake: runs,
      // BENCH_BASELINE=FILE: the bench/node.json of a run of the code before this change (same session, same load),
      // carried over as `baseline` so before and after sit side by side
      ...(process.env.BENCH_BASELINE !== undefined ? { baseline: _baseline(process.env.BENCH_BASELINE) } : {}),
    };
    writeFileSync(join(ROOT, "bench", "node.json"), `${JSON.stringify({ ...report, index: indexFigures() }, null, 2)}\n`);
    console.log("wrote bench/node.json");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
