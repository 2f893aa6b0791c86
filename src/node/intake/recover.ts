// Signature recovery for the intake: viem's pure-JS secp256k1, the native libsecp256k1 binding in-thread, or
// the native binding in a pool of worker threads (src/node/intake/recoverWorker.ts) so every core recovers.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { recoverAddress, type Address, type Hex } from "viem";

import { startWorker, workerModule } from "../threads/spawn";
import { nativeSecp256k1, recoverBatch, recoverOne, RECOVER_INPUT_BYTES, RECOVER_OUTPUT_BYTES } from "./recoverNative";

export { recoverBatch, RECOVER_INPUT_BYTES, RECOVER_OUTPUT_BYTES } from "./recoverNative";

// ------------------------------------------------------------------ types

/**
 * Recovers the signer of a 32-byte EIP-712 `digest` from a 65-byte `r‖s‖v` signature (v ∈ {27, 28}, already
 * checked well-formed by `signatureProblem`). The address may come back in any case (compare lowercase).
 *
 * @throws if no public key can be recovered.
 */
export type Recoverer = { name: "viem" | "native" | "native-pool"; recover(digest: Hex, signature: Hex): Promise<Address>; close?(): Promise<void>; readonly ready?: Promise<void> };


// ------------------------------------------------------------------ implementations

/** viem's `recoverAddress` (pure JS, @noble/curves): ~640 recoveries/s on one core of this machine. */
export const viemRecoverer: Recoverer = {
  name: "viem",
  recover: (digest, signature) => recoverAddress({ hash: digest, signature }),
};

/**
 * The native `secp256k1` package (libsecp256k1 via N-API) in the calling thread: ~25× viem's rate.
 *
 * @returns the recoverer, or `undefined` if the native binding cannot be loaded on this platform (the package
 *   then falls back to a JS implementation slower than viem's, which we do not use).
 */
export function nativeRecoverer(): Recoverer | undefined {
  const lib = nativeSecp256k1();
  if (lib === undefined) return undefined;
  return {
    name: "native",
    async recover(digest, signature) {
      const sig = Buffer.from(signature.slice(2), "hex");
      // lowercase: the caller compares with the claimed (checksummed) address, no checksum keccak needed
      return `0x${Buffer.from(recoverOne(lib, Buffer.from(digest.slice(2), "hex"), sig.subarray(0, 64), sig[64]! - 27)).toString("hex")}` as Address;
    },
  };
}

/** Options of {@link RecoverPool}. */
export type RecoverPoolParameters = {
  /** Worker threads (default: the machine's available parallelism, at least 1). */
  threads?: number;
};

/**
 * The native binding in `threads` worker threads. Recoveries travel as packed batches (97 bytes each in, 21 out),
 * split evenly over the workers that have no batch in flight; what is asked while every worker is busy waits and
 * goes as one batch to the first that answers (under load the batches grow, so the thread hand-offs, a message
 * and a wake-up each way, are paid per batch rather than per event-loop turn). If a worker dies, its batches are
 * recovered in the calling thread and the pool goes on with the others (in-thread once none is left), so a
 * worker failure never turns a valid signature into a refused one.
 */
export class RecoverPool implements Recoverer {
  readonly name = "native-pool" as const;
  readonly #workers: { worker: Worker; batches: Map<number, _Batch> }[] = [];
  #queue: _Item[] = [];
  #scheduled = false;
  #nextId = 0;
  #closed = false;
  /** Resolves once every worker loaded its module (or died trying: its work is then done in-thread). */
  readonly ready: Promise<void>;

