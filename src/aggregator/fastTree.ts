// A fast rewards tree, byte-identical to @openzeppelin/merkle-tree's StandardMerkleTree over
// ["uint256", "address", "uint256"] = [taskId, account, cumulativeAmount] (docs/PROTOCOL.md §6), for rounds with a million
// accounts (issue 10). Same leaf hash (keccak256(keccak256(abi.encode(...)))), same sort (leaves ascending by hash,
// placed in reverse at the end of the array), same array layout (children of node i at 2i+1 and 2i+2), same
// sorted-pair node hash and same proof order (siblings bottom-up), so root, proofs and dump() match the library's.
//
// All nodes live in one Buffer of 32-byte slots; hashing uses the `keccak` package's native sponge (it falls back to
// its own JavaScript sponge, with the same interface, where the add-on cannot load), one sponge reused for every hash.
import type { Address, Hex } from "viem";

import { InvalidInputError } from "../lib/errors";
import { KECCAK_CAPACITY, KECCAK_RATE, KECCAK_SUFFIX, keccakSponge, streamSponge } from "./keccak";

// ------------------------------------------------------------------ constants

/** StandardMerkleTree's leaf encoding of the rewards tree. */
const LEAF_ENCODING = ["uint256", "address", "uint256"] as const;

/** The largest uint256. */
const MAX_UINT256 = (1n << 256n) - 1n;

const ADDRESS_PATTERN = /^0x[0-9a-fA-F]{40}$/;

// ------------------------------------------------------------------ types

/** One account's leaf input: its cumulative amount (wei) over the task's rounds so far. */
export type FastTreeEntry = {
  /** The account, `0x` + 40 hex digits (any case; kept as given in `dump()` values). */
  account: Address | string;
  /** Cumulative amount in wei, `0 <= amount < 2^256`. */
  cumulativeAmount: bigint;
};

/** Exactly StandardMerkleTree's `dump()` (`standard-v1`) of a `[taskId, account, cumulativeAmount]` tree. */
export type FastTreeDump = {
  format: "standard-v1";
  leafEncoding: string[];
  /** Every node, `0x`-hex, in the library's array layout (root first, leaves last). */
  tree: Hex[];
  /** One per entry, in input order: the value (uint256 as decimal strings) and its node index in `tree`. */
  values: { value: [string, string, string]; treeIndex: number }[];
};

/** A built rewards tree (see {@link buildRewardsTree}). Entry indices are input order, as in StandardMerkleTree. */
export type FastRewardsTree = {
  /** The root, `0x`-hex, equal to `StandardMerkleTree.of(...).root`. */
  readonly root: Hex;
  /** Number of leaves (= entries). */
  readonly leafCount: number;
  /** The proof of entry `index` (siblings bottom-up), equal to the library's `getProof(index)`. O(log N). */
  proof(index: number): Hex[];
  /** The proof of `account`'s leaf (any case). O(log N). @throws {InvalidInputError} if it has no leaf. */
  proofFor(account: string): Hex[];
  /** The entry index of `account` (any case), or -1 if it has no leaf. O(1). */
  indexOf(account: string): number;
  /** Every entry's proof, in input order, in O(N log N); node hex strings are shared between proofs. */
  allProofs(): Hex[][];
  /** The leaf hash of entry `index`, `0x`-hex. */
  leafHash(index: number): Hex;
  /** The node index (in the library's tree array, root 0) of entry `index`'s leaf. */
  treeIndexOf(index: number): number;
  /** Every node, `(2N − 1) × 32` bytes in the library's array layout (what the proofs file stores): read, never write. */
  readonly nodeBytes: Buffer;
  /** Exactly `StandardMerkleTree.of(...).dump()`. */
  dump(): FastTreeDump;
};

// ------------------------------------------------------------------ functions

