import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { DAY, ONE, PARAMS, rewardsTree } from "../shared/fixtures";
import { Role, attackTaskFixture, buildResult, deploySystemWith, proofFor, proposeBuilt, settleBuilt, specFrom } from "./attackFixtures";

/** Moves time to `timestamp` unless it is already past it. */
async function reach(timestamp: bigint): Promise<void> {
  if (BigInt(await time.latest()) < timestamp) await time.increaseTo(timestamp);
}

/** `attackTaskFixture` with round 0 of task 1 settled: t1 600, t2 300, t3 50, v1 50 (4 leaves, proofs of length 2). */
async function settledFixture() {
  const f = await attackTaskFixture();
  const [t1, t2, t3] = f.trainers.map((t) => t.address);
  const v1 = f.validators[0].address;
  await time.increaseTo(f.spec.startTime + DAY);
  const built = buildResult(f.taskId, 0n, [[t1, 600n * ONE], [t2, 300n * ONE], [t3, 50n * ONE], [v1, 50n * ONE]]);
  await settleBuilt(f, built);
  return { ...f, tree: built.tree!, t1, t2, t3, v1 };
}

/** `attackTaskFixture` plus a second task (id 2) by the same creator, over the same round times, 500 tokens a round. */
async function twoTasksFixture() {
  const f = await attackTaskFixture();
  await f.registry.connect(f.creator).createTask({ ...f.spec, numRounds: 3, rewardPerRound: 500n * ONE, specHash: ethers.id("task-2") });
  await time.increaseTo(f.spec.startTime + DAY);
  return { ...f, taskB: 2n };
}

describe("attack: a forged Merkle leaf from two inner nodes, and proofs of the wrong length", function () {
  it("an inner node's two children passed as (account, amount) with the inner node's proof is not a leaf", async function () {
    const f = await loadFixture(settledFixture);
    const dump = f.tree.dump();
    // Heap layout: node i has children 2i+1 and 2i+2; node 1 is an inner node whose proof is [node 2].
    const [left, right] = [dump.tree[3], dump.tree[4]];
    const inner = dump.tree[1];
    expect(f.tree.root).to.equal(dump.tree[0]);
    const account = ethers.getAddress(ethers.dataSlice(left, 12));
    const amount = BigInt(right);
    expect(await f.distributor.leafHash(f.taskId, account, amount)).to.not.equal(inner);
    await expect(f.distributor.claim(f.taskId, account, amount, [dump.tree[2]]))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorInvalidProof")
      .withArgs(f.taskId, account, amount);

    // The full 32-byte node in the address slot is not even decodable: the call reverts before any check.
    const raw = ethers.concat([
      f.distributor.interface.getFunction("claim").selector,
      ethers.AbiCoder.defaultAbiCoder().encode(["uint256", "bytes32", "uint256", "bytes32[]"], [f.taskId, left, amount, [dump.tree[2]]]),
    ]);
    expect(BigInt(left) >> 160n).to.not.equal(0n);
    await expect(f.attacker.sendTransaction({ to: await f.distributor.getAddress(), data: raw })).to.be.revertedWithoutReason();
    // The root's own children with an empty proof are not a leaf either.
    const rootAccount = ethers.getAddress(ethers.dataSlice(dump.tree[1], 12));
    await expect(f.distributor.claim(f.taskId, rootAccount, BigInt(dump.tree[2]), []))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorInvalidProof")
      .withArgs(f.taskId, rootAccount, BigInt(dump.tree[2]));
  });

  it("a proof too short, too long or empty is refused; the right one pays exactly once", async function () {
    const f = await loadFixture(settledFixture);
    const proof = proofFor(f.tree, f.t1);
    expect(proof.length).to.equal(2);
    const amount = 600n * ONE;
    for (const bad of [proof.slice(0, 1), [...proof, ethers.id("extra")], [...proof, f.tree.root], []]) {
      await expect(f.distributor.claim(f.taskId, f.t1, amount, bad))
        .to.be.revertedWithCustomError(f.distributor, "RewardDistributorInvalidProof")
        .withArgs(f.taskId, f.t1, amount);
    }
    const before = await f.token.balanceOf(f.t1);
    await f.distributor.connect(f.attacker).claim(f.taskId, f.t1, amount, proof);
    expect(await f.token.balanceOf(f.t1)).to.equal(before + amount);
    await expect(f.distributor.claim(f.taskId, f.t1, amount, proof))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorNothingToClaim")
      .withArgs(f.taskId, f.t1, amount, amount);
  });
});

