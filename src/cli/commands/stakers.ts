// Staker commands: register, stake, unstake, withdraw, commission, and the reads position, operators, requests.
import type { Command } from "commander";
import { formatUnits, type Address } from "viem";

import { UsageError } from "../../lib/errors";
import { getAllowance } from "../../sdk/actions/getAllowance";
import { getOperator } from "../../sdk/actions/getOperator";
import { getOperators } from "../../sdk/actions/getOperators";
import { getPosition } from "../../sdk/actions/getPosition";
import { getPositions } from "../../sdk/actions/getPositions";
import { getUnstakeRequests } from "../../sdk/actions/getUnstakeRequests";
import { approve } from "../../sdk/actions/approve";
import { registerOperator } from "../../sdk/actions/registerOperator";
import { parseUnstakeRequested, requestUnstake } from "../../sdk/actions/requestUnstake";
import { setCommission } from "../../sdk/actions/setCommission";
import { stake } from "../../sdk/actions/stake";
import { withdraw } from "../../sdk/actions/withdraw";
import { PreconditionError } from "../../sdk/errors";
import type { AerieWalletClient } from "../../sdk/types";
import { address, tokens, uint } from "../args";
import { confirm, type Chain } from "../connect";
import { emit, globalsOf, type CommandRuntime } from "../context";

/** Whole tokens for messages (display only; JSON output carries wei). */
export const fmt = (wei: bigint): string => formatUnits(wei, 18);

/** The account a read is about: `--address`, else the `--account` address. */
export function readAccount(chain: Chain, given: string | undefined): Address {
  if (given !== undefined) return address(given, "--address");
  if (chain.account) return chain.account;
  throw new UsageError("name the account to read: --address 0x… (or --account)");
}

/** The signing wallet of a write command (connect sets it whenever `write` is true). */
export function signer(chain: Chain): AerieWalletClient {
  if (!chain.wallet) throw new UsageError("this command sends a transaction: name the signing account with --account");
  return chain.wallet;
}

/**
 * Approves `spender` for `amount` wei when the allowance is short (unless `--no-approve`).
 * @throws {PreconditionError} when the allowance is short and approving is not allowed.
 */
