/**
 * `npm run bench:cli` — start-up and read latency of the built CLI (`node dist/src/cli/index.js`) next to the
 * equivalent `cast` commands (the native binary), in the same run against the same local node.
 *
 * Starts anvil on a free port, deploys Aerie with the CLI, stakes one position and creates one task, then runs each
 * pair N times, interleaved (aerie, then its cast equivalent), and writes median and p90 wall times (ms) and the
 * ratio aerie/cast of the medians to bench/cli.json. A benchmark, not a test: it asserts nothing about the numbers.
 *
 * Pairs (cast does exactly the reads the CLI needs for the same answer, without the CLI's address-book checks):
 * - `aerie position --address X --json` vs `cast logs` (SharesChanged of X) + `cast call` sharesOf, stakeOf,
 *   totalShares, convertToAssets;
 * - `aerie task show --task 1 --json` vs `cast call` getTask + nextRound;
 * - `aerie --help` vs `cast --help`.
 *
 * Env: BENCH_RUNS (default 15). Needs `npm run build` first.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { printError } from "../src/io/printError";
import { startAnvil } from "../test/shared/anvil";

const ROOT = join(__dirname, "..");
const CLI = join(ROOT, "dist", "src", "cli", "index.js");
const CAST = join(ROOT, "node_modules", "@foundry-rs", "cast-linux-amd64", "bin", "cast");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const STAKER = "0x90F79bf6EB2c4f870365E785982E1f101E93b906"; // Hardhat/anvil test account 3

/** Runs a command to completion; returns its wall time in ms. Throws when it exits non-zero. */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv): { ms: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, encoding: "utf8", cwd: ROOT });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}: ${(r.stderr || r.stdout).trim().split("\n")[0]}`);
  return { ms, stdout: r.stdout };
}

function stats(samples: number[]): { median: number; p90: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
  return { median: Math.round(at(0.5)), p90: Math.round(at(0.9)) };
}

async function main(): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} does not exist: run npm run build first`);
  const { url, proc: node } = await startAnvil();
  try {
    const deployments = mkdtempSync(join(tmpdir(), "aerie-bench-cli-"));
    const env = { ...process.env, LOCALHOST_RPC_URL: url, HARDHAT_NETWORK: "localhost", AERIE_DEPLOYMENTS: deployments };
    const aerie = (...args: string[]) => timed(process.execPath, [CLI, ...args], env);
    aerie("deploy");
    aerie("mint", "--to", STAKER, "--amount", "5000");
    aerie("register", "--account", "3", "--commission-bps", "500");
    aerie("stake", "--account", "3", "--operator", STAKER, "--amount", "1000");
    aerie("mint", "--to", STAKER, "--amount", "5000");
    aerie("task", "create", "--account", "3", "--spec", "examples/tasks/demo-3-rounds.json");
    const book = JSON.parse(readFileSync(join(deployments, "31337.json"), "utf8")) as { contracts: Record<string, { address: string }> };
    const vault = book.contracts.StakingVault!.address;
    const registry = book.contracts.TaskRegistry!.address;
    const settlement = book.contracts.RoundSettlement!.address;
    const cast = (...args: string[]) => timed(CAST, args, env);

    const pairs: { name: string; aerie: () => unknown; cast: () => unknown }[] = [
      {
        name: "position --address X --json",
        aerie: () => aerie("position", "--address", STAKER, "--json"),
        cast: () => {
          cast("logs", "--rpc-url", url, "--from-block", "0", "--address", vault, "SharesChanged(address indexed,address indexed,uint256,uint256,uint256)", "", STAKER);
          cast("call", "--rpc-url", url, vault, "sharesOf(address,address)(uint256)", STAKER, STAKER);
          cast("call", "--rpc-url", url, vault, "stakeOf(address)(uint256)", STAKER);
          cast("call", "--rpc-url", url, vault, "totalShares(address)(uint256)", STAKER);
          cast("call", "--rpc-url", url, vault, "convertToAssets(address,uint256)(uint256)", STAKER, "1000000000000000000000");
        },
      },
      {
        name: "task show --task 1 --json",
        aerie: () => aerie("task", "show", "--task", "1", "--json"),
        cast: () => {
          cast("call", "--rpc-url", url, registry, "getTask(uint256)((address,uint64,uint64,uint32,uint32,bool,uint256,uint256,uint256,bytes32,uint256,uint256))", "1");
          cast("call", "--rpc-url", url, settlement, "nextRound(uint256)(uint256)", "1");
        },
      },
      { name: "--help", aerie: () => aerie("--help"), cast: () => cast("--help") },
    ];

    const results: Record<string, { aerie: { median: number; p90: number }; cast: { median: number; p90: number }; ratio: number }> = {};
    for (const pair of pairs) {
      pair.aerie(); // warm the file cache once
      pair.cast();
      const a: number[] = [];
      const c: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let t0 = process.hrtime.bigint();
        pair.aerie();
        a.push(Number(process.hrtime.bigint() - t0) / 1e6);
        t0 = process.hrtime.bigint();
        pair.cast();
        c.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      const sa = stats(a);
      const sc = stats(c);
      results[pair.name] = { aerie: sa, cast: sc, ratio: Math.round((sa.median / sc.median) * 100) / 100 };
      process.stdout.write(`${pair.name.padEnd(30)} aerie median ${sa.median} ms (p90 ${sa.p90})  cast median ${sc.median} ms (p90 ${sc.p90})  ratio ${results[pair.name]!.ratio}\n`);
    }
    const out = { note: "wall time per command in ms (median and p90 of N runs, interleaved); ratio = aerie median / cast median", runs: RUNS, node: process.version, date: new Date().toISOString(), results };
    writeFileSync(join(ROOT, "bench", "cli.json"), JSON.stringify(out, null, 2) + "\n");
    process.stdout.write("wrote bench/cli.json\n");
  } finally {
    node.kill("SIGKILL");
  }
}

main().catch((e: unknown) => {
  process.exitCode = printError(e);
});
