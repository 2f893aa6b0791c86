// The one place Hardhat tests deploy and wire Aerie (docs/CONVENTIONS.md §19). Every fixture builds on `deploySystem`; the
// constructor tests build their arguments with the `*Args` helpers below, so each constructor's argument order
// is written here and nowhere else.
import { ethers } from "hardhat";
import type { Interface } from "ethers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type {
  AerieTestToken,
  FeeOnTransferToken,
  MockStakingVault,
  RebasingToken,
  ReentrantToken,
  RewardDistributor,
  RoundSettlement,
  SixDecimalToken,
  StakingVault,
  TaskRegistry,
} from "../../typechain-types";
import type {
  MockStakingVault__factory,
  RewardDistributor__factory,
  RoundSettlement__factory,
  StakingVault__factory,
  TaskRegistry__factory,
} from "../../typechain-types";
import { DEFAULT_PARAMS, type Params } from "./constants";

// ------------------------------------------------------------------ constructor arguments

/** The arguments of a typechain factory's `deploy`, without the trailing overrides. */
type DeployArgs<F extends { deploy(...args: never[]): unknown }> = Parameters<F["deploy"]>;

/** What `StakingVault`'s constructor takes, by name (addresses as 0x-hex, params in seconds and bps). */
export interface StakingVaultArgs {
  token: string;
  owner: string;
  params: Params;
  slashRecipient: string;
}

/** `StakingVault`'s constructor arguments, in the contract's order. */
export function stakingVaultArgs(a: StakingVaultArgs): DeployArgs<StakingVault__factory> {
  return [a.token, a.owner, a.params, a.slashRecipient];
}

/** What `MockStakingVault`'s constructor takes: the token and the windows and cap the real vault would hold. */
export interface MockStakingVaultArgs {
  token: string;
  params: Params;
}

/** `MockStakingVault`'s constructor arguments, in the contract's order. */
export function mockStakingVaultArgs(a: MockStakingVaultArgs): DeployArgs<MockStakingVault__factory> {
  return [a.token, a.params.maxRoundDuration, a.params.resultDeadline, a.params.challengeWindow, a.params.maxSlashBps];
}

/** `TaskRegistry`'s constructor arguments, in the contract's order. */
export function taskRegistryArgs(a: { vault: string }): DeployArgs<TaskRegistry__factory> {
  return [a.vault];
}

/** `RewardDistributor`'s constructor arguments, in the contract's order. */
export function rewardDistributorArgs(a: { vault: string }): DeployArgs<RewardDistributor__factory> {
  return [a.vault];
}

/** What `RoundSettlement`'s constructor takes, by name: the wiring, the owner, the k-of-n committee, the guardian. */
export interface RoundSettlementArgs {
  vault: string;
  registry: string;
  distributor: string;
  owner: string;
  /** Committee members, sorted by address ascending. */
  members: string[];
  /** Signatures a result needs (k of n). */
  threshold: bigint;
  guardian: string;
}

/** `RoundSettlement`'s constructor arguments, in the contract's order. */
export function roundSettlementArgs(a: RoundSettlementArgs): DeployArgs<RoundSettlement__factory> {
  return [a.vault, a.registry, a.distributor, a.owner, a.members, a.threshold, a.guardian];
}

// ------------------------------------------------------------------ deploySystem

/** The stake-and-reward tokens of contracts/test a system can be deployed on. */
export interface TokenContracts {
  AerieTestToken: AerieTestToken;
  FeeOnTransferToken: FeeOnTransferToken;
  RebasingToken: RebasingToken;
  ReentrantToken: ReentrantToken;
  SixDecimalToken: SixDecimalToken;
}
/** Name of a token contract in contracts/test. */
export type TokenName = keyof TokenContracts;

/** The vaults a system can be deployed with: the real one or the mock of contracts/test. */
export interface VaultContracts {
  StakingVault: StakingVault;
  MockStakingVault: MockStakingVault;
}
/** Name of a vault contract. */
export type VaultName = keyof VaultContracts;

