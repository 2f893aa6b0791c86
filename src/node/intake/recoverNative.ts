// The native half of signature recovery, light enough for a worker thread: libsecp256k1 and native keccak.
import { keccak256Bytes } from "./keccak";

/** The `secp256k1` package's API. */
export type Secp256k1 = typeof import("secp256k1");

/** Bytes per packed recovery input: digest (32) ‖ r‖s (64) ‖ recovery id (1). */
export const RECOVER_INPUT_BYTES = 97;
/** Bytes per packed recovery output: ok flag (1) ‖ address (20). */
export const RECOVER_OUTPUT_BYTES = 21;

let _lib: Secp256k1 | null | undefined;

/** The native `secp256k1` binding (loaded once), or `undefined` if it does not load on this platform. */
export function nativeSecp256k1(): Secp256k1 | undefined {
  if (_lib === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      _lib = require("secp256k1/bindings") as Secp256k1;
    } catch {
      _lib = null;
    }
  }
  return _lib ?? undefined;
}

/** The 20-byte address of the key that signed `digest` with `rs` and recovery id `recid`; throws if none. */
export function recoverOne(lib: Secp256k1, digest: Uint8Array, rs: Uint8Array, recid: number): Uint8Array {
  const publicKey = lib.ecdsaRecover(rs, recid, digest, false);
  return keccak256Bytes(publicKey.subarray(1)).subarray(12);
}

/**
 * Recovers a packed batch (`n × {@link RECOVER_INPUT_BYTES}`) with the native binding: `n × {@link RECOVER_OUTPUT_BYTES}`,
 * each `1 ‖ address` or `0 ‖ zeros` when nothing can be recovered. What a pool worker runs.
 *
 * @throws if the native binding does not load.
 */
export function recoverBatch(input: Uint8Array): Uint8Array {
  const lib = nativeSecp256k1();
  if (lib === undefined) throw new Error("the secp256k1 native binding does not load");
  const n = input.length / RECOVER_INPUT_BYTES;
  const out = new Uint8Array(n * RECOVER_OUTPUT_BYTES);
  for (let i = 0; i < n; i++) {
    const at = i * RECOVER_INPUT_BYTES;
    try {
      out.set(recoverOne(lib, input.subarray(at, at + 32), input.subarray(at + 32, at + 96), input[at + 96]!), i * RECOVER_OUTPUT_BYTES + 1);
      out[i * RECOVER_OUTPUT_BYTES] = 1;
    } catch {
      // no public key for this signature: flag stays 0
    }
  }
  return out;
}

