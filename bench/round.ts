/**
 * `npm run bench:round` — a whole round at scale (issue 10), side by side with the library tree in the same run.
 * Writes bench/round.json. A benchmark, not a test: it asserts only that the fast tree's root equals the library's
 * wherever the library runs, that the bundle verifies, and that a tampered bundle is refused.
 *
 * Cases, each in its own child process (peak RSS is its own):
 * - N = 1k, 10k, 100k, 1M accounts: 10 trainers and 10 validators (aerie-consensus-v1), the rest delegators spread
 *   over the 20 pools, and a previous round's cumulative amounts for a tenth of the accounts. Steps: computeRound's
 *   own (inputs, selection = signature recovery, policy, split = split + cumulative + sort, tree, bundle = canonical
 *   bytes + hash as a stream, the bundle file written in the same pass), the proofs file (aerie-proofs/1), all proofs,
 *   one claim (a proof by account checked against the root, as `aerie claim --node`), one claim from the proofs file
 *   (as `aerie claim --bundle` with it), one claim from the bundle file alone (parse + rebuild + one proof), `verify` (read + parse + recompute + streamed compare), and a tampered bundle refused.
 * - the library baseline: `StandardMerkleTree.of` + `getProof` for every leaf on the same leaves, up to
 *   ROUND_BENCH_LIBRARY_MAX_N (default 100,000: at 1M it takes many minutes and ~7 GB; raise it to try).
 * - 10,000 trainers scored by 10 validators, recovery on the node's native RecoverPool (both cores).
 * An N above ROUND_BENCH_MAX_N (default 1,000,000) is refused in one line instead of run.
 * The machine's 2 cores are shared: every figure comes with the load average and the child's CPU time.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync, mkdtempSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import secp256k1 from "secp256k1";
import { bytesToHex, hexToBytes, keccak256, toHex, type Address, type Hex } from "viem";
import { privateKeyToAddress } from "viem/accounts";

import exampleSpecJson from "../examples/tasks/image-classifier.json";
import { MessageDigester } from "../src/aggregator/digest";
import { aerieDomain } from "../src/lib/eip712";
import { computeRound, type RoundInputs, type RoundParticipant, type SignatureRecoverer } from "../src/aggregator";
import { parseTaskSpec } from "../src/aggregator/taskSpec";
import { specHash } from "../src/lib/taskSpec";
import { verifyBundle } from "../src/aggregator/verify";
import { buildRewardsTree } from "../src/aggregator/fastTree";
import { RecoverPool } from "../src/node/intake/recover";
import { openProofsFile, proofsPathFor, writeProofsFile } from "../src/io/proofsFile";

// ------------------------------------------------------------------ constants

const SIZES = (process.env.ROUND_BENCH_SIZES ?? "1000,10000,100000,1000000").split(",").map(Number);
const MAX_N = Number(process.env.ROUND_BENCH_MAX_N ?? 1_000_000);
const LIBRARY_MAX_N = Number(process.env.ROUND_BENCH_LIBRARY_MAX_N ?? 100_000);
const MANY_TRAINERS = 10_000;
const CHAIN_ID = 31337;
const CONTRACTS = {
  vault: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  registry: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
  settlement: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  distributor: "0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9",
} as const;
const TASK_ID = 7n;
const ROUND = 2n;
const ROUND_START = 1_700_000_000n;
const ROUND_END = ROUND_START + 86_400n;
const E18 = 10n ** 18n;

const ms = (start: number): number => Math.round((performance.now() - start) * 10) / 10;
const rssMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return Math.round((u.user + u.system) / 1000);
};

// ------------------------------------------------------------------ inputs

/** A deterministic private key per index (never use such keys outside benchmarks). */
const key = (i: number): Uint8Array => hexToBytes(keccak256(toHex(`aerie-bench-round-${i}`)));

/** An r‖s‖v signature of `digest` (native secp256k1: inputs for 10,000 trainers in a second). */
function sign(digest: Hex, privateKey: Uint8Array): Hex {
  const { signature, recid } = secp256k1.ecdsaSign(hexToBytes(digest), privateKey);
  return `${bytesToHex(signature)}${(27 + recid).toString(16)}` as Hex;
}

