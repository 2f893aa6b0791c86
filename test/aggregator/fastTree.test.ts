// Property test: the fast rewards tree equals @openzeppelin/merkle-tree's StandardMerkleTree byte for byte (root,
// every proof, dump) on seeded random trees of 1–5,000 leaves, plus its edge cases and refusals.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { expect } from "chai";

import { InvalidInputError } from "../../src/aggregator";
import { buildRewardsTree, type FastTreeEntry } from "../../src/aggregator/fastTree";
import { rng as prng } from "./fixtures";

// ------------------------------------------------------------------ constants

const ENCODING = ["uint256", "address", "uint256"];
const MAX_UINT256 = (1n << 256n) - 1n;
const SEED = 0x5eed_2026;
const CASES = 300;

// ------------------------------------------------------------------ helpers

function randomHex(rand: () => number, bytes: number): string {
  let hex = "";
  for (let i = 0; i < bytes; i++) hex += Math.floor(rand() * 256).toString(16).padStart(2, "0");
  return hex;
}

/** Distinct random accounts (mixed case) with amounts from 0 to 2^256 - 1. */
function randomEntries(rand: () => number, n: number): FastTreeEntry[] {
  const seen = new Set<string>();
  const entries: FastTreeEntry[] = [];
  while (entries.length < n) {
    const hex = randomHex(rand, 20);
    if (seen.has(hex)) continue;
    seen.add(hex);
    const account = `0x${rand() < 0.5 ? hex : hex.toUpperCase()}`;
    const r = rand();
    const cumulativeAmount = r < 0.05 ? 0n : r < 0.1 ? MAX_UINT256 : r < 0.5 ? BigInt(Math.floor(rand() * 1e9)) : BigInt(`0x${randomHex(rand, 32)}`);
    entries.push({ account, cumulativeAmount });
  }
  return entries;
}

/** Asserts root, every proof (one by one, by account and all at once), leaf hashes and dump equal the library's. */
function expectIdentical(taskId: bigint, entries: FastTreeEntry[]): void {
  const fast = buildRewardsTree(taskId, entries);
  const lib = StandardMerkleTree.of(
    entries.map((e) => [taskId.toString(), e.account, e.cumulativeAmount.toString()]),
    ENCODING,
  );
  expect(fast.root, `root of ${entries.length} leaves`).to.equal(lib.root);
  expect(fast.leafCount).to.equal(entries.length);
  const all = fast.allProofs();
  expect(all.length).to.equal(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const expected = lib.getProof(i);
    expect(fast.proof(i), `proof ${i} of ${entries.length}`).to.deep.equal(expected);
    expect(all[i], `allProofs()[${i}] of ${entries.length}`).to.deep.equal(expected);
    expect(fast.proofFor(entries[i]!.account.toLowerCase())).to.deep.equal(expected);
    expect(fast.indexOf(entries[i]!.account)).to.equal(i);
  }
  const dump = lib.dump();
  expect(JSON.stringify(fast.dump())).to.equal(JSON.stringify(dump));
  for (let i = 0; i < entries.length; i++) expect(fast.leafHash(i)).to.equal(dump.tree[dump.values[i]!.treeIndex]);
}

// ------------------------------------------------------------------ tests

