/**
 * `npm run bench:merkle` — the fast rewards tree (src/aggregator/fastTree.ts) side by side with
 * `StandardMerkleTree.of` + `getProof` in the same run, on the same leaves. Writes bench/merkle.json.
 * A benchmark, not a test: it asserts only that both trees agree (root, every proof, dump) at 100,000 leaves, in
 * the library's child process after its measurement.
 *
 * Measured, each (implementation, N) in its own child process so peak RSS is its own: build time, all-proofs time
 * and peak RSS for N = 1k, 10k, 100k and 1M (the library at 1M only if it finishes within LIBRARY_1M_TIMEOUT_S),
 * plus a keccak micro-benchmark (the `keccak` native package, @noble/hashes' keccak_256, viem's keccak256).
 * The machine's 2 cores are shared: compare the ratios within one run, not absolute times across runs.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { keccak_256 } from "@noble/hashes/sha3";
import createKeccak from "keccak";
import { keccak256 } from "viem";

import { buildRewardsTree, type FastTreeEntry } from "../src/aggregator/fastTree";

// ------------------------------------------------------------------ constants

const SIZES = [1_000, 10_000, 100_000, 1_000_000];
const LIBRARY_MAX_N = Number(process.env.MERKLE_BENCH_LIBRARY_MAX_N ?? 1_000_000);
const LIBRARY_1M_TIMEOUT_S = Number(process.env.MERKLE_BENCH_LIBRARY_TIMEOUT_S ?? 240);
const COMPARISON_N = 100_000;
const KECCAK_HASHES = 50_000;
const TASK_ID = 7n;
const ENCODING = ["uint256", "address", "uint256"];

type Impl = "fast" | "library";
type Identity = { n: number; identicalRoot: true; identicalProofs: number; identicalDump: true; root: string };
type ChildResult = { impl: Impl; n: number; buildMs: number; proofsMs: number; peakRssMB: number; root: string; identity?: Identity };

// ------------------------------------------------------------------ inputs

/** N distinct deterministic accounts with amounts (a seeded xorshift; no I/O). */
function entries(n: number): FastTreeEntry[] {
  let x = 0x9e3779b9;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const out = new Array<FastTreeEntry>(n);
  for (let i = 0; i < n; i++) {
    // the index in the last 4 bytes keeps accounts distinct
    const account = `0x${next().toString(16).padStart(8, "0")}${next().toString(16).padStart(8, "0")}${next().toString(16).padStart(8, "0")}${next().toString(16).padStart(8, "0")}${i.toString(16).padStart(8, "0")}`;
    out[i] = { account, cumulativeAmount: BigInt(next()) * 1_000_000_007n + BigInt(i) };
  }
  return out;
}

const libraryValues = (es: readonly FastTreeEntry[]): string[][] => es.map((e) => [TASK_ID.toString(), e.account, e.cumulativeAmount.toString()]);

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

// ------------------------------------------------------------------ child: one (implementation, N)

