// An approval left for the vault (e.g. the page was reloaded between "approve" and "stake"): say so, and offer to
// continue the stake it was for or to revoke it.
import { useQuery } from "@tanstack/react-query";
import { formatUnits, getAddress, isAddress, type Address } from "viem";
import { approve, getAllowance, stake } from "../sdk";
import { useAerie } from "../lib/aerie";
import { shortAddress } from "../lib/amount";
import { TxStatus, useTx } from "../lib/tx";
import { ActionButton, Amount, Notice } from "../lib/ui";

/** The stake an approve step was sent for, kept in localStorage until the stake is sent (per chain and account). */
export type PendingStake = { operator: Address; amount: bigint };

const storageKey = (chainId: number, account: Address) => `aerie:pending-stake:${chainId}:${account.toLowerCase()}`;

/** Remembers (or, with null, forgets) the stake an approval is for. */
export function rememberPendingStake(chainId: number, account: Address, pending: PendingStake | null): void {
  if (pending === null) window.localStorage.removeItem(storageKey(chainId, account));
  else window.localStorage.setItem(storageKey(chainId, account), JSON.stringify({ operator: pending.operator, amount: pending.amount.toString() }));
}

function readPendingStake(chainId: number, account: Address): PendingStake | null {
  try {
    const v = JSON.parse(window.localStorage.getItem(storageKey(chainId, account)) ?? "null") as { operator?: string; amount?: string } | null;
    if (!v || !v.operator || !isAddress(v.operator) || !/^\d+$/.test(v.amount ?? "")) return null;
    return { operator: getAddress(v.operator), amount: BigInt(v.amount!) };
  } catch {
    return null;
  }
}

/**
 * A notice when the connected account's allowance for the vault is above zero (`allowance-left`, `data-wei`): with
 * the stake it was approved for (`allowance-continue`: stake min(allowance, amount) with that operator), and
 * `allowance-revoke` (approve 0). Nothing when the allowance is zero.
 */
export function LeftAllowance({ decimals, symbol }: { decimals: number; symbol: string }) {
  const { addresses, account, config, publicClient, walletClient, writeBlocked } = useAerie();
  const tx = useTx("approve");
  const allowance = useQuery({
    queryKey: ["allowance", account],
    enabled: account !== undefined,
    queryFn: () => getAllowance(publicClient, { addresses, owner: account!, spender: addresses.stakingVault }),
  });
  if (account === undefined || !allowance.data || allowance.data === 0n) return tx.state.kind === "confirmed" ? <TxStatus id="allowance" state={tx.state} /> : null;
  const left = allowance.data;
  const pending = readPendingStake(config.chainId, account);
  const amount = pending ? (pending.amount < left ? pending.amount : left) : 0n;
  const busy = writeBlocked ?? (tx.busy ? "A transaction is in progress." : null);
  const cont = async () => {
    if (!pending) return;
    const wc = await walletClient();
    const what = `${formatUnits(amount, decimals)} ${symbol} with operator ${shortAddress(pending.operator)}`;
    const r = await tx.run([{ label: `stake ${what}`, send: () => stake(wc, { addresses, operator: pending.operator, amount }) }], `Staked ${what}.`);
    if (r) rememberPendingStake(config.chainId, account, null);
  };
  const revoke = async () => {
    const wc = await walletClient();
    const r = await tx.run([{ label: "revoke the vault's approval (approve 0)", send: () => approve(wc, { addresses, spender: addresses.stakingVault, amount: 0n }) }], `Revoked: the vault can no longer pull your ${symbol}.`);
    if (r) rememberPendingStake(config.chainId, account, null);
  };
  return (
    <Notice tone="warning" testid="allowance-left">
      <span data-wei={left.toString()}>
        The staking vault may still pull <Amount wei={left} decimals={decimals} symbol={symbol} /> from your wallet: an approval was given but no stake used it
        {pending ? <> (it was for a stake of {formatUnits(pending.amount, decimals)} {symbol} with operator {shortAddress(pending.operator)}; the page was probably reloaded before the stake was sent)</> : null}.
      </span>{" "}
      {pending ? (
        <ActionButton testid="allowance-continue" reason={busy} onClick={() => void cont()}>
          Continue: stake {formatUnits(amount, decimals)} {symbol}
        </ActionButton>
      ) : null}
      <ActionButton testid="allowance-revoke" reason={busy} onClick={() => void revoke()}>
        Revoke the approval
      </ActionButton>
      <TxStatus id="allowance" state={tx.state} />
    </Notice>
  );
}
