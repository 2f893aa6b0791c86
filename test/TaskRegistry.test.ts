import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import type { TaskRegistry } from "../typechain-types";
import {
  baseFixture,
  CREATOR_FUNDS,
  defaultSpec,
  MAX_ROUND_DURATION,
  MIN_TRAINER_STAKE,
  MIN_VALIDATOR_STAKE,
  NUM_ROUNDS,
  ONE,
  REWARD_PER_ROUND,
  registryFixture,
  Role,
  roundWindow,
  taskFixture,
  type TaskSpec,
} from "./shared/settleFixtures";

const BUDGET = REWARD_PER_ROUND * NUM_ROUNDS;

/** The spec as the `TaskCreated` event's tuple, in field order. */
function specTuple(spec: TaskSpec) {
  return [
    spec.startTime,
    spec.roundDuration,
    spec.numRounds,
    spec.rewardPerRound,
    spec.minTrainerStake,
    spec.minValidatorStake,
    spec.specHash,
    spec.specURI,
  ];
}

/** Σ (escrow + refundable) over every task of the registry, in wei. */
async function owedTotal(registry: TaskRegistry): Promise<bigint> {
  const count = await registry.taskCount();
  let total = 0n;
  for (let id = 1n; id <= count; id++) {
    const task = await registry.getTask(id);
    total += task.escrow + task.refundable;
  }
  return total;
}

