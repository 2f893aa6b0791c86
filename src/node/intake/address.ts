// EIP-55 checksums for the intake's hot path: viem's getAddress hashes with its pure-JS keccak (about 45 µs an
// address once its 8,192-entry cache is outgrown, as it is with thousands of signers per round); this one hashes
// with the native binding. Same answers (tested against getAddress), same wire errors as AddressSchema.
import type { Address } from "viem";
import { z } from "zod";

import { keccak256Bytes } from "./keccak";

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

/**
 * The EIP-55 checksum form of `address` (0x + 40 hex digits in any case, already checked by the caller), as
 * viem's `getAddress` gives it.
 */
export function checksumAddress(address: string): Address {
  const hex = address.slice(2).toLowerCase();
  const hash = keccak256Bytes(Buffer.from(hex, "latin1"));
  let out = "0x";
  for (let i = 0; i < 40; i++) {
    const c = hex.charCodeAt(i);
    // a letter is upper-cased when its nibble of the hash is ≥ 8
    const nibble = i % 2 === 0 ? hash[i >> 1]! >> 4 : hash[i >> 1]! & 0x0f;
    out += c >= 0x61 && nibble >= 8 ? String.fromCharCode(c - 0x20) : hex[i];
  }
  return out as Address;
}

/** The aggregator's `AddressSchema` (same check, same error text), normalised with {@link checksumAddress}. */
export const IntakeAddressSchema = z
  .string({ error: "an address (0x + 40 hex digits)" })
  .regex(ADDRESS_RE, { error: "an address (0x + 40 hex digits)" })
  .transform((a) => checksumAddress(a));
