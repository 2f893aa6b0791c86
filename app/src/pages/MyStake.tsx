// My stake: positions (shares, value, rewards earned), unstake part or all, unstake requests with a countdown,
// withdraw one or many matured requests.
import { useEffect, useRef, useState } from "react";
import { formatUnits, type Address } from "viem";
import { requestUnstake, withdraw } from "../sdk";
import { LeftAllowance } from "../components/LeftAllowance";
import { useAerie } from "../lib/aerie";
import { dateTime, duration, parseAmount, shortAddress, shortUnits } from "../lib/amount";
import { positionReward } from "../lib/claims";
import { readUnstakeShares } from "../lib/mine";
import { useBundles, useMine, useNodeMine, useWorld } from "../lib/queries";
import { TxStatus, useTx, type TxState } from "../lib/tx";
import { ActionButton, Amount, Loading, Notice } from "../lib/ui";
import type { Mine } from "../lib/world";

/** Chain time now, estimated from the last head read plus the wall time since (seconds), ticking each second. */
function useChainNow(facts: { head: { timestamp: bigint }; readAt: number } | undefined): bigint {
  const [now, setNow] = useState(0n);
  const [ts, readAt] = [facts?.head.timestamp, facts?.readAt];
  useEffect(() => {
    if (ts === undefined || readAt === undefined) return;
    const tick = () => setNow(ts + BigInt(Math.floor((Date.now() - readAt) / 1000)));
    tick();
    const t = setInterval(tick, 1000);
    return () => clearInterval(t);
  }, [ts, readAt]);
  return now;
}

/**
 * The My stake page. With a node whose index is at the head, the positions and requests are the node's
 * (`GET /v1/accounts/:addr/positions`, requests checked on chain); otherwise they come from the world's events.
 * The world (for rewards earned, and the fallback) starts loading once the node has answered.
 */