/** A round of `trainers` trainers, 10 validators and `delegators` delegators spread over the pools. */
function roundInputs(trainers: number, validators: number, delegators: number): RoundInputs {
  const spec = parseTaskSpec(JSON.parse(JSON.stringify(exampleSpecJson)));
  const domain = aerieDomain(CHAIN_ID, CONTRACTS.registry);
  const digester = new MessageDigester(domain);
  const ops = trainers + validators;
  const keys = Array.from({ length: ops }, (_, i) => key(i));
  const addresses = keys.map((k) => privateKeyToAddress(bytesToHex(k)));
  let x = 0x9e3779b9;
  const next = (): number => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
  const h8 = (): string => next().toString(16).padStart(8, "0");
  const participants: RoundParticipant[] = addresses.map((operator, i) => ({
    operator,
    role: i < trainers ? "trainer" : "validator",
    stake: 1_000n * E18,
    commissionBps: 1_000n,
    shares: [{ account: operator, shares: 100n * E18 }],
  }));
  const previous: { account: Address; amount: bigint }[] = [];
  for (let d = 0; d < delegators; d++) {
    const account = `0x${h8()}${h8()}${h8()}${h8()}${d.toString(16).padStart(8, "0")}` as Address;
    participants[d % ops]!.shares.push({ account, shares: BigInt(1 + (next() % 1_000_000)) * 10n ** 12n });
    if (d % 10 === 0) previous.push({ account, amount: BigInt(1 + (next() % 1_000_000)) * 10n ** 9n });
  }
  const trainerAddresses = addresses.slice(0, trainers);
  const submissions = trainerAddresses.map((trainer, i) => {
    const message = { taskId: TASK_ID, round: ROUND, trainer, modelHash: keccak256(toHex(`model-${i}`)), modelURI: `ipfs://model-${i}` };
    return { message, signature: sign(digester.submission(message), keys[i]!), receivedAt: ROUND_START + 100n };
  });
  const scores = addresses.slice(trainers).map((validator, v) => {
    // every validator scores every trainer near a common value (no slash)
    const message = { taskId: TASK_ID, round: ROUND, validator, trainers: trainerAddresses, scores: trainerAddresses.map((_, t) => BigInt(500_000 + ((t * 7919 + v * 13) % 1000))) };
    return { message, signature: sign(digester.scores(message), keys[trainers + v]!), receivedAt: ROUND_END + 100n };
  });
  return {
    chainId: CHAIN_ID,
    contracts: { ...CONTRACTS },
    taskId: TASK_ID,
    round: ROUND,
    roundStart: ROUND_START,
    roundEnd: ROUND_END,
    stakeBlock: 1234n,
    rewardPerRound: BigInt(spec.rewardPerRound),
    spec,
    specHash: specHash(spec),
    participants,
    submissions,
    scores,
    previous: previous.length === 0 ? null : { bundleHash: keccak256(toHex("previous")), cumulative: previous },
  };
}

// ------------------------------------------------------------------ children

