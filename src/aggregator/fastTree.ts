// A fast rewards tree, byte-identical to @openzeppelin/merkle-tree's StandardMerkleTree over
// ["uint256", "address", "uint256"] = [taskId, account, cumulativeAmount] (docs/PROTOCOL.md §6), for rounds with a million
// accounts (issue 10). Same leaf hash (keccak256(keccak256(abi.encode(...)))), same sort (leaves ascending by hash,
// placed in reverse at the end of the array), same array layout (children of node i at 2i+1 and 2i+2), same
// sorted-pair node hash and same proof order (siblings bottom-up), so root, proofs and dump() match the library's.
//
// All nodes live in one block of 32-byte slots: the linear memory of a WebAssembly keccak instance (keccakWasm.ts),
// which hashes in place with no allocation per hash (issue 16). The leaf encoding is written into a padded block of
// that memory straight from the account's hex digits and the amount's, with no intermediate Buffer or string.
import createKeccak from "keccak";
import type { Address, Hex } from "viem";

import { InvalidInputError } from "../lib/errors";
import { KECCAK_BLOCK_BYTES, KECCAK_SCRATCH, keccakMachine, padBlock, type KeccakMachine } from "./keccakWasm";

// ------------------------------------------------------------------ constants

/** StandardMerkleTree's leaf encoding of the rewards tree. */
const LEAF_ENCODING = ["uint256", "address", "uint256"] as const;

/** The largest uint256. */
const MAX_UINT256 = (1n << 256n) - 1n;

/** Memory layout of a build (byte offsets in the keccak machine's memory): the padded blocks of the leaf's inner
 * hash (its 96-byte encoding) and outer hash (32 bytes), the previous entry's account (20 bytes), two 32-byte slots to
 * move leaves through, then the node array. */
const INNER = KECCAK_SCRATCH;
const OUTER = INNER + KECCAK_BLOCK_BYTES;
const PREVIOUS = OUTER + KECCAK_BLOCK_BYTES;
const CARRY = PREVIOUS + 32;
const SPARE = CARRY + 32;
const NODES_AT = 1024;

/** Hex digit values by char code (-1 where not a hex digit). */
const HEX_VALUE = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < 16; i++) {
    table["0123456789abcdef".charCodeAt(i)] = i;
    table["0123456789ABCDEF".charCodeAt(i)] = i;
  }
  return table;
})();

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
 * @param options `hasher: "stream"` hashes through the `keccak` package's stream API (native) instead of the
 *   WebAssembly keccak: an independent implementation for cross-checks (same output, slower). Default `"wasm"`.
 * @throws {InvalidInputError} on no entries, an out-of-range task id or amount, a malformed address, or an account
 *   listed twice (case-insensitive).
 */
