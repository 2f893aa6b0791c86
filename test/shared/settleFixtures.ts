import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type {
  AerieTestToken,
  MockStakingVault,
  RewardDistributor,
  RoundSettlement,
  TaskRegistry,
} from "../../typechain-types";
import { DAY, ONE, Role } from "./constants";
import { hashSlashes, type RoundResult, type Slash } from "./eip712";
import { bindSettlement, deploySystem } from "./system";

// ------------------------------------------------------------------ parameters (docs/PROTOCOL.md §8 defaults)

export { CHALLENGE_WINDOW, DAY, MAX_ROUND_DURATION, MAX_SLASH_BPS, ONE, RESULT_DEADLINE, Role, RoundStatus } from "./constants";
export { ROUND_RESULT_TYPES, hashSlashes, settlementDomain, signResult, type RoundResult, type Slash } from "./eip712";
export { sortByAddress } from "./system";

/** Wei minted to the task creator in every fixture. */
export const CREATOR_FUNDS = 1_000_000n * ONE;

/** Default task: 4 rounds of 1 day, 1,000 tokens each, starting 1 hour after the fixture's block. */
export const ROUND_DURATION = DAY;
export const NUM_ROUNDS = 4n;
export const REWARD_PER_ROUND = 1_000n * ONE;
export const MIN_TRAINER_STAKE = 100n * ONE;
export const MIN_VALIDATOR_STAKE = 200n * ONE;
export const START_DELAY = 3_600n;


// ------------------------------------------------------------------ types

/** The `TaskSpec` struct of ITaskRegistry: times in seconds, amounts in wei. */
export interface TaskSpec {
  startTime: bigint;
  roundDuration: bigint;
  numRounds: bigint;
  rewardPerRound: bigint;
  minTrainerStake: bigint;
  minValidatorStake: bigint;
  specHash: string;
  specURI: string;
}

/** A distributor leaf: `[taskId, account, cumulativeAmount (wei)]`. */
export type RewardLeaf = [bigint, string, bigint];

// ------------------------------------------------------------------ helpers

/**
 * Builds a task spec starting `START_DELAY` seconds after the latest block, with the default parameters.
 * @param overrides fields to replace.
 * @returns the spec (times in seconds, amounts in wei).
 */
export async function defaultSpec(overrides: Partial<TaskSpec> = {}): Promise<TaskSpec> {
  const now = BigInt(await time.latest());
  return {
    startTime: now + START_DELAY,
    roundDuration: ROUND_DURATION,
    numRounds: NUM_ROUNDS,
    rewardPerRound: REWARD_PER_ROUND,
    minTrainerStake: MIN_TRAINER_STAKE,
    minValidatorStake: MIN_VALIDATOR_STAKE,
    specHash: ethers.keccak256(ethers.toUtf8Bytes('{"policy":"aerie-consensus-v1"}')),
    specURI: "ipfs://task-spec",
    ...overrides,
  };
}

/**
 * Start and end (exclusive) of round `round`, in seconds: `[start + r·d, start + (r+1)·d)` (docs/PROTOCOL.md §4).
 * @param spec the task spec.
 * @param round the round index.
 */
export function roundWindow(spec: TaskSpec, round: bigint): { start: bigint; end: bigint } {
  const start = spec.startTime + round * spec.roundDuration;
  return { start, end: start + spec.roundDuration };
}

/**
 * A cumulative rewards tree (`StandardMerkleTree`, leaf types `["uint256","address","uint256"]`, docs/PROTOCOL.md §6).
 * @param leaves `[taskId, account, cumulativeAmount]` rows.
 */
export function rewardsTree(leaves: RewardLeaf[]): StandardMerkleTree<RewardLeaf> {
  return StandardMerkleTree.of(leaves, ["uint256", "address", "uint256"]);
}

/**
 * The proof of the leaf of `account` in `tree`.
 * @throws Error if the tree has no leaf for the account.
 */
export function proofOf(tree: StandardMerkleTree<RewardLeaf>, account: string): string[] {
  for (const [i, leaf] of tree.entries()) {
    if (leaf[1].toLowerCase() === account.toLowerCase()) return tree.getProof(i);
  }
  throw new Error(`no leaf for ${account}`);
}

// ------------------------------------------------------------------ fixtures

/** Committee size and threshold of the settlement fixture. */
export const COMMITTEE_SIZE = 5;
export const THRESHOLD = 3n;

/** Accounts and the shared contracts of every fixture. */
export interface BaseFixture {
  deployer: HardhatEthersSigner;
  creator: HardhatEthersSigner;
  guardian: HardhatEthersSigner;
  stranger: HardhatEthersSigner;
  /** An EOA standing in for RoundSettlement in registry and distributor unit tests. */
  settlementEoa: HardhatEthersSigner;
  operators: HardhatEthersSigner[];
  members: HardhatEthersSigner[];
  others: HardhatEthersSigner[];
  token: AerieTestToken;
  vault: MockStakingVault;
  /** Registry, distributor and settlement on the mock vault, none of them bound to a settlement yet. */
  registry: TaskRegistry;
  distributor: RewardDistributor;
  settlement: RoundSettlement;
  /** The settlement's committee (members 0..4), sorted by address. */
  committee: HardhatEthersSigner[];
  threshold: bigint;
}

