// EIP-55 address checksums with the native keccak: viem's getAddress hashes in JavaScript (~150 µs an address under
// this machine's load), which dominates a million-account round; this gives the same string (property-tested in
// test/aggregator/checksum.test.ts).
import type { Address } from "viem";

import { keccakSponge, keccakWith } from "./keccak";

const sponge = keccakSponge();
const ascii = Buffer.allocUnsafe(40);

/**
 * Recent checksums by lowercase hex (a pure function, so a cache cannot change a result): a round names each trainer
 * once per Scores message (10 validators × 10,000 trainers = 100,000 addresses, 10,000 distinct). Cleared when full,
 * so its memory stays bounded on a million distinct delegators.
 */
const cache = new Map<string, Address>();
const CACHE_LIMIT = 1 << 16;

/**
 * The EIP-55 checksum form of `address` (`0x` + 40 hex digits, any case; the caller checked the pattern), equal to
 * viem's `getAddress(address)`.
 */
export function checksumAddress(address: string): Address {
  const lower = address.slice(2).toLowerCase();
  const cached = cache.get(lower);
  if (cached !== undefined) return cached;
  ascii.write(lower, 0, "latin1");
  const hash = keccakWith(sponge, ascii);
  let out = "0x";
  for (let i = 0; i < 40; i++) {
    const c = lower.charCodeAt(i);
    // a letter is upper-cased where its hash nibble is >= 8 (high nibble for even i, low for odd)
    const nibble = i % 2 === 0 ? hash[i >> 1]! >> 4 : hash[i >> 1]! & 0x0f;
    out += c >= 0x61 && nibble >= 8 ? String.fromCharCode(c - 32) : lower[i];
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(lower, out as Address);
  return out as Address;
}
