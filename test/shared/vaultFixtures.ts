import { ethers } from "hardhat";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type { AerieTestToken, FeeOnTransferToken, StakingVault } from "../../typechain-types";
import { ONE } from "./constants";
import { deploySystem, mintAndApprove, type DeploySystemOptions, type TokenName } from "./system";

export { BPS, DAY, DEFAULT_PARAMS, ONE, VIRTUAL_ASSETS, VIRTUAL_SHARES } from "./constants";
export { slashAmount, slashCuts, slashSplit, toAssets, toShares } from "./sharesMath";

/** Tokens minted to every funded signer, in wei. */
export const INITIAL_BALANCE = 1_000_000n * ONE;

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
 * `deploySystem` as the vault tests name it: `owner` deploys and owns, slashes go to `slashRecipient`, and the
 * vault's settlement is `settlement` (an address, or `"none"`).
 */
async function deployVault<T extends TokenName>(signers: VaultSigners, token: T, settlement: DeploySystemOptions["settlement"]) {
  return deploySystem({ token, deployer: signers.owner, slashRecipient: signers.slashRecipient.address, settlement });
}

/**
 * Deploys the test token and a vault with `DEFAULT_PARAMS`, with no settlement bound. Mints `INITIAL_BALANCE` wei to
 * every operator, account and the permit user; all but the permit user approve the vault for everything.
 */
export async function deployBareVaultFixture(): Promise<VaultFixture> {
  const signers = await getVaultSigners();
  const system = await deployVault(signers, "AerieTestToken", "none");
  const { token, vault } = system;
  await mintAndApprove(system, [...signers.operators, ...signers.accounts], INITIAL_BALANCE, await vault.getAddress(), ethers.MaxUint256);
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
  /** Unix time (seconds) of the block before the request: operator 0's stake was `SELF_STAKE + DELEGATION` then. */
  stakedAt: bigint;
}

/** `stakedFixture` with account 0 requesting all its shares in operator 0's pool out (request id 1). */
export async function unstakedFixture(): Promise<UnstakedFixture> {
  const f = await stakedFixture();
  const op = f.operators[0].address;
  const shares = await f.vault.sharesOf(op, f.accounts[0].address);
  const requestAssets = await f.vault.convertToAssets(op, shares);
  const stakedAt = BigInt((await ethers.provider.getBlock("latest"))!.timestamp);
  await f.vault.connect(f.accounts[0]).requestUnstake(op, shares);
  const request = await f.vault.getRequest(1n);
  return { ...f, requestId: 1n, requestAssets, unlockTime: request.unlockTime, stakedAt };
}

/** A vault over a token that burns 1% per transfer, with operator 0 registered and approvals given. */
export async function feeOnTransferFixture(): Promise<VaultFixture & { fot: FeeOnTransferToken; fotVault: StakingVault }> {
  const f = await registeredFixture();
  const { token: fot, vault: fotVault } = await deployVault(f, "FeeOnTransferToken", "none");
  await fotVault.connect(f.operators[0]).registerOperator(0n, "ipfs://fot");
  await mintAndApprove({ token: fot, owner: f.owner }, [f.operators[0]], INITIAL_BALANCE, await fotVault.getAddress(), ethers.MaxUint256);
  return { ...f, fot, fotVault };
}
