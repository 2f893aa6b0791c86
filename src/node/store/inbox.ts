// The signed-message inbox DAO: one row per (kind, task, round, signer), written with group commit so every
// acknowledged message is on disk (synchronous = FULL) without one fsync per message.
import type { Worker } from "node:worker_threads";
import { getAddress, type Address, type Hex } from "viem";

import { canonicalJson } from "../../lib/canonical";
import type { Scores, Submission } from "../../lib/eip712";
import type { SignedScores, SignedSubmission } from "../../aggregator/messages";
import { startWorker, workerModule } from "../threads/spawn";
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

type _Pending = { entry: Omit<InboxEntry, "replaced">; resolve: (r: PutResult) => void; reject: (e: unknown) => void };

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

  /**
   * {@link put} for several entries in ONE transaction (one fsync), applied in order. The transaction begins
   * IMMEDIATE: it takes the write lock first (waiting up to the connection's busy_timeout), because a deferred
   * one reads first and then cannot upgrade to a write while another connection to the file (the node's main
   * connection, when this runs in the writer thread) is writing: SQLite then answers SQLITE_BUSY at once.
   */
  putMany(entries: Omit<InboxEntry, "replaced">[]): PutResult[] {
    return this.#putMany.immediate(entries);
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
 * Where the intake puts messages: a put resolves only once its transaction committed (synchronous = FULL),
 * so a message is acknowledged only after it is on disk. `store` serves the reads (status, duplicates).
 */
export type InboxSink = {
  readonly store: InboxStore;
  /** Queues `entry`; resolves with its {@link PutResult} once committed, rejects if its batch did not commit. */
  put(entry: Omit<InboxEntry, "replaced">): Promise<PutResult>;
  /** Commits what is queued, then releases the sink's resources (the store stays open). */
  close(): Promise<void>;
  /** Resolves once the sink can commit (a writer thread has opened its connection). */
  readonly ready?: Promise<void>;
};

/**
 * Batches {@link InboxStore.put} calls made in the same event-loop turn into one transaction, so N concurrent
 * requests cost one fsync. A promise resolves only after its transaction committed; if the commit fails every
 * put of the batch rejects and nothing of the batch is kept. The commit runs in the calling thread (it blocks
 * the event loop for the fsync): see {@link ThreadedInboxWriter} for a file-backed store.
 */
export class InboxWriter implements InboxSink {
  #queue: _Pending[] = [];
  #scheduled = false;

  /**
   * @param store the inbox.
   * @param maxBatch the most entries committed in one transaction.
   */
  constructor(
    readonly store: InboxStore,
    readonly maxBatch = 512,
  ) {}

  put(entry: Omit<InboxEntry, "replaced">): Promise<PutResult> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ entry, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  async close(): Promise<void> {
    this.#flush();
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

/** Options of {@link ThreadedInboxWriter.start}. */
export type ThreadedInboxWriterParameters = {
  /** The inbox on the main connection (reads; and the fallback writer if the thread dies). */
  store: InboxStore;
  /** The database file the writer thread opens its own connection to. */
  path: string;
  /** The most entries committed in one transaction (default 1,024). */
  maxBatch?: number;
};

/**
 * Group commit in a writer thread (src/node/store/inboxWorker.ts, its own connection, WAL, synchronous = FULL):
 * one transaction is in flight at a time, and every put that arrives while it commits joins the next one, so
 * the batch grows with the load and the event loop never waits for an fsync. A put resolves after its batch
 * committed; if the batch fails (or the thread dies with it in flight) each of its puts rejects. After the
 * thread dies, puts commit in the calling thread ({@link InboxWriter}).
 */
export class ThreadedInboxWriter implements InboxSink {
  readonly store: InboxStore;
  readonly maxBatch: number;
  readonly #worker: Worker;
  readonly #fallback: InboxWriter;
  #queue: _Pending[] = [];
  #inFlight: _Pending[] | undefined;
  #scheduled = false;
  #dead = false;
  #drained: (() => void)[] = [];
  /** Resolves once the thread opened its connection (or died trying: puts then commit in-thread). */
  readonly ready: Promise<void>;

  private constructor(file: string, p: ThreadedInboxWriterParameters) {
    this.store = p.store;
    this.maxBatch = p.maxBatch ?? 1_024;
    this.#fallback = new InboxWriter(p.store, this.maxBatch);
    this.#worker = startWorker(file, { path: p.path });
    this.#worker.unref();
    this.ready = new Promise((resolve) => {
      this.#worker.once("message", () => resolve());
      this.#worker.once("exit", () => resolve());
    });
    this.#worker.on("message", (m: { results?: _ThreadResult[]; error?: string; code?: string; ready?: true }) => {
      if (m.ready === true) return;
      const batch = this.#inFlight ?? [];
      this.#inFlight = undefined;
      // idle between batches: the thread must not keep the process alive on its own
      this.#worker.unref();
      if (m.results !== undefined) batch.forEach((b, i) => b.resolve(_fromThread(b.entry, m.results![i]!)));
      else for (const b of batch) b.reject(new InboxWriteError(m.error ?? "the inbox writer thread failed", m.code));
      this.#next();
    });
    const lost = (e?: unknown) => {
      if (this.#dead) return;
      this.#dead = true;
      const error = e instanceof Error ? e : new Error("the inbox writer thread exited");
      for (const b of this.#inFlight ?? []) b.reject(error);
      this.#inFlight = undefined;
      // what never reached the thread commits here
      for (const b of this.#queue.splice(0)) this.#fallback.put(b.entry).then(b.resolve, b.reject);
      this.#next();
    };
    this.#worker.once("error", lost);
    this.#worker.once("exit", () => lost());
  }

  /**
   * Starts the writer thread.
   *
   * @returns the writer, or `undefined` for an in-memory database or without the worker module (a single-file
   *   bundle): use {@link InboxWriter} then.
   */
  static start(p: ThreadedInboxWriterParameters): ThreadedInboxWriter | undefined {
    const file = workerModule(__dirname, "inboxWorker", __filename);
    if (file === undefined || p.path === "" || p.path === ":memory:") return undefined;
    return new ThreadedInboxWriter(file, p);
  }

  put(entry: Omit<InboxEntry, "replaced">): Promise<PutResult> {
    if (this.#dead) return this.#fallback.put(entry);
    return new Promise((resolve, reject) => {
      this.#queue.push({ entry, resolve, reject });
      if (this.#inFlight === undefined && !this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => {
          this.#scheduled = false;
          this.#send();
        });
      }
    });
  }

  /** Waits until every queued put committed (or failed), then stops the thread. */
  async close(): Promise<void> {
    if (!this.#dead && (this.#inFlight !== undefined || this.#queue.length > 0)) await new Promise<void>((r) => this.#drained.push(r));
    this.#dead = true;
    await this.#worker.terminate();
  }

  #next(): void {
    if (this.#queue.length > 0 && !this.#dead) this.#send();
    else if (this.#inFlight === undefined) for (const r of this.#drained.splice(0)) r();
  }

  #send(): void {
    if (this.#inFlight !== undefined || this.#queue.length === 0) return;
    const batch = this.#queue.splice(0, this.maxBatch);
    this.#inFlight = batch;
    this.#worker.ref();
    this.#worker.postMessage(batch.map((b) => b.entry));
  }
}

/** A batch the writer thread could not commit: SQLite's message and code (e.g. `SQLITE_FULL`), for the node's log. */
export class InboxWriteError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(code !== undefined ? `${message} (${code})` : message);
    this.name = "InboxWriteError";
  }
}

// ------------------------------------------------------------------ internal helpers

/** What the writer thread answers for one put: a duplicate's stored row, else the outcome and replaced count. */
type _ThreadResult = PutResult | { outcome: "stored" | "replaced"; replaced: number };

function _fromThread(sent: Omit<InboxEntry, "replaced">, r: _ThreadResult): PutResult {
  return "entry" in r ? r : { outcome: r.outcome, entry: { ...sent, replaced: r.replaced } };
}

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
