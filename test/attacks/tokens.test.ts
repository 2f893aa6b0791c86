import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import type { AttackProxy, FeeOnTransferToken, RebasingToken, ReentrantToken } from "../../typechain-types";
import { DAY, ONE, PARAMS } from "../shared/fixtures";
import { Role, VIRTUAL_SHARES, buildResult, deploySystemWith, proofFor, proposeBuilt, settleBuilt, specFrom } from "./attackFixtures";

const WAD = 10n ** 18n;
/** `ReentrantToken.Phase`. */
const Phase = { BeforeUpdate: 0, AfterUpdate: 1 } as const;

describe("attack: tokens that charge a transfer fee or rebase", function () {
  async function feeFixture() {
    const f = await deploySystemWith("FeeOnTransferToken", false);
    return { ...f, fot: f.token as unknown as FeeOnTransferToken };
  }

  async function rebasingFixture() {
    const f = await deploySystemWith("RebasingToken");
    return { ...f, rebasing: f.token as unknown as RebasingToken };
  }

  it("a fee-on-transfer token is refused on stake and on createTask (TokenTransferShortfall); no balance moves", async function () {
    const { vault, registry, fot, attacker, creator, trainers } = await loadFixture(feeFixture);
    const amount = 1_000n * ONE;
    const [attackerBefore, creatorBefore] = [await fot.balanceOf(attacker.address), await fot.balanceOf(creator.address)];
    await expect(vault.connect(attacker).stake(trainers[0].address, amount))
      .to.be.revertedWithCustomError(vault, "TokenTransferShortfall")
      .withArgs(amount, amount - amount / 100n);
    const spec = await specFrom({ rewardPerRound: 100n * ONE });
    const budget = 300n * ONE;
    await expect(registry.connect(creator).createTask(spec))
      .to.be.revertedWithCustomError(registry, "TokenTransferShortfall")
      .withArgs(budget, budget - budget / 100n);
    expect(await fot.balanceOf(attacker.address)).to.equal(attackerBefore);
    expect(await fot.balanceOf(creator.address)).to.equal(creatorBefore);
    expect(await fot.balanceOf(await vault.getAddress())).to.equal(0n);
    expect(await fot.balanceOf(await registry.getAddress())).to.equal(0n);
  });

  it("a rebasing token that delivers 1 wei short (factor 1.5) is refused (TokenTransferShortfall)", async function () {
    const { vault, rebasing, attacker, trainers } = await loadFixture(rebasingFixture);
    const factor = 15n * 10n ** 17n;
    await rebasing.setFactor(factor);
    const amount = 1_000n * ONE;
    const vaultShares = await rebasing.sharesOf(await vault.getAddress());
    const moved = (amount * WAD) / factor;
    const received = ((vaultShares + moved) * factor) / WAD - (vaultShares * factor) / WAD;
    expect(received).to.equal(amount - 1n);
    await expect(vault.connect(attacker).stake(trainers[0].address, amount))
      .to.be.revertedWithCustomError(vault, "TokenTransferShortfall")
      .withArgs(amount, received);
  });

  it("a positive rebase is a donation: nobody's stake grows, and an exiting staker gets exactly its booked value", async function () {
    const { vault, rebasing, attacker, trainers } = await loadFixture(rebasingFixture);
    const t1 = trainers[0].address;
    await vault.connect(attacker).stake(t1, 100n * ONE);
    const shares = await vault.sharesOf(t1, attacker.address);
    await rebasing.setFactor(2n * WAD);
    expect(await rebasing.balanceOf(await vault.getAddress())).to.equal(2n * 6_100n * ONE);
    expect(await vault.stakeOf(t1)).to.equal(1_100n * ONE);
    expect(await vault.convertToAssets(t1, shares)).to.equal(100n * ONE);
    await vault.connect(attacker).requestUnstake(t1, shares);
    const id = (await vault.nextRequestId()) - 1n;
    await time.increase(PARAMS.unbondingPeriod);
    const before = await rebasing.balanceOf(attacker.address);
    await vault.connect(attacker).withdraw([id]);
    expect(await rebasing.balanceOf(attacker.address)).to.equal(before + 100n * ONE);
    expect(await rebasing.balanceOf(await vault.getAddress())).to.equal(2n * 6_100n * ONE - 100n * ONE);
  });

  it("a negative rebase leaves the vault below its books: outside the token assumption (IStakingVault, docs/PROTOCOL.md §2), documented", async function () {
    const { vault, rebasing, trainers, validators } = await loadFixture(rebasingFixture);
    await rebasing.setFactor(WAD / 2n);
    const books = 6_000n * ONE;
    let stake = 0n;
    for (const t of trainers) stake += await vault.stakeOf(t.address);
    expect(stake).to.equal(3_000n * ONE); // the three trainers' pools, booked at face value
    for (const v of validators) stake += await vault.stakeOf(v.address);
    expect(stake).to.equal(books);
    expect(await rebasing.balanceOf(await vault.getAddress())).to.equal(books / 2n);
  });
});

