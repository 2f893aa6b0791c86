import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { CHALLENGE_WINDOW, DAY, ONE, Role, RoundStatus } from "../shared/constants";
import { hashSlashes, rewardsTree, signResult, type RoundResult, type Slash } from "../shared/fixtures";
import { deploySystem, mintAndApprove } from "../shared/system";

/**
 * Every token-moving entry point of the four contracts is `nonReentrant` (HELPER_BRIEF "Standards"). These tests
 * deploy the real system on `ReentrantToken` (contracts/test), whose transfer hook calls back into a chosen
 * contract in the middle of a transfer, the shape of an ERC-777 hook or a malicious token, and prove that each
 * guarded function refuses such a re-entry with `ReentrancyGuardReentrantCall()` while the outer call completes
 * (or, when the hook bubbles the revert, the whole transaction reverts and nothing moves).
 *
 * Unless a test says otherwise the hook is armed once with `bubbleRevert = false`: the token catches the failed
 * call back, records its revert data in `ReentryAttempted(target, false, returnData)`, and the outer call goes on.
 * That event pins the revert to the guard: the call back would otherwise fail with another error (no shares, no
 * deadline reached, wrong caller...), or succeed.
 */

/** `ReentrantToken.Phase`: the hook fires before or after the transfer's balance update. */
const Phase = { BeforeUpdate: 0, AfterUpdate: 1 } as const;

/** Revert data of OpenZeppelin's `ReentrancyGuardReentrantCall()` (its 4-byte selector). */
const GUARD = ethers.id("ReentrancyGuardReentrantCall()").slice(0, 10);

/** Round budget of every task here, in wei. */
const REWARD_PER_ROUND = 1_000n * ONE;
/** Self-stake of each operator, in wei. */
const SELF_STAKE = 1_000n * ONE;
/** What alice delegates to operator B in the base fixture, in wei. */
const DELEGATION = 500n * ONE;
/** Round 0 rewards: operator A and operator B, in wei. */
const REWARD_A = 600n * ONE;
const REWARD_B = 300n * ONE;
/** Slash of operator C proposed for round 0, in bps. */
const SLASH_C_BPS = 1_000n;

// ------------------------------------------------------------------ fixtures

/**
 * The four real contracts on a `ReentrantToken`, wired as in deployment (PROTOCOL §8 parameters, 2-of-3
 * committee). Operators A, B and C are registered at 10% and self-staked `SELF_STAKE`; alice delegated
 * `DELEGATION` to B; the creator holds 100,000 tokens approved to the registry; bob is funded and approved.
 */
async function reentrantSystemFixture() {
  const [gov, , , , guardian, creator, opA, opB, opC, alice, bob, treasury] = await ethers.getSigners();
  const system = await deploySystem({ token: "ReentrantToken", owner: gov, guardian: guardian.address, slashRecipient: treasury.address });
  const { token, vault, registry, distributor, settlement, committee } = system;
  await mintAndApprove(system, [creator], 100_000n * ONE, await registry.getAddress(), ethers.MaxUint256);
  await mintAndApprove(system, [opA, opB, opC, alice, bob], 10_000n * ONE, await vault.getAddress(), ethers.MaxUint256);
  for (const op of [opA, opB, opC]) {
    await vault.connect(op).registerOperator(1_000n, "");
    await vault.connect(op).stake(op.address, SELF_STAKE);
  }
  await vault.connect(alice).stake(opB.address, DELEGATION);
  return { token, vault, registry, distributor, settlement, gov, committee, guardian, creator, opA, opB, opC, alice, bob, treasury };
}

type System = Awaited<ReturnType<typeof reentrantSystemFixture>>;

/**
 * A task spec: `numRounds` (default 3) rounds of 1 day, `REWARD_PER_ROUND` each, 100-token minimum stakes.
 * @param startTime unix seconds.
 */
function taskSpec(startTime: bigint, numRounds = 3) {
  return {
    startTime,
    roundDuration: DAY,
    numRounds,
    rewardPerRound: REWARD_PER_ROUND,
    minTrainerStake: 100n * ONE,
    minValidatorStake: 100n * ONE,
    specHash: ethers.id("reentrancy-task"),
    specURI: "ipfs://reentrancy-task",
  };
}

