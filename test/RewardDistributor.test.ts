import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import {
  baseFixture,
  distributorFixture,
  ONE,
  proofOf,
  rewardsTree,
  type DistributorFixture,
  type RewardLeaf,
} from "./shared/settleFixtures";

/**
 * Allocates `amount` wei with `root` for `taskId` (as RoundSettlement would) after minting the tokens to the
 * distributor (as TaskRegistry.payRound would).
 */
async function fund(f: DistributorFixture, taskId: bigint, round: bigint, root: string, amount: bigint) {
  await f.token.mint(await f.distributor.getAddress(), amount);
  await f.distributor.connect(f.settlementEoa).allocate(taskId, round, root, amount);
}

/** Task 1, round 0: accounts 0, 1, 2 earn 100, 200, 300 tokens (600 allocated). */
async function roundZeroFixture() {
  const f = await distributorFixture();
  const [a, b, c] = f.others;
  const leaves: RewardLeaf[] = [
    [1n, a.address, 100n * ONE],
    [1n, b.address, 200n * ONE],
    [1n, c.address, 300n * ONE],
  ];
  const tree = rewardsTree(leaves);
  await fund(f, 1n, 0n, tree.root, 600n * ONE);
  return { ...f, a, b, c, tree };
}

describe("RewardDistributor", function () {
  describe("constructor", function () {
    it("reads the token from the vault and records the deployer", async function () {
      const { distributor, vault, token, deployer } = await loadFixture(distributorFixture);
      expect(await distributor.VAULT()).to.equal(await vault.getAddress());
      expect(await distributor.TOKEN()).to.equal(await token.getAddress());
      expect(await distributor.DEPLOYER()).to.equal(deployer.address);
    });

    it("reverts for a zero vault", async function () {
      const factory = await ethers.getContractFactory("RewardDistributor");
      await expect(factory.deploy(ethers.ZeroAddress)).to.be.revertedWithCustomError(
        factory,
        "RewardDistributorZeroAddress"
      );
    });
  });

  describe("setSettlement", function () {
    /** `baseFixture`: its distributor is bound to no settlement yet. */
    async function freshDistributor() {
      return baseFixture();
    }

    it("lets the deployer bind it once and emits SettlementSet", async function () {
      const { distributor, settlementEoa } = await loadFixture(freshDistributor);
      await expect(distributor.setSettlement(settlementEoa.address))
        .to.emit(distributor, "SettlementSet")
        .withArgs(settlementEoa.address);
      expect(await distributor.settlement()).to.equal(settlementEoa.address);
    });

    it("reverts for another caller", async function () {
      const { distributor, deployer, stranger } = await loadFixture(freshDistributor);
      await expect(distributor.connect(stranger).setSettlement(stranger.address))
        .to.be.revertedWithCustomError(distributor, "SettlementHookNotDeployer")
        .withArgs(stranger.address, deployer.address);
    });

    it("reverts for the zero address", async function () {
      const { distributor } = await loadFixture(freshDistributor);
      await expect(distributor.setSettlement(ethers.ZeroAddress)).to.be.revertedWithCustomError(
        distributor,
        "SettlementHookZeroAddress"
      );
    });

    it("reverts the second time", async function () {
      const { distributor, settlementEoa, stranger } = await loadFixture(freshDistributor);
      await distributor.setSettlement(settlementEoa.address);
      await expect(distributor.setSettlement(stranger.address))
        .to.be.revertedWithCustomError(distributor, "SettlementHookAlreadySet")
        .withArgs(settlementEoa.address);
    });
  });

  describe("allocate", function () {
    context("when the settlement records a round", function () {
      it("replaces the root, adds to allocated and emits RootUpdated", async function () {
        const { distributor, settlementEoa } = await loadFixture(distributorFixture);
        const [r0, r1] = [ethers.id("r0"), ethers.id("r1")];
        await expect(distributor.connect(settlementEoa).allocate(1n, 0n, r0, 10n))
          .to.emit(distributor, "RootUpdated")
          .withArgs(1n, 0n, r0, 10n, 10n);
        await expect(distributor.connect(settlementEoa).allocate(1n, 1n, r1, 5n))
          .to.emit(distributor, "RootUpdated")
          .withArgs(1n, 1n, r1, 5n, 15n);
        const rewards = await distributor.taskRewards(1n);
        expect(rewards.root).to.equal(r1);
        expect(rewards.allocated).to.equal(15n);
        expect(rewards.claimedTotal).to.equal(0n);
        expect((await distributor.taskRewards(2n)).allocated).to.equal(0n);
      });

      it("keeps the previous root for a round that paid nothing (zero root)", async function () {
        const { distributor, settlementEoa } = await loadFixture(distributorFixture);
        const r0 = ethers.id("r0");
        await distributor.connect(settlementEoa).allocate(1n, 0n, r0, 10n);
        await expect(distributor.connect(settlementEoa).allocate(1n, 1n, ethers.ZeroHash, 0n))
          .to.emit(distributor, "RootUpdated")
          .withArgs(1n, 1n, r0, 0n, 10n);
        expect((await distributor.taskRewards(1n)).root).to.equal(r0);
      });
    });

    it("reverts for another caller than the settlement", async function () {
      const { distributor, stranger } = await loadFixture(distributorFixture);
      await expect(distributor.connect(stranger).allocate(1n, 0n, ethers.id("r"), 1n))
        .to.be.revertedWithCustomError(distributor, "SettlementHookNotSettlement")
        .withArgs(stranger.address);
    });
  });

  describe("claim", function () {
    context("when the proof is valid", function () {
      it("pays the account, whoever calls, and emits Claimed", async function () {
        const { distributor, token, tree, b, stranger } = await loadFixture(roundZeroFixture);
        const amount = 200n * ONE;
        const proof = proofOf(tree, b.address);
        expect(await distributor.connect(stranger).claim.staticCall(1n, b.address, amount, proof)).to.equal(amount);
        const tx = distributor.connect(stranger).claim(1n, b.address, amount, proof);
        await expect(tx).to.emit(distributor, "Claimed").withArgs(1n, b.address, amount, amount);
        await expect(tx).to.changeTokenBalances(token, [distributor, b, stranger], [-amount, amount, 0n]);
        expect(await distributor.claimed(1n, b.address)).to.equal(amount);
        expect((await distributor.taskRewards(1n)).claimedTotal).to.equal(amount);
      });

      it("pays only the difference of the cumulative amount over two rounds", async function () {
        const f = await loadFixture(roundZeroFixture);
        const { distributor, token, tree, a, b, c } = f;
        await distributor.claim(1n, a.address, 100n * ONE, proofOf(tree, a.address));

        // Round 1 adds 150 to a, 100 to b, nothing to c: 250 allocated more.
        const next = rewardsTree([
          [1n, a.address, 250n * ONE],
          [1n, b.address, 300n * ONE],
          [1n, c.address, 300n * ONE],
        ]);
        await fund(f, 1n, 1n, next.root, 250n * ONE);

        const tx = distributor.claim(1n, a.address, 250n * ONE, proofOf(next, a.address));
        await expect(tx)
          .to.emit(distributor, "Claimed")
          .withArgs(1n, a.address, 150n * ONE, 250n * ONE);
        await expect(tx).to.changeTokenBalance(token, a, 150n * ONE);
        await expect(distributor.claim(1n, b.address, 300n * ONE, proofOf(next, b.address))).to.changeTokenBalance(
          token,
          b,
          300n * ONE
        );
        await expect(distributor.claim(1n, c.address, 300n * ONE, proofOf(next, c.address))).to.changeTokenBalance(
          token,
          c,
          300n * ONE
        );
        const rewards = await distributor.taskRewards(1n);
        expect(rewards.claimedTotal).to.equal(850n * ONE);
        expect(rewards.allocated).to.equal(850n * ONE);
        expect(await token.balanceOf(await distributor.getAddress())).to.equal(0n);
      });

      it("pays a leaf of a 1,000-leaf tree", async function () {
        const f = await loadFixture(distributorFixture);
        const leaves: RewardLeaf[] = Array.from({ length: 1000 }, (_, i) => [
          1n,
          ethers.getAddress(ethers.toBeHex(0x1000 + i, 20)),
          BigInt(i + 1) * ONE,
        ]);
        const tree = rewardsTree(leaves);
        const total = leaves.reduce((sum, l) => sum + l[2], 0n);
        await fund(f, 1n, 0n, tree.root, total);
        const [, account, amount] = leaves[777];
        await expect(f.distributor.claim(1n, account, amount, tree.getProof(777)))
          .to.emit(f.distributor, "Claimed")
          .withArgs(1n, account, amount, amount);
        expect(await f.token.balanceOf(account)).to.equal(amount);
      });
    });

    context("when it fails", function () {
      it("reverts for a task without a root", async function () {
        const { distributor, tree, a } = await loadFixture(roundZeroFixture);
        await expect(distributor.claim(2n, a.address, 100n * ONE, proofOf(tree, a.address)))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorNoRoot")
          .withArgs(2n);
      });

      it("reverts for a wrong amount, a wrong account or a proof under an older root", async function () {
        const f = await loadFixture(roundZeroFixture);
        const { distributor, tree, a, b } = f;
        await expect(distributor.claim(1n, a.address, 101n * ONE, proofOf(tree, a.address)))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorInvalidProof")
          .withArgs(1n, a.address, 101n * ONE);
        await expect(distributor.claim(1n, b.address, 100n * ONE, proofOf(tree, a.address)))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorInvalidProof")
          .withArgs(1n, b.address, 100n * ONE);
        const next = rewardsTree([
          [1n, a.address, 150n * ONE],
          [1n, b.address, 200n * ONE],
        ]);
        await fund(f, 1n, 1n, next.root, 50n * ONE);
        await expect(distributor.claim(1n, a.address, 100n * ONE, proofOf(tree, a.address)))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorInvalidProof")
          .withArgs(1n, a.address, 100n * ONE);
      });

      it("reverts for the proof of another task's leaf", async function () {
        const f = await loadFixture(roundZeroFixture);
        const { distributor, a } = f;
        // Task 2's root is a tree of task-1 leaves: the task id in the leaf does not match.
        const foreign = rewardsTree([
          [1n, a.address, 100n * ONE],
          [1n, f.b.address, 100n * ONE],
        ]);
        await fund(f, 2n, 0n, foreign.root, 200n * ONE);
        await expect(distributor.claim(2n, a.address, 100n * ONE, proofOf(foreign, a.address)))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorInvalidProof")
          .withArgs(2n, a.address, 100n * ONE);
      });

      it("reverts when everything is already claimed", async function () {
        const f = await loadFixture(roundZeroFixture);
        const { distributor, tree, a, b } = f;
        const proof = proofOf(tree, a.address);
        await distributor.claim(1n, a.address, 100n * ONE, proof);
        await expect(distributor.claim(1n, a.address, 100n * ONE, proof))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorNothingToClaim")
          .withArgs(1n, a.address, 100n * ONE, 100n * ONE);
        // A later tree with a lower cumulative amount pays nothing either.
        const lower = rewardsTree([
          [1n, a.address, 50n * ONE],
          [1n, b.address, 200n * ONE],
        ]);
        await fund(f, 1n, 1n, lower.root, 0n);
        await expect(distributor.claim(1n, a.address, 50n * ONE, proofOf(lower, a.address)))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorNothingToClaim")
          .withArgs(1n, a.address, 50n * ONE, 100n * ONE);
      });

      it("reverts for a claim that would exceed the task's allocated total", async function () {
        const f = await loadFixture(distributorFixture);
        const [a, b] = f.others;
        const tree = rewardsTree([
          [1n, a.address, 100n * ONE],
          [1n, b.address, 200n * ONE],
        ]);
        await fund(f, 1n, 0n, tree.root, 250n * ONE);
        await f.distributor.claim(1n, a.address, 100n * ONE, proofOf(tree, a.address));
        await expect(f.distributor.claim(1n, b.address, 200n * ONE, proofOf(tree, b.address)))
          .to.be.revertedWithCustomError(f.distributor, "RewardDistributorExceedsAllocated")
          .withArgs(1n, 300n * ONE, 250n * ONE);
      });
    });
  });

  describe("claimMany", function () {
    context("when every claim is valid", function () {
      it("pays each account across tasks and returns the total", async function () {
        const f = await loadFixture(roundZeroFixture);
        const { distributor, token, tree, a, b, c, stranger } = f;
        const task2 = rewardsTree([
          [2n, a.address, 7n * ONE],
          [2n, c.address, 3n * ONE],
        ]);
        await fund(f, 2n, 0n, task2.root, 10n * ONE);
        const claims = [
          { taskId: 1n, account: a.address, cumulativeAmount: 100n * ONE, proof: proofOf(tree, a.address) },
          { taskId: 1n, account: b.address, cumulativeAmount: 200n * ONE, proof: proofOf(tree, b.address) },
          { taskId: 2n, account: a.address, cumulativeAmount: 7n * ONE, proof: proofOf(task2, a.address) },
          { taskId: 2n, account: c.address, cumulativeAmount: 3n * ONE, proof: proofOf(task2, c.address) },
        ];
        expect(await distributor.connect(stranger).claimMany.staticCall(claims)).to.equal(310n * ONE);
        const tx = distributor.connect(stranger).claimMany(claims);
        for (const cl of claims) {
          await expect(tx)
            .to.emit(distributor, "Claimed")
            .withArgs(cl.taskId, cl.account, cl.cumulativeAmount, cl.cumulativeAmount);
        }
        await expect(tx).to.changeTokenBalances(
          token,
          [distributor, a, b, c, stranger],
          [-310n * ONE, 107n * ONE, 200n * ONE, 3n * ONE, 0n]
        );
        expect((await distributor.taskRewards(1n)).claimedTotal).to.equal(300n * ONE);
        expect((await distributor.taskRewards(2n)).claimedTotal).to.equal(10n * ONE);
      });
    });

    context("when it fails", function () {
      it("reverts for an empty batch", async function () {
        const { distributor } = await loadFixture(roundZeroFixture);
        await expect(distributor.claimMany([])).to.be.revertedWithCustomError(
          distributor,
          "RewardDistributorEmptyBatch"
        );
      });

      it("reverts the whole batch when one claim fails, paying nothing", async function () {
        const { distributor, token, tree, a, b } = await loadFixture(roundZeroFixture);
        const claims = [
          { taskId: 1n, account: a.address, cumulativeAmount: 100n * ONE, proof: proofOf(tree, a.address) },
          { taskId: 1n, account: b.address, cumulativeAmount: 201n * ONE, proof: proofOf(tree, b.address) },
        ];
        await expect(distributor.claimMany(claims))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorInvalidProof")
          .withArgs(1n, b.address, 201n * ONE);
        expect(await token.balanceOf(a.address)).to.equal(0n);
        expect(await distributor.claimed(1n, a.address)).to.equal(0n);
      });
    });
  });

  describe("claimAndRestake", function () {
    context("when the account claims its own rewards", function () {
      it("stakes them to the operator for the account and emits Claimed and Restaked", async function () {
        const { distributor, vault, token, tree, c, operators } = await loadFixture(roundZeroFixture);
        const amount = 300n * ONE;
        const operator = operators[0].address;
        await vault.setSharesPerAssetE6(2_000_000n);
        const proof = proofOf(tree, c.address);
        const [staticAmount, staticShares] = await distributor
          .connect(c)
          .claimAndRestake.staticCall(1n, amount, proof, operator);
        expect(staticAmount).to.equal(amount);
        expect(staticShares).to.equal(2n * amount);

        const tx = distributor.connect(c).claimAndRestake(1n, amount, proof, operator);
        await expect(tx).to.emit(distributor, "Claimed").withArgs(1n, c.address, amount, amount);
        await expect(tx)
          .to.emit(distributor, "Restaked")
          .withArgs(1n, c.address, operator, amount, 2n * amount);
        await expect(tx)
          .to.emit(vault, "MockStakedFor")
          .withArgs(operator, c.address, await distributor.getAddress(), amount, 2n * amount);
        await expect(tx).to.changeTokenBalances(token, [distributor, vault, c], [-amount, amount, 0n]);
        expect(await token.allowance(await distributor.getAddress(), await vault.getAddress())).to.equal(0n);
        expect(await distributor.claimed(1n, c.address)).to.equal(amount);
      });
    });

    context("when it fails", function () {
      it("reverts for another account's leaf (the caller is the account)", async function () {
        const { distributor, tree, b, stranger, operators } = await loadFixture(roundZeroFixture);
        await expect(
          distributor.connect(stranger).claimAndRestake(1n, 200n * ONE, proofOf(tree, b.address), operators[0].address)
        )
          .to.be.revertedWithCustomError(distributor, "RewardDistributorInvalidProof")
          .withArgs(1n, stranger.address, 200n * ONE);
      });

      it("reverts when nothing is left to claim", async function () {
        const { distributor, tree, a, operators } = await loadFixture(roundZeroFixture);
        const proof = proofOf(tree, a.address);
        await distributor.claim(1n, a.address, 100n * ONE, proof);
        await expect(distributor.connect(a).claimAndRestake(1n, 100n * ONE, proof, operators[0].address))
          .to.be.revertedWithCustomError(distributor, "RewardDistributorNothingToClaim")
          .withArgs(1n, a.address, 100n * ONE, 100n * ONE);
      });
    });
  });

  describe("views", function () {
    it("leafHash is the StandardMerkleTree leaf of (taskId, account, cumulativeAmount)", async function () {
      const { distributor, tree, a } = await loadFixture(roundZeroFixture);
      expect(await distributor.leafHash(1n, a.address, 100n * ONE)).to.equal(
        tree.leafHash([1n, a.address, 100n * ONE])
      );
    });
  });

  describe("invariants", function () {
    it("invariant_distributorBalanceCoversUnclaimed and claimedTotal <= allocated through claims", async function () {
      const f = await loadFixture(roundZeroFixture);
      const { distributor, token, tree, a, b, c } = f;
      const address = await distributor.getAddress();
      const check = async () => {
        const r = await distributor.taskRewards(1n);
        expect(r.claimedTotal).to.be.lessThanOrEqual(r.allocated);
        expect(await token.balanceOf(address)).to.equal(r.allocated - r.claimedTotal);
      };
      await check();
      for (const [account, amount] of [
        [a, 100n],
        [b, 200n],
        [c, 300n],
      ] as const) {
        await distributor.claim(1n, account.address, amount * ONE, proofOf(tree, account.address));
        await check();
      }
    });
  });
});