/** Options of {@link deploySystem}; every field has a default. */
export interface DeploySystemOptions<T extends TokenName = "AerieTestToken", V extends VaultName = "StakingVault"> {
  /** The token contract to deploy (default `AerieTestToken`, owned by `owner`; the mocks take no arguments). */
  token?: T;
  /** `StakingVault` (default) or `MockStakingVault` (settable stakes, for registry and settlement unit tests). */
  vault?: V;
  /** Sends every deployment, so it is the `DEPLOYER` of registry and distributor (default: signer 0). */
  deployer?: HardhatEthersSigner;
  /** Owner of the vault, the settlement and the test token (default: the deployer). */
  owner?: HardhatEthersSigner;
  /** Receives slashed wei (default: signer 15). */
  slashRecipient?: string;
  /** Overrides of the docs/PROTOCOL.md §8 parameters (seconds, bps). */
  params?: Partial<Params>;
  /** Committee members, any order (default: signers 1–3). The system keeps them sorted by address. */
  committee?: HardhatEthersSigner[];
  /** Signatures a result needs (default 2). */
  threshold?: bigint;
  /** Who may challenge a proposed result (default: signer 4). */
  guardian?: string;
  /**
   * What vault, registry and distributor accept as their settlement: `"contract"` (default) the deployed
   * RoundSettlement, an address (an EOA standing in for it, so tests call `slash`, `payRound`, `allocate`
   * directly), or `"none"` (nothing bound, for `setSettlement` tests). A mock vault has no settlement to bind.
   */
  settlement?: "contract" | "none" | string;
}

/** The deployed and wired system, and how it was configured. */
export interface System<T extends TokenName = "AerieTestToken", V extends VaultName = "StakingVault"> {
  token: TokenContracts[T];
  vault: VaultContracts[V];
  registry: TaskRegistry;
  distributor: RewardDistributor;
  settlement: RoundSettlement;
  deployer: HardhatEthersSigner;
  owner: HardhatEthersSigner;
  /** The committee, sorted by address ascending (the order signatures must come in). */
  committee: HardhatEthersSigner[];
  threshold: bigint;
  guardian: string;
  slashRecipient: string;
  /** The vault's parameters (seconds, bps). */
  params: Params;
  /** One whole token in wei, for the token's decimals. */
  unit: bigint;
}

/**
 * Deploys a token, a vault, TaskRegistry, RewardDistributor and RoundSettlement, in that order, and binds the
 * settlement (see {@link DeploySystemOptions.settlement}). Funds nobody: fixtures built on it mint and approve
 * what their tests need ({@link mintAndApprove}).
 * @param options what differs from the defaults (signer 0 deploys and owns; signers 1–3 form a 2-of-3 committee;
 * signer 4 guards; signer 15 receives slashes; docs/PROTOCOL.md §8 parameters; AerieTestToken; the real vault).
 * @returns the contracts, typed after the chosen token and vault, and the configuration.
 */
