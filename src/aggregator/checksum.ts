// EIP-55 address checksums with a WebAssembly keccak (keccakWasm.ts): viem's getAddress hashes in JavaScript (~150 µs
// an address under this machine's load), which dominates a million-account round; this gives the same string
// (property-tested in test/aggregator/checksum.test.ts) with no allocation but the result.
import type { Address } from "viem";

import { KECCAK_SCRATCH, keccakMachine, padBlock } from "./keccakWasm";

/** The padded block holding the 40 lowercase hex digits, and where their hash goes. */
const BLOCK = KECCAK_SCRATCH;
const DIGEST = 1024;
const machine = keccakMachine(2048);
const mem = machine.bytes;
padBlock(mem, BLOCK, 40);
/** The checksummed text's char codes, `0x` first. */
const codes = new Array<number>(42).fill(0);
codes[0] = 0x30;
codes[1] = 0x78;

/**
 * Recent checksums by the address as given (a pure function, so a cache cannot change a result): a round names each
 * trainer once per Scores message (10 validators × 10,000 trainers = 100,000 addresses, 10,000 distinct). Cleared
 * when full, so its memory stays bounded on a million distinct delegators.
 */
const cache = new Map<string, Address>();
const CACHE_LIMIT = 1 << 16;

/**
 * The EIP-55 checksum form of `address` (`0x` + 40 hex digits, any case; the caller checked the pattern), equal to
 * viem's `getAddress(address)`.
 */
export function checksumAddress(address: string): Address {
  const cached = cache.get(address);
  if (cached !== undefined) return cached;
  for (let i = 0; i < 40; i++) {
    // a hex digit's code with bit 0x20 set is its lowercase form (digits already have it)
    mem[BLOCK + i] = address.charCodeAt(2 + i) | 0x20;
  }
  const out = _checksumOfBlock();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(address, out);
  return out;
}

/**
 * The checksum form of `address` if it is an address (`0x` + 40 hex digits, any case), else `undefined`: the pattern
 * check and the checksum in one pass, without the cache (for the account lists of a round, where each address is
 * named about once: a million of them would only churn it).
 */
export function checksumIfAddress(address: string): Address | undefined {
  if (address.length !== 42 || address.charCodeAt(0) !== 0x30 || address.charCodeAt(1) !== 0x78) return undefined;
  for (let i = 0; i < 40; i++) {
    const raw = address.charCodeAt(2 + i);
    const c = raw >= 0x41 && raw <= 0x46 ? raw + 32 : raw;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return undefined;
    mem[BLOCK + i] = c;
  }
  return _checksumOfBlock();
}

/** The checksummed address of the lowercase hex digits in the block. */
function _checksumOfBlock(): Address {
  machine.block(BLOCK, DIGEST);
  for (let i = 0; i < 40; i++) {
    const c = mem[BLOCK + i]!;
    // a letter is upper-cased where its hash nibble is >= 8 (high nibble for even i, low for odd)
    const nibble = i % 2 === 0 ? mem[DIGEST + (i >> 1)]! >> 4 : mem[DIGEST + (i >> 1)]! & 0x0f;
    codes[2 + i] = c >= 0x61 && nibble >= 8 ? c - 32 : c;
  }
  return String.fromCharCode.apply(null, codes) as Address;
}
