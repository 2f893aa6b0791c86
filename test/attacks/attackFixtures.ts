import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { AttackProxy, RewardDistributor, RoundSettlement, StakingVault, TaskRegistry } from "../../typechain-types";
import { DAY, PARAMS, hashSlashes, rewardsTree, signResult, taskFixture, type RoundResult, type Slash } from "../shared/fixtures";

/** Denominator of a rate in bps. */
export const BPS = 10_000n;
/** `SharesMath.VIRTUAL_SHARES`. */
export const VIRTUAL_SHARES = 1_000_000n;
/** `SharesMath.VIRTUAL_ASSETS`. */
export const VIRTUAL_ASSETS = 1n;
/** `ITaskRegistry.Role`. */
export const Role = { None: 0n, Trainer: 1n, Validator: 2n } as const;

/** `floor(a / b)` and `ceil(a / b)` on bigints (a, b >= 0, b > 0). */
export const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** Shares minted for `assets` wei: `floor(assets * (S + 1e6) / (A + 1))` (SharesMath.toSharesDown). */
export function toShares(assets: bigint, totalShares: bigint, totalAssets: bigint): bigint {
  return (assets * (totalShares + VIRTUAL_SHARES)) / (totalAssets + VIRTUAL_ASSETS);
}

/** Wei `shares` are worth: `floor(shares * (A + 1) / (S + 1e6))` (SharesMath.toAssetsDown). */
export function toAssets(shares: bigint, totalShares: bigint, totalAssets: bigint): bigint {
  return (shares * (totalAssets + VIRTUAL_ASSETS)) / (totalShares + VIRTUAL_SHARES);
}

/** Wei a slash of `bps` cuts from a pool of `assets` wei: `min(ceil(assets * bps / 10_000), assets)`. */
export function slashCut(assets: bigint, bps: bigint): bigint {
  const cut = ceilDiv(assets * bps, BPS);
  return cut < assets ? cut : assets;
}

/** A token the attack fixtures can deploy the system with: every mock here has `mint(to, amount)`. */
export type MockTokenName = "AerieTestToken" | "ReentrantToken" | "SixDecimalToken" | "FeeOnTransferToken" | "RebasingToken";

/** What every attack fixture returns: the four real contracts wired together and the actors. */
export interface AttackSystem {
  /** The stake-and-reward token (any `MockTokenName`); `mint(to, amount)` works from `gov`. */
  token: Awaited<ReturnType<typeof ethers.getContractAt>>;
  vault: StakingVault;
  registry: TaskRegistry;
  distributor: RewardDistributor;
  settlement: RoundSettlement;
  gov: HardhatEthersSigner;
  /** The 2-of-3 committee, sorted by address. */
  committee: HardhatEthersSigner[];
  guardian: HardhatEthersSigner;
  creator: HardhatEthersSigner;
  trainers: HardhatEthersSigner[];
  validators: HardhatEthersSigner[];
  delegators: HardhatEthersSigner[];
  treasury: HardhatEthersSigner;
  /** Extra accounts that are not part of the system: the attacker, a victim and a non-member signer. */
  attacker: HardhatEthersSigner;
  victim: HardhatEthersSigner;
  outsider: HardhatEthersSigner;
  /** 1 token in wei for this token's decimals. */
  unit: bigint;
}

/**
 * Deploys and wires the real StakingVault, TaskRegistry, RewardDistributor and RoundSettlement (docs/PROTOCOL.md §8
 * defaults, 2-of-3 committee) on the mock token `tokenName`, as `test/shared/fixtures.ts#systemFixture` does for
 * the test token: six operators (3 trainers, 3 validators) registered at 10% commission, each self-staked
 * `1,000 * unit` wei; the creator holds `100,000 * unit` wei approved to the registry; delegators, attacker and
 * victim hold `10,000 * unit` wei approved to the vault.
 * @param tokenName which mock token (`contracts/test/`) to deploy.
 * @param decimals the token's decimals (18 for all mocks but SixDecimalToken).
 * @param selfStake whether the operators self-stake (false for a token the vault refuses, e.g. fee-on-transfer).
 * @returns the wired system and its actors.
 */
export async function deploySystemWith(tokenName: MockTokenName, decimals = 18n, selfStake = true): Promise<AttackSystem> {
  const signers = await ethers.getSigners();
  const [gov, m1, m2, m3, guardian, creator, t1, t2, t3, v1, v2, v3, d1, d2, d3, treasury, attacker, victim, outsider] = signers;
  const unit = 10n ** decimals;
  const args = tokenName === "AerieTestToken" ? [gov.address] : [];
  const deployed = await ethers.deployContract(tokenName, args);
  const tokenAddress = await deployed.getAddress();
  const token = await ethers.getContractAt(tokenName, tokenAddress);
  const vault = (await ethers.deployContract("StakingVault", [tokenAddress, gov.address, PARAMS, treasury.address])) as unknown as StakingVault;
  const registry = (await ethers.deployContract("TaskRegistry", [await vault.getAddress()])) as unknown as TaskRegistry;
  const distributor = (await ethers.deployContract("RewardDistributor", [await vault.getAddress()])) as unknown as RewardDistributor;
  const committee = sortByAddress([m1, m2, m3]);
  const settlement = (await ethers.deployContract("RoundSettlement", [
    await vault.getAddress(),
    await registry.getAddress(),
    await distributor.getAddress(),
    gov.address,
    committee.map((m) => m.address),
    2n,
    guardian.address,
  ])) as unknown as RoundSettlement;
  const s = await settlement.getAddress();
  await vault.setSettlement(s);
  await registry.setSettlement(s);
  await distributor.setSettlement(s);

  const fund = async (who: HardhatEthersSigner, amount: bigint, spender: string) => {
    await token.connect(gov).getFunction("mint")(who.address, amount);
    await token.connect(who).getFunction("approve")(spender, amount);
  };
  await fund(creator, 100_000n * unit, await registry.getAddress());
  const operators = [t1, t2, t3, v1, v2, v3];
  for (const op of operators) {
    await fund(op, 10_000n * unit, await vault.getAddress());
    await vault.connect(op).registerOperator(1_000n, "");
    if (selfStake) await vault.connect(op).stake(op.address, 1_000n * unit);
  }
  for (const who of [d1, d2, d3, attacker, victim]) await fund(who, 10_000n * unit, await vault.getAddress());
  return { token, vault, registry, distributor, settlement, gov, committee, guardian, creator, trainers: [t1, t2, t3], validators: [v1, v2, v3], delegators: [d1, d2, d3], treasury, attacker, victim, outsider, unit };
}

