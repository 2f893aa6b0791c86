// One sending queue per key: nonces in order, gas = estimate × 1.25, journal before broadcast, crash-safe.
import { BaseError, keccak256, type Address, type Hex, type PrivateKeyAccount, type PublicClient } from "viem";
import { AerieError } from "../../lib/errors";
import { ContractRevertError, decodeRevert } from "../../sdk/errors";
import { sleep } from "../rpc";
import type { Store } from "../store/db";
import { TxJournal, type JournalEntry } from "./journal";

/** A transaction to send: a contract call (`to`, calldata) and what it is for. */
export type TxRequest = {
  to: Address;
  data: Hex;
  /** Wei (default 0). */
  value?: bigint;
  /**
   * Idempotency key (`propose:<taskId>:<round>`): while a tx with this intent is pending or mined, `send`
   * returns it instead of sending another.
   */
  intent?: string;
};

/** The outcome of a mined transaction. */
export type TxOutcome = {
  id: number;
  hash: Hex;
  nonce: number;
  blockNumber: bigint;
  status: "mined" | "reverted";
  /** True when an earlier journaled tx with the same intent was returned instead of sending. */
  reused: boolean;
};

/** Turns a failed call into an error a person can act on (the SDK's `decodeRevert`). */
export type DecodeError = (error: unknown) => Error;

/** Options of {@link TxQueue}. */
export type TxQueueParameters = {
  client: PublicClient;
  account: PrivateKeyAccount;
  store: Store;
  /** Gas limit = estimate × gasBufferBps / 10,000 (default 12,500: × 1.25). */
  gasBufferBps?: bigint;
  /** Attempts for a send that fails for a transient reason (default 5). */
  attempts?: number;
  /** First backoff pause, milliseconds (default 200, doubling). */
  backoffMs?: number;
  /** Decoder for reverts (default {@link decodeTxError}: the SDK's decodeRevert, else the node's own text). */
  decodeError?: DecodeError;
  /** Test hooks: called after the journal write, and after the broadcast, of each tx. */
  hooks?: { afterJournal?: (e: JournalEntry) => void | Promise<void>; afterBroadcast?: (e: JournalEntry) => void | Promise<void> };
};

/** A send the chain refused or reverted; `message` is the node's or the contract's own reason. */
export class TxFailedError extends AerieError {
  /** The journal id, when the tx got that far. */
  readonly journalId: number | undefined;
  constructor(shortMessage: string, parameters: { cause?: unknown; journalId?: number } = {}) {
    super(shortMessage, { cause: parameters.cause });
    this.name = "TxFailedError";
    this.journalId = parameters.journalId;
  }
}

/** What {@link TxQueue.reconcile} found for each open journal entry. */
export type ReconcileReport = { mined: number; pending: number; rebroadcast: number; dropped: number };

/**
 * Serializes every transaction of one key. Sign and broadcast happen one at a time in nonce order (the
 * receipts are awaited outside the lock, so 20 concurrent `send`s get 20 consecutive nonces); the nonce
 * is re-read from the `pending` block after any error. Each tx is signed locally and journaled with its
 * hash before the broadcast, so after a crash {@link reconcile} either finds it (mined or pending) or
 * re-broadcasts the identical bytes — never a second transaction.
 */
export class TxQueue {
  readonly #p: Required<Omit<TxQueueParameters, "hooks">> & Pick<TxQueueParameters, "hooks">;
  readonly #journal: TxJournal;
  #lock: Promise<unknown> = Promise.resolve();
  #nonce: number | undefined;

  constructor(parameters: TxQueueParameters) {
    this.#p = { gasBufferBps: 12_500n, attempts: 5, backoffMs: 200, decodeError: decodeTxError, ...parameters };
    this.#journal = new TxJournal(parameters.store);
  }

  /** The sending address. */
  get address(): Address {
    return this.#p.account.address;
  }

  /** The journal (read access for status pages and tests). */
  get journal(): TxJournal {
    return this.#journal;
  }

