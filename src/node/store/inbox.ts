// The signed-message inbox DAO: one row per (kind, task, round, signer), written with group commit so every
// acknowledged message is on disk (synchronous = FULL) without one fsync per message.
import { getAddress, type Address, type Hex } from "viem";

import { canonicalJson } from "../../lib/canonical";
import type { Scores, Submission } from "../../lib/eip712";
import type { SignedScores, SignedSubmission } from "../../aggregator/messages";
import type { Store } from "./db";

// ------------------------------------------------------------------ types

/** Which message type a row holds. */
export type InboxKind = "submission" | "scores";

/** One stored message. `receivedAt`: unix seconds when the node first accepted this exact message. */
export type InboxEntry = {
  kind: InboxKind;
  taskId: bigint;
  round: bigint;
  /** The recovered signer (EIP-55). */
  signer: Address;
  /** EIP-712 digest of the message (lowercase hex); equal digests are the same message. */
  digest: Hex;
  signature: Hex;
  message: Submission | Scores;
  receivedAt: bigint;
  /** How many earlier messages of this signer this one replaced (0 for the first). */
  replaced: number;
};

/**
 * What a put did: `stored` (first message of this signer for the round), `replaced` (a different message
 * replaced the signer's earlier one) or `duplicate` (the same digest was already stored; nothing changed).
 */
export type PutOutcome = "stored" | "replaced" | "duplicate";

/** The result of {@link InboxStore.put}: the outcome and the row as now stored. */
export type PutResult = { outcome: PutOutcome; entry: InboxEntry };

type Row = {
  kind: InboxKind;
  task_id: string;
  round: string;
  signer: string;
  digest: string;
  signature: string;
  message: string;
  received_at: number | bigint;
  replaced: number;
};

// ------------------------------------------------------------------ store

/** Synchronous access to the `inbox` table (migration 1). */
export class InboxStore {
  readonly #select;
  readonly #selectDigest;
  readonly #insert;
  readonly #update;
  readonly #list;
  readonly #count;
  readonly #putMany;

  constructor(readonly db: Store) {
    this.#select = db.prepare<[string, string, string, string], Row>(
      "SELECT * FROM inbox WHERE kind = ? AND task_id = ? AND round = ? AND signer = ?",
    );
    this.#selectDigest = db.prepare<[string, string, string, string], { digest: string }>(
      "SELECT digest FROM inbox WHERE kind = ? AND task_id = ? AND round = ? AND signer = ?",
    );
    this.#insert = db.prepare(
      "INSERT INTO inbox (kind, task_id, round, signer, digest, signature, message, received_at, replaced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    );
    this.#update = db.prepare(
      "UPDATE inbox SET digest = ?, signature = ?, message = ?, received_at = ?, replaced = ? WHERE kind = ? AND task_id = ? AND round = ? AND signer = ?",
    );
    this.#list = db.prepare<[string, string, string], Row>("SELECT * FROM inbox WHERE kind = ? AND task_id = ? AND round = ? ORDER BY signer");
    this.#count = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM inbox");
    this.#putMany = db.transaction((entries: Omit<InboxEntry, "replaced">[]) => entries.map((e) => this.#putOne(e)));
  }

  /**
   * Stores `entry` as the signer's current message for its round, in one transaction: a new digest replaces
   * the signer's earlier message, the same digest changes nothing (idempotent, keeps the first `receivedAt`).
   */
  put(entry: Omit<InboxEntry, "replaced">): PutResult {
    return this.putMany([entry])[0]!;
  }

  /** {@link put} for several entries in ONE transaction (one fsync), applied in order. */
  putMany(entries: Omit<InboxEntry, "replaced">[]): PutResult[] {
    return this.#putMany(entries);
  }

  /** The signer's current message for the round, or `undefined`. `signer` in any case. */
  get(kind: InboxKind, taskId: bigint, round: bigint, signer: Address): InboxEntry | undefined {
    const row = this.#select.get(kind, taskId.toString(), round.toString(), getAddress(signer));
    return row === undefined ? undefined : _entry(row);
  }

  /** The digest of the signer's current message for the round (cheaper than {@link get}), or `undefined`. `signer` in EIP-55 form. */
  digestOf(kind: InboxKind, taskId: bigint, round: bigint, signer: Address): Hex | undefined {
    return this.#selectDigest.get(kind, taskId.toString(), round.toString(), signer)?.digest as Hex | undefined;
  }

  /** The round's current Submission messages, sorted by signer, in the aggregator's input shape. */
  submissions(taskId: bigint, round: bigint): SignedSubmission[] {
    return this.#list.all("submission", taskId.toString(), round.toString()).map((r) => {
      const e = _entry(r);
      return { message: e.message as Submission, signature: e.signature, receivedAt: e.receivedAt };
    });
  }

  /** The round's current Scores messages, sorted by signer, in the aggregator's input shape. */
  scores(taskId: bigint, round: bigint): SignedScores[] {
    return this.#list.all("scores", taskId.toString(), round.toString()).map((r) => {
      const e = _entry(r);
      return { message: e.message as Scores, signature: e.signature, receivedAt: e.receivedAt };
    });
  }

  /** Number of rows in the inbox. */
  count(): number {
    return this.#count.get()!.n;
  }

  #putOne(e: Omit<InboxEntry, "replaced">): PutResult {
    // the intake passes recovered signers, already in EIP-55 form
    const key = [e.kind, e.taskId.toString(), e.round.toString(), e.signer] as const;
    const existing = this.#select.get(...key);
    if (existing !== undefined && existing.digest === e.digest) return { outcome: "duplicate", entry: _entry(existing) };
    const message = canonicalJson(e.message);
    if (existing === undefined) {
      this.#insert.run(...key, e.digest, e.signature, message, e.receivedAt, 0);
      return { outcome: "stored", entry: { ...e, replaced: 0 } };
    }
    const replaced = existing.replaced + 1;
    this.#update.run(e.digest, e.signature, message, e.receivedAt, replaced, ...key);
    return { outcome: "replaced", entry: { ...e, replaced } };
  }
}

