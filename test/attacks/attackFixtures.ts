import { ethers } from "hardhat";
import { time } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import type { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import type { AttackProxy } from "../../typechain-types";
import { CHALLENGE_WINDOW, DAY } from "../shared/constants";
import { fundedSystem, hashSlashes, rewardsTree, signResult, taskFixture, type FundedSystem, type RoundResult, type Slash } from "../shared/fixtures";
import { mintAndApprove, type TokenName } from "../shared/system";

export { BPS, Role, VIRTUAL_ASSETS, VIRTUAL_SHARES } from "../shared/constants";
export { ceilDiv, slashAmount, slashCuts, slashSplit, toAssets, toShares } from "../shared/sharesMath";
export { sortByAddress } from "../shared/system";

/** A token the attack fixtures can deploy the system with: every mock here has `mint(to, amount)`. */
export type MockTokenName = TokenName;

/** What every attack fixture returns: the four real contracts wired together and the actors. */
export type AttackSystem<T extends MockTokenName = MockTokenName> = FundedSystem<T> & {
  /** Extra accounts that are not part of the system: the attacker, a victim and a non-member signer. */
  attacker: HardhatEthersSigner;
  victim: HardhatEthersSigner;
  outsider: HardhatEthersSigner;
};

/**
 * The real system on the mock token `tokenName` (test/shared/fixtures.ts#fundedSystem: docs/PROTOCOL.md §8 defaults,
 * 2-of-3 committee, six operators registered at 10% commission, each self-staked `1,000 * unit` wei, the creator
 * holding `100,000 * unit` wei approved to the registry), with the attacker and the victim funded like the
 * delegators (`10,000 * unit` wei approved to the vault). `unit` follows the token's decimals.
 * @param tokenName which mock token (`contracts/test/`) to deploy.
 * @param selfStake whether the operators self-stake (false for a token the vault refuses, e.g. fee-on-transfer).
 * @returns the wired system and its actors.
 */
export async function deploySystemWith<T extends MockTokenName>(tokenName: T, selfStake = true): Promise<AttackSystem<T>> {
  const [attacker, victim, outsider] = (await ethers.getSigners()).slice(16, 19);
  const f = await fundedSystem({ token: tokenName, selfStake, alsoFund: [attacker, victim] });
  return { ...f, attacker, victim, outsider };
}

/** `taskFixture` (test/shared/fixtures.ts) plus the extra actors of `AttackSystem`, funded as there. */
export async function attackTaskFixture() {
  const f = await taskFixture();
  const signers = await ethers.getSigners();
  const [attacker, victim, outsider] = signers.slice(16, 19);
  await mintAndApprove(f, [attacker, victim], 10_000n * f.unit, await f.vault.getAddress());
  const proxy = (await ethers.deployContract("AttackProxy")) as unknown as AttackProxy;
  return { ...f, attacker, victim, outsider, proxy };
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
 * i.e. later rounds of a cumulative tree). `bundleHash` is `id("bundle-<taskId>-<round>-<tag>")`, `bundleURI`
 * `ipfs://bundle-<taskId>-<round>-<tag>`.
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
    bundleURI: `ipfs://bundle-${taskId}-${round}-${opts.tag ?? ""}`,
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
  await time.increaseTo(proposedAt + CHALLENGE_WINDOW);
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
