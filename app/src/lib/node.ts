// The Aerie node's service API as the browser uses it: an account's claim of a task, and round bundles; the
// claim is verified (lib/claims.ts) against the on-chain root before the app offers it.
import { getAddress, type Address, type Hex } from "viem";

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

/** The parts of a round bundle (`aerie-round-bundle/1`) the charts use. */
export type BundleFacts = {
  taskId: bigint;
  round: bigint;
  roundStart: bigint;
  roundEnd: bigint;
  /** operator → its reward (wei) and commission (wei). */
  operators: { operator: Address; reward: bigint; commission: bigint }[];
  /** account → wei earned this round. */
  accounts: { account: Address; amount: bigint; cumulativeAmount: bigint }[];
  /** Each participant's commission and share holders at the round's start. */
  participants: { operator: Address; commissionBps: bigint; shares: { account: Address; shares: bigint }[] }[];
};

/** Reads the chart facts of a bundle; throws on a bundle without them. */
export function bundleFacts(raw: unknown): BundleFacts {
  const b = raw as {
    taskId: string;
    round: string;
    roundStart: string;
    roundEnd: string;
    outputs: { operators: { operator: string; reward: string; commission: string }[]; accounts: { account: string; amount: string; cumulativeAmount: string }[] };
    inputs: { participants: { operator: string; commissionBps: string; shares: { account: string; shares: string }[] }[] };
  };
  return {
    taskId: BigInt(b.taskId),
    round: BigInt(b.round),
    roundStart: BigInt(b.roundStart),
    roundEnd: BigInt(b.roundEnd),
    operators: b.outputs.operators.map((o) => ({ operator: getAddress(o.operator), reward: BigInt(o.reward), commission: BigInt(o.commission) })),
    accounts: b.outputs.accounts.map((a) => ({ account: getAddress(a.account), amount: BigInt(a.amount), cumulativeAmount: BigInt(a.cumulativeAmount) })),
    participants: b.inputs.participants.map((p) => ({
      operator: getAddress(p.operator),
      commissionBps: BigInt(p.commissionBps),
      shares: p.shares.map((s) => ({ account: getAddress(s.account), shares: BigInt(s.shares) })),
    })),
  };
}

/** Fetches a round's bundle (by hash) from the node. @throws NodeRequestError */
export async function fetchBundle(nodeUrl: string, taskId: bigint, round: bigint, hash: Hex): Promise<unknown> {
  return getJson(`${nodeUrl}/v1/tasks/${taskId}/rounds/${round}/bundle?hash=${hash}`, `bundle of task ${taskId} round ${round}`);
}

/** Fetches a bundle from any URL (the fallback when the node is down). @throws NodeRequestError */
export async function fetchBundleUrl(url: string): Promise<unknown> {
  return getJson(url, "the bundle URL");
}

/** Seconds in a (365-day) year, for the annualized estimated yield. */
export const YEAR_SECONDS = 31_536_000n;

/**
 * Estimated yield of an operator's pool in bps per year, from finalized rounds only: Σ (reward − commission) over
 * the bundles, × year / the rounds' time span, ÷ the current stake. Null without rounds or stake. An estimate.
 */
export function estimatedYieldBps(bundles: BundleFacts[], operator: Address, stake: bigint): bigint | null {
  const mine = bundles.filter((b) => b.participants.some((p) => p.operator === operator));
  if (mine.length === 0 || stake === 0n) return null;
  let earned = 0n;
  let from = mine[0]!.roundStart;
  let to = mine[0]!.roundEnd;
  for (const b of mine) {
    const o = b.operators.find((x) => x.operator === operator);
    if (o) earned += o.reward - o.commission;
    if (b.roundStart < from) from = b.roundStart;
    if (b.roundEnd > to) to = b.roundEnd;
  }
  const span = to - from;
  if (span <= 0n) return null;
  return (earned * 10_000n * YEAR_SECONDS) / (stake * span);
}
