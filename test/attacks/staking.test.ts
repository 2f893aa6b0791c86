import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import type { ContractTransactionReceipt, ContractTransactionResponse } from "ethers";
import type { AerieTestToken, StakingVault } from "../../typechain-types";
import { DAY, ONE, PARAMS } from "../shared/fixtures";
import { deploySystem, mintAndApprove } from "../shared/system";
import { BPS, Role, VIRTUAL_SHARES, attackTaskFixture, buildResult, proposeBuilt, settleBuilt, slashCuts, toAssets, toShares } from "./attackFixtures";

/**
 * Sends every transaction of `sends` (each with an explicit gas limit and a falling priority fee, so they land in
 * the order given) into one block mined at `timestamp`, then turns automine back on.
 * @returns the receipts, in the order given.
 */
async function inOneBlock(timestamp: bigint, sends: ((overrides: object) => Promise<ContractTransactionResponse>)[]): Promise<ContractTransactionReceipt[]> {
  await ethers.provider.send("evm_setAutomine", [false]);
  try {
    const txs: ContractTransactionResponse[] = [];
    for (let i = 0; i < sends.length; i++) {
      const tip = BigInt(sends.length - i) * 1_000_000_000n;
      txs.push(await sends[i]({ gasLimit: 3_000_000n, maxPriorityFeePerGas: tip, maxFeePerGas: 100_000_000_000n + tip }));
    }
    await time.setNextBlockTimestamp(timestamp);
    await ethers.provider.send("evm_mine", []);
    const receipts = await Promise.all(txs.map((tx) => tx.wait()));
    return receipts.map((r) => r!);
  } finally {
    await ethers.provider.send("evm_setAutomine", [true]);
  }
}

/** Id of the request created last. */
async function lastRequestId(vault: StakingVault): Promise<bigint> {
  return (await vault.nextRequestId()) - 1n;
}

describe("attack: first-depositor share inflation through a donation", function () {
  it("a donation moves no share price: the victim gets exactly the undonated shares and the attacker loses the donation", async function () {
    const { vault, token, attacker, victim } = await loadFixture(attackTaskFixture);
    const vaultAddress = await vault.getAddress();
    await vault.connect(attacker).registerOperator(0n, "attacker pool");
    const victimAmount = 1_000n * ONE;
    const attackerStart = await token.balanceOf(attacker.address);
    const victimStart = await token.balanceOf(victim.address);
    const vaultStart = await token.balanceOf(vaultAddress);

    // 1. first deposit of 1 wei: 1e6 shares, not 1.
    await expect(vault.connect(attacker).stake(attacker.address, 1n))
      .to.emit(vault, "Staked")
      .withArgs(attacker.address, attacker.address, attacker.address, 1n, VIRTUAL_SHARES);
    // 2. donation straight to the vault, meant to inflate the price of those shares.
    const donation = 5_000n * ONE;
    await token.connect(attacker).transfer(vaultAddress, donation);
    expect(await vault.stakeOf(attacker.address)).to.equal(1n);
    expect(await vault.convertToAssets(attacker.address, VIRTUAL_SHARES)).to.equal(1n);
    // 3. the victim deposits: priced on booked assets only, so it gets 1e6 shares per wei, as without the donation.
    const expectedShares = toShares(victimAmount, VIRTUAL_SHARES, 1n);
    expect(expectedShares).to.equal(victimAmount * VIRTUAL_SHARES);
    expect(await vault.previewStake(attacker.address, victimAmount)).to.equal(expectedShares);
    await expect(vault.connect(victim).stake(attacker.address, victimAmount))
      .to.emit(vault, "Staked")
      .withArgs(attacker.address, victim.address, victim.address, victimAmount, expectedShares);

    // 4. both leave: each gets back exactly what it deposited; the donation stays stranded in the vault.
    await vault.connect(attacker).requestUnstake(attacker.address, VIRTUAL_SHARES);
    const attackerId = await lastRequestId(vault);
    await vault.connect(victim).requestUnstake(attacker.address, expectedShares);
    const victimId = await lastRequestId(vault);
    expect(await vault.requestValue(attackerId)).to.equal(1n);
    expect(await vault.requestValue(victimId)).to.equal(victimAmount);
    await time.increase(PARAMS.unbondingPeriod);
    await vault.connect(attacker).withdraw([attackerId]);
    await vault.connect(victim).withdraw([victimId]);

    expect(await token.balanceOf(attacker.address)).to.equal(attackerStart - donation);
    expect(await token.balanceOf(victim.address)).to.equal(victimStart);
    expect(await token.balanceOf(vaultAddress)).to.equal(vaultStart + donation);
  });

  it("a donation into an empty pool before any deposit changes nothing either: the first deposit still mints 1e6 shares per wei", async function () {
    const { vault, token, attacker, victim } = await loadFixture(attackTaskFixture);
    await vault.connect(attacker).registerOperator(0n, "");
    await token.connect(attacker).transfer(await vault.getAddress(), 1_000n * ONE);
    await expect(vault.connect(victim).stake(attacker.address, 3n))
      .to.emit(vault, "Staked")
      .withArgs(attacker.address, victim.address, victim.address, 3n, 3n * VIRTUAL_SHARES);
    expect(await vault.convertToAssets(attacker.address, 3n * VIRTUAL_SHARES)).to.equal(3n);
  });
});

