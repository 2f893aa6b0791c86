// zod schemas of the aggregator's inputs, in memory (bigints) and in a bundle's JSON (decimal strings).
// Both normalize the same way (checksummed addresses, lowercase hex), so a bundle recomputes byte for byte.
import { z } from "zod";
import type { Address, Hex } from "viem";

import { checksumAddress, checksumIfAddress } from "./checksum";

// ------------------------------------------------------------------ constants

const MAX_UINT256 = (1n << 256n) - 1n;
const DECIMAL_RE = /^(0|[1-9][0-9]{0,77})$/;
const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const ADDRESS_ERROR = "an address (0x + 40 hex digits)";

// ------------------------------------------------------------------ primitives

/** A 20-byte address in any case, normalized to its EIP-55 checksum form. */
export const AddressSchema = z
  .string({ error: "an address (0x + 40 hex digits)" })
  .regex(ADDRESS_RE, { error: ADDRESS_ERROR })
  .transform((a) => checksumAddress(a));

/** Hex bytes (even number of digits, at most 1024 bytes), normalized to lowercase. */
export const HexSchema = z
  .string({ error: "hex bytes (0x + an even number of hex digits)" })
  .regex(/^0x([0-9a-fA-F]{2}){0,1024}$/, { error: "hex bytes (0x + an even number of hex digits, at most 1024 bytes)" })
  .transform((h) => h.toLowerCase() as Hex);

/** 32 bytes of hex, normalized to lowercase. */
export const Bytes32Schema = z
  .string({ error: "32 bytes of hex (0x + 64 hex digits)" })
  .regex(/^0x[0-9a-fA-F]{64}$/, { error: "32 bytes of hex (0x + 64 hex digits)" })
  .transform((h) => h.toLowerCase() as Hex);

/** An in-memory uint256. */
export const BigUintSchema = z
  .bigint({ error: "a bigint in [0, 2^256 - 1]" })
  .refine((x) => x >= 0n && x <= MAX_UINT256, { error: "a bigint in [0, 2^256 - 1]" });

/** A uint256 as a canonical decimal string (JSON form), parsed to bigint. */
export const DecimalUintSchema = z
  .string({ error: "a decimal string (uint256)" })
  .regex(DECIMAL_RE, { error: "a decimal string (uint256)" })
  // zod runs refinements even after a failed regex, so guard BigInt() with the regex again
  .refine((s) => DECIMAL_RE.test(s) && BigInt(s) <= MAX_UINT256, { error: "a decimal string (uint256)" })
  .transform((s) => BigInt(s));

const MIN_INT256 = -(1n << 255n);
const MAX_INT256 = (1n << 255n) - 1n;
const SIGNED_DECIMAL_RE = /^(0|-?[1-9][0-9]{0,76})$/;

/** An in-memory int256. */
export const BigIntSchema = z
  .bigint({ error: "a bigint in [-2^255, 2^255 - 1]" })
  .refine((x) => x >= MIN_INT256 && x <= MAX_INT256, { error: "a bigint in [-2^255, 2^255 - 1]" });

/** An int256 as a canonical decimal string with an optional minus sign (JSON form), parsed to bigint. */
export const DecimalIntSchema = z
  .string({ error: "a decimal string (int256)" })
  .regex(SIGNED_DECIMAL_RE, { error: "a decimal string (int256)" })
  .refine((s) => SIGNED_DECIMAL_RE.test(s) && BigInt(s) >= MIN_INT256 && BigInt(s) <= MAX_INT256, { error: "a decimal string (int256)" })
  .transform((s) => BigInt(s));

const ChainIdSchema = z.number({ error: "a positive integer chain id" }).int({ error: "a positive integer chain id" }).positive({
  error: "a positive integer chain id",
});

// ------------------------------------------------------------------ account arrays

/**
 * An array of `{account, [field]: uint256}` (pool shares, cumulative amounts: a million items in a large round), checked
 * in one loop instead of one zod object per item (~25 µs each under load). Same normalization (checksummed account,
 * bigint amount, unknown keys stripped) and the same issue texts and paths as the equivalent `z.array(z.object(…))`.
 */
function accountAmountArray<U extends UintSchema>(uint: U, field: "shares" | "amount") {
  const inMemory = uint === BigUintSchema;
  const uintError = inMemory ? "a bigint in [0, 2^256 - 1]" : "a decimal string (uint256)";
  const shares = field === "shares";
  return z.array(z.unknown(), { error: "an array" }).transform((items, ctx) => {
    const out = new Array<{ account: Address } & Record<string, bigint | Address>>(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as Record<string, unknown> | null;
      if (item === null || typeof item !== "object" || Array.isArray(item)) {
        ctx.addIssue({ code: "custom", message: "an object", path: [i] });
        return z.NEVER;
      }
      const raw = item.account;
      const account = typeof raw === "string" ? checksumIfAddress(raw) : undefined;
      if (account === undefined) {
        ctx.addIssue({ code: "custom", message: ADDRESS_ERROR, path: [i, "account"] });
        return z.NEVER;
      }
      const amount = _uintOf(item[field], inMemory);
      if (amount === undefined) {
        ctx.addIssue({ code: "custom", message: uintError, path: [i, field] });
        return z.NEVER;
      }
      // (literal keys: an object literal with a computed key is built on V8's slow path, a million times)
      out[i] = (shares ? { account, shares: amount } : { account, amount }) as { account: Address } & Record<string, bigint | Address>;
    }
    return out;
  });
}