// ------------------------------------------------------------------ group commit

/**
 * Batches {@link InboxStore.put} calls made in the same event-loop turn into one transaction, so N concurrent
 * requests cost one fsync. A promise resolves only after its transaction committed; if the commit fails every
 * put of the batch rejects and nothing of the batch is kept.
 */
export class InboxWriter {
  #queue: { entry: Omit<InboxEntry, "replaced">; resolve: (r: PutResult) => void; reject: (e: unknown) => void }[] = [];
  #scheduled = false;

  /**
   * @param store the inbox.
   * @param maxBatch the most entries committed in one transaction.
   */
  constructor(
    readonly store: InboxStore,
    readonly maxBatch = 512,
  ) {}

  /** Queues `entry`; resolves with its {@link PutResult} once committed. */
  put(entry: Omit<InboxEntry, "replaced">): Promise<PutResult> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ entry, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  #flush(): void {
    this.#scheduled = false;
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.maxBatch);
      let results: PutResult[];
      try {
        results = this.store.putMany(batch.map((b) => b.entry));
      } catch (e) {
        for (const b of batch) b.reject(e);
        continue;
      }
      batch.forEach((b, i) => b.resolve(results[i]!));
    }
  }
}

// ------------------------------------------------------------------ internal helpers

function _entry(row: Row): InboxEntry {
  const raw = JSON.parse(row.message) as Record<string, unknown>;
  const message =
    row.kind === "submission"
      ? ({ ...raw, taskId: BigInt(raw.taskId as string), round: BigInt(raw.round as string) } as unknown as Submission)
      : ({
          ...raw,
          taskId: BigInt(raw.taskId as string),
          round: BigInt(raw.round as string),
          scores: (raw.scores as string[]).map((s) => BigInt(s)),
        } as unknown as Scores);
  return {
    kind: row.kind,
    taskId: BigInt(row.task_id),
    round: BigInt(row.round),
    signer: row.signer as Address,
    digest: row.digest as Hex,
    signature: row.signature as Hex,
    message,
    receivedAt: BigInt(row.received_at),
    replaced: row.replaced,
  };
}
