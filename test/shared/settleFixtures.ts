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

// ------------------------------------------------------------------ parameters (docs/PROTOCOL.md §8 defaults)

export const DAY = 86_400n;
/** Seconds; docs/PROTOCOL.md §8. */
export const MAX_ROUND_DURATION = 7n * DAY;
/** Seconds; docs/PROTOCOL.md §8. */
export const RESULT_DEADLINE = 3n * DAY;
/** Seconds; docs/PROTOCOL.md §8. */
export const CHALLENGE_WINDOW = 1n * DAY;
/** Bps; docs/PROTOCOL.md §8. */
export const MAX_SLASH_BPS = 5_000n;

/** 1 token in wei (18 decimals). */
export const ONE = 10n ** 18n;
/** Wei minted to the task creator in every fixture. */
export const CREATOR_FUNDS = 1_000_000n * ONE;

/** Default task: 4 rounds of 1 day, 1,000 tokens each, starting 1 hour after the fixture's block. */
export const ROUND_DURATION = DAY;
export const NUM_ROUNDS = 4n;
export const REWARD_PER_ROUND = 1_000n * ONE;
export const MIN_TRAINER_STAKE = 100n * ONE;
export const MIN_VALIDATOR_STAKE = 200n * ONE;
export const START_DELAY = 3_600n;

export const Role = { None: 0n, Trainer: 1n, Validator: 2n } as const;
export const RoundStatus = { None: 0n, Proposed: 1n, Finalized: 2n, Skipped: 3n } as const;

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

/** The `RoundResult` EIP-712 message of IRoundSettlement (rewardsRoot, hashes as 0x-hex, totalReward in wei). */
export interface RoundResult {
  taskId: bigint;
  round: bigint;
  rewardsRoot: string;
  totalReward: bigint;
  slashesHash: string;
  bundleHash: string;
}

