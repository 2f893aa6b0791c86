// Operators: a sortable table of every registered operator (stake, delegators, commission, tasks, record, yield).
import { memo, useMemo, useState } from "react";
import type { Address } from "viem";
import { bpsPercent, dateTime, shortAddress } from "../lib/amount";
import { estimatedYieldBps, type BundleFacts } from "../lib/bundleFacts";
import { useAerie } from "../lib/aerie";
import { RECENT_ROUNDS, useBundles, useFirstOperators, useWorld } from "../lib/queries";
import { plainSentence } from "../lib/tx";
import { Amount, Loading, Notice } from "../lib/ui";
import type { OperatorView, World } from "../lib/world";

/** One table row: the operator and its figures from the latest finalized rounds. */
export type OperatorRow = OperatorView & { recentRewards: bigint | null; yieldBps: bigint | null };

/** Rows without the bundle-derived columns (the node's first answer, before the world has loaded). */
const bareRows = (operators: OperatorView[]): OperatorRow[] => operators.map((o) => ({ ...o, recentRewards: null, yieldBps: null }));

/** Adds the bundle-derived columns (rewards over the last rounds, estimated yield) to the chain's operators. */
export function operatorRows(world: World, bundles: BundleFacts[] | undefined): OperatorRow[] {
  const recent = bundles ? lastRounds(world, bundles, RECENT_ROUNDS) : undefined;
  return world.operators.map((o) => ({
    ...o,
    recentRewards: recent ? recent.reduce((s, b) => s + (b.operators.find((x) => x.operator === o.operator)?.reward ?? 0n), 0n) : null,
    yieldBps: recent ? estimatedYieldBps(recent, o.operator, o.stake) : null,
  }));
}

/** The bundles of the `n` latest finalized rounds, in the world's order. */
export function lastRounds(world: World, bundles: BundleFacts[], n: number): BundleFacts[] {
  const wanted = world.finalized.slice(-n);
  return bundles.filter((b) => wanted.some((w) => w.taskId === b.taskId && w.round === b.round));
}

type Column = { id: string; label: string; value: (r: OperatorRow) => bigint | string | number | null };
const COLUMNS: Column[] = [
  { id: "operator", label: "Operator", value: (r) => r.operator.toLowerCase() },
  { id: "stake", label: "Total stake", value: (r) => r.stake },
  { id: "self", label: "Self-stake", value: (r) => r.selfStake },
  { id: "delegated", label: "Delegated", value: (r) => r.delegated },
  { id: "delegators", label: "Delegators", value: (r) => r.delegators },
  { id: "commission", label: "Commission", value: (r) => r.commissionBps },
  { id: "tasks", label: "Tasks (role)", value: (r) => r.tasks.length },
  { id: "rewards", label: `Rewards, last ${RECENT_ROUNDS} rounds`, value: (r) => r.recentRewards },
  { id: "slashes", label: "Slashes", value: (r) => r.slashedTotal },
  { id: "yield", label: "Est. yield / year", value: (r) => r.yieldBps },
];