describe("attack: one task's root draining another task's or round's funds; a new root that drops or lowers an account", function () {
  it("a leaf of task A is refused against task B, and a task-B root carrying task-A leaves pays nobody", async function () {
    const f = await loadFixture(twoTasksFixture);
    const [t1, t2] = f.trainers.map((t) => t.address);
    const a = buildResult(f.taskId, 0n, [[t1, 600n * ONE], [t2, 300n * ONE]]);
    await proposeBuilt(f, a);
    // Task B's root is (wrongly or maliciously) built from leaves that name task A's id.
    const mislabelled = rewardsTree(f.taskId, [[f.attacker.address, 200n * ONE], [t2, 100n * ONE]]);
    const b = { ...buildResult(f.taskB, 0n, [], []), tree: mislabelled };
    b.result.rewardsRoot = mislabelled.root;
    b.result.totalReward = 300n * ONE;
    await proposeBuilt(f, b);
    await time.increase(PARAMS.challengeWindow);
    await f.settlement.finalize(f.taskId, 0n);
    await f.settlement.finalize(f.taskB, 0n);
    const distributor = await f.distributor.getAddress();
    expect(await f.token.balanceOf(distributor)).to.equal(1_200n * ONE);

    await expect(f.distributor.claim(f.taskB, t1, 600n * ONE, proofFor(a.tree!, t1)))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorInvalidProof")
      .withArgs(f.taskB, t1, 600n * ONE);
    const proof = proofFor(mislabelled, f.attacker.address);
    await expect(f.distributor.claim(f.taskId, f.attacker.address, 200n * ONE, proof))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorInvalidProof")
      .withArgs(f.taskId, f.attacker.address, 200n * ONE);
    await expect(f.distributor.claim(f.taskB, f.attacker.address, 200n * ONE, proof))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorInvalidProof")
      .withArgs(f.taskB, f.attacker.address, 200n * ONE);
    expect(await f.token.balanceOf(distributor)).to.equal(1_200n * ONE);
    expect((await f.distributor.taskRewards(f.taskB)).claimedTotal).to.equal(0n);
  });

  it("a root promising more than the task's allocation pays up to `allocated` and no further: other tasks' and later rounds' funds stay", async function () {
    const f = await loadFixture(twoTasksFixture);
    const [t1, t2] = f.trainers.map((t) => t.address);
    const b = buildResult(f.taskB, 0n, [[t2, 500n * ONE]]);
    await settleBuilt(f, b);
    // Task A's round 0 root promises 900 + 900 while the round adds 900.
    const a = buildResult(f.taskId, 0n, [[t1, 900n * ONE], [f.attacker.address, 900n * ONE]], [], { totalReward: 900n * ONE });
    await settleBuilt(f, a);
    await f.distributor.claim(f.taskId, t1, 900n * ONE, proofFor(a.tree!, t1));
    await expect(f.distributor.claim(f.taskId, f.attacker.address, 900n * ONE, proofFor(a.tree!, f.attacker.address)))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorExceedsAllocated")
      .withArgs(f.taskId, 1_800n * ONE, 900n * ONE);
    const rewards = await f.distributor.taskRewards(f.taskId);
    expect(rewards.claimedTotal).to.equal(rewards.allocated);
    // Task B's 500 is still there for its own claimant; rounds 1-2 of both tasks are still escrowed in the registry.
    expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(500n * ONE);
    // Registry: rounds 1-2 of A (2,000) and of B (1,000) still escrowed, plus A's 100 unspent in round 0.
    expect(await f.token.balanceOf(await f.registry.getAddress())).to.equal(3_100n * ONE);
    await f.distributor.claim(f.taskB, t2, 500n * ONE, proofFor(b.tree!, t2));
    expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(0n);
  });

  it("a root that lowers a cumulative amount or drops an account pays nothing extra (claimedTotal <= allocated); the account claims once a corrected root lands", async function () {
    const f = await loadFixture(attackTaskFixture);
    const [t1, t2, t3] = f.trainers.map((t) => t.address);
    const check = async () => {
      const r = await f.distributor.taskRewards(f.taskId);
      expect(r.claimedTotal).to.be.at.most(r.allocated);
    };
    await time.increaseTo(f.spec.startTime + DAY);
    const r0 = buildResult(f.taskId, 0n, [[t1, 600n * ONE], [t2, 300n * ONE]]);
    await settleBuilt(f, r0);
    await f.distributor.claim(f.taskId, t1, 600n * ONE, proofFor(r0.tree!, t1));

    // Round 1's (wrong) root lowers t1 to 100 and drops t2, while t3 earns 500.
    await reach(f.spec.startTime + 2n * DAY);
    const r1 = buildResult(f.taskId, 1n, [[t1, 100n * ONE], [t3, 500n * ONE]], [], { totalReward: 500n * ONE });
    await settleBuilt(f, r1);
    await expect(f.distributor.claim(f.taskId, t1, 100n * ONE, proofFor(r1.tree!, t1)))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorNothingToClaim")
      .withArgs(f.taskId, t1, 100n * ONE, 600n * ONE);
    await expect(f.distributor.claim(f.taskId, t2, 300n * ONE, proofFor(r0.tree!, t2)))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorInvalidProof")
      .withArgs(f.taskId, t2, 300n * ONE);
    await f.distributor.claim(f.taskId, t3, 500n * ONE, proofFor(r1.tree!, t3));
    await check();

    // Round 2's corrected root restores every cumulative amount (t2 also earns 100 more).
    await reach(f.spec.startTime + 3n * DAY);
    const r2 = buildResult(f.taskId, 2n, [[t1, 600n * ONE], [t2, 400n * ONE], [t3, 500n * ONE]], [], { totalReward: 100n * ONE });
    await settleBuilt(f, r2);
    const before = await f.token.balanceOf(t2);
    await f.distributor.claim(f.taskId, t2, 400n * ONE, proofFor(r2.tree!, t2));
    expect(await f.token.balanceOf(t2)).to.equal(before + 400n * ONE);
    await check();
    const r = await f.distributor.taskRewards(f.taskId);
    expect(r.allocated).to.equal(1_500n * ONE);
    expect(r.claimedTotal).to.equal(1_500n * ONE);
    expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(0n);
  });
});

