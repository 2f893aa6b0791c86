import { formatUnits, parseEventLogs, type Address, type Hex, type WalletClient } from "viem";
import { addressOf, send, type ChainContext } from "./context";
import type { Deployed } from "./deploy";
import { PreconditionError } from "./errors";

/** Contracts an action may touch. */
export type Contracts = Record<"token" | "vault" | "registry" | "distributor" | "settlement", Deployed>;

/** Formats wei as whole tokens for messages (display only; never used in maths). */
export function fmt(wei: bigint, decimals = 18): string {
  return formatUnits(wei, decimals);
}

/**
 * Makes sure `wallet` holds `amount` wei and that `spender` may pull it, sending an `approve` when
 * `autoApprove` is set.
 * @throws PreconditionError naming the shortfall and the fix.
 */
export async function ensureFundsAndAllowance(
  ctx: ChainContext,
  c: Contracts,
  wallet: WalletClient,
  spender: Address,
  amount: bigint,
  autoApprove = true,
): Promise<void> {
  const owner = addressOf(wallet);
  const balance = (await ctx.publicClient.readContract({ ...c.token, functionName: "balanceOf", args: [owner] })) as bigint;
  if (balance < amount) {
    throw new PreconditionError(`${owner} holds ${fmt(balance)} tokens but needs ${fmt(amount)}: fund it first (local networks: \`npm run aerie -- mint --to ${owner} --amount ${fmt(amount)}\`)`);
  }
  const allowance = (await ctx.publicClient.readContract({ ...c.token, functionName: "allowance", args: [owner, spender] })) as bigint;
  if (allowance >= amount) return;
  if (!autoApprove) {
    throw new PreconditionError(`${owner} allows ${spender} to pull ${fmt(allowance)} tokens, needs ${fmt(amount)}: approve it, or drop --no-approve`);
  }
  await send(ctx, wallet, { ...c.token, functionName: "approve", args: [spender, amount] });
}

/** Registers `wallet` as an operator with `commissionBps` (bps) unless it already is one. */
export async function registerOperator(ctx: ChainContext, c: Contracts, wallet: WalletClient, commissionBps: bigint, metadataURI: string) {
  const already = (await ctx.publicClient.readContract({ ...c.vault, functionName: "isOperator", args: [addressOf(wallet)] })) as boolean;
  if (already) return { skipped: true as const };
  return { skipped: false as const, ...(await send(ctx, wallet, { ...c.vault, functionName: "registerOperator", args: [commissionBps, metadataURI] })) };
}

/**
 * Stakes `amount` wei from `wallet` to `operator` (self-stake when they are the same; delegation otherwise).
 * @throws PreconditionError when the operator is not registered or the wallet lacks tokens.
 */
export async function stake(ctx: ChainContext, c: Contracts, wallet: WalletClient, operator: Address, amount: bigint, autoApprove = true) {
  const registered = (await ctx.publicClient.readContract({ ...c.vault, functionName: "isOperator", args: [operator] })) as boolean;
  if (!registered) throw new PreconditionError(`${operator} is not a registered operator: it must run \`register\` first, or pick another operator`);
  if (amount <= 0n) throw new PreconditionError(`amount must be more than 0 wei`);
  await ensureFundsAndAllowance(ctx, c, wallet, c.vault.address, amount, autoApprove);
  return send(ctx, wallet, { ...c.vault, functionName: "stake", args: [operator, amount] });
}

/**
 * Requests to unstake `shares` of `wallet`'s shares in `operator`'s pool (all of them when `shares` is undefined).
 * @returns the request id (from the UnstakeRequested event) and gas.
 */
export async function requestUnstake(ctx: ChainContext, c: Contracts, wallet: WalletClient, operator: Address, shares?: bigint) {
  const held = (await ctx.publicClient.readContract({ ...c.vault, functionName: "sharesOf", args: [operator, addressOf(wallet)] })) as bigint;
  const amount = shares ?? held;
  if (held === 0n) throw new PreconditionError(`${addressOf(wallet)} holds no shares of ${operator}'s pool: nothing to unstake`);
  if (amount === 0n || amount > held) throw new PreconditionError(`${addressOf(wallet)} holds ${held} shares of ${operator}'s pool, cannot unstake ${amount}: pass --shares up to ${held}`);
  const r = await send(ctx, wallet, { ...c.vault, functionName: "requestUnstake", args: [operator, amount] });
  // The id comes from this transaction's own event: reading nextRequestId beforehand races other requests.
  const events = parseEventLogs({ abi: c.vault.abi, logs: r.logs as never, eventName: "UnstakeRequested" }) as unknown as { args: { requestId: bigint } }[];
  return { ...r, requestId: events[0].args.requestId };
}

/**
 * Withdraws matured unstake requests.
 * @throws PreconditionError when a request is still locked (names the unlock time).
 */
export async function withdraw(ctx: ChainContext, c: Contracts, wallet: WalletClient, requestIds: bigint[]) {
  const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
  for (const id of requestIds) {
    const req = (await ctx.publicClient.readContract({ ...c.vault, functionName: "getRequest", args: [id] })) as { owner: Address; unlockTime: bigint };
    if (req.owner === "0x0000000000000000000000000000000000000000") throw new PreconditionError(`unstake request ${id} does not exist (or was already withdrawn)`);
    if (now < req.unlockTime) throw new PreconditionError(`unstake request ${id} unlocks at ${req.unlockTime} (in ${req.unlockTime - now} s): wait, then withdraw again`);
  }
  return send(ctx, wallet, { ...c.vault, functionName: "withdraw", args: [requestIds] });
}

/** Joins a task as `role` (1 trainer, 2 validator). */
export async function joinTask(ctx: ChainContext, c: Contracts, wallet: WalletClient, taskId: bigint, role: 1 | 2) {
  return send(ctx, wallet, { ...c.registry, functionName: "joinTask", args: [taskId, role] });
}

/**
 * Claims `account`'s rewards of a task from its cumulative amount and proof (from the round bundle).
 * @returns paid wei and gas; `paid = 0n` and no transaction when nothing is left to claim.
 */
export async function claim(
  ctx: ChainContext,
  c: Contracts,
  wallet: WalletClient,
  taskId: bigint,
  account: Address,
  cumulativeAmount: bigint,
  proof: Hex[],
) {
  const claimed = (await ctx.publicClient.readContract({ ...c.distributor, functionName: "claimed", args: [taskId, account] })) as bigint;
  if (cumulativeAmount <= claimed) return { paid: 0n, gasUsed: 0n, hash: undefined };
  const r = await send(ctx, wallet, { ...c.distributor, functionName: "claim", args: [taskId, account, cumulativeAmount, proof] });
  return { paid: cumulativeAmount - claimed, gasUsed: r.gasUsed, hash: r.hash };
}
