// The shape shared by the writes that take only a task (and a round): parse, connect, send one action, print.
import type { Command } from "commander";
import type { Hash } from "viem";

import type { AerieAddresses } from "../../sdk/addressBook";
import type { AerieWalletClient } from "../../sdk/types";
import { uint } from "../args";
import { confirm, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { signer } from "./stakers";

/** What {@link registerTaskWrite} needs to know about one command. */
export type TaskWriteCommand = {
  name: string;
  description: string;
  /** Whether the command also takes `--round <r>`. */
  round: boolean;
  /** Sends the SDK action (simulated first by the SDK: a revert sends nothing). */
  send: (wallet: AerieWalletClient, p: { addresses: AerieAddresses; taskId: bigint; round: bigint }) => Promise<{ hash: Hash }>;
  /** The human line after success, e.g. `task 1 cancelled`; ` (gas N)` is appended. */
  done: (taskId: bigint, round: bigint) => string;
};

/** Registers a `--task [--round]` write under `parent`; with `--json` it prints `{taskId, round?, hash, gasUsed}`. */
export function registerTaskWrite(parent: Command, rt: CommandRuntime<Chain>, c: TaskWriteCommand): void {
  const command = parent.command(c.name).description(c.description).requiredOption("--task <id>");
  if (c.round) command.requiredOption("--round <r>");
  command.action(async (o: { task: string; round?: string }, cmd: Command) => {
    const g = globalsOf(cmd);
    const taskId = uint(o.task, "--task");
    const round = o.round === undefined ? 0n : uint(o.round, "--round");
    const chain = await rt.connect(g, { write: true });
    const r = await confirm(chain, c.send(signer(chain), { addresses: chain.addresses, taskId, round }));
    emit(rt.io, g, { taskId, ...(c.round ? { round } : {}), hash: r.hash, gasUsed: r.gasUsed }, `${c.done(taskId, round)} (gas ${r.gasUsed})`);
  });
}
