import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { expect } from "chai";
import { encodeAbiParameters, keccak256, type Address } from "viem";

import { buildRewardsTree, InvalidInputError, proofFor, REWARD_LEAF_ENCODING, rewardLeafHash, ZERO_ROOT } from "../../src/aggregator";
import { signer } from "./fixtures";

const TASK = 42n;
const accounts: Address[] = [0, 1, 2, 3, 4].map((i) => signer(i).address);

describe("rewards Merkle tree", function () {
  describe("buildRewardsTree", function () {
    it("builds leaves [taskId, account, cumulativeAmount] in account order, omitting zero amounts", function () {
      const { tree, root } = buildRewardsTree(TASK, [
        { account: accounts[0]!, amount: 5n },
        { account: accounts[1]!, amount: 0n },
        { account: accounts[2]!, amount: 10n ** 24n },
      ]);
      expect(tree).to.not.equal(null);
      expect(root).to.equal(tree!.root);
      const values = [...tree!.entries()].map(([, v]) => v);
      const expected = [
        [TASK.toString(), accounts[0]!, "5"],
        [TASK.toString(), accounts[2]!, (10n ** 24n).toString()],
      ].sort((a, b) => (a[1]!.toLowerCase() < b[1]!.toLowerCase() ? -1 : 1));
      expect(values).to.deep.equal(expected);
    });

    it("gives proofs that StandardMerkleTree.verify accepts", function () {
      const cumulative = accounts.map((account, i) => ({ account, amount: BigInt(i + 1) * 10n ** 18n }));
      const { tree, root } = buildRewardsTree(TASK, cumulative);
      for (const { account, amount } of cumulative) {
        const proof = proofFor(tree!, account);
        expect(StandardMerkleTree.verify(root, [...REWARD_LEAF_ENCODING], [TASK.toString(), account, amount.toString()], proof)).to.equal(true);
        expect(StandardMerkleTree.verify(root, [...REWARD_LEAF_ENCODING], [TASK.toString(), account, (amount + 1n).toString()], proof)).to.equal(false);
      }
    });

    it("hashes leaves as keccak256(bytes.concat(keccak256(abi.encode(taskId, account, amount))))", function () {
      const { tree } = buildRewardsTree(TASK, [{ account: accounts[3]!, amount: 777n }]);
      const encoded = encodeAbiParameters([{ type: "uint256" }, { type: "address" }, { type: "uint256" }], [TASK, accounts[3]!, 777n]);
      const expected = keccak256(keccak256(encoded, "bytes"));
      expect(rewardLeafHash(TASK, accounts[3]!, 777n)).to.equal(expected);
      expect(tree!.leafHash([TASK.toString(), accounts[3]!, "777"])).to.equal(expected);
      // a single leaf is the root
      expect(tree!.root).to.equal(expected);
    });

    it("does not depend on input order or address case", function () {
      const cumulative = accounts.map((account, i) => ({ account, amount: BigInt(i + 7) }));
      const a = buildRewardsTree(TASK, cumulative);
      const b = buildRewardsTree(TASK, [...cumulative].reverse().map((c) => ({ ...c, account: c.account.toLowerCase() as Address })));
      expect(b.root).to.equal(a.root);
      expect(b.tree!.dump()).to.deep.equal(a.tree!.dump());
    });

    it("returns no tree and the zero root when nobody has an amount", function () {
      expect(buildRewardsTree(TASK, [])).to.deep.equal({ tree: null, root: ZERO_ROOT });
      expect(buildRewardsTree(TASK, [{ account: accounts[0]!, amount: 0n }])).to.deep.equal({ tree: null, root: ZERO_ROOT });
    });

    it("rejects an account listed twice or a negative amount", function () {
      expect(() =>
        buildRewardsTree(TASK, [
          { account: accounts[0]!, amount: 1n },
          { account: accounts[0]!.toLowerCase() as Address, amount: 2n },
        ]),
      ).to.throw(InvalidInputError, /listed twice/);
      expect(() => buildRewardsTree(TASK, [{ account: accounts[0]!, amount: -1n }])).to.throw(InvalidInputError, />= 0/);
    });
  });

  describe("proofFor", function () {
    it("throws for an account without a leaf", function () {
      const { tree } = buildRewardsTree(TASK, [{ account: accounts[0]!, amount: 1n }]);
      expect(() => proofFor(tree!, accounts[1]!)).to.throw(InvalidInputError, /no leaf/);
    });
  });
});