describe("attack: staking or delegating just before a round starts (or inside it) to capture its reward", function () {
  it("reads stake at the round's start: a delegation at roundStart - 1 counts, one at roundStart + 1 changes nothing for that round", async function () {
    const f = await loadFixture(attackTaskFixture);
    const t1 = f.trainers[0].address;
    const start = f.spec.startTime;
    await time.setNextBlockTimestamp(start - 1n);
    await f.vault.connect(f.attacker).stake(t1, 500n * ONE);
    await time.setNextBlockTimestamp(start + 1n);
    await f.vault.connect(f.victim).stake(t1, 700n * ONE);

    expect(await f.vault.stakeAt(t1, start - 2n)).to.equal(1_000n * ONE);
    expect(await f.vault.stakeAt(t1, start)).to.equal(1_500n * ONE);
    expect(await f.vault.stakeAt(t1, start + 1n)).to.equal(2_200n * ONE);
    expect(await f.vault.stakeOf(t1)).to.equal(2_200n * ONE);
    expect(await f.registry.participantRole(f.taskId, 0n, t1)).to.equal(Role.Trainer);
  });

  it("an operator below the minimum at the round's start does not take part in it, even after topping up inside the round", async function () {
    const f = await loadFixture(attackTaskFixture);
    const { vault, registry, attacker } = f;
    await vault.connect(attacker).registerOperator(0n, "");
    await vault.connect(attacker).stake(attacker.address, 100n * ONE);
    await registry.connect(attacker).joinTask(f.taskId, Role.Trainer);
    await vault.connect(attacker).requestUnstake(attacker.address, 50n * ONE * VIRTUAL_SHARES); // 50 tokens below the minimum
    await time.setNextBlockTimestamp(f.spec.startTime + 1n);
    await vault.connect(attacker).stake(attacker.address, 1_000n * ONE);

    expect(await vault.stakeAt(attacker.address, f.spec.startTime)).to.equal(50n * ONE);
    expect(await registry.participantRole(f.taskId, 0n, attacker.address)).to.equal(Role.None);
    expect(await registry.participantRole(f.taskId, 1n, attacker.address)).to.equal(Role.Trainer);
    // Not a participant of round 0, so no result can reward (or slash) it for that round.
    await time.increaseTo(f.spec.startTime + DAY);
    const built = buildResult(f.taskId, 0n, [], [{ operator: attacker.address, bps: 100n }]);
    await expect(proposeBuilt(f, built))
      .to.be.revertedWithCustomError(f.settlement, "RoundSettlementNotParticipant")
      .withArgs(f.taskId, 0n, attacker.address);
  });

  it("a delegation made just before the start is exposed to that round's slash: an unstake right after the start does not escape it", async function () {
    const f = await loadFixture(attackTaskFixture);
    const { vault, token, attacker } = f;
    const v3 = f.validators[2].address;
    const start = f.spec.startTime;
    const walletStart = await token.balanceOf(attacker.address);
    await time.setNextBlockTimestamp(start - 1n);
    await vault.connect(attacker).stake(v3, 1_000n * ONE);
    expect(await vault.stakeAt(v3, start)).to.equal(2_000n * ONE);

    // Leaves at once, one second into the round it is counted in.
    await time.setNextBlockTimestamp(start + 1n);
    await vault.connect(attacker).requestUnstake(v3, await vault.sharesOf(v3, attacker.address));
    const id = await lastRequestId(vault);
    const request = await vault.getRequest(id);
    expect(request.unlockTime).to.equal(start + 1n + PARAMS.unbondingPeriod);

    await time.increaseTo(start + DAY);
    const bps = 2_000n;
    const proposedAt = await proposeBuilt(f, buildResult(f.taskId, 0n, [], [{ operator: v3, bps }]));
    const [uA, uS] = await vault.unbondingOf(v3);
    const A = await vault.stakeOf(v3);
    await time.increaseTo(proposedAt + PARAMS.challengeWindow);
    await f.settlement.finalize(f.taskId, 0n);
    // The base is the 2,000 tokens that backed round 0; half of them now sit in the unbonding pool and bear half the cut.
    const [, unbondingCut] = slashCuts(2_000n * ONE, bps, A, uA);
    const expected = toAssets(request.shares, uS, uA - unbondingCut);
    expect(await vault.requestValue(id)).to.equal(expected);
    expect(expected).to.be.at.most((1_000n * ONE * (BPS - bps)) / BPS);

    // Still locked when the slash lands (the round's result is final long before the request unlocks).
    const now = BigInt(await time.latest()) + 1n;
    await time.setNextBlockTimestamp(now);
    await expect(vault.connect(attacker).withdraw([id]))
      .to.be.revertedWithCustomError(vault, "StakingVaultRequestLocked")
      .withArgs(id, request.unlockTime, now);
    await time.increaseTo(request.unlockTime);
    await vault.connect(attacker).withdraw([id]);
    expect(await token.balanceOf(attacker.address)).to.equal(walletStart - 1_000n * ONE + expected);
  });
});

