// Reward commands: claim (sends) and claimable (reads), both with the proof from a round bundle.
import type { Command } from "commander";
import type { Address, Hex } from "viem";

import type { RoundOutput } from "../../aggregator/round";
import { readVerifiedBundle } from "../../io/bundleStore";
import { PreconditionError } from "../../lib/errors";
import { address } from "../args";
import type { Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { readAccount } from "./stakers";

/** An account's standing in a task per a bundle: cumulative amount, already claimed, and what a claim pays now (wei). */
export type Claimable = { taskId: bigint; account: Address; cumulativeAmount: bigint; claimed: bigint; claimable: bigint; proof: Hex[] };

/**
 * Reads what `account` can claim of a task with `bundle`'s proof.
 * @throws {PreconditionError} when the bundle's root is not the task's current root (not the latest finalized round).
 */
async function claimableOf(chain: Chain, output: RoundOutput, account: Address, bundlePath: string): Promise<Claimable> {
  const { ctx, c } = chain;
  const { taskId, rewardsRoot } = output.result;
  const onChain = (await ctx.publicClient.readContract({ ...c.distributor, functionName: "taskRewards", args: [taskId] })) as { root: Hex };
  if (onChain.root.toLowerCase() !== rewardsRoot.toLowerCase()) {
    throw new PreconditionError(`bundle ${bundlePath} has root ${rewardsRoot} but task ${taskId}'s current root is ${onChain.root}: use the latest finalized round's bundle`);
  }
  const leaf = output.claims.find((cl) => cl.account.toLowerCase() === account.toLowerCase());
  const claimed = (await ctx.publicClient.readContract({ ...c.distributor, functionName: "claimed", args: [taskId, account] })) as bigint;
  const cumulativeAmount = leaf?.cumulativeAmount ?? 0n;
  return { taskId, account, cumulativeAmount, claimed, claimable: cumulativeAmount > claimed ? cumulativeAmount - claimed : 0n, proof: leaf?.proof ?? [] };
}

/** Registers claim and claimable on `program`. */
export function registerRewardCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("claimable")
    .description("show what an account can claim of a task, per the latest finalized round bundle")
    .requiredOption("--bundle <file>", "the task's latest finalized round bundle")
    .option("--address <address>", "the account to read (default: --account); no key needed")
    .action(async (o: { bundle: string; address?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const { output } = await readVerifiedBundle(o.bundle);
      const chain = await rt.connect(g, { write: false });
      const account = readAccount(chain, o.address);
      const { fmt } = await import("../../chain/actions");
      const r = await claimableOf(chain, output, account, o.bundle);
      emit(rt.io, g, r, `${account} in task ${r.taskId}: earned ${fmt(r.cumulativeAmount)}, claimed ${fmt(r.claimed)}, claimable ${fmt(r.claimable)} tokens`);
    });

  program
    .command("claim")
    .description("claim an account's rewards of a task, with the proof read from the latest finalized round bundle")
    .requiredOption("--bundle <file>", "the task's latest finalized round bundle")
    .option("--for <address>", "the account to claim for (default: the signing account)")
    .action(async (o: { bundle: string; for?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const forAccount = o.for === undefined ? undefined : address(o.for, "--for");
      const { output } = await readVerifiedBundle(o.bundle);
      const chain = await rt.connect(g, { write: true });
      const account = forAccount ?? chain.account!;
      const r = await claimableOf(chain, output, account, o.bundle);
      if (r.proof.length === 0 && r.cumulativeAmount === 0n) throw new PreconditionError(`${account} has no leaf in ${o.bundle}: it earned nothing in this task so far`);
      const { claim, fmt } = await import("../../chain/actions");
      const sent = await claim(chain.ctx, chain.c, chain.wallet!, r.taskId, account, r.cumulativeAmount, r.proof);
      emit(rt.io, g, { taskId: r.taskId, account, paid: sent.paid, hash: sent.hash ?? null, gasUsed: sent.gasUsed }, sent.paid === 0n ? `nothing left to claim for ${account}` : `claimed ${fmt(sent.paid)} tokens for ${account} (gas ${sent.gasUsed})`);
    });
}
