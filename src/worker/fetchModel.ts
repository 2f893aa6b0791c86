// Fetching a submitted model artefact (bounded in time and size) and checking it against its modelHash.
import type { Hex } from "viem";

import { ModelRejectedError } from "./errors";
import { modelHash } from "./model/format";

/** Limits of {@link fetchModel}. */
export type FetchModelOptions = {
  /** Milliseconds for the whole download, headers and body (default 5,000). */
  timeoutMs?: number;
  /** Largest artefact accepted, bytes (default 16 MiB). */
  maxBytes?: number;
};

/**
 * Downloads `uri` (http or https) and checks `keccak256(bytes) == expectedHash`.
 *
 * @returns the verified bytes.
 * @throws {ModelRejectedError} `bad_uri` (not http(s)), `unreachable`, `timeout`, `http_status` (not 200),
 *   `too_large`, `hash_mismatch` — never anything else, so a validator can score 0 and go on.
 */
export async function fetchModel(uri: string, expectedHash: Hex, options: FetchModelOptions = {}): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    throw new ModelRejectedError("bad_uri", `modelURI ${JSON.stringify(uri.slice(0, 80))} is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ModelRejectedError("bad_uri", `modelURI scheme ${url.protocol} is not fetched by this worker (http or https only)`);
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = (e: unknown) => signal.aborted || (e instanceof DOMException && (e.name === "TimeoutError" || e.name === "AbortError"));
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    if (timedOut(e)) throw new ModelRejectedError("timeout", `${uri} did not answer within ${timeoutMs} ms`, { cause: e });
    throw new ModelRejectedError("unreachable", `${uri} is unreachable (${(e as Error).cause instanceof Error ? ((e as Error).cause as Error).message : (e as Error).message})`, { cause: e });
  }
  if (res.status !== 200) {
    await res.body?.cancel().catch(() => {});
    throw new ModelRejectedError("http_status", `${uri} answered HTTP ${res.status}`);
  }
  const declared = Number(res.headers.get("content-length") ?? "NaN");
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new ModelRejectedError("too_large", `${uri} is ${declared} bytes, more than the ${maxBytes} accepted`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of res.body ?? []) {
      size += chunk.length;
      if (size > maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw new ModelRejectedError("too_large", `${uri} sent more than the ${maxBytes} bytes accepted`);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (e instanceof ModelRejectedError) throw e;
    if (timedOut(e)) throw new ModelRejectedError("timeout", `${uri} did not finish sending within ${timeoutMs} ms`, { cause: e });
    throw new ModelRejectedError("unreachable", `${uri} broke off while sending (${(e as Error).message})`, { cause: e });
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  const got = modelHash(bytes);
  if (got.toLowerCase() !== expectedHash.toLowerCase()) throw new ModelRejectedError("hash_mismatch", `${uri} serves bytes hashing to ${got}, the submission says ${expectedHash}`);
  return bytes;
}
