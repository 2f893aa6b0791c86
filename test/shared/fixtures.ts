import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import { DAY, DEFAULT_PARAMS, ONE } from "./constants";
import { deploySystem, mintAndApprove, type DeploySystemOptions, type System, type TokenName } from "./system";

export { DAY, ONE } from "./constants";
export { hashSlashes, signResult, type RoundResult, type Slash } from "./eip712";

/** docs/PROTOCOL.md §8 defaults (seconds, bps). */
export const PARAMS = DEFAULT_PARAMS;

/** Options of {@link fundedSystem}: the system's, and who else gets a wallet. */
export interface FundedSystemOptions<T extends TokenName> extends DeploySystemOptions<T> {
  /** Whether the six operators self-stake (false for a token the vault refuses, e.g. fee-on-transfer). */
  selfStake?: boolean;
  /** Accounts funded like the delegators (10,000 tokens approved to the vault), after them. */
  alsoFund?: HardhatEthersSigner[];
}

/** What {@link fundedSystem} returns: the system and its actors. */
export type FundedSystem<T extends TokenName = "AerieTestToken"> = Omit<System<T>, "guardian"> & {
  gov: HardhatEthersSigner;
  guardian: HardhatEthersSigner;
  creator: HardhatEthersSigner;
  trainers: HardhatEthersSigner[];
  validators: HardhatEthersSigner[];
  delegators: HardhatEthersSigner[];
  treasury: HardhatEthersSigner;
};

/**
 * `deploySystem` on `options.token` with its defaults (2-of-3 committee of signers 1–3, guardian signer 4, slashes
 * to the treasury, signer 15), then: a creator holding `100,000 * unit` approved to the registry; six operators
 * (3 trainers, 3 validators) each holding `10,000 * unit` approved to the vault, registered at 10% commission and
 * (unless `selfStake` is false) self-staked `1,000 * unit`; three delegators, and `alsoFund`, holding
 * `10,000 * unit` approved to the vault. Nothing joined yet.
 */
export async function fundedSystem<T extends TokenName = "AerieTestToken">(options: FundedSystemOptions<T> = {}): Promise<FundedSystem<T>> {
  const signers = await ethers.getSigners();
  const [gov, , , , guardian, creator, t1, t2, t3, v1, v2, v3, d1, d2, d3, treasury] = signers;
  const { selfStake = true, alsoFund = [], ...deploy } = options;
  const system = await deploySystem<T>({ owner: gov, guardian: guardian.address, slashRecipient: treasury.address, ...deploy });
  const { vault, registry, unit } = system;
  await mintAndApprove(system, [creator], 100_000n * unit, await registry.getAddress());
  const operators = [t1, t2, t3, v1, v2, v3];
  for (const op of operators) {
    await mintAndApprove(system, [op], 10_000n * unit, await vault.getAddress());
    await vault.connect(op).registerOperator(1_000n, "");
    if (selfStake) await vault.connect(op).stake(op.address, 1_000n * unit);
  }
  await mintAndApprove(system, [d1, d2, d3, ...alsoFund], 10_000n * unit, await vault.getAddress());
  return { ...system, gov, guardian, creator, trainers: [t1, t2, t3], validators: [v1, v2, v3], delegators: [d1, d2, d3], treasury };
}

/**
 * The whole system deployed and wired with the real contracts (no mocks): token, vault, registry,
 * distributor, settlement with a 2-of-3 committee, a guardian, a treasury receiving slashes, a creator
 * holding 100,000 tokens and six operators (3 trainers, 3 validators) each registered, self-staked
 * 1,000 tokens at 10% commission. Nothing joined yet.
 */
export async function systemFixture(): Promise<FundedSystem> {
  return fundedSystem();
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

/** A cumulative rewards tree of `[taskId, account, amount]` leaves (OpenZeppelin StandardMerkleTree). */
export function rewardsTree(taskId: bigint, entries: [string, bigint][]) {
  return StandardMerkleTree.of(entries.map(([a, v]) => [taskId, a, v] as [bigint, string, bigint]), ["uint256", "address", "uint256"]);
}