function compare(a: bigint | string | number | null, b: bigint | string | number | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Rows rendered at a time; the sort runs over all rows. */
export const PAGE_SIZE = 50;

/**
 * All rows sorted by one column (`dir` 1 ascending, −1 descending), ties by address: each row's key is computed
 * once (decorate, sort, undecorate), not twice per comparison.
 */
export function sortRows(rows: OperatorRow[], sort: { id: string; dir: 1 | -1 }): OperatorRow[] {
  const col = COLUMNS.find((c) => c.id === sort.id) ?? COLUMNS[1]!;
  return rows
    .map((r) => ({ r, k: col.value(r), a: r.operator.toLowerCase() }))
    .sort((x, y) => sort.dir * compare(x.k, y.k) || compare(x.a, y.a))
    .map((x) => x.r);
}

/** The Operators page. */
export function OperatorsPage() {
  const { config } = useAerie();
  // with a node at the head the first page paints from its answer; the world (log history: bundles, tasks, the
  // fallback) starts once the node has answered, so it does not compete with that first paint
  const first = useFirstOperators();
  const world = useWorld(config.nodeUrl === "" || first.data !== undefined || first.isError);
  const bundles = useBundles(world.data);
  const [sort, setSort] = useState<{ id: string; dir: 1 | -1 }>({ id: "stake", dir: -1 });
  const [page, setPage] = useState(0);
  // all rows, built once per world/bundles; the sort is over all of them (keys computed once per row), and
  // only the visible page is rendered
  const early = !world.data && first.data?.ok === true ? first.data : undefined;
  const all = useMemo(() => (world.data ? operatorRows(world.data, bundles.data?.bundles) : early ? bareRows(early.operators) : []), [world.data, bundles.data, early]);
  const rows = useMemo(() => sortRows(all, sort), [all, sort]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = useMemo(() => rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE), [rows, current]);

  if (world.error && !world.data) return <Notice tone="error" testid="operators-error">The operators cannot be shown until the chain answers: {plainSentence(world.error, "read").sentence}</Notice>;
  if (!world.data && !early) return <Loading what="operators" testid="operators-loading" />;
  const { decimals, symbol } = world.data?.token ?? early!.token;
  const from = world.data?.operatorsFrom ?? { source: "node" as const, nodeBehind: 0n, nodeError: null };
  return (
    <section aria-labelledby="operators-title">
      <h1 id="operators-title">Operators</h1>
      <p className="muted">
        {all.length} registered operators. Pick one to see its record and to delegate. Rewards and the estimated yield come from the latest {RECENT_ROUNDS}{" "}
        finalized rounds' bundles (published by the node); the yield is an <strong>estimate</strong> annualized from those rounds, not a promise.
      </p>
      {from.nodeBehind !== null && from.nodeBehind > 0n ? (
        <Notice tone="warning" testid="operators-node-behind">
          node {from.nodeBehind.toString()} blocks behind: the figures are rebuilt from the chain's events instead
        </Notice>
      ) : null}
      {bundles.data?.error ? (
        <Notice tone="warning" testid="operators-bundles-missing">
          {bundles.data.missing} round bundle(s) could not be read from the node: rewards and yield may be incomplete ({bundles.data.error})
        </Notice>
      ) : null}
      <div className="table-wrap">
        <table data-testid="operators-table" data-source={from.source} data-count={rows.length} data-visible={visible.length} data-page={current}>
          <caption className="sr-only">Registered operators; column headers sort the table</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.id} scope="col" aria-sort={sort.id === c.id ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
                  <button
                    type="button"
                    className="sort"
                    data-testid={`operators-sort-${c.id}`}
                    onClick={() => {
                      setSort((s) => (s.id === c.id ? { id: c.id, dir: s.dir === 1 ? -1 : 1 } : { id: c.id, dir: -1 }));
                      setPage(0);
                    }}
                  >
                    {c.label}
                    {c.id === "yield" ? <span className="sr-only"> (estimate)</span> : null}
                    <span aria-hidden="true">{sort.id === c.id ? (sort.dir === 1 ? " ▲" : " ▼") : ""}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <OperatorTableRow key={r.operator} r={r} decimals={decimals} symbol={symbol} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > PAGE_SIZE ? (
        <nav className="pager" aria-label="Operator pages" data-testid="operators-pager">
          <button type="button" data-testid="operators-page-prev" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous
          </button>
          <span data-testid="operators-page-status">
            {" "}
            rows {current * PAGE_SIZE + 1}–{current * PAGE_SIZE + visible.length} of {rows.length} (page {current + 1} of {pages}){current === 0 ? " · this is the first page" : ""}
            {current === pages - 1 ? " · this is the last page" : ""}{" "}
          </span>
          <button type="button" data-testid="operators-page-next" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            Next
          </button>
        </nav>
      ) : null}
      {rows.length === 0 ? <p data-testid="operators-empty">No operator is registered yet.</p> : null}
    </section>
  );
}

type RowProps = { r: OperatorRow; decimals: number; symbol: string };

/** Same figures (field by field; a refreshed world shares unchanged arrays): the row is not rendered again. */
function sameRow(a: RowProps, b: RowProps): boolean {
  if (a.decimals !== b.decimals || a.symbol !== b.symbol) return false;
  const keys = Object.keys(a.r) as (keyof OperatorRow)[];
  return keys.every((k) => a.r[k] === b.r[k]);
}

/** One operator's row; memoized, so a sort only moves rows and a refresh re-renders only the rows that changed. */
const OperatorTableRow = memo(function OperatorTableRow({ r, decimals, symbol }: RowProps) {
  const id = r.operator.toLowerCase();
  return (
    <tr data-testid={`operator-row-${id}`} data-address={r.operator}>
      <th scope="row">
        <a href={`#/operator/${r.operator}`} data-testid={`operator-link-${id}`} title={r.operator}>
          {shortAddress(r.operator as Address)}
        </a>
      </th>
      <td className="num" data-testid="cell-stake">
        <Amount wei={r.stake} decimals={decimals} symbol={symbol} />
      </td>
      <td className="num" data-testid="cell-self">
        <Amount wei={r.selfStake} decimals={decimals} />
      </td>
      <td className="num" data-testid="cell-delegated">
        <Amount wei={r.delegated} decimals={decimals} />
      </td>
      <td className="num" data-testid="cell-delegators">
        {r.delegators}
      </td>
      <td data-testid="cell-commission">
        {bpsPercent(r.commissionBps)}
        {r.pendingCommission ? (
          <span className="staged" data-testid="cell-commission-staged">
            {" "}
            → {bpsPercent(r.pendingCommission.bps)} from {dateTime(r.pendingCommission.effectiveAt)}
          </span>
        ) : null}
      </td>
      <td data-testid="cell-tasks">{r.tasks.length === 0 ? "none" : r.tasks.map((t) => `#${t.taskId} ${t.role}`).join(", ")}</td>
      <td className="num" data-testid="cell-rewards">
        {r.recentRewards === null ? <span className="muted">n/a</span> : <Amount wei={r.recentRewards} decimals={decimals} />}
      </td>
      <td data-testid="cell-slashes">
        {r.slashes.length === 0 ? "none" : <>{r.slashes.length} (<Amount wei={r.slashedTotal} decimals={decimals} />)</>}
        {r.pendingSlashes > 0n ? <span className="staged"> {r.pendingSlashes.toString()} pending</span> : null}
      </td>
      <td className="num" data-testid="cell-yield">
        {r.yieldBps === null ? <span className="muted">n/a</span> : <span title="estimate from finalized rounds">≈ {bpsPercent(r.yieldBps)}</span>}
      </td>
    </tr>
  );
}, sameRow);
