// EIP-55 checksums for the intake's hot path: viem's getAddress hashes with its pure-JS keccak (about 45 µs an
// address once its 8,192-entry cache is outgrown, as it is with thousands of signers per round); this one hashes
// with the native binding and remembers the last CHECKSUM_CACHE_SIZE answers (a Scores message names the same
// trainers as every other validator's: 10 of its 11 addresses were already seen). Same answers (tested against
// getAddress), same wire errors as AddressSchema.
import type { Address } from "viem";
import { z } from "zod";

import { keccak256Bytes } from "./keccak";

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

/** Addresses whose checksum form is remembered (as given, any case): about 200 bytes each. */
export const CHECKSUM_CACHE_SIZE = 32_768;

const _cache = new Map<string, Address>();
const _ascii = Buffer.allocUnsafe(40);

/**
 * The EIP-55 checksum form of `address` (0x + 40 hex digits in any case, already checked by the caller), as
 * viem's `getAddress` gives it.
 */
export function checksumAddress(address: string): Address {
  const known = _cache.get(address);
  if (known !== undefined) return known;
  _ascii.write(address.slice(2).toLowerCase(), 0, "latin1");
  const hash = keccak256Bytes(_ascii);
  for (let i = 0; i < 40; i++) {
    const c = _ascii[i]!;
    // a letter is upper-cased when its nibble of the hash is ≥ 8 (the high nibble for an even i, the low for an odd)
    if (c >= 0x61 && (i % 2 === 0 ? hash[i >> 1]! >> 4 : hash[i >> 1]! & 0x0f) >= 8) _ascii[i] = c - 0x20;
  }
  const out = `0x${_ascii.toString("latin1")}` as Address;
  // the oldest entry goes first once full (Map keeps insertion order)
  if (_cache.size >= CHECKSUM_CACHE_SIZE) _cache.delete(_cache.keys().next().value as string);
  _cache.set(address, out);
  return out;
}

/** The aggregator's `AddressSchema` (same check, same error text), normalised with {@link checksumAddress}. */
export const IntakeAddressSchema = z
  .string({ error: "an address (0x + 40 hex digits)" })
  .regex(ADDRESS_RE, { error: "an address (0x + 40 hex digits)" })
  .transform((a) => checksumAddress(a));
