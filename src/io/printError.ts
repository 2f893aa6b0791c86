// The one error printer of every entry point (CLI, scripts, benchmarks): one line a person can act on, or a
// JSON object a program can branch on (docs/CONVENTIONS.md §14).
import { AerieError } from "../lib/errors";

/** What every failure is reduced to: a stable code and one line saying what is wrong and what to do. */
export type ErrorReport = { code: string; message: string };

/** How {@link printError} prints. */
export type PrintErrorOptions = {
  /** Print `{"error":{"code","message"}}` on `stdout` instead of `error: <message>` on `stderr`. */
  json?: boolean;
  /** Where human output goes (default: process.stderr). */
  stderr?: { write(text: string): unknown };
  /** Where JSON output goes (default: process.stdout). */
  stdout?: { write(text: string): unknown };
};

/**
 * Reduces any thrown value to an {@link ErrorReport}.
 *
 * - an {@link AerieError}: its `code` and `shortMessage`;
 * - an error of viem or another library with a `shortMessage` (viem's `BaseError`): code `UNEXPECTED`, that line;
 * - anything else: code `UNEXPECTED` and its message.
 *
 * The message is always a single line (line breaks become `; `).
 */
export function describeError(error: unknown): ErrorReport {
  if (error instanceof AerieError) return { code: error.code, message: _oneLine(error.shortMessage) };
  const e = error as { shortMessage?: unknown; message?: unknown } | null;
  const text = typeof e?.shortMessage === "string" ? e.shortMessage : typeof e?.message === "string" ? e.message : String(error);
  return { code: "UNEXPECTED", message: _oneLine(text) };
}

/**
 * The text {@link printError} writes, with its trailing newline.
 * Human: `error: <what is wrong>: <what to do>`; JSON: `{"error":{"code":"…","message":"…"}}`.
 */
export function formatError(error: unknown, json = false): string {
  const report = describeError(error);
  return (json ? JSON.stringify({ error: report }) : `error: ${report.message}`) + "\n";
}

/**
 * Prints `error` (see {@link formatError}) and returns the exit code to use: always 1.
 * Entry points end with `process.exitCode = printError(e, { json })`.
 */
export function printError(error: unknown, options: PrintErrorOptions = {}): number {
  const text = formatError(error, options.json === true);
  if (options.json === true) (options.stdout ?? process.stdout).write(text);
  else (options.stderr ?? process.stderr).write(text);
  return 1;
}

function _oneLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("; ");
}
