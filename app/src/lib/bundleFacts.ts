// What the app reads from a round bundle (aerie-round-bundle/1), and the estimated yield computed from those facts.
// Pure: no I/O.
import { getAddress, type Address } from "viem";

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
