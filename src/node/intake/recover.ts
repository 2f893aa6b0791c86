// Signature recovery for the intake: viem's pure-JS secp256k1, or the native libsecp256k1 binding.
import { bytesToHex, hexToBytes, recoverAddress, type Address, type Hex } from "viem";

import { keccak256Bytes } from "./keccak";

// ------------------------------------------------------------------ types

/**
 * Recovers the signer of a 32-byte EIP-712 `digest` from a 65-byte `r‖s‖v` signature (v ∈ {27, 28}, already
 * checked well-formed by `signatureProblem`). The address may come back in any case (compare lowercase).
 *
 * @throws if no public key can be recovered.
 */
export type Recoverer = { name: "viem" | "native"; recover(digest: Hex, signature: Hex): Promise<Address> };

// ------------------------------------------------------------------ implementations

/** viem's `recoverAddress` (pure JS, @noble/curves): ~640 recoveries/s on one core of this machine. */
export const viemRecoverer: Recoverer = {
  name: "viem",
  recover: (digest, signature) => recoverAddress({ hash: digest, signature }),
};

/**
 * The native `secp256k1` package (libsecp256k1 via N-API): ~25× viem's rate.
 *
 * @returns the recoverer, or `undefined` if the native binding cannot be loaded on this platform (the package
 *   then falls back to a JS implementation slower than viem's, which we do not use).
 */
export function nativeRecoverer(): Recoverer | undefined {
  let lib: typeof import("secp256k1");
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    lib = require("secp256k1/bindings") as typeof import("secp256k1");
  } catch {
    return undefined;
  }
  return {
    name: "native",
    async recover(digest, signature) {
      const sig = hexToBytes(signature);
      const publicKey = lib.ecdsaRecover(sig.subarray(0, 64), sig[64]! - 27, hexToBytes(digest), false);
      // lowercase: the caller compares with the claimed (checksummed) address, no checksum keccak needed
      return `0x${bytesToHex(keccak256Bytes(publicKey.subarray(1))).slice(26)}` as Address;
    },
  };
}

/** The native recoverer when available, else viem's. */
export function defaultRecoverer(): Recoverer {
  return nativeRecoverer() ?? viemRecoverer;
}
