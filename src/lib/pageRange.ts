// Fetching a block range in bounded windows, halving a window the provider refuses (no I/O of its own).

/** Options of {@link pageRange}. */
export type PageRangeParameters = {
  fromBlock: bigint;
  /** Inclusive. */
  toBlock: bigint;
  /** Largest window, blocks (≥ 1). */
  maxRange: number;
  /** Whether an error means "ask for a smaller range" (default: every error). Others are rethrown at once. */
  isRangeError?: (error: unknown) => boolean;
  /** Called with the new window each time one is halved. */
  onShrink?: (range: number, error: unknown) => void;
};

/**
 * Calls `fetch(from, to)` over `[fromBlock, toBlock]` in windows of at most `maxRange` blocks and
 * concatenates the results in order. A window whose fetch fails with a range error is halved and retried
 * (and the smaller window is kept for the rest); a 1-block window that still fails rethrows.
 * @returns the items and the window size that last worked.
 */
export async function pageRange<T>(fetch: (from: bigint, to: bigint) => Promise<T[]>, parameters: PageRangeParameters): Promise<{ items: T[]; range: number }> {
  const { fromBlock, toBlock, isRangeError = () => true, onShrink } = parameters;
  let range = Math.max(1, parameters.maxRange);
  const items: T[] = [];
  let from = fromBlock;
  while (from <= toBlock) {
    const end = from + BigInt(range) - 1n;
    const to = end < toBlock ? end : toBlock;
    let page: T[];
    try {
      page = await fetch(from, to);
    } catch (e) {
      if (range === 1 || !isRangeError(e)) throw e;
      range = Math.max(1, Math.floor(range / 2));
      onShrink?.(range, e);
      continue;
    }
    items.push(...page);
    from = to + 1n;
  }
  return { items, range };
}