export function buildRewardsTree(
  taskId: bigint,
  entries: readonly FastTreeEntry[],
  options: { hasher?: "wasm" | "stream" } = {},
): FastRewardsTree {
  const n = entries.length;
  if (n === 0) throw new InvalidInputError("fastTree: expected at least one entry (a tree needs a leaf)");
  if (taskId < 0n || taskId > MAX_UINT256) throw new InvalidInputError(`fastTree: taskId must be a uint256, got ${taskId}`);

  const length = 2 * n - 1;
  const machine = keccakMachine(NODES_AT - KECCAK_SCRATCH + length * 32);
  const mem = machine.bytes;
  const words = new Int32Array(machine.memory.buffer);
  const hash = options.hasher === "stream" ? _streamHasher(mem) : _wasmHasher(machine);
  padBlock(mem, INNER, 96);
  padBlock(mem, OUTER, 32);
  _writeUint256(mem, INNER, taskId);
  // leaf i's slot until the sort: NODES_AT + (n - 1 + i) × 32 (the leaf half of the node array, in input order)
  const leafAt = (i: number): number => NODES_AT + (n - 1 + i) * 32;

  // leaf hashes, in input order; while the accounts ascend (as computeRound passes them) a duplicate can only be the
  // previous entry and a lookup is a binary search; on the first descent an index by account is built
  let byAccount: Map<string, number> | undefined;
  for (let i = 0; i < n; i++) {
    const { account, cumulativeAmount } = entries[i]!;
    if (typeof account !== "string" || !_writeAddress(mem, INNER + 44, account)) {
      throw new InvalidInputError(`fastTree: entry ${i} has an invalid account address ${String(account)} (expected 0x + 40 hex digits)`);
    }
    if (byAccount === undefined) {
      const order = i === 0 ? 1 : _compareBytes(mem, INNER + 44, PREVIOUS, 20);
      if (order === 0) throw _listedTwice(account, i - 1, i);
      if (order > 0) mem.copyWithin(PREVIOUS, INNER + 44, INNER + 64);
      else {
        byAccount = new Map();
        for (let k = 0; k < i; k++) byAccount.set(entries[k]!.account.toLowerCase(), k);
      }
    }
    if (byAccount !== undefined) {
      const key = account.toLowerCase();
      const previous = byAccount.get(key);
      if (previous !== undefined) throw _listedTwice(account, previous, i);
      byAccount.set(key, i);
    }
    if (typeof cumulativeAmount !== "bigint" || cumulativeAmount < 0n || cumulativeAmount > MAX_UINT256) {
      throw new InvalidInputError(`fastTree: amount of ${account} must be a uint256 (wei), got ${String(cumulativeAmount)}`);
    }
    _writeUint256(mem, INNER + 64, cumulativeAmount);
    hash.leaf(leafAt(i));
  }

  // sort entries by leaf hash (first 4 bytes as a key, full compare on ties), as the library does
  const view = Buffer.from(machine.memory.buffer);
  const prefix = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const at = leafAt(i);
    prefix[i] = ((mem[at]! << 24) | (mem[at + 1]! << 16) | (mem[at + 2]! << 8) | mem[at + 3]!) >>> 0;
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => {
    const d = prefix[a]! - prefix[b]!;
    return d !== 0 ? d : view.compare(view, leafAt(b), leafAt(b) + 32, leafAt(a), leafAt(a) + 32);
  });

  // lay out: sorted leaf k at node (length - 1 - k), moved there in place (cycle by cycle through a 32-byte carry)
  const treeIndex = new Uint32Array(n);
  for (let k = 0; k < n; k++) treeIndex[order[k]!] = length - 1 - k;
  const done = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (done[i] === 1) continue;
    _copySlot(words, leafAt(i), CARRY);
    for (let j = i; ; ) {
      done[j] = 1;
      const target = NODES_AT + treeIndex[j]! * 32;
      const next = treeIndex[j]! - (n - 1);
      if (done[next] === 1) {
        _copySlot(words, CARRY, target);
        break;
      }
      _copySlot(words, target, SPARE);
      _copySlot(words, CARRY, target);
      _copySlot(words, SPARE, CARRY);
      j = next;
    }
  }
  // internal nodes from the last down to the root: the sorted pair of the children
  for (let t = length - 1 - n; t >= 0; t--) {
    const left = NODES_AT + (2 * t + 1) * 32;
    const right = left + 32;
    if (_compareBytes(mem, left, right, 32) <= 0) hash.pair(left, right, NODES_AT + t * 32);
    else hash.pair(right, left, NODES_AT + t * 32);
  }

  const nodes = Buffer.from(machine.memory.buffer, NODES_AT, length * 32);
  const indexOf = byAccount !== undefined ? (key: string) => byAccount.get(key) ?? -1 : (key: string) => _search(entries, key);
  return _tree(taskId, entries, nodes, treeIndex, indexOf);
}

// ------------------------------------------------------------------ internal helpers

/** The hashes of a build: a leaf from the encoding at INNER into `out`, a node from two children. */
type TreeHasher = { leaf(out: number): void; pair(a: number, b: number, out: number): void };

