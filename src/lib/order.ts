// Deterministic ordering helpers shared by the aggregator (stable sorts only; addresses by numeric value).
import type { Address } from "viem";

/**
 * Compares two addresses by numeric value (lowercase hex compare; both are 20-byte `0x` strings).
 *
 * @returns negative, zero or positive, for `Array.prototype.sort` (which is stable).
 */
export function compareAddresses(a: Address | string, b: Address | string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares two bigints ascending. */
export function compareBigints(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two strings by UTF-16 code units (locale-independent). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A stably sorted copy of `items` (the input is not modified). */
export function sortedBy<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return [...items].sort(compare);
}
