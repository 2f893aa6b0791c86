// HTTP calls a member makes to its peers: fetch a bundle, push a signature.
import type { Logger } from "pino";
import { keccak256, toBytes, type Address, type Hex } from "viem";

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
export async function fetchPeerBundle(peer: string, taskId: bigint, round: bigint, bundleHash?: Hex, reached?: PeerReached): Promise<string | undefined> {
  const q = bundleHash === undefined ? "" : `?hash=${bundleHash}`;
  let res: Response;
  try {
    res = await fetch(`${peer}/v1/tasks/${taskId}/rounds/${round}/bundle${q}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    reached?.(peer, _cause(e), "fetch of a bundle");
    return undefined;
  }
  reached?.(peer, res.status >= 500 ? `HTTP ${res.status}` : undefined, "fetch of a bundle");
  if (res.status !== 200) return undefined;
  return res.text().catch(() => undefined);
}

/** What {@link fetchBundleByHash} found: the bundle's canonical text and who served it, and the peers refused. */
export type FetchedBundle = {
  /** The bundle (canonical JSON whose keccak256 is the hash asked for), or `undefined` if no peer served it. */
  text: string | undefined;
  /** The peer that served it. */
  peer: string | undefined;
  /** Peers that answered 200 with another bundle (their text's keccak256): never taken. */
  refused: { peer: string; hash: Hex }[];
};

/**
 * Asks each peer in turn for the bundle with `bundleHash` (`GET …/bundle?hash=`) and takes the first answer whose
 * bytes hash to it (keccak256 of the canonical JSON, as the bundle hash is defined): a peer serving anything else is
 * refused and the next one is asked. Nothing a peer sends is trusted without the hash.
 */
export async function fetchBundleByHash(peers: readonly string[], taskId: bigint, round: bigint, bundleHash: Hex, reached?: PeerReached): Promise<FetchedBundle> {
  const refused: FetchedBundle["refused"] = [];
  for (const peer of peers) {
    const text = await fetchPeerBundle(peer, taskId, round, bundleHash, reached);
    if (text === undefined) continue;
    const hash = keccak256(toBytes(text));
    if (hash.toLowerCase() === bundleHash.toLowerCase()) return { text, peer, refused };
    refused.push({ peer, hash });
  }
  return { text: undefined, peer: undefined, refused };
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
    return { ok: false, status: 0, code: "unreachable", message: _cause(e) };
  }
}

/**
 * Told after each call to a peer whether it answered: `error` is `undefined` when it did (any status below 500),
 * else what failed (connection refused, timeout, a 5xx); `during` names the call (`push of signatures`).
 */
export type PeerReached = (peer: string, error: string | undefined, during: string) => void;

/** The most telling message of a failed `fetch` (undici hides the socket error in `cause`). */
function _cause(e: unknown): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  return err.cause?.code ?? err.cause?.message ?? err.message;
}

/**
 * Per peer failure streaks over every call the node makes to its peers (bundle fetches, signature pushes and pulls,
 * from the committee, the guardian and the bundle sync alike), so a peer that is down is logged once when it stops
 * answering (warn, with its URL and error) and once when any call reaches it again (info `peer answers again`, with
 * the streak's length), not on every retry. One per node: pass {@link PeerHealth.reached} to every peer call.
 */
export class PeerHealth {
  readonly #down = new Map<string, { error: string; failures: number }>();
  readonly #logger: Logger;

  constructor(logger: Logger) {
    this.#logger = logger;
  }

  /** Records one call's outcome and logs a streak's start and end (see the class). */
  readonly reached: PeerReached = (peer, error, during) => {
    const streak = this.#down.get(peer);
    if (error === undefined) {
      if (streak === undefined) return;
      this.#down.delete(peer);
      this.#logger.info({ peer, failures: streak.failures, during, lastError: streak.error }, "peer answers again");
      return;
    }
    if (streak !== undefined) {
      streak.failures++;
      streak.error = error;
      return;
    }
    this.#down.set(peer, { error, failures: 1 });
    this.#logger.warn({ peer, err: error, during }, `peer ${peer} is down (${during} failed: ${error}): retried, logged again when it answers`);
  };

  /** The peers in a failure streak now, with its length (failed calls) and last error. */
  down(): Map<string, { error: string; failures: number }> {
    return new Map([...this.#down].map(([k, v]) => [k, { ...v }]));
  }
}

/** What `GET <peer>/v1/tasks/:id/rounds/:r/signatures` answers: the peer's digest and the signatures it holds. */
export type PeerSignatures = { member: Address | null; digest: Hex; bundleHash: Hex; signatures: { signer: Address; signature: Hex }[] };

/**
 * `GET <peer>/v1/tasks/:id/rounds/:r/signatures`: the signatures the peer holds over its digest of the round, or
 * `undefined` when it has none yet, is down, or answers anything but a well-formed 200. Nothing is trusted here:
 * the caller checks every signature ({@link checkCommitteeSignature}) and the digest.
 */
export async function fetchPeerSignatures(peer: string, taskId: bigint, round: bigint, reached?: PeerReached): Promise<PeerSignatures | undefined> {
  try {
    let res: Response;
    try {
      res = await fetch(`${peer}/v1/tasks/${taskId}/rounds/${round}/signatures`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    } catch (e) {
      reached?.(peer, _cause(e), "pull of signatures");
      return undefined;
    }
    reached?.(peer, res.status >= 500 ? `HTTP ${res.status}` : undefined, "pull of signatures");
    if (res.status !== 200) return undefined;
    const body = (await res.json()) as Partial<PeerSignatures>;
    const hex = (v: unknown, n: number): v is Hex => typeof v === "string" && new RegExp(`^0x[0-9a-fA-F]{${n}}$`).test(v);
    if (!hex(body.digest, 64) || !hex(body.bundleHash, 64) || !Array.isArray(body.signatures)) return undefined;
    const signatures = body.signatures.filter((s): s is { signer: Address; signature: Hex } => hex(s?.signer, 40) && hex(s?.signature, 130));
    return { member: hex(body.member, 40) ? body.member : null, digest: body.digest, bundleHash: body.bundleHash, signatures };
  } catch {
    return undefined;
  }
}

/**
 * Which committee member each peer URL runs as: configured (`peers: [{url, address}]`) or learned, and only learned
 * from a peer that served a valid signature by the member it claims to be. A configured address is never replaced
 * (a peer claiming another key is logged by the caller and keeps its configured one). Knowing the keys lets a member
 * ask the peers whose signatures it misses first, and count a quorum of differing peers by member, not by URL.
 */
export class PeerBook {
  readonly urls: readonly string[];
  readonly #configured: Map<string, Address>;
  readonly #learned = new Map<string, Address>();

  /** @param configured committee address by peer URL (from the config). */
  constructor(urls: readonly string[], configured: Record<string, Address> = {}) {
    this.urls = urls;
    this.#configured = new Map(Object.entries(configured));
  }

  /** The member `url` runs as, if configured or learned. */
  memberOf(url: string): Address | undefined {
    return this.#configured.get(url) ?? this.#learned.get(url);
  }

  /**
   * Records that `url` runs as `member` (the caller verified a signature by `member` in the peer's answer).
   * @returns false (and records nothing) when the config says `url` is another member.
   */
  learn(url: string, member: Address): boolean {
    const configured = this.#configured.get(url);
    if (configured !== undefined) return configured.toLowerCase() === member.toLowerCase();
    this.#learned.set(url, member);
    return true;
  }

  /** The peers to pull from: those whose member's signature is `missing` first, then unknown ones, then the rest. */
  pullOrder(missing: ReadonlySet<string>): string[] {
    const rank = (u: string) => {
      const m = this.memberOf(u);
      return m === undefined ? 1 : missing.has(m.toLowerCase()) ? 0 : 2;
    };
    return [...this.urls].sort((a, b) => rank(a) - rank(b));
  }

  /** A key per distinct member: the member's lower-case address where known, else the URL. */
  identity(url: string): string {
    return this.memberOf(url)?.toLowerCase() ?? url;
  }
}
