// The node's JSON-RPC client: viem over one or more HTTP endpoints, with timeouts, retries and backoff.
import { createPublicClient, fallback, http, type PublicClient } from "viem";

/** Options of {@link createNodeClient}. */
export type NodeClientParameters = {
  /** Endpoints, tried in order (viem `fallback`). */
  urls: readonly string[];
  /** Per-request timeout, milliseconds. */
  timeoutMs?: number;
  /** Retries per request inside the transport (exponential backoff from 150 ms). */
  retries?: number;
  /** Called once per failed request (for the `rpc_errors` metric). */
  onError?: (error: unknown) => void;
};

/**
 * A viem public client for the node. Each request is retried by the transport; errors are reported to
 * `onError` and then thrown to the caller (the indexer and the tx queue retry again at their own level).
 */
export function createNodeClient(parameters: NodeClientParameters): PublicClient {
  const { urls, timeoutMs = 10_000, retries = 3, onError } = parameters;
  const transports = urls.map((u) =>
    http(u, {
      timeout: timeoutMs,
      retryCount: retries,
      retryDelay: 150,
      onFetchResponse: (res) => {
        if (!res.ok) onError?.(new Error(`HTTP ${res.status} from ${u}`));
      },
    }),
  );
  const transport = transports.length === 1 ? transports[0]! : fallback(transports, { rank: false });
  return createPublicClient({ transport, pollingInterval: 250 });
}

/** Options of {@link withBackoff}. */
export type BackoffParameters = {
  /** Attempts in total (default 5). */
  attempts?: number;
  /** First pause, milliseconds (default 200); doubles each time up to `maxMs`. */
  baseMs?: number;
  /** Longest pause, milliseconds (default 5,000). */
  maxMs?: number;
  /** Whether an error is worth retrying (default: all). A false answer rethrows at once. */
  retryable?: (error: unknown) => boolean;
  /** Called before each pause with the error and the attempt number (1-based). */
  onRetry?: (error: unknown, attempt: number) => void;
};

/**
 * Runs `fn`, retrying failures with exponential backoff.
 * @throws the last error once the attempts are used up, or the first non-retryable one.
 */
export async function withBackoff<T>(fn: () => Promise<T>, parameters: BackoffParameters = {}): Promise<T> {
  const { attempts = 5, baseMs = 200, maxMs = 5_000, retryable = () => true, onRetry } = parameters;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (attempt >= attempts || !retryable(e)) throw e;
      onRetry?.(e, attempt);
      await sleep(Math.min(maxMs, baseMs * 2 ** (attempt - 1)));
    }
  }
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
