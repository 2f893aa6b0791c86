// HTTP calls a member makes to its peers: fetch a bundle, push a signature.
import type { Address, Hex } from "viem";

/** Body of `POST /v1/signatures`: one member's signature over a round's RoundResult digest. */
export type SignatureBody = { taskId: string; round: string; digest: Hex; bundleHash: Hex; signer: Address; signature: Hex };

/** What a peer answered to a pushed signature. */
export type PushOutcome = { ok: true } | { ok: false; status: number; code: string; message: string };

/** Milliseconds before a peer call is abandoned. */
const TIMEOUT_MS = 3_000;

/**
 * `GET <peer>/v1/tasks/:id/rounds/:r/bundle[?hash=]`: the peer's bundle (canonical JSON text), or `undefined`
 * when the peer has none, is down or answers anything but 200.
 */
export async function fetchPeerBundle(peer: string, taskId: bigint, round: bigint, bundleHash?: Hex): Promise<string | undefined> {
  const q = bundleHash === undefined ? "" : `?hash=${bundleHash}`;
  try {
    const res = await fetch(`${peer}/v1/tasks/${taskId}/rounds/${round}/bundle${q}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    if (res.status !== 200) return undefined;
    return await res.text();
  } catch {
    return undefined;
  }
}

/** `POST <peer>/v1/signatures`. Network failures answer `{ok: false, status: 0, code: "unreachable"}`. */
export async function pushSignature(peer: string, body: SignatureBody): Promise<PushOutcome> {
  try {
    const res = await fetch(`${peer}/v1/signatures`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (res.status === 200) return { ok: true };
    const err = ((await res.json().catch(() => ({}))) as { error?: { code?: string; message?: string } }).error;
    return { ok: false, status: res.status, code: err?.code ?? "http_error", message: err?.message ?? `HTTP ${res.status}` };
  } catch (e) {
    return { ok: false, status: 0, code: "unreachable", message: (e as Error).message };
  }
}