function child(impl: Impl, n: number): void {
  const es = entries(n);
  let root: string;
  let buildMs: number;
  let proofsMs: number;
  let peakRssMB: number | undefined;
  let identity: Identity | undefined;
  if (impl === "fast") {
    let t = process.hrtime.bigint();
    const tree = buildRewardsTree(TASK_ID, es);
    buildMs = ms(t);
    t = process.hrtime.bigint();
    const proofs = tree.allProofs();
    proofsMs = ms(t);
    if (proofs.length !== n) throw new Error("fast: wrong proof count");
    root = tree.root;
  } else {
    const values = libraryValues(es);
    let t = process.hrtime.bigint();
    const tree = StandardMerkleTree.of(values, ENCODING);
    buildMs = ms(t);
    t = process.hrtime.bigint();
    const proofs = new Array<string[]>(n);
    for (let i = 0; i < n; i++) proofs[i] = tree.getProof(i);
    proofsMs = ms(t);
    root = tree.root;
    peakRssMB = process.resourceUsage().maxRSS / 1024;
    // the 100,000-leaf identity check runs here, on the library's proofs, after the measurement
    if (n === COMPARISON_N) identity = compare(es, tree, proofs);
  }
  const result: ChildResult = { impl, n, buildMs, proofsMs, peakRssMB: peakRssMB ?? process.resourceUsage().maxRSS / 1024, root, ...(identity ? { identity } : {}) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(impl: Impl, n: number, timeoutS: number): ChildResult | { impl: Impl; n: number; timedOutAfterS: number } {
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", "-r", "ts-node/register/transpile-only", __filename, "--child", impl, String(n)], {
    encoding: "utf8",
    timeout: timeoutS * 1000,
    killSignal: "SIGKILL",
    maxBuffer: 1 << 20,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") return { impl, n, timedOutAfterS: timeoutS };
  if (r.status !== 0) throw new Error(`bench child ${impl} ${n} failed (status ${r.status}, signal ${r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildResult;
}

// ------------------------------------------------------------------ keccak micro-benchmark

function keccakBench(): Record<string, { usPerHash: number }> {
  const input = Buffer.alloc(KECCAK_HASHES * 64);
  for (let i = 0; i < input.length; i++) input[i] = (i * 2654435761) >>> 24;
  const out = Buffer.alloc(KECCAK_HASHES * 32);
  const sponge = (createKeccak("keccak256") as unknown as { _state: { initialize(r: number, c: number): void; absorb(b: Buffer): void; absorbLastFewBits(b: number): void; squeeze(n: number): Buffer } })._state;
  const cases: Record<string, (i: number) => Uint8Array> = {
    "keccak (native), one sponge reused (fastTree's choice)": (i) => {
      sponge.initialize(1088, 512);
      sponge.absorb(input.subarray(i * 64, i * 64 + 64));
      sponge.absorbLastFewBits(0x01);
      return sponge.squeeze(32);
    },
    "keccak (native), createKeccak per hash": (i) => createKeccak("keccak256").update(input.subarray(i * 64, i * 64 + 64)).digest(),
    "@noble/hashes keccak_256": (i) => keccak_256(input.subarray(i * 64, i * 64 + 64)),
    "viem keccak256 (bytes out)": (i) => keccak256(input.subarray(i * 64, i * 64 + 64), "bytes"),
  };
  const results: Record<string, { usPerHash: number }> = {};
  for (let round = 0; round < 2; round++) {
    // round 0 warms up; round 1 is kept
    for (const [name, hash] of Object.entries(cases)) {
      const t = process.hrtime.bigint();
      for (let i = 0; i < KECCAK_HASHES; i++) out.set(hash(i), i * 32);
      if (round === 1) results[name] = { usPerHash: Math.round((ms(t) * 1000 * 100) / KECCAK_HASHES) / 100 };
    }
  }
  const reference = Buffer.from(keccak_256(input.subarray(0, 64)));
  for (const hash of Object.values(cases)) if (!Buffer.from(hash(0)).equals(reference)) throw new Error("keccak implementations disagree");
  return results;
}

// ------------------------------------------------------------------ identity at 100k

/** Asserts the fast tree's root, every proof and dump equal the library's (throws on the first difference). */
function compare(es: readonly FastTreeEntry[], lib: StandardMerkleTree<string[]>, libProofs: readonly string[][]): Identity {
  const n = es.length;
  const fast = buildRewardsTree(TASK_ID, es);
  if (fast.root !== lib.root) throw new Error(`roots differ at ${n} leaves: ${fast.root} vs ${lib.root}`);
  const proofs = fast.allProofs();
  for (let i = 0; i < n; i++) {
    const expected = libProofs[i]!;
    const got = proofs[i]!;
    if (got.length !== expected.length || got.some((h, j) => h !== expected[j])) throw new Error(`proof ${i} differs at ${n} leaves`);
    if (i % 1000 === 0 && JSON.stringify(fast.proof(i)) !== JSON.stringify(expected)) throw new Error(`proof(${i}) differs at ${n} leaves`);
  }
  if (JSON.stringify(fast.dump()) !== JSON.stringify(lib.dump())) throw new Error(`dumps differ at ${n} leaves`);
  return { n, identicalRoot: true, identicalProofs: n, identicalDump: true, root: fast.root };
}

// ------------------------------------------------------------------ main

function main(): void {
  const startLoad = loadavg();
  const started = new Date().toISOString();
  console.log(`keccak micro-benchmark (${KECCAK_HASHES} hashes of 64 bytes each)…`);
  const keccak = keccakBench();
  console.table(keccak);

  const rows: unknown[] = [];
  for (const n of SIZES) {
    const fast = runChild("fast", n, 600);
    const library = n <= LIBRARY_MAX_N ? runChild("library", n, n >= 1_000_000 ? LIBRARY_1M_TIMEOUT_S : 1200) : { impl: "library", n, skipped: true };
    const row: Record<string, unknown> = { n, fast, library };
    if ("buildMs" in fast && "buildMs" in library) {
      if (fast.root !== library.root) throw new Error(`roots differ at ${n}`);
      row.buildSpeedup = Math.round((library.buildMs / fast.buildMs) * 10) / 10;
      row.proofsSpeedup = Math.round((library.proofsMs / fast.proofsMs) * 10) / 10;
      row.totalSpeedup = Math.round(((library.buildMs + library.proofsMs) / (fast.buildMs + fast.proofsMs)) * 10) / 10;
    }
    console.log(JSON.stringify(row));
    rows.push(row);
  }

  const identity = rows.map((r) => (r as { library: Partial<ChildResult> }).library.identity).find((x) => x !== undefined);
  if (identity === undefined) throw new Error(`no identity check ran (the library must run at ${COMPARISON_N} leaves)`);

  const report = {
    benchmark: "merkle",
    started,
    finished: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, loadAverageAtStart: startLoad, loadAverageAtEnd: loadavg() },
    note: "Each (impl, N) runs in its own child process; peakRssMB is that process's max RSS (inputs included). Cores shared with other jobs: read ratios, not absolute times.",
    keccak,
    runs: rows,
    identity,
  };
  writeFileSync(join(__dirname, "merkle.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log("wrote bench/merkle.json");
}

if (process.argv[2] === "--child") child(process.argv[3] as Impl, Number(process.argv[4]));
else main();
