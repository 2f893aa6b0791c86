// The Aerie node's service API as the browser uses it: an account's claim of a task, and round bundles; the
// claim is verified (lib/claims.ts) against the on-chain root before the app offers it.
import { getAddress, keccak256, stringToBytes, type Address, type Hex } from "viem";


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