/**
 * `reentrantSystemFixture`, then: alice requests all her shares in B out (request 1); task 1 starts 13 days
 * later (A and B trainers, C validator); round 0's result (A `REWARD_A`, B `REWARD_B`, C slashed
 * `SLASH_C_BPS`) is proposed at the round's end and the clock stands at the end of its challenge window, so the
 * result is finalizable, alice's request is unlocked and C's withdrawals are locked. The task has 4 rounds: rounds
 * 0 and 1 have ended, round 2 is running and round 3 has not started.
 */
async function proposedRoundFixture() {
  const f = await reentrantSystemFixture();
  const aliceShares = await f.vault.sharesOf(f.opB.address, f.alice.address);
  await f.vault.connect(f.alice).requestUnstake(f.opB.address, aliceShares);
  const requestId = 1n;

  const spec = taskSpec(BigInt(await time.latest()) + 13n * DAY, 4);
  await f.registry.connect(f.creator).createTask(spec);
  const taskId = 1n;
  await f.registry.connect(f.opA).joinTask(taskId, Role.Trainer);
  await f.registry.connect(f.opB).joinTask(taskId, Role.Trainer);
  await f.registry.connect(f.opC).joinTask(taskId, Role.Validator);

  await time.increaseTo(spec.startTime + DAY);
  const tree = rewardsTree(taskId, [
    [f.opA.address, REWARD_A],
    [f.opB.address, REWARD_B],
  ]);
  const slashes: Slash[] = [{ operator: f.opC.address, bps: SLASH_C_BPS }];
  const result: RoundResult = {
    taskId,
    round: 0n,
    rewardsRoot: tree.root,
    totalReward: REWARD_A + REWARD_B,
    slashesHash: hashSlashes(slashes),
    bundleHash: ethers.id("bundle-0"),
    bundleURI: "ipfs://bundle-0",
  };
  await f.settlement.propose(result, slashes, await signResult(f.settlement, f.committee.slice(0, 2), result));
  const proposedAt = BigInt(await time.latest());
  await time.increaseTo(proposedAt + CHALLENGE_WINDOW);
  return { ...f, spec, taskId, requestId, tree, result, slashes };
}

/** `proposedRoundFixture` with round 0 finalized: the distributor holds `REWARD_A + REWARD_B` for task 1. */
async function finalizedRoundFixture() {
  const f = await proposedRoundFixture();
  await f.settlement.finalize(f.taskId, 0n);
  return f;
}

/**
 * The proof of `account`'s leaf in a rewards tree.
 * @throws Error when the tree has no leaf for the account.
 */
function proofOf(tree: ReturnType<typeof rewardsTree>, account: string): string[] {
  for (const [i, leaf] of tree.entries()) if (leaf[1] === account) return tree.getProof(i);
  throw new Error(`no leaf for ${account}`);
}

/**
 * Arms the token's hook once: the next transfer (in `phase`) calls `target` with `data`.
 * @param bubble whether the call back's revert reverts the transfer.
 */
async function arm(f: System, target: { getAddress(): Promise<string> }, data: string, phase: number, bubble = false) {
  await f.token.arm(await target.getAddress(), data, phase, 1n, bubble);
}

// ------------------------------------------------------------------ tests

