// Staker commands: register, stake, unstake, withdraw, commission, and the reads position, operators, requests.
import type { Command } from "commander";
import type { Address } from "viem";

import { UsageError } from "../../lib/errors";
import { address, tokens, uint } from "../args";
import type { Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";

/** The account a read is about: `--address`, else the `--account` address. */
export function readAccount(chain: Chain, given: string | undefined): Address {
  if (given !== undefined) return address(given, "--address");
  if (chain.account) return chain.account;
  throw new UsageError("name the account to read: --address 0x… (or --account)");
}

/** Registers the staker commands on `program`. */
export function registerStakerCommands(program: Command, rt: CommandRuntime<Chain>): void {
  program
    .command("register")
    .description("register the account as an operator")
    .requiredOption("--commission-bps <bps>", "commission on rewards, in bps (<= MAX_COMMISSION_BPS)")
    .option("--metadata <uri>", "where the operator describes itself", "")
    .action(async (o: { commissionBps: string; metadata: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const commissionBps = uint(o.commissionBps, "--commission-bps");
      const { ctx, c, wallet, account } = await rt.connect(g, { write: true });
      const { registerOperator } = await import("../../chain/actions");
      const r = await registerOperator(ctx, c, wallet!, commissionBps, o.metadata);
      const who = account!;
      emit(rt.io, g, { operator: who, registered: !r.skipped, gasUsed: r.skipped ? 0n : r.gasUsed }, r.skipped ? `${who} is already an operator` : `registered ${who} (gas ${r.gasUsed})`);
    });

  program
    .command("stake")
    .description("stake to an operator: self-stake when --operator is the account itself, delegation otherwise")
    .requiredOption("--operator <address>")
    .requiredOption("--amount <tokens>")
    .option("--no-approve", "fail instead of approving the vault when the allowance is short")
    .action(async (o: { operator: string; amount: string; approve: boolean }, cmd: Command) => {
      const g = globalsOf(cmd);
      const operator = address(o.operator, "--operator");
      const amount = tokens(o.amount, "--amount");
      const { ctx, c, wallet } = await rt.connect(g, { write: true });
      const { stake } = await import("../../chain/actions");
      const r = await stake(ctx, c, wallet!, operator, amount, o.approve);
      emit(rt.io, g, { operator, amount, hash: r.hash, gasUsed: r.gasUsed }, `staked ${o.amount} tokens to ${operator} (gas ${r.gasUsed})`);
    });

  program
    .command("unstake")
    .description("request to unstake shares (all by default); withdrawable after the unbonding period")
    .requiredOption("--operator <address>")
    .option("--shares <n>", "shares to unstake (default: all)")
    .action(async (o: { operator: string; shares?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const operator = address(o.operator, "--operator");
      const shares = o.shares === undefined ? undefined : uint(o.shares, "--shares");
      const { ctx, c, wallet } = await rt.connect(g, { write: true });
      const { requestUnstake } = await import("../../chain/actions");
      const r = await requestUnstake(ctx, c, wallet!, operator, shares);
      emit(rt.io, g, { requestId: r.requestId, hash: r.hash, gasUsed: r.gasUsed }, `unstake request ${r.requestId} created (gas ${r.gasUsed}); withdraw it after the unbonding period`);
    });

  program
    .command("withdraw")
    .description("withdraw matured unstake requests")
    .requiredOption("--request <ids...>", "request ids")
    .action(async (o: { request: string[] }, cmd: Command) => {
      const g = globalsOf(cmd);
      const ids = o.request.map((x) => uint(x, "--request"));
      const { ctx, c, wallet } = await rt.connect(g, { write: true });
      const { withdraw } = await import("../../chain/actions");
      const r = await withdraw(ctx, c, wallet!, ids);
      emit(rt.io, g, { requestIds: ids, hash: r.hash, gasUsed: r.gasUsed }, `withdrew requests ${ids.join(", ")} (gas ${r.gasUsed})`);
    });

  program
    .command("commission")
    .description("change the operator's commission (decrease: now; increase: after COMMISSION_DELAY)")
    .requiredOption("--bps <bps>")
    .action(async (o: { bps: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const bps = uint(o.bps, "--bps");
      const { ctx, c, wallet, account } = await rt.connect(g, { write: true });
      const { send } = await import("../../chain/context");
      const r = await send(ctx, wallet!, { ...c.vault, functionName: "setCommission", args: [bps] });
      const [pendingBps, effectiveAt] = (await ctx.publicClient.readContract({ ...c.vault, functionName: "pendingCommission", args: [account!] })) as [bigint, bigint];
      emit(
        rt.io,
        g,
        { commissionBps: bps, pendingBps, effectiveAt, hash: r.hash, gasUsed: r.gasUsed },
        pendingBps > 0n ? `commission increase to ${pendingBps} bps staged: it applies at ${effectiveAt} (gas ${r.gasUsed})` : `commission set to ${bps} bps, effective now (gas ${r.gasUsed})`,
      );
    });

  program
    .command("position")
    .description("show an account's shares and their value in an operator's pool (every pool without --operator)")
    .option("--operator <address>", "one operator's pool (default: every operator)")
    .option("--address <address>", "the account to read (default: --account); no key needed")
    .action(async (o: { operator?: string; address?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const operatorArg = o.operator === undefined ? undefined : address(o.operator, "--operator");
      const chain = await rt.connect(g, { write: false });
      const account = readAccount(chain, o.address);
      const { fmt } = await import("../../chain/actions");
      const { ctx, c } = chain;
      const { parseAbiItem } = await import("viem");
      const registered = parseAbiItem("event OperatorRegistered(address indexed operator, uint256 commissionBps, string metadataURI)");
      const operators = operatorArg
        ? [operatorArg]
        : (await ctx.publicClient.getLogs({ address: c.vault.address, event: registered, fromBlock: 0n })).map((l) => l.args.operator!);
      const positions = [];
      for (const operator of operators) {
        const shares = (await ctx.publicClient.readContract({ ...c.vault, functionName: "sharesOf", args: [operator, account] })) as bigint;
        if (shares === 0n && !operatorArg) continue;
        const value = (await ctx.publicClient.readContract({ ...c.vault, functionName: "convertToAssets", args: [operator, shares] })) as bigint;
        const poolStake = (await ctx.publicClient.readContract({ ...c.vault, functionName: "stakeOf", args: [operator] })) as bigint;
        positions.push({ operator, shares, value, poolStake });
      }
      const human = positions.length === 0 ? `${account} has no stake` : positions.map((p) => `${p.operator}: shares ${p.shares}  value ${fmt(p.value)} tokens  (pool ${fmt(p.poolStake)} tokens)`).join("\n");
      emit(rt.io, g, { account, positions }, human);
    });
}
