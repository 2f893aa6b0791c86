// The commit–reveal and FL Alliance message store (migration 5): the latest accepted message per (kind, task,
// round, signer), and the messages the intake refused with a named code. Writes are synchronous transactions
// (synchronous = FULL), so a message is on disk before the intake answers.
import { getAddress, type Address, type Hex } from "viem";

import { canonicalJson, toJsonValue } from "../../lib/canonical";
import type { Store } from "./db";

// ------------------------------------------------------------------ types

/** The kinds of `round_messages`: `scoresReveal` is a Scores message revealed with its salt. */
export type RoundMessageKind = "scoresCommit" | "scoresReveal" | "modelUpdate" | "voteCommit" | "vote";

/**
 * One stored message. `message` is the JSON form (uint256/int256 as decimal strings, as the wire sends them);
 * `receivedAt`: unix seconds when the node first accepted (or refused) this exact message.
 */
export type RoundMessageEntry = {
  kind: RoundMessageKind;
  taskId: bigint;
  round: bigint;
  /** The recovered signer (EIP-55). */
  signer: Address;
  /** EIP-712 digest of the message (lowercase hex); equal digests are the same message. */
  digest: Hex;
  signature: Hex;
  message: Record<string, unknown>;
  /** The reveal's salt (`scoresReveal`, `vote`), else `null`. */
  salt: Hex | null;
  receivedAt: bigint;
  /** How many earlier messages of this signer it replaced (accepted messages only; 0 for refused ones). */
  replaced: number;
};

/** A refused message: the entry and the named code it was refused with (e.g. `REVEAL_MISMATCH`). */
export type RejectedMessageEntry = Omit<RoundMessageEntry, "replaced"> & { code: string };

/** What {@link RoundMessageStore.put} did (as the inbox's `PutOutcome`). */
export type RoundPutOutcome = "stored" | "replaced" | "duplicate";

type Row = {
  kind: RoundMessageKind;
  task_id: string;
  round: string;
  signer: string;
  digest: string;
  signature: string;
  message: string;
  salt: string | null;
  received_at: number | bigint;
  replaced?: number;
  code?: string;
};

/** The most refused messages kept per (kind, task, round, signer): a signer cannot grow the table without bound. */
export const MAX_REJECTED_PER_SIGNER = 8;

// ------------------------------------------------------------------ store

/** Synchronous access to `round_messages` and `rejected_messages`. */
export class RoundMessageStore {
  readonly #get;
  readonly #insert;
  readonly #update;
  readonly #list;
  readonly #rejectedCount;
  readonly #insertRejected;
  readonly #listRejected;
  readonly #getRejected;