describe("fast rewards tree (fastTree)", function () {
  describe("identity with StandardMerkleTree", function () {
    it(`gives the library's root, every proof and dump on ${CASES} seeded random trees of 1–5,000 leaves`, function () {
      // the library side dominates (~7,000 leaves with every proof); the 2 cores are shared, so allow for load
      this.timeout(900_000);
      const rand = prng(SEED);
      let leaves = 0;
      for (let c = 0; c < CASES; c++) {
        // sizes skewed small so the suite stays fast (the library needs ~1 ms per leaf plus proof, several times
        // more on a busy machine): case 0 has the largest size, 5,000 leaves, the others 1–24 (cubed uniform)
        const n = c === 0 ? 5000 : 1 + Math.floor(24 * rand() ** 3);
        const taskId = c % 7 === 0 ? MAX_UINT256 : BigInt(Math.floor(rand() * 1e6));
        expectIdentical(taskId, randomEntries(rand, n));
        leaves += n;
      }
      expect(leaves).to.be.greaterThan(6_500);
    });

    for (const n of [1, 2, 3]) {
      it(`matches with ${n} leaf${n === 1 ? "" : "s"}`, function () {
        expectIdentical(42n, randomEntries(prng(SEED + 10 + n), n));
      });
    }

    it("matches on entries in ascending account order (the round's order: lookups by binary search), mixed case", function () {
      const entries = randomEntries(prng(SEED + 20), 300).sort((x, y) => (x.account.toLowerCase() < y.account.toLowerCase() ? -1 : 1));
      expectIdentical(5n, entries);
      const tree = buildRewardsTree(5n, entries);
      expect(tree.indexOf(`0x${"00".repeat(20)}`)).to.equal(-1);
      expect(tree.indexOf(`0x${"ff".repeat(20)}`)).to.equal(-1);
    });

    it("makes a single leaf the root, with an empty proof", function () {
      const tree = buildRewardsTree(1n, [{ account: `0x${"11".repeat(20)}`, cumulativeAmount: 5n }]);
      expect(tree.root).to.equal(tree.leafHash(0));
      expect(tree.proof(0)).to.deep.equal([]);
    });

    it("encodes amounts 0 and 2^256 - 1 and task id 0 as the library does", function () {
      expectIdentical(0n, [
        { account: `0x${"00".repeat(20)}`, cumulativeAmount: 0n },
        { account: `0x${"ff".repeat(20)}`, cumulativeAmount: MAX_UINT256 },
        { account: `0x${"ab".repeat(20)}`, cumulativeAmount: 1n },
      ]);
    });
  });

  describe("refusals", function () {
    const a = `0x${"12".repeat(20)}`;
    const b = `0x${"34".repeat(20)}`;

    it("refuses an account listed twice, in any case, naming both entries", function () {
      expect(() =>
        buildRewardsTree(1n, [
          { account: a, cumulativeAmount: 1n },
          { account: b, cumulativeAmount: 1n },
          { account: a.toUpperCase().replace("0X", "0x"), cumulativeAmount: 2n },
        ]),
      ).to.throw(InvalidInputError, `fastTree: account 0x${"12".repeat(20)} listed twice (entries 0 and 2); merge its amounts first`);
    });

    it("refuses an account listed twice in ascending entries (adjacent), naming both entries", function () {
      expect(() =>
        buildRewardsTree(1n, [
          { account: a, cumulativeAmount: 1n },
          { account: b, cumulativeAmount: 1n },
          { account: b.toUpperCase().replace("0X", "0x"), cumulativeAmount: 2n },
        ]),
      ).to.throw(InvalidInputError, `fastTree: account 0x${"34".repeat(20)} listed twice (entries 1 and 2); merge its amounts first`);
    });

    it("the stream-API hasher (the native keccak package, an independent implementation) gives the same root and proofs", function () {
      const entries: FastTreeEntry[] = Array.from({ length: 37 }, (_, k) => ({
        account: `0x${(k + 1).toString(16).padStart(40, "0")}`,
        cumulativeAmount: BigInt(k) * 10n ** 18n + 7n,
      }));
      const sponge = buildRewardsTree(9n, entries);
      const stream = buildRewardsTree(9n, entries, { hasher: "stream" });
      expect(stream.root).to.equal(sponge.root);
      for (let k = 0; k < entries.length; k++) expect(stream.proof(k)).to.deep.equal(sponge.proof(k));
      expect(stream.root).to.equal(StandardMerkleTree.of(entries.map((e) => ["9", e.account, e.cumulativeAmount.toString()]), ["uint256", "address", "uint256"]).root);
    });

    it("refuses no entries, a malformed address, and out-of-range amounts or task ids", function () {
      expect(() => buildRewardsTree(1n, [])).to.throw(InvalidInputError, "expected at least one entry");
      expect(() => buildRewardsTree(1n, [{ account: "0x1234", cumulativeAmount: 1n }])).to.throw(InvalidInputError, "entry 0 has an invalid account address 0x1234");
      expect(() => buildRewardsTree(1n, [{ account: a, cumulativeAmount: -1n }])).to.throw(InvalidInputError, `amount of ${a} must be a uint256 (wei), got -1`);
      expect(() => buildRewardsTree(1n, [{ account: a, cumulativeAmount: MAX_UINT256 + 1n }])).to.throw(InvalidInputError, "must be a uint256");
      expect(() => buildRewardsTree(-1n, [{ account: a, cumulativeAmount: 1n }])).to.throw(InvalidInputError, "taskId must be a uint256, got -1");
      expect(() => buildRewardsTree(MAX_UINT256 + 1n, [{ account: a, cumulativeAmount: 1n }])).to.throw(InvalidInputError, "taskId must be a uint256");
    });

    it("refuses a proof for an unknown account or an index out of range", function () {
      const tree = buildRewardsTree(1n, [{ account: a, cumulativeAmount: 1n }]);
      expect(tree.indexOf(b)).to.equal(-1);
      expect(() => tree.proofFor(b)).to.throw(InvalidInputError, `fastTree: account ${b} has no leaf in the rewards tree`);
      expect(() => tree.proof(1)).to.throw(InvalidInputError, "fastTree: entry index 1 out of range [0, 1)");
      expect(() => tree.proof(-1)).to.throw(InvalidInputError, "out of range");
    });
  });
});
