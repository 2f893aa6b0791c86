// The cumulative rewards Merkle tree of a task (docs/PROTOCOL.md §6, IRewardDistributor): OpenZeppelin StandardMerkleTree
// over [taskId, account, cumulativeAmount], built by the byte-identical fast tree (fastTree.ts; the identity with
// the library is property-tested in test/aggregator/fastTree.test.ts and checked at 100,000 leaves by bench/merkle.ts).
import { getAddress, isAddress, type Address, type Hex } from "viem";

import { InvalidInputError } from "../lib/errors";
import { compareAddresses } from "../lib/order";
import { rewardLeafHash, ZERO_ROOT, type RewardLeafValue } from "./leaf";
import { buildRewardsTree as buildFastTree, type FastRewardsTree, type FastTreeDump } from "./fastTree";

// ------------------------------------------------------------------ constants

export { REWARD_LEAF_ENCODING, ZERO_ROOT, rewardLeafHash, type RewardLeafValue } from "./leaf";

// ------------------------------------------------------------------ types


/**
 * The rewards tree: the subset of `StandardMerkleTree<RewardLeafValue>` Aerie uses (same root, proofs, entries and
 * `dump()`, byte for byte), plus O(1) account lookup. Entry indices are account order.
 */
export type RewardsTree = {
  /** The root, `0x`-hex. */
  readonly root: Hex;
  /** Number of leaves. */
  readonly length: number;
  /** `[index, value]` per leaf, in account order (as `StandardMerkleTree#entries`). */
  entries(): IterableIterator<[number, RewardLeafValue]>;
  /** The proof of leaf `index`, siblings bottom-up (as `StandardMerkleTree#getProof(index)`). */
  getProof(index: number): Hex[];
  /** The leaf hash of a value (as `StandardMerkleTree#leafHash`). */
  leafHash(value: RewardLeafValue): Hex;
  /** Exactly `StandardMerkleTree#dump()` (`standard-v1`). */
  dump(): FastTreeDump;
  /** The fast tree underneath (proofs by account in O(log N), all proofs at once). */
  readonly fast: FastRewardsTree;
};

/** Output of {@link buildRewardsTree}. */
export type BuildRewardsTreeReturnType = {
  /** The tree, or `null` when no account has a non-zero cumulative amount. */
  tree: RewardsTree | null;
  /** `tree.root`, or {@link ZERO_ROOT} when there is no tree. */
  root: Hex;
};

// ------------------------------------------------------------------ functions

/**
 * Builds the task's cumulative rewards tree (docs/PROTOCOL.md §6): one leaf `[taskId, account, cumulativeAmount]` per
 * account with a non-zero amount, values in account order (numeric), leaves sorted by hash
 * (StandardMerkleTree default), so the same inputs always give the same tree and dump.
 *
 * @param taskId the task id.
 * @param cumulative every account's cumulative amount (wei) over the task's rounds so far.
 * @throws {InvalidInputError} on a negative task id or amount, an invalid address, or an account listed twice.
 */
export function buildRewardsTree(taskId: bigint, cumulative: readonly { account: Address; amount: bigint }[]): BuildRewardsTreeReturnType {
  if (taskId < 0n) throw new InvalidInputError(`merkle: taskId must be >= 0, got ${taskId}`);
  const seen = new Set<string>();
  const values: RewardLeafValue[] = [...cumulative]
    .map((c) => {
      if (!isAddress(c.account, { strict: false })) throw new InvalidInputError(`merkle: invalid account address ${c.account}`);
      const key = c.account.toLowerCase();
      if (seen.has(key)) throw new InvalidInputError(`merkle: account ${c.account} listed twice`);
      seen.add(key);
      if (c.amount < 0n) throw new InvalidInputError(`merkle: amount of ${c.account} must be >= 0 wei, got ${c.amount}`);
      return { account: getAddress(c.account), amount: c.amount };
    })
    .filter((c) => c.amount > 0n)
    .sort((a, b) => compareAddresses(a.account, b.account))
    .map((c): RewardLeafValue => [taskId.toString(10), c.account, c.amount.toString(10)]);
  if (values.length === 0) return { tree: null, root: ZERO_ROOT };
  const fast = buildFastTree(
    taskId,
    values.map(([, account, amount]) => ({ account, cumulativeAmount: BigInt(amount) })),
  );
  const tree: RewardsTree = {
    root: fast.root,
    length: values.length,
    *entries() {
      for (let i = 0; i < values.length; i++) yield [i, values[i]!];
    },
    getProof: (index) => fast.proof(index),
    leafHash: (value) => rewardLeafHash(BigInt(value[0]), value[1], BigInt(value[2])),
    dump: () => fast.dump(),
    fast,
  };
  return { tree, root: fast.root };
}

/**
 * The Merkle proof of `account`'s leaf, in O(log N).
 *
 * @returns the sibling hashes, bottom-up, as `RewardDistributor.claim` expects them.
 * @throws {InvalidInputError} if the account has no leaf in the tree.
 */
export function proofFor(tree: RewardsTree, account: Address): Hex[] {
  const index = tree.fast.indexOf(account);
  if (index < 0) throw new InvalidInputError(`merkle: account ${account} has no leaf in the rewards tree`);
  return tree.fast.proof(index);
}

