// Running the CLI for tests: in this process (capture what it prints and its exit code) or as its own process.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { runCli, type RunCliOptions } from "../../src/cli/index";

const ROOT = join(__dirname, "..", "..");

/** What one CLI run printed and returned. */
export type CliRun = { code: number; out: string; err: string; json: () => any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Runs `aerie <args>` in this process (commands reach the chain through `options.connect` or the real connector).
 * @returns the exit code, stdout (results, and JSON errors) and stderr (human errors).
 */
export async function cli(args: string[], options: Omit<RunCliOptions, "io" | "errors"> = {}): Promise<CliRun> {
  const out: string[] = [];
  const errOut: string[] = [];
  const jsonErr: string[] = [];
  const code = await runCli(["node", "aerie", ...args], {
    ...options,
    io: { out: (t) => out.push(t) },
    errors: { stdout: { write: (t: string) => jsonErr.push(t) }, stderr: { write: (t: string) => errOut.push(t) } },
  });
  const stdout = [...out.map((l) => l + "\n"), ...jsonErr].join("");
  return { code, out: stdout, err: errOut.join(""), json: () => JSON.parse(stdout) };
}

/**
 * Bundles the `aerie` bin into `outdir` exactly as `npm run build:cli` does (esbuild, its flags from package.json).
 * @returns the bin's path (`<outdir>/index.js`).
 */
export function buildCliBundle(outdir: string): string {
  const script = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["build:cli"]!;
  const args = script.split(/\s+/).slice(1).map((a) => (a.startsWith("--outdir=") ? `--outdir=${outdir}` : a));
  execFileSync(join(ROOT, "node_modules", "esbuild", "bin", "esbuild"), [...args, "--log-level=error"], { cwd: ROOT, stdio: "pipe" });
  return join(outdir, "index.js");
}

/**
 * Runs `aerie <args>` as its own process, with `env` added to this process's environment (HARDHAT_NETWORK cleared):
 * the sources under ts-node (no build needed), or the bundled bin `bin` ({@link buildCliBundle}; it starts in a
 * fraction of ts-node's time). Asynchronous, so this process's event loop keeps running meanwhile (a blocked loop
 * cannot see a node close an idle keep-alive socket, and the next fetch on it fails with "other side closed").
 * @returns the exit code, stdout and stderr.
 */
export function aerieProcess(args: string[], env: NodeJS.ProcessEnv = {}, bin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const entry = bin === undefined ? [join(ROOT, "node_modules", "ts-node", "dist", "bin.js"), "--transpile-only", join(ROOT, "src", "cli", "index.ts")] : [bin];
  const child = spawn(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, HARDHAT_NETWORK: "", TS_NODE_PROJECT: join(ROOT, "tsconfig.json"), NODE_PATH: join(ROOT, "node_modules"), ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}