/** `taskFixture` (test/shared/fixtures.ts) plus the extra actors of `AttackSystem`, funded as there. */
export async function attackTaskFixture() {
  const f = await taskFixture();
  const signers = await ethers.getSigners();
  const [attacker, victim, outsider] = signers.slice(16, 19);
  for (const who of [attacker, victim]) {
    await f.token.mint(who.address, 10_000n * 10n ** 18n);
    await f.token.connect(who).approve(await f.vault.getAddress(), 10_000n * 10n ** 18n);
  }
  const proxy = (await ethers.deployContract("AttackProxy")) as unknown as AttackProxy;
  return { ...f, attacker, victim, outsider, proxy, unit: 10n ** 18n };
}

/** Returns `signers` sorted by ascending address (the order RoundSettlement wants signatures in). */
export function sortByAddress<T extends { address: string }>(signers: T[]): T[] {
  return [...signers].sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1));
}

/** A round's result ready to propose: the message, its slashes and the rewards tree (if any). */
export interface BuiltResult {
  result: RoundResult;
  slashes: Slash[];
  tree?: StandardMerkleTree<[bigint, string, bigint]>;
}

/**
 * Builds the result of `round` of `taskId` from cumulative `entries` ([account, cumulative wei]) and `slashes`.
 * `totalReward` defaults to the sum of the entries (override it for a round that adds less than the tree's total,
 * i.e. later rounds of a cumulative tree). `bundleHash` is `id("bundle-<taskId>-<round>-<tag>")`.
 */
export function buildResult(taskId: bigint, round: bigint, entries: [string, bigint][], slashes: Slash[] = [], opts: { totalReward?: bigint; tag?: string } = {}): BuiltResult {
  const tree = entries.length ? rewardsTree(taskId, entries) : undefined;
  const sum = entries.reduce((acc, [, v]) => acc + v, 0n);
  const sorted = [...slashes].sort((a, b) => (BigInt(a.operator) < BigInt(b.operator) ? -1 : 1));
  const result: RoundResult = {
    taskId,
    round,
    rewardsRoot: tree ? tree.root : ethers.ZeroHash,
    totalReward: opts.totalReward ?? sum,
    slashesHash: hashSlashes(sorted),
    bundleHash: ethers.id(`bundle-${taskId}-${round}-${opts.tag ?? ""}`),
  };
  return { result, slashes: sorted, tree };
}

/** The Merkle proof of `account`'s leaf in `tree` (throws if it has none). */
export function proofFor(tree: StandardMerkleTree<[bigint, string, bigint]>, account: string): string[] {
  for (const [i, v] of tree.entries()) if (v[1].toLowerCase() === account.toLowerCase()) return tree.getProof(i);
  throw new Error(`no leaf for ${account}`);
}

/**
 * Proposes `built` with signatures of the first two committee members and returns the proposal's timestamp.
 * @param sender who sends `propose` (anyone may).
 */
export async function proposeBuilt(f: Pick<AttackSystem, "settlement" | "committee">, built: BuiltResult, sender?: HardhatEthersSigner): Promise<bigint> {
  const sigs = await signResult(f.settlement, f.committee.slice(0, 2), built.result);
  const settlement = sender ? f.settlement.connect(sender) : f.settlement;
  await settlement.propose(built.result, built.slashes, sigs);
  return BigInt(await time.latest());
}

/** Proposes `built`, waits out the challenge window and finalizes it. */
export async function settleBuilt(f: Pick<AttackSystem, "settlement" | "committee">, built: BuiltResult): Promise<void> {
  const proposedAt = await proposeBuilt(f, built);
  await time.increaseTo(proposedAt + PARAMS.challengeWindow);
  await f.settlement.finalize(built.result.taskId, built.result.round);
}

/** A task spec: `numRounds` rounds of `roundDuration` seconds starting `delay` seconds after the latest block. */
export async function specFrom(opts: { rewardPerRound: bigint; numRounds?: number; roundDuration?: bigint; delay?: bigint; minStake?: bigint; tag?: string }) {
  return {
    startTime: BigInt(await time.latest()) + (opts.delay ?? 3_600n),
    roundDuration: opts.roundDuration ?? DAY,
    numRounds: opts.numRounds ?? 3,
    rewardPerRound: opts.rewardPerRound,
    minTrainerStake: opts.minStake ?? 0n,
    minValidatorStake: opts.minStake ?? 0n,
    specHash: ethers.id(opts.tag ?? "attack-task"),
    specURI: "ipfs://attack",
  };
}
