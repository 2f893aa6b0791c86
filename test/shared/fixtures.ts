import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type { AerieTestToken, RewardDistributor, RoundSettlement, StakingVault, TaskRegistry } from "../../typechain-types";

/** Seconds in a day. */
export const DAY = 86_400n;
/** 1 token in wei (18 decimals). */
export const ONE = 10n ** 18n;

/** docs/PROTOCOL.md §8 defaults (seconds, bps). */
export const PARAMS = {
  unbondingPeriod: 14n * DAY,
  commissionDelay: 14n * DAY,
  maxRoundDuration: 7n * DAY,
  resultDeadline: 3n * DAY,
  challengeWindow: 1n * DAY,
  maxSlashBps: 5_000,
  maxCommissionBps: 5_000,
};

export type RoundResult = { taskId: bigint; round: bigint; rewardsRoot: string; totalReward: bigint; slashesHash: string; bundleHash: string };
export type Slash = { operator: string; bps: bigint };

/**
 * The whole system deployed and wired with the real contracts (no mocks): token, vault, registry,
 * distributor, settlement with a 2-of-3 committee, a guardian, a treasury receiving slashes, a creator
 * holding 100,000 tokens and six operators (3 trainers, 3 validators) each registered, self-staked
 * 1,000 tokens at 10% commission. Nothing joined yet.
 */
export async function systemFixture() {
  const signers = await ethers.getSigners();
  const [gov, m1, m2, m3, guardian, creator, t1, t2, t3, v1, v2, v3, d1, d2, d3, treasury] = signers;
  const token = (await ethers.deployContract("AerieTestToken", [gov.address])) as unknown as AerieTestToken;
  const vault = (await ethers.deployContract("StakingVault", [await token.getAddress(), gov.address, PARAMS, treasury.address])) as unknown as StakingVault;
  const registry = (await ethers.deployContract("TaskRegistry", [await vault.getAddress()])) as unknown as TaskRegistry;
  const distributor = (await ethers.deployContract("RewardDistributor", [await vault.getAddress()])) as unknown as RewardDistributor;
  const committee = [m1, m2, m3].sort((a, b) => (a.address.toLowerCase() < b.address.toLowerCase() ? -1 : 1));
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
    await token.mint(who.address, amount);
    await token.connect(who).approve(spender, amount);
  };
  await fund(creator, 100_000n * ONE, await registry.getAddress());
  const operators = [t1, t2, t3, v1, v2, v3];
  for (const op of operators) {
    await fund(op, 10_000n * ONE, await vault.getAddress());
    await vault.connect(op).registerOperator(1_000n, "");
    await vault.connect(op).stake(op.address, 1_000n * ONE);
  }
  for (const d of [d1, d2, d3]) await fund(d, 10_000n * ONE, await vault.getAddress());
  return { token, vault, registry, distributor, settlement, gov, committee, guardian, creator, trainers: [t1, t2, t3], validators: [v1, v2, v3], delegators: [d1, d2, d3], treasury };
}

/**
 * `systemFixture` plus one task (3 rounds of 1 day, 1,000 tokens each, starting in 1 hour, minimum stake
 * 100 tokens for both roles) that all six operators joined.
 */
export async function taskFixture() {
  const f = await systemFixture();
  const startTime = BigInt(await time.latest()) + 3_600n;
  const spec = {
    startTime,
    roundDuration: DAY,
    numRounds: 3,
    rewardPerRound: 1_000n * ONE,
    minTrainerStake: 100n * ONE,
    minValidatorStake: 100n * ONE,
    specHash: ethers.id("integration-task"),
    specURI: "ipfs://integration",
  };
  await f.registry.connect(f.creator).createTask(spec);
  const taskId = 1n;
  for (const t of f.trainers) await f.registry.connect(t).joinTask(taskId, 1);
  for (const v of f.validators) await f.registry.connect(v).joinTask(taskId, 2);
  return { ...f, taskId, spec };
}

/** `keccak256(abi.encode((address,uint256)[]))`, as RoundSettlement.hashSlashes. */
export function hashSlashes(slashes: Slash[]): string {
  return ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["tuple(address operator,uint256 bps)[]"], [slashes.map((x) => [x.operator, x.bps])]));
}

/** A cumulative rewards tree of `[taskId, account, amount]` leaves (OpenZeppelin StandardMerkleTree). */
export function rewardsTree(taskId: bigint, entries: [string, bigint][]) {
  return StandardMerkleTree.of(entries.map(([a, v]) => [taskId, a, v] as [bigint, string, bigint]), ["uint256", "address", "uint256"]);
}

/** Committee signatures over `result`, by the given members, ordered by signer address. */
export async function signResult(settlement: RoundSettlement, members: HardhatEthersSigner[], result: RoundResult): Promise<string[]> {
  const { chainId } = await ethers.provider.getNetwork();
  const domain = { name: "Aerie RoundSettlement", version: "1", chainId, verifyingContract: await settlement.getAddress() };
  const types = {
    RoundResult: [
      { name: "taskId", type: "uint256" },
      { name: "round", type: "uint256" },
      { name: "rewardsRoot", type: "bytes32" },
      { name: "totalReward", type: "uint256" },
      { name: "slashesHash", type: "bytes32" },
      { name: "bundleHash", type: "bytes32" },
    ],
  };
  const sorted = [...members].sort((a, b) => (a.address.toLowerCase() < b.address.toLowerCase() ? -1 : 1));
  return Promise.all(sorted.map((m) => m.signTypedData(domain, types, result)));
}