  constructor(readonly db: Store) {
    this.#get = db.prepare<[string, string, string, string], Row>("SELECT * FROM round_messages WHERE kind = ? AND task_id = ? AND round = ? AND signer = ?");
    this.#insert = db.prepare(
      "INSERT INTO round_messages (kind, task_id, round, signer, digest, signature, message, salt, received_at, replaced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
    );
    this.#update = db.prepare(
      "UPDATE round_messages SET digest = ?, signature = ?, message = ?, salt = ?, received_at = ?, replaced = ? WHERE kind = ? AND task_id = ? AND round = ? AND signer = ?",
    );
    this.#list = db.prepare<[string, string, string], Row>("SELECT * FROM round_messages WHERE kind = ? AND task_id = ? AND round = ? ORDER BY signer");
    this.#rejectedCount = db.prepare<[string, string, string, string], { n: number }>(
      "SELECT COUNT(*) AS n FROM rejected_messages WHERE kind = ? AND task_id = ? AND round = ? AND signer = ?",
    );
    this.#getRejected = db.prepare<[string, string, string, string, string], Row>(
      "SELECT * FROM rejected_messages WHERE kind = ? AND task_id = ? AND round = ? AND signer = ? AND digest = ?",
    );
    this.#insertRejected = db.prepare(
      "INSERT INTO rejected_messages (kind, task_id, round, signer, digest, code, signature, message, salt, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.#listRejected = db.prepare<[string, string], Row>("SELECT * FROM rejected_messages WHERE task_id = ? AND round = ? ORDER BY kind, signer, digest");
  }

  /**
   * Stores `entry` as the signer's current message of its kind for the round, in one transaction: a new digest
   * replaces the earlier message, the same digest changes nothing (keeps the first `receivedAt`).
   */
  put(entry: Omit<RoundMessageEntry, "replaced">): { outcome: RoundPutOutcome; entry: RoundMessageEntry } {
    return this.db.transaction(() => {
      const key = [entry.kind, entry.taskId.toString(), entry.round.toString(), entry.signer] as const;
      const existing = this.#get.get(...key);
      if (existing !== undefined && existing.digest === entry.digest) return { outcome: "duplicate" as const, entry: _entry(existing) };
      const message = canonicalJson(toJsonValue(entry.message));
      if (existing === undefined) {
        this.#insert.run(...key, entry.digest, entry.signature, message, entry.salt, entry.receivedAt);
        return { outcome: "stored" as const, entry: { ...entry, replaced: 0 } };
      }
      const replaced = (existing.replaced ?? 0) + 1;
      this.#update.run(entry.digest, entry.signature, message, entry.salt, entry.receivedAt, replaced, ...key);
      return { outcome: "replaced" as const, entry: { ...entry, replaced } };
    })();
  }

  /** The signer's current message of `kind` for the round, or `undefined`. */
  get(kind: RoundMessageKind, taskId: bigint, round: bigint, signer: Address): RoundMessageEntry | undefined {
    const row = this.#get.get(kind, taskId.toString(), round.toString(), getAddress(signer));
    return row === undefined ? undefined : _entry(row);
  }

  /** The round's current messages of `kind`, sorted by signer. */
  list(kind: RoundMessageKind, taskId: bigint, round: bigint): RoundMessageEntry[] {
    return this.#list.all(kind, taskId.toString(), round.toString()).map(_entry);
  }

  /**
   * Records a refused message (idempotent per digest; the first refusal's `receivedAt` and code stay). Beyond
   * {@link MAX_REJECTED_PER_SIGNER} rows per (kind, task, round, signer) nothing more is kept.
   * @returns whether a row was written now.
   */
  putRejected(entry: RejectedMessageEntry): boolean {
    return this.db.transaction(() => {
      const key = [entry.kind, entry.taskId.toString(), entry.round.toString(), entry.signer] as const;
      if (this.#getRejected.get(...key, entry.digest) !== undefined) return false;
      if (this.#rejectedCount.get(...key)!.n >= MAX_REJECTED_PER_SIGNER) return false;
      this.#insertRejected.run(...key, entry.digest, entry.code, entry.signature, canonicalJson(toJsonValue(entry.message)), entry.salt, entry.receivedAt);
      return true;
    })();
  }

  /** Every refused message of the round, sorted by (kind, signer, digest). */
  rejected(taskId: bigint, round: bigint): RejectedMessageEntry[] {
    return this.#listRejected.all(taskId.toString(), round.toString()).map((r) => {
      const { replaced: _replaced, ...e } = _entry(r);
      return { ...e, code: r.code! };
    });
  }
}

// ------------------------------------------------------------------ internal helpers

function _entry(r: Row): RoundMessageEntry {
  return {
    kind: r.kind,
    taskId: BigInt(r.task_id),
    round: BigInt(r.round),
    signer: r.signer as Address,
    digest: r.digest as Hex,
    signature: r.signature as Hex,
    message: JSON.parse(r.message) as Record<string, unknown>,
    salt: (r.salt ?? null) as Hex | null,
    receivedAt: BigInt(r.received_at),
    replaced: r.replaced ?? 0,
  };
}
