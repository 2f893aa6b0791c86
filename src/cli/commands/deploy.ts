// Deployment commands: deploy (or complete and check a deployment) and mint test tokens.
import type { Command } from "commander";
import type { Address } from "viem";

import { mint } from "../../sdk/actions/mint";
import { CONTRACT_NAMES } from "../../sdk/addressBook";
import { deployAerie } from "../../sdk/deploy";
import { resolveDeployParams } from "../../sdk/deployParams";
import { PreconditionError } from "../../sdk/errors";
import { address, tokens } from "../args";
import { confirm, deploymentsDir, openNetwork, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";

/** Registers deploy and mint on `program`. */
export function registerDeployCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("deploy")
    .description("deploy Aerie (or complete and check an existing deployment) and write its address book <dir>/<chainId>.json")
    .action(async (_o: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const { network, chainId, signers } = await openNetwork(g);
      const deployer = await signers.wallet(0);
      const accounts: Address[] = [];
      for (let i = 0; i < signers.count; i++) accounts.push((await signers.wallet(i)).account.address);
      const params = resolveDeployParams(network.name, accounts);
      const inProcess = network.rpcUrl === undefined;
      const report = await deployAerie(deployer, { network: network.name, params, dir: deploymentsDir(g, network), fresh: inProcess });
      const rows = CONTRACT_NAMES.flatMap((name) => {
        const entry = report.book.contracts[name];
        return entry ? [{ name, address: entry.address, deployed: report.deployed.includes(name) }] : [];
      });
      emit(
        rt.io,
        g,
        { chainId, path: report.path, contracts: rows, wired: report.wired, upgradedFrom: report.upgradedFrom ?? null },
        [...rows.map((r) => `${r.deployed ? "deployed" : "reused"} ${r.name} ${r.address}`), `address book: ${report.path}`].join("\n"),
      );
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
