// The Aerie node's service API as the browser uses it: an account's claim of a task, and round bundles; the
// claim is verified (lib/claims.ts) against the on-chain root before the app offers it.
import { getAddress, keccak256, stringToBytes, type Address, type Hex } from "viem";
import type { NodeOperators } from "./world";


/** A node failure the UI can name: unreachable, or its `{error:{code,message}}`. */
export class NodeRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "NodeRequestError";
  }
}

/** The page's address, to resolve a relative node URL (typed without the DOM lib: the repo's tsc checks the app's pure helpers through their tests). */
const pageHref = (): string => (globalThis as { location?: { href: string } }).location?.href ?? "http://localhost/";

async function getJson(url: string, what: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: "application/json" } });
  } catch {
    throw new NodeRequestError(`The node is unreachable (${what}): check that it runs at ${new URL(url, pageHref()).origin}, or load a bundle URL.`, "unreachable", null);
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new NodeRequestError(err?.message ?? `the node answered ${res.status} for ${what}`, err?.code ?? "http_error", res.status);
  }
  return body;
}

/** The node's answer of `GET /v1/tasks/:taskId/accounts/:account/claim`, parsed. */
export type NodeClaim = { taskId: bigint; account: Address; round: bigint; cumulativeAmount: bigint; proof: Hex[]; rewardsRoot: Hex; bundleHash: Hex };

/** Fetches an account's cumulative claim of a task from the node. @throws NodeRequestError */
export async function fetchClaim(nodeUrl: string, taskId: bigint, account: Address): Promise<NodeClaim> {
  const b = (await getJson(`${nodeUrl}/v1/tasks/${taskId}/accounts/${account}/claim`, `claim of task ${taskId}`)) as Record<string, unknown>;
  try {
    return {
      taskId: BigInt(String(b.taskId)),
      account: getAddress(String(b.account)),
      round: BigInt(String(b.round)),
      cumulativeAmount: BigInt(String(b.cumulativeAmount)),
      proof: (b.proof as unknown[]).map((p) => String(p) as Hex),
      rewardsRoot: String(b.rewardsRoot) as Hex,
      bundleHash: String(b.bundleHash) as Hex,
    };
  } catch {
    throw new NodeRequestError(`the node's claim of task ${taskId} is malformed: load a bundle URL instead`, "malformed", 200);
  }
}

/**
 * Fetches a round's bundle from the node and checks `keccak256(bytes) == hash` (the hash the chain recorded).
 * @throws NodeRequestError when the node fails or serves other bytes (`hash_mismatch`).
 */
export async function fetchBundle(nodeUrl: string, taskId: bigint, round: bigint, hash: Hex): Promise<unknown> {
  const what = `bundle of task ${taskId} round ${round}`;
  const url = `${nodeUrl}/v1/tasks/${taskId}/rounds/${round}/bundle?hash=${hash}`;
  let res: Response;
  try {
    res = await fetch(url);
  } catch {
    throw new NodeRequestError(`The node is unreachable (${what}): check that it runs at ${new URL(url, pageHref()).origin}.`, "unreachable", null);
  }
  const text = await res.text();
  if (!res.ok) throw new NodeRequestError(`the node answered ${res.status} for the ${what}`, "http_error", res.status);
  if (keccak256(stringToBytes(text)).toLowerCase() !== hash.toLowerCase()) {
    throw new NodeRequestError(`the node's ${what} does not hash to ${hash.slice(0, 10)}… recorded on chain: it is ignored`, "hash_mismatch", res.status);
  }
  return JSON.parse(text) as unknown;
}

/**
 * Fetches a bundle from any URL (the fallback when the node is down). Each failure says what was fetched, what was
 * wrong and what to do. @throws NodeRequestError (`unreachable`, `http_error`, `not_json`)
 */
