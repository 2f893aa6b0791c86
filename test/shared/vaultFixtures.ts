import { ethers } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type { AerieTestToken, FeeOnTransferToken, StakingVault } from "../../typechain-types";
import type { IStakingVault } from "../../typechain-types/contracts/StakingVault";

/** One day, in seconds. */
export const DAY = 24n * 60n * 60n;

/** Virtual shares of `SharesMath` (contracts/libraries/SharesMath.sol). */
export const VIRTUAL_SHARES = 1_000_000n;
/** Virtual assets of `SharesMath`, in wei. */
export const VIRTUAL_ASSETS = 1n;
/** Denominator of a rate in bps. */
export const BPS = 10_000n;

/** One whole token, in wei (18 decimals). */
export const ONE = 10n ** 18n;
/** Tokens minted to every funded signer, in wei. */
export const INITIAL_BALANCE = 1_000_000n * ONE;

/**
 * The docs/PROTOCOL.md §8 defaults for local networks: 14 d unbonding, 14 d commission delay, 7 d max round,
 * 3 d result deadline, 1 d challenge window, 5000 bps caps. Times in seconds, caps in bps.
 */
export const DEFAULT_PARAMS: IStakingVault.ParamsStruct = {
  unbondingPeriod: 14n * DAY,
  commissionDelay: 14n * DAY,
  maxRoundDuration: 7n * DAY,
  resultDeadline: 3n * DAY,
  challengeWindow: 1n * DAY,
  maxSlashBps: 5000n,
  maxCommissionBps: 5000n,
};

/**
 * Shares minted for `assets` wei by a pool of `totalShares` over `totalAssets` wei:
 * `floor(assets * (S + 1e6) / (A + 1))` (SharesMath.toSharesDown).
 */
export function toShares(assets: bigint, totalShares: bigint, totalAssets: bigint): bigint {
  return (assets * (totalShares + VIRTUAL_SHARES)) / (totalAssets + VIRTUAL_ASSETS);
}

/**
 * Wei that `shares` are worth in a pool of `totalShares` over `totalAssets` wei:
 * `floor(shares * (A + 1) / (S + 1e6))` (SharesMath.toAssetsDown).
 */
export function toAssets(shares: bigint, totalShares: bigint, totalAssets: bigint): bigint {
  return (shares * (totalAssets + VIRTUAL_ASSETS)) / (totalShares + VIRTUAL_SHARES);
}

/** Wei a slash of `bps` cuts from a pool of `assets` wei: `ceil(assets * bps / 10_000)` (SharesMath.slash). */
export function slashCut(assets: bigint, bps: bigint): bigint {
  const cut = (assets * bps + BPS - 1n) / BPS;
  return cut > assets ? assets : cut;
}

/** The signers every vault fixture names. */
export interface VaultSigners {
  owner: HardhatEthersSigner;
  settlement: HardhatEthersSigner;
  slashRecipient: HardhatEthersSigner;
  operators: [HardhatEthersSigner, HardhatEthersSigner, HardhatEthersSigner];
  accounts: [HardhatEthersSigner, HardhatEthersSigner, HardhatEthersSigner, HardhatEthersSigner, HardhatEthersSigner];
  /** Funded but has approved nothing (for permit tests). */
  permitUser: HardhatEthersSigner;
  stranger: HardhatEthersSigner;
}

/** What `deployVaultFixture` and the fixtures built on it return. */
export interface VaultFixture extends VaultSigners {
  token: AerieTestToken;
  vault: StakingVault;
}

/** Names the first signers of the Hardhat network by role. */
export async function getVaultSigners(): Promise<VaultSigners> {
  const s = await ethers.getSigners();
  return {
    owner: s[0],
    settlement: s[1],
    slashRecipient: s[2],
    operators: [s[3], s[4], s[5]],
    accounts: [s[6], s[7], s[8], s[9], s[10]],
    permitUser: s[11],
    stranger: s[12],
  };
}

/**
 * Deploys the test token and a vault with `DEFAULT_PARAMS`, with no settlement bound. Mints `INITIAL_BALANCE` wei to
 * every operator, account and the permit user; all but the permit user approve the vault for everything.
 */