describe("TaskRegistry", function () {
  describe("constructor", function () {
    it("reads the token and MAX_ROUND_DURATION from the vault and records the deployer", async function () {
      const { registry, token, vault, deployer } = await loadFixture(registryFixture);
      expect(await registry.VAULT()).to.equal(await vault.getAddress());
      expect(await registry.TOKEN()).to.equal(await token.getAddress());
      expect(await registry.MAX_ROUND_DURATION()).to.equal(MAX_ROUND_DURATION);
      expect(await registry.DEPLOYER()).to.equal(deployer.address);
      expect(await registry.taskCount()).to.equal(0n);
    });

    it("reverts for a zero vault", async function () {
      const factory = await ethers.getContractFactory("TaskRegistry");
      await expect(factory.deploy(ethers.ZeroAddress)).to.be.revertedWithCustomError(
        factory,
        "TaskRegistryZeroAddress"
      );
    });
  });

  describe("setSettlement", function () {
    /** `baseFixture`: its registry is bound to no settlement yet. */
    async function freshRegistry() {
      return baseFixture();
    }

    context("when the deployer binds it the first time", function () {
      it("stores it and emits SettlementSet", async function () {
        const { registry, settlementEoa } = await loadFixture(freshRegistry);
        await expect(registry.setSettlement(settlementEoa.address))
          .to.emit(registry, "SettlementSet")
          .withArgs(settlementEoa.address);
        expect(await registry.settlement()).to.equal(settlementEoa.address);
      });
    });

    context("when it fails", function () {
      it("reverts for another caller", async function () {
        const { registry, deployer, stranger, settlementEoa } = await loadFixture(freshRegistry);
        await expect(registry.connect(stranger).setSettlement(settlementEoa.address))
          .to.be.revertedWithCustomError(registry, "SettlementHookNotDeployer")
          .withArgs(stranger.address, deployer.address);
      });

      it("reverts for the zero address", async function () {
        const { registry } = await loadFixture(freshRegistry);
        await expect(registry.setSettlement(ethers.ZeroAddress)).to.be.revertedWithCustomError(
          registry,
          "SettlementHookZeroAddress"
        );
      });

      it("reverts the second time", async function () {
        const { registry, settlementEoa, stranger } = await loadFixture(freshRegistry);
        await registry.setSettlement(settlementEoa.address);
        await expect(registry.setSettlement(stranger.address))
          .to.be.revertedWithCustomError(registry, "SettlementHookAlreadySet")
          .withArgs(settlementEoa.address);
      });
    });
  });

  describe("createTask", function () {
    context("when the spec is valid", function () {
      it("escrows the budget, stores the task and emits TaskCreated", async function () {
        const { registry, token, creator } = await loadFixture(registryFixture);
        const spec = await defaultSpec();
        const tx = registry.connect(creator).createTask(spec);
        await expect(tx).to.emit(registry, "TaskCreated").withArgs(1n, creator.address, specTuple(spec), BUDGET);
        await expect(tx).to.changeTokenBalances(token, [creator, registry], [-BUDGET, BUDGET]);

        const task = await registry.getTask(1n);
        expect(task.creator).to.equal(creator.address);
        expect(task.startTime).to.equal(spec.startTime);
        expect(task.roundDuration).to.equal(spec.roundDuration);
        expect(task.numRounds).to.equal(spec.numRounds);
        expect(task.activeRounds).to.equal(spec.numRounds);
        expect(task.cancelled).to.equal(false);
        expect(task.rewardPerRound).to.equal(REWARD_PER_ROUND);
        expect(task.minTrainerStake).to.equal(MIN_TRAINER_STAKE);
        expect(task.minValidatorStake).to.equal(MIN_VALIDATOR_STAKE);
        expect(task.specHash).to.equal(spec.specHash);
        expect(task.escrow).to.equal(BUDGET);
        expect(task.refundable).to.equal(0n);
        expect(await registry.taskCount()).to.equal(1n);
      });

      it("numbers tasks from 1 upwards", async function () {
        const { registry, creator } = await loadFixture(registryFixture);
        const spec = await defaultSpec();
        expect(await registry.connect(creator).createTask.staticCall(spec)).to.equal(1n);
        await registry.connect(creator).createTask(spec);
        expect(await registry.connect(creator).createTask.staticCall(spec)).to.equal(2n);
        await registry.connect(creator).createTask(spec);
        expect(await registry.taskCount()).to.equal(2n);
      });

      it("accepts a start at the current block and a round of exactly MAX_ROUND_DURATION", async function () {
        const { registry, creator } = await loadFixture(registryFixture);
        const next = BigInt(await time.latest()) + 10n;
        const spec = await defaultSpec({ startTime: next, roundDuration: MAX_ROUND_DURATION, numRounds: 1n });
        await time.setNextBlockTimestamp(next);
        await expect(registry.connect(creator).createTask(spec))
          .to.emit(registry, "TaskCreated")
          .withArgs(1n, creator.address, specTuple(spec), REWARD_PER_ROUND);
      });
    });

    context("when the spec is invalid", function () {
      it("reverts for a start in the past", async function () {
        const { registry, creator } = await loadFixture(registryFixture);
        const now = BigInt(await time.latest());
        const spec = await defaultSpec({ startTime: now });
        await time.setNextBlockTimestamp(now + 1n);
        await expect(registry.connect(creator).createTask(spec))
          .to.be.revertedWithCustomError(registry, "TaskRegistryStartInPast")
          .withArgs(now, now + 1n);
      });

      it("reverts for a zero round duration", async function () {
        const { registry, creator } = await loadFixture(registryFixture);
        const spec = await defaultSpec({ roundDuration: 0n });
        await expect(registry.connect(creator).createTask(spec))
          .to.be.revertedWithCustomError(registry, "TaskRegistryRoundDurationOutOfRange")
          .withArgs(0n, MAX_ROUND_DURATION);
      });

      it("reverts for a round longer than MAX_ROUND_DURATION", async function () {
        const { registry, creator } = await loadFixture(registryFixture);
        const spec = await defaultSpec({ roundDuration: MAX_ROUND_DURATION + 1n });
        await expect(registry.connect(creator).createTask(spec))
          .to.be.revertedWithCustomError(registry, "TaskRegistryRoundDurationOutOfRange")
          .withArgs(MAX_ROUND_DURATION + 1n, MAX_ROUND_DURATION);
      });

      it("reverts for zero rounds", async function () {
        const { registry, creator } = await loadFixture(registryFixture);
        const spec = await defaultSpec({ numRounds: 0n });
        await expect(registry.connect(creator).createTask(spec)).to.be.revertedWithCustomError(
          registry,
          "TaskRegistryZeroRounds"
        );
      });

      it("reverts for a zero reward", async function () {
        const { registry, creator } = await loadFixture(registryFixture);
        const spec = await defaultSpec({ rewardPerRound: 0n });
        await expect(registry.connect(creator).createTask(spec)).to.be.revertedWithCustomError(
          registry,
          "TaskRegistryZeroReward"
        );
      });

      it("reverts SafeCastOverflowedUintDowncast for a budget above 2^128 - 1 wei (escrow is a uint128), pulling nothing", async function () {
        const { registry, token, creator } = await loadFixture(registryFixture);
        const rewardPerRound = 2n ** 127n;
        const spec = await defaultSpec({ rewardPerRound, numRounds: 2n });
        const before = await token.balanceOf(creator.address);
        await expect(registry.connect(creator).createTask(spec))
          .to.be.revertedWithCustomError(registry, "SafeCastOverflowedUintDowncast")
          .withArgs(128, rewardPerRound * 2n);
        expect(await token.balanceOf(creator.address)).to.equal(before);
        expect(await registry.taskCount()).to.equal(0n);
      });

      it("reverts when the creator's allowance does not cover the budget", async function () {
        const { registry, token, creator } = await loadFixture(registryFixture);
        await token.connect(creator).approve(await registry.getAddress(), BUDGET - 1n);
        const spec = await defaultSpec();
        await expect(registry.connect(creator).createTask(spec))
          .to.be.revertedWithCustomError(token, "ERC20InsufficientAllowance")
          .withArgs(await registry.getAddress(), BUDGET - 1n, BUDGET);
      });
    });
  });

  describe("cancelTask", function () {
    context("when no round has started", function () {
      it("refunds the whole budget before the start", async function () {
        const { registry, token, creator, taskId } = await loadFixture(taskFixture);
        const tx = registry.connect(creator).cancelTask(taskId);
        await expect(tx).to.emit(registry, "TaskCancelled").withArgs(taskId, 0n, BUDGET);
        await expect(tx).to.emit(registry, "RefundWithdrawn").withArgs(taskId, creator.address, BUDGET);
        await expect(tx).to.changeTokenBalances(token, [creator, registry], [BUDGET, -BUDGET]);
        const task = await registry.getTask(taskId);
        expect(task.activeRounds).to.equal(0n);
        expect(task.cancelled).to.equal(true);
        expect(task.escrow).to.equal(0n);
        expect(task.refundable).to.equal(0n);
      });

      it("refunds the whole budget one second before round 0 starts", async function () {
        const { registry, token, creator, taskId, spec } = await loadFixture(taskFixture);
        await time.setNextBlockTimestamp(roundWindow(spec, 0n).start - 1n);
        await expect(registry.connect(creator).cancelTask(taskId)).to.changeTokenBalances(
          token,
          [creator, registry],
          [BUDGET, -BUDGET]
        );
        expect((await registry.getTask(taskId)).activeRounds).to.equal(0n);
      });
    });

    context("when a round is running", function () {
      /**
       * Cancels the default task at `at` (seconds) and checks that exactly the first `kept` rounds stay reserved:
       * TaskCancelled with the dropped budget, the creator paid it, `activeRounds = kept`, escrow `kept` rounds.
       */
      async function expectCancelKeeps(at: bigint, kept: bigint) {
        const { registry, token, creator, taskId } = await loadFixture(taskFixture);
        await time.setNextBlockTimestamp(at);
        const refunded = (NUM_ROUNDS - kept) * REWARD_PER_ROUND;
        const tx = registry.connect(creator).cancelTask(taskId);
        await expect(tx).to.emit(registry, "TaskCancelled").withArgs(taskId, kept, refunded);
        await expect(tx).to.changeTokenBalances(token, [creator, registry], [refunded, -refunded]);
        const task = await registry.getTask(taskId);
        expect(task.activeRounds).to.equal(kept);
        expect(task.escrow).to.equal(kept * REWARD_PER_ROUND);
        expect(task.refundable).to.equal(0n);
        expect(await token.balanceOf(await registry.getAddress())).to.equal(kept * REWARD_PER_ROUND);
      }

      it("keeps the running round reserved: at round 0's start only rounds 1.. are refunded", async function () {
        const { spec } = await loadFixture(taskFixture);
        await expectCancelKeeps(roundWindow(spec, 0n).start, 1n);
      });

      it("keeps it reserved at roundEnd - 1 too (the trainers' work is in): the creator cannot take it back", async function () {
        const { spec } = await loadFixture(taskFixture);
        await expectCancelKeeps(roundWindow(spec, 0n).end - 1n, 1n);
      });

      it("refunds exactly the rounds not yet started and keeps ended and running rounds reserved", async function () {
        // Round 0 ended at the round-1 start; round 1 is running.
        const { spec } = await loadFixture(taskFixture);
        await expectCancelKeeps(roundWindow(spec, 1n).start, 2n);
      });

      it("lets the settlement still pay or refund a started round, but no dropped round", async function () {
        const { registry, token, creator, settlementEoa, stranger, taskId, spec } = await loadFixture(taskFixture);
        await time.setNextBlockTimestamp(roundWindow(spec, 2n).start + 5n);
        await registry.connect(creator).cancelTask(taskId);
        await expect(registry.connect(settlementEoa).payRound(taskId, 3n, 1n, stranger.address))
          .to.be.revertedWithCustomError(registry, "TaskRegistryRoundOutOfRange")
          .withArgs(taskId, 3n, 3n);
        await expect(
          registry.connect(settlementEoa).payRound(taskId, 1n, REWARD_PER_ROUND, stranger.address)
        ).to.changeTokenBalances(token, [registry, stranger], [-REWARD_PER_ROUND, REWARD_PER_ROUND]);
        await registry.connect(settlementEoa).refundRound(taskId, 0n);
        // The running round 2 is still owed to its participants.
        await expect(
          registry.connect(settlementEoa).payRound(taskId, 2n, REWARD_PER_ROUND, stranger.address)
        ).to.changeTokenBalances(token, [registry, stranger], [-REWARD_PER_ROUND, REWARD_PER_ROUND]);
        const task = await registry.getTask(taskId);
        expect(task.escrow).to.equal(0n);
        expect(task.refundable).to.equal(REWARD_PER_ROUND);
      });

      it("pays refundable balances with the dropped rounds, and never finalized rewards", async function () {
        const { registry, token, creator, settlementEoa, stranger, taskId, spec } = await loadFixture(taskFixture);
        const paid = 600n * ONE;
        await time.increaseTo(roundWindow(spec, 1n).start);
        // Round 0 finalized: 600 paid out, 400 unspent.
        await registry.connect(settlementEoa).payRound(taskId, 0n, paid, stranger.address);
        await time.setNextBlockTimestamp(roundWindow(spec, 2n).start);
        const dropped = 1n * REWARD_PER_ROUND;
        const unspent = REWARD_PER_ROUND - paid;
        const tx = registry.connect(creator).cancelTask(taskId);
        await expect(tx).to.emit(registry, "TaskCancelled").withArgs(taskId, 3n, dropped);
        await expect(tx)
          .to.emit(registry, "RefundWithdrawn")
          .withArgs(taskId, creator.address, dropped + unspent);
        await expect(tx).to.changeTokenBalances(
          token,
          [creator, registry, stranger],
          [dropped + unspent, -(dropped + unspent), 0n]
        );
        // Rounds 1 and 2 stay reserved: the creator got back 1,400 of the 4,000, the distributor side 600.
        const task = await registry.getTask(taskId);
        expect(task.escrow).to.equal(2n * REWARD_PER_ROUND);
        expect(await token.balanceOf(creator.address)).to.equal(CREATOR_FUNDS - BUDGET + dropped + unspent);
        expect(await token.balanceOf(await registry.getAddress())).to.equal(2n * REWARD_PER_ROUND);
      });
    });

    context("when it fails", function () {
      it("reverts for an unknown task", async function () {
        const { registry, creator } = await loadFixture(taskFixture);
        await expect(registry.connect(creator).cancelTask(2n))
          .to.be.revertedWithCustomError(registry, "TaskRegistryUnknownTask")
          .withArgs(2n);
      });

      it("reverts for another caller than the creator", async function () {
        const { registry, creator, stranger, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(stranger).cancelTask(taskId))
          .to.be.revertedWithCustomError(registry, "TaskRegistryNotCreator")
          .withArgs(taskId, creator.address, stranger.address);
      });

      it("reverts for a task already cancelled", async function () {
        const { registry, creator, taskId } = await loadFixture(taskFixture);
        await registry.connect(creator).cancelTask(taskId);
        await expect(registry.connect(creator).cancelTask(taskId))
          .to.be.revertedWithCustomError(registry, "TaskRegistryTaskCancelled")
          .withArgs(taskId);
      });

      it("reverts once the last round has started (nothing left to drop), and after the end", async function () {
        const { registry, creator, taskId, spec } = await loadFixture(taskFixture);
        const lastStart = roundWindow(spec, NUM_ROUNDS - 1n).start;
        await time.setNextBlockTimestamp(lastStart);
        await expect(registry.connect(creator).cancelTask(taskId))
          .to.be.revertedWithCustomError(registry, "TaskRegistryNothingToCancel")
          .withArgs(taskId, lastStart, lastStart);
        const endTime = roundWindow(spec, NUM_ROUNDS - 1n).end;
        await time.setNextBlockTimestamp(endTime);
        await expect(registry.connect(creator).cancelTask(taskId))
          .to.be.revertedWithCustomError(registry, "TaskRegistryNothingToCancel")
          .withArgs(taskId, lastStart, endTime);
      });

      it("still drops the last round one second before it starts", async function () {
        const { registry, creator, taskId, spec } = await loadFixture(taskFixture);
        await time.setNextBlockTimestamp(roundWindow(spec, NUM_ROUNDS - 1n).start - 1n);
        await expect(registry.connect(creator).cancelTask(taskId))
          .to.emit(registry, "TaskCancelled")
          .withArgs(taskId, NUM_ROUNDS - 1n, REWARD_PER_ROUND);
      });
    });
  });

  describe("withdrawRefund", function () {
    context("when the task has a refundable balance", function () {
      it("pays it to the creator, whoever calls", async function () {
        const { registry, token, creator, settlementEoa, stranger, taskId, spec } = await loadFixture(taskFixture);
        await time.increaseTo(roundWindow(spec, 1n).start);
        await registry.connect(settlementEoa).payRound(taskId, 0n, 250n * ONE, stranger.address);
        await registry.connect(settlementEoa).refundRound(taskId, 1n);
        const amount = 750n * ONE + REWARD_PER_ROUND;
        expect(await registry.connect(stranger).withdrawRefund.staticCall(taskId)).to.equal(amount);
        const tx = registry.connect(stranger).withdrawRefund(taskId);
        await expect(tx).to.emit(registry, "RefundWithdrawn").withArgs(taskId, creator.address, amount);
        await expect(tx).to.changeTokenBalances(token, [creator, registry, stranger], [amount, -amount, 0n]);
        const task = await registry.getTask(taskId);
        expect(task.refundable).to.equal(0n);
        expect(task.escrow).to.equal(2n * REWARD_PER_ROUND);
      });
    });

    context("when it fails", function () {
      it("reverts when nothing is refundable", async function () {
        const { registry, stranger, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(stranger).withdrawRefund(taskId))
          .to.be.revertedWithCustomError(registry, "TaskRegistryNothingToRefund")
          .withArgs(taskId);
      });

      it("reverts for an unknown task", async function () {
        const { registry, stranger } = await loadFixture(taskFixture);
        await expect(registry.connect(stranger).withdrawRefund(9n))
          .to.be.revertedWithCustomError(registry, "TaskRegistryUnknownTask")
          .withArgs(9n);
      });
    });
  });

  describe("joinTask", function () {
    context("when a registered operator with enough stake joins", function () {
      it("records the role at the block's timestamp and emits TaskJoined", async function () {
        const { registry, operators, taskId } = await loadFixture(taskFixture);
        const op = operators[4];
        await expect(registry.connect(op).joinTask(taskId, Role.Validator))
          .to.emit(registry, "TaskJoined")
          .withArgs(taskId, op.address, Role.Validator);
        const joinedAt = BigInt(await time.latest());
        expect(await registry.roleAt(taskId, op.address, joinedAt)).to.equal(Role.Validator);
        expect(await registry.roleAt(taskId, op.address, joinedAt - 1n)).to.equal(Role.None);
      });

      it("accepts a stake of exactly the role's minimum", async function () {
        const { registry, vault, operators, taskId } = await loadFixture(taskFixture);
        const op = operators[4];
        await vault.setStake(op.address, MIN_TRAINER_STAKE);
        await expect(registry.connect(op).joinTask(taskId, Role.Trainer))
          .to.emit(registry, "TaskJoined")
          .withArgs(taskId, op.address, Role.Trainer);
      });

      it("accepts a join in the last second of the last round", async function () {
        const { registry, operators, taskId, spec } = await loadFixture(taskFixture);
        await time.setNextBlockTimestamp(roundWindow(spec, NUM_ROUNDS - 1n).end - 1n);
        await expect(registry.connect(operators[4]).joinTask(taskId, Role.Trainer)).to.emit(registry, "TaskJoined");
      });
    });

    context("when it fails", function () {
      it("reverts for an unknown task", async function () {
        const { registry, operators } = await loadFixture(taskFixture);
        await expect(registry.connect(operators[4]).joinTask(5n, Role.Trainer))
          .to.be.revertedWithCustomError(registry, "TaskRegistryUnknownTask")
          .withArgs(5n);
      });

      it("reverts for a cancelled task", async function () {
        const { registry, creator, operators, taskId } = await loadFixture(taskFixture);
        await registry.connect(creator).cancelTask(taskId);
        await expect(registry.connect(operators[4]).joinTask(taskId, Role.Trainer))
          .to.be.revertedWithCustomError(registry, "TaskRegistryTaskCancelled")
          .withArgs(taskId);
      });

      it("reverts once the task has ended", async function () {
        const { registry, operators, taskId, spec } = await loadFixture(taskFixture);
        const endTime = roundWindow(spec, NUM_ROUNDS - 1n).end;
        await time.setNextBlockTimestamp(endTime);
        await expect(registry.connect(operators[4]).joinTask(taskId, Role.Trainer))
          .to.be.revertedWithCustomError(registry, "TaskRegistryTaskEnded")
          .withArgs(taskId, endTime, endTime);
      });

      it("reverts for the None role", async function () {
        const { registry, operators, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(operators[4]).joinTask(taskId, Role.None))
          .to.be.revertedWithCustomError(registry, "TaskRegistryInvalidRole")
          .withArgs(0n);
      });

      it("reverts for an account that is not a registered operator", async function () {
        const { registry, stranger, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(stranger).joinTask(taskId, Role.Trainer))
          .to.be.revertedWithCustomError(registry, "TaskRegistryNotOperator")
          .withArgs(stranger.address);
      });

      it("reverts for an operator already joined, in either role", async function () {
        const { registry, trainers, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(trainers[0]).joinTask(taskId, Role.Trainer))
          .to.be.revertedWithCustomError(registry, "TaskRegistryAlreadyJoined")
          .withArgs(taskId, trainers[0].address, Role.Trainer);
        await expect(registry.connect(trainers[0]).joinTask(taskId, Role.Validator))
          .to.be.revertedWithCustomError(registry, "TaskRegistryAlreadyJoined")
          .withArgs(taskId, trainers[0].address, Role.Trainer);
      });

      it("reverts for a stake below the trainer minimum", async function () {
        const { registry, vault, operators, taskId } = await loadFixture(taskFixture);
        const op = operators[4];
        await vault.setStake(op.address, MIN_TRAINER_STAKE - 1n);
        await expect(registry.connect(op).joinTask(taskId, Role.Trainer))
          .to.be.revertedWithCustomError(registry, "TaskRegistryStakeBelowMinimum")
          .withArgs(op.address, MIN_TRAINER_STAKE - 1n, MIN_TRAINER_STAKE);
      });

      it("reverts for a stake below the validator minimum", async function () {
        const { registry, vault, operators, taskId } = await loadFixture(taskFixture);
        const op = operators[4];
        await vault.setStake(op.address, MIN_TRAINER_STAKE);
        await expect(registry.connect(op).joinTask(taskId, Role.Validator))
          .to.be.revertedWithCustomError(registry, "TaskRegistryStakeBelowMinimum")
          .withArgs(op.address, MIN_TRAINER_STAKE, MIN_VALIDATOR_STAKE);
      });
    });
  });

  describe("leaveTask", function () {
    context("when the operator has joined", function () {
      it("checkpoints None and emits TaskLeft with the former role", async function () {
        const { registry, validators, taskId } = await loadFixture(taskFixture);
        const op = validators[0];
        await expect(registry.connect(op).leaveTask(taskId))
          .to.emit(registry, "TaskLeft")
          .withArgs(taskId, op.address, Role.Validator);
        const leftAt = BigInt(await time.latest());
        expect(await registry.roleAt(taskId, op.address, leftAt)).to.equal(Role.None);
        expect(await registry.roleAt(taskId, op.address, leftAt - 1n)).to.equal(Role.Validator);
      });

      it("lets the operator join again, in another role", async function () {
        const { registry, trainers, taskId } = await loadFixture(taskFixture);
        await registry.connect(trainers[0]).leaveTask(taskId);
        await expect(registry.connect(trainers[0]).joinTask(taskId, Role.Validator))
          .to.emit(registry, "TaskJoined")
          .withArgs(taskId, trainers[0].address, Role.Validator);
      });
    });

    context("when it fails", function () {
      it("reverts for an operator that has not joined", async function () {
        const { registry, operators, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(operators[4]).leaveTask(taskId))
          .to.be.revertedWithCustomError(registry, "TaskRegistryNotJoined")
          .withArgs(taskId, operators[4].address);
      });

      it("reverts for an operator that has already left", async function () {
        const { registry, trainers, taskId } = await loadFixture(taskFixture);
        await registry.connect(trainers[1]).leaveTask(taskId);
        await expect(registry.connect(trainers[1]).leaveTask(taskId))
          .to.be.revertedWithCustomError(registry, "TaskRegistryNotJoined")
          .withArgs(taskId, trainers[1].address);
      });
    });
  });

  describe("payRound", function () {
    context("when the settlement pays a round", function () {
      it("sends the total reward, makes the rest refundable and emits RoundPaid", async function () {
        const { registry, token, settlementEoa, stranger, taskId } = await loadFixture(taskFixture);
        const total = 700n * ONE;
        const tx = registry.connect(settlementEoa).payRound(taskId, 0n, total, stranger.address);
        await expect(tx)
          .to.emit(registry, "RoundPaid")
          .withArgs(taskId, 0n, stranger.address, total, REWARD_PER_ROUND - total);
        await expect(tx).to.changeTokenBalances(token, [registry, stranger], [-total, total]);
        const task = await registry.getTask(taskId);
        expect(task.escrow).to.equal(BUDGET - REWARD_PER_ROUND);
        expect(task.refundable).to.equal(REWARD_PER_ROUND - total);
      });

      it("pays the whole round budget with nothing unspent", async function () {
        const { registry, token, settlementEoa, stranger, taskId } = await loadFixture(taskFixture);
        const tx = registry.connect(settlementEoa).payRound(taskId, 3n, REWARD_PER_ROUND, stranger.address);
        await expect(tx).to.emit(registry, "RoundPaid").withArgs(taskId, 3n, stranger.address, REWARD_PER_ROUND, 0n);
        await expect(tx).to.changeTokenBalances(token, [registry, stranger], [-REWARD_PER_ROUND, REWARD_PER_ROUND]);
        expect((await registry.getTask(taskId)).refundable).to.equal(0n);
      });

      it("pays nothing when the total reward is 0", async function () {
        const { registry, token, settlementEoa, stranger, taskId } = await loadFixture(taskFixture);
        const tx = registry.connect(settlementEoa).payRound(taskId, 0n, 0n, stranger.address);
        await expect(tx).to.emit(registry, "RoundPaid").withArgs(taskId, 0n, stranger.address, 0n, REWARD_PER_ROUND);
        await expect(tx).to.changeTokenBalances(token, [registry, stranger], [0n, 0n]);
      });
    });

    context("when it fails", function () {
      it("reverts for another caller than the settlement", async function () {
        const { registry, stranger, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(stranger).payRound(taskId, 0n, 1n, stranger.address))
          .to.be.revertedWithCustomError(registry, "SettlementHookNotSettlement")
          .withArgs(stranger.address);
      });

      it("reverts for a round past the task's rounds", async function () {
        const { registry, settlementEoa, stranger, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(settlementEoa).payRound(taskId, NUM_ROUNDS, 1n, stranger.address))
          .to.be.revertedWithCustomError(registry, "TaskRegistryRoundOutOfRange")
          .withArgs(taskId, NUM_ROUNDS, NUM_ROUNDS);
      });

      it("reverts for an unknown task", async function () {
        const { registry, settlementEoa, stranger } = await loadFixture(taskFixture);
        await expect(registry.connect(settlementEoa).payRound(7n, 0n, 1n, stranger.address))
          .to.be.revertedWithCustomError(registry, "TaskRegistryRoundOutOfRange")
          .withArgs(7n, 0n, 0n);
      });

      it("reverts for a total reward above the round budget", async function () {
        const { registry, settlementEoa, stranger, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(settlementEoa).payRound(taskId, 0n, REWARD_PER_ROUND + 1n, stranger.address))
          .to.be.revertedWithCustomError(registry, "TaskRegistryRewardExceedsBudget")
          .withArgs(REWARD_PER_ROUND + 1n, REWARD_PER_ROUND);
      });
    });
  });

  describe("refundRound", function () {
    context("when the settlement refunds a skipped round", function () {
      it("moves the round's budget to refundable and emits RoundRefunded", async function () {
        const { registry, token, settlementEoa, taskId } = await loadFixture(taskFixture);
        const tx = registry.connect(settlementEoa).refundRound(taskId, 1n);
        await expect(tx).to.emit(registry, "RoundRefunded").withArgs(taskId, 1n, REWARD_PER_ROUND);
        await expect(tx).to.changeTokenBalance(token, registry, 0n);
        const task = await registry.getTask(taskId);
        expect(task.escrow).to.equal(BUDGET - REWARD_PER_ROUND);
        expect(task.refundable).to.equal(REWARD_PER_ROUND);
      });
    });

    context("when it fails", function () {
      it("reverts for another caller than the settlement", async function () {
        const { registry, creator, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(creator).refundRound(taskId, 0n))
          .to.be.revertedWithCustomError(registry, "SettlementHookNotSettlement")
          .withArgs(creator.address);
      });

      it("reverts for a round past the task's rounds", async function () {
        const { registry, settlementEoa, taskId } = await loadFixture(taskFixture);
        await expect(registry.connect(settlementEoa).refundRound(taskId, NUM_ROUNDS + 3n))
          .to.be.revertedWithCustomError(registry, "TaskRegistryRoundOutOfRange")
          .withArgs(taskId, NUM_ROUNDS + 3n, NUM_ROUNDS);
      });
    });
  });

  describe("views", function () {
    describe("getTask", function () {
      it("reverts for an unknown task", async function () {
        const { registry } = await loadFixture(taskFixture);
        await expect(registry.getTask(0n))
          .to.be.revertedWithCustomError(registry, "TaskRegistryUnknownTask")
          .withArgs(0n);
      });
    });

    describe("roundWindow", function () {
      it("returns [start + r·d, start + (r+1)·d)", async function () {
        const { registry, taskId, spec } = await loadFixture(taskFixture);
        const [start, end] = await registry.roundWindow(taskId, 2n);
        expect(start).to.equal(spec.startTime + 2n * spec.roundDuration);
        expect(end).to.equal(spec.startTime + 3n * spec.roundDuration);
      });

      it("reverts for an unknown task", async function () {
        const { registry } = await loadFixture(taskFixture);
        await expect(registry.roundWindow(3n, 0n))
          .to.be.revertedWithCustomError(registry, "TaskRegistryUnknownTask")
          .withArgs(3n);
      });
    });

    describe("participantRole", function () {
      it("returns the role held at the round's start with enough stake then", async function () {
        const { registry, trainers, validators, operators, taskId } = await loadFixture(taskFixture);
        expect(await registry.participantRole(taskId, 0n, trainers[0].address)).to.equal(Role.Trainer);
        expect(await registry.participantRole(taskId, 0n, validators[1].address)).to.equal(Role.Validator);
        expect(await registry.participantRole(taskId, 0n, operators[4].address)).to.equal(Role.None);
      });

      it("counts a join at exactly a round's start for that round, a later one from the next round", async function () {
        const { registry, operators, taskId, spec } = await loadFixture(taskFixture);
        const [early, late] = [operators[4], operators[3]];
        await registry.connect(late).leaveTask(taskId);
        await time.setNextBlockTimestamp(roundWindow(spec, 1n).start);
        await registry.connect(early).joinTask(taskId, Role.Trainer);
        await registry.connect(late).joinTask(taskId, Role.Trainer); // one second after the start
        expect(await registry.participantRole(taskId, 0n, early.address)).to.equal(Role.None);
        expect(await registry.participantRole(taskId, 1n, early.address)).to.equal(Role.Trainer);
        expect(await registry.participantRole(taskId, 1n, late.address)).to.equal(Role.None);
        expect(await registry.participantRole(taskId, 2n, late.address)).to.equal(Role.Trainer);
      });

      it("keeps an operator that leaves mid-round in that round only", async function () {
        const { registry, trainers, taskId, spec } = await loadFixture(taskFixture);
        await time.setNextBlockTimestamp(roundWindow(spec, 1n).start + 100n);
        await registry.connect(trainers[0]).leaveTask(taskId);
        expect(await registry.participantRole(taskId, 1n, trainers[0].address)).to.equal(Role.Trainer);
        expect(await registry.participantRole(taskId, 2n, trainers[0].address)).to.equal(Role.None);
      });

      it("uses the stake at the round's start, not the current one", async function () {
        const { registry, vault, trainers, taskId, spec } = await loadFixture(taskFixture);
        const op = trainers[1];
        await vault.setStake(op.address, MIN_TRAINER_STAKE - 1n); // before round 0
        await time.setNextBlockTimestamp(roundWindow(spec, 0n).start + 1n);
        await vault.setStake(op.address, MIN_TRAINER_STAKE); // during round 0
        expect(await registry.participantRole(taskId, 0n, op.address)).to.equal(Role.None);
        expect(await registry.participantRole(taskId, 1n, op.address)).to.equal(Role.Trainer);
      });

      it("returns None for rounds out of range, dropped rounds and unknown tasks", async function () {
        const { registry, creator, trainers, taskId, spec } = await loadFixture(taskFixture);
        const op = trainers[0].address;
        expect(await registry.participantRole(taskId, NUM_ROUNDS, op)).to.equal(Role.None);
        expect(await registry.participantRole(42n, 0n, op)).to.equal(Role.None);
        await time.setNextBlockTimestamp(roundWindow(spec, 1n).start);
        await registry.connect(creator).cancelTask(taskId);
        expect(await registry.participantRole(taskId, 0n, op)).to.equal(Role.Trainer);
        expect(await registry.participantRole(taskId, 1n, op)).to.equal(Role.Trainer); // running: kept
        expect(await registry.participantRole(taskId, 2n, op)).to.equal(Role.None);
      });
    });
  });

  describe("invariants", function () {
    it("invariant_registryBalanceCoversEscrowAndRefundable over creations, payments, skips and cancels", async function () {
      const { registry, token, creator, settlementEoa, stranger, taskId, spec } = await loadFixture(taskFixture);
      const registryAddress = await registry.getAddress();
      const check = async () => expect(await token.balanceOf(registryAddress)).to.equal(await owedTotal(registry));

      await check();
      await registry.connect(creator).createTask(await defaultSpec({ numRounds: 5n, rewardPerRound: 333n }));
      await check();
      await time.increaseTo(roundWindow(spec, 2n).start);
      await registry.connect(settlementEoa).payRound(taskId, 0n, 123n * ONE, stranger.address);
      await check();
      await registry.connect(settlementEoa).refundRound(taskId, 1n);
      await check();
      await registry.connect(stranger).withdrawRefund(taskId);
      await check();
      await registry.connect(creator).cancelTask(taskId);
      await check();
      await registry.connect(settlementEoa).payRound(2n, 0n, 333n, stranger.address);
      await check();
      await registry.connect(creator).cancelTask(2n);
      await check();
      expect(await token.balanceOf(registryAddress)).to.be.greaterThan(0n);
    });
  });
});
