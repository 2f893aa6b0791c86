// What a command runs with: the global options, where it prints, and how it reaches the chain.
import type { Command } from "commander";

import { toJsonValue } from "../lib/canonical";

/** The options every command accepts (set on the root program). */
export type Globals = {
  /** `--network`: a name from src/io/networks.ts. */
  network: string;
  /** `--account`: which configured account signs (index or address). */
  account?: string | undefined;
  /** `--json`: print one JSON value (results) or `{"error":{code,message}}` (failures). */
  json?: boolean | undefined;
  /** `--deployments`: the address-book directory (default: the repository's deployments/). */
  deployments?: string | undefined;
};

/** Where a command prints its result. */
export type CliIo = { out(text: string): void };

/** How commands reach the chain; tests replace it to run commands on the in-process Hardhat network. */
export type Connector<C> = (globals: Globals, options: { write: boolean }) => Promise<C>;

/** What each command module's `register` function gets. */
export type CommandRuntime<C> = {
  io: CliIo;
  connect: Connector<C>;
};

/** The global options as parsed for `cmd` (options given before or after the subcommand). */
export function globalsOf(cmd: Command): Globals {
  return cmd.optsWithGlobals<Globals>();
}

/**
 * Prints a command's result: with `--json`, `value` as one line of JSON (bigints as decimal strings);
 * otherwise the human line(s).
 */
export function emit(io: CliIo, globals: Globals, value: unknown, human: string): void {
  io.out(globals.json ? JSON.stringify(toJsonValue(value)) : human);
}