describe("attack: a token that re-enters through its transfer hook (ReentrantToken as the stake token)", function () {
  /**
   * The system on ReentrantToken, one task (3 one-day rounds of 1,000 tokens) all six operators joined, and an
   * attacker contract (AttackProxy) holding 10,000 tokens approved to the vault and the registry.
   */
  async function reentrantFixture() {
    const f = await deploySystemWith("ReentrantToken");
    const token = f.token as unknown as ReentrantToken;
    const spec = await specFrom({ rewardPerRound: 1_000n * ONE });
    await f.registry.connect(f.creator).createTask(spec);
    for (const t of f.trainers) await f.registry.connect(t).joinTask(1n, Role.Trainer);
    for (const v of f.validators) await f.registry.connect(v).joinTask(1n, Role.Validator);
    const proxy = (await ethers.deployContract("AttackProxy")) as unknown as AttackProxy;
    const proxyAddress = await proxy.getAddress();
    await token.mint(proxyAddress, 10_000n * ONE);
    for (const spender of [await f.vault.getAddress(), await f.registry.getAddress()]) {
      await proxy.execute(await token.getAddress(), token.interface.encodeFunctionData("approve", [spender, 10_000n * ONE]));
    }
    const reentryError = f.vault.interface.encodeErrorResult("ReentrancyGuardReentrantCall", []);
    return { ...f, token, spec, taskId: 1n, proxy, proxyAddress, reentryError };
  }

  type F = Awaited<ReturnType<typeof reentrantFixture>>;
  /** Arms the token so that its next transfer makes the attacker contract call `target` with `data`. */
  async function armProxy(f: F, target: string, data: string, phase: number, bubble: boolean) {
    const hook = f.proxy.interface.encodeFunctionData("execute", [target, data]);
    await f.token.arm(f.proxyAddress, hook, phase, 1n, bubble);
  }

  it("stake: re-entering stake from the pull is refused (ReentrancyGuardReentrantCall); without bubbling, exactly one stake is booked", async function () {
    const f = await loadFixture(reentrantFixture);
    const vault = await f.vault.getAddress();
    const t1 = f.trainers[0].address;
    const stake = (amount: bigint) => f.vault.interface.encodeFunctionData("stake", [t1, amount]);
    await armProxy(f, vault, stake(1n), Phase.BeforeUpdate, true);
    await expect(f.proxy.execute(vault, stake(100n * ONE))).to.be.revertedWithCustomError(f.vault, "ReentrancyGuardReentrantCall");

    await armProxy(f, vault, stake(1n), Phase.BeforeUpdate, false);
    const vaultBefore = await f.token.balanceOf(vault);
    await f.proxy.execute(vault, stake(100n * ONE));
    expect(await f.token.lastReentrySucceeded()).to.equal(false);
    expect(await f.token.lastReentryReturnData()).to.equal(f.reentryError);
    expect(await f.vault.sharesOf(t1, f.proxyAddress)).to.equal(100n * ONE * VIRTUAL_SHARES);
    expect(await f.token.balanceOf(vault)).to.equal(vaultBefore + 100n * ONE);
  });

  it("withdraw: re-entering withdraw from the payout is refused; the request pays exactly once", async function () {
    const f = await loadFixture(reentrantFixture);
    const vault = await f.vault.getAddress();
    const t1 = f.trainers[0].address;
    await f.proxy.execute(vault, f.vault.interface.encodeFunctionData("stake", [t1, 100n * ONE]));
    await f.proxy.execute(vault, f.vault.interface.encodeFunctionData("requestUnstake", [t1, 100n * ONE * VIRTUAL_SHARES]));
    const id = (await f.vault.nextRequestId()) - 1n;
    await time.increase(PARAMS.unbondingPeriod);
    const withdraw = f.vault.interface.encodeFunctionData("withdraw", [[id]]);

    await armProxy(f, vault, withdraw, Phase.AfterUpdate, true);
    await expect(f.proxy.execute(vault, withdraw)).to.be.revertedWithCustomError(f.vault, "ReentrancyGuardReentrantCall");
    await armProxy(f, vault, withdraw, Phase.BeforeUpdate, false);
    const before = await f.token.balanceOf(f.proxyAddress);
    await f.proxy.execute(vault, withdraw);
    expect(await f.token.lastReentryReturnData()).to.equal(f.reentryError);
    expect(await f.token.balanceOf(f.proxyAddress)).to.equal(before + 100n * ONE);
    await expect(f.proxy.execute(vault, withdraw)).to.be.revertedWithCustomError(f.vault, "StakingVaultUnknownRequest").withArgs(id);
  });

  it("claim and claimAndRestake: re-entering a claim from the payout is refused; the reward is paid exactly once", async function () {
    const f = await loadFixture(reentrantFixture);
    const distributor = await f.distributor.getAddress();
    await time.increaseTo(f.spec.startTime + DAY);
    const r0 = buildResult(f.taskId, 0n, [[f.proxyAddress, 300n * ONE], [f.trainers[0].address, 200n * ONE]]);
    await settleBuilt(f, r0);
    const proof = proofFor(r0.tree!, f.proxyAddress);
    const claim = f.distributor.interface.encodeFunctionData("claim", [f.taskId, f.proxyAddress, 300n * ONE, proof]);

    await armProxy(f, distributor, claim, Phase.BeforeUpdate, true);
    await expect(f.distributor.claim(f.taskId, f.proxyAddress, 300n * ONE, proof)).to.be.revertedWithCustomError(f.distributor, "ReentrancyGuardReentrantCall");
    const restake = f.distributor.interface.encodeFunctionData("claimAndRestake", [f.taskId, 300n * ONE, proof, f.trainers[0].address]);
    await armProxy(f, distributor, claim, Phase.BeforeUpdate, true);
    await expect(f.proxy.execute(distributor, restake)).to.be.revertedWithCustomError(f.distributor, "ReentrancyGuardReentrantCall");

    await armProxy(f, distributor, claim, Phase.AfterUpdate, false);
    const before = await f.token.balanceOf(f.proxyAddress);
    await f.distributor.claim(f.taskId, f.proxyAddress, 300n * ONE, proof);
    expect(await f.token.lastReentryReturnData()).to.equal(f.reentryError);
    expect(await f.token.balanceOf(f.proxyAddress)).to.equal(before + 300n * ONE);
    expect(await f.distributor.claimed(f.taskId, f.proxyAddress)).to.equal(300n * ONE);
    expect(await f.token.balanceOf(distributor)).to.equal(200n * ONE);
  });

  it("createTask: cancelling the task from inside its own escrow pull is refused", async function () {
    const f = await loadFixture(reentrantFixture);
    const registry = await f.registry.getAddress();
    const spec = await specFrom({ rewardPerRound: 100n * ONE, tag: "attacker-task" });
    const cancel = f.registry.interface.encodeFunctionData("cancelTask", [2n]);
    await armProxy(f, registry, cancel, Phase.BeforeUpdate, true);
    const registryBefore = await f.token.balanceOf(registry);
    await expect(f.proxy.execute(registry, f.registry.interface.encodeFunctionData("createTask", [spec]))).to.be.revertedWithCustomError(
      f.registry,
      "ReentrancyGuardReentrantCall",
    );
    expect(await f.token.balanceOf(registry)).to.equal(registryBefore);
    expect(await f.registry.taskCount()).to.equal(1n);
  });

  it("finalize: re-entering finalize or skip from the round's payment is refused; a claim from inside it finds no root yet", async function () {
    const f = await loadFixture(reentrantFixture);
    const settlement = await f.settlement.getAddress();
    const t1 = f.trainers[0].address;
    await time.increaseTo(f.spec.startTime + DAY);
    const r0 = buildResult(f.taskId, 0n, [[t1, 700n * ONE]]);
    const proposedAt = await proposeBuilt(f, r0);
    await time.increaseTo(proposedAt + PARAMS.challengeWindow);

    for (const data of [
      f.settlement.interface.encodeFunctionData("finalize", [f.taskId, 0n]),
      f.settlement.interface.encodeFunctionData("skip", [f.taskId, 0n]),
    ]) {
      await armProxy(f, settlement, data, Phase.BeforeUpdate, true);
      await expect(f.settlement.finalize(f.taskId, 0n)).to.be.revertedWithCustomError(f.settlement, "ReentrancyGuardReentrantCall");
    }

    const claim = f.distributor.interface.encodeFunctionData("claim", [f.taskId, t1, 700n * ONE, proofFor(r0.tree!, t1)]);
    await armProxy(f, await f.distributor.getAddress(), claim, Phase.AfterUpdate, false);
    await f.settlement.finalize(f.taskId, 0n);
    expect(await f.token.lastReentrySucceeded()).to.equal(false);
    expect(await f.token.lastReentryReturnData()).to.equal(f.distributor.interface.encodeErrorResult("RewardDistributorNoRoot", [f.taskId]));
    const before = await f.token.balanceOf(t1);
    await f.distributor.claim(f.taskId, t1, 700n * ONE, proofFor(r0.tree!, t1));
    expect(await f.token.balanceOf(t1)).to.equal(before + 700n * ONE);
  });

  it("finalize's slash payout: re-entering the vault (withdraw) from it is refused", async function () {
    const f = await loadFixture(reentrantFixture);
    const vault = await f.vault.getAddress();
    const v3 = f.validators[2].address;
    await f.proxy.execute(vault, f.vault.interface.encodeFunctionData("stake", [v3, 100n * ONE]));
    await f.proxy.execute(vault, f.vault.interface.encodeFunctionData("requestUnstake", [v3, 100n * ONE * VIRTUAL_SHARES]));
    const id = (await f.vault.nextRequestId()) - 1n;
    await time.increaseTo(f.spec.startTime + DAY);
    const proposedAt = await proposeBuilt(f, buildResult(f.taskId, 0n, [], [{ operator: v3, bps: 1_000n }]));
    await time.increaseTo(proposedAt + PARAMS.challengeWindow);
    // Round 0 pays nothing, so the first transfer of finalize is the slash going to the treasury.
    await armProxy(f, vault, f.vault.interface.encodeFunctionData("withdraw", [[id]]), Phase.BeforeUpdate, true);
    await expect(f.settlement.finalize(f.taskId, 0n)).to.be.revertedWithCustomError(f.vault, "ReentrancyGuardReentrantCall");
    await f.token.disarm();
    await f.settlement.finalize(f.taskId, 0n);
    expect(await f.vault.requestValue(id)).to.be.lessThan(100n * ONE);
  });
});
