// Stake / delegate to an operator: EIP-2612 permit (one signature, one transaction), falling back to approve +
// stake; refuses bad amounts with a reason, warns about a staged commission increase or a pending slash.
import { useState } from "react";
import type { Address } from "viem";
import { approve, getAllowance, stake, stakeWithPermit } from "../sdk";
import { useAerie } from "../lib/aerie";
import { bpsPercent, dateTime, parseAmount, shortAddress } from "../lib/amount";
import { LeftAllowance, rememberPendingStake } from "./LeftAllowance";
import { TxStatus, useTx, type TxStep } from "../lib/tx";
import { ActionButton, Amount, Notice } from "../lib/ui";
import type { OperatorView } from "../lib/world";

/** The stake form of one operator (`data-testid` prefix `stake-`). */
export function StakeForm({ operator, balance, decimals, symbol }: { operator: OperatorView; balance: bigint | undefined; decimals: number; symbol: string }) {
  const { addresses, account, writeBlocked, walletClient, publicClient, config } = useAerie();
  const [text, setText] = useState("");
  const [method, setMethod] = useState<"permit" | "approve">("permit");
  const [ack, setAck] = useState(false);
  const tx = useTx("stake");
  const self = account !== undefined && account.toLowerCase() === operator.operator.toLowerCase();
  const parsed = parseAmount(text, decimals, balance, "your balance", symbol);
  const who = shortAddress(operator.operator);
  const warnings: { id: string; text: string }[] = [];
  if (operator.pendingCommission && operator.pendingCommission.bps > operator.commissionBps) {
    warnings.push({
      id: "stake-warning-commission",
      text: `This operator has staged a commission increase from ${bpsPercent(operator.commissionBps)} to ${bpsPercent(operator.pendingCommission.bps)}, effective ${dateTime(operator.pendingCommission.effectiveAt)}.`,
    });
  }
  if (operator.pendingSlashes > 0n) {
    warnings.push({
      id: "stake-warning-slash",
      text: `This operator has ${operator.pendingSlashes} pending slash(es): a proposed round result would cut its pool, and withdrawals wait until it settles.`,
    });
  }
  const reason = writeBlocked ?? (text.trim() === "" ? "Enter an amount first." : !parsed.ok ? parsed.reason : warnings.length > 0 && !ack ? "Confirm that you read the warning above." : tx.busy ? "A transaction is in progress." : null);

  const submit = async () => {
    if (reason !== null || !parsed.ok || account === undefined) return;
    const amount = parsed.value;
    const wc = await walletClient();
    let used: "permit" | "approve" = method;
    const approveThenStake: TxStep[] = [
      {
        label: "approve the vault to pull the stake",
        send: async () => {
          used = "approve";
          const allowance = await getAllowance(publicClient, { addresses, owner: account, spender: addresses.stakingVault });
          // remembered until the stake is sent: a reload in between finds the approval and offers to continue
          rememberPendingStake(config.chainId, account, { operator: operator.operator, amount });
          return allowance >= amount ? null : approve(wc, { addresses, spender: addresses.stakingVault, amount });
        },
      },
      {
        label: `stake ${text} ${symbol} with operator ${who}`,
        send: async () => {
          const sent = await stake(wc, { addresses, operator: operator.operator as Address, amount });
          rememberPendingStake(config.chainId, account, null);
          return sent;
        },
      },
    ];
    const steps: TxStep[] =
      method === "permit"
        ? [{ label: "sign the permit, then send stakeWithPermit", send: () => stakeWithPermit(wc, { addresses, operator: operator.operator as Address, amount }), fallback: approveThenStake }]
        : approveThenStake;
    const receipt = await tx.run(steps, () =>
      used === "permit" ? `Staked ${text} ${symbol} with operator ${who} by permit (one signature, one transaction).` : `Staked ${text} ${symbol} with operator ${who} by approve + stake.`,
    );
    if (receipt) {
      setText("");
      setAck(false);
    }
  };

  return (
    <form
      className="card"
      data-testid="stake-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      aria-labelledby="stake-title"
    >
      <h2 id="stake-title">{self ? "Add self-stake" : "Delegate"}</h2>
      <LeftAllowance decimals={decimals} symbol={symbol} />
      <p>
        Your balance:{" "}
        {balance === undefined ? <span className="muted">connect a wallet</span> : <Amount wei={balance} decimals={decimals} symbol={symbol} testid="stake-balance" />}
      </p>
      {warnings.map((w) => (
        <Notice key={w.id} tone="warning" testid={w.id}>
          {w.text}
        </Notice>
      ))}
      {warnings.length > 0 ? (
        <label className="check">
          <input type="checkbox" data-testid="stake-ack" checked={ack} onChange={(e) => setAck(e.target.checked)} /> I read the warning and still want to stake.
        </label>
      ) : null}
      <label htmlFor="stake-amount">Amount ({symbol})</label>
      <input
        id="stake-amount"
        data-testid="stake-amount"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (tx.state.kind !== "signing" && tx.state.kind !== "pending") tx.reset();
        }}
        aria-invalid={text.trim() !== "" && !parsed.ok}
        aria-describedby="stake-amount-error"
      />
      <p id="stake-amount-error" className="field-error" data-testid="stake-amount-error" aria-live="polite">
        {text.trim() !== "" && !parsed.ok ? parsed.reason : ""}
      </p>
      <fieldset className="method">
        <legend>How</legend>
        <label>
          <input type="radio" name="stake-method" data-testid="stake-method-permit" checked={method === "permit"} onChange={() => setMethod("permit")} /> Permit: one signature, one
          transaction (falls back to approve + stake if the wallet or token cannot)
        </label>
        <label>
          <input type="radio" name="stake-method" data-testid="stake-method-approve" checked={method === "approve"} onChange={() => setMethod("approve")} /> Approve, then stake
          (two transactions)
        </label>
      </fieldset>
      <ActionButton testid="stake-submit" reason={reason} onClick={() => void submit()}>
        {self ? "Stake" : "Delegate"}
      </ActionButton>
      <TxStatus id="stake" state={tx.state} />
    </form>
  );
}