export default function MyStakePage() {
  const { account, config } = useAerie();
  const fromNode = useNodeMine();
  const node = fromNode.data;
  const nodeOk = node?.ok === true;
  const world = useWorld(config.nodeUrl === "" || node !== undefined || fromNode.isError);
  const chainMine = useMine(nodeOk ? undefined : world.data);
  const bundles = useBundles(world.data, 1000);
  const facts = node ?? world.data;
  // the last positions shown stay on screen while the other source loads (a node one block behind after a
  // transaction must not unmount the rows and their transaction status)
  const shown = useRef<Mine | undefined>(undefined);
  const mine = (node?.ok === true ? node.mine : chainMine.data) ?? shown.current;
  shown.current = mine;
  const now = useChainNow(facts);
  // the confirmation of an "unstake all": its row goes with the position, so the page keeps it (newcomer finding)
  const [gone, setGone] = useState<{ operator: Address; state: TxState } | null>(null);
  if (!account)
    return (
      <section aria-labelledby="stake-title">
        <h1 id="stake-title">My stake</h1>
        <Notice tone="info" testid="stake-readonly">
          Read-only: connect a wallet to see your positions and unstake requests.
        </Notice>
      </section>
    );
  if (!facts || !mine) return <Loading what="your positions" testid="stake-loading" />;
  const { decimals, symbol } = facts.token;
  const earned = (operator: Address) => (bundles.data?.bundles ?? []).reduce((s, b) => s + positionReward(b, operator, account), 0n);
  return (
    <section aria-labelledby="stake-title" data-testid="stake-page" data-source={nodeOk ? "node" : "chain"}>
      <h1 id="stake-title">My stake</h1>
      {node && node.ok === false && node.behind !== null ? (
        <Notice tone="warning" testid="stake-node-behind">
          node {node.behind.toString()} blocks behind: your positions are read from the chain instead
        </Notice>
      ) : null}
      <LeftAllowance decimals={facts.token.decimals} symbol={facts.token.symbol} />
      <p>
        Wallet balance: <Amount wei={mine.balance} decimals={decimals} symbol={symbol} testid="stake-wallet-balance" />. To stake with a new operator, pick one on the{" "}
        <a href="#/operators">operators page</a>.
      </p>
      <h2>Positions</h2>
      {mine.positions.length === 0 ? (
        <p data-testid="positions-empty">You have no stake yet.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="positions-table">
            <caption className="sr-only">Your positions</caption>
            <thead>
              <tr>
                <th scope="col">Operator</th>
                <th scope="col" title={`Pool shares, shown in units of 10^${decimals + SHARE_OFFSET_DECIMALS} (a new pool mints 10^${SHARE_OFFSET_DECIMALS} per wei, so one unit is first worth one ${symbol})`}>
                  Shares (×10^{decimals + SHARE_OFFSET_DECIMALS})
                </th>
                <th scope="col">Value now</th>
                <th scope="col">Rewards earned</th>
                <th scope="col">Unstake</th>
              </tr>
            </thead>
            <tbody>
              {mine.positions.map((p) => (
                <PositionRow key={p.operator} p={p} earned={bundles.data ? earned(p.operator) : null} decimals={decimals} symbol={symbol} onAllUnstaked={(state) => setGone({ operator: p.operator, state })} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {gone !== null && !mine.positions.some((p) => p.operator === gone.operator) ? <TxStatus id="unstake-all-done" state={gone.state} /> : null}
      <p className="muted">
        Rewards earned: your share of each finalized round's operator rewards (from the rounds' bundles); claim them on the <a href="#/rewards">rewards page</a>.
      </p>
      <Requests mine={mine} now={now} decimals={decimals} symbol={symbol} unbonding={facts.unbondingPeriod} />
    </section>
  );
}

/** SharesMath's virtual offset is 10^6 shares per wei: shares carry 6 more decimals than the token. */
const SHARE_OFFSET_DECIMALS = 6;

function PositionRow({ p, earned, decimals, symbol, onAllUnstaked }: { p: Mine["positions"][number]; earned: bigint | null; decimals: number; symbol: string; onAllUnstaked: (confirmed: TxState) => void }) {
  const { addresses, writeBlocked, walletClient, publicClient, account } = useAerie();
  const [text, setText] = useState("");
  const tx = useTx("requestUnstake");
  const id = p.operator.toLowerCase();
  const parsed = parseAmount(text, decimals, p.assets, "the position's value", symbol);
  // shares for a part, as shown: value × pool shares / pool stake, rounded down (re-read on chain when sending)
  const partShares = parsed.ok && p.poolAssets > 0n ? (parsed.value * p.poolShares) / p.poolAssets : 0n;
  const base = writeBlocked ?? (tx.busy ? "A transaction is in progress." : null);
  const partReason = base ?? (text.trim() === "" ? "Enter an amount first." : !parsed.ok ? parsed.reason : partShares === 0n ? "That amount is less than one share: enter more." : null);
  const who = shortAddress(p.operator);
  const send = async (value: bigint | "all") => {
    const wc = await walletClient();
    const amount = value === "all" ? p.assets : value;
    const label = `request to unstake ${value === "all" ? "all of your " : ""}${formatUnits(amount, decimals)} ${symbol} from operator ${who}`;
    const note = `Requested to unstake ${formatUnits(amount, decimals)} ${symbol} from operator ${who}: the request is listed below; withdraw it when it unlocks.`;
    const receipt = await tx.run([{ label, send: async () => requestUnstake(wc, { addresses, operator: p.operator, shares: await readUnstakeShares(publicClient, addresses, p.operator, account!, value) }) }], note);
    if (receipt) setText("");
    if (receipt && value === "all") onAllUnstaked({ kind: "confirmed", hash: receipt.transactionHash, note });
  };
  return (
    <tr data-testid={`position-row-${id}`} data-operator={p.operator}>
      <th scope="row">
        <a href={`#/operator/${p.operator}`} title={p.operator}>
          {who}
        </a>
      </th>
      <td className="num" data-testid="position-shares" data-value={p.shares.toString()} title={`${p.shares} shares`}>
        {shortUnits(p.shares, decimals + SHARE_OFFSET_DECIMALS)}
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
        <ActionButton testid={`unstake-submit-${id}`} reason={partReason} onClick={() => void (parsed.ok ? send(parsed.value) : undefined)}>
          Unstake
        </ActionButton>
        <ActionButton testid={`unstake-all-${id}`} reason={base} onClick={() => void send("all")}>
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
    const total = mine.requests.filter((r) => ids.includes(r.requestId)).reduce((sum, r) => sum + r.assets, 0n);
    const what = `${formatUnits(total, decimals)} ${symbol} from request${ids.length === 1 ? "" : "s"} ${ids.map((id) => `#${id}`).join(", ")}`;
    const receipt = await tx.run([{ label: `withdraw ${what}`, send: () => withdraw(wc, { addresses, requestIds: ids }) }], `Withdrew ${what} to your wallet.`);
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
