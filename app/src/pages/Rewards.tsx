// Rewards: claimable amounts per task from the node's claim endpoint, verified in the browser against the
// on-chain root before they are offered; claim one, claim all (claimMany), claim and restake; a bundle URL when
// the node is down or wrong; a chart of rewards per round.
import { useQueries, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { formatUnits, type Address, type Hex } from "viem";
import { getClaimable } from "../../../src/sdk/actions/getClaimable";
import { claim, claimAndRestake, claimMany, type ClaimManyItem } from "../sdk";
import { useAerie } from "../lib/aerie";
import { shortAddress } from "../lib/amount";
import { nodeStatusOf, recheckBundleClaim, verifyClaim } from "../lib/claims";
import { fetchBundleUrl, fetchClaim, NodeRequestError } from "../lib/node";
import { useBundles, useWorld } from "../lib/queries";
import { TxStatus, useTx } from "../lib/tx";
import { ActionButton, Amount, Loading, Notice } from "../lib/ui";
import { loadClaimState } from "../lib/world";
import type { Point } from "../components/Charts";

const Chart = lazy(() => import("../components/Charts"));

/** A task's claim as the page offers it. */
type ClaimRow = {
  taskId: bigint;
  /**
   * verified: offered; invalid: the node's proof failed; unreachable: node down; none: nothing to claim; stale: a
   * loaded bundle whose root is no longer the task's on-chain root (a newer round finalized); loading
   */
  state: "verified" | "invalid" | "unreachable" | "none" | "stale" | "loading";
  source: "node" | "bundle";
  message: string;
  cumulativeAmount: bigint;
  claimed: bigint;
  claimable: bigint;
  proof: Hex[];
  /** A loaded bundle's rewards root (bundle rows only): the row is re-checked against the on-chain root on every render. */
  root?: Hex;
};

/** Whether a row's earned and claimable amounts are known: verified (node or bundle) or "nothing earned". */
const known = (r: ClaimRow) => r.state === "verified" || r.state === "none";

/** An amount the app could not establish (the node is down, or its claim did not verify): never shown as 0. */
function Unknown({ testid }: { testid: string }) {
  return (
    <span className="muted" data-testid={testid} data-state="unknown" title="not verified: the node's claim is missing or did not verify; load a bundle URL">
      unknown
    </span>
  );
}

/** The Rewards page. */
export default function RewardsPage() {
  const { account, publicClient, addresses, config, writeBlocked, walletClient } = useAerie();
  const world = useWorld();
  const bundles = useBundles(world.data, 1000);
  const taskIds = [...new Set((world.data?.finalized ?? []).map((f) => f.taskId))].sort((a, b) => (a < b ? -1 : 1));
  const chain = useQuery({
    queryKey: ["claimState", account, taskIds.map(String), world.data?.head.number.toString()],
    enabled: account !== undefined && world.data !== undefined,
    queryFn: () => loadClaimState(publicClient, addresses, taskIds, account!),
    placeholderData: (p) => p,
  });
  const nodeClaims = useQueries({
    queries: taskIds.map((taskId) => ({
      queryKey: ["nodeClaim", taskId.toString(), account, world.data?.finalized.filter((f) => f.taskId === taskId).at(-1)?.bundleHash],
      enabled: account !== undefined,
      retry: false,
      queryFn: async () => {
        try {
          return { ok: true as const, claim: await fetchClaim(config.nodeUrl, taskId, account!) };
        } catch (e) {
          return { ok: false as const, error: e instanceof NodeRequestError ? e : new NodeRequestError(String(e), "unknown", null) };
        }
      },
    })),
  });
  // with no finalized round no claim is asked for: a /healthz probe says whether the node is there at all
  const health = useQuery({
    queryKey: ["nodeHealth", config.nodeUrl],
    enabled: account !== undefined && world.data !== undefined && taskIds.length === 0,
    retry: false,
    queryFn: () =>
      fetch(`${config.nodeUrl}/healthz`, { headers: { accept: "application/json" } })
        .then((r) => r.ok)
        .catch(() => false),
  });
  const [fromBundle, setFromBundle] = useState<Map<string, ClaimRow>>(new Map());
  const [bundleUrl, setBundleUrl] = useState("");
  const [bundleError, setBundleError] = useState<string | null>(null);
  const [loadingBundle, setLoadingBundle] = useState(false);
  const [restakeTo, setRestakeTo] = useState("");
  const txOne = useTx("claim");
  const txAll = useTx("claimMany");
  const txRestake = useTx("claimAndRestake");

  if (!account)
    return (
      <section aria-labelledby="rewards-title">
        <h1 id="rewards-title">Rewards</h1>
        <Notice tone="info" testid="rewards-readonly">
          Read-only: connect a wallet to see and claim your rewards.
        </Notice>
      </section>
    );
  if (!world.data || !chain.data) return <Loading what="your rewards" testid="rewards-loading" />;
  const { decimals, symbol } = world.data.token;

  const rows: ClaimRow[] = taskIds.map((taskId, i) => {
    const onChain = chain.data.find((c) => c.taskId === taskId);
    const claimed = onChain?.claimed ?? 0n;
    const bundleRow = fromBundle.get(taskId.toString());
    if (bundleRow && onChain && bundleRow.proof.length > 0 && bundleRow.root !== undefined) {
      // re-checked on every render: a newer finalized round changes the on-chain root, and a claim changes `claimed`
      return { ...bundleRow, claimed, ...recheckBundleClaim({ cumulativeAmount: bundleRow.cumulativeAmount, root: bundleRow.root }, { taskId, root: onChain.root, claimed }) };
    }
    const q = nodeClaims[i]?.data;
    const base = { taskId, source: "node" as const, claimed, cumulativeAmount: 0n, claimable: 0n, proof: [] as Hex[] };
    if (!q || !onChain) return { ...base, state: "loading", message: "Asking the node…" };
    if (!q.ok) {
      if (q.error.code === "no_claim") return { ...base, state: "none", message: "Nothing earned in this task." };
      if (q.error.code === "unreachable") return { ...base, state: "unreachable", message: q.error.message };
      const said = q.error.message.replace(/\.$/, "");
      return { ...base, state: "unreachable", message: /bundle URL/i.test(said) ? `The node could not answer: ${said}.` : `The node could not answer: ${said}. Load a bundle URL instead.` };
    }
    const invalid = verifyClaim(q.claim, onChain.root, { taskId, account });
    if (invalid) return { ...base, state: "invalid", message: invalid };
    const claimable = q.claim.cumulativeAmount > claimed ? q.claim.cumulativeAmount - claimed : 0n;
    return {
      ...base,
      state: claimable > 0n ? "verified" : "none",
      message: claimable > 0n ? "Verified against the on-chain root." : "Verified; everything is already claimed.",
      cumulativeAmount: q.claim.cumulativeAmount,
      claimable,
      proof: q.claim.proof,
    };
  });
  const offered = rows.filter((r) => r.state === "verified" && r.claimable > 0n);
  const status = nodeStatusOf(rows, taskIds.length === 0 ? health.data : undefined);
  const nodeDown = status.state === "unreachable";
  const anyInvalid = rows.some((r) => r.state === "invalid");
  const busy = txOne.busy || txAll.busy || txRestake.busy ? "A transaction is in progress." : null;
  const total = offered.reduce((s, r) => s + r.claimable, 0n);

  const loadBundle = async () => {
    setBundleError(null);
    setLoadingBundle(true);
    try {
      let url: URL;
      try {
        url = new URL(bundleUrl.trim());
      } catch {
        throw new Error(`"${bundleUrl}" is not a URL: paste an http(s) address of a round bundle.`);
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`"${bundleUrl.trim()}" is a ${url.protocol} address: paste an http(s) URL of the round bundle's JSON file.`);
      const bundle = await fetchBundleUrl(url.toString());
      const c = await getClaimable(publicClient, { addresses, account, bundle }).catch((e: unknown) => {
        throw new Error(`Fetched ${url.toString()}, but it cannot give a verified claim: ${((e as { shortMessage?: string }).shortMessage ?? (e as Error).message).split("\n")[0]} Use a copy of the task's latest finalized bundle.`);
      });
      setFromBundle((m) =>
        new Map(m).set(c.taskId.toString(), {
          taskId: c.taskId,
          state: c.claimable > 0n ? "verified" : "none",
          source: "bundle",
          message: c.claimable > 0n ? "From the bundle URL; verified against the on-chain root." : "From the bundle URL: nothing left to claim.",
          cumulativeAmount: c.cumulativeAmount,
          claimed: c.claimed,
          claimable: c.claimable,
          proof: c.proof,
          root: c.root,
        }),
      );
    } catch (e) {
      setBundleError((e as Error).message.split("\n")[0] ?? String(e));
    } finally {
      setLoadingBundle(false);
    }
  };

  const item = (r: ClaimRow): ClaimManyItem => ({ taskId: r.taskId, account, cumulativeAmount: r.cumulativeAmount, proof: r.proof });
  const restakeOperator = world.data.operators.find((o) => o.operator.toLowerCase() === restakeTo.toLowerCase());
  const points: Point[] = (bundles.data?.bundles ?? [])
    .map((b) => ({ b, a: b.accounts.find((x) => x.account === account) }))
    .filter((x) => x.a !== undefined && x.a.amount > 0n)
    .map(({ b, a }) => ({ x: `t${b.taskId} r${b.round}`, y: Number(formatUnits(a!.amount, decimals)) }));

  return (
    <section aria-labelledby="rewards-title" data-testid="rewards-page">
      <h1 id="rewards-title">Rewards</h1>
      <p>
        Claimable amounts come from the node at <code>{config.nodeUrl}</code>; each is checked in your browser against the task's on-chain Merkle root before it is offered.
      </p>
      <p data-testid="rewards-node-status" data-state={status.state}>
        {status.text}
      </p>
      {nodeDown || anyInvalid ? (
        <Notice tone="warning" testid="rewards-fallback">
          You can still claim: paste the URL of the task's latest finalized round bundle (for example from another node, or the round's bundleURI).
        </Notice>
      ) : null}
      <div className="card">
        <label htmlFor="bundle-url">Round bundle URL</label>
        <input id="bundle-url" data-testid="bundle-url" type="url" className="wide" value={bundleUrl} onChange={(e) => setBundleUrl(e.target.value)} placeholder="https://…/v1/tasks/0/rounds/3/bundle" />
        <ActionButton testid="bundle-load" reason={bundleUrl.trim() === "" ? "Paste a bundle URL first." : loadingBundle ? "Loading the bundle…" : null} onClick={() => void loadBundle()}>
          Load bundle
        </ActionButton>
        {bundleError ? (
          <p role="alert" className="field-error" data-testid="bundle-error">
            {bundleError}
          </p>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p data-testid="claims-empty">No task has a finalized round yet: nothing to claim.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="claims-table">
            <caption className="sr-only">Your rewards per task</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Earned (cumulative, {symbol})</th>
                <th scope="col">Claimed ({symbol})</th>
                <th scope="col">Claimable ({symbol})</th>
                <th scope="col">Check</th>
                <th scope="col">Claim</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.taskId.toString()} data-testid={`claim-row-${r.taskId}`} data-state={r.state} data-source={r.source}>
                  <th scope="row">#{r.taskId.toString()}</th>
                  <td className="num">
                    {known(r) ? (
                      <Amount wei={r.cumulativeAmount} decimals={decimals} testid={`claim-cumulative-${r.taskId}`} />
                    ) : (
                      <Unknown testid={`claim-cumulative-${r.taskId}`} />
                    )}
                  </td>
                  <td className="num">
                    <Amount wei={r.claimed} decimals={decimals} testid={`claim-claimed-${r.taskId}`} />
                  </td>
                  <td className="num">
                    {known(r) ? <Amount wei={r.claimable} decimals={decimals} symbol={symbol} testid={`claim-claimable-${r.taskId}`} /> : <Unknown testid={`claim-claimable-${r.taskId}`} />}
                  </td>
                  <td data-testid={`claim-status-${r.taskId}`} data-state={r.state}>
                    {r.message}
                  </td>
                  <td>
                    <ActionButton
                      testid={`claim-one-${r.taskId}`}
                      reason={writeBlocked ?? busy ?? (r.state === "verified" ? null : r.state === "none" ? "Nothing to claim." : "No verified claim: load a bundle URL.")}
                      onClick={async () => {
                        const wc = await walletClient();
                        const what = `${formatUnits(r.claimable, decimals)} ${symbol} of task ${r.taskId}`;
                        await txOne.run([{ label: `claim ${what}`, send: () => claim(wc, { addresses, ...item(r) }) }], `Claimed ${what} to your wallet.`);
                      }}
                    >
                      Claim
                    </ActionButton>
                    <ActionButton
                      testid={`claim-restake-${r.taskId}`}
                      reason={
                        writeBlocked ??
                        busy ??
                        (r.state !== "verified" ? "No verified claim to restake." : restakeOperator === undefined ? "Choose an operator to restake to (above the table)." : null)
                      }
                      onClick={async () => {
                        const wc = await walletClient();
                        await txRestake.run(
                          [
                            {
                              label: `claim ${formatUnits(r.claimable, decimals)} ${symbol} of task ${r.taskId} and stake it with operator ${shortAddress(restakeOperator!.operator)}`,
                              send: () => claimAndRestake(wc, { addresses, taskId: r.taskId, cumulativeAmount: r.cumulativeAmount, proof: r.proof, operator: restakeOperator!.operator as Address }),
                            },
                          ],
                          `Claimed and staked ${formatUnits(r.claimable, decimals)} ${symbol} of task ${r.taskId} with operator ${shortAddress(restakeOperator!.operator)}; see My stake.`,
                        );
                      }}
                    >
                      Claim and restake
                    </ActionButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="row">
        <label htmlFor="restake-operator">Restake to operator</label>
        <select id="restake-operator" data-testid="restake-operator" value={restakeTo} onChange={(e) => setRestakeTo(e.target.value)}>
          <option value="">choose an operator…</option>
          {world.data.operators.map((o) => (
            <option key={o.operator} value={o.operator}>
              {o.operator}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <ActionButton
          testid="claim-all"
          reason={writeBlocked ?? busy ?? (offered.length === 0 ? "Nothing verified to claim." : null)}
          onClick={async () => {
            const wc = await walletClient();
            const what = `${formatUnits(total, decimals)} ${symbol} from task${offered.length === 1 ? "" : "s"} ${offered.map((o) => `#${o.taskId}`).join(", ")}`;
            await txAll.run([{ label: `claim ${what} with claimMany`, send: () => claimMany(wc, { addresses, claims: offered.map(item) }) }], `Claimed ${what} to your wallet.`);
          }}
        >
          Claim all ({offered.length} {offered.length === 1 ? "task" : "tasks"}, <Amount wei={total} decimals={decimals} symbol={symbol} testid="claim-all-total" />)
        </ActionButton>
      </div>
      <TxStatus id="claim" state={txOne.state} />
      <TxStatus id="claim-all" state={txAll.state} />
      <TxStatus id="claim-restake" state={txRestake.state} />
      <h2>Rewards per round</h2>
      {bundles.data?.error ? (
        <Notice tone="warning" testid="rewards-chart-missing">
          Some rounds' bundles could not be read from the node: {bundles.data.error}
        </Notice>
      ) : null}
      <Suspense fallback={<Loading what="the chart" />}>
        <Chart kind="bar" title={`Your rewards per round (${symbol})`} points={points} testid="chart-account-rewards" unit={symbol} empty="No rewards in the finalized rounds the node serves." />
      </Suspense>
    </section>
  );
}
