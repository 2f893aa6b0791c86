// Deployment commands: deploy (or complete and check a deployment) and mint test tokens.
import type { Command } from "commander";

import { PreconditionError } from "../../lib/errors";
import { address, tokens } from "../args";
import type { Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";

/** Registers deploy and mint on `program`. */
export function registerDeployCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("deploy")
    .description("deploy Aerie (or complete/verify an existing deployment) and write its address book")
    .action(async (_o: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const { deployWithHardhat } = await import("../connect");
      const report = await deployWithHardhat(g);
      const rows = Object.entries(report.book.contracts).flatMap(([name, e]) => (e ? [{ name, address: e.address, deployed: report.deployed.some((d) => d === name) }] : []));
      emit(rt.io, g, { contracts: rows, wired: report.wired }, rows.map((r) => `${r.deployed ? "deployed" : "reused"} ${r.name} ${r.address}`).join("\n"));
    });

  program
    .command("mint")
    .description("mint test tokens (AerieTestToken on local networks; the deployer signs)")
    .requiredOption("--to <address>")
    .requiredOption("--amount <tokens>")
    .action(async (o: { to: string; amount: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const to = address(o.to, "--to");
      const amount = tokens(o.amount, "--amount");
      const { ctx, c, book } = await rt.connect({ ...g, account: "0" }, { write: true });
      if (!book.contracts.AerieTestToken) throw new PreconditionError(`${ctx.network} uses a real token: get tokens from an exchange or faucet, not mint`);
      const { send } = await import("../../chain/context");
      const r = await send(ctx, ctx.wallets[0]!, { ...c.token, functionName: "mint", args: [to, amount] });
      emit(rt.io, g, { to, amount, hash: r.hash, gasUsed: r.gasUsed }, `minted ${o.amount} tokens to ${to}`);
    });
}
