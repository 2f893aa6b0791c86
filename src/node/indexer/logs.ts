// Bounded eth_getLogs: a range a provider refuses is halved until it is accepted.
import type { Address, Log, PublicClient } from "viem";
import { pageRange } from "../../lib/pageRange";

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
  const { addresses, ...range } = parameters;
  const { items, range: last } = await pageRange((fromBlock, toBlock) => client.getLogs({ address: [...addresses], fromBlock, toBlock }), {
    ...range,
    isRangeError: _isRangeError,
  });
  return { logs: items, range: last };
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