describe("attack: escaping a slash by requesting unstake before it lands", function () {
  /** `attackTaskFixture` + the attacker delegating 1,000 tokens to v3 before round 0, and a proposed 10% slash of v3. */
  async function proposedSlashFixture() {
    const f = await attackTaskFixture();
    const v3 = f.validators[2].address;
    await f.vault.connect(f.attacker).stake(v3, 1_000n * ONE);
    await time.increaseTo(f.spec.startTime + DAY);
    const bps = 1_000n;
    const proposedAt = await proposeBuilt(f, buildResult(f.taskId, 0n, [], [{ operator: v3, bps }]));
    // The slash base: v3's stake at round 0's start (its own 1,000 tokens and the attacker's 1,000).
    const base = await f.vault.stakeAt(v3, f.spec.startTime);
    expect(base).to.equal(2_000n * ONE);
    return { ...f, v3, bps, base, finalizableAt: proposedAt + PARAMS.challengeWindow };
  }

  /** The pools of `operator` and the attacker's shares, read before an attack block. */
  async function poolsOf(vault: StakingVault, operator: string, account: string) {
    const [uA, uS] = await vault.unbondingOf(operator);
    return { A: await vault.stakeOf(operator), S: await vault.totalShares(operator), uA, uS, s: await vault.sharesOf(operator, account) };
  }

  it("a request sent while the slash is proposed is cut when it lands", async function () {
    const f = await loadFixture(proposedSlashFixture);
    const { vault, attacker, v3, bps, base } = f;
    const p = await poolsOf(vault, v3, attacker.address);
    await vault.connect(attacker).requestUnstake(v3, p.s);
    const id = await lastRequestId(vault);
    const a = toAssets(p.s, p.S, p.A);
    const u = toShares(a, p.uS, p.uA);
    expect((await vault.getRequest(id)).shares).to.equal(u);
    await time.increaseTo(f.finalizableAt);
    await f.settlement.finalize(f.taskId, 0n);
    const [, unbondingCut] = slashCuts(base, bps, p.A - a, p.uA + a);
    expect(await vault.requestValue(id)).to.equal(toAssets(u, p.uS + u, p.uA + a - unbondingCut));
    expect((await vault.requestValue(id)) * BPS).to.be.at.most(a * (BPS - bps) + BPS);
  });

  it("a matured request waits while the slash is proposed (StakingVaultSlashPending), and pays the post-slash value after", async function () {
    const f = await loadFixture(attackTaskFixture);
    const { vault, registry, token, attacker, creator } = f;
    const v2 = f.validators[1].address;
    await vault.connect(attacker).stake(v2, 400n * ONE);
    await vault.connect(attacker).requestUnstake(v2, await vault.sharesOf(v2, attacker.address));
    const id = await lastRequestId(vault);
    const request = await vault.getRequest(id);
    // A second task whose round 0 ends just before the request matures; v2 takes part in it.
    const startTime = request.unlockTime - DAY - 60n;
    await registry.connect(creator).createTask({ startTime, roundDuration: DAY, numRounds: 1, rewardPerRound: ONE, minTrainerStake: 0n, minValidatorStake: 0n, specHash: ethers.id("t2"), specURI: "" });
    await registry.connect(f.validators[1]).joinTask(2n, Role.Validator);
    await time.increaseTo(startTime + DAY);
    const bps = 3_000n;
    const proposedAt = await proposeBuilt(f, buildResult(2n, 0n, [], [{ operator: v2, bps }]));
    await time.increaseTo(request.unlockTime);
    await expect(vault.connect(attacker).withdraw([id]))
      .to.be.revertedWithCustomError(vault, "StakingVaultSlashPending")
      .withArgs(v2, 1n);

    const [uA, uS] = await vault.unbondingOf(v2);
    const A = await vault.stakeOf(v2);
    await time.increaseTo(proposedAt + PARAMS.challengeWindow);
    await f.settlement.finalize(2n, 0n);
    // The request was already unbonding when task 2's round started, so it did not back that round: the base is v2's
    // own stake then (A), and the request bears only its pro-rata part of the cut (docs/PROTOCOL.md §3).
    expect(await vault.stakeAt(v2, startTime)).to.equal(A);
    const [, unbondingCut] = slashCuts(A, bps, A, uA);
    expect(unbondingCut).to.be.greaterThan(0n);
    const expected = toAssets(request.shares, uS, uA - unbondingCut);
    const before = await token.balanceOf(attacker.address);
    await vault.connect(attacker).withdraw([id]);
    expect(await token.balanceOf(attacker.address)).to.equal(before + expected);
    expect(expected).to.be.lessThan(400n * ONE);
    expect(expected).to.be.at.least(400n * ONE - (400n * ONE * bps) / BPS);
  });

  it("requestUnstake then finalize in the same block: the request is cut in the unbonding pool", async function () {
    const f = await loadFixture(proposedSlashFixture);
    const { vault, settlement, attacker, v3, bps, base } = f;
    const p = await poolsOf(vault, v3, attacker.address);
    const receipts = await inOneBlock(f.finalizableAt, [
      (o) => vault.connect(attacker).requestUnstake(v3, p.s, o),
      (o) => settlement.connect(f.victim).finalize(f.taskId, 0n, o),
    ]);
    expect(receipts[0].blockNumber).to.equal(receipts[1].blockNumber);
    expect(receipts[0].index).to.be.lessThan(receipts[1].index);

    const a = toAssets(p.s, p.S, p.A);
    const u = toShares(a, p.uS, p.uA);
    const [, unbondingCut] = slashCuts(base, bps, p.A - a, p.uA + a);
    const expected = toAssets(u, p.uS + u, p.uA + a - unbondingCut);
    const id = await lastRequestId(vault);
    expect(await vault.requestValue(id)).to.equal(expected);
    expect(expected * BPS).to.be.at.most(a * (BPS - bps) + BPS);
  });

  it("finalize then requestUnstake in the same block: the shares are cut in the active pool first", async function () {
    const f = await loadFixture(proposedSlashFixture);
    const { vault, settlement, attacker, v3, bps, base } = f;
    const p = await poolsOf(vault, v3, attacker.address);
    const receipts = await inOneBlock(f.finalizableAt, [
      (o) => settlement.connect(f.victim).finalize(f.taskId, 0n, o),
      (o) => vault.connect(attacker).requestUnstake(v3, p.s, o),
    ]);
    expect(receipts[0].blockNumber).to.equal(receipts[1].blockNumber);
    expect(receipts[0].index).to.be.lessThan(receipts[1].index);

    const [activeCut, unbondingCut] = slashCuts(base, bps, p.A, p.uA);
    const A1 = p.A - activeCut;
    const uA1 = p.uA - unbondingCut;
    const a = toAssets(p.s, p.S, A1);
    const u = toShares(a, p.uS, uA1);
    const expected = toAssets(u, p.uS + u, uA1 + a);
    const id = await lastRequestId(vault);
    expect(await vault.requestValue(id)).to.equal(expected);
    expect(expected * BPS).to.be.at.most(toAssets(p.s, p.S, p.A) * (BPS - bps) + BPS);
  });
});