export async function deployBareVaultFixture(): Promise<VaultFixture> {
  const signers = await getVaultSigners();
  const token = await ethers.deployContract("AerieTestToken", [signers.owner.address]);
  const vault = await ethers.deployContract("StakingVault", [
    await token.getAddress(),
    signers.owner.address,
    DEFAULT_PARAMS,
    signers.slashRecipient.address,
  ]);
  const vaultAddress = await vault.getAddress();
  for (const who of [...signers.operators, ...signers.accounts]) {
    await token.mint(who.address, INITIAL_BALANCE);
    await token.connect(who).approve(vaultAddress, ethers.MaxUint256);
  }
  await token.mint(signers.permitUser.address, INITIAL_BALANCE);
  return { ...signers, token, vault };
}

/** `deployBareVaultFixture` with a plain signer bound as settlement, so tests call slash/lock directly. */
export async function deployVaultFixture(): Promise<VaultFixture> {
  const f = await deployBareVaultFixture();
  await f.vault.connect(f.owner).setSettlement(f.settlement.address);
  return f;
}

/** Commissions (bps) the three operators register with in `registeredFixture`. */
export const OPERATOR_COMMISSIONS = [1000n, 500n, 0n] as const;

/** `deployVaultFixture` with the three operators registered (`OPERATOR_COMMISSIONS`). */
export async function registeredFixture(): Promise<VaultFixture> {
  const f = await deployVaultFixture();
  for (let i = 0; i < 3; i++) {
    await f.vault.connect(f.operators[i]).registerOperator(OPERATOR_COMMISSIONS[i], `ipfs://operator-${i}`);
  }
  return f;
}

/** Wei operator 0 self-stakes in `stakedFixture`. */
export const SELF_STAKE = 1000n * ONE;
/** Wei account 0 delegates to operator 0 in `stakedFixture`. */
export const DELEGATION = 500n * ONE;

/** `registeredFixture` with operator 0 self-staking `SELF_STAKE` and account 0 delegating `DELEGATION` to it. */
export async function stakedFixture(): Promise<VaultFixture> {
  const f = await registeredFixture();
  await f.vault.connect(f.operators[0]).stake(f.operators[0].address, SELF_STAKE);
  await f.vault.connect(f.accounts[0]).stake(f.operators[0].address, DELEGATION);
  return f;
}

/** What `unstakedFixture` returns: `stakedFixture` plus the request account 0 made. */
export interface UnstakedFixture extends VaultFixture {
  /** Id of account 0's request (1). */
  requestId: bigint;
  /** Unbonding wei of the request at creation. */
  requestAssets: bigint;
  /** Unix time (seconds) the request unlocks. */
  unlockTime: bigint;
}

/** `stakedFixture` with account 0 requesting all its shares in operator 0's pool out (request id 1). */
export async function unstakedFixture(): Promise<UnstakedFixture> {
  const f = await stakedFixture();
  const op = f.operators[0].address;
  const shares = await f.vault.sharesOf(op, f.accounts[0].address);
  const requestAssets = await f.vault.convertToAssets(op, shares);
  await f.vault.connect(f.accounts[0]).requestUnstake(op, shares);
  const request = await f.vault.getRequest(1n);
  return { ...f, requestId: 1n, requestAssets, unlockTime: request.unlockTime };
}

/** A vault over a token that burns 1% per transfer, with operator 0 registered and approvals given. */
export async function feeOnTransferFixture(): Promise<VaultFixture & { fot: FeeOnTransferToken; fotVault: StakingVault }> {
  const f = await registeredFixture();
  const fot = await ethers.deployContract("FeeOnTransferToken");
  const fotVault = await ethers.deployContract("StakingVault", [
    await fot.getAddress(),
    f.owner.address,
    DEFAULT_PARAMS,
    f.slashRecipient.address,
  ]);
  await fotVault.connect(f.operators[0]).registerOperator(0n, "ipfs://fot");
  await fot.mint(f.operators[0].address, INITIAL_BALANCE);
  await fot.connect(f.operators[0]).approve(await fotVault.getAddress(), ethers.MaxUint256);
  return { ...f, fot, fotVault };
}