async function fastChild(n: number): Promise<Record<string, unknown>> {
  const inputs = roundInputs(10, 10, n - 20);
  const cpu0 = cpuMs();
  const steps: Record<string, number> = {};
  const stepsCpu: Record<string, number> = {};
  let lastCpu = cpu0;
  const mark = (name: string, wall: number): void => {
    steps[name] = Math.round(wall * 10) / 10;
    const now = cpuMs();
    stepsCpu[name] = now - lastCpu;
    lastCpu = now;
  };
  const dir = mkdtempSync(join(tmpdir(), "aerie-bench-round-"));
  const file = join(dir, "bundle.json");
  const proofsFile = proofsPathFor(file);
  // the bundle file is written in the pass that hashes it (step "bundle")
  const fd = openSync(file, "w");
  const t0 = performance.now();
  const out = await computeRound(inputs, { onStep: mark, writeBundle: (chunk) => writeSync(fd, chunk) });
  closeSync(fd);
  let t = performance.now();
  writeProofsFile(proofsFile, out.tree!, TASK_ID, out.bundleHash, out.accounts);
  mark("proofsFile", performance.now() - t);
  const roundMs = ms(t0);
  const roundCpuMs = cpuMs() - cpu0;
  t = performance.now();
  const proofs = out.tree!.allProofs();
  mark("allProofs", performance.now() - t);
  void proofs;
  const leaves = out.tree!.leafCount;
  const someone = inputs.participants[3]!.shares[1]!.account;
  const cumulative = out.accounts.find((a) => a.account.toLowerCase() === someone.toLowerCase())!.cumulativeAmount;
  // one claim as `aerie claim --node` checks it: the node's proof by account, verified against the root
  t = performance.now();
  const proof = out.tree!.proofFor(someone);
  const okProof = StandardMerkleTree.verify(out.result.rewardsRoot, ["uint256", "address", "uint256"], [TASK_ID.toString(), someone, cumulative.toString()], proof);
  mark("claimOneProof", performance.now() - t);
  if (!okProof) throw new Error("the claim's proof does not verify");
  const result = out.result;
  const bundleBytes = out.bundleBytes;
  // one claim as `aerie claim --bundle` with the proofs file next to it: header, binary search, one proof checked
  t = performance.now();
  {
    const proofs = openProofsFile(proofsFile);
    const got = proofs.lookup(someone);
    proofs.close();
    if (proofs.header.root !== result.rewardsRoot || got === undefined || got.cumulativeAmount !== cumulative || !StandardMerkleTree.verify(result.rewardsRoot, ["uint256", "address", "uint256"], [TASK_ID.toString(), someone, got.cumulativeAmount.toString()], got.proof)) {
      throw new Error("claim from the proofs file failed");
    }
  }
  mark("claimFromProofsFile", performance.now() - t);
  // one claim as `aerie claim --bundle` without the proofs file: parse the file, rebuild the tree from outputs.accounts
  t = performance.now();
  {
    const json = JSON.parse(readFileSync(file, "utf8")) as { outputs: { accounts: { account: string; cumulativeAmount: string }[] } };
    const accounts = json.outputs.accounts;
    const tree = buildRewardsTree(TASK_ID, accounts.map((a) => ({ account: a.account, cumulativeAmount: BigInt(a.cumulativeAmount) })));
    const i = tree.indexOf(someone);
    if (tree.root !== result.rewardsRoot || !StandardMerkleTree.verify(tree.root, ["uint256", "address", "uint256"], [TASK_ID.toString(), someone, accounts[i]!.cumulativeAmount], tree.proof(i))) {
      throw new Error("claim from the bundle failed");
    }
  }
  mark("claimFromBundle", performance.now() - t);
  t = performance.now();
  const cpu1 = cpuMs();
  const verdict = await verifyBundle(readFileSync(file, "utf8"));
  mark("verify", performance.now() - t);
  const verifyCpuMs = cpuMs() - cpu1;
  if (!verdict.ok || verdict.bundleHash !== result.bundleHash) throw new Error(`verify failed: ${JSON.stringify(verdict)}`);
  // a tampered cumulative amount deep in the accounts is refused, naming the field
  t = performance.now();
  const tampered = JSON.parse(readFileSync(file, "utf8")) as { outputs: { accounts: { cumulativeAmount: string }[] } };
  const at = Math.floor(tampered.outputs.accounts.length / 2);
  tampered.outputs.accounts[at]!.cumulativeAmount = (BigInt(tampered.outputs.accounts[at]!.cumulativeAmount) + 1n).toString();
  const refused = await verifyBundle(tampered);
  mark("verifyTampered", performance.now() - t);
  if (refused.ok || !refused.reason.startsWith(`bundle mismatch at outputs.accounts[${at}].cumulativeAmount`)) throw new Error(`tampered bundle: ${JSON.stringify(refused)}`);
  rmSync(dir, { recursive: true, force: true });
  return {
    n,
    leaves,
    roundMs,
    roundCpuMs,
    verifyMs: steps.verify,
    verifyCpuMs,
    bundleBytes,
    peakRssMB: rssMB(),
    steps,
    stepsCpuMs: stepsCpu,
    root: result.rewardsRoot,
    tamperedRefusal: refused.reason.slice(0, 120),
  };
}

async function libraryChild(n: number): Promise<Record<string, unknown>> {
  // the same leaves as the fast child's round: rebuild them through computeRound's accounts
  const inputs = roundInputs(10, 10, n - 20);
  const out = await computeRound(inputs);
  const values = out.accounts.map((a) => [TASK_ID.toString(), a.account, a.cumulativeAmount.toString()]);
  const cpu0 = cpuMs();
  let t = performance.now();
  const tree = StandardMerkleTree.of(values, ["uint256", "address", "uint256"]);
  const buildMs = ms(t);
  t = performance.now();
  for (let i = 0; i < values.length; i++) tree.getProof(i);
  const proofsMs = ms(t);
  if (tree.root !== out.result.rewardsRoot) throw new Error(`library root ${tree.root} != fast root ${out.result.rewardsRoot}`);
  return { n, leaves: values.length, buildMs, proofsMs, cpuMs: cpuMs() - cpu0, peakRssMB: rssMB(), identicalRoot: true };
}

