// Rank statistics for the demo's summary: how well consensus scores order the trainers by measured accuracy.

/** Ranks of `xs` (1 = smallest), ties given the mean of their ranks. */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const out = new Array<number>(xs.length);
  for (let k = 0; k < order.length; ) {
    let j = k;
    while (j + 1 < order.length && order[j + 1]!.x === order[k]!.x) j++;
    const mean = (k + j) / 2 + 1;
    for (let m = k; m <= j; m++) out[order[m]!.i] = mean;
    k = j + 1;
  }
  return out;
}

/**
 * Spearman's rank correlation of two equally long series: Pearson's correlation of their ranks (ties averaged).
 * @returns a number in [−1, 1], or `NaN` if a series has fewer than 2 values or all its values are equal.
 */
export function spearman(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new RangeError(`spearman: ${a.length} and ${b.length} values`);
  if (a.length < 2) return Number.NaN;
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (a.length + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < a.length; i++) {
    num += (ra[i]! - mean) * (rb[i]! - mean);
    da += (ra[i]! - mean) ** 2;
    db += (rb[i]! - mean) ** 2;
  }
  return da === 0 || db === 0 ? Number.NaN : num / Math.sqrt(da * db);
}