describe("attack: a creator cancelling to take back what participants are owed; one token for stake and reward", function () {
  it("a cancel during round 1 refunds only the rounds not started: rounds 0 and 1 stay reserved, settle, and pay their participants", async function () {
    const f = await loadFixture(attackTaskFixture);
    const { registry, token, creator } = f;
    const [t1, t2] = f.trainers.map((t) => t.address);
    await time.increaseTo(f.spec.startTime + DAY + 60n);
    const creatorBefore = await token.balanceOf(creator.address);
    await expect(registry.connect(creator).cancelTask(f.taskId)).to.emit(registry, "TaskCancelled").withArgs(f.taskId, 2n, 1_000n * ONE);
    expect(await token.balanceOf(creator.address)).to.equal(creatorBefore + 1_000n * ONE);
    expect(await token.balanceOf(await registry.getAddress())).to.equal(2_000n * ONE);
    await expect(registry.connect(creator).withdrawRefund(f.taskId))
      .to.be.revertedWithCustomError(registry, "TaskRegistryNothingToRefund")
      .withArgs(f.taskId);
    await expect(registry.connect(creator).cancelTask(f.taskId))
      .to.be.revertedWithCustomError(registry, "TaskRegistryTaskCancelled")
      .withArgs(f.taskId);

    const r0 = buildResult(f.taskId, 0n, [[t1, 600n * ONE], [t2, 300n * ONE]]);
    await settleBuilt(f, r0);
    await f.distributor.claim(f.taskId, t1, 600n * ONE, proofFor(r0.tree!, t1));
    await f.distributor.claim(f.taskId, t2, 300n * ONE, proofFor(r0.tree!, t2));
    // Round 1, running at the cancel, pays its trainer in full.
    const r1 = buildResult(f.taskId, 1n, [[t1, 1_600n * ONE], [t2, 300n * ONE]], [], { totalReward: 1_000n * ONE }); // cumulative leaves
    await settleBuilt(f, r1);
    await expect(f.distributor.claim(f.taskId, t1, 1_600n * ONE, proofFor(r1.tree!, t1))).to.changeTokenBalance(token, t1, 1_000n * ONE);
    await registry.withdrawRefund(f.taskId);
    expect(await token.balanceOf(creator.address)).to.equal(creatorBefore + 1_000n * ONE + 100n * ONE);
    expect(await token.balanceOf(await registry.getAddress())).to.equal(0n);
  });

  it("a cancel while round 0's result is proposed cannot stop it from paying", async function () {
    const f = await loadFixture(attackTaskFixture);
    const t1 = f.trainers[0].address;
    await time.increaseTo(f.spec.startTime + DAY);
    const r0 = buildResult(f.taskId, 0n, [[t1, 1_000n * ONE]]);
    const proposedAt = await proposeBuilt(f, r0);
    await f.registry.connect(f.creator).cancelTask(f.taskId);
    await time.increaseTo(proposedAt + PARAMS.challengeWindow);
    await expect(f.settlement.finalize(f.taskId, 0n))
      .to.emit(f.registry, "RoundPaid")
      .withArgs(f.taskId, 0n, await f.distributor.getAddress(), 1_000n * ONE, 0n);
    await expect(f.registry.withdrawRefund(f.taskId))
      .to.be.revertedWithCustomError(f.registry, "TaskRegistryNothingToRefund")
      .withArgs(f.taskId);
  });

  it("nothing is left to cancel once the last round has started (TaskRegistryNothingToCancel)", async function () {
    const f = await loadFixture(attackTaskFixture);
    const lastStart = f.spec.startTime + 2n * DAY;
    await time.setNextBlockTimestamp(lastStart);
    await expect(f.registry.connect(f.creator).cancelTask(f.taskId))
      .to.be.revertedWithCustomError(f.registry, "TaskRegistryNothingToCancel")
      .withArgs(f.taskId, lastStart, lastStart);
  });

  it("a round still running when the creator cancels stays reserved: cancel at roundEnd - 1, and its result still pays (issue 9)", async function () {
    const f = await loadFixture(attackTaskFixture);
    const t1 = f.trainers[0].address;
    const roundEnd = f.spec.startTime + 2n * DAY; // round 1's end
    await time.setNextBlockTimestamp(roundEnd - 1n);
    await expect(f.registry.connect(f.creator).cancelTask(f.taskId)).to.emit(f.registry, "TaskCancelled").withArgs(f.taskId, 2n, 1_000n * ONE);
    expect(await f.registry.participantRole(f.taskId, 1n, t1)).to.equal(Role.Trainer);
    await settleBuilt(f, buildResult(f.taskId, 0n, [])); // ends after round 1's end
    const r1 = buildResult(f.taskId, 1n, [[t1, 1_000n * ONE]]);
    const proposedAt = await proposeBuilt(f, r1);
    await time.increaseTo(proposedAt + PARAMS.challengeWindow);
    await expect(f.settlement.finalize(f.taskId, 1n))
      .to.emit(f.registry, "RoundPaid")
      .withArgs(f.taskId, 1n, await f.distributor.getAddress(), 1_000n * ONE, 0n);
    await expect(f.distributor.claim(f.taskId, t1, 1_000n * ONE, proofFor(r1.tree!, t1))).to.changeTokenBalance(f.token, t1, 1_000n * ONE);
    // Round 2 was dropped by the cancel.
    await expect(proposeBuilt(f, buildResult(f.taskId, 2n, [[t1, ONE]])))
      .to.be.revertedWithCustomError(f.settlement, "RoundSettlementOutOfOrder")
      .withArgs(f.taskId, 2n, 2n);
  });

  it("rewards never come out of stake: claims leave the vault's balance unchanged, and an over-promising root cannot reach it", async function () {
    const f = await loadFixture(attackTaskFixture);
    const [t1, t2] = f.trainers.map((t) => t.address);
    const vault = await f.vault.getAddress();
    await time.increaseTo(f.spec.startTime + DAY);
    const r0 = buildResult(f.taskId, 0n, [[t1, 900n * ONE], [t2, 900n * ONE]], [], { totalReward: 900n * ONE });
    await settleBuilt(f, r0);
    const vaultBefore = await f.token.balanceOf(vault);
    expect(vaultBefore).to.equal(6_000n * ONE);
    await f.distributor.claim(f.taskId, t1, 900n * ONE, proofFor(r0.tree!, t1));
    await expect(f.distributor.claim(f.taskId, t2, 900n * ONE, proofFor(r0.tree!, t2)))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorExceedsAllocated")
      .withArgs(f.taskId, 1_800n * ONE, 900n * ONE);
    expect(await f.token.balanceOf(vault)).to.equal(vaultBefore);
    expect(await f.token.balanceOf(await f.distributor.getAddress())).to.equal(0n);
  });

  it("claimAndRestake moves exactly the claim from the distributor into the vault", async function () {
    const f = await loadFixture(attackTaskFixture);
    const t1 = f.trainers[0];
    const vault = await f.vault.getAddress();
    const distributor = await f.distributor.getAddress();
    await time.increaseTo(f.spec.startTime + DAY);
    const r0 = buildResult(f.taskId, 0n, [[t1.address, 400n * ONE]]);
    await settleBuilt(f, r0);
    const [vaultBefore, distributorBefore] = [await f.token.balanceOf(vault), await f.token.balanceOf(distributor)];
    await f.distributor.connect(t1).claimAndRestake(f.taskId, 400n * ONE, proofFor(r0.tree!, t1.address), t1.address);
    expect(await f.token.balanceOf(vault)).to.equal(vaultBefore + 400n * ONE);
    expect(await f.token.balanceOf(distributor)).to.equal(distributorBefore - 400n * ONE);
    expect(await f.vault.stakeOf(t1.address)).to.equal(1_400n * ONE);
  });
});

