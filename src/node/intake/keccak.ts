// keccak-256 for the intake's hot path: the native `keccak` binding (prebuilt for linux-x64, already installed
// with ethereum-cryptography) when it loads, else viem's pure-JS keccak. Both give the same bytes (tested).
// AERIE_KECCAK=viem forces viem's (the bench's before/after comparison).
// viem is required lazily: a recovery worker thread loads only this module and the native binding.

type NativeHash = { update(data: Buffer): NativeHash; digest(): Buffer };

function _native(): ((data: Uint8Array) => Uint8Array) | undefined {
  let create: (algorithm: "keccak256") => NativeHash;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    create = require("keccak/bindings") as (algorithm: "keccak256") => NativeHash;
    create("keccak256").update(Buffer.alloc(0)).digest();
  } catch {
    return undefined;
  }
  return (data) => create("keccak256").update(Buffer.from(data.buffer, data.byteOffset, data.byteLength)).digest();
}

const native = process.env.AERIE_KECCAK === "viem" ? undefined : _native();

/** Which keccak implementation {@link keccak256Bytes} uses. */
export const keccakImplementation: "native" | "viem" = native !== undefined ? "native" : "viem";

/** keccak-256 of `data`, 32 bytes (about 4× viem's speed with the native binding). */
export const keccak256Bytes: (data: Uint8Array) => Uint8Array =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  native ?? ((data) => (require("viem") as typeof import("viem")).keccak256(data, "bytes"));
