#!/usr/bin/env node
/**
 * `aerie <command> [options]`: the command line for Aerie's three kinds of user. This file only wires commander;
 * each command group lives in its own module under ./commands/.
 *
 * - stakers: register, stake, unstake, withdraw, commission; reads position, operators, requests (commands/stakers.ts)
 * - task creators: task create | cancel | refund | show (commands/tasks.ts)
 * - node operators: join, leave, submit, score (commands/nodeOperator.ts); commit–reveal and FL Alliance:
 *   propose-update, vote commit | reveal, commit-scores, reveal-scores (commands/commitReveal.ts)
 * - the committee: aggregate, sign-result, propose, challenge, finalize, skip, round status (commands/committee.ts)
 * - rewards: claim, claimable (commands/rewards.ts); bundles: verify (commands/verify.ts); deploy, mint (commands/deploy.ts)
 * - node operators' long-running service: node --config <file> (commands/node.ts, src/node/run.ts)
 * - workers: worker --config (commands/worker.ts, src/worker)
 *
 * Global options: `--network <name>` (env HARDHAT_NETWORK), `--account <index|address>` (env AERIE_ACCOUNT),
 * `--json`, `--deployments <dir>` (env AERIE_DEPLOYMENTS). Amounts are whole tokens with decimals (`--amount 12.5`).
 * A failure prints one line `error: <what is wrong>: <what to do>` (or `{"error":{"code","message"}}` with --json)
 * and exits 1.
 */
import { Command, CommanderError, Option } from "commander";

import { AerieError, UsageError } from "../lib/errors";
import { printError } from "../io/printError";
import { registerCommitRevealCommands } from "./commands/commitReveal";
import { registerCommitteeCommands } from "./commands/committee";
import { registerDeployCommands } from "./commands/deploy";
import { registerNodeCommand } from "./commands/node";
import { registerNodeOperatorCommands } from "./commands/nodeOperator";
import { registerRewardCommands } from "./commands/rewards";
import { registerStakerCommands } from "./commands/stakers";
import { registerTaskCommands } from "./commands/tasks";
import { registerVerifyCommand } from "./commands/verify";
import { registerWorkerCommand } from "./commands/worker";
import type { Chain } from "./connect";
import type { CliIo, Connector } from "./context";

/** What {@link runCli} may be given instead of the real terminal and chain (tests). */
export type RunCliOptions = {
  io?: CliIo;
  /** Where errors go (default: process.stderr / process.stdout per mode). */
  errors?: { stdout?: { write(text: string): unknown }; stderr?: { write(text: string): unknown } };
  connect?: Connector<Chain>;
};

const stdoutIo: CliIo = { out: (text) => process.stdout.write(text + "\n") };

/** Builds the commander program with every command group registered. */
export function buildProgram(options: RunCliOptions = {}): Command {
  const program = new Command()
    .name("aerie")
    .description("Aerie: stake, fund tasks, run the aggregator and claim rewards")
    .addOption(new Option("--network <name>", "network: hardhat, localhost, baseSepolia, base").env("HARDHAT_NETWORK").default("localhost"))
    .addOption(new Option("--account <index|address>", "which account signs (an index of the network's accounts), or whose account a read is about").env("AERIE_ACCOUNT"))
    .addOption(new Option("--deployments <dir>", "address-book directory (default: deployments/)").env("AERIE_DEPLOYMENTS"))
    .option("--json", "print results as JSON; errors as {\"error\":{\"code\",\"message\"}}")
    .exitOverride()
    .configureOutput({ writeOut: (text) => (options.io ?? stdoutIo).out(text.replace(/\n$/, "")), outputError: () => {} })
    .showHelpAfterError(false);
  const rt = {
    io: options.io ?? stdoutIo,
    connect: options.connect ?? (async (g, o) => (await import("./connect")).connect(g, o)),
  } satisfies { io: CliIo; connect: Connector<Chain> };
  registerDeployCommands(program, rt);
  registerStakerCommands(program, rt);
  registerTaskCommands(program, rt);
  registerNodeOperatorCommands(program, rt);
  registerCommitRevealCommands(program, rt);
  registerCommitteeCommands(program, rt);
  registerRewardCommands(program, rt);
  registerVerifyCommand(program, rt);
  registerNodeCommand(program, rt);
  registerWorkerCommand(program, rt);
  return program;
}

/**
 * Runs the CLI on `argv` (as `process.argv`: node, script, then arguments).
 * @returns the exit code: 0 on success (and for --help), 1 on any failure, printed by the one error printer.
 */
export async function runCli(argv: string[], options: RunCliOptions = {}): Promise<number> {
  const json = argv.includes("--json");
  try {
    await buildProgram(options).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      const what = error.message.replace(/^error: /, "");
      return printError(new UsageError(`${what}: run with --help for usage`), { json, ...options.errors });
    }
    return printError(await asAerieError(error), { json, ...options.errors });
  }
}

/** A failed contract read arrives as viem's error: decode it (custom error name, arguments, what to do). */
async function asAerieError(error: unknown): Promise<unknown> {
  if (error instanceof AerieError || typeof (error as { shortMessage?: unknown } | null)?.shortMessage !== "string") return error;
  const { decodeRevert } = await import("../sdk/errors");
  return decodeRevert(error, "read");
}

if (require.main === module) {
  void runCli(process.argv).then((code) => {
    process.exitCode = code;
  });
}