export async function deploySystem<T extends TokenName = "AerieTestToken", V extends VaultName = "StakingVault">(
  options: DeploySystemOptions<T, V> = {}
): Promise<System<T, V>> {
  const signers = await ethers.getSigners();
  const deployer = options.deployer ?? signers[0];
  const owner = options.owner ?? deployer;
  const slashRecipient = options.slashRecipient ?? signers[15].address;
  const guardian = options.guardian ?? signers[4].address;
  const committee = sortByAddress(options.committee ?? signers.slice(1, 4));
  const threshold = options.threshold ?? 2n;
  const params: Params = { ...DEFAULT_PARAMS, ...options.params };
  const tokenName: TokenName = options.token ?? "AerieTestToken";
  const vaultName: VaultName = options.vault ?? "StakingVault";

  const tokenArgs = tokenName === "AerieTestToken" ? [owner.address] : [];
  const deployedToken = await ethers.deployContract(tokenName, tokenArgs, deployer);
  const token = await deployedToken.getAddress();
  const unit = 10n ** BigInt(await deployedToken.getFunction("decimals")());

  const vaultContract =
    vaultName === "StakingVault"
      ? await (await ethers.getContractFactory("StakingVault", deployer)).deploy(
          ...stakingVaultArgs({ token, owner: owner.address, params, slashRecipient })
        )
      : await (await ethers.getContractFactory("MockStakingVault", deployer)).deploy(...mockStakingVaultArgs({ token, params }));
  const vault = await vaultContract.getAddress();
  const registry = await (await ethers.getContractFactory("TaskRegistry", deployer)).deploy(...taskRegistryArgs({ vault }));
  const distributor = await (await ethers.getContractFactory("RewardDistributor", deployer)).deploy(
    ...rewardDistributorArgs({ vault })
  );
  const settlement = await (await ethers.getContractFactory("RoundSettlement", deployer)).deploy(
    ...roundSettlementArgs({
      vault,
      registry: await registry.getAddress(),
      distributor: await distributor.getAddress(),
      owner: owner.address,
      members: committee.map((m) => m.address),
      threshold,
      guardian,
    })
  );

  const system: System<T, V> = {
    // The token and vault are the contracts `T` and `V` name (deployed just above by that name).
    token: deployedToken as unknown as TokenContracts[T],
    vault: vaultContract as unknown as VaultContracts[V],
    registry,
    distributor,
    settlement,
    deployer,
    owner,
    committee,
    threshold,
    guardian,
    slashRecipient,
    params,
    unit,
  };
  const bound = options.settlement ?? "contract";
  if (bound !== "none") await bindSettlement(system, bound === "contract" ? await settlement.getAddress() : bound);
  return system;
}

/**
 * Binds `settlement` as the settlement of the vault (unless it is the mock), registry and distributor, each
 * through its own `setSettlement` (the owner, or else the deployer, for the vault; the deployer for the other two).
 * @param which the contracts to bind (default: all three).
 */
export async function bindSettlement(
  system: Pick<System<TokenName, VaultName>, "vault" | "registry" | "distributor" | "deployer"> & { owner?: HardhatEthersSigner },
  settlement: string,
  which: ("vault" | "registry" | "distributor")[] = ["vault", "registry", "distributor"]
): Promise<void> {
  const vaultInterface: Interface = system.vault.interface;
  if (which.includes("vault") && vaultInterface.getFunction("setSettlement") !== null) {
    // Only the real vault has `setSettlement` (checked just above).
    await (system.vault as StakingVault).connect(system.owner ?? system.deployer).setSettlement(settlement);
  }
  if (which.includes("registry")) await system.registry.connect(system.deployer).setSettlement(settlement);
  if (which.includes("distributor")) await system.distributor.connect(system.deployer).setSettlement(settlement);
}

/**
 * Mints `amount` token units to each of `accounts` (from the system's owner, which the test token requires and the
 * mocks ignore) and has each approve `spender` for `allowance` (default: exactly `amount`).
 */
export async function mintAndApprove(
  system: Pick<System<TokenName, VaultName>, "token" | "owner">,
  accounts: HardhatEthersSigner[],
  amount: bigint,
  spender: string,
  allowance: bigint = amount
): Promise<void> {
  for (const who of accounts) {
    await system.token.connect(system.owner).getFunction("mint")(who.address, amount);
    await system.token.connect(who).getFunction("approve")(spender, allowance);
  }
}

/**
 * Copies `accounts` ordered by address ascending (numeric order of the 20-byte value), the order RoundSettlement
 * wants committee members and signatures in.
 */
export function sortByAddress<T extends { address: string }>(accounts: T[]): T[] {
  return [...accounts].sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1));
}
