// Starting the intake node as a real child process on a free port (for the process tests and the bench).
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

/** The repository root. */
export const ROOT = join(__dirname, "..", "..");

/** A started node process and its base URL. */
export type NodeProcess = { child: ChildProcess; url: string; stderr: () => string };

/** A compiled entry to start instead of `src/node/server-main.ts` under ts-node: its JS file and environment. */
export type NodeEntry = { file: string; env: NodeJS.ProcessEnv };

/**
 * Spawns `src/node/server-main.ts` (through ts-node, or `entry` when given: e.g. the bench's esbuild bundle) with `args` (plus `--port 0`) and resolves once it prints its URL.
 * `execArgv` are node's own flags (e.g. `--cpu-prof` for the bench).
 *
 * @throws if the process exits or prints nothing within `timeoutMs`.
 */
export function startNodeProcess(args: string[], timeoutMs = 180_000, execArgv: string[] = [], entry?: NodeEntry): Promise<NodeProcess> {
  const start = entry === undefined ? ["-r", "ts-node/register/transpile-only", join(ROOT, "src/node/server-main.ts")] : [entry.file];
  const child = spawn(process.execPath, [...execArgv, ...start, "--port", "0", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: entry?.env ?? process.env,
  });
  let out = "";
  let err = "";
  child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`node did not start within ${timeoutMs} ms: ${err}`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`node exited with ${code} before listening: ${err}`));
    });
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n").find((l) => l.startsWith("{"));
      if (line !== undefined && out.includes("\n")) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve({ child, url: (JSON.parse(line) as { listening: string }).listening, stderr: () => err });
      }
    });
  });
}

/** Runs server-main to completion (for argument errors); resolves with its exit code and output. */
export function runNodeProcess(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(ROOT, "src/node/server-main.ts"), ...args], { cwd: ROOT });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

/** Sends SIGKILL and waits for the exit. */
export function killHard(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}
