// The companion proofs file of a round bundle (`aerie-proofs/1`, docs/AGGREGATOR.md "The proofs file"): the rewards
// tree's nodes and a sorted leaf index, so one claimer's proof is read in O(log N) small reads instead of parsing the
// bundle and rebuilding the whole tree. Pure: encoding returns bytes, lookup reads through an injected `read`
// (a positional file read at the edge, src/io/proofsFile.ts). Nothing in the file is trusted: a claim checks the
// header's root against the on-chain root and the one proof against that root.
import type { Address, Hex } from "viem";

import { InvalidInputError } from "../lib/errors";
import { checksumAddress } from "./checksum";
import type { FastRewardsTree } from "./fastTree";

// ------------------------------------------------------------------ constants

/** The file's first 8 bytes (ASCII): format and version. */
export const PROOFS_FILE_MAGIC = "AERIEPF1";
/** Header bytes: magic (8) ‖ bundleHash (32) ‖ root (32) ‖ taskId (32, uint256 BE) ‖ leafCount (4, BE) ‖ reserved (4). */
export const PROOFS_HEADER_BYTES = 112;
/** Bytes per leaf-index record: account (20) ‖ cumulativeAmount (32, uint256 BE) ‖ treeIndex (4, BE). */
export const PROOFS_RECORD_BYTES = 56;

// ------------------------------------------------------------------ types

/** The header of a proofs file. */
export type ProofsFileHeader = {
  /** keccak256 of the bundle's canonical bytes: the bundle this file belongs to. */
  bundleHash: Hex;
  /** The rewards root (equal to the bundle's `merkle.root`). */
  root: Hex;
  taskId: bigint;
  /** Number of leaves (accounts with a non-zero cumulative amount). */
  leafCount: number;
};

/** One account's leaf and proof, read from a proofs file. */
export type ProofsFileClaim = { account: Address; cumulativeAmount: bigint; proof: Hex[] };

/** Reads `length` bytes at `offset` of the file (fewer only at its end). */
export type ProofsFileReader = (offset: number, length: number) => Buffer;

// ------------------------------------------------------------------ encoding

/**
 * The proofs file of a round, as chunks to write in order (header with the index, then the node array: no copy of the
 * nodes is made). `accounts` are the tree's entries in entry order, which is account order (`computeRound`'s
 * `outputs.accounts`), so the index is sorted by account.
 *
 * @throws {InvalidInputError} if `accounts` does not match the tree's leaf count or is not in ascending account order.
 */
export function encodeProofsFile(
  tree: FastRewardsTree,
  taskId: bigint,
  bundleHash: Hex,
  accounts: readonly { account: string; cumulativeAmount: bigint }[],
): Buffer[] {
  const n = tree.leafCount;
  if (accounts.length !== n) throw new InvalidInputError(`proofs file: ${accounts.length} accounts for a tree of ${n} leaves`);
  const head = Buffer.alloc(PROOFS_HEADER_BYTES + n * PROOFS_RECORD_BYTES);
  head.write(PROOFS_FILE_MAGIC, 0, "latin1");
  head.write(bundleHash.slice(2), 8, 32, "hex");
  head.write(tree.root.slice(2), 40, 32, "hex");
  head.write(taskId.toString(16).padStart(64, "0"), 72, 32, "hex");
  head.writeUInt32BE(n, 104);
  let previous = "";
  for (let i = 0; i < n; i++) {
    const { account, cumulativeAmount } = accounts[i]!;
    const key = account.slice(2).toLowerCase();
    if (key <= previous) throw new InvalidInputError(`proofs file: accounts must be in ascending account order (entry ${i}, ${account})`);
    previous = key;
    const at = PROOFS_HEADER_BYTES + i * PROOFS_RECORD_BYTES;
    head.write(key, at, 20, "hex");
    head.write(cumulativeAmount.toString(16).padStart(64, "0"), at + 20, 32, "hex");
    head.writeUInt32BE(tree.treeIndexOf(i), at + 52);
  }
  return [head, tree.nodeBytes];
}

// ------------------------------------------------------------------ lookup

/**
 * The header of a proofs file.
 * @throws {InvalidInputError} if the file is not an `aerie-proofs/1` file (magic, size).
 */
export function readProofsHeader(read: ProofsFileReader, fileBytes: number): ProofsFileHeader {
  const head = read(0, PROOFS_HEADER_BYTES);
  if (head.length < PROOFS_HEADER_BYTES || head.toString("latin1", 0, 8) !== PROOFS_FILE_MAGIC) {
    throw new InvalidInputError(`proofs file: not an aerie-proofs/1 file (expected the magic ${PROOFS_FILE_MAGIC})`);
  }
  const leafCount = head.readUInt32BE(104);
  const expected = PROOFS_HEADER_BYTES + leafCount * PROOFS_RECORD_BYTES + (2 * leafCount - 1) * 32;
  if (leafCount === 0 || fileBytes !== expected) {
    throw new InvalidInputError(`proofs file: ${fileBytes} bytes, but a file of ${leafCount} leaves has ${expected}: it is truncated or corrupt`);
  }
  return {
    bundleHash: `0x${head.toString("hex", 8, 40)}`,
    root: `0x${head.toString("hex", 40, 72)}`,
    taskId: BigInt(`0x${head.toString("hex", 72, 104)}`),
    leafCount,
  };
}

/**
 * `account`'s leaf and proof (siblings bottom-up, as `StandardMerkleTree.getProof`): a binary search over the sorted
 * index, then one 32-byte read per level. O(log N) reads.
 *
 * @returns the claim, or `undefined` if the account has no leaf.
 */
export function lookupProof(read: ProofsFileReader, header: ProofsFileHeader, account: string): ProofsFileClaim | undefined {
  const wanted = Buffer.from(account.slice(2).toLowerCase(), "hex");
  let lo = 0;
  let hi = header.leafCount - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const record = read(PROOFS_HEADER_BYTES + mid * PROOFS_RECORD_BYTES, PROOFS_RECORD_BYTES);
    const order = record.compare(wanted, 0, 20, 0, 20);
    if (order < 0) lo = mid + 1;
    else if (order > 0) hi = mid - 1;
    else {
      const nodes = PROOFS_HEADER_BYTES + header.leafCount * PROOFS_RECORD_BYTES;
      const proof: Hex[] = [];
      for (let t = record.readUInt32BE(52); t > 0; t = (t - 1) >> 1) {
        const sibling = t % 2 === 1 ? t + 1 : t - 1;
        proof.push(`0x${read(nodes + sibling * 32, 32).toString("hex")}`);
      }
      return { account: checksumAddress(`0x${record.toString("hex", 0, 20)}`), cumulativeAmount: BigInt(`0x${record.toString("hex", 20, 52)}`), proof };
    }
  }
  return undefined;
}