/**
 * `deploySystem` on the mock vault (docs/PROTOCOL.md §8 parameters; owner: deployer; committee: members 0..4, threshold 3;
 * guardian), nothing bound as settlement yet; mints `CREATOR_FUNDS` to the creator.
 */
export async function baseFixture(): Promise<BaseFixture> {
  const signers = await ethers.getSigners();
  const [deployer, creator, guardian, stranger, settlementEoa] = signers;
  const operators = signers.slice(5, 10);
  const members = signers.slice(10, 17);
  const others = signers.slice(17);

  const { token, vault, registry, distributor, settlement, committee, threshold } = await deploySystem({
    vault: "MockStakingVault",
    deployer,
    committee: members.slice(0, COMMITTEE_SIZE),
    threshold: THRESHOLD,
    guardian: guardian.address,
    settlement: "none",
  });
  await token.mint(creator.address, CREATOR_FUNDS);
  return { deployer, creator, guardian, stranger, settlementEoa, operators, members, others, token, vault, registry, distributor, settlement, committee, threshold };
}

/** A TaskRegistry whose settlement is an EOA. */
export type RegistryFixture = BaseFixture;

/**
 * TaskRegistry on the mock vault, `settlementEoa` bound as settlement, creator's allowance set to all its funds.
 */
export async function registryFixture(): Promise<RegistryFixture> {
  const base = await baseFixture();
  await bindSettlement(base, base.settlementEoa.address, ["registry"]);
  await base.token.connect(base.creator).approve(await base.registry.getAddress(), ethers.MaxUint256);
  return base;
}

/** A registry fixture with one default task and its participants. */
export interface TaskFixture extends RegistryFixture {
  spec: TaskSpec;
  taskId: bigint;
  trainers: HardhatEthersSigner[];
  validators: HardhatEthersSigner[];
}

/**
 * Registers every operator with stake 1,000 tokens; creates the default task (id 1); operators 0 and 1 join
 * as trainers, 2 and 3 as validators (operator 4 stays out). All before round 0 starts.
 */
export async function taskFixture(): Promise<TaskFixture> {
  const base = await registryFixture();
  return setUpTask(base);
}

/**
 * Shared body of the task fixtures: registers and stakes the operators, creates the default task, joins.
 * @param base a fixture whose registry is ready.
 */
async function setUpTask<T extends RegistryFixture>(base: T): Promise<T & TaskFixture> {
  const { vault, registry, creator, operators } = base;
  for (const op of operators) {
    await vault.setOperator(op.address, true);
    await vault.setStake(op.address, 1_000n * ONE);
  }
  const spec = await defaultSpec();
  await registry.connect(creator).createTask(spec);
  const taskId = 1n;
  const trainers = operators.slice(0, 2);
  const validators = operators.slice(2, 4);
  for (const t of trainers) await registry.connect(t).joinTask(taskId, Role.Trainer);
  for (const v of validators) await registry.connect(v).joinTask(taskId, Role.Validator);
  return { ...base, spec, taskId, trainers, validators };
}

/** A distributor whose settlement is an EOA. */
export type DistributorFixture = BaseFixture;

/** RewardDistributor on the mock vault, `settlementEoa` bound as settlement. */
export async function distributorFixture(): Promise<DistributorFixture> {
  const base = await baseFixture();
  await bindSettlement(base, base.settlementEoa.address, ["distributor"]);
  return base;
}

/** The full settlement wiring: real registry and distributor, mock vault, a 3-of-5 committee. */
export type SettlementFixture = TaskFixture;

/**
 * `baseFixture` with the settlement bound in registry and distributor, then the default task set up as
 * `taskFixture` does.
 */
export async function settlementFixture(): Promise<SettlementFixture> {
  const base = await baseFixture();
  await bindSettlement(base, await base.settlement.getAddress());
  await base.token.connect(base.creator).approve(await base.registry.getAddress(), ethers.MaxUint256);
  return setUpTask(base);
}

/**
 * A result for `round` of task 1 paying `totalReward` wei, with the given slashes' hash and fixed root/bundle.
 * @param round the round index.
 * @param totalReward wei.
 * @param slashes slashes (sorted by the caller as needed).
 */
export function makeResult(round: bigint, totalReward: bigint, slashes: Slash[] = []): RoundResult {
  return {
    taskId: 1n,
    round,
    rewardsRoot: totalReward === 0n ? ethers.ZeroHash : ethers.id(`root-${round}`),
    totalReward,
    slashesHash: hashSlashes(slashes),
    bundleHash: ethers.id(`bundle-${round}`),
    bundleURI: `ipfs://bundle-${round}`,
  };
}