function _wasmHasher(machine: KeccakMachine): TreeHasher {
  const { block, pair } = machine;
  return {
    leaf: (out) => {
      block(INNER, OUTER);
      block(OUTER, out);
    },
    pair,
  };
}

/** The same hashes through the `keccak` package's stream API, on the same memory. */
function _streamHasher(mem: Uint8Array): TreeHasher {
  const keccak = (data: Uint8Array): Buffer => createKeccak("keccak256").update(Buffer.from(data)).digest();
  return {
    leaf: (out) => mem.set(keccak(keccak(mem.subarray(INNER, INNER + 96))), out),
    pair: (a, b, out) => mem.set(createKeccak("keccak256").update(Buffer.from(mem.subarray(a, a + 32))).update(Buffer.from(mem.subarray(b, b + 32))).digest(), out),
  };
}

/** Writes the 20 bytes of `account` (`0x` + 40 hex digits, any case) at `at`; false if it is not such an address. */
function _writeAddress(mem: Uint8Array, at: number, account: string): boolean {
  if (account.length !== 42 || account.charCodeAt(0) !== 0x30 || account.charCodeAt(1) !== 0x78) return false;
  for (let j = 0; j < 20; j++) {
    const hi = account.charCodeAt(2 + 2 * j);
    const lo = account.charCodeAt(3 + 2 * j);
    const h = hi < 128 ? HEX_VALUE[hi]! : -1;
    const l = lo < 128 ? HEX_VALUE[lo]! : -1;
    if (h < 0 || l < 0) return false;
    mem[at + j] = (h << 4) | l;
  }
  return true;
}

/** Writes `value` (a uint256: the caller checked the range) as 32 big-endian bytes at `at`. */
function _writeUint256(mem: Uint8Array, at: number, value: bigint): void {
  const hex = value.toString(16);
  let j = hex.length;
  let k = at + 31;
  for (; j >= 2; j -= 2) mem[k--] = (HEX_VALUE[hex.charCodeAt(j - 2)]! << 4) | HEX_VALUE[hex.charCodeAt(j - 1)]!;
  if (j === 1) mem[k--] = HEX_VALUE[hex.charCodeAt(0)]!;
  while (k >= at) mem[k--] = 0;
}

/** Compares `length` bytes at `a` and `b` (unsigned, lexicographic). */
function _compareBytes(mem: Uint8Array, a: number, b: number, length: number): number {
  for (let i = 0; i < length; i++) {
    const d = mem[a + i]! - mem[b + i]!;
    if (d !== 0) return d;
  }
  return 0;
}

/** Copies the 32-byte slot at byte `from` to byte `to` (both multiples of 4) through the 32-bit view. */
function _copySlot(words: Int32Array, from: number, to: number): void {
  const f = from >> 2;
  const t = to >> 2;
  for (let i = 0; i < 8; i++) words[t + i] = words[f + i]!;
}

/** The index of `key` (lowercase) among `entries` in ascending account order, or -1: a binary search. */
function _search(entries: readonly FastTreeEntry[], key: string): number {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = entries[mid]!.account.toLowerCase();
    if (at < key) lo = mid + 1;
    else if (at > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function _listedTwice(account: string, previous: number, i: number): InvalidInputError {
  return new InvalidInputError(`fastTree: account ${account} listed twice (entries ${previous} and ${i}); merge its amounts first`);
}

/** The accessor object over the built arrays; `indexOf` takes a lowercase account. */
function _tree(
  taskId: bigint,
  entries: readonly FastTreeEntry[],
  nodes: Buffer,
  treeIndex: Uint32Array,
  indexOf: (key: string) => number,
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
      const index = indexOf(account.toLowerCase());
      if (index < 0) throw new InvalidInputError(`fastTree: account ${account} has no leaf in the rewards tree`);
      return proof(index);
    },
    indexOf(account) {
      return indexOf(account.toLowerCase());
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
