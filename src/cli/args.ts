// Parsers of command-line values: each returns the typed value or throws a UsageError naming the option.
import { getAddress, isAddress, isHex, parseUnits, type Address, type Hex } from "viem";

import { UsageError } from "../lib/errors";

/** Whole tokens with up to 18 decimals (`100`, `12.5`), more than 0 → wei. */
export function tokens(value: string, option: string): bigint {
  if (!/^\d+(\.\d{1,18})?$/.test(value)) throw new UsageError(`${option}: expected an amount of tokens like 100 or 12.5, got '${value}'`);
  const wei = parseUnits(value, 18);
  if (wei === 0n) throw new UsageError(`${option}: the amount must be more than 0 tokens, got '${value}'`);
  return wei;
}

/** A whole number (ids, rounds, shares, bps) → bigint. */
export function uint(value: string, option: string): bigint {
  if (!/^\d+$/.test(value)) throw new UsageError(`${option}: expected a whole number, got '${value}'`);
  return BigInt(value);
}

/**
 * A 0x-address → its checksummed form. All-lowercase or all-uppercase hex is taken as is; mixed case must be a
 * valid EIP-55 checksum, so a mistyped address is refused instead of receiving tokens.
 */
export function address(value: string, option: string): Address {
  if (!isAddress(value, { strict: false })) throw new UsageError(`${option}: expected a 0x-address (0x + 40 hex digits), got '${value}'`);
  const hex = value.slice(2);
  const oneCase = hex === hex.toLowerCase() || hex === hex.toUpperCase();
  if (!oneCase && !isAddress(value, { strict: true })) {
    throw new UsageError(`${option}: '${value}' has an invalid EIP-55 checksum (a typo?): copy the address again, or pass it in lowercase`);
  }
  return getAddress(value);
}

/** 32 bytes of hex (`0x` + 64 hex digits). */
export function bytes32(value: string, option: string): Hex {
  if (!isHex(value) || value.length !== 66) throw new UsageError(`${option}: expected 0x + 64 hex characters, got '${value}'`);
  return `0x${value.slice(2).toLowerCase()}`;
}

/** A comma-separated list, each item trimmed and parsed with `parse`. */
export function list<T>(value: string, option: string, parse: (item: string, option: string) => T): T[] {
  const items = value.split(",").map((s) => s.trim());
  if (items.some((s) => s === "")) throw new UsageError(`${option}: expected a comma-separated list without empty items, got '${value}'`);
  return items.map((s) => parse(s, option));
}

/** A comma-separated list of http(s) base URLs (`--node`), trailing slashes dropped. */
export function urls(value: string, option: string): string[] {
  return list(value, option, (item) => {
    let u: URL;
    try {
      u = new URL(item);
    } catch {
      throw new UsageError(`${option}: expected http(s) URLs like http://127.0.0.1:8640, got '${item}'`);
    }
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new UsageError(`${option}: expected http(s) URLs like http://127.0.0.1:8640, got '${item}'`);
    return item.replace(/\/+$/, "");
  });
}