  private constructor(file: string, threads: number) {
    const booted: Promise<void>[] = [];
    for (let i = 0; i < threads; i++) {
      const worker = startWorker(file, undefined);
      const slot = { worker, batches: new Map<number, _Batch>() };
      worker.unref();
      booted.push(new Promise((resolve) => {
        worker.once("message", () => resolve());
        worker.once("exit", () => resolve());
      }));
      worker.on("message", (m: { id: number; output: Uint8Array } | { ready: true }) => {
        if ("ready" in m) return;
        const batch = slot.batches.get(m.id);
        if (batch === undefined) return;
        slot.batches.delete(m.id);
        if (slot.batches.size === 0) worker.unref();
        _settle(batch.items, m.output);
        // what was asked while this worker was busy goes to it now
        if (this.#queue.length > 0) this.#flush();
      });
      const lost = () => {
        const at = this.#workers.indexOf(slot);
        if (at >= 0) this.#workers.splice(at, 1);
        for (const batch of slot.batches.values()) _settle(batch.items, recoverBatch(batch.input));
        slot.batches.clear();
        if (this.#queue.length > 0) this.#flush();
      };
      worker.once("error", lost);
      worker.once("exit", lost);
      this.#workers.push(slot);
    }
    this.ready = Promise.all(booted).then(() => undefined);
  }

  /**
   * Starts the pool.
   *
   * @returns the pool, or `undefined` when the native binding or the worker module is not available (use
   *   {@link nativeRecoverer} or {@link viemRecoverer} then).
   */
  static start(parameters: RecoverPoolParameters = {}): RecoverPool | undefined {
    const lib = nativeSecp256k1();
    const file = workerModule(__dirname, "recoverWorker", __filename);
    if (lib === undefined || file === undefined) return undefined;
    return new RecoverPool(file, Math.max(1, parameters.threads ?? defaultRecoverThreads()));
  }

  /** Number of live worker threads. */
  get threads(): number {
    return this.#workers.length;
  }

  recover(digest: Hex, signature: Hex): Promise<Address> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ digest, signature, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#flush());
      }
    });
  }

  /** Stops the workers (recoveries still queued are done in-thread first). */
  async close(): Promise<void> {
    this.#closed = true;
    this.#flush();
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
  }

  #flush(): void {
    this.#scheduled = false;
    if (this.#queue.length === 0) return;
    const inThread = this.#closed || this.#workers.length === 0;
    const idle = this.#workers.filter((w) => w.batches.size === 0);
    // every worker busy: the queue goes out when one answers
    if (!inThread && idle.length === 0) return;
    const items = this.#queue;
    this.#queue = [];
    // digest ‖ r‖s ‖ recovery id, written with Buffer's native hex decoder (both checked well-formed by the intake)
    const input = Buffer.alloc(items.length * RECOVER_INPUT_BYTES);
    items.forEach((item, i) => {
      const at = i * RECOVER_INPUT_BYTES;
      input.write(item.digest.slice(2), at, 32, "hex");
      input.write(item.signature.slice(2, 130), at + 32, 64, "hex");
      input[at + 96] = Number.parseInt(item.signature.slice(130, 132), 16) - 27;
    });
    if (inThread) {
      _settle(items, recoverBatch(input));
      return;
    }
    const per = Math.ceil(items.length / idle.length);
    for (let w = 0, start = 0; start < items.length; w++, start += per) {
      const slot = idle[w]!;
      const batch = { items: items.slice(start, start + per), input: new Uint8Array(input.subarray(start * RECOVER_INPUT_BYTES, (start + per) * RECOVER_INPUT_BYTES)) };
      const id = this.#nextId++;
      slot.batches.set(id, batch);
      slot.worker.ref();
      slot.worker.postMessage({ id, input: batch.input });
    }
  }
}

/**
 * The recovery threads a node starts when not told: one per core. Measured on 2 cores (docs/NODE.md, Performance):
 * with one thread fewer the recovery thread's batch round trips were the intake's serial stage (1,885 → 2,103/s).
 */
export function defaultRecoverThreads(): number {
  return availableParallelism();
}

/** The native recoverer (a worker pool when `threads` > 0 and the worker module is there, else in-thread), else viem's. */
export function defaultRecoverer(threads = 0): Recoverer {
  return (threads > 0 ? RecoverPool.start({ threads }) : undefined) ?? nativeRecoverer() ?? viemRecoverer;
}

// ------------------------------------------------------------------ internal helpers

type _Item = { digest: Hex; signature: Hex; resolve: (a: Address) => void; reject: (e: unknown) => void };
type _Batch = { items: _Item[]; input: Uint8Array };

function _settle(items: _Item[], output: Uint8Array): void {
  const bytes = Buffer.from(output.buffer, output.byteOffset, output.byteLength);
  items.forEach((item, i) => {
    const at = i * RECOVER_OUTPUT_BYTES;
    if (output[at] === 1) item.resolve(`0x${bytes.toString("hex", at + 1, at + RECOVER_OUTPUT_BYTES)}` as Address);
    else item.reject(new Error("invalid signature: no public key can be recovered"));
  });
}
