// One operator: its figures, charts of stake over time, rewards per round and slashes, and the delegate form.
import { lazy, Suspense } from "react";
import { formatUnits, getAddress, isAddress } from "viem";
import { StakeForm } from "../components/StakeForm";
import { useAerie } from "../lib/aerie";
import { bpsPercent, dateTime } from "../lib/amount";
import { useBundles, useMine, useWorld } from "../lib/queries";
import { Amount, Loading, Notice } from "../lib/ui";
import type { Point } from "../components/Charts";

const Chart = lazy(() => import("../components/Charts"));

/** The operator page (`#/operator/<address>`). */
export default function OperatorPage({ address }: { address: string }) {
  const world = useWorld();
  const bundles = useBundles(world.data);
  const mine = useMine(world.data);
  useAerie();
  if (!isAddress(address, { strict: false })) return <Notice tone="error" testid="operator-invalid">"{address}" is not an address: go back to the operators table.</Notice>;
  if (!world.data) return <Loading what="the operator" testid="operator-loading" />;
  const op = world.data.operators.find((o) => o.operator === getAddress(address));
  if (!op) return <Notice tone="error" testid="operator-unknown">{address} is not a registered operator: pick one from the operators table.</Notice>;
  const { decimals, symbol } = world.data.token;
  const units = (wei: bigint) => Number(formatUnits(wei, decimals));
  const stakePoints: Point[] = world.data.shareEvents.filter((e) => e.operator === op.operator).map((e) => ({ x: `#${e.block}`, y: units(e.poolAssets) }));
  stakePoints.push({ x: "now", y: units(op.stake) });
  const rewardPoints: Point[] = (bundles.data?.bundles ?? [])
    .filter((b) => b.participants.some((p) => p.operator === op.operator))
    .map((b) => ({ x: `t${b.taskId} r${b.round}`, y: units(b.operators.find((o) => o.operator === op.operator)?.reward ?? 0n) }));
  const slashPoints: Point[] = op.slashes.map((s) => ({ x: `#${s.block}`, y: units(s.cut) }));
  return (
    <section aria-labelledby="operator-title" data-testid="operator-page" data-address={op.operator}>
      <p>
        <a href="#/operators" data-testid="operator-back">
          ← All operators
        </a>
      </p>
      <h1 id="operator-title">
        Operator <code data-testid="operator-address">{op.operator}</code>
      </h1>
      {op.metadataURI ? <p className="muted">Metadata: {op.metadataURI}</p> : null}
      <dl className="facts">
        <dt>Total stake</dt>
        <dd>
          <Amount wei={op.stake} decimals={decimals} symbol={symbol} testid="operator-stake" />
        </dd>
        <dt>Self-stake</dt>
        <dd>
          <Amount wei={op.selfStake} decimals={decimals} symbol={symbol} testid="operator-self" />
        </dd>
        <dt>Delegated</dt>
        <dd>
          <Amount wei={op.delegated} decimals={decimals} symbol={symbol} testid="operator-delegated" />
        </dd>
        <dt>Delegators</dt>
        <dd data-testid="operator-delegators">{op.delegators}</dd>
        <dt>Commission</dt>
        <dd data-testid="operator-commission">
          {bpsPercent(op.commissionBps)}
          {op.pendingCommission ? ` → ${bpsPercent(op.pendingCommission.bps)} from ${dateTime(op.pendingCommission.effectiveAt)}` : ""}
        </dd>
        <dt>Tasks</dt>
        <dd data-testid="operator-tasks">{op.tasks.length === 0 ? "none" : op.tasks.map((t) => `#${t.taskId} ${t.role}`).join(", ")}</dd>
        <dt>Slashes</dt>
        <dd data-testid="operator-slashes">
          {op.slashes.length} ({<Amount wei={op.slashedTotal} decimals={decimals} symbol={symbol} />})
          {op.pendingSlashes > 0n ? `, ${op.pendingSlashes} pending` : ""}
        </dd>
      </dl>
      <StakeForm operator={op} balance={mine.data?.balance} decimals={decimals} symbol={symbol} />
      <h2>Record</h2>
      {bundles.data?.error ? (
        <Notice tone="warning" testid="operator-bundles-missing">
          Rewards per round need the rounds' bundles from the node: {bundles.data.error}
        </Notice>
      ) : null}
      <div className="charts">
        <Suspense fallback={<Loading what="charts" />}>
          <Chart kind="line" title={`Stake over time (${symbol}, by block)`} points={stakePoints} testid="chart-stake" unit={symbol} empty="No stake yet." />
          <Chart kind="bar" title={`Rewards per round (${symbol})`} points={rewardPoints} testid="chart-rewards" unit={symbol} empty="No finalized round with this operator yet." />
          <Chart kind="bar" title={`Slashes (${symbol} cut)`} points={slashPoints} testid="chart-slashes" unit={symbol} empty="Never slashed." />
        </Suspense>
      </div>
    </section>
  );
}
