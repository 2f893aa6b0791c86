import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import type { StakingVault } from "../typechain-types";
import {
  DAY,
  DEFAULT_PARAMS,
  DELEGATION,
  INITIAL_BALANCE,
  OPERATOR_COMMISSIONS,
  ONE,
  SELF_STAKE,
  VIRTUAL_SHARES,
  deployBareVaultFixture,
  deployVaultFixture,
  feeOnTransferFixture,
  registeredFixture,
  slashAmount,
  slashCuts,
  stakedFixture,
  toAssets,
  toShares,
  unstakedFixture,
} from "./shared/vaultFixtures";
import { stakingVaultArgs } from "./shared/system";
import type { Params } from "./shared/constants";

const REF = ethers.id("round-1");

/** Current block timestamp, in seconds. */
async function now(): Promise<bigint> {
  return BigInt(await time.latest());
}

/** Pins the next block's timestamp and returns it. */
async function nextTimestamp(offset = 1n): Promise<bigint> {
  const t = (await now()) + offset;
  await time.setNextBlockTimestamp(t);
  return t;
}

/** Snapshot of an operator's active pool. */
async function activePool(vault: StakingVault, op: string): Promise<{ shares: bigint; assets: bigint }> {
  return { shares: await vault.totalShares(op), assets: await vault.stakeOf(op) };
}

/** Snapshot of an operator's unbonding pool. */
async function unbondingPool(vault: StakingVault, op: string): Promise<{ shares: bigint; assets: bigint }> {
  const [assets, shares] = await vault.unbondingOf(op);
  return { shares, assets };
}