async function manyTrainersChild(): Promise<Record<string, unknown>> {
  const inputs = roundInputs(MANY_TRAINERS, 10, 0);
  const results: Record<string, unknown> = {};
  for (const [name, make] of [
    ["native RecoverPool (2 threads)", () => RecoverPool.start({ threads: 2 })],
    ["viem (core default, one thread)", () => undefined],
  ] as const) {
    const pool = make();
    await pool?.ready;
    const steps: Record<string, number> = {};
    const stepsCpuMs: Record<string, number> = {};
    const cpu0 = cpuMs();
    let lastCpu = cpu0;
    const t = performance.now();
    const onStep = (s: string, x: number): void => {
      steps[s] = Math.round(x * 10) / 10;
      const now = cpuMs();
      stepsCpuMs[s] = now - lastCpu;
      lastCpu = now;
    };
    const out = await computeRound(inputs, { ...(pool ? { recoverer: pool as SignatureRecoverer } : {}), onStep });
    // process CPU: the main thread and the pool's worker threads together
    results[name] = { roundMs: ms(t), processCpuMs: cpuMs() - cpu0, steps, stepsCpuMs, totalReward: out.result.totalReward.toString() };
    await pool?.close();
    if (process.env.ROUND_BENCH_SKIP_VIEM === "1") break;
  }
  return { trainers: MANY_TRAINERS, validators: 10, ...results, peakRssMB: rssMB() };
}

// ------------------------------------------------------------------ parent

function runChild(args: string[]): Record<string, unknown> {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    env: { ...process.env, ROUND_BENCH_CHILD: "1" },
  });
  const line = r.stdout.trim().split("\n").at(-1) ?? "";
  if (r.status !== 0 || !line.startsWith("{")) return { error: (r.stderr || r.stdout).trim().split("\n").slice(-5).join(" | ") };
  return JSON.parse(line) as Record<string, unknown>;
}

async function main(): Promise<void> {
  if (process.env.ROUND_BENCH_CHILD === "1") {
    const [kind, n] = process.argv.slice(2);
    const out = kind === "fast" ? await fastChild(Number(n)) : kind === "library" ? await libraryChild(Number(n)) : await manyTrainersChild();
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const started = new Date().toISOString();
  const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
  const runs: Record<string, unknown>[] = [];
  for (const n of SIZES) {
    if (n > MAX_N) {
      console.log(`bench:round: N = ${n} exceeds the cap ROUND_BENCH_MAX_N = ${MAX_N} (≈ 1 GB per million accounts): skipped; raise the cap to run it`);
      runs.push({ n, skipped: `exceeds ROUND_BENCH_MAX_N = ${MAX_N}` });
      continue;
    }
    const load = loadavg()[0]!.toFixed(1);
    const fast = runChild(["fast", String(n)]);
    const library = n <= LIBRARY_MAX_N ? runChild(["library", String(n)]) : { skipped: `capped: N > ROUND_BENCH_LIBRARY_MAX_N = ${LIBRARY_MAX_N}` };
    if ("root" in fast && "identicalRoot" in library === false && !("skipped" in library)) throw new Error(`library run failed: ${JSON.stringify(library)}`);
    runs.push({ n, loadAverage1m: Number(load), fast, library });
    console.log(`N=${n} (load ${load}): ${JSON.stringify(fast)}\n  library: ${JSON.stringify(library)}`);
  }
  // growth exponent of the whole round between consecutive sizes: log(t2/t1) / log(n2/n1)
  const measured = runs.filter((r) => (r.fast as { roundMs?: number } | undefined)?.roundMs !== undefined) as { n: number; fast: { roundMs: number; verifyMs: number } }[];
  const growth = measured.slice(1).map((r, i) => {
    const p = measured[i]!;
    const e = (a: number, b: number) => Math.round((Math.log(a / b) / Math.log(r.n / p.n)) * 100) / 100;
    return { from: p.n, to: r.n, round: e(r.fast.roundMs, p.fast.roundMs), verify: e(r.fast.verifyMs, p.fast.verifyMs) };
  });
  const loadMany = loadavg()[0]!.toFixed(1);
  const manyTrainers = { loadAverage1m: Number(loadMany), ...runChild(["many"]) };
  console.log(`10k trainers (load ${loadMany}): ${JSON.stringify(manyTrainers)}`);
  const report = {
    benchmark: "round",
    started,
    finished: new Date().toISOString(),
    machine: { node: process.version, cpus: cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
    note:
      "Each case runs in its own child process; peakRssMB is that process's max RSS (inputs included). roundMs = computeRound + all proofs. " +
      `The library baseline (StandardMerkleTree.of + getProof per leaf, same leaves) runs up to N = ${LIBRARY_MAX_N}. Cores shared with other jobs: read ratios and CPU times, not absolute wall times.`,
    goals: { roundMs1M: 15_000, peakRssMB1M: 1_536, verifyMs1M: 15_000, manyTrainersMs: 2_000 },
    runs,
    growth,
    manyTrainers,
  };
  writeFileSync(join(__dirname, "round.json"), `${JSON.stringify(report, null, 2)}\n`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