/**
 * Builds the rewards tree of `taskId` over `entries`, identical (root, proofs, dump) to
 * `StandardMerkleTree.of(entries.map((e) => [taskId.toString(), e.account, e.cumulativeAmount.toString()]),
 * ["uint256", "address", "uint256"])`. Entries keep their input order as value indices; callers that need a
 * canonical dump pass them in a canonical order (merkle.ts passes account order). Zero amounts get a leaf.
 *
 * @param taskId the task id, `0 <= taskId < 2^256`.
 * @param entries one per account; at least one.
 * @param options `hasher: "stream"` hashes through the `keccak` package's public stream API instead of its reusable
 *   sponge (the fallback used when the sponge is unavailable; same output, slower). Default `"sponge"`.
 * @throws {InvalidInputError} on no entries, an out-of-range task id or amount, a malformed address, or an account
 *   listed twice (case-insensitive).
 */
export function buildRewardsTree(
  taskId: bigint,
  entries: readonly FastTreeEntry[],
  options: { hasher?: "sponge" | "stream" } = {},
): FastRewardsTree {
  const n = entries.length;
  if (n === 0) throw new InvalidInputError("fastTree: expected at least one entry (a tree needs a leaf)");
  if (taskId < 0n || taskId > MAX_UINT256) throw new InvalidInputError(`fastTree: taskId must be a uint256, got ${taskId}`);

  const sponge = options.hasher === "stream" ? streamSponge() : keccakSponge();
  const encoded = Buffer.alloc(96);
  encoded.write(_hex32(taskId), 0, "hex");
  const leaves = Buffer.allocUnsafe(n * 32);
  const indexByAccount = new Map<string, number>();

  // leaf hashes, in input order
  for (let i = 0; i < n; i++) {
    const { account, cumulativeAmount } = entries[i]!;
    if (typeof account !== "string" || !ADDRESS_PATTERN.test(account)) {
      throw new InvalidInputError(`fastTree: entry ${i} has an invalid account address ${String(account)} (expected 0x + 40 hex digits)`);
    }
    const key = account.toLowerCase();
    const previous = indexByAccount.get(key);
    if (previous !== undefined) throw new InvalidInputError(`fastTree: account ${account} listed twice (entries ${previous} and ${i}); merge its amounts first`);
    indexByAccount.set(key, i);
    if (typeof cumulativeAmount !== "bigint" || cumulativeAmount < 0n || cumulativeAmount > MAX_UINT256) {
      throw new InvalidInputError(`fastTree: amount of ${account} must be a uint256 (wei), got ${String(cumulativeAmount)}`);
    }
    encoded.write(key.slice(2), 44, "hex");
    encoded.write(_hex32(cumulativeAmount), 64, "hex");
    sponge.initialize(KECCAK_RATE, KECCAK_CAPACITY);
    sponge.absorb(encoded);
    sponge.absorbLastFewBits(KECCAK_SUFFIX);
    const inner = sponge.squeeze(32);
    sponge.initialize(KECCAK_RATE, KECCAK_CAPACITY);
    sponge.absorb(inner);
    sponge.absorbLastFewBits(KECCAK_SUFFIX);
    sponge.squeeze(32).copy(leaves, i * 32);
  }

  // (Buffer#compare(target, targetStart, targetEnd, sourceStart, sourceEnd) orders the source slice against the target)
  // sort entries by leaf hash (first 4 bytes as a key, full compare on ties), as the library does
  const prefix = new Uint32Array(n);
  for (let i = 0; i < n; i++) prefix[i] = leaves.readUInt32BE(i * 32);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const d = prefix[a]! - prefix[b]!;
    return d !== 0 ? d : leaves.compare(leaves, b * 32, b * 32 + 32, a * 32, a * 32 + 32);
  });

  // lay out: sorted leaf k at node (len - 1 - k); internal nodes from the last down to the root
  const length = 2 * n - 1;
  const nodes = Buffer.allocUnsafe(length * 32);
  const treeIndex = new Uint32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const t = length - 1 - k;
    treeIndex[i] = t;
    leaves.copy(nodes, t * 32, i * 32, i * 32 + 32);
  }
  for (let t = length - 1 - n; t >= 0; t--) {
    const left = (2 * t + 1) * 32;
    const right = left + 32;
    sponge.initialize(KECCAK_RATE, KECCAK_CAPACITY);
    // the children are adjacent: absorb them in one call when already in order
    if (nodes.compare(nodes, right, right + 32, left, right) <= 0) {
      sponge.absorb(nodes.subarray(left, right + 32));
    } else {
      sponge.absorb(nodes.subarray(right, right + 32));
      sponge.absorb(nodes.subarray(left, right));
    }
    sponge.absorbLastFewBits(KECCAK_SUFFIX);
    sponge.squeeze(32).copy(nodes, t * 32);
  }

  return _tree(taskId, entries, nodes, treeIndex, indexByAccount);
}