describe("attack: slash rounding that leaves a pool owing more than it holds", function () {
  /** A bare StakingVault whose settlement is the `slasher` account, one operator, and five odd-sized stakers. */
  async function roundingFixture() {
    const [gov, slasher, treasury, op, a1, a2, a3, attacker] = await ethers.getSigners();
    const system = await deploySystem({ owner: gov, slashRecipient: treasury.address, settlement: slasher.address });
    const { token, vault } = system;
    await mintAndApprove(system, [op, a1, a2, a3, attacker], 10n * ONE, await vault.getAddress());
    await vault.connect(op).registerOperator(0n, "");
    return { token, vault, slasher, treasury, op, holders: [op, a1, a2, a3, attacker], attacker };
  }

  /**
   * Checks docs/PROTOCOL.md §9.1/§9.6 for one operator: the vault's balance equals its books exactly (no donation here), and what
   * the holders' active shares and the live requests are worth never exceeds the pool they come from.
   */
  async function expectSolvent(vault: StakingVault, token: AerieTestToken, operator: string, holders: string[], ids: bigint[]) {
    const balance = await token.balanceOf(await vault.getAddress());
    const active = await vault.stakeOf(operator);
    const [unbonding] = await vault.unbondingOf(operator);
    expect(balance).to.equal(active + unbonding);
    let activeOwed = 0n;
    for (const h of holders) activeOwed += await vault.convertToAssets(operator, await vault.sharesOf(operator, h));
    let unbondingOwed = 0n;
    for (const id of ids) unbondingOwed += await vault.requestValue(id);
    expect(activeOwed).to.be.at.most(active);
    expect(unbondingOwed).to.be.at.most(unbonding);
    expect(activeOwed + unbondingOwed).to.be.at.most(balance);
  }

  it("1-wei and odd stakes under 1, 3333 and 5000 bps slashes: Σ requestValue + Σ convertToAssets <= balance at every step, and everyone can exit", async function () {
    const { token, vault, slasher, op, holders, attacker } = await loadFixture(roundingFixture);
    const [, a1, a2, a3] = holders;
    const operator = op.address;
    const who = holders.map((h) => h.address);
    const ids: bigint[] = [];
    // Each slash's base is the pool's stake one second before it lands (so stake and requests since count as late).
    const slash = async (bps: bigint) => {
      await vault.connect(slasher).slash(operator, bps, BigInt(await time.latest()), ethers.ZeroHash);
      await expectSolvent(vault, token, operator, who, ids);
    };
    const request = async (h: typeof op, shares: bigint) => {
      await vault.connect(h).requestUnstake(operator, shares);
      ids.push(await lastRequestId(vault));
      await expectSolvent(vault, token, operator, who, ids);
    };

    /** Requests all of `h`'s shares out; a position worth 0 wei reverts StakingVaultZeroShares (rounding dust). */
    const exitAll = async (h: typeof op) => {
      const shares = await vault.sharesOf(operator, h.address);
      if (shares === 0n) return;
      if ((await vault.convertToAssets(operator, shares)) === 0n) {
        await expect(vault.connect(h).requestUnstake(operator, shares))
          .to.be.revertedWithCustomError(vault, "StakingVaultZeroShares")
          .withArgs(operator, 0n);
        return;
      }
      await request(h, shares);
    };

    await vault.connect(op).stake(operator, 1n);
    await vault.connect(a1).stake(operator, 3n);
    await vault.connect(a2).stake(operator, 999_999n);
    await vault.connect(a3).stake(operator, ONE + 1n);
    await vault.connect(attacker).stake(operator, 7n);
    await expectSolvent(vault, token, operator, who, ids);
    await request(a2, 123_456_789n);
    await slash(1n);
    await slash(3_333n);
    await request(attacker, await vault.sharesOf(operator, attacker.address));
    await request(a3, (await vault.sharesOf(operator, a3.address)) / 3n);
    await slash(5_000n);
    for (let i = 0; i < 5; i++) await slash(1n);
    // a1's 3 wei, after losing ~2/3 to slashes, is worth 0 wei: it cannot be requested out (0 unbonding shares).
    await exitAll(a1);
    await slash(4_999n);
    // Everyone leaves.
    for (const h of holders) await exitAll(h);
    await time.increase(PARAMS.unbondingPeriod);
    for (const id of ids) {
      const r = await vault.getRequest(id);
      const value = await vault.requestValue(id);
      const owner = holders.find((h) => h.address === r.owner)!;
      const before = await token.balanceOf(owner.address);
      await vault.connect(owner).withdraw([id]);
      expect(await token.balanceOf(owner.address)).to.equal(before + value);
    }
    // Nothing is stranded: the rounding of each redemption stayed in the pool and went to the holders after it
    // (in general what is left is booked dust, at most 1 wei per redemption; here it is 0).
    const left = await token.balanceOf(await vault.getAddress());
    const [unbondingLeft] = await vault.unbondingOf(operator);
    expect(left).to.equal((await vault.stakeOf(operator)) + unbondingLeft);
    expect(left).to.equal(0n);
  });

  it("a 1-wei pool slashed to 0 owes nothing, cannot be requested out, and costs the next depositor nothing", async function () {
    const { token, vault, slasher, treasury, op, attacker, holders } = await loadFixture(roundingFixture);
    const operator = op.address;
    await vault.connect(attacker).stake(operator, 1n);
    const roundStart = BigInt(await time.latest());
    await expect(vault.connect(slasher).slash(operator, 5_000n, roundStart, ethers.ZeroHash))
      .to.emit(vault, "Slashed")
      .withArgs(operator, ethers.ZeroHash, 5_000n, roundStart, 1n, 1n, 0n, treasury.address);
    expect(await vault.stakeOf(operator)).to.equal(0n);
    expect(await vault.convertToAssets(operator, VIRTUAL_SHARES)).to.equal(0n);
    await expect(vault.connect(attacker).requestUnstake(operator, VIRTUAL_SHARES))
      .to.be.revertedWithCustomError(vault, "StakingVaultZeroShares")
      .withArgs(operator, 0n);

    const victim = holders[1];
    const shares = toShares(5n, VIRTUAL_SHARES, 0n);
    await vault.connect(victim).stake(operator, 5n);
    expect(await vault.sharesOf(operator, victim.address)).to.equal(shares);
    expect(await vault.convertToAssets(operator, shares)).to.equal(5n);
    expect(await vault.convertToAssets(operator, VIRTUAL_SHARES)).to.equal(0n);
    expect(await token.balanceOf(await vault.getAddress())).to.equal(5n);
  });
});