describe("StakingVault", function () {
  // ---------------------------------------------------------------- constructor
  describe("constructor", function () {
    async function deploy(overrides: Partial<Params> = {}, addrs: Partial<Record<string, string>> = {}) {
      const f = await loadFixture(deployBareVaultFixture);
      const factory = await ethers.getContractFactory("StakingVault");
      const args = stakingVaultArgs({
        token: addrs.token ?? (await f.token.getAddress()),
        owner: addrs.owner ?? f.owner.address,
        params: { ...DEFAULT_PARAMS, ...overrides },
        slashRecipient: addrs.recipient ?? f.slashRecipient.address,
      });
      return { f, factory, args };
    }

    describe("when the parameters are valid", function () {
      it("stores every parameter as an immutable and the wiring", async function () {
        const { vault, token, owner, slashRecipient } = await loadFixture(deployBareVaultFixture);
        expect(await vault.token()).to.equal(await token.getAddress());
        expect(await vault.owner()).to.equal(owner.address);
        expect(await vault.slashRecipient()).to.equal(slashRecipient.address);
        expect(await vault.settlement()).to.equal(ethers.ZeroAddress);
        expect(await vault.UNBONDING_PERIOD()).to.equal(14n * DAY);
        expect(await vault.COMMISSION_DELAY()).to.equal(14n * DAY);
        expect(await vault.MAX_ROUND_DURATION()).to.equal(7n * DAY);
        expect(await vault.RESULT_DEADLINE()).to.equal(3n * DAY);
        expect(await vault.CHALLENGE_WINDOW()).to.equal(1n * DAY);
        expect(await vault.MAX_SLASH_BPS()).to.equal(5000n);
        expect(await vault.MAX_COMMISSION_BPS()).to.equal(5000n);
        expect(await vault.MAX_WITHDRAW_BATCH()).to.equal(100n);
        expect(await vault.nextRequestId()).to.equal(1n);
      });

      it("emits SlashRecipientSet", async function () {
        const { factory, args } = await deploy();
        const vault = await factory.deploy(...args);
        await expect(vault.deploymentTransaction()).to.emit(vault, "SlashRecipientSet").withArgs(args[3]);
      });

      it("accepts the boundaries: unbonding = round + deadline + window, delay = unbonding, caps = 10_000", async function () {
        const { factory, args } = await deploy({
          unbondingPeriod: 11n * DAY,
          commissionDelay: 11n * DAY,
          maxSlashBps: 10_000n,
          maxCommissionBps: 10_000n,
        });
        const vault = await factory.deploy(...args);
        expect(await vault.UNBONDING_PERIOD()).to.equal(11n * DAY);
        expect(await vault.MAX_SLASH_BPS()).to.equal(10_000n);
      });
    });

    describe("when a parameter is invalid", function () {
      it("reverts StakingVaultZeroAddress for a zero token", async function () {
        const { factory, args } = await deploy({}, { token: ethers.ZeroAddress });
        await expect(factory.deploy(...args)).to.be.revertedWithCustomError(factory, "StakingVaultZeroAddress");
      });

      it("reverts StakingVaultZeroAddress for a zero owner", async function () {
        const { factory, args } = await deploy({}, { owner: ethers.ZeroAddress });
        await expect(factory.deploy(...args)).to.be.revertedWithCustomError(factory, "StakingVaultZeroAddress");
      });

      it("reverts StakingVaultZeroAddress for a zero slash recipient", async function () {
        const { factory, args } = await deploy({}, { recipient: ethers.ZeroAddress });
        await expect(factory.deploy(...args)).to.be.revertedWithCustomError(factory, "StakingVaultZeroAddress");
      });

      it("reverts StakingVaultInvalidParams for maxSlashBps > 10_000", async function () {
        const { factory, args } = await deploy({ maxSlashBps: 10_001n });
        await expect(factory.deploy(...args))
          .to.be.revertedWithCustomError(factory, "StakingVaultInvalidParams")
          .withArgs("maxSlashBps", 10_001n, 10_000n);
      });

      it("reverts StakingVaultInvalidParams for maxCommissionBps > 10_000", async function () {
        const { factory, args } = await deploy({ maxCommissionBps: 10_001n });
        await expect(factory.deploy(...args))
          .to.be.revertedWithCustomError(factory, "StakingVaultInvalidParams")
          .withArgs("maxCommissionBps", 10_001n, 10_000n);
      });

      it("reverts StakingVaultUnbondingTooShort when unbonding < round + deadline + window", async function () {
        const { factory, args } = await deploy({ unbondingPeriod: 11n * DAY - 1n });
        await expect(factory.deploy(...args))
          .to.be.revertedWithCustomError(factory, "StakingVaultUnbondingTooShort")
          .withArgs(11n * DAY - 1n, 11n * DAY);
      });

      it("reverts StakingVaultInvalidParams when commissionDelay < unbondingPeriod", async function () {
        const { factory, args } = await deploy({ commissionDelay: 14n * DAY - 1n });
        await expect(factory.deploy(...args))
          .to.be.revertedWithCustomError(factory, "StakingVaultInvalidParams")
          .withArgs("commissionDelay", 14n * DAY - 1n, 14n * DAY);
      });
    });
  });

  // ---------------------------------------------------------------- governance
  describe("setSettlement", function () {
    describe("when called by the deployer the first time", function () {
      it("binds the settlement and emits SettlementSet", async function () {
        const { vault, owner, settlement } = await loadFixture(deployBareVaultFixture);
        await expect(vault.connect(owner).setSettlement(settlement.address))
          .to.emit(vault, "SettlementSet")
          .withArgs(settlement.address);
        expect(await vault.settlement()).to.equal(settlement.address);
      });
    });

    describe("when it fails", function () {
      it("reverts SettlementHookNotDeployer for another caller", async function () {
        const { vault, owner, stranger, settlement } = await loadFixture(deployBareVaultFixture);
        expect(await vault.DEPLOYER()).to.equal(owner.address);
        await expect(vault.connect(stranger).setSettlement(settlement.address))
          .to.be.revertedWithCustomError(vault, "SettlementHookNotDeployer")
          .withArgs(stranger.address, owner.address);
      });

      it("reverts SettlementHookZeroAddress for 0", async function () {
        const { vault, owner } = await loadFixture(deployBareVaultFixture);
        await expect(vault.connect(owner).setSettlement(ethers.ZeroAddress)).to.be.revertedWithCustomError(
          vault,
          "SettlementHookZeroAddress",
        );
      });

      it("reverts SettlementHookAlreadySet on a second call", async function () {
        const { vault, owner, settlement, stranger } = await loadFixture(deployVaultFixture);
        await expect(vault.connect(owner).setSettlement(stranger.address))
          .to.be.revertedWithCustomError(vault, "SettlementHookAlreadySet")
          .withArgs(settlement.address);
      });
    });
  });

  describe("setSlashRecipient", function () {
    it("sets the recipient and emits SlashRecipientSet", async function () {
      const { vault, owner, stranger } = await loadFixture(deployVaultFixture);
      await expect(vault.connect(owner).setSlashRecipient(stranger.address))
        .to.emit(vault, "SlashRecipientSet")
        .withArgs(stranger.address);
      expect(await vault.slashRecipient()).to.equal(stranger.address);
    });

    it("reverts OwnableUnauthorizedAccount for another caller", async function () {
      const { vault, stranger } = await loadFixture(deployVaultFixture);
      await expect(vault.connect(stranger).setSlashRecipient(stranger.address))
        .to.be.revertedWithCustomError(vault, "OwnableUnauthorizedAccount")
        .withArgs(stranger.address);
    });

    it("reverts StakingVaultZeroAddress for 0", async function () {
      const { vault, owner } = await loadFixture(deployVaultFixture);
      await expect(vault.connect(owner).setSlashRecipient(ethers.ZeroAddress)).to.be.revertedWithCustomError(
        vault,
        "StakingVaultZeroAddress",
      );
    });
  });

  describe("transferOwnership / acceptOwnership (Ownable2Step)", function () {
    it("hands governance over only once the new owner accepts", async function () {
      const { vault, owner, stranger } = await loadFixture(deployVaultFixture);
      await vault.connect(owner).transferOwnership(stranger.address);
      expect(await vault.owner()).to.equal(owner.address);
      await expect(vault.connect(stranger).acceptOwnership())
        .to.emit(vault, "OwnershipTransferred")
        .withArgs(owner.address, stranger.address);
      expect(await vault.owner()).to.equal(stranger.address);
    });
  });

  // ---------------------------------------------------------------- operators
  describe("registerOperator", function () {
    describe("when the caller is new and the commission within the cap", function () {
      it("registers, checkpoints the commission and emits OperatorRegistered and CommissionSet", async function () {
        const { vault, operators } = await loadFixture(deployVaultFixture);
        const op = operators[0];
        const t = await nextTimestamp();
        await expect(vault.connect(op).registerOperator(5000n, "ipfs://op"))
          .to.emit(vault, "OperatorRegistered")
          .withArgs(op.address, 5000n, "ipfs://op")
          .and.to.emit(vault, "CommissionSet")
          .withArgs(op.address, 5000n);
        expect(await vault.isOperator(op.address)).to.equal(true);
        expect(await vault.commissionOf(op.address)).to.equal(5000n);
        expect(await vault.commissionAt(op.address, t)).to.equal(5000n);
        expect(await vault.commissionAt(op.address, t - 1n)).to.equal(0n);
        expect(await vault.pendingCommission(op.address)).to.deep.equal([0n, 0n]);
      });
    });

    describe("when it fails", function () {
      it("reverts StakingVaultAlreadyRegistered on a second registration", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        await expect(vault.connect(operators[0]).registerOperator(0n, ""))
          .to.be.revertedWithCustomError(vault, "StakingVaultAlreadyRegistered")
          .withArgs(operators[0].address);
      });

      it("reverts StakingVaultCommissionTooHigh above MAX_COMMISSION_BPS", async function () {
        const { vault, stranger } = await loadFixture(deployVaultFixture);
        await expect(vault.connect(stranger).registerOperator(5001n, ""))
          .to.be.revertedWithCustomError(vault, "StakingVaultCommissionTooHigh")
          .withArgs(5001n, 5000n);
      });
    });
  });

  describe("setMetadataURI", function () {
    it("emits OperatorMetadataSet for a registered operator", async function () {
      const { vault, operators } = await loadFixture(registeredFixture);
      await expect(vault.connect(operators[1]).setMetadataURI("https://op.example/meta.json"))
        .to.emit(vault, "OperatorMetadataSet")
        .withArgs(operators[1].address, "https://op.example/meta.json");
    });

    it("reverts StakingVaultNotRegistered for anyone else", async function () {
      const { vault, stranger } = await loadFixture(registeredFixture);
      await expect(vault.connect(stranger).setMetadataURI("x"))
        .to.be.revertedWithCustomError(vault, "StakingVaultNotRegistered")
        .withArgs(stranger.address);
    });
  });

  describe("setCommission", function () {
    // operator 0 registered at 1000 bps.
    describe("when it decreases", function () {
      it("applies at once, keeps the history and emits CommissionSet", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        const t = await nextTimestamp(100n);
        await expect(vault.connect(op).setCommission(400n)).to.emit(vault, "CommissionSet").withArgs(op.address, 400n);
        expect(await vault.commissionOf(op.address)).to.equal(400n);
        expect(await vault.commissionAt(op.address, t)).to.equal(400n);
        expect(await vault.commissionAt(op.address, t - 1n)).to.equal(1000n);
      });

      it("cancels a staged increase", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        await vault.connect(op).setCommission(3000n);
        const [, effectiveAt] = await vault.pendingCommission(op.address);
        await vault.connect(op).setCommission(200n);
        expect(await vault.pendingCommission(op.address)).to.deep.equal([0n, 0n]);
        expect(await vault.commissionAt(op.address, effectiveAt)).to.equal(200n);
        await time.increaseTo(effectiveAt + 1n);
        expect(await vault.commissionOf(op.address)).to.equal(200n);
      });
    });

    describe("when it returns to the current value while an increase is staged", function () {
      it("cancels the staged increase and emits CommissionSet with the current value", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        await vault.connect(op).setCommission(3000n);
        await expect(vault.connect(op).setCommission(1000n)).to.emit(vault, "CommissionSet").withArgs(op.address, 1000n);
        expect(await vault.pendingCommission(op.address)).to.deep.equal([0n, 0n]);
        expect(await vault.commissionAt(op.address, (await now()) + 30n * DAY)).to.equal(1000n);
      });
    });

    describe("when it increases", function () {
      it("stages it for now + COMMISSION_DELAY and emits CommissionIncreaseQueued", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        const t = await nextTimestamp();
        const effectiveAt = t + 14n * DAY;
        await expect(vault.connect(op).setCommission(3000n))
          .to.emit(vault, "CommissionIncreaseQueued")
          .withArgs(op.address, 3000n, effectiveAt);
        expect(await vault.commissionOf(op.address)).to.equal(1000n);
        expect(await vault.pendingCommission(op.address)).to.deep.equal([3000n, effectiveAt]);
        expect(await vault.commissionAt(op.address, effectiveAt - 1n)).to.equal(1000n);
        expect(await vault.commissionAt(op.address, effectiveAt)).to.equal(3000n);
      });

      it("applies exactly at effectiveAt, after which nothing is pending", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        await vault.connect(op).setCommission(3000n);
        const [, effectiveAt] = await vault.pendingCommission(op.address);
        await time.increaseTo(effectiveAt - 1n);
        expect(await vault.commissionOf(op.address)).to.equal(1000n);
        await time.increaseTo(effectiveAt);
        expect(await vault.commissionOf(op.address)).to.equal(3000n);
        expect(await vault.pendingCommission(op.address)).to.deep.equal([0n, 0n]);
      });

      it("replaces an earlier staged increase with a new delay", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        await vault.connect(op).setCommission(3000n);
        const [, firstEffectiveAt] = await vault.pendingCommission(op.address);
        await time.increase(DAY);
        const t = await nextTimestamp();
        await expect(vault.connect(op).setCommission(2000n))
          .to.emit(vault, "CommissionIncreaseQueued")
          .withArgs(op.address, 2000n, t + 14n * DAY);
        expect(await vault.commissionAt(op.address, firstEffectiveAt)).to.equal(1000n);
        expect(await vault.commissionAt(op.address, t + 14n * DAY)).to.equal(2000n);
      });

      it("keeps the exact history when a matured increase is followed by another change", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        const t0 = await now();
        await vault.connect(op).setCommission(3000n);
        const [, effectiveAt] = await vault.pendingCommission(op.address);
        await time.increaseTo(effectiveAt + 5n * DAY);
        const t2 = await nextTimestamp();
        await vault.connect(op).setCommission(100n);
        expect(await vault.commissionAt(op.address, t0)).to.equal(1000n);
        expect(await vault.commissionAt(op.address, effectiveAt - 1n)).to.equal(1000n);
        expect(await vault.commissionAt(op.address, effectiveAt)).to.equal(3000n);
        expect(await vault.commissionAt(op.address, t2 - 1n)).to.equal(3000n);
        expect(await vault.commissionAt(op.address, t2)).to.equal(100n);
        expect(await vault.commissionOf(op.address)).to.equal(100n);
      });

      it("stages an increase from a matured one relative to the new current value", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        await vault.connect(op).setCommission(3000n);
        const [, effectiveAt] = await vault.pendingCommission(op.address);
        await time.increaseTo(effectiveAt);
        // 3000 is now current: asking for it again is unchanged, 4000 stages.
        await expect(vault.connect(op).setCommission(3000n))
          .to.be.revertedWithCustomError(vault, "CommissionScheduleUnchanged")
          .withArgs(3000n);
        const t = await nextTimestamp();
        await expect(vault.connect(op).setCommission(4000n))
          .to.emit(vault, "CommissionIncreaseQueued")
          .withArgs(op.address, 4000n, t + 14n * DAY);
        expect(await vault.commissionAt(op.address, effectiveAt)).to.equal(3000n);
        expect(await vault.commissionOf(op.address)).to.equal(3000n);
      });
    });

    describe("when it fails", function () {
      it("reverts CommissionScheduleUnchanged for the current value with nothing staged", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        await expect(vault.connect(operators[0]).setCommission(OPERATOR_COMMISSIONS[0]))
          .to.be.revertedWithCustomError(vault, "CommissionScheduleUnchanged")
          .withArgs(OPERATOR_COMMISSIONS[0]);
      });

      it("reverts CommissionScheduleUnchanged for the value already staged", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        await vault.connect(operators[0]).setCommission(3000n);
        await expect(vault.connect(operators[0]).setCommission(3000n))
          .to.be.revertedWithCustomError(vault, "CommissionScheduleUnchanged")
          .withArgs(3000n);
      });

      it("reverts StakingVaultCommissionTooHigh above the cap", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        await expect(vault.connect(operators[0]).setCommission(5001n))
          .to.be.revertedWithCustomError(vault, "StakingVaultCommissionTooHigh")
          .withArgs(5001n, 5000n);
      });

      it("reverts StakingVaultNotRegistered for a non-operator", async function () {
        const { vault, stranger } = await loadFixture(registeredFixture);
        await expect(vault.connect(stranger).setCommission(1n))
          .to.be.revertedWithCustomError(vault, "StakingVaultNotRegistered")
          .withArgs(stranger.address);
      });
    });
  });

  // ---------------------------------------------------------------- staking
  describe("stake", function () {
    describe("when the operator self-stakes into an empty pool", function () {
      it("mints amount * 1e6 shares, pulls the tokens and emits Staked and SharesChanged", async function () {
        const { vault, token, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        const shares = SELF_STAKE * VIRTUAL_SHARES; // floor(a * (0 + 1e6) / (0 + 1))
        expect(await vault.previewStake(op.address, SELF_STAKE)).to.equal(shares);
        const tx = vault.connect(op).stake(op.address, SELF_STAKE);
        await expect(tx)
          .to.emit(vault, "Staked")
          .withArgs(op.address, op.address, op.address, SELF_STAKE, shares)
          .and.to.emit(vault, "SharesChanged")
          .withArgs(op.address, op.address, shares, shares, SELF_STAKE);
        await expect(tx).to.changeTokenBalances(token, [op, vault], [-SELF_STAKE, SELF_STAKE]);
        expect(await vault.sharesOf(op.address, op.address)).to.equal(shares);
        expect(await vault.totalShares(op.address)).to.equal(shares);
        expect(await vault.stakeOf(op.address)).to.equal(SELF_STAKE);
        expect(await vault.convertToAssets(op.address, shares)).to.equal(SELF_STAKE);
      });

      it("returns the shares minted", async function () {
        const { vault, operators } = await loadFixture(registeredFixture);
        const op = operators[0];
        expect(await vault.connect(op).stake.staticCall(op.address, 7n)).to.equal(7n * VIRTUAL_SHARES);
      });
    });

    describe("when a delegator stakes next to the operator", function () {
      it("prices its shares from the pool and adds to the same pool", async function () {
        const { vault, operators, accounts } = await loadFixture(registeredFixture);
        const op = operators[0];
        const alice = accounts[0];
        await vault.connect(op).stake(op.address, SELF_STAKE);
        const opShares = SELF_STAKE * VIRTUAL_SHARES;
        const aliceShares = toShares(DELEGATION, opShares, SELF_STAKE);
        await expect(vault.connect(alice).stake(op.address, DELEGATION))
          .to.emit(vault, "Staked")
          .withArgs(op.address, alice.address, alice.address, DELEGATION, aliceShares)
          .and.to.emit(vault, "SharesChanged")
          .withArgs(op.address, alice.address, aliceShares, opShares + aliceShares, SELF_STAKE + DELEGATION);
        expect(await vault.stakeOf(op.address)).to.equal(SELF_STAKE + DELEGATION);
        expect(await vault.sharesOf(op.address, op.address)).to.equal(opShares);
        expect(await vault.sharesOf(op.address, alice.address)).to.equal(aliceShares);
        expect(aliceShares).to.equal(DELEGATION * VIRTUAL_SHARES);
        expect(await vault.convertToAssets(op.address, aliceShares)).to.equal(DELEGATION);
        expect(await vault.convertToAssets(op.address, opShares)).to.equal(SELF_STAKE);
      });

      it("accumulates a repeated stake in the account's shares", async function () {
        const { vault, operators, accounts } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        const alice = accounts[0];
        const before = await activePool(vault, op);
        const aliceBefore = await vault.sharesOf(op, alice.address);
        const minted = toShares(123n, before.shares, before.assets);
        await expect(vault.connect(alice).stake(op, 123n))
          .to.emit(vault, "SharesChanged")
          .withArgs(op, alice.address, aliceBefore + minted, before.shares + minted, before.assets + 123n);
      });
    });

    describe("when the pool was slashed", function () {
      it("mints more shares per wei (exact formula)", async function () {
        const { vault, operators, accounts, settlement } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        await vault.connect(settlement).slash(op, 5000n, await now(), REF);
        const pool = await activePool(vault, op);
        expect(pool.assets).to.equal((SELF_STAKE + DELEGATION) / 2n);
        const minted = toShares(ONE, pool.shares, pool.assets);
        await expect(vault.connect(accounts[1]).stake(op, ONE))
          .to.emit(vault, "Staked")
          .withArgs(op, accounts[1].address, accounts[1].address, ONE, minted);
      });
    });

    describe("when it fails", function () {
      it("reverts StakingVaultNotRegistered for an unregistered operator", async function () {
        const { vault, accounts, stranger } = await loadFixture(registeredFixture);
        await expect(vault.connect(accounts[0]).stake(stranger.address, ONE))
          .to.be.revertedWithCustomError(vault, "StakingVaultNotRegistered")
          .withArgs(stranger.address);
      });

      it("reverts StakingVaultZeroAmount for 0", async function () {
        const { vault, accounts, operators } = await loadFixture(registeredFixture);
        await expect(vault.connect(accounts[0]).stake(operators[0].address, 0n)).to.be.revertedWithCustomError(
          vault,
          "StakingVaultZeroAmount",
        );
      });

      it("reverts ERC20InsufficientAllowance without approval", async function () {
        const { vault, token, permitUser, operators } = await loadFixture(registeredFixture);
        await expect(vault.connect(permitUser).stake(operators[0].address, ONE))
          .to.be.revertedWithCustomError(token, "ERC20InsufficientAllowance")
          .withArgs(await vault.getAddress(), 0n, ONE);
      });

      it("reverts TokenTransferShortfall for a fee-on-transfer token", async function () {
        const { fotVault, operators } = await loadFixture(feeOnTransferFixture);
        const amount = 1000n * ONE;
        await expect(fotVault.connect(operators[0]).stake(operators[0].address, amount))
          .to.be.revertedWithCustomError(fotVault, "TokenTransferShortfall")
          .withArgs(amount, (amount * 99n) / 100n);
      });
    });
  });

  describe("stakeFor", function () {
    it("mints to the account, pulls from the caller and names the payer in Staked", async function () {
      const { vault, token, operators, accounts } = await loadFixture(registeredFixture);
      const op = operators[1].address;
      const [payer, beneficiary] = accounts;
      const shares = ONE * VIRTUAL_SHARES;
      const tx = vault.connect(payer).stakeFor(op, beneficiary.address, ONE);
      await expect(tx)
        .to.emit(vault, "Staked")
        .withArgs(op, beneficiary.address, payer.address, ONE, shares)
        .and.to.emit(vault, "SharesChanged")
        .withArgs(op, beneficiary.address, shares, shares, ONE);
      await expect(tx).to.changeTokenBalances(token, [payer, beneficiary, vault], [-ONE, 0n, ONE]);
      expect(await vault.sharesOf(op, beneficiary.address)).to.equal(shares);
      expect(await vault.sharesOf(op, payer.address)).to.equal(0n);
    });

    it("reverts StakingVaultZeroAddress for a zero account", async function () {
      const { vault, operators, accounts } = await loadFixture(registeredFixture);
      await expect(
        vault.connect(accounts[0]).stakeFor(operators[0].address, ethers.ZeroAddress, ONE),
      ).to.be.revertedWithCustomError(vault, "StakingVaultZeroAddress");
    });

    it("reverts StakingVaultNotRegistered for an unregistered operator", async function () {
      const { vault, accounts, stranger } = await loadFixture(registeredFixture);
      await expect(vault.connect(accounts[0]).stakeFor(stranger.address, accounts[1].address, ONE))
        .to.be.revertedWithCustomError(vault, "StakingVaultNotRegistered")
        .withArgs(stranger.address);
    });
  });

  describe("stakeWithPermit", function () {
    async function signPermit(f: Awaited<ReturnType<typeof registeredFixture>>, value: bigint, deadline: bigint) {
      const { token, vault, permitUser } = f;
      const { chainId } = await ethers.provider.getNetwork();
      const signature = await permitUser.signTypedData(
        { name: "Aerie Test Token", version: "1", chainId, verifyingContract: await token.getAddress() },
        {
          Permit: [
            { name: "owner", type: "address" },
            { name: "spender", type: "address" },
            { name: "value", type: "uint256" },
            { name: "nonce", type: "uint256" },
            { name: "deadline", type: "uint256" },
          ],
        },
        {
          owner: permitUser.address,
          spender: await vault.getAddress(),
          value,
          nonce: await token.nonces(permitUser.address),
          deadline,
        },
      );
      return ethers.Signature.from(signature);
    }

    describe("when the permit is valid", function () {
      it("uses the permit and stakes without a prior approval", async function () {
        const f = await loadFixture(registeredFixture);
        const { vault, token, permitUser, operators } = f;
        const op = operators[0].address;
        const deadline = (await now()) + DAY;
        const sig = await signPermit(f, ONE, deadline);
        const tx = vault.connect(permitUser).stakeWithPermit(op, ONE, deadline, sig.v, sig.r, sig.s);
        await expect(tx)
          .to.emit(vault, "Staked")
          .withArgs(op, permitUser.address, permitUser.address, ONE, ONE * VIRTUAL_SHARES);
        await expect(tx).to.changeTokenBalances(token, [permitUser, vault], [-ONE, ONE]);
        expect(await token.nonces(permitUser.address)).to.equal(1n);
        expect(await token.allowance(permitUser.address, await vault.getAddress())).to.equal(0n);
      });
    });

    describe("when someone front-runs the permit", function () {
      it("ignores the failed permit and still stakes with the allowance it set", async function () {
        const f = await loadFixture(registeredFixture);
        const { vault, token, permitUser, operators, stranger } = f;
        const op = operators[0].address;
        const deadline = (await now()) + DAY;
        const sig = await signPermit(f, ONE, deadline);
        await token
          .connect(stranger)
          .permit(permitUser.address, await vault.getAddress(), ONE, deadline, sig.v, sig.r, sig.s);
        await expect(vault.connect(permitUser).stakeWithPermit(op, ONE, deadline, sig.v, sig.r, sig.s))
          .to.emit(vault, "Staked")
          .withArgs(op, permitUser.address, permitUser.address, ONE, ONE * VIRTUAL_SHARES);
        expect(await vault.sharesOf(op, permitUser.address)).to.equal(ONE * VIRTUAL_SHARES);
      });
    });

    describe("when the permit is invalid and there is no allowance", function () {
      it("reverts ERC20InsufficientAllowance", async function () {
        const f = await loadFixture(registeredFixture);
        const { vault, token, permitUser, operators } = f;
        const deadline = (await now()) + DAY;
        const sig = await signPermit(f, ONE, deadline);
        // Asking for 2 tokens with a signature over 1: the permit fails, nothing is approved.
        await expect(
          vault.connect(permitUser).stakeWithPermit(operators[0].address, 2n * ONE, deadline, sig.v, sig.r, sig.s),
        )
          .to.be.revertedWithCustomError(token, "ERC20InsufficientAllowance")
          .withArgs(await vault.getAddress(), 0n, 2n * ONE);
      });
    });
  });

  describe("requestUnstake", function () {
    describe("when the account unstakes part of its shares", function () {
      it("burns them, moves their value to the unbonding pool, stores the request and emits", async function () {
        const { vault, operators, accounts } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        const alice = accounts[0];
        const active = await activePool(vault, op);
        const aliceShares = await vault.sharesOf(op, alice.address);
        const burn = aliceShares / 3n;
        const assets = toAssets(burn, active.shares, active.assets);
        const unbondingShares = toShares(assets, 0n, 0n);
        const t = await nextTimestamp();
        const unlockTime = t + 14n * DAY;
        const tx = vault.connect(alice).requestUnstake(op, burn);
        await expect(tx)
          .to.emit(vault, "SharesChanged")
          .withArgs(op, alice.address, aliceShares - burn, active.shares - burn, active.assets - assets)
          .and.to.emit(vault, "UnstakeRequested")
          .withArgs(1n, op, alice.address, burn, assets, unbondingShares, unlockTime);
        expect(await vault.sharesOf(op, alice.address)).to.equal(aliceShares - burn);
        expect(await vault.stakeOf(op)).to.equal(active.assets - assets);
        expect(await vault.stakeAt(op, t)).to.equal(active.assets - assets);
        expect(await vault.stakeAt(op, t - 1n)).to.equal(active.assets);
        expect(await vault.unbondingOf(op)).to.deep.equal([assets, unbondingShares]);
        const request = await vault.getRequest(1n);
        expect(request.owner).to.equal(alice.address);
        expect(request.operator).to.equal(op);
        expect(request.unlockTime).to.equal(unlockTime);
        expect(request.shares).to.equal(unbondingShares);
        expect(await vault.requestValue(1n)).to.equal(assets);
        expect(await vault.nextRequestId()).to.equal(2n);
      });

      it("prices a second request's unbonding shares from the unbonding pool", async function () {
        const { vault, operators, accounts, settlement } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        await vault.connect(accounts[0]).requestUnstake(op, 1000n * VIRTUAL_SHARES);
        await vault.connect(settlement).slash(op, 3333n, await now(), REF);
        const active = await activePool(vault, op);
        const unbonding = await unbondingPool(vault, op);
        const burn = 5n * ONE * VIRTUAL_SHARES;
        const assets = toAssets(burn, active.shares, active.assets);
        const unbondingShares = toShares(assets, unbonding.shares, unbonding.assets);
        expect(await vault.connect(operators[0]).requestUnstake.staticCall(op, burn)).to.equal(2n);
        const t = await nextTimestamp();
        await expect(vault.connect(operators[0]).requestUnstake(op, burn))
          .to.emit(vault, "UnstakeRequested")
          .withArgs(2n, op, operators[0].address, burn, assets, unbondingShares, t + 14n * DAY);
        expect(await vault.unbondingOf(op)).to.deep.equal([unbonding.assets + assets, unbonding.shares + unbondingShares]);
      });
    });

    describe("when it fails", function () {
      it("reverts StakingVaultZeroAmount for 0 shares", async function () {
        const { vault, operators, accounts } = await loadFixture(stakedFixture);
        await expect(vault.connect(accounts[0]).requestUnstake(operators[0].address, 0n)).to.be.revertedWithCustomError(
          vault,
          "StakingVaultZeroAmount",
        );
      });

      it("reverts StakingVaultInsufficientShares above the balance", async function () {
        const { vault, operators, accounts } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        const balance = await vault.sharesOf(op, accounts[0].address);
        await expect(vault.connect(accounts[0]).requestUnstake(op, balance + 1n))
          .to.be.revertedWithCustomError(vault, "StakingVaultInsufficientShares")
          .withArgs(op, accounts[0].address, balance, balance + 1n);
      });

      it("reverts StakingVaultZeroShares when the shares are worth 0 wei", async function () {
        const { vault, operators, accounts } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        await expect(vault.connect(accounts[0]).requestUnstake(op, 1n))
          .to.be.revertedWithCustomError(vault, "StakingVaultZeroShares")
          .withArgs(op, 0n);
      });
    });
  });

  describe("withdraw", function () {
    describe("when the request has matured", function () {
      it("pays its value exactly at unlockTime, deletes it and emits Withdrawn", async function () {
        const { vault, token, operators, accounts, requestId, requestAssets, unlockTime } =
          await loadFixture(unstakedFixture);
        const op = operators[0].address;
        const alice = accounts[0];
        await time.setNextBlockTimestamp(unlockTime);
        const tx = vault.connect(alice).withdraw([requestId]);
        await expect(tx).to.emit(vault, "Withdrawn").withArgs(requestId, op, alice.address, requestAssets);
        await expect(tx).to.changeTokenBalances(token, [alice, vault], [requestAssets, -requestAssets]);
        expect((await vault.getRequest(requestId)).owner).to.equal(ethers.ZeroAddress);
        expect(await vault.unbondingOf(op)).to.deep.equal([0n, 0n]);
        expect(await vault.requestValue(requestId)).to.equal(0n);
      });

      it("pays several requests with one transfer", async function () {
        const { vault, token, operators, accounts } = await loadFixture(registeredFixture);
        const alice = accounts[0];
        await vault.connect(alice).stake(operators[0].address, 100n * ONE);
        await vault.connect(alice).stake(operators[1].address, 50n * ONE);
        await vault.connect(alice).requestUnstake(operators[0].address, 40n * ONE * VIRTUAL_SHARES);
        await vault.connect(alice).requestUnstake(operators[1].address, 50n * ONE * VIRTUAL_SHARES);
        await vault.connect(alice).requestUnstake(operators[0].address, 60n * ONE * VIRTUAL_SHARES);
        await time.increase(14n * DAY);
        expect(await vault.connect(alice).withdraw.staticCall([1n, 2n, 3n])).to.equal(150n * ONE);
        const tx = vault.connect(alice).withdraw([1n, 2n, 3n]);
        await expect(tx)
          .to.emit(vault, "Withdrawn")
          .withArgs(1n, operators[0].address, alice.address, 40n * ONE)
          .and.to.emit(vault, "Withdrawn")
          .withArgs(2n, operators[1].address, alice.address, 50n * ONE)
          .and.to.emit(vault, "Withdrawn")
          .withArgs(3n, operators[0].address, alice.address, 60n * ONE);
        await expect(tx).to.changeTokenBalances(token, [alice, vault], [150n * ONE, -150n * ONE]);
        const receipt = await (await vault.connect(alice).stake(operators[2].address, 1n)).wait();
        expect(receipt?.status).to.equal(1); // vault still usable after a batch
      });
    });

    describe("when the operator was slashed after the request", function () {
      it("pays the post-slash value of a round request exactly", async function () {
        const { vault, token, operators, accounts, settlement, requestId, requestAssets, unlockTime, stakedAt } =
          await loadFixture(unstakedFixture);
        const op = operators[0].address;
        // The request came after the round's start: its stake backed the round and bears its pro-rata part.
        const [, cut] = slashCuts(SELF_STAKE + DELEGATION, 1234n, SELF_STAKE, requestAssets);
        expect(cut).to.equal(61_700_000_000_000_000_000n); // 12.34% of 1,500e18, one third of it unbonding
        await vault.connect(settlement).slash(op, 1234n, stakedAt, REF);
        const expected = toAssets(requestAssets * VIRTUAL_SHARES, requestAssets * VIRTUAL_SHARES, requestAssets - cut);
        expect(expected).to.equal(438_300_000_000_000_000_000n); // 500e18 - 61.7e18
        expect(await vault.requestValue(requestId)).to.equal(expected);
        await time.increaseTo(unlockTime);
        const tx = vault.connect(accounts[0]).withdraw([requestId]);
        await expect(tx).to.emit(vault, "Withdrawn").withArgs(requestId, op, accounts[0].address, expected);
        await expect(tx).to.changeTokenBalance(token, accounts[0], expected);
      });

      it("pays the post-slash value of an odd request, the cut rounded up", async function () {
        const { vault, token, operators, accounts, settlement } = await loadFixture(registeredFixture);
        const op = operators[0].address;
        const alice = accounts[0];
        await vault.connect(alice).stake(op, 12_345n);
        const roundStart = await now();
        await vault.connect(alice).requestUnstake(op, 12_345n * VIRTUAL_SHARES);
        expect(await vault.unbondingOf(op)).to.deep.equal([12_345n, 12_345n * VIRTUAL_SHARES]);
        const cut = slashAmount(12_345n, 1234n);
        expect(cut).to.equal(1524n); // ceil(1523.373)
        await expect(vault.connect(settlement).slash(op, 1234n, roundStart, REF))
          .to.emit(vault, "Slashed")
          .withArgs(op, REF, 1234n, roundStart, 12_345n, 0n, 1524n, await vault.slashRecipient());
        const expected = toAssets(12_345n * VIRTUAL_SHARES, 12_345n * VIRTUAL_SHARES, 12_345n - cut);
        expect(expected).to.equal(10_821n);
        await time.increase(14n * DAY);
        const tx = vault.connect(alice).withdraw([1n]);
        await expect(tx).to.emit(vault, "Withdrawn").withArgs(1n, op, alice.address, 10_821n);
        await expect(tx).to.changeTokenBalance(token, alice, 10_821n);
        expect(await vault.unbondingOf(op)).to.deep.equal([0n, 0n]);
      });
    });

    describe("when the unbonding pool was slashed to nothing", function () {
      it("pays 0 and still deletes the request", async function () {
        const { vault, token, operators, accounts, settlement } = await loadFixture(registeredFixture);
        const op = operators[0].address;
        await vault.connect(accounts[0]).stake(op, 1n);
        const roundStart = await now();
        await vault.connect(accounts[0]).requestUnstake(op, VIRTUAL_SHARES);
        await vault.connect(settlement).slash(op, 1n, roundStart, REF); // ceil(1 * 1 / 10_000) = 1
        await time.increase(14n * DAY);
        const tx = vault.connect(accounts[0]).withdraw([1n]);
        await expect(tx).to.emit(vault, "Withdrawn").withArgs(1n, op, accounts[0].address, 0n);
        await expect(tx).to.changeTokenBalance(token, accounts[0], 0n);
        expect((await vault.getRequest(1n)).owner).to.equal(ethers.ZeroAddress);
      });
    });

    describe("when it fails", function () {
      it("reverts StakingVaultZeroAmount for no ids", async function () {
        const { vault, accounts } = await loadFixture(unstakedFixture);
        await expect(vault.connect(accounts[0]).withdraw([])).to.be.revertedWithCustomError(
          vault,
          "StakingVaultZeroAmount",
        );
      });

      it("reverts StakingVaultTooManyRequests above MAX_WITHDRAW_BATCH", async function () {
        const { vault, accounts } = await loadFixture(unstakedFixture);
        const ids = Array.from({ length: 101 }, (_, i) => BigInt(i + 1));
        await expect(vault.connect(accounts[0]).withdraw(ids))
          .to.be.revertedWithCustomError(vault, "StakingVaultTooManyRequests")
          .withArgs(101n, 100n);
      });

      it("reverts StakingVaultUnknownRequest for an id never issued", async function () {
        const { vault, accounts, unlockTime } = await loadFixture(unstakedFixture);
        await time.increaseTo(unlockTime);
        await expect(vault.connect(accounts[0]).withdraw([99n]))
          .to.be.revertedWithCustomError(vault, "StakingVaultUnknownRequest")
          .withArgs(99n);
      });

      it("reverts StakingVaultUnknownRequest for an id already withdrawn or repeated", async function () {
        const { vault, accounts, unlockTime, requestId } = await loadFixture(unstakedFixture);
        await time.increaseTo(unlockTime);
        await expect(vault.connect(accounts[0]).withdraw([requestId, requestId]))
          .to.be.revertedWithCustomError(vault, "StakingVaultUnknownRequest")
          .withArgs(requestId);
        await vault.connect(accounts[0]).withdraw([requestId]);
        await expect(vault.connect(accounts[0]).withdraw([requestId]))
          .to.be.revertedWithCustomError(vault, "StakingVaultUnknownRequest")
          .withArgs(requestId);
      });

      it("reverts StakingVaultNotRequestOwner for someone else's request", async function () {
        const { vault, accounts, unlockTime, requestId } = await loadFixture(unstakedFixture);
        await time.increaseTo(unlockTime);
        await expect(vault.connect(accounts[1]).withdraw([requestId]))
          .to.be.revertedWithCustomError(vault, "StakingVaultNotRequestOwner")
          .withArgs(requestId, accounts[0].address, accounts[1].address);
      });

      it("reverts StakingVaultRequestLocked one second before unlockTime", async function () {
        const { vault, accounts, unlockTime, requestId } = await loadFixture(unstakedFixture);
        await time.setNextBlockTimestamp(unlockTime - 1n);
        await expect(vault.connect(accounts[0]).withdraw([requestId]))
          .to.be.revertedWithCustomError(vault, "StakingVaultRequestLocked")
          .withArgs(requestId, unlockTime, unlockTime - 1n);
      });

      it("reverts StakingVaultSlashPending while a slash is pending, and pays once it is unlocked", async function () {
        const { vault, token, operators, accounts, settlement, unlockTime, requestId, requestAssets } =
          await loadFixture(unstakedFixture);
        const op = operators[0].address;
        await vault.connect(settlement).lockWithdrawals(op);
        await vault.connect(settlement).lockWithdrawals(op);
        await time.increaseTo(unlockTime);
        await expect(vault.connect(accounts[0]).withdraw([requestId]))
          .to.be.revertedWithCustomError(vault, "StakingVaultSlashPending")
          .withArgs(op, 2n);
        await vault.connect(settlement).unlockWithdrawals(op);
        await expect(vault.connect(accounts[0]).withdraw([requestId]))
          .to.be.revertedWithCustomError(vault, "StakingVaultSlashPending")
          .withArgs(op, 1n);
        await vault.connect(settlement).unlockWithdrawals(op);
        await expect(vault.connect(accounts[0]).withdraw([requestId])).to.changeTokenBalance(
          token,
          accounts[0],
          requestAssets,
        );
      });
    });
  });

  // ---------------------------------------------------------------- settlement hooks
  describe("slash", function () {
    describe("when the operator has active and unbonding stake", function () {
      it("takes ceil(stakeAt(roundStart) * bps / 10_000) pro rata from both pools, pays the recipient and emits Slashed", async function () {
        const { vault, token, operators, settlement, slashRecipient, requestAssets, stakedAt } =
          await loadFixture(unstakedFixture);
        const op = operators[0].address;
        const active = await activePool(vault, op);
        const bps = 777n;
        const base = SELF_STAKE + DELEGATION; // the stake at the round's start, before account 0's request
        expect(await vault.stakeAt(op, stakedAt)).to.equal(base);
        const [activeCut, unbondingCut] = slashCuts(base, bps, active.assets, requestAssets);
        // 7.77% of 1,500e18 = 116.55e18, two thirds from the active pool (1,000e18) and one third from the unbonding one.
        expect([activeCut, unbondingCut]).to.deep.equal([77_700_000_000_000_000_000n, 38_850_000_000_000_000_000n]);
        expect(await vault.connect(settlement).slash.staticCall(op, bps, stakedAt, REF)).to.deep.equal([activeCut, unbondingCut]);
        const t = await nextTimestamp();
        const tx = vault.connect(settlement).slash(op, bps, stakedAt, REF);
        await expect(tx)
          .to.emit(vault, "Slashed")
          .withArgs(op, REF, bps, stakedAt, base, activeCut, unbondingCut, slashRecipient.address);
        await expect(tx).to.changeTokenBalances(
          token,
          [slashRecipient, vault],
          [activeCut + unbondingCut, -(activeCut + unbondingCut)],
        );
        expect(await vault.stakeOf(op)).to.equal(active.assets - activeCut);
        expect(await vault.stakeAt(op, t)).to.equal(active.assets - activeCut);
        expect(await vault.stakeAt(op, t - 1n)).to.equal(active.assets);
        expect(await vault.totalShares(op)).to.equal(active.shares);
        expect((await vault.unbondingOf(op))[0]).to.equal(requestAssets - unbondingCut);
      });

      it("makes the operator and its delegators lose the same fraction", async function () {
        const { vault, operators, accounts, settlement } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        await vault.connect(settlement).slash(op, 5000n, await now(), REF);
        const pool = await activePool(vault, op);
        expect(pool.assets).to.equal(750n * ONE);
        const opShares = await vault.sharesOf(op, op);
        const aliceShares = await vault.sharesOf(op, accounts[0].address);
        expect(await vault.convertToAssets(op, opShares)).to.equal(toAssets(opShares, pool.shares, pool.assets));
        expect(await vault.convertToAssets(op, opShares)).to.equal(SELF_STAKE / 2n);
        expect(await vault.convertToAssets(op, aliceShares)).to.equal(DELEGATION / 2n);
      });
    });

    describe("when stake joined the pool after the round's start", function () {
      it("takes bps of the stake that backed the round only; the late delegator bears just its pro-rata part", async function () {
        const { vault, token, operators, accounts, settlement, slashRecipient } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        const late = accounts[1];
        const roundStart = await now(); // 1,500e18 backs the round
        await vault.connect(late).stake(op, 1500n * ONE);
        const lateShares = await vault.sharesOf(op, late.address);
        const lateBefore = await vault.convertToAssets(op, lateShares);
        const opBefore = await vault.convertToAssets(op, await vault.sharesOf(op, op));
        const tx = vault.connect(settlement).slash(op, 1000n, roundStart, REF);
        // 10% of 1,500e18 = 150e18 in all (the v1 rule took 10% of the 3,000e18 pool: 300e18).
        await expect(tx)
          .to.emit(vault, "Slashed")
          .withArgs(op, REF, 1000n, roundStart, 1500n * ONE, 150n * ONE, 0n, slashRecipient.address);
        await expect(tx).to.changeTokenBalance(token, slashRecipient, 150n * ONE);
        expect(await vault.stakeOf(op)).to.equal(2850n * ONE);
        // Every holder keeps 95%: the late delegator loses 75e18 (5%), not 150e18 (10%).
        const pool = await activePool(vault, op);
        const lateAfter = await vault.convertToAssets(op, lateShares);
        expect(lateAfter).to.equal(toAssets(lateShares, pool.shares, pool.assets));
        expect(lateBefore - lateAfter).to.be.within(75n * ONE - 1n, 75n * ONE + 1n); // 5% (virtual-offset rounding only)
        const opAfter = await vault.convertToAssets(op, await vault.sharesOf(op, op));
        expect(opBefore - opAfter).to.be.within(50n * ONE - 1n, 50n * ONE + 1n); // 5% of its 1,000e18
      });

      it("counts a stake made in the block at roundStart as backing the round (checkpoint at or before it)", async function () {
        const { vault, operators, accounts, settlement, slashRecipient } = await loadFixture(stakedFixture);
        const op = operators[0].address;
        const roundStart = await nextTimestamp();
        await vault.connect(accounts[1]).stake(op, 500n * ONE);
        await expect(vault.connect(settlement).slash(op, 1000n, roundStart, REF))
          .to.emit(vault, "Slashed")
          .withArgs(op, REF, 1000n, roundStart, 2000n * ONE, 200n * ONE, 0n, slashRecipient.address);
        await expect(vault.connect(settlement).slash(op, 1000n, roundStart - 1n, REF))
          .to.emit(vault, "Slashed")
          .withArgs(op, REF, 1000n, roundStart - 1n, 1500n * ONE, 150n * ONE, 0n, slashRecipient.address);
      });
    });

    describe("when the amount exceeds the pools", function () {
      it("takes both pools whole and no more", async function () {
        const { vault, token, operators, settlement, slashRecipient, requestAssets, stakedAt } =
          await loadFixture(unstakedFixture);
        const op = operators[0].address;
        // Two 50% slashes of the same 1,500e18 base (two tasks' rounds with the same start): 750e18 each.
        await vault.connect(settlement).slash(op, 5000n, stakedAt, REF);
        const [activeLeft, unbondingLeft] = [await vault.stakeOf(op), (await vault.unbondingOf(op))[0]];
        expect(activeLeft + unbondingLeft).to.equal(SELF_STAKE + requestAssets - 750n * ONE);
        expect(activeLeft).to.equal(500n * ONE);
        await vault.connect(settlement).slash(op, 5000n, stakedAt, REF);
        expect(await vault.stakeOf(op)).to.equal(0n);
        expect((await vault.unbondingOf(op))[0]).to.equal(0n);
        const tx = vault.connect(settlement).slash(op, 5000n, stakedAt, REF);
        await expect(tx)
          .to.emit(vault, "Slashed")
          .withArgs(op, REF, 5000n, stakedAt, SELF_STAKE + DELEGATION, 0n, 0n, slashRecipient.address);
        await expect(tx).to.changeTokenBalance(token, slashRecipient, 0n);
      });
    });

    describe("when the cut must round up", function () {
      it("takes 1 wei from a 1-wei pool at 1 bps", async function () {
        const { vault, operators, accounts, settlement, slashRecipient, token } = await loadFixture(registeredFixture);
        const op = operators[0].address;
        await vault.connect(accounts[0]).stake(op, 1n);
        const t = await now();
        const tx = vault.connect(settlement).slash(op, 1n, t, REF);
        await expect(tx).to.emit(vault, "Slashed").withArgs(op, REF, 1n, t, 1n, 1n, 0n, slashRecipient.address);
        await expect(tx).to.changeTokenBalance(token, slashRecipient, 1n);
        expect(await vault.stakeOf(op)).to.equal(0n);
      });

      it("rounds the amount up and the active part up; the unbonding pool takes the rest", async function () {
        const { vault, operators, accounts, settlement, slashRecipient } = await loadFixture(registeredFixture);
        const op = operators[0].address;
        await vault.connect(accounts[0]).stake(op, 1004n);
        const roundStart = await now();
        await vault.connect(accounts[0]).requestUnstake(op, 3n * VIRTUAL_SHARES); // 3 wei to unbonding
        expect(await vault.stakeOf(op)).to.equal(1001n);
        // amount ceil(1004 * 0.5) = 502; active part ceil(502 * 1001 / 1004) = ceil(500.5) = 501; unbonding 1.
        await expect(vault.connect(settlement).slash(op, 5000n, roundStart, REF))
          .to.emit(vault, "Slashed")
          .withArgs(op, REF, 5000n, roundStart, 1004n, 501n, 1n, slashRecipient.address);
        expect(await vault.stakeOf(op)).to.equal(500n);
        expect((await vault.unbondingOf(op))[0]).to.equal(2n);
        // amount ceil(500 * 1 / 10_000) = 1; active part ceil(1 * 500 / 502) = 1; unbonding 0.
        const t = await now();
        await expect(vault.connect(settlement).slash(op, 1n, t, REF))
          .to.emit(vault, "Slashed")
          .withArgs(op, REF, 1n, t, 500n, 1n, 0n, slashRecipient.address);
      });
    });

    describe("when the operator is unregistered or empty, or bps is 0", function () {
      it("cuts 0, moves no tokens and still emits Slashed", async function () {
        const { vault, token, settlement, stranger, slashRecipient, operators } = await loadFixture(stakedFixture);
        const t = await now();
        const tx = vault.connect(settlement).slash(stranger.address, 5000n, t, REF);
        await expect(tx).to.emit(vault, "Slashed").withArgs(stranger.address, REF, 5000n, t, 0n, 0n, 0n, slashRecipient.address);
        await expect(tx).to.changeTokenBalance(token, slashRecipient, 0n);
        await expect(vault.connect(settlement).slash(operators[0].address, 0n, t, REF))
          .to.emit(vault, "Slashed")
          .withArgs(operators[0].address, REF, 0n, t, SELF_STAKE + DELEGATION, 0n, 0n, slashRecipient.address);
        expect(await vault.stakeOf(operators[0].address)).to.equal(SELF_STAKE + DELEGATION);
      });
    });

    describe("when it fails", function () {
      it("reverts SettlementHookNotSettlement for another caller", async function () {
        const { vault, operators, owner } = await loadFixture(stakedFixture);
        await expect(vault.connect(owner).slash(operators[0].address, 1n, await now(), REF))
          .to.be.revertedWithCustomError(vault, "SettlementHookNotSettlement")
          .withArgs(owner.address);
      });

      it("reverts StakingVaultSlashTooHigh above MAX_SLASH_BPS", async function () {
        const { vault, operators, settlement } = await loadFixture(stakedFixture);
        await expect(vault.connect(settlement).slash(operators[0].address, 5001n, await now(), REF))
          .to.be.revertedWithCustomError(vault, "StakingVaultSlashTooHigh")
          .withArgs(5001n, 5000n);
      });

      it("reverts StakingVaultSlashBaseInFuture for a roundStart after the block", async function () {
        const { vault, operators, settlement } = await loadFixture(stakedFixture);
        const t = await nextTimestamp();
        await expect(vault.connect(settlement).slash(operators[0].address, 1n, t + 1n, REF))
          .to.be.revertedWithCustomError(vault, "StakingVaultSlashBaseInFuture")
          .withArgs(t + 1n, t);
      });
    });
  });

  describe("lockWithdrawals", function () {
    it("counts nested locks and emits WithdrawalsLocked with the new count", async function () {
      const { vault, operators, settlement } = await loadFixture(stakedFixture);
      const op = operators[0].address;
      await expect(vault.connect(settlement).lockWithdrawals(op)).to.emit(vault, "WithdrawalsLocked").withArgs(op, 1n);
      await expect(vault.connect(settlement).lockWithdrawals(op)).to.emit(vault, "WithdrawalsLocked").withArgs(op, 2n);
      expect(await vault.pendingSlashes(op)).to.equal(2n);
      expect(await vault.pendingSlashes(operators[1].address)).to.equal(0n);
    });

    it("reverts SettlementHookNotSettlement for another caller", async function () {
      const { vault, operators, stranger } = await loadFixture(stakedFixture);
      await expect(vault.connect(stranger).lockWithdrawals(operators[0].address))
        .to.be.revertedWithCustomError(vault, "SettlementHookNotSettlement")
        .withArgs(stranger.address);
    });
  });

  describe("unlockWithdrawals", function () {
    it("decrements the count and emits WithdrawalsUnlocked with the new count", async function () {
      const { vault, operators, settlement } = await loadFixture(stakedFixture);
      const op = operators[0].address;
      await vault.connect(settlement).lockWithdrawals(op);
      await vault.connect(settlement).lockWithdrawals(op);
      await expect(vault.connect(settlement).unlockWithdrawals(op))
        .to.emit(vault, "WithdrawalsUnlocked")
        .withArgs(op, 1n);
      await expect(vault.connect(settlement).unlockWithdrawals(op))
        .to.emit(vault, "WithdrawalsUnlocked")
        .withArgs(op, 0n);
      expect(await vault.pendingSlashes(op)).to.equal(0n);
    });

    it("reverts StakingVaultNoPendingSlash with no lock", async function () {
      const { vault, operators, settlement } = await loadFixture(stakedFixture);
      await expect(vault.connect(settlement).unlockWithdrawals(operators[0].address))
        .to.be.revertedWithCustomError(vault, "StakingVaultNoPendingSlash")
        .withArgs(operators[0].address);
    });

    it("reverts SettlementHookNotSettlement for another caller", async function () {
      const { vault, operators, settlement, stranger } = await loadFixture(stakedFixture);
      await vault.connect(settlement).lockWithdrawals(operators[0].address);
      await expect(vault.connect(stranger).unlockWithdrawals(operators[0].address))
        .to.be.revertedWithCustomError(vault, "SettlementHookNotSettlement")
        .withArgs(stranger.address);
    });
  });

  // ---------------------------------------------------------------- views and scenarios
  describe("stakeAt", function () {
    it("returns the exact pool assets at every past timestamp", async function () {
      const { vault, operators, accounts, settlement } = await loadFixture(registeredFixture);
      const op = operators[0].address;
      const t1 = await nextTimestamp(10n);
      await vault.connect(operators[0]).stake(op, 100n * ONE);
      const t2 = await nextTimestamp(10n);
      await vault.connect(accounts[0]).stake(op, 200n * ONE);
      const t3 = await nextTimestamp(10n);
      await vault.connect(accounts[0]).requestUnstake(op, 50n * ONE * VIRTUAL_SHARES);
      const t4 = await nextTimestamp(10n);
      await vault.connect(settlement).slash(op, 1000n, t3, REF); // 10% of the 250e18 at t3, pro rata over 250e18 + 50e18
      const [activeCut] = slashCuts(250n * ONE, 1000n, 250n * ONE, 50n * ONE);
      expect(activeCut).to.equal(20_833_333_333_333_333_334n); // ceil(25e18 * 250 / 300)
      expect(await vault.stakeAt(op, t1 - 1n)).to.equal(0n);
      expect(await vault.stakeAt(op, t1)).to.equal(100n * ONE);
      expect(await vault.stakeAt(op, t2 - 1n)).to.equal(100n * ONE);
      expect(await vault.stakeAt(op, t2)).to.equal(300n * ONE);
      expect(await vault.stakeAt(op, t3 - 1n)).to.equal(300n * ONE);
      expect(await vault.stakeAt(op, t3)).to.equal(250n * ONE);
      expect(await vault.stakeAt(op, t4 - 1n)).to.equal(250n * ONE);
      expect(await vault.stakeAt(op, t4)).to.equal(250n * ONE - activeCut);
      expect(await vault.stakeAt(op, t4 + 1000n)).to.equal(250n * ONE - activeCut);
      expect(await vault.stakeAt(op, ethers.MaxUint256)).to.equal(250n * ONE - activeCut);
      expect(await vault.stakeOf(op)).to.equal(250n * ONE - activeCut);
    });

    it("keeps the last value of several changes in one block", async function () {
      const { vault, operators, accounts } = await loadFixture(registeredFixture);
      const op = operators[0].address;
      await ethers.provider.send("evm_setAutomine", [false]);
      try {
        await vault.connect(operators[0]).stake(op, ONE);
        await vault.connect(accounts[0]).stake(op, 2n * ONE);
        await ethers.provider.send("evm_mine", []);
      } finally {
        await ethers.provider.send("evm_setAutomine", [true]);
      }
      const t = await now();
      expect(await vault.stakeAt(op, t)).to.equal(3n * ONE);
      expect(await vault.stakeAt(op, t - 1n)).to.equal(0n);
    });
  });

  describe("views", function () {
    it("convertToAssets and previewStake use the pool's exact formulas", async function () {
      const { vault, operators, settlement } = await loadFixture(stakedFixture);
      const op = operators[0].address;
      await vault.connect(settlement).slash(op, 1111n, await now(), REF);
      const pool = await activePool(vault, op);
      expect(await vault.convertToAssets(op, 12345n * ONE)).to.equal(toAssets(12345n * ONE, pool.shares, pool.assets));
      expect(await vault.previewStake(op, 777n)).to.equal(toShares(777n, pool.shares, pool.assets));
    });

    it("requestValue is 0 and getRequest empty for an unknown id", async function () {
      const { vault } = await loadFixture(stakedFixture);
      expect(await vault.requestValue(42n)).to.equal(0n);
      expect((await vault.getRequest(42n)).owner).to.equal(ethers.ZeroAddress);
    });

    it("commissionAt and pendingCommission are zero for an unregistered address", async function () {
      const { vault, stranger } = await loadFixture(registeredFixture);
      expect(await vault.commissionOf(stranger.address)).to.equal(0n);
      expect(await vault.commissionAt(stranger.address, ethers.MaxUint256)).to.equal(0n);
      expect(await vault.pendingCommission(stranger.address)).to.deep.equal([0n, 0n]);
      expect(await vault.isOperator(stranger.address)).to.equal(false);
    });
  });

  describe("first-depositor donation attack", function () {
    it("gains the attacker nothing: a direct transfer does not move the share price", async function () {
      const { vault, token, operators, accounts } = await loadFixture(registeredFixture);
      const op = operators[0].address;
      const [attacker, victim] = accounts;
      const vaultAddress = await vault.getAddress();
      const donation = 10_000n * ONE;
      const deposit = 1000n * ONE;

      await vault.connect(attacker).stake(op, 1n); // 1e6 shares for 1 wei
      const attackerShares = VIRTUAL_SHARES;
      expect(await vault.sharesOf(op, attacker.address)).to.equal(attackerShares);
      const previewBefore = await vault.previewStake(op, deposit);
      await token.connect(attacker).transfer(vaultAddress, donation);
      expect(await vault.previewStake(op, deposit)).to.equal(previewBefore);
      expect(await vault.stakeOf(op)).to.equal(1n);

      const victimShares = toShares(deposit, attackerShares, 1n); // deposit * 2e6 / 2
      expect(victimShares).to.equal(deposit * VIRTUAL_SHARES);
      await vault.connect(victim).stake(op, deposit);
      expect(await vault.sharesOf(op, victim.address)).to.equal(victimShares);

      const totalS = attackerShares + victimShares;
      const totalA = 1n + deposit;
      expect(await vault.convertToAssets(op, attackerShares)).to.equal(toAssets(attackerShares, totalS, totalA));
      expect(await vault.convertToAssets(op, attackerShares)).to.equal(1n);
      expect(await vault.convertToAssets(op, victimShares)).to.equal(deposit);

      // Both leave: the attacker gets back its 1 wei, never any of the donation or the deposit.
      await vault.connect(attacker).requestUnstake(op, attackerShares);
      await vault.connect(victim).requestUnstake(op, victimShares);
      await time.increase(14n * DAY);
      await expect(vault.connect(attacker).withdraw([1n])).to.changeTokenBalance(token, attacker, 1n);
      await expect(vault.connect(victim).withdraw([2n])).to.changeTokenBalance(token, victim, deposit);
      expect(await token.balanceOf(vaultAddress)).to.equal(donation);
      expect(await token.balanceOf(attacker.address)).to.equal(INITIAL_BALANCE - donation);
    });
  });

  describe("self-stake vs delegation", function () {
    it("books both in one pool; each account's shares and events are its own", async function () {
      const { vault, operators, accounts } = await loadFixture(registeredFixture);
      const op = operators[1];
      const alice = accounts[2];
      await expect(vault.connect(op).stake(op.address, 300n * ONE))
        .to.emit(vault, "Staked")
        .withArgs(op.address, op.address, op.address, 300n * ONE, 300n * ONE * VIRTUAL_SHARES);
      const aliceShares = toShares(100n * ONE, 300n * ONE * VIRTUAL_SHARES, 300n * ONE);
      await expect(vault.connect(alice).stake(op.address, 100n * ONE))
        .to.emit(vault, "Staked")
        .withArgs(op.address, alice.address, alice.address, 100n * ONE, aliceShares);
      expect(await vault.stakeOf(op.address)).to.equal(400n * ONE);
      expect(await vault.totalShares(op.address)).to.equal(300n * ONE * VIRTUAL_SHARES + aliceShares);
      expect(await vault.sharesOf(op.address, alice.address)).to.equal(aliceShares);
      // The delegation leaves the operator's other pools untouched.
      expect(await vault.stakeOf(operators[0].address)).to.equal(0n);
    });
  });

  describe("invariant_vaultBalanceCoversStakeAndUnbonding (property run)", function () {
    it("holds after every step of a seeded random sequence; nobody takes out more than it put in net of slashes", async function () {
      const { vault, token, operators, accounts, settlement } = await loadFixture(registeredFixture);
      const vaultAddress = await vault.getAddress();
      const ops = operators.map((o) => o.address);

      // Deterministic PRNG: a 64-bit LCG (Knuth's MMIX constants), drawing from its high bits.
      let seed = 0x2f6b1d3an;
      const rand = (n: bigint): bigint => {
        seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
        return (seed >> 33n) % n;
      };

      // Upper-bound model of what each account may take out, in wei scaled by 1e18, rounding in the account's
      // favour; the contract must never pay more (tolerance: 1 wei per step for rounding dust left by others).
      const SCALE = 10n ** 18n;
      const modelActive = accounts.map(() => ops.map(() => 0n));
      const modelRequest = new Map<bigint, { acc: number; op: number; value: bigint }>();
      const deposited = accounts.map(() => 0n);
      const withdrawn = accounts.map(() => 0n);
      const modelWithdrawn = accounts.map(() => 0n);
      const locked = ops.map(() => 0n);
      let steps = 0n;
      const done = { stake: 0, unstake: 0, slash: 0, withdraw: 0, lock: 0 };

      const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

      async function checkInvariant(): Promise<void> {
        let sum = 0n;
        for (let o = 0; o < ops.length; o++) {
          sum += await vault.stakeOf(ops[o]);
          sum += (await vault.unbondingOf(ops[o]))[0];
          let shares = 0n;
          for (const a of accounts) shares += await vault.sharesOf(ops[o], a.address);
          expect(shares).to.equal(await vault.totalShares(ops[o]));
        }
        expect(await token.balanceOf(vaultAddress)).to.be.gte(sum);
        for (let a = 0; a < accounts.length; a++) {
          // modelWithdrawn <= deposited * SCALE (+ its own round-ups), so this also bounds withdrawn by deposited.
          expect(withdrawn[a] * SCALE).to.be.lte(modelWithdrawn[a] + steps * SCALE);
          expect(modelWithdrawn[a]).to.be.lte(deposited[a] * SCALE + steps * 4n);
        }
      }

      for (let step = 0; step < 160; step++) {
        steps++;
        const action = rand(100n);
        const a = Number(rand(5n));
        const o = Number(rand(3n));
        const acc = accounts[a];
        if (action < 25n) {
          const amount = rand(1000n) * ONE + rand(1_000_000n) + 1n;
          await vault.connect(acc).stake(ops[o], amount);
          deposited[a] += amount;
          modelActive[a][o] += amount * SCALE;
          done.stake++;
        } else if (action < 45n) {
          // The first (account, operator) pair, from (a, o) on, with shares requests part or all of them out.
          let u = -1;
          let balance = 0n;
          for (let k = 0; k < accounts.length * ops.length && balance === 0n; k++) {
            u = (a * ops.length + o + k) % (accounts.length * ops.length);
            balance = await vault.sharesOf(ops[u % ops.length], accounts[Math.floor(u / ops.length)].address);
          }
          if (balance === 0n) continue;
          const [ua, uo] = [Math.floor(u / ops.length), u % ops.length];
          const shares = rand(2n) === 0n ? balance : (balance * (rand(99n) + 1n)) / 100n;
          if ((await vault.convertToAssets(ops[uo], shares)) === 0n) continue;
          const id = await vault.nextRequestId();
          await vault.connect(accounts[ua]).requestUnstake(ops[uo], shares);
          const moved = ceilDiv(modelActive[ua][uo] * shares, balance);
          modelActive[ua][uo] -= (modelActive[ua][uo] * shares) / balance;
          modelRequest.set(id, { acc: ua, op: uo, value: moved });
          done.unstake++;
        } else if (action < 53n) {
          // A round that started up to 3 days ago: the base is the stake then, the cuts fall pro rata on both pools now.
          const bps = rand(5001n);
          const roundStart = (await now()) - rand(3n * DAY);
          const base = await vault.stakeAt(ops[o], roundStart);
          const A = await vault.stakeOf(ops[o]);
          const U = (await vault.unbondingOf(ops[o]))[0];
          const [activeCut, unbondingCut] = slashCuts(base, bps, A, U);
          await vault.connect(settlement).slash(ops[o], bps, roundStart, ethers.toBeHex(step, 32));
          expect(await vault.stakeOf(ops[o])).to.equal(A - activeCut);
          expect((await vault.unbondingOf(ops[o]))[0]).to.equal(U - unbondingCut);
          // Each holder keeps its pool's surviving fraction (rounded up: the model is an upper bound).
          if (A !== 0n) for (let i = 0; i < accounts.length; i++) modelActive[i][o] = ceilDiv(modelActive[i][o] * (A - activeCut), A);
          if (U !== 0n) for (const r of modelRequest.values()) if (r.op === o) r.value = ceilDiv(r.value * (U - unbondingCut), U);
          done.slash++;
        } else if (action < 75n) {
          // The first account, from `a` on, that holds matured requests of unlocked operators takes them out.
          const t = await now();
          let w = -1;
          let ids: bigint[] = [];
          for (let k = 0; k < accounts.length && ids.length === 0; k++) {
            w = (a + k) % accounts.length;
            ids = [];
            for (const [id, r] of modelRequest) {
              if (r.acc !== w || locked[r.op] !== 0n) continue;
              if ((await vault.getRequest(id)).unlockTime <= t + 1n) ids.push(id);
            }
          }
          if (ids.length === 0) continue;
          const who = accounts[w];
          const before = await token.balanceOf(who.address);
          await vault.connect(who).withdraw(ids);
          withdrawn[w] += (await token.balanceOf(who.address)) - before;
          for (const id of ids) {
            modelWithdrawn[w] += modelRequest.get(id)!.value;
            modelRequest.delete(id);
          }
          done.withdraw++;
        } else if (action < 81n) {
          if (locked[o] === 0n) {
            await vault.connect(settlement).lockWithdrawals(ops[o]);
            locked[o]++;
            done.lock++;
          } else {
            await vault.connect(settlement).unlockWithdrawals(ops[o]);
            locked[o]--;
          }
        } else if (action < 84n) {
          // A donation: outside the accounting, it must not help anyone.
          await token.connect(acc).transfer(vaultAddress, rand(1000n) + 1n);
        } else {
          await time.increase(rand(5n * DAY) + 1n);
        }
        await checkInvariant();
      }

      // Drain: release every lock, let everything mature, and pay every request out.
      for (let o = 0; o < ops.length; o++) {
        while (locked[o] > 0n) {
          await vault.connect(settlement).unlockWithdrawals(ops[o]);
          locked[o]--;
        }
      }
      await time.increase(15n * DAY);
      for (let a = 0; a < accounts.length; a++) {
        const ids = [...modelRequest].filter(([, r]) => r.acc === a).map(([id]) => id);
        if (ids.length === 0) continue;
        const before = await token.balanceOf(accounts[a].address);
        await vault.connect(accounts[a]).withdraw(ids);
        withdrawn[a] += (await token.balanceOf(accounts[a].address)) - before;
        for (const id of ids) {
          modelWithdrawn[a] += modelRequest.get(id)!.value;
          modelRequest.delete(id);
        }
      }
      await checkInvariant();
      for (const o of ops) expect(await vault.unbondingOf(o)).to.deep.equal([0n, 0n]);
      // The seed exercises every kind of step several times.
      for (const n of Object.values(done)) expect(n).to.be.gte(3);
    });
  });
});