// ------------------------------------------------------------------ internal helpers

/** The accessor object over the built arrays. */
function _tree(
  taskId: bigint,
  entries: readonly FastTreeEntry[],
  nodes: Buffer,
  treeIndex: Uint32Array,
  indexByAccount: Map<string, number>,
): FastRewardsTree {
  const n = treeIndex.length;
  const nodeHex = (t: number): Hex => `0x${nodes.toString("hex", t * 32, t * 32 + 32)}`;
  const check = (index: number): number => {
    if (!Number.isInteger(index) || index < 0 || index >= n) throw new InvalidInputError(`fastTree: entry index ${index} out of range [0, ${n})`);
    return index;
  };
  const proofFromHex = (all: readonly Hex[], index: number): Hex[] => {
    const proof: Hex[] = [];
    for (let t = treeIndex[index]!; t > 0; t = (t - 1) >> 1) proof.push(all[t % 2 === 1 ? t + 1 : t - 1]!);
    return proof;
  };
  const allHex = (): Hex[] => {
    const hex = nodes.toString("hex");
    const out = new Array<Hex>(2 * n - 1);
    for (let t = 0; t < out.length; t++) out[t] = `0x${hex.slice(t * 64, t * 64 + 64)}`;
    return out;
  };
  const proof = (index: number): Hex[] => {
    const proof: Hex[] = [];
    for (let t = treeIndex[check(index)]!; t > 0; t = (t - 1) >> 1) proof.push(nodeHex(t % 2 === 1 ? t + 1 : t - 1));
    return proof;
  };
  return {
    root: nodeHex(0),
    leafCount: n,
    proof,
    proofFor(account) {
      const index = indexByAccount.get(account.toLowerCase());
      if (index === undefined) throw new InvalidInputError(`fastTree: account ${account} has no leaf in the rewards tree`);
      return proof(index);
    },
    indexOf(account) {
      return indexByAccount.get(account.toLowerCase()) ?? -1;
    },
    allProofs() {
      const hex = allHex();
      const proofs = new Array<Hex[]>(n);
      for (let i = 0; i < n; i++) proofs[i] = proofFromHex(hex, i);
      return proofs;
    },
    leafHash(index) {
      return nodeHex(treeIndex[check(index)]!);
    },
    treeIndexOf(index) {
      return treeIndex[check(index)]!;
    },
    nodeBytes: nodes,
    dump() {
      const task = taskId.toString(10);
      const values = new Array<FastTreeDump["values"][number]>(n);
      for (let i = 0; i < n; i++) {
        const e = entries[i]!;
        values[i] = { value: [task, e.account, e.cumulativeAmount.toString(10)], treeIndex: treeIndex[i]! };
      }
      return { format: "standard-v1", leafEncoding: [...LEAF_ENCODING], tree: allHex(), values };
    },
  };
}

/** A uint256 as 64 hex digits (the caller checked the range). */
function _hex32(value: bigint): string {
  return value.toString(16).padStart(64, "0");
}