describe("attack: thousands of dust unstake requests to make withdraw or slash run out of gas", function () {
  // 2,000 requests under coverage instrumentation on a shared machine outlast the default 300 s.
  this.timeout(1_200_000);
  const DUST_REQUESTS = 2_000;
  const PER_TX = 100;

  /** `attackTaskFixture` + a victim's pending 100-token request from v3 and an attacker contract holding 10,000 wei staked in v3. */
  async function dustBaseFixture() {
    const f = await attackTaskFixture();
    const v3 = f.validators[2].address;
    await f.vault.connect(f.victim).stake(v3, 100n * ONE);
    await f.vault.connect(f.victim).requestUnstake(v3, await f.vault.sharesOf(v3, f.victim.address));
    const victimId = await lastRequestId(f.vault);
    const proxy = await f.proxy.getAddress();
    await f.token.mint(proxy, 10_000n);
    await f.proxy.execute(await f.token.getAddress(), f.token.interface.encodeFunctionData("approve", [await f.vault.getAddress(), 10_000n]));
    await f.proxy.execute(await f.vault.getAddress(), f.vault.interface.encodeFunctionData("stake", [v3, 10_000n]));
    return { ...f, v3, victimId };
  }

  /** `dustBaseFixture` + 2,000 requests of 1 wei each by the attacker contract. */
  async function dustSpamFixture() {
    const f = await dustBaseFixture();
    const data = f.vault.interface.encodeFunctionData("requestUnstake", [f.v3, VIRTUAL_SHARES]);
    const firstId = await f.vault.nextRequestId();
    for (let sent = 0; sent < DUST_REQUESTS; sent += PER_TX) {
      await f.proxy.repeat(await f.vault.getAddress(), data, PER_TX, { gasLimit: 16_000_000n });
    }
    return { ...f, firstId };
  }

  /**
   * `dustBaseFixture` + one 1-wei request in each of the same number of transactions (blocks) as `dustSpamFixture`:
   * the same number of stake checkpoints, 100 times fewer requests.
   */
  async function dustFewFixture() {
    const f = await dustBaseFixture();
    const data = f.vault.interface.encodeFunctionData("requestUnstake", [f.v3, VIRTUAL_SHARES]);
    for (let sent = 0; sent < DUST_REQUESTS; sent += PER_TX) {
      await f.proxy.repeat(await f.vault.getAddress(), data, 1, { gasLimit: 16_000_000n });
    }
    return f;
  }

  /** Proposes round 0 with a 10% slash of v3, finalizes it, and returns the finalize gas. */
  async function slashV3(f: Awaited<ReturnType<typeof dustBaseFixture>>): Promise<bigint> {
    await time.increaseTo(f.spec.startTime + DAY);
    const proposedAt = await proposeBuilt(f, buildResult(f.taskId, 0n, [], [{ operator: f.v3, bps: 1_000n }]));
    await time.increaseTo(proposedAt + PARAMS.challengeWindow);
    const receipt = await (await f.settlement.finalize(f.taskId, 0n)).wait();
    return receipt!.gasUsed;
  }

  /** Withdraws the victim's request once it unlocks; returns the gas and checks it paid exactly the request's value. */
  async function victimWithdraw(f: Awaited<ReturnType<typeof dustBaseFixture>>): Promise<bigint> {
    const request = await f.vault.getRequest(f.victimId);
    await time.increaseTo(request.unlockTime);
    const value = await f.vault.requestValue(f.victimId);
    const before = await f.token.balanceOf(f.victim.address);
    const receipt = await (await f.vault.connect(f.victim).withdraw([f.victimId])).wait();
    expect(await f.token.balanceOf(f.victim.address)).to.equal(before + value);
    return receipt!.gasUsed;
  }

  it("2,000 one-wei requests leave the victim's withdraw gas exactly as it was, and the slash's gas independent of the request count", async function () {
    const clean = await loadFixture(dustBaseFixture);
    const cleanSlashGas = await slashV3(clean);
    const cleanWithdrawGas = await victimWithdraw(clean);

    const spammed = await loadFixture(dustSpamFixture);
    expect((await spammed.vault.nextRequestId()) - spammed.firstId).to.equal(BigInt(DUST_REQUESTS));
    expect(await spammed.vault.requestValue(spammed.firstId)).to.equal(1n);
    const spammedSlashGas = await slashV3(spammed);
    const spammedWithdrawGas = await victimWithdraw(spammed);
    expect(spammedWithdrawGas).to.equal(cleanWithdrawGas);

    // The slash reads the stake at the round's start by a binary search over v3's checkpoints (one per block that
    // changed the pool), never by a loop over requests: 2,000 requests cost it exactly what 20 do in as many blocks.
    const few = await loadFixture(dustFewFixture);
    expect(await slashV3(few)).to.equal(spammedSlashGas);
    // And the 20 extra checkpoints cost the search a few storage reads (log2), nothing like a loop.
    expect(spammedSlashGas).to.be.greaterThanOrEqual(cleanSlashGas);
    expect(spammedSlashGas - cleanSlashGas).to.be.lessThan(5n * 2_600n);
  });

  it("the attacker's own requests can only be withdrawn 100 at a time, each batch bounded", async function () {
    const f = await loadFixture(dustSpamFixture);
    const request = await f.vault.getRequest(f.firstId);
    await time.increaseTo(request.unlockTime);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => f.firstId + BigInt(i));
    const withdraw = (list: bigint[]) => f.vault.interface.encodeFunctionData("withdraw", [list]);
    await expect(f.proxy.execute(await f.vault.getAddress(), withdraw(ids(101))))
      .to.be.revertedWithCustomError(f.vault, "StakingVaultTooManyRequests")
      .withArgs(101n, 100n);
    const proxy = await f.proxy.getAddress();
    const before = await f.token.balanceOf(proxy);
    const receipt = await (await f.proxy.execute(await f.vault.getAddress(), withdraw(ids(100)))).wait();
    expect(await f.token.balanceOf(proxy)).to.equal(before + 100n);
    expect(receipt!.gasUsed).to.be.lessThan(3_000_000n);
  });
});
