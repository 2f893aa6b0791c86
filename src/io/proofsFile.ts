// The companion proofs file of a bundle on disk (`aerie-proofs/1`, src/aggregator/proofsFile.ts): written next to the
// bundle (`task-1-round-0.json` → `task-1-round-0.proofs`), read with positional reads (one proof: O(log N) reads).
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Hex } from "viem";

import type { FastRewardsTree } from "../aggregator/fastTree";
import { encodeProofsFile, lookupProof, readProofsHeader, type ProofsFileClaim, type ProofsFileHeader } from "../aggregator/proofsFile";
import { AerieError, InvalidFileError } from "../lib/errors";

/** The proofs file next to a bundle file: its name with `.json` replaced by `.proofs` (or `.proofs` appended). */
export function proofsPathFor(bundlePath: string): string {
  return bundlePath.endsWith(".json") ? `${bundlePath.slice(0, -5)}.proofs` : `${bundlePath}.proofs`;
}

/**
 * Writes the proofs file of a round atomically (a temporary file renamed into place).
 * @param accounts the tree's entries in entry (account) order: the bundle's `outputs.accounts`.
 */
export function writeProofsFile(path: string, tree: FastRewardsTree, taskId: bigint, bundleHash: Hex, accounts: readonly { account: string; cumulativeAmount: bigint }[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    for (const chunk of encodeProofsFile(tree, taskId, bundleHash, accounts)) {
      for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at, chunk.length - at);
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** An open proofs file: its header and one account's proof at a time. */
export type OpenProofsFile = { header: ProofsFileHeader; lookup(account: string): ProofsFileClaim | undefined; close(): void };

/**
 * Opens a proofs file and reads its header.
 * @throws {InvalidFileError} (one line naming the file) when it cannot be read or is not a valid `aerie-proofs/1` file.
 */
export function openProofsFile(path: string): OpenProofsFile {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new InvalidFileError(`proofs file ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}): delete it to claim from the bundle alone`, path, { cause: error });
  }
  const read = (offset: number, length: number): Buffer => {
    const out = Buffer.alloc(length);
    const got = readSync(fd, out, 0, length, offset);
    return got === length ? out : out.subarray(0, got);
  };
  try {
    const header = readProofsHeader(read, fstatSync(fd).size);
    return { header, lookup: (account) => lookupProof(read, header, account), close: () => closeSync(fd) };
  } catch (error) {
    closeSync(fd);
    const reason = error instanceof AerieError ? error.shortMessage : String(error);
    throw new InvalidFileError(`${reason.replace(/^proofs file: /, `proofs file ${path}: `)}; delete it to claim from the bundle alone`, path, { cause: error });
  }
}
