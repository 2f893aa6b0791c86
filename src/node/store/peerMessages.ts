// Round messages learned from peers (migration 6, round-message reconciliation): authenticated signed messages a
// member fetched from its peers before computing a round. Bounded per (kind, task, round, signer).
import type { Address, Hex } from "viem";

import { canonicalJson, toJsonValue } from "../../lib/canonical";
import type { RoundMessageKind } from "../../aggregator/reconcile";
import type { Store } from "./db";

/**
 * The most rows kept per (kind, task, round, signer): the greatest signatures (then the lowest salts). A signer's
 * equivocation cannot grow the table without bound; every member keeps the same greatest ones of what it saw.
 */
export const MAX_PEER_ROWS_PER_SIGNER = 16;

/** One stored message: `message` in its JSON form (uint256/int256 as decimal strings). */
export type PeerMessageEntry = { kind: RoundMessageKind; signer: Address; signature: Hex; salt: Hex | null; digest: Hex; message: Record<string, unknown> };

type Row = { kind: RoundMessageKind; signer: string; signature: string; salt: string; digest: string; message: string };

/** Synchronous access to `peer_messages`. */
export class PeerMessageStore {
  readonly #has;
  readonly #ofSigner;
  readonly #insert;
  readonly #delete;
  readonly #list;

  constructor(readonly db: Store) {
    this.#has = db.prepare<[string, string, string, string, string, string], { n: number }>(
      "SELECT 1 AS n FROM peer_messages WHERE task_id = ? AND round = ? AND kind = ? AND signer = ? AND signature = ? AND salt = ?",
    );
    this.#ofSigner = db.prepare<[string, string, string, string], Row>(
      "SELECT * FROM peer_messages WHERE task_id = ? AND round = ? AND kind = ? AND signer = ? ORDER BY signature DESC, salt ASC",
    );
    this.#insert = db.prepare("INSERT INTO peer_messages (task_id, round, kind, signer, signature, salt, digest, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    this.#delete = db.prepare("DELETE FROM peer_messages WHERE task_id = ? AND round = ? AND kind = ? AND signer = ? AND signature = ? AND salt = ?");
    this.#list = db.prepare<[string, string], Row>("SELECT * FROM peer_messages WHERE task_id = ? AND round = ? ORDER BY kind, signer, signature, salt");
  }

  /**
   * Stores `entry` for the round unless held already, in one transaction. With {@link MAX_PEER_ROWS_PER_SIGNER} rows
   * of its (kind, signer) held, it takes the place of the least (lowest signature, then highest salt) if it sorts
   * before it, else it is dropped. `signature` and `salt` are lowercase hex, `signer` EIP-55.
   * @returns whether it was stored now.
   */
  put(taskId: bigint, round: bigint, entry: PeerMessageEntry): boolean {
    return this.db.transaction(() => {
      const key = [taskId.toString(), round.toString(), entry.kind, entry.signer] as const;
      const salt = entry.salt ?? "";
      if (this.#has.get(...key, entry.signature, salt) !== undefined) return false;
      const held = this.#ofSigner.all(...key);
      if (held.length >= MAX_PEER_ROWS_PER_SIGNER) {
        const least = held[held.length - 1]!;
        const before = entry.signature > least.signature || (entry.signature === least.signature && salt < least.salt);
        if (!before) return false;
        this.#delete.run(...key, least.signature, least.salt);
      }
      this.#insert.run(...key, entry.signature, salt, entry.digest, canonicalJson(toJsonValue(entry.message)));
      return true;
    })();
  }

  /** The round's stored messages, sorted by (kind, signer, signature, salt). */
  list(taskId: bigint, round: bigint): PeerMessageEntry[] {
    return this.#list.all(taskId.toString(), round.toString()).map((r) => ({
      kind: r.kind,
      signer: r.signer as Address,
      signature: r.signature as Hex,
      salt: r.salt === "" ? null : (r.salt as Hex),
      digest: r.digest as Hex,
      message: JSON.parse(r.message) as Record<string, unknown>,
    }));
  }
}
