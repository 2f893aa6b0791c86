// Canonical JSON (RFC 8785, JCS) and its keccak256 hash: the byte form of every Aerie artefact that is hashed.
import canonicalize from "canonicalize";
import { keccak256, toBytes, type Hex } from "viem";

import { CanonicalJsonError } from "./errors";

// ------------------------------------------------------------------ types

/** A JSON value: what {@link toJsonValue} returns and what canonical JSON serializes. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

// ------------------------------------------------------------------ functions

/**
 * Deep-converts `value` into a plain JSON value: every `bigint` becomes its decimal string
 * (`10n ** 18n` → `"1000000000000000000"`, negative values keep their `-`), arrays and plain objects are
 * copied recursively, strings, booleans, `null` and finite numbers are kept.
 *
 * @param value any value built from plain objects, arrays, bigints, strings, booleans, finite numbers and null.
 * @returns a new JSON value (the input is not modified).
 * @throws {CanonicalJsonError} on `undefined` (as a value, an array item or an object property), NaN,
 *   ±Infinity, functions, symbols and objects that are not plain (Map, Set, Date, class instances).
 *   The message names the path of the offending value.
 */
export function toJsonValue(value: unknown): JsonValue {
  return _toJson(value, "");
}

/**
 * The RFC 8785 (JSON Canonicalization Scheme) serialization of `value` after {@link toJsonValue}:
 * object keys sorted by UTF-16 code units, no whitespace, ECMAScript number formatting.
 *
 * @param value see {@link toJsonValue}.
 * @returns the canonical JSON text.
 * @throws {CanonicalJsonError} as {@link toJsonValue}.
 */
export function canonicalJson(value: unknown): string {
  const json = toJsonValue(value);
  let text: string | undefined;
  try {
    text = canonicalize(json);
  } catch (error) {
    throw new CanonicalJsonError(`cannot canonicalize value: ${(error as Error).message}`, { cause: error });
  }
  if (text === undefined) throw new CanonicalJsonError("cannot canonicalize value: it serializes to nothing");
  return text;
}

/**
 * `keccak256` of the UTF-8 bytes of {@link canonicalJson}`(value)`. Used for the task `specHash`
 * (docs/PROTOCOL.md §4) and the round `bundleHash` (docs/PROTOCOL.md §7).
 *
 * @param value see {@link toJsonValue}.
 * @returns the 32-byte hash, lowercase hex.
 * @throws {CanonicalJsonError} as {@link toJsonValue}.
 */
export function canonicalHash(value: unknown): Hex {
  return keccak256(toBytes(canonicalJson(value)));
}

/** Characters a {@link writeCanonicalJson} chunk holds before it is handed on (64 KiB of ASCII). */
export const CANONICAL_CHUNK_CHARS = 1 << 16;

/**
 * Writes {@link canonicalJson}`(value)` as a sequence of string chunks (each about {@link CANONICAL_CHUNK_CHARS}
 * characters; their concatenation is exactly the canonical text), walking `value` once without building the JSON copy
 * or the whole text: what a streamed hash or file write consumes (src/aggregator/bundleStream.ts). Same conversions
 * and errors as {@link toJsonValue} (a bigint becomes its decimal string), same output as `canonicalize`
 * (property-tested in test/aggregator/canonical.test.ts).
 *
 * @param value see {@link toJsonValue}.
 * @param write receives each chunk in order (never an empty one).
 * @throws {CanonicalJsonError} as {@link toJsonValue} (on a value with several faults, the first in canonical key
 *   order is named); chunks already written stay written.
 */
export function writeCanonicalJson(value: unknown, write: (chunk: string) => void): void {
  let buffer = "";
  const emit = (text: string): void => {
    buffer += text;
    if (buffer.length >= CANONICAL_CHUNK_CHARS) {
      write(buffer);
      buffer = "";
    }
  };
  _writeCanonical(value, [], emit);
  if (buffer.length > 0) write(buffer);
}

// ------------------------------------------------------------------ internal helpers

/** `"key":` by key: the keys of a bundle's million objects are a handful of names, each serialized once. */
const keyTexts = new Map<string, string>();
const KEY_TEXTS_LIMIT = 1 << 12;

function _keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    if (keyTexts.size < KEY_TEXTS_LIMIT) keyTexts.set(key, text);
  }
  return text;
}

/** The path string of a key stack (`a.b[3].c`), built only for an error message. */
function _pathOf(stack: readonly (string | number)[]): string {
  let path = "";
  for (const key of stack) path = typeof key === "number" ? `${path}[${key}]` : path === "" ? key : `${path}.${key}`;
  return path;
}

/** Walks `value` in canonical order; `stack` holds the keys down to it (pushed and popped, never joined but to fail). */
function _writeCanonical(value: unknown, stack: (string | number)[], emit: (text: string) => void): void {
  switch (typeof value) {
    case "bigint":
      emit(`"${value.toString(10)}"`);
      return;
    case "string":
    case "boolean":
      emit(JSON.stringify(value));
      return;
    case "number":
      if (!Number.isFinite(value)) {
        const path = _pathOf(stack);
        throw new CanonicalJsonError(`canonical JSON: ${path === "" ? "(root)" : path}: ${value} is not allowed`);
      }
      emit(JSON.stringify(value));
      return;
    case "undefined":
    case "function":
    case "symbol":
      _toJson(value, _pathOf(stack)); // throws the same error as toJsonValue
      return;
    default:
      break;
  }
  if (value === null) {
    emit("null");
    return;
  }
  if (Array.isArray(value)) {
    emit("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) emit(",");
      stack.push(i);
      _writeCanonical(value[i], stack, emit);
      stack.pop();
    }
    emit("]");
    return;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) _toJson(value, _pathOf(stack));
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // (a bundle's million objects mostly come with their keys in order already: only checked then)
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  }
  emit("{");
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i > 0) emit(",");
    emit(_keyText(key));
    stack.push(key);
    _writeCanonical(record[key], stack, emit);
    stack.pop();
  }
  emit("}");
}

function _toJson(value: unknown, path: string): JsonValue {
  const where = path === "" ? "(root)" : path;
  switch (typeof value) {
    case "bigint":
      return value.toString(10);
    case "string":
    case "boolean":
      return value;
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`canonical JSON: ${where}: ${value} is not allowed`);
      return value;
    case "undefined":
      throw new CanonicalJsonError(`canonical JSON: ${where}: undefined is not allowed`);
    case "function":
    case "symbol":
      throw new CanonicalJsonError(`canonical JSON: ${where}: a ${typeof value} is not allowed`);
    default:
      break;
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((item, index) => _toJson(item, `${path}[${index}]`));
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new CanonicalJsonError(`canonical JSON: ${where}: only plain objects are allowed`);
  }
  const out: { [key: string]: JsonValue } = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    out[key] = _toJson(item, path === "" ? key : `${path}.${key}`);
  }
  return out;
}
