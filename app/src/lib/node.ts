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

async function getJson(url: string, what: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { headers: { accept: "application/json" } });
  } catch {
    throw new NodeRequestError(`The node is unreachable (${what}): check that it runs at ${new URL(url, window.location.href).origin}, or load a bundle URL.`, "unreachable", null);
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
    throw new NodeRequestError(`The node is unreachable (${what}): check that it runs at ${new URL(url, window.location.href).origin}.`, "unreachable", null);
  }
  const text = await res.text();
  if (!res.ok) throw new NodeRequestError(`the node answered ${res.status} for the ${what}`, "http_error", res.status);
  if (keccak256(stringToBytes(text)).toLowerCase() !== hash.toLowerCase()) {
    throw new NodeRequestError(`the node's ${what} does not hash to ${hash.slice(0, 10)}… recorded on chain: it is ignored`, "hash_mismatch", res.status);
  }
  return JSON.parse(text) as unknown;
}

/** Fetches a bundle from any URL (the fallback when the node is down). @throws NodeRequestError */
export async function fetchBundleUrl(url: string): Promise<unknown> {
  return getJson(url, "the bundle URL");
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