describe("attack: a 6-decimal token with tiny budgets; rounds at exact boundary timestamps", function () {
  /** The system on SixDecimalToken (1 token = 1e6 wei) with a task of 2 rounds of 10 wei each, all six operators joined. */
  async function sixDecimalFixture() {
    const f = await deploySystemWith("SixDecimalToken");
    const spec = await specFrom({ rewardPerRound: 10n, numRounds: 2 });
    await f.registry.connect(f.creator).createTask(spec);
    for (const t of f.trainers) await f.registry.connect(t).joinTask(1n, Role.Trainer);
    for (const v of f.validators) await f.registry.connect(v).joinTask(1n, Role.Validator);
    return { ...f, spec, taskId: 1n };
  }

  it("10-wei rounds: floored rewards, a 1-bps slash and a skipped round leave nothing stranded but the booked dust of the pools", async function () {
    const f = await loadFixture(sixDecimalFixture);
    const { token, vault, registry, distributor, creator } = f;
    const trainers = f.trainers.map((t) => t.address);
    const v1 = f.validators[0].address;
    const creatorStart = await token.balanceOf(creator.address);

    await time.increaseTo(f.spec.startTime + DAY);
    const r0 = buildResult(f.taskId, 0n, trainers.map((t) => [t, 3n] as [string, bigint]), [{ operator: v1, bps: 1n }]);
    await settleBuilt(f, r0);
    expect(await vault.stakeOf(v1)).to.equal(1_000n * f.unit - 100_000n); // ceil(1e9 * 1 / 10_000)
    await time.increaseTo(f.spec.startTime + 2n * DAY + PARAMS.resultDeadline);
    await f.settlement.skip(f.taskId, 1n);
    for (const t of trainers) await distributor.claim(f.taskId, t, 3n, proofFor(r0.tree!, t));
    await registry.withdrawRefund(f.taskId);
    expect(await token.balanceOf(creator.address)).to.equal(creatorStart + 11n); // 1 wei unspent + 10 wei skipped
    expect(await token.balanceOf(await registry.getAddress())).to.equal(0n);
    expect(await token.balanceOf(await distributor.getAddress())).to.equal(0n);

    // A 1-wei delegation goes in and out whole; then every operator leaves.
    const t1 = trainers[0];
    await vault.connect(f.victim).stake(t1, 1n);
    const operators = [...f.trainers, ...f.validators];
    const exits: [typeof f.victim, bigint][] = [];
    for (const who of [f.victim, ...operators]) {
      const op = who === f.victim ? t1 : who.address;
      await vault.connect(who).requestUnstake(op, await vault.sharesOf(op, who.address));
      exits.push([who, (await vault.nextRequestId()) - 1n]);
    }
    expect(await vault.requestValue(exits[0][1])).to.equal(1n);
    await time.increase(PARAMS.unbondingPeriod);
    for (const [who, id] of exits) await vault.connect(who).withdraw([id]);
    let booked = 0n;
    for (const op of operators) {
      const [unbonding] = await vault.unbondingOf(op.address);
      const pool = (await vault.stakeOf(op.address)) + unbonding;
      expect(pool).to.be.at.most(1n);
      booked += pool;
    }
    expect(await token.balanceOf(await vault.getAddress())).to.equal(booked);
  });

  it("propose at roundEnd - 1 reverts (RoundNotEnded); at roundEnd it is accepted", async function () {
    const f = await loadFixture(sixDecimalFixture);
    const roundEnd = f.spec.startTime + DAY;
    const r0 = buildResult(f.taskId, 0n, [[f.trainers[0].address, 10n]]);
    await time.setNextBlockTimestamp(roundEnd - 1n);
    await expect(proposeBuilt(f, r0))
      .to.be.revertedWithCustomError(f.settlement, "RoundSettlementRoundNotEnded")
      .withArgs(f.taskId, 0n, roundEnd, roundEnd - 1n);
    await time.setNextBlockTimestamp(roundEnd);
    expect(await proposeBuilt(f, r0)).to.equal(roundEnd);
  });

  it("joining at exactly roundStart counts for that round; joining one second later does not", async function () {
    const f = await loadFixture(sixDecimalFixture);
    const { vault, registry, attacker, victim } = f;
    for (const who of [attacker, victim]) {
      await vault.connect(who).registerOperator(0n, "");
      await vault.connect(who).stake(who.address, f.unit);
    }
    await time.setNextBlockTimestamp(f.spec.startTime);
    await registry.connect(attacker).joinTask(f.taskId, Role.Validator);
    await time.setNextBlockTimestamp(f.spec.startTime + 1n);
    await registry.connect(victim).joinTask(f.taskId, Role.Validator);
    expect(await registry.participantRole(f.taskId, 0n, attacker.address)).to.equal(Role.Validator);
    expect(await registry.participantRole(f.taskId, 0n, victim.address)).to.equal(Role.None);
    expect(await registry.participantRole(f.taskId, 1n, victim.address)).to.equal(Role.Validator);
  });

  it("a cancel at exactly roundEnd counts the next round as started: one second before, only that round is dropped and round 0 still settles", async function () {
    const late = await loadFixture(sixDecimalFixture);
    const roundEnd = late.spec.startTime + DAY; // round 1 (the last) starts here
    await time.setNextBlockTimestamp(roundEnd);
    await expect(late.registry.connect(late.creator).cancelTask(late.taskId))
      .to.be.revertedWithCustomError(late.registry, "TaskRegistryNothingToCancel")
      .withArgs(late.taskId, roundEnd, roundEnd);
    const f = await loadFixture(sixDecimalFixture);
    await time.setNextBlockTimestamp(roundEnd - 1n);
    await expect(f.registry.connect(f.creator).cancelTask(f.taskId)).to.emit(f.registry, "TaskCancelled").withArgs(f.taskId, 1n, 10n);
    const r0 = buildResult(f.taskId, 0n, [[f.trainers[0].address, 7n]]);
    await settleBuilt(f, r0);
    expect((await f.distributor.taskRewards(f.taskId)).allocated).to.equal(7n);
  });
});
