// Bundles a node missed: every round the chain names a bundle of (ResultProposed, RoundFinalized) is fetched from the
// peers by hash, checked against the on-chain hash and stored, so a member that was down still serves the round's
// bundle, its claims and the signed bundleURI.
import type { Hex } from "viem";
import type { Logger } from "pino";

import type { Store } from "../store/db";
import { fetchBundleByHash, type PeerHealth } from "./peers";
import type { CommitteeStore } from "./store";

/** A bundle the chain names: from `RoundFinalized` (the round's result took effect) or `ResultProposed`. */
export type ChainBundle = { taskId: bigint; round: bigint; bundleHash: Hex; digest: Hex | null; event: "RoundFinalized" | "ResultProposed" };

/**
 * The bundles the indexed events name, finalized ones first (claims are built on them), then proposals, each group
 * oldest first. Read from the index (no RPC).
 * @param filter only this task's (and round's) events.
 */
export function chainBundles(store: Store, filter: { taskId?: bigint; round?: bigint } = {}): ChainBundle[] {
  const rows = store
    .prepare("SELECT name, args FROM events WHERE name IN ('RoundFinalized', 'ResultProposed') ORDER BY name DESC, block_number, log_index")
    .all() as { name: "RoundFinalized" | "ResultProposed"; args: string }[];
  const out: ChainBundle[] = [];
  for (const row of rows) {
    const a = JSON.parse(row.args) as { taskId: string; round: string; bundleHash?: Hex; digest?: Hex; result?: { bundleHash?: Hex } };
    const taskId = BigInt(a.taskId);
    const round = BigInt(a.round);
    if ((filter.taskId !== undefined && taskId !== filter.taskId) || (filter.round !== undefined && round !== filter.round)) continue;
    const bundleHash = row.name === "RoundFinalized" ? a.bundleHash : a.result?.bundleHash;
    if (bundleHash === undefined) continue;
    out.push({ taskId, round, bundleHash: bundleHash.toLowerCase() as Hex, digest: a.digest === undefined ? null : (a.digest.toLowerCase() as Hex), event: row.name });
  }
  return out;
}

/**
 * The bundle of a round this node serves when it did not compute one itself: the round's finalized bundle, else the
 * latest proposed one, if the store holds it.
 */
export function chainBundleText(store: Store, bundles: CommitteeStore, taskId: bigint, round: bigint): string | undefined {
  const named = chainBundles(store, { taskId, round });
  const finalized = named.filter((b) => b.event === "RoundFinalized").at(-1);
  const proposed = named.filter((b) => b.event === "ResultProposed").at(-1);
  for (const b of [finalized, proposed]) {
    const text = b === undefined ? undefined : bundles.bundle(taskId, round, b.bundleHash);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** Options of {@link BundleSync}. */
export type BundleSyncParameters = {
  store: Store;
  bundles: CommitteeStore;
  /** The peers' base URLs, asked in this order. */
  peers: readonly string[];
  logger: Logger;
  /** Every call to a peer reports here (the node's one {@link PeerHealth}); absent: not reported. */
  peerHealth?: PeerHealth;
  /** First pause before asking again for a bundle no peer served, ms (doubling up to 60 s). Default 1,000. */
  retryMs?: number;
};

/**
 * Fetches the bundles this node lacks. Each {@link tick}: for every bundle the index names (see {@link chainBundles})
 * and the store does not hold, ask the peers by hash (`fetchBundleByHash`): the first answer whose keccak256 is the
 * on-chain bundle hash is stored and the serving peer logged; a peer serving another bundle is refused (logged) and
 * the next one asked. A bundle no peer serves is asked for again later, with a doubling pause.
 */
export class BundleSync {
  readonly #p: BundleSyncParameters;
  /** Per missing bundle hash: when to ask again (ms) and the current pause. */
  readonly #retry = new Map<string, { at: number; pauseMs: number }>();

  constructor(parameters: BundleSyncParameters) {
    this.#p = parameters;
  }

  /** One pass. @returns the bundles stored in it. */
  async tick(): Promise<ChainBundle[]> {
    const stored: ChainBundle[] = [];
    if (this.#p.peers.length === 0) return stored;
    const seen = new Set<string>();
    for (const b of chainBundles(this.#p.store)) {
      const key = `${b.taskId}:${b.round}:${b.bundleHash}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (this.#p.bundles.bundle(b.taskId, b.round, b.bundleHash) !== undefined) continue;
      const retry = this.#retry.get(key);
      if (retry !== undefined && Date.now() < retry.at) continue;
      const log = this.#p.logger.child({ taskId: b.taskId.toString(), round: b.round.toString(), bundleHash: b.bundleHash });
      const got = await fetchBundleByHash(this.#p.peers, b.taskId, b.round, b.bundleHash, this.#p.peerHealth?.reached);
      for (const r of got.refused) log.warn({ peer: r.peer, served: r.hash }, `sync: refused the bundle served by ${r.peer}: it hashes to ${r.hash}, not the on-chain ${b.bundleHash}`);
      if (got.text === undefined) {
        const pauseMs = Math.min(60_000, retry === undefined ? (this.#p.retryMs ?? 1_000) : retry.pauseMs * 2);
        if (retry === undefined) log.warn({ event: b.event, peers: this.#p.peers.length }, "sync: no peer serves this bundle yet (asked again later)");
        this.#retry.set(key, { at: Date.now() + pauseMs, pauseMs });
        continue;
      }
      this.#p.bundles.putBundle(b.taskId, b.round, b.bundleHash, b.digest ?? "0x", got.text);
      this.#retry.delete(key);
      stored.push(b);
      log.info({ peer: got.peer, event: b.event }, `sync: stored the ${b.event === "RoundFinalized" ? "finalized" : "proposed"} bundle served by ${got.peer}`);
    }
    return stored;
  }
}
