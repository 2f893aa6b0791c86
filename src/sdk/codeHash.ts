// Runtime code hashes: the exact hash of the code at an address, and a hash that ignores immutables so it can be
// compared with the compiled artifact (immutables are zero there and deployment-specific on chain).
import { hexToBytes, keccak256, type Hex } from "viem";
import { deployBytecode } from "./abis";

/** A contract of an Aerie deployment, by artifact name. */
export type AerieContractName = keyof typeof deployBytecode;

/** keccak256 of runtime code (what `extcodehash` returns for a deployed contract). */
export function codeHash(code: Hex): Hex {
  return keccak256(code);
}

/**
 * keccak256 of runtime code with the byte ranges of `name`'s immutables zeroed: equal to the artifact's
 * {@link artifactCodeHash} exactly when the code was compiled from this version's sources.
 */
export function maskedCodeHash(name: AerieContractName, code: Hex): Hex {
  const bytes = hexToBytes(code);
  for (const { start, length } of deployBytecode[name].immutableRanges) {
    if (start + length <= bytes.length) bytes.fill(0, start, start + length);
  }
  return keccak256(bytes);
}

/** keccak256 of `name`'s runtime bytecode in this package's artifacts (immutables zero). */
export function artifactCodeHash(name: AerieContractName): Hex {
  return keccak256(deployBytecode[name].deployedBytecode);
}
