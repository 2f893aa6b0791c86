// Bounded eth_getLogs: a range a provider refuses is halved until it is accepted.
import type { Address, Log, PublicClient } from "viem";

/** Options of {@link getLogsPaged}. */
export type GetLogsPagedParameters = {
  addresses: readonly Address[];
  fromBlock: bigint;
  /** Inclusive. */
  toBlock: bigint;
  /** Largest range to ask for, blocks. */
  maxRange: number;
  /** Called with the new range each time a provider refuses a range and it is halved. */
  onShrink?: (range: number, error: unknown) => void;
};

/** What {@link getLogsPaged} returns: the logs in order, and the range that last worked (to reuse). */
export type GetLogsPagedReturnType = { logs: Log[]; range: number };

/**
 * Every log of `addresses` in `[fromBlock, toBlock]`, fetched in windows of at most `maxRange` blocks.
 * When the provider answers a window with an error (a range or result-count cap), the window is halved
 * and retried; a single-block window that still fails rethrows the error.
 */
export async function getLogsPaged(client: PublicClient, parameters: GetLogsPagedParameters): Promise<GetLogsPagedReturnType> {
  const { addresses, fromBlock, toBlock, onShrink } = parameters;
  let range = Math.max(1, parameters.maxRange);
  const logs: Log[] = [];
  let from = fromBlock;
  while (from <= toBlock) {
    const to = _min(toBlock, from + BigInt(range) - 1n);
    let page: Log[];
    try {
      page = await client.getLogs({ address: [...addresses], fromBlock: from, toBlock: to });
    } catch (e) {
      if (range === 1 || !_isRangeError(e)) throw e;
      range = Math.max(1, Math.floor(range / 2));
      onShrink?.(range, e);
      continue;
    }
    logs.push(...page);
    from = to + 1n;
  }
  return { logs, range };
}

/** Errors that mean "ask for less" rather than "the endpoint is down" (JSON-RPC answers, not timeouts). */
function _isRangeError(e: unknown): boolean {
  const name = (e as { name?: string }).name ?? "";
  if (name === "TimeoutError" || name === "HttpRequestError") {
    // An HTTP 4xx/5xx carrying a JSON-RPC body is still a refusal; a dropped connection is not.
    const status = (e as { status?: number }).status;
    return status !== undefined && status >= 400 && status < 500 && status !== 429;
  }
  return true;
}

function _min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
