// Integer helpers shared by the reward policies (bigint only, every division floors).
import { InvalidInputError } from "../../lib/errors";
import { compareBigints } from "../../lib/order";

/**
 * The stake-weighted median of `values`: sort by value; with `W = Σ stake`, the lower median `L` is the first value
 * whose cumulative stake `C` has `2C ≥ W`, the upper `U` the first with `2C > W`; the median is `floor((L + U) / 2)`
 * (`L = U` unless the stake splits exactly in half). 0 if `W = 0`. A set holding more than half the stake therefore
 * keeps the median inside its own range of values.
 *
 * @param entries values with their (non-negative) stake weights.
 */
export function weightedMedian(entries: readonly { stake: bigint; value: bigint }[]): bigint {
  const sorted = [...entries].sort((a, b) => compareBigints(a.value, b.value));
  const total = sorted.reduce((sum, e) => sum + e.stake, 0n);
  if (total === 0n) return 0n;
  let cumulative = 0n;
  let lower: bigint | undefined;
  for (const e of sorted) {
    cumulative += e.stake;
    if (lower === undefined && 2n * cumulative >= total) lower = e.value;
    if (2n * cumulative > total) return (lower! + e.value) / 2n;
  }
  // Unreachable: the last entry brings 2C to 2W > W.
  throw new InvalidInputError("weighted median: internal error");
}

/**
 * `floor(pool × w_i / Σw)` for each weight; all zero if `Σw = 0`. `Σ result ≤ pool`.
 *
 * @param pool wei to share.
 * @param weights non-negative weights.
 */
export function proRata(pool: bigint, weights: readonly bigint[]): bigint[] {
  const total = weights.reduce((sum, w) => sum + w, 0n);
  return weights.map((w) => (total === 0n ? 0n : (pool * w) / total));
}

/** `|x|`. */
export function absBigint(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** The larger of `a` and `b`. */
export function maxBigint(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