/** One `Slash` of IRoundSettlement: `bps` (1/10,000) of `operator`'s pools. */
export interface Slash {
  operator: string;
  bps: bigint;
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
 * `keccak256(abi.encode((address operator, uint256 bps)[]))`, the `slashesHash` of a result (DESIGN.md).
 * @param slashes the slashes, in the order they are submitted.
 */
export function hashSlashes(slashes: Slash[]): string {
  return ethers.keccak256(
    ethers.AbiCoder.defaultAbiCoder().encode(
      ["tuple(address operator,uint256 bps)[]"],
      [slashes.map((s) => [s.operator, s.bps])]
    )
  );
}

/** EIP-712 types of `RoundResult` (DESIGN.md "Off-chain messages"). */
export const ROUND_RESULT_TYPES = {
  RoundResult: [
    { name: "taskId", type: "uint256" },
    { name: "round", type: "uint256" },
    { name: "rewardsRoot", type: "bytes32" },
    { name: "totalReward", type: "uint256" },
    { name: "slashesHash", type: "bytes32" },
    { name: "bundleHash", type: "bytes32" },
  ],
};

/**
 * The EIP-712 domain of a RoundSettlement.
 * @param verifyingContract the settlement's address.
 * @param chainId defaults to the connected chain's id.
 */
export async function settlementDomain(verifyingContract: string, chainId?: bigint) {
  const id = chainId ?? (await ethers.provider.getNetwork()).chainId;
  return { name: "Aerie RoundSettlement", version: "1", chainId: id, verifyingContract };
}

/**
 * Signs `result` with each signer (EIP-712) and returns the signatures ordered by signer address, ascending,
 * as RoundSettlement requires.
 * @param verifyingContract the settlement's address (or another, to forge a wrong domain).
 * @param signers committee members (any order).
 * @param result the message.
 * @param chainId defaults to the connected chain's id.
 */
export async function signResult(
  verifyingContract: string,
  signers: HardhatEthersSigner[],
  result: RoundResult,
  chainId?: bigint
): Promise<string[]> {
  const domain = await settlementDomain(verifyingContract, chainId);
  const sorted = sortByAddress(signers);
  return Promise.all(sorted.map((s) => s.signTypedData(domain, ROUND_RESULT_TYPES, result)));
}

/**
 * Copies `signers` ordered by address ascending (numeric order of the 20-byte value).
 * @param signers any accounts.
 */
export function sortByAddress<T extends { address: string }>(signers: T[]): T[] {
  return [...signers].sort((a, b) => (BigInt(a.address) < BigInt(b.address) ? -1 : 1));
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
}

/**
 * Deploys the test token and the mock vault (docs/PROTOCOL.md §8 parameters), mints `CREATOR_FUNDS` to the creator.
 */
export async function baseFixture(): Promise<BaseFixture> {
  const signers = await ethers.getSigners();
  const [deployer, creator, guardian, stranger, settlementEoa] = signers;
  const operators = signers.slice(5, 10);
  const members = signers.slice(10, 17);
  const others = signers.slice(17);

  const token = await ethers.deployContract("AerieTestToken", [deployer.address]);
  const vault = await ethers.deployContract("MockStakingVault", [
    await token.getAddress(),
    MAX_ROUND_DURATION,
    RESULT_DEADLINE,
    CHALLENGE_WINDOW,
    MAX_SLASH_BPS,
  ]);
  await token.mint(creator.address, CREATOR_FUNDS);
  return { deployer, creator, guardian, stranger, settlementEoa, operators, members, others, token, vault };
}

/** A TaskRegistry whose settlement is an EOA. */
export interface RegistryFixture extends BaseFixture {
  registry: TaskRegistry;
}

/**
 * TaskRegistry on the mock vault, `settlementEoa` bound as settlement, creator's allowance set to all its funds.
 */
export async function registryFixture(): Promise<RegistryFixture> {
  const base = await baseFixture();
  const registry = await ethers.deployContract("TaskRegistry", [await base.vault.getAddress()]);
  await registry.setSettlement(base.settlementEoa.address);
  await base.token.connect(base.creator).approve(await registry.getAddress(), ethers.MaxUint256);
  return { ...base, registry };
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
export interface DistributorFixture extends BaseFixture {
  distributor: RewardDistributor;
}

/** RewardDistributor on the mock vault, `settlementEoa` bound as settlement. */
export async function distributorFixture(): Promise<DistributorFixture> {
  const base = await baseFixture();
  const distributor = await ethers.deployContract("RewardDistributor", [await base.vault.getAddress()]);
  await distributor.setSettlement(base.settlementEoa.address);
  return { ...base, distributor };
}

/** The full settlement wiring: real registry and distributor, mock vault, a 3-of-5 committee. */
export interface SettlementFixture extends TaskFixture {
  distributor: RewardDistributor;
  settlement: RoundSettlement;
  /** The committee (members 0..4), sorted by address. */
  committee: HardhatEthersSigner[];
  threshold: bigint;
}

/** Committee size and threshold of the settlement fixture. */
export const COMMITTEE_SIZE = 5;
export const THRESHOLD = 3n;

/**
 * Deploys registry, distributor and settlement (owner: deployer; committee: members 0..4, threshold 3;
 * guardian), binds the settlement, then sets up the default task as `taskFixture` does.
 */
export async function settlementFixture(): Promise<SettlementFixture> {
  const base = await baseFixture();
  const vaultAddress = await base.vault.getAddress();
  const registry = await ethers.deployContract("TaskRegistry", [vaultAddress]);
  const distributor = await ethers.deployContract("RewardDistributor", [vaultAddress]);
  const committee = sortByAddress(base.members.slice(0, COMMITTEE_SIZE));
  const settlement = await ethers.deployContract("RoundSettlement", [
    vaultAddress,
    await registry.getAddress(),
    await distributor.getAddress(),
    base.deployer.address,
    committee.map((m) => m.address),
    THRESHOLD,
    base.guardian.address,
  ]);
  await registry.setSettlement(await settlement.getAddress());
  await distributor.setSettlement(await settlement.getAddress());
  await base.token.connect(base.creator).approve(await registry.getAddress(), ethers.MaxUint256);
  const withTask = await setUpTask({ ...base, registry });
  return { ...withTask, distributor, settlement, committee, threshold: THRESHOLD };
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
  };
}