  /**
   * Sends a transaction and waits for its receipt.
   * @throws TxFailedError with the decoded revert (estimate or mined revert) or the node's own error text.
   */
  async send(request: TxRequest): Promise<TxOutcome> {
    if (request.intent) {
      const prior = this.#journal.latestForIntent(request.intent);
      if (prior && prior.status === "signed") await this.#exclusive(() => this.#settle(prior));
      const now = prior && this.#journal.get(prior.id)!;
      if (now && (now.status === "mined" || now.status === "sent")) return { ...(await this.#await(now)), reused: true };
    }
    const entry = await this.#exclusive(() => this.#signAndBroadcast(request));
    return this.#await(entry);
  }

  /**
   * At start-up: settles every open journal entry against the chain. Mined → recorded; pending → awaited;
   * unknown with its nonce still free → the same signed bytes re-broadcast; unknown with the nonce used
   * by another tx → `dropped` (the caller re-checks chain state before sending again).
   */
  async reconcile(): Promise<ReconcileReport> {
    return this.#exclusive(async () => {
      const report: ReconcileReport = { mined: 0, pending: 0, rebroadcast: 0, dropped: 0 };
      for (const e of this.#journal.open(this.address)) report[await this.#settle(e)]++;
      this.#nonce = undefined;
      return report;
    });
  }

  // ---------------------------------------------------------------- internals

  /** Finds out what became of an open entry, re-broadcasting its bytes when its nonce is still free. */
  async #settle(e: JournalEntry): Promise<keyof ReconcileReport> {
    const { client } = this.#p;
    const receipt = await client.getTransactionReceipt({ hash: e.hash }).catch(() => null);
    if (receipt) {
      this.#journal.setStatus(e.id, receipt.status === "success" ? "mined" : "reverted", { blockNumber: receipt.blockNumber });
      return "mined";
    }
    const pendingTx = await client.getTransaction({ hash: e.hash }).catch(() => null);
    if (pendingTx) {
      this.#journal.setStatus(e.id, "sent");
      return "pending";
    }
    const used = await client.getTransactionCount({ address: this.address, blockTag: "latest" });
    if (used > e.nonce) {
      this.#journal.setStatus(e.id, "dropped", { error: `nonce ${e.nonce} was used by another transaction` });
      return "dropped";
    }
    await this.#broadcast(e);
    this.#journal.setStatus(e.id, "sent");
    return "rebroadcast";
  }

  // ---------------------------------------------------------------- internals