export async function ensureAllowance(chain: Chain, spender: Address, amount: bigint, autoApprove: boolean): Promise<void> {
  const wallet = signer(chain);
  const owner = wallet.account.address;
  const allowance = await getAllowance(chain.publicClient, { addresses: chain.addresses, owner, spender });
  if (allowance >= amount) return;
  if (!autoApprove) throw new PreconditionError(`${owner} allows ${spender} to pull ${fmt(allowance)} tokens, needs ${fmt(amount)}: approve it, or drop --no-approve`);
  await confirm(chain, approve(wallet, { addresses: chain.addresses, spender, amount }));
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
      const chain = await rt.connect(g, { write: true });
      const operator = signer(chain).account.address;
      if ((await getOperator(chain.publicClient, { addresses: chain.addresses, operator })).registered) {
        emit(rt.io, g, { operator, registered: false, hash: null, gasUsed: 0n }, `${operator} is already an operator`);
        return;
      }
      const r = await confirm(chain, registerOperator(signer(chain), { addresses: chain.addresses, commissionBps, metadataURI: o.metadata }));
      emit(rt.io, g, { operator, registered: true, commissionBps, hash: r.hash, gasUsed: r.gasUsed }, `registered ${operator} (gas ${r.gasUsed})`);
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
      const chain = await rt.connect(g, { write: true });
      await ensureAllowance(chain, chain.addresses.stakingVault, amount, o.approve);
      const r = await confirm(chain, stake(signer(chain), { addresses: chain.addresses, operator, amount }));
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
      const given = o.shares === undefined ? undefined : uint(o.shares, "--shares");
      const chain = await rt.connect(g, { write: true });
      const account = signer(chain).account.address;
      const shares = given ?? (await getPosition(chain.publicClient, { addresses: chain.addresses, operator, account })).shares;
      if (shares === 0n) throw new PreconditionError(`${account} holds no shares of ${operator}'s pool: nothing to unstake`);
      const r = await confirm(chain, requestUnstake(signer(chain), { addresses: chain.addresses, operator, shares }));
      const [event] = parseUnstakeRequested(r.receipt.logs);
      if (!event) throw new PreconditionError(`requestUnstake in ${r.hash} emitted no UnstakeRequested event: check the vault address in the address book`);
      emit(rt.io, g, { requestId: event.requestId, operator, shares, unlockTime: event.unlockTime, hash: r.hash, gasUsed: r.gasUsed }, `unstake request ${event.requestId} created (gas ${r.gasUsed}); withdraw it at ${event.unlockTime} or later`);
    });

  program
    .command("withdraw")
    .description("withdraw matured unstake requests")
    .requiredOption("--request <ids...>", "request ids")
    .action(async (o: { request: string[] }, cmd: Command) => {
      const g = globalsOf(cmd);
      const requestIds = o.request.map((x) => uint(x, "--request"));
      const chain = await rt.connect(g, { write: true });
      const r = await confirm(chain, withdraw(signer(chain), { addresses: chain.addresses, requestIds }));
      emit(rt.io, g, { requestIds, hash: r.hash, gasUsed: r.gasUsed }, `withdrew requests ${requestIds.join(", ")} (gas ${r.gasUsed})`);
    });

  program
    .command("commission")
    .description("change the operator's commission (decrease: now; increase: after COMMISSION_DELAY)")
    .requiredOption("--bps <bps>")
    .action(async (o: { bps: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const commissionBps = uint(o.bps, "--bps");
      const chain = await rt.connect(g, { write: true });
      const operator = signer(chain).account.address;
      const r = await confirm(chain, setCommission(signer(chain), { addresses: chain.addresses, commissionBps }));
      const after = await getOperator(chain.publicClient, { addresses: chain.addresses, operator });
      const pending = after.pendingCommission;
      emit(
        rt.io,
        g,
        { operator, commissionBps: after.commissionBps, pending, hash: r.hash, gasUsed: r.gasUsed },
        pending ? `commission increase to ${pending.bps} bps staged: it applies at ${pending.effectiveAt} (gas ${r.gasUsed})` : `commission set to ${after.commissionBps} bps, effective now (gas ${r.gasUsed})`,
      );
    });

  program
    .command("position")
    .description("show an account's shares and their value in an operator's pool (every pool without --operator)")
    .option("--operator <address>", "one operator's pool (default: every pool the account holds shares of)")
    .option("--address <address>", "the account to read (default: --account); no key needed")
    .action(async (o: { operator?: string; address?: string }, cmd: Command) => {
      const g = globalsOf(cmd);
      const operator = o.operator === undefined ? undefined : address(o.operator, "--operator");
      const given = o.address === undefined ? undefined : address(o.address, "--address");
      const chain = await rt.connect(g, { write: false });
      const account = given ?? readAccount(chain, undefined);
      const { publicClient, addresses } = chain;
      const positions = operator ? [await getPosition(publicClient, { addresses, operator, account })] : await getPositions(publicClient, { addresses, account });
      const human = positions.length === 0 ? `${account} has no stake` : positions.map((p) => `${p.operator}: shares ${p.shares}  value ${fmt(p.assets)} tokens  (pool ${fmt(p.poolStake)} tokens)`).join("\n");
      emit(rt.io, g, { account, positions }, human);
    });

  program
    .command("operators")
    .description("list the registered operators: commission, stake, shares, unbonding, pending slashes")
    .action(async (_o: unknown, cmd: Command) => {
      const g = globalsOf(cmd);
      const chain = await rt.connect(g, { write: false });
      const operators = await getOperators(chain.publicClient, { addresses: chain.addresses });
      const human = operators.length === 0 ? "no operators registered" : operators.map((op) => `${op.operator}: commission ${op.commissionBps} bps  stake ${fmt(op.stake)} tokens  ${op.metadataURI}`.trimEnd()).join("\n");
      emit(rt.io, g, { operators }, human);
    });

  program
    .command("requests")
    .description("list an account's unstake requests (pending, and whether each is withdrawable now)")
    .option("--address <address>", "the account to read (default: --account); no key needed")
    .option("--all", "include withdrawn requests")
    .action(async (o: { address?: string; all?: boolean }, cmd: Command) => {
      const g = globalsOf(cmd);
      const given = o.address === undefined ? undefined : address(o.address, "--address");
      const chain = await rt.connect(g, { write: false });
      const account = given ?? readAccount(chain, undefined);
      const requests = await getUnstakeRequests(chain.publicClient, { addresses: chain.addresses, account, includeWithdrawn: o.all === true });
      const human =
        requests.length === 0
          ? `${account} has no unstake requests`
          : requests.map((r) => `request ${r.requestId}: ${r.shares} shares of ${r.operator} worth ${fmt(r.assets)} tokens, ${r.withdrawn ? "withdrawn" : r.withdrawable ? "withdrawable now" : `unlocks at ${r.unlockTime}`}`).join("\n");
      emit(rt.io, g, { account, requests }, human);
    });
}