describe("re-entrancy through the token's transfer hook", function () {
  describe("StakingVault", function () {
    describe("stake", function () {
      it("refuses a stake re-entered from the pull's transferFrom; the outer stake books exactly its own shares", async function () {
        const f = await loadFixture(reentrantSystemFixture);
        const amount = 100n * ONE;
        const shares = await f.vault.previewStake(f.opA.address, amount);
        await arm(f, f.vault, f.vault.interface.encodeFunctionData("stake", [f.opA.address, ONE]), Phase.BeforeUpdate);

        const tx = f.vault.connect(f.alice).stake(f.opA.address, amount);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.vault.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.vault, "Staked").withArgs(f.opA.address, f.alice.address, f.alice.address, amount, shares);
        expect(await f.vault.stakeOf(f.opA.address)).to.equal(SELF_STAKE + amount);
        expect(await f.vault.sharesOf(f.opA.address, f.alice.address)).to.equal(shares);
        expect(await f.token.balanceOf(await f.vault.getAddress())).to.equal(3n * SELF_STAKE + DELEGATION + amount);
      });

      it("reverts the whole stake with ReentrancyGuardReentrantCall when the hook bubbles, and moves nothing", async function () {
        const f = await loadFixture(reentrantSystemFixture);
        const walletBefore = await f.token.balanceOf(f.alice.address);
        await arm(f, f.vault, f.vault.interface.encodeFunctionData("stake", [f.opA.address, ONE]), Phase.BeforeUpdate, true);

        await expect(f.vault.connect(f.alice).stake(f.opA.address, 100n * ONE)).to.be.revertedWithCustomError(
          f.vault,
          "ReentrancyGuardReentrantCall"
        );
        expect(await f.token.balanceOf(f.alice.address)).to.equal(walletBefore);
        expect(await f.vault.stakeOf(f.opA.address)).to.equal(SELF_STAKE);
        expect(await f.vault.sharesOf(f.opA.address, f.alice.address)).to.equal(0n);
      });
    });

    describe("stakeFor", function () {
      it("refuses a stakeFor re-entered from the pull's transferFrom; the outer one credits only its account", async function () {
        const f = await loadFixture(reentrantSystemFixture);
        const amount = 50n * ONE;
        const shares = await f.vault.previewStake(f.opA.address, amount);
        const data = f.vault.interface.encodeFunctionData("stakeFor", [f.opA.address, f.alice.address, ONE]);
        await arm(f, f.vault, data, Phase.AfterUpdate);

        const tx = f.vault.connect(f.bob).stakeFor(f.opA.address, f.alice.address, amount);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.vault.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.vault, "Staked").withArgs(f.opA.address, f.alice.address, f.bob.address, amount, shares);
        expect(await f.vault.sharesOf(f.opA.address, f.alice.address)).to.equal(shares);
        expect(await f.vault.sharesOf(f.opA.address, f.bob.address)).to.equal(0n);
        expect(await f.vault.stakeOf(f.opA.address)).to.equal(SELF_STAKE + amount);
      });
    });

    describe("stakeWithPermit", function () {
      it("refuses a stakeWithPermit re-entered from the pull; the outer one falls back on the allowance", async function () {
        const f = await loadFixture(reentrantSystemFixture);
        const amount = 70n * ONE;
        const shares = await f.vault.previewStake(f.opA.address, amount);
        const deadline = BigInt(await time.latest()) + DAY;
        const data = f.vault.interface.encodeFunctionData("stakeWithPermit", [
          f.opA.address,
          ONE,
          deadline,
          27,
          ethers.ZeroHash,
          ethers.ZeroHash,
        ]);
        await arm(f, f.vault, data, Phase.BeforeUpdate);

        // ReentrantToken has no `permit`: the vault ignores the failed permit and pulls with alice's allowance.
        const tx = f.vault
          .connect(f.alice)
          .stakeWithPermit(f.opA.address, amount, deadline, 27, ethers.ZeroHash, ethers.ZeroHash);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.vault.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.vault, "Staked").withArgs(f.opA.address, f.alice.address, f.alice.address, amount, shares);
        expect(await f.vault.stakeOf(f.opA.address)).to.equal(SELF_STAKE + amount);
      });
    });

    describe("requestUnstake", function () {
      it("refuses a requestUnstake re-entered during a stake, before checking the caller's shares", async function () {
        const f = await loadFixture(reentrantSystemFixture);
        // Without the guard the call back would fail StakingVaultInsufficientShares (the token holds no shares).
        const data = f.vault.interface.encodeFunctionData("requestUnstake", [f.opA.address, 1n]);
        await arm(f, f.vault, data, Phase.AfterUpdate);

        const tx = f.vault.connect(f.alice).stake(f.opA.address, 10n * ONE);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.vault.getAddress(), false, GUARD);
        await expect(tx).not.to.emit(f.vault, "UnstakeRequested");
        expect(await f.vault.nextRequestId()).to.equal(1n);
        expect(await f.vault.stakeOf(f.opA.address)).to.equal(SELF_STAKE + 10n * ONE);
      });
    });

    describe("withdraw", function () {
      it("refuses a withdraw re-entered from the payout transfer; the request is paid exactly once", async function () {
        const f = await loadFixture(proposedRoundFixture);
        const value = await f.vault.requestValue(f.requestId);
        const walletBefore = await f.token.balanceOf(f.alice.address);
        const data = f.vault.interface.encodeFunctionData("withdraw", [[f.requestId]]);
        await arm(f, f.vault, data, Phase.BeforeUpdate);

        const tx = f.vault.connect(f.alice).withdraw([f.requestId]);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.vault.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.vault, "Withdrawn").withArgs(f.requestId, f.opB.address, f.alice.address, value);
        expect(await f.token.balanceOf(f.alice.address)).to.equal(walletBefore + value);
        const [unbondingAssets, unbondingShares] = await f.vault.unbondingOf(f.opB.address);
        expect([unbondingAssets, unbondingShares]).to.deep.equal([0n, 0n]);
        expect((await f.vault.getRequest(f.requestId)).owner).to.equal(ethers.ZeroAddress);
      });
    });

    describe("slash", function () {
      it("refuses a slash from a finalize re-entered during a withdraw payout; the same finalize works afterwards", async function () {
        const f = await loadFixture(proposedRoundFixture);
        // The hook calls settlement.finalize, which pays the round and allocates, then calls vault.slash while
        // the vault is still inside `withdraw`: only the vault's guard can refuse it (the settlement's and the
        // registry's are free, the distributor's allocate has none).
        const value = await f.vault.requestValue(f.requestId);
        const data = f.settlement.interface.encodeFunctionData("finalize", [f.taskId, 0n]);
        await arm(f, f.settlement, data, Phase.AfterUpdate);

        const tx = f.vault.connect(f.alice).withdraw([f.requestId]);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.settlement.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.vault, "Withdrawn").withArgs(f.requestId, f.opB.address, f.alice.address, value);
        expect(await f.settlement.roundStatus(f.taskId, 0n)).to.equal(RoundStatus.Proposed);
        expect(await f.vault.pendingSlashes(f.opC.address)).to.equal(1n);
        expect(await f.vault.stakeOf(f.opC.address)).to.equal(SELF_STAKE);

        const cut = (SELF_STAKE * SLASH_C_BPS) / 10_000n;
        const ref = ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["uint256", "uint256"], [f.taskId, 0n]));
        await expect(f.settlement.finalize(f.taskId, 0n))
          .to.emit(f.vault, "Slashed")
          .withArgs(f.opC.address, ref, SLASH_C_BPS, f.spec.startTime, SELF_STAKE, cut, 0n, f.treasury.address);
        expect(await f.vault.stakeOf(f.opC.address)).to.equal(SELF_STAKE - cut);
      });
    });
  });

  describe("TaskRegistry", function () {
    describe("createTask", function () {
      it("refuses a createTask re-entered from the escrow pull; only the outer task exists and is funded", async function () {
        const f = await loadFixture(reentrantSystemFixture);
        const spec = taskSpec(BigInt(await time.latest()) + 3_600n);
        const budget = REWARD_PER_ROUND * 3n;
        const data = f.registry.interface.encodeFunctionData("createTask", [spec]);
        await arm(f, f.registry, data, Phase.BeforeUpdate);

        const tx = f.registry.connect(f.creator).createTask(spec);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.registry.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.registry, "TaskCreated");
        expect(await f.registry.taskCount()).to.equal(1n);
        expect((await f.registry.getTask(1n)).escrow).to.equal(budget);
        expect(await f.token.balanceOf(await f.registry.getAddress())).to.equal(budget);
      });
    });

    describe("cancelTask", function () {
      it("refuses a cancelTask re-entered from the refund transfer; the creator is refunded once", async function () {
        const f = await loadFixture(reentrantSystemFixture);
        const spec = taskSpec(BigInt(await time.latest()) + 3_600n);
        const budget = REWARD_PER_ROUND * 3n;
        await f.registry.connect(f.creator).createTask(spec);
        const walletBefore = await f.token.balanceOf(f.creator.address);
        await arm(f, f.registry, f.registry.interface.encodeFunctionData("cancelTask", [1n]), Phase.BeforeUpdate);

        const tx = f.registry.connect(f.creator).cancelTask(1n);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.registry.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.registry, "TaskCancelled").withArgs(1n, 0n, budget);
        await expect(tx).to.emit(f.registry, "RefundWithdrawn").withArgs(1n, f.creator.address, budget);
        expect(await f.token.balanceOf(f.creator.address)).to.equal(walletBefore + budget);
        expect(await f.token.balanceOf(await f.registry.getAddress())).to.equal(0n);
      });
    });

    describe("withdrawRefund", function () {
      it("refuses a withdrawRefund re-entered from the refund transfer; the unspent budget is paid once", async function () {
        const f = await loadFixture(finalizedRoundFixture);
        const unspent = REWARD_PER_ROUND - REWARD_A - REWARD_B;
        expect((await f.registry.getTask(f.taskId)).refundable).to.equal(unspent);
        const walletBefore = await f.token.balanceOf(f.creator.address);
        await arm(f, f.registry, f.registry.interface.encodeFunctionData("withdrawRefund", [f.taskId]), Phase.AfterUpdate);

        const tx = f.registry.connect(f.bob).withdrawRefund(f.taskId);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.registry.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.registry, "RefundWithdrawn").withArgs(f.taskId, f.creator.address, unspent);
        expect(await f.token.balanceOf(f.creator.address)).to.equal(walletBefore + unspent);
        expect((await f.registry.getTask(f.taskId)).refundable).to.equal(0n);
      });
    });

    describe("payRound", function () {
      it("refuses a payRound from a finalize re-entered during cancelTask's refund; the round stays payable", async function () {
        const f = await loadFixture(proposedRoundFixture);
        const walletBefore = await f.token.balanceOf(f.creator.address);
        // The hook calls settlement.finalize, whose first external call is registry.payRound: the registry is
        // still inside `cancelTask`, so its guard refuses the payment and the whole finalize reverts.
        const data = f.settlement.interface.encodeFunctionData("finalize", [f.taskId, 0n]);
        await arm(f, f.settlement, data, Phase.AfterUpdate);

        const tx = f.registry.connect(f.creator).cancelTask(f.taskId);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.settlement.getAddress(), false, GUARD);
        // Rounds 0 and 1 have ended and round 2 is running; round 3 is dropped and refunded.
        await expect(tx).to.emit(f.registry, "TaskCancelled").withArgs(f.taskId, 3n, REWARD_PER_ROUND);
        await expect(tx).not.to.emit(f.registry, "RoundPaid");
        expect(await f.token.balanceOf(f.creator.address)).to.equal(walletBefore + REWARD_PER_ROUND);
        expect(await f.settlement.roundStatus(f.taskId, 0n)).to.equal(RoundStatus.Proposed);
        expect((await f.registry.getTask(f.taskId)).escrow).to.equal(3n * REWARD_PER_ROUND);

        const distributor = await f.distributor.getAddress();
        await expect(f.settlement.finalize(f.taskId, 0n))
          .to.emit(f.registry, "RoundPaid")
          .withArgs(f.taskId, 0n, distributor, REWARD_A + REWARD_B, REWARD_PER_ROUND - REWARD_A - REWARD_B);
        expect(await f.token.balanceOf(distributor)).to.equal(REWARD_A + REWARD_B);
      });
    });
  });

  describe("RewardDistributor", function () {
    describe("claim", function () {
      it("refuses a claim re-entered from the payout transfer; only the outer account is paid", async function () {
        const f = await loadFixture(finalizedRoundFixture);
        const walletBefore = await f.token.balanceOf(f.opA.address);
        const data = f.distributor.interface.encodeFunctionData("claim", [
          f.taskId,
          f.opB.address,
          REWARD_B,
          proofOf(f.tree, f.opB.address),
        ]);
        await arm(f, f.distributor, data, Phase.BeforeUpdate);

        const tx = f.distributor.claim(f.taskId, f.opA.address, REWARD_A, proofOf(f.tree, f.opA.address));
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.distributor.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.distributor, "Claimed").withArgs(f.taskId, f.opA.address, REWARD_A, REWARD_A);
        expect(await f.token.balanceOf(f.opA.address)).to.equal(walletBefore + REWARD_A);
        expect(await f.distributor.claimed(f.taskId, f.opB.address)).to.equal(0n);
        expect((await f.distributor.taskRewards(f.taskId)).claimedTotal).to.equal(REWARD_A);
      });
    });

    describe("claimMany", function () {
      it("refuses a claimMany re-entered from a batch payout; the outer batch pays its claims once", async function () {
        const f = await loadFixture(finalizedRoundFixture);
        const claimA = { taskId: f.taskId, account: f.opA.address, cumulativeAmount: REWARD_A, proof: proofOf(f.tree, f.opA.address) };
        const claimB = { taskId: f.taskId, account: f.opB.address, cumulativeAmount: REWARD_B, proof: proofOf(f.tree, f.opB.address) };
        await arm(f, f.distributor, f.distributor.interface.encodeFunctionData("claimMany", [[claimB]]), Phase.AfterUpdate);

        const tx = f.distributor.claimMany([claimA]);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.distributor.getAddress(), false, GUARD);
        await expect(tx).to.emit(f.distributor, "Claimed").withArgs(f.taskId, f.opA.address, REWARD_A, REWARD_A);
        expect(await f.distributor.claimed(f.taskId, f.opA.address)).to.equal(REWARD_A);
        expect(await f.distributor.claimed(f.taskId, f.opB.address)).to.equal(0n);
        expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(REWARD_B);
      });
    });

    describe("claimAndRestake", function () {
      it("refuses a claimAndRestake re-entered from the vault's pull; the outer claim is staked once", async function () {
        const f = await loadFixture(finalizedRoundFixture);
        const shares = await f.vault.previewStake(f.opB.address, REWARD_A);
        const data = f.distributor.interface.encodeFunctionData("claimAndRestake", [
          f.taskId,
          REWARD_B,
          proofOf(f.tree, f.opB.address),
          f.opB.address,
        ]);
        await arm(f, f.distributor, data, Phase.BeforeUpdate);

        const tx = f.distributor
          .connect(f.opA)
          .claimAndRestake(f.taskId, REWARD_A, proofOf(f.tree, f.opA.address), f.opB.address);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.distributor.getAddress(), false, GUARD);
        await expect(tx)
          .to.emit(f.distributor, "Restaked")
          .withArgs(f.taskId, f.opA.address, f.opB.address, REWARD_A, shares);
        expect(await f.vault.sharesOf(f.opB.address, f.opA.address)).to.equal(shares);
        expect(await f.distributor.claimed(f.taskId, f.opB.address)).to.equal(0n);
        expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(REWARD_B);
      });
    });
  });

  describe("RoundSettlement", function () {
    describe("finalize", function () {
      it("refuses a finalize re-entered from the registry's payment; the round is paid and allocated once", async function () {
        const f = await loadFixture(proposedRoundFixture);
        const total = REWARD_A + REWARD_B;
        await arm(f, f.settlement, f.settlement.interface.encodeFunctionData("finalize", [f.taskId, 0n]), Phase.BeforeUpdate);

        const tx = f.settlement.finalize(f.taskId, 0n);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.settlement.getAddress(), false, GUARD);
        await expect(tx)
          .to.emit(f.settlement, "RoundFinalized")
          .withArgs(f.taskId, 0n, f.result.rewardsRoot, total, f.result.bundleHash);
        expect(await f.settlement.nextRound(f.taskId)).to.equal(1n);
        expect((await f.distributor.taskRewards(f.taskId)).allocated).to.equal(total);
        expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(total);
      });

      it("reverts the whole finalize with ReentrancyGuardReentrantCall when the hook bubbles, and nothing settles", async function () {
        const f = await loadFixture(proposedRoundFixture);
        const data = f.settlement.interface.encodeFunctionData("finalize", [f.taskId, 0n]);
        await arm(f, f.settlement, data, Phase.BeforeUpdate, true);

        await expect(f.settlement.finalize(f.taskId, 0n)).to.be.revertedWithCustomError(
          f.settlement,
          "ReentrancyGuardReentrantCall"
        );
        expect(await f.settlement.roundStatus(f.taskId, 0n)).to.equal(RoundStatus.Proposed);
        expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(0n);
        expect(await f.vault.pendingSlashes(f.opC.address)).to.equal(1n);
      });
    });

    describe("skip", function () {
      it("refuses a skip re-entered during a finalize, before its deadline check", async function () {
        const f = await loadFixture(proposedRoundFixture);
        // Without the guard the call back would fail RoundSettlementOutOfOrder or RoundSettlementDeadlineNotReached.
        await arm(f, f.settlement, f.settlement.interface.encodeFunctionData("skip", [f.taskId, 1n]), Phase.AfterUpdate);

        const tx = f.settlement.finalize(f.taskId, 0n);
        await expect(tx).to.emit(f.token, "ReentryAttempted").withArgs(await f.settlement.getAddress(), false, GUARD);
        await expect(tx).not.to.emit(f.settlement, "RoundSkipped");
        expect(await f.settlement.roundStatus(f.taskId, 0n)).to.equal(RoundStatus.Finalized);
        expect(await f.settlement.roundStatus(f.taskId, 1n)).to.equal(RoundStatus.None);
        expect(await f.settlement.nextRound(f.taskId)).to.equal(1n);
      });
    });
  });
});
