// The companion proofs file (`aerie-proofs/1`): every account's proof read from it equals @openzeppelin/merkle-tree's
// getProof on the same leaves, with the exact cumulative amount; its header names the bundle and root; refusals.
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { expect } from "chai";
import type { Hex } from "viem";

import { InvalidInputError } from "../../src/aggregator";
import { checksumAddress } from "../../src/aggregator/checksum";
import { buildRewardsTree } from "../../src/aggregator/fastTree";
import { encodeProofsFile, lookupProof, PROOFS_HEADER_BYTES, readProofsHeader, type ProofsFileReader } from "../../src/aggregator/proofsFile";
import { rng as prng } from "./fixtures";

const ENCODING = ["uint256", "address", "uint256"];
const BUNDLE_HASH = `0x${"ab".repeat(32)}` as Hex;

/** Distinct random checksummed accounts in account order, with amounts up to 2^200. */
function sortedEntries(rand: () => number, n: number): { account: string; cumulativeAmount: bigint }[] {
  const keys = new Set<string>();
  while (keys.size < n) {
    let hex = "";
    for (let i = 0; i < 20; i++) hex += Math.floor(rand() * 256).toString(16).padStart(2, "0");
    keys.add(hex);
  }
  return [...keys].sort().map((hex, i) => ({ account: checksumAddress(`0x${hex}`), cumulativeAmount: (BigInt(Math.floor(rand() * 1e12)) << BigInt(i % 200)) + 1n }));
}

function readerOf(bytes: Buffer): ProofsFileReader {
  return (offset, length) => bytes.subarray(offset, offset + length);
}

describe("proofs file (aerie-proofs/1)", function () {
  it("gives every account the library's proof and its exact amount, for 1 to 300 leaves", function () {
    this.timeout(120_000);
    const rand = prng(0x9f00f5);
    for (const n of [1, 2, 3, 5, 8, 33, 300]) {
      const entries = sortedEntries(rand, n);
      const taskId = BigInt(n) * 1_000_003n;
      const tree = buildRewardsTree(taskId, entries);
      const file = Buffer.concat(encodeProofsFile(tree, taskId, BUNDLE_HASH, entries));
      const header = readProofsHeader(readerOf(file), file.length);
      expect(header).to.deep.equal({ bundleHash: BUNDLE_HASH, root: tree.root, taskId, leafCount: n });
      const library = StandardMerkleTree.of(entries.map((e) => [taskId.toString(), e.account, e.cumulativeAmount.toString()]), ENCODING);
      expect(header.root).to.equal(library.root);
      entries.forEach((e, i) => {
        const got = lookupProof(readerOf(file), header, e.account.toLowerCase());
        expect(got).to.deep.equal({ account: e.account, cumulativeAmount: e.cumulativeAmount, proof: library.getProof(i) });
      });
    }
  });

  it("answers undefined for an account without a leaf (below, between and above the others)", function () {
    const entries = [
      { account: checksumAddress(`0x${"10".repeat(20)}`), cumulativeAmount: 5n },
      { account: checksumAddress(`0x${"30".repeat(20)}`), cumulativeAmount: 7n },
    ];
    const tree = buildRewardsTree(1n, entries);
    const file = Buffer.concat(encodeProofsFile(tree, 1n, BUNDLE_HASH, entries));
    const header = readProofsHeader(readerOf(file), file.length);
    for (const b of ["00", "20", "ff"]) expect(lookupProof(readerOf(file), header, `0x${b.repeat(20)}`)).to.equal(undefined);
    expect(lookupProof(readerOf(file), header, `0x${"30".repeat(20)}`)).to.deep.equal({ account: entries[1]!.account, cumulativeAmount: 7n, proof: [tree.leafHash(0)] });
  });

  it("refuses a file with another magic, a truncated file, and accounts out of order", function () {
    const entries = [
      { account: checksumAddress(`0x${"10".repeat(20)}`), cumulativeAmount: 5n },
      { account: checksumAddress(`0x${"30".repeat(20)}`), cumulativeAmount: 7n },
    ];
    const tree = buildRewardsTree(1n, entries);
    const file = Buffer.concat(encodeProofsFile(tree, 1n, BUNDLE_HASH, entries));
    const other = Buffer.from(file);
    other.write("XXXXXXXX", 0, "latin1");
    expect(() => readProofsHeader(readerOf(other), other.length)).to.throw(InvalidInputError, "proofs file: not an aerie-proofs/1 file (expected the magic AERIEPF1)");
    const short = file.subarray(0, file.length - 1);
    expect(() => readProofsHeader(readerOf(short), short.length)).to.throw(InvalidInputError, `proofs file: ${file.length - 1} bytes, but a file of 2 leaves has ${file.length}: it is truncated or corrupt`);
    expect(file.length).to.equal(PROOFS_HEADER_BYTES + 2 * 56 + 3 * 32);
    const reversed = [entries[1]!, entries[0]!];
    expect(() => encodeProofsFile(buildRewardsTree(1n, reversed), 1n, BUNDLE_HASH, reversed)).to.throw(InvalidInputError, `proofs file: accounts must be in ascending account order (entry 1, ${entries[0]!.account})`);
  });
});
