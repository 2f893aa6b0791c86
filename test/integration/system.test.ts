import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { DAY, ONE, hashSlashes, rewardsTree, signResult, systemFixture, taskFixture, type RoundResult, type Slash } from "../shared/fixtures";

import { BPS, VIRTUAL_SHARES } from "../shared/constants";
import { ceilDiv } from "../shared/sharesMath";

/**
 * The four contracts wired together (no mocks): the cross-contract paths of docs/PROTOCOL.md §3–6 and the
 * properties that only show when they act on each other (stakes at round start, slashes reaching
 * unbonding stake, the withdrawal lock, claim-and-restake, cancel and skip refunds).
 */
describe("integration: the contracts together", function () {
  async function propose(f: Awaited<ReturnType<typeof taskFixture>>, round: bigint, entries: [string, bigint][], slashes: Slash[]) {
    const tree = entries.length ? rewardsTree(f.taskId, entries) : undefined;
    const total = entries.reduce((s, [, v]) => s + v, 0n);
    const result: RoundResult = { taskId: f.taskId, round, rewardsRoot: tree ? tree.root : ethers.ZeroHash, totalReward: total, slashesHash: hashSlashes(slashes), bundleHash: ethers.id(`bundle-${round}`), bundleURI: `ipfs://bundle-${round}` };
    const sigs = await signResult(f.settlement, f.committee.slice(0, 2), result);
    const tx = await f.settlement.propose(result, slashes, sigs);
    return { tree, result, tx, proposedAt: BigInt(await time.latest()) };
  }

  describe("a full round", function () {
    it("pays the distributor, slashes exactly ceil(stake at the round's start * bps / 10,000) to the treasury and lets accounts claim", async function () {
      const f = await loadFixture(taskFixture);
      const [t1, t2] = f.trainers;
      const v3 = f.validators[2];
      await time.increaseTo(f.spec.startTime + DAY);
      const { tree: t, proposedAt } = await propose(f, 0n, [[t1.address, 600n * ONE], [t2.address, 300n * ONE]], [{ operator: v3.address, bps: 1_000n }]);
      const tree = t!;
      await time.increaseTo(proposedAt + DAY);

      const registry = await f.registry.getAddress();
      const distributor = await f.distributor.getAddress();
      const treasuryBefore = await f.token.balanceOf(f.treasury.address);
      await expect(f.settlement.finalize(f.taskId, 0n))
        .to.emit(f.registry, "RoundPaid").withArgs(f.taskId, 0n, distributor, 900n * ONE, 100n * ONE)
        .and.to.emit(f.vault, "Slashed").withArgs(v3.address, ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["uint256", "uint256"], [f.taskId, 0n])), 1_000n, f.spec.startTime, 1_000n * ONE, 100n * ONE, 0n, f.treasury.address);
      expect(await f.token.balanceOf(f.treasury.address)).to.equal(treasuryBefore + 100n * ONE);
      expect(await f.vault.stakeOf(v3.address)).to.equal(900n * ONE);
      expect(await f.token.balanceOf(registry)).to.equal(2_000n * ONE + 100n * ONE); // 2 rounds escrowed + unspent
      expect((await f.registry.getTask(f.taskId)).refundable).to.equal(100n * ONE);

      const [i1] = [...tree.entries()].find(([, v]) => v[1] === t1.address)!;
      const before = await f.token.balanceOf(t1.address);
      await expect(f.distributor.claim(f.taskId, t1.address, 600n * ONE, tree.getProof(i1)))
        .to.emit(f.distributor, "Claimed").withArgs(f.taskId, t1.address, 600n * ONE, 600n * ONE);
      expect(await f.token.balanceOf(t1.address)).to.equal(before + 600n * ONE);
    });

    it("claimAndRestake stakes the claim into the chosen operator's pool for the claimant", async function () {
      const f = await loadFixture(taskFixture);
      const t2 = f.trainers[1];
      const v1 = f.validators[0];
      await time.increaseTo(f.spec.startTime + DAY);
      const { tree: t, proposedAt } = await propose(f, 0n, [[t2.address, 300n * ONE]], []);
      const tree = t!;
      await time.increaseTo(proposedAt + DAY);
      await f.settlement.finalize(f.taskId, 0n);
      const expectedShares = await f.vault.previewStake(v1.address, 300n * ONE);
      const walletBefore = await f.token.balanceOf(t2.address);
      await expect(f.distributor.connect(t2).claimAndRestake(f.taskId, 300n * ONE, tree.getProof(0), v1.address))
        .to.emit(f.distributor, "Restaked").withArgs(f.taskId, t2.address, v1.address, 300n * ONE, expectedShares);
      expect(await f.vault.sharesOf(v1.address, t2.address)).to.equal(expectedShares);
      expect(await f.vault.stakeOf(v1.address)).to.equal(1_300n * ONE);
      expect(await f.token.balanceOf(t2.address)).to.equal(walletBefore);
    });
  });

  describe("stake is read at the round's start", function () {
    it("ignores a delegation made inside the round and an operator that joined inside it", async function () {
      const f = await loadFixture(taskFixture);
      const t1 = f.trainers[0];
      const [d1, late] = f.delegators;
      await time.increaseTo(f.spec.startTime + 10n);
      await f.vault.connect(d1).stake(t1.address, 1_000n * ONE);
      await f.vault.connect(late).registerOperator(0n, "");
      await f.vault.connect(late).stake(late.address, 500n * ONE);
      await f.registry.connect(late).joinTask(f.taskId, 1);

      expect(await f.vault.stakeOf(t1.address)).to.equal(2_000n * ONE);
      expect(await f.vault.stakeAt(t1.address, f.spec.startTime)).to.equal(1_000n * ONE);
      expect(await f.registry.participantRole(f.taskId, 0n, late.address)).to.equal(0n);
      expect(await f.registry.participantRole(f.taskId, 1n, late.address)).to.equal(1n);

      await time.increaseTo(f.spec.startTime + DAY);
      const slashes = [{ operator: late.address, bps: 1_000n }];
      const result: RoundResult = { taskId: f.taskId, round: 0n, rewardsRoot: ethers.ZeroHash, totalReward: 0n, slashesHash: hashSlashes(slashes), bundleHash: ethers.ZeroHash, bundleURI: "" };
      const sigs = await signResult(f.settlement, f.committee.slice(0, 2), result);
      await expect(f.settlement.propose(result, slashes, sigs)).to.be.revertedWithCustomError(f.settlement, "RoundSettlementNotParticipant").withArgs(f.taskId, 0n, late.address);
    });
  });

  describe("the slash base is the stake at the round's start", function () {
    it("charges a delegation made inside the offending round only its pro-rata part of bps x the stake that backed it", async function () {
      const f = await loadFixture(taskFixture);
      const v3 = f.validators[2];
      const d1 = f.delegators[0];
      await time.increaseTo(f.spec.startTime + 10n);
      await f.vault.connect(d1).stake(v3.address, 1_000n * ONE); // joins round 0 late: 1,000 backed it, 2,000 are staked now
      const shares = await f.vault.sharesOf(v3.address, d1.address);
      const valueBefore = await f.vault.convertToAssets(v3.address, shares);

      await time.increaseTo(f.spec.startTime + DAY);
      const { proposedAt } = await propose(f, 0n, [], [{ operator: v3.address, bps: 1_000n }]);
      await time.increaseTo(proposedAt + DAY);
      const treasuryBefore = await f.token.balanceOf(f.treasury.address);
      await expect(f.settlement.finalize(f.taskId, 0n))
        .to.emit(f.vault, "Slashed")
        .withArgs(v3.address, ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["uint256", "uint256"], [f.taskId, 0n])), 1_000n, f.spec.startTime, 1_000n * ONE, 100n * ONE, 0n, f.treasury.address);
      // 10% of the 1,000 that backed the round (the v1 rule took 10% of the 2,000 pool); everyone in the pool keeps 95%.
      expect(await f.token.balanceOf(f.treasury.address)).to.equal(treasuryBefore + 100n * ONE);
      expect(await f.vault.stakeOf(v3.address)).to.equal(1_900n * ONE);
      const lost = valueBefore - (await f.vault.convertToAssets(v3.address, shares));
      expect(lost).to.be.within(50n * ONE - 1n, 50n * ONE + 1n);
    });
  });

  describe("unstaking cannot outrun a slash", function () {
    it("cuts a request made during the offending round: the withdrawal pays the post-slash value", async function () {
      const f = await loadFixture(taskFixture);
      const v3 = f.validators[2];
      const d1 = f.delegators[0];
      await f.vault.connect(d1).stake(v3.address, 500n * ONE);
      await time.increaseTo(f.spec.startTime + 10n);
      const shares = await f.vault.sharesOf(v3.address, d1.address);
      await f.vault.connect(d1).requestUnstake(v3.address, shares);
      const id = (await f.vault.nextRequestId()) - 1n;
      const [ua, us] = await f.vault.unbondingOf(v3.address);
      const request = await f.vault.getRequest(id);

      await time.increaseTo(f.spec.startTime + DAY);
      const { proposedAt } = await propose(f, 0n, [], [{ operator: v3.address, bps: 1_000n }]);
      await time.increaseTo(proposedAt + DAY);
      await f.settlement.finalize(f.taskId, 0n);
      const cut = ceilDiv(ua * 1_000n, BPS);
      expect((await f.vault.unbondingOf(v3.address))[0]).to.equal(ua - cut);
      const expected = (request.shares * (ua - cut + 1n)) / (us + VIRTUAL_SHARES);
      expect(await f.vault.requestValue(id)).to.equal(expected);

      await time.increaseTo(request.unlockTime);
      const before = await f.token.balanceOf(d1.address);
      await f.vault.connect(d1).withdraw([id]);
      expect(await f.token.balanceOf(d1.address)).to.equal(before + expected);
      expect(expected).to.be.lessThan(450n * ONE + 1n);
    });

    it("holds a matured request while a slash of its operator is proposed, and releases it after a challenge", async function () {
      const f = await loadFixture(systemFixture);
      const v2 = f.validators[1];
      const d2 = f.delegators[1];
      await f.vault.connect(d2).stake(v2.address, 400n * ONE);
      await f.vault.connect(d2).requestUnstake(v2.address, await f.vault.sharesOf(v2.address, d2.address));
      const id = (await f.vault.nextRequestId()) - 1n;
      const request = await f.vault.getRequest(id);
      // a task whose round 0 ends exactly when the request matures
      const startTime = request.unlockTime - DAY;
      await f.registry.connect(f.creator).createTask({ startTime, roundDuration: DAY, numRounds: 1, rewardPerRound: 100n * ONE, minTrainerStake: 0n, minValidatorStake: 0n, specHash: ethers.id("t"), specURI: "" });
      await f.registry.connect(v2).joinTask(1n, 2);
      await time.increaseTo(request.unlockTime + 60n);
      const slashes = [{ operator: v2.address, bps: 2_000n }];
      const result: RoundResult = { taskId: 1n, round: 0n, rewardsRoot: ethers.ZeroHash, totalReward: 0n, slashesHash: hashSlashes(slashes), bundleHash: ethers.ZeroHash, bundleURI: "" };
      await f.settlement.propose(result, slashes, await signResult(f.settlement, f.committee.slice(1), result));

      await expect(f.vault.connect(d2).withdraw([id])).to.be.revertedWithCustomError(f.vault, "StakingVaultSlashPending").withArgs(v2.address, 1n);
      await f.settlement.connect(f.guardian).challenge(1n, 0n, "scores do not recompute");
      const value = await f.vault.requestValue(id);
      const before = await f.token.balanceOf(d2.address);
      await f.vault.connect(d2).withdraw([id]);
      expect(await f.token.balanceOf(d2.address)).to.equal(before + value);
    });
  });

  describe("refunds", function () {
    it("cancel returns the rounds not yet started at once; the ended and the running round still settle and their unspent parts are refundable", async function () {
      const f = await loadFixture(taskFixture);
      await time.increaseTo(f.spec.startTime + DAY + 60n); // round 0 ended, round 1 running
      const before = await f.token.balanceOf(f.creator.address);
      await expect(f.registry.connect(f.creator).cancelTask(f.taskId)).to.emit(f.registry, "TaskCancelled").withArgs(f.taskId, 2n, 1_000n * ONE);
      expect(await f.token.balanceOf(f.creator.address)).to.equal(before + 1_000n * ONE);

      const { proposedAt } = await propose(f, 0n, [[f.trainers[0].address, 700n * ONE]], []);
      await time.increaseTo(proposedAt + DAY);
      await f.settlement.finalize(f.taskId, 0n);
      // Round 1 was running at the cancel: its participants' result still settles (cumulative leaf 700 + 500).
      expect(BigInt(await time.latest())).to.be.greaterThanOrEqual(f.spec.startTime + 2n * DAY); // round 1 has ended
      const tree = rewardsTree(f.taskId, [[f.trainers[0].address, 1_200n * ONE]]);
      const r1: RoundResult = { taskId: f.taskId, round: 1n, rewardsRoot: tree.root, totalReward: 500n * ONE, slashesHash: hashSlashes([]), bundleHash: ethers.id("bundle-1"), bundleURI: "ipfs://bundle-1" };
      await f.settlement.propose(r1, [], await signResult(f.settlement, f.committee.slice(0, 2), r1));
      await time.increaseTo(BigInt(await time.latest()) + DAY);
      await f.settlement.finalize(f.taskId, 1n);
      await expect(f.registry.withdrawRefund(f.taskId)).to.emit(f.registry, "RefundWithdrawn").withArgs(f.taskId, f.creator.address, 800n * ONE);
      expect(await f.token.balanceOf(await f.registry.getAddress())).to.equal(0n);
      expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(1_200n * ONE);
    });

    it("a round without a result by roundEnd + RESULT_DEADLINE is skipped and its whole budget refunded", async function () {
      const f = await loadFixture(taskFixture);
      const deadline = f.spec.startTime + DAY + 3n * DAY;
      await time.increaseTo(deadline - 2n); // the next transaction lands at deadline - 1
      await expect(f.settlement.skip(f.taskId, 0n)).to.be.revertedWithCustomError(f.settlement, "RoundSettlementDeadlineNotReached");
      // the reverted attempt mined a block at deadline - 1: the next transaction lands exactly at the deadline
      await expect(f.settlement.skip(f.taskId, 0n)).to.emit(f.registry, "RoundRefunded").withArgs(f.taskId, 0n, 1_000n * ONE);
      expect(await f.settlement.nextRound(f.taskId)).to.equal(1n);
      const before = await f.token.balanceOf(f.creator.address);
      await f.registry.withdrawRefund(f.taskId);
      expect(await f.token.balanceOf(f.creator.address)).to.equal(before + 1_000n * ONE);
    });
  });
});
