// The transaction journal: every transaction is written here, signed, before it is broadcast.
import type { Address, Hex } from "viem";
import type { Store } from "../store/db";

/** Journal states: signed → sent → mined | reverted; dropped (its nonce went to another tx); failed (refused, never pending). */
export type TxStatus = "signed" | "sent" | "mined" | "reverted" | "dropped" | "failed";

/** One journaled transaction (wei as bigint). */
export type JournalEntry = {
  id: number;
  /** What the tx is for (`propose:1:3`); one successful tx per intent. Null for an ad-hoc send. */
  intent: string | null;
  sender: Address;
  nonce: number;
  to: Address;
  data: Hex;
  value: bigint;
  gas: bigint;
  /** The signed, serialized transaction: re-broadcasting it can never create a second transaction. */
  raw: Hex;
  hash: Hex;
  status: TxStatus;
  blockNumber: bigint | null;
  error: string | null;
};

type Row = {
  id: number;
  intent: string | null;
  sender: Address;
  nonce: number;
  to_address: Address;
  data: Hex;
  value: string;
  gas: string;
  raw: Hex;
  hash: Hex;
  status: TxStatus;
  block_number: number | null;
  error: string | null;
};

function _entry(r: Row): JournalEntry {
  return {
    id: r.id,
    intent: r.intent,
    sender: r.sender,
    nonce: r.nonce,
    to: r.to_address,
    data: r.data,
    value: BigInt(r.value),
    gas: BigInt(r.gas),
    raw: r.raw,
    hash: r.hash,
    status: r.status,
    blockNumber: r.block_number === null ? null : BigInt(r.block_number),
    error: r.error,
  };
}

/** Typed access to the `txs` table. Every write is its own durable (synchronous=FULL) transaction. */
export class TxJournal {
  readonly #db: Store;
  constructor(db: Store) {
    this.#db = db;
  }

  /** Records a signed transaction before it is broadcast; returns its id. */
  recordSigned(e: Omit<JournalEntry, "id" | "status" | "blockNumber" | "error">): number {
    const now = Date.now();
    const r = this.#db
      .prepare(
        `INSERT INTO txs (intent, sender, nonce, to_address, data, value, gas, raw, hash, status, created_ms, updated_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'signed', ?, ?)`,
      )
      .run(e.intent, e.sender, e.nonce, e.to, e.data, e.value.toString(), e.gas.toString(), e.raw, e.hash, now, now);
    return Number(r.lastInsertRowid);
  }

  /** Moves an entry to `status` (with the block it was mined in, or the error). */
  setStatus(id: number, status: TxStatus, extra: { blockNumber?: bigint; error?: string } = {}): void {
    this.#db
      .prepare("UPDATE txs SET status = ?, block_number = COALESCE(?, block_number), error = COALESCE(?, error), updated_ms = ? WHERE id = ?")
      .run(status, extra.blockNumber === undefined ? null : Number(extra.blockNumber), extra.error ?? null, Date.now(), id);
  }

  /** One entry by id. */
  get(id: number): JournalEntry | undefined {
    const r = this.#db.prepare("SELECT * FROM txs WHERE id = ?").get(id) as Row | undefined;
    return r && _entry(r);
  }

  /** The newest entry for an intent. */
  latestForIntent(intent: string): JournalEntry | undefined {
    const r = this.#db.prepare("SELECT * FROM txs WHERE intent = ? ORDER BY id DESC LIMIT 1").get(intent) as Row | undefined;
    return r && _entry(r);
  }

  /** Entries of `sender` whose outcome is not known yet (signed or sent), by nonce. */
  open(sender: Address): JournalEntry[] {
    return (this.#db.prepare("SELECT * FROM txs WHERE sender = ? AND status IN ('signed', 'sent') ORDER BY nonce, id").all(sender) as Row[]).map(_entry);
  }

  /** Every entry of `sender`, oldest first. */
  all(sender: Address): JournalEntry[] {
    return (this.#db.prepare("SELECT * FROM txs WHERE sender = ? ORDER BY id").all(sender) as Row[]).map(_entry);
  }
}