/** A uint256 as a bigint (in memory) or a canonical decimal string (JSON), else `undefined`. */
function _uintOf(raw: unknown, inMemory: boolean): bigint | undefined {
  if (inMemory) return typeof raw === "bigint" && raw >= 0n && raw <= MAX_UINT256 ? raw : undefined;
  if (typeof raw !== "string" || !DECIMAL_RE.test(raw)) return undefined;
  const value = BigInt(raw);
  return value <= MAX_UINT256 ? value : undefined;
}

/**
 * `z.array(AddressSchema)` checked in one loop (a Scores message names every trainer: 10,000 in a large round, times
 * every validator): the same normalization, issue text and path (the first bad item).
 */
function addressArray() {
  return z.array(z.unknown()).transform((items, ctx) => {
    const out = new Array<Address>(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (typeof item !== "string" || !ADDRESS_RE.test(item)) {
        ctx.addIssue({ code: "custom", message: ADDRESS_ERROR, path: [i] });
        return z.NEVER;
      }
      out[i] = checksumAddress(item);
    }
    return out;
  });
}

/** `z.array(uint)` checked in one loop (a Scores message's scores): the same values, issue text and path. */
function uintArray(uint: UintSchema) {
  const inMemory = uint === BigUintSchema;
  const uintError = inMemory ? "a bigint in [0, 2^256 - 1]" : "a decimal string (uint256)";
  return z.array(z.unknown()).transform((items, ctx) => {
    const out = new Array<bigint>(items.length);
    for (let i = 0; i < items.length; i++) {
      const value = _uintOf(items[i], inMemory);
      if (value === undefined) {
        ctx.addIssue({ code: "custom", message: uintError, path: [i] });
        return z.NEVER;
      }
      out[i] = value;
    }
    return out;
  });
}

// ------------------------------------------------------------------ builders

type UintSchema = typeof BigUintSchema | typeof DecimalUintSchema;

/** Schemas of the round inputs with `uint` as the representation of uint256 values. */
export function makeInputSchemas<U extends UintSchema>(uint: U) {
  const submission = z.object({
    message: z.object({
      taskId: uint,
      round: uint,
      trainer: AddressSchema,
      modelHash: Bytes32Schema,
      modelURI: z.string({ error: "a string" }),
    }),
    signature: HexSchema,
    receivedAt: uint,
  });
  const scores = z.object({
    message: z.object({
      taskId: uint,
      round: uint,
      validator: AddressSchema,
      trainers: addressArray() as unknown as z.ZodType<Address[]>,
      scores: uintArray(uint) as unknown as z.ZodType<bigint[]>,
    }),
    signature: HexSchema,
    receivedAt: uint,
    salt: Bytes32Schema.optional(),
  });
  const scoresCommit = z.object({
    message: z.object({
      taskId: uint,
      round: uint,
      validator: AddressSchema,
      commitment: Bytes32Schema,
    }),
    signature: HexSchema,
    receivedAt: uint,
  });
  // an int256 vote: a bigint in memory, a decimal string with an optional sign in a bundle
  const int = uint === BigUintSchema ? BigIntSchema : DecimalIntSchema;
  const modelUpdate = z.object({
    message: z.object({ taskId: uint, round: uint, proposer: AddressSchema, updateHash: Bytes32Schema, updateURI: z.string({ error: "a string" }) }),
    signature: HexSchema,
    receivedAt: uint,
  });
  const voteCommit = z.object({
    message: z.object({ taskId: uint, round: uint, voter: AddressSchema, commitment: Bytes32Schema }),
    signature: HexSchema,
    receivedAt: uint,
  });
  const vote = z.object({
    message: z.object({ taskId: uint, round: uint, voter: AddressSchema, vote: int }),
    salt: Bytes32Schema,
    signature: HexSchema,
    receivedAt: uint,
  });
  const participant = z.object({
    operator: AddressSchema,
    role: z.enum(["trainer", "validator"], { error: 'either "trainer" or "validator"' }),
    stake: uint,
    commissionBps: uint,
    shares: accountAmountArray(uint, "shares") as unknown as z.ZodType<{ account: Address; shares: bigint }[]>,
  });
  const cumulative = z.object({ account: AddressSchema, amount: uint });
  const cumulativeList = accountAmountArray(uint, "amount") as unknown as z.ZodType<{ account: Address; amount: bigint }[]>;
  const contracts = z.object({
    vault: AddressSchema,
    registry: AddressSchema,
    settlement: AddressSchema,
    distributor: AddressSchema,
  });
  return { submission, scores, scoresCommit, modelUpdate, voteCommit, vote, participant, cumulative, cumulativeList, contracts, chainId: ChainIdSchema };
}

// ------------------------------------------------------------------ error formatting

/** `path: expected …, got …` for the first issue of a zod error (one line). */
export function describeFirstIssue(error: z.ZodError, input: unknown): string {
  const issue = error.issues[0]!;
  const path = _pathString(issue.path);
  if (issue.code === "unrecognized_keys") return `${_join(path, String(issue.keys[0]))}: unknown field`;
  return `${path === "" ? "(root)" : path}: expected ${issue.message.replace(/^Invalid input: expected /, "")}, got ${_describe(input, issue.path)}`;
}

function _join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function _pathString(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  return out;
}

function _describe(root: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, key)) return "nothing";
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = typeof value === "bigint" ? `${value}n` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
