// Deployment commands: deploy (or complete and check a deployment) and mint test tokens.
import type { Command } from "commander";
import { join } from "node:path";

import { networkConfig } from "../../io/networks";
import { mint } from "../../sdk/actions/mint";
import { defaultDeploymentsDir } from "../../sdk/addressBook";
import { PreconditionError } from "../../sdk/errors";
import { address, tokens } from "../args";
import { confirm, loadHardhat, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";

/** Registers deploy and mint on `program`. */
export function registerDeployCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("deploy")
    .description("deploy Aerie (or complete/verify an existing deployment) and write its address book")
    .action(async (_o: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const network = networkConfig(g.network);
      // Deployment needs the compiled artifacts: the one write that loads Hardhat (for the chosen network).
      const hre = await loadHardhat(network.name);
      const { chainContext } = await import("../../chain/context");
      const { deployAerie, resolveDeployParams } = await import("../../chain/deploy");
      const ctx = await chainContext(hre);
      // paths from the working directory (as the SDK's address book), not from this file: it may run from dist/
      const params = resolveDeployParams(ctx, join(process.cwd(), "config", "deploy.json"));
      const report = await deployAerie(ctx, params, join(g.deployments ?? defaultDeploymentsDir(), `${ctx.network}.json`));
      const rows = report.deployed.map((name) => ({ name, address: report.book.contracts[name]?.address, deployed: true })).concat(report.reused.map((name) => ({ name, address: report.book.contracts[name]?.address, deployed: false })));
      emit(rt.io, g, { contracts: rows, wired: report.wired }, rows.map((r) => `${r.deployed ? "deployed" : "reused"} ${r.name} ${r.address}`).join("\n"));
    });

  program
    .command("mint")
    .description("mint test tokens (AerieTestToken on local networks; the deployer, account 0, signs)")
    .requiredOption("--to <address>")
    .requiredOption("--amount <tokens>")
    .action(async (o: { to: string; amount: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const to = address(o.to, "--to");
      const amount = tokens(o.amount, "--amount");
      const chain = await rt.connect({ ...g, account: "0" }, { write: true });
      if (!chain.book.contracts.AerieTestToken) throw new PreconditionError(`${chain.network.name} uses a real token: get tokens from an exchange or faucet, not mint`);
      const r = await confirm(chain, mint(chain.wallet!, { addresses: chain.addresses, to, amount }));
      emit(rt.io, g, { to, amount, hash: r.hash, gasUsed: r.gasUsed }, `minted ${o.amount} tokens to ${to}`);
    });
}