export async function fetchBundleUrl(url: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: "application/json" } });
  } catch {
    throw new NodeRequestError(
      `Could not fetch ${url}: no answer (the server is down, or it does not allow this page's origin by CORS). Check the address, or paste another copy of the task's latest finalized bundle.`,
      "unreachable",
      null,
    );
  }
  const text = await res.text();
  if (!res.ok) throw new NodeRequestError(`Fetched ${url}: the server answered HTTP ${res.status}, not a bundle. Check the address: it must point at the round bundle's JSON file.`, "http_error", res.status);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const start = text.slice(0, 40).replace(/\s+/g, " ");
    throw new NodeRequestError(`Fetched ${url}: the answer is not JSON (${text.length} bytes starting "${start}"). Paste the URL of the round bundle's .json file itself, not a page about it.`, "not_json", res.status);
  }
}

/** Fetches `GET /v1/operators` (the node's index replayed). @throws NodeRequestError (unreachable, an error answer, or malformed) */
export async function fetchOperators(nodeUrl: string): Promise<NodeOperators> {
  const b = (await getJson(`${nodeUrl}/v1/operators`, "operators")) as { indexedBlock: string; operators: Record<string, unknown>[] };
  try {
    return {
      indexedBlock: BigInt(b.indexedBlock),
      operators: b.operators.map((o) => {
        const pc = o.pendingCommission as { bps: string; effectiveAt: string } | null;
        return {
          operator: getAddress(String(o.operator)),
          metadataURI: String(o.metadataURI),
          stake: BigInt(String(o.stake)),
          selfStake: BigInt(String(o.selfStake)),
          delegated: BigInt(String(o.delegated)),
          totalShares: BigInt(String(o.totalShares)),
          delegators: Number(o.delegators),
          commissionBps: BigInt(String(o.commissionBps)),
          pendingCommission: pc === null ? null : { bps: BigInt(pc.bps), effectiveAt: BigInt(pc.effectiveAt) },
          pendingSlashes: BigInt(String(o.pendingSlashes)),
          tasks: (o.tasks as { taskId: string; role: "trainer" | "validator" }[]).map((t) => ({ taskId: BigInt(t.taskId), role: t.role })),
          slashes: (o.slashes as { block: string; bps: string; cut: string; ref: string }[]).map((x) => ({ block: BigInt(x.block), bps: BigInt(x.bps), cut: BigInt(x.cut), ref: x.ref as Hex })),
        };
      }),
    };
  } catch {
    throw new NodeRequestError("the node's operators answer is malformed: the app rebuilds the figures from the chain's events", "malformed", 200);
  }
}

/** The node's answer of `GET /v1/accounts/:addr/positions`, parsed (wei, shares, unix seconds). */
export type NodePositions = {
  indexedBlock: bigint;
  indexedHash: Hex | null;
  positions: { operator: Address; shares: bigint; value: bigint; poolShares: bigint; poolAssets: bigint }[];
  requests: { requestId: bigint; operator: Address; shares: bigint; value: bigint; unlockTime: bigint }[];
};

/** Fetches an account's positions and pending unstake requests from the node's index. @throws NodeRequestError */
export async function fetchPositions(nodeUrl: string, account: Address): Promise<NodePositions> {
  const b = (await getJson(`${nodeUrl}/v1/accounts/${account}/positions`, "positions")) as Record<string, unknown>;
  try {
    return {
      indexedBlock: BigInt(String(b.indexedBlock)),
      indexedHash: b.indexedHash === null ? null : (String(b.indexedHash) as Hex),
      positions: (b.positions as Record<string, string>[]).map((p) => ({
        operator: getAddress(p.operator!),
        shares: BigInt(p.shares!),
        value: BigInt(p.value!),
        poolShares: BigInt(p.poolShares!),
        poolAssets: BigInt(p.poolAssets!),
      })),
      requests: (b.requests as Record<string, string>[]).map((r) => ({ requestId: BigInt(r.requestId!), operator: getAddress(r.operator!), shares: BigInt(r.shares!), value: BigInt(r.value!), unlockTime: BigInt(r.unlockTime!) })),
    };
  } catch {
    throw new NodeRequestError("the node's positions answer is malformed: the app reads your positions from the chain instead", "malformed", 200);
  }
}