  async #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#lock.then(fn, fn);
    this.#lock = run.catch(() => undefined);
    return run;
  }

  async #signAndBroadcast(request: TxRequest): Promise<JournalEntry> {
    const { client, account, gasBufferBps, attempts, backoffMs } = this.#p;
    const value = request.value ?? 0n;
    for (let attempt = 1; ; attempt++) {
      let entry: JournalEntry | undefined;
      try {
        const nonce = this.#nonce ?? (await client.getTransactionCount({ address: account.address, blockTag: "pending" }));
        let estimate: bigint;
        try {
          estimate = await client.estimateGas({ account, to: request.to, data: request.data, value, blockTag: "pending" });
        } catch (e) {
          if (_isRevert(e)) throw new TxFailedError(this.#p.decodeError(e).message, { cause: e });
          throw e;
        }
        const gas = (estimate * gasBufferBps) / 10_000n;
        const fees = await client.estimateFeesPerGas();
        const chainId = client.chain?.id ?? (await client.getChainId());
        const raw = await account.signTransaction({
          type: "eip1559",
          chainId,
          nonce,
          gas,
          maxFeePerGas: fees.maxFeePerGas,
          maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
          to: request.to,
          data: request.data,
          value,
        });
        const hash = keccak256(raw);
        const id = this.#journal.recordSigned({ intent: request.intent ?? null, sender: account.address, nonce, to: request.to, data: request.data, value, gas, raw, hash });
        entry = this.#journal.get(id)!;
        this.#nonce = nonce + 1;
        await this.#p.hooks?.afterJournal?.(entry);
        await this.#broadcast(entry);
        this.#journal.setStatus(id, "sent");
        await this.#p.hooks?.afterBroadcast?.(entry);
        return this.#journal.get(id)!;
      } catch (e) {
        this.#nonce = undefined; // re-sync from `pending` after any error
        if (e instanceof TxFailedError) {
          if (entry) this.#journal.setStatus(entry.id, "failed", { error: e.message });
          if (!_isNonceError(e.cause) || attempt >= attempts) throw e;
        } else if (entry || attempt >= attempts) {
          // A journaled tx whose broadcast failed in transit may still be pending: never re-sign it with
          // another nonce. It stays `signed`; reconcile (or a send with the same intent) settles it.
          throw new TxFailedError(nodeError(e).message, { cause: e, journalId: entry?.id });
        }
        await sleep(backoffMs * 2 ** (attempt - 1));
      }
    }
  }

  /**
   * Broadcasts a journaled tx. A transport failure is retried with the same bytes; an answer from the
   * node that refuses it (nonce too low, underpriced, insufficient funds) becomes a TxFailedError — unless
   * the tx turns out to be known after all, which counts as sent.
   */
  async #broadcast(entry: JournalEntry): Promise<void> {
    const { client, attempts, backoffMs } = this.#p;
    for (let attempt = 1; ; attempt++) {
      try {
        await client.sendRawTransaction({ serializedTransaction: entry.raw });
        return;
      } catch (e) {
        const known = await client.getTransaction({ hash: entry.hash }).catch(() => null);
        if (known || /already known|known transaction/i.test(_nodeText(e))) return;
        if (_isRpcAnswer(e)) throw new TxFailedError(nodeError(e).message, { cause: e, journalId: entry.id });
        if (attempt >= attempts) throw e; // unknown fate: stays `signed`; reconcile settles it
        await sleep(backoffMs * 2 ** (attempt - 1));
      }
    }
  }

  async #await(entry: JournalEntry): Promise<TxOutcome> {
    const { client } = this.#p;
    if (entry.status === "mined" && entry.blockNumber !== null) {
      return { id: entry.id, hash: entry.hash, nonce: entry.nonce, blockNumber: entry.blockNumber, status: "mined", reused: false };
    }
    const receipt = await client.waitForTransactionReceipt({ hash: entry.hash, pollingInterval: 100, retryCount: 1_000, timeout: 600_000 });
    if (receipt.status === "success") {
      this.#journal.setStatus(entry.id, "mined", { blockNumber: receipt.blockNumber });
      return { id: entry.id, hash: entry.hash, nonce: entry.nonce, blockNumber: receipt.blockNumber, status: "mined", reused: false };
    }
    // Replay the call at the block to recover the revert reason.
    let reason = `transaction ${entry.hash} reverted`;
    try {
      await client.call({ account: entry.sender, to: entry.to, data: entry.data, value: entry.value, blockNumber: receipt.blockNumber });
    } catch (e) {
      reason = this.#p.decodeError(e).message;
    }
    this.#journal.setStatus(entry.id, "reverted", { blockNumber: receipt.blockNumber, error: reason });
    throw new TxFailedError(reason, { journalId: entry.id });
  }
}

// ------------------------------------------------------------------ error text

/**
 * A revert decoded by the SDK's `decodeRevert` (custom error name, arguments and what to do); any other
 * failure as the node's own error text ({@link nodeError}).
 */
export function decodeTxError(e: unknown): Error {
  const decoded = decodeRevert(e, "transaction");
  if (decoded instanceof ContractRevertError && decoded.errorName !== undefined) return decoded;
  return nodeError(e);
}

/**
 * The node's own error text for a failed RPC call (viem's `details`: e.g. hardhat's
 * "Nonce too high. Expected nonce to be 3 but got 5"), not viem's generic fallback sentence.
 */
export function nodeError(e: unknown): Error {
  if (e instanceof AerieError) return e;
  return new Error(_nodeText(e), { cause: e });
}

function _nodeText(e: unknown): string {
  if (e instanceof BaseError) {
    const details = e.details?.trim();
    const text = details && details.length > 0 ? details : e.shortMessage;
    return text.split("\n")[0]!;
  }
  return e instanceof Error ? e.message : String(e);
}

/** The RPC answered (a JSON-RPC error object), as opposed to a timeout or a dropped connection. */
function _isRpcAnswer(e: unknown): boolean {
  if (!(e instanceof BaseError)) return false;
  const transport = e.walk((x) => {
    const n = (x as { name?: string }).name;
    return n === "TimeoutError" || n === "HttpRequestError";
  });
  return transport === null;
}

function _isRevert(e: unknown): boolean {
  if (!(e instanceof BaseError)) return false;
  return /revert/i.test(`${e.shortMessage} ${e.details ?? ""}`) || e.walk((x) => (x as { name?: string }).name === "ExecutionRevertedError") !== null;
}

function _isNonceError(e: unknown): boolean {
  return /nonce/i.test(_nodeText(e));
}
