// Running the CLI in-process for tests: capture what it prints and its exit code.
import { runCli, type RunCliOptions } from "../../src/cli/index";

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
