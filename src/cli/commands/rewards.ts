// Reward commands: claim (sends) and claimable (reads), both with the proof from a verified round bundle.
import type { Command } from "commander";

import { readVerifiedBundle } from "../../io/bundleStore";
import { claim } from "../../sdk/actions/claim";
import { getClaimable } from "../../sdk/actions/getClaimable";
import { PreconditionError } from "../../sdk/errors";
import { address } from "../args";
import { confirm, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";
import { fmt, readAccount, signer } from "./stakers";

/** Registers claim and claimable on `program`. */
export function registerRewardCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("claimable")
    .description("show what an account can claim of a task, per the latest finalized round bundle")
    .requiredOption("--bundle <file>", "the task's latest finalized round bundle")
    .option("--address <address>", "the account to read (default: --account); no key needed")
    .action(async (o: { bundle: string; address?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const given = o.address === undefined ? undefined : address(o.address, "--address");
      const { output } = await readVerifiedBundle(o.bundle);
      const chain = await rt.connect(g, { write: false });
      const account = given ?? readAccount(chain, undefined);
      const r = await getClaimable(chain.publicClient, { addresses: chain.addresses, account, bundle: output.bundle });
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
      const account = forAccount ?? signer(chain).account.address;
      const c = await getClaimable(chain.publicClient, { addresses: chain.addresses, account, bundle: output.bundle });
      if (c.cumulativeAmount === 0n) throw new PreconditionError(`${account} has no leaf in ${o.bundle}: it earned nothing in this task so far`);
      if (c.claimable === 0n) {
        emit(rt.io, g, { taskId: c.taskId, account, paid: 0n, hash: null, gasUsed: 0n }, `nothing left to claim for ${account}`);
        return;
      }
      const r = await confirm(chain, claim(signer(chain), { addresses: chain.addresses, taskId: c.taskId, account, cumulativeAmount: c.cumulativeAmount, proof: c.proof }));
      emit(rt.io, g, { taskId: c.taskId, account, paid: c.claimable, hash: r.hash, gasUsed: r.gasUsed }, `claimed ${fmt(c.claimable)} tokens for ${account} (gas ${r.gasUsed})`);
    });
}
