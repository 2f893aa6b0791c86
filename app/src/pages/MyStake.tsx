// My stake: positions (shares, value, rewards earned), unstake part or all, unstake requests with a countdown,
// withdraw one or many matured requests.
import { useEffect, useState } from "react";
import type { Address } from "viem";
import { requestUnstake, withdraw } from "../sdk";
import { useAerie } from "../lib/aerie";
import { dateTime, duration, parseAmount, shortAddress } from "../lib/amount";
import { positionReward } from "../lib/claims";
import { useBundles, useMine, useWorld } from "../lib/queries";
import { TxStatus, useTx } from "../lib/tx";
import { ActionButton, Amount, Loading, Notice } from "../lib/ui";
import type { Mine, OperatorView, World } from "../lib/world";

/** Chain time now, estimated from the last head read plus the wall time since (seconds), ticking each second. */
function useChainNow(world: World | undefined): bigint {
  const [now, setNow] = useState(0n);
  useEffect(() => {
    if (!world) return;
    const tick = () => setNow(world.head.timestamp + BigInt(Math.floor((Date.now() - world.readAt) / 1000)));
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [world]);
  return now;
}

/** The My stake page. */
export default function MyStakePage() {
  const { account } = useAerie();
  const world = useWorld();
  const mine = useMine(world.data);
  const bundles = useBundles(world.data, 1000);
  const now = useChainNow(world.data);
  if (!account)
    return (
      <section aria-labelledby="stake-title">
        <h1 id="stake-title">My stake</h1>
        <Notice tone="info" testid="stake-readonly">
          Read-only: connect a wallet to see your positions and unstake requests.
        </Notice>
      </section>
    );
  if (!world.data || !mine.data) return <Loading what="your positions" testid="stake-loading" />;
  const { decimals, symbol } = world.data.token;
  const earned = (operator: Address) => (bundles.data?.bundles ?? []).reduce((s, b) => s + positionReward(b, operator, account), 0n);
  return (
    <section aria-labelledby="stake-title" data-testid="stake-page">
      <h1 id="stake-title">My stake</h1>
      <p>
        Wallet balance: <Amount wei={mine.data.balance} decimals={decimals} symbol={symbol} testid="stake-wallet-balance" />. To stake with a new operator, pick one on the{" "}
        <a href="#/operators">operators page</a>.
      </p>
      <h2>Positions</h2>
      {mine.data.positions.length === 0 ? (
        <p data-testid="positions-empty">You have no stake yet.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="positions-table">
            <caption className="sr-only">Your positions</caption>
            <thead>
              <tr>
                <th scope="col">Operator</th>
                <th scope="col">Shares</th>
                <th scope="col">Value now</th>
                <th scope="col">Rewards earned</th>
                <th scope="col">Unstake</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.positions.map((p) => (
                <PositionRow
                  key={p.operator}
                  p={p}
                  op={world.data.operators.find((o) => o.operator === p.operator)}
                  earned={bundles.data ? earned(p.operator) : null}
                  decimals={decimals}
                  symbol={symbol}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">
        Rewards earned: your share of each finalized round's operator rewards (from the rounds' bundles); claim them on the <a href="#/rewards">rewards page</a>.
      </p>
      <Requests mine={mine.data} now={now} decimals={decimals} symbol={symbol} unbonding={world.data.unbondingPeriod} />
    </section>
  );
}

function PositionRow({ p, op, earned, decimals, symbol }: { p: Mine["positions"][number]; op: OperatorView | undefined; earned: bigint | null; decimals: number; symbol: string }) {
  const { addresses, writeBlocked, walletClient } = useAerie();
  const [text, setText] = useState("");
  const tx = useTx("requestUnstake");
  const id = p.operator.toLowerCase();
  const parsed = parseAmount(text, decimals, p.assets, "the position's value", symbol);
  // shares for a part: value × pool shares / pool stake, rounded down, at most the position's shares
  const partShares = parsed.ok && op && op.stake > 0n ? (parsed.value * op.totalShares) / op.stake : 0n;
  const shares = partShares > p.shares ? p.shares : partShares;
  const base = writeBlocked ?? (tx.busy ? "A transaction is in progress." : null);
  const partReason = base ?? (text.trim() === "" ? "Enter an amount first." : !parsed.ok ? parsed.reason : shares === 0n ? "That amount is less than one share: enter more." : null);
  const send = async (s: bigint, label: string) => {
    const wc = await walletClient();
    const receipt = await tx.run([{ label, send: () => requestUnstake(wc, { addresses, operator: p.operator, shares: s }) }], "The request is listed below; withdraw it when it unlocks.");
    if (receipt) setText("");
  };
  return (
    <tr data-testid={`position-row-${id}`} data-operator={p.operator}>
      <th scope="row">
        <a href={`#/operator/${p.operator}`} title={p.operator}>
          {shortAddress(p.operator)}
        </a>
      </th>
      <td className="num" data-testid="position-shares" data-value={p.shares.toString()}>
        {p.shares.toString()}
      </td>
      <td className="num">
        <Amount wei={p.assets} decimals={decimals} symbol={symbol} testid="position-value" />
      </td>
      <td className="num">{earned === null ? <span className="muted">n/a (node)</span> : <Amount wei={earned} decimals={decimals} symbol={symbol} testid="position-rewards" />}</td>
      <td>
        <label htmlFor={`unstake-amount-${id}`} className="sr-only">
          Amount to unstake from {p.operator} ({symbol})
        </label>
        <input
          id={`unstake-amount-${id}`}
          data-testid={`unstake-amount-${id}`}
          inputMode="decimal"
          placeholder={`amount (${symbol})`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={text.trim() !== "" && !parsed.ok}
          aria-describedby={`unstake-amount-error-${id}`}
        />
        <span id={`unstake-amount-error-${id}`} className="field-error" data-testid={`unstake-amount-error-${id}`}>
          {text.trim() !== "" && !parsed.ok ? parsed.reason : ""}
        </span>
        <ActionButton testid={`unstake-submit-${id}`} reason={partReason} onClick={() => void send(shares, `request to unstake ${shares} shares`)}>
          Unstake
        </ActionButton>
        <ActionButton testid={`unstake-all-${id}`} reason={base} onClick={() => void send(p.shares, "request to unstake all shares")}>
          Unstake all
        </ActionButton>
        <TxStatus id={`unstake-${id}`} state={tx.state} />
      </td>
    </tr>
  );
}

function Requests({ mine, now, decimals, symbol, unbonding }: { mine: Mine; now: bigint; decimals: number; symbol: string; unbonding: bigint }) {
  const { addresses, writeBlocked, walletClient } = useAerie();
  const [selected, setSelected] = useState<Set<bigint>>(new Set());
  const tx = useTx("withdraw");
  const matured = mine.requests.filter((r) => r.withdrawable);
  const send = async (ids: bigint[]) => {
    const wc = await walletClient();
    const receipt = await tx.run([{ label: `withdraw ${ids.length} request(s)`, send: () => withdraw(wc, { addresses, requestIds: ids }) }]);
    if (receipt) setSelected(new Set());
  };
  const busy = tx.busy ? "A transaction is in progress." : null;
  const chosen = [...selected].filter((id) => matured.some((r) => r.requestId === id));
  return (
    <>
      <h2>Unstake requests</h2>
      <p className="muted">Unstaked tokens unbond for {duration(unbonding)} and can then be withdrawn. Countdowns use chain time.</p>
      {mine.requests.length === 0 ? (
        <p data-testid="requests-empty">No pending unstake request.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="requests-table">
            <caption className="sr-only">Your pending unstake requests</caption>
            <thead>
              <tr>
                <th scope="col">Select</th>
                <th scope="col">Request</th>
                <th scope="col">Operator</th>
                <th scope="col">Value</th>
                <th scope="col">Unlocks</th>
                <th scope="col">Withdraw</th>
              </tr>
            </thead>
            <tbody>
              {mine.requests.map((r) => {
                const left = r.unlockTime - now;
                const reason = writeBlocked ?? busy ?? (r.withdrawable ? null : `Unlocks in ${duration(left > 0n ? left : 0n)} (chain time): wait, then withdraw.`);
                return (
                  <tr key={r.requestId.toString()} data-testid={`request-row-${r.requestId}`} data-withdrawable={r.withdrawable}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`Select request ${r.requestId}`}
                        data-testid={`request-select-${r.requestId}`}
                        disabled={!r.withdrawable}
                        checked={selected.has(r.requestId)}
                        onChange={(e) =>
                          setSelected((s) => {
                            const n = new Set(s);
                            if (e.target.checked) n.add(r.requestId);
                            else n.delete(r.requestId);
                            return n;
                          })
                        }
                      />
                    </td>
                    <td>#{r.requestId.toString()}</td>
                    <td title={r.operator}>{shortAddress(r.operator)}</td>
                    <td className="num">
                      <Amount wei={r.assets} decimals={decimals} symbol={symbol} testid={`request-value-${r.requestId}`} />
                    </td>
                    <td data-testid={`request-countdown-${r.requestId}`} data-unlock={r.unlockTime.toString()}>
                      {r.withdrawable ? "unlocked" : `in ${duration(left > 0n ? left : 0n)}`} <span className="muted">({dateTime(r.unlockTime)})</span>
                    </td>
                    <td>
                      <ActionButton testid={`withdraw-one-${r.requestId}`} reason={reason} onClick={() => void send([r.requestId])}>
                        Withdraw
                      </ActionButton>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="row">
        <ActionButton testid="withdraw-selected" reason={writeBlocked ?? busy ?? (chosen.length === 0 ? "Select at least one unlocked request." : null)} onClick={() => void send(chosen)}>
          Withdraw selected ({chosen.length})
        </ActionButton>
        <ActionButton
          testid="withdraw-all"
          reason={writeBlocked ?? busy ?? (matured.length === 0 ? "No request has unlocked yet." : null)}
          onClick={() => void send(matured.map((r) => r.requestId))}
        >
          Withdraw all unlocked ({matured.length})
        </ActionButton>
      </div>
      <TxStatus id="withdraw" state={tx.state} />
    </>
  );
}
