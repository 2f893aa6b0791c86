// The streamed canonical form of a bundle (issue 10): canonical JSON chunks go into an incremental keccak256 and, when
// asked, to a writer in the same pass, so neither hashing nor writing holds the document twice (or even once).
import type { Hex } from "viem";

import { writeCanonicalJson } from "../lib/canonical";
import { incrementalKeccak } from "./keccak";

/** Output of {@link hashCanonical}. */
export type HashCanonicalReturnType = {
  /** keccak256 of the UTF-8 bytes of `canonicalJson(value)`, lowercase hex. */
  hash: Hex;
  /** Length of those bytes. */
  bytes: number;
};

/**
 * `keccak256(utf8(canonicalJson(value)))` and its byte length, computed over the streamed chunks of
 * `writeCanonicalJson` (equal to `canonicalHash(value)`; tested). Each chunk is also passed to `write` if given (a
 * file or socket writer), in order.
 *
 * @throws {CanonicalJsonError} as `toJsonValue`; a `write` error propagates.
 */
export function hashCanonical(value: unknown, write?: (chunk: string) => void): HashCanonicalReturnType {
  const hash = incrementalKeccak();
  let bytes = 0;
  writeCanonicalJson(value, (chunk) => {
    const data = Buffer.from(chunk, "utf8");
    bytes += data.length;
    hash.update(data);
    write?.(chunk);
  });
  return { hash: `0x${hash.digest().toString("hex")}`, bytes };
}
