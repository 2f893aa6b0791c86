// keccak-256 for the intake's hot path: the native `keccak` binding (prebuilt for linux-x64, already installed
// with ethereum-cryptography) when it loads, else viem's pure-JS keccak. Both give the same bytes (tested).
// AERIE_KECCAK=viem forces viem's (the bench's before/after comparison).
// The package's own API wraps every hash in a readable-stream Transform (an EventEmitter and stream state per
// call, about 3× the hash itself); here its native KeccakState is used directly, one per thread, re-initialised
// for each hash (the hot path is synchronous, so no two hashes interleave on it).
// viem is required lazily: a recovery worker thread loads only this module and the native binding.
import { dirname } from "node:path";

/** keccak's native sponge (keccak/src/addon.cc): rate and capacity in bits. */
type KeccakState = { initialize(rate: number, capacity: number): void; absorb(data: Buffer): void; squeeze(bytes: number): Buffer };

/** keccak-256's sponge: rate 1088 bits, capacity 512 bits (what `keccak("keccak256")` sets). */
const RATE = 1088;
const CAPACITY = 512;

function _native(): ((data: Uint8Array) => Uint8Array) | undefined {
  let state: KeccakState;
  try {
    const dir = dirname(require.resolve("keccak/bindings"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const load = require(require.resolve("node-gyp-build", { paths: [dir] })) as (dir: string) => unknown;
    const State = load(dir);
    if (typeof State !== "function") return undefined;
    state = new (State as new () => KeccakState)();
    state.initialize(RATE, CAPACITY);
    state.absorb(Buffer.alloc(0));
    // the empty string's keccak-256: refuse a binding that answers anything else
    if (state.squeeze(32).toString("hex") !== "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470") return undefined;
  } catch {
    return undefined;
  }
  return (data) => {
    state.initialize(RATE, CAPACITY);
    state.absorb(Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    return state.squeeze(32);
  };
}

const native = process.env.AERIE_KECCAK === "viem" ? undefined : _native();

/** Which keccak implementation {@link keccak256Bytes} uses. */
export const keccakImplementation: "native" | "viem" = native !== undefined ? "native" : "viem";

/** keccak-256 of `data`, 32 bytes (about 7× viem's speed with the native binding). */
export const keccak256Bytes: (data: Uint8Array) => Uint8Array =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  native ?? ((data) => (require("viem") as typeof import("viem")).keccak256(data, "bytes"));
