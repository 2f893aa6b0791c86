// `aerie node --config <file>`: runs one Aerie node (committee member, guardian or both) until SIGINT/SIGTERM.
import type { Command } from "commander";

import type { Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";

/** Options of {@link registerNodeCommand}: how the command waits for its stop signal (tests replace it). */
export type NodeCommandOptions = { untilStopped?: () => Promise<void> };

/** Resolves on the first SIGINT or SIGTERM. */
function _untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/**
 * Registers `node` on `program`. The command starts the same service as `src/node/main.ts` (`runNode`: config,
 * key, RPC check, store, indexer, HTTP API, committee and/or guardian loops), prints where it listens
 * (`{"listening", "address"}` with --json), logs pino JSON to stdout, and stops cleanly on SIGINT/SIGTERM.
 * A bad config, a missing key or an unreachable RPC fails before anything runs: one line naming the field or the
 * URL and the fix (the node's `NodeConfigError` / `RpcUnreachableError`), exit 1.
 */
export function registerNodeCommand(program: Command, rt: CommandRuntime<Chain>, options: NodeCommandOptions = {}): void {
  program
    .command("node")
    .description("run an Aerie node (committee member, guardian or both) from its JSON config; see docs/NODE.md")
    .requiredOption("--config <file>", "the node's config file (JSON: role, key, rpc, addressBook, peers, dataDir, …)")
    .action(async (o: { config: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { runNode } = await import("../../node/run");
      const node = await runNode(o.config);
      emit(rt.io, g, { listening: node.url, address: node.address }, `aerie node ${node.address} listening on ${node.url} (Ctrl-C stops it)`);
      await (options.untilStopped ?? _untilSignal)();
      await node.stop();
    });
}
