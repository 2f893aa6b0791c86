import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { getAddress, type Address, type Hex } from "viem";
import { readContract } from "viem/actions";
import { z } from "zod";
import { rewardDistributorAbi } from "../abis";
import { PreconditionError } from "../errors";
import type { AerieClient, WithAddresses } from "../types";

const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/);
const decimal = z.string().regex(/^\d+$/);
const dumpSchema = z.object({
  format: z.literal("standard-v1"),
  leafEncoding: z.array(z.string()),
  tree: z.array(hex32),
  values: z.array(z.object({ value: z.tuple([decimal, z.string(), decimal]), treeIndex: z.number().int().nonnegative() })),
});
/**
 * The part of a round bundle a claim needs: the task, the root, and either the tree dump (`aerie-round-bundle/1`, `/2`)
 * or the per-account outputs the tree is rebuilt from (`/3`). Accounts are read as given (one is looked at).
 */
const claimBundleSchema = z.object({
  taskId: decimal,
  merkle: z.object({ root: hex32, tree: dumpSchema.nullable().optional() }),
  outputs: z.object({ accounts: z.array(z.object({ account: z.string(), cumulativeAmount: decimal }).loose()) }).loose().optional(),
});

/**
 * Builds the task's rewards tree from every account's cumulative amount (account order, non-zero amounts) and returns
 * its root and the proof of the entry at `index`. Inject a faster builder than the default (`StandardMerkleTree.of`)
 * where one is available, e.g. the aggregator's native tree (`buildFastRewardsTree`), as the CLI does.
 */
export type RewardsProofBuilder = (taskId: bigint, entries: readonly { account: string; cumulativeAmount: bigint }[], index: number) => { root: Hex; proof: Hex[] };

/** The default {@link RewardsProofBuilder}: `StandardMerkleTree.of` (works in a browser; slow at a million leaves). */
export const libraryProofBuilder: RewardsProofBuilder = (taskId, entries, index) => {
  const tree = StandardMerkleTree.of(
    entries.map((e) => [taskId.toString(), e.account, e.cumulativeAmount.toString()]),
    ["uint256", "address", "uint256"],
  );
  return { root: tree.root as Hex, proof: tree.getProof(index) as Hex[] };
};

/** Parameters of {@link getClaimable}. */
export type GetClaimableParameters = WithAddresses & {
  /** The account whose rewards are meant. */
  account: Address;
  /** A round bundle JSON (parsed), normally the task's latest finalized round's. */
  bundle: unknown;
  /** Builds the tree of an `aerie-round-bundle/3` (no dump in it); default {@link libraryProofBuilder}. */
  buildProof?: RewardsProofBuilder;
};

/** What {@link getClaimable} returns (wei), with the claim's arguments. */
export type GetClaimableReturnType = {
  taskId: bigint;
  account: Address;
  /** Wei the account earned in the task over all finalized rounds (its leaf; 0 without a leaf). */
  cumulativeAmount: bigint;
  /** Wei already paid out to it. */
  claimed: bigint;
  /** `cumulativeAmount - claimed` (0 when nothing is left). */
  claimable: bigint;
  /** The Merkle proof of its leaf (`[]` without a leaf). */
  proof: Hex[];
  /** The bundle's root, equal to the task's on-chain root. */
  root: Hex;
};

/**
 * What an account can claim of a task, from a round bundle: cumulative − claimed. The bundle's root must be the
 * task's current on-chain root, and the account's proof is checked against that root (one proof: O(log N) hashes) —
 * the round itself is not recomputed. The proof comes from the bundle's tree dump (`/1`, `/2`) or, for `/3`, from the
 * tree rebuilt from `outputs.accounts` by `buildProof`.
 * @throws PreconditionError when the bundle has neither a tree dump nor outputs, its root is not the task's on-chain
 *   root, or the account's proof does not verify under it (a corrupt bundle).
 */
export async function getClaimable(client: AerieClient, { addresses, account, bundle, buildProof }: GetClaimableParameters): Promise<GetClaimableReturnType> {
  const parsed = claimBundleSchema.safeParse(bundle);
  const data = parsed.success ? parsed.data : undefined;
  if (data === undefined || (!data.merkle.tree && data.outputs === undefined)) {
    const issue = parsed.success ? undefined : parsed.error.issues[0];
    throw new PreconditionError(`the bundle has no rewards tree (${issue ? `${issue.path.join(".")}: ${issue.message}` : "merkle.tree and outputs.accounts: missing"}): pass a finalized round's bundle`);
  }
  const taskId = BigInt(data.taskId);
  const root: Hex = `0x${data.merkle.root.slice(2).toLowerCase()}`;
  const distributor = { address: addresses.rewardDistributor, abi: rewardDistributorAbi } as const;
  const [rewards, claimed] = await Promise.all([
    readContract(client, { ...distributor, functionName: "taskRewards", args: [taskId] }),
    readContract(client, { ...distributor, functionName: "claimed", args: [taskId, account] }),
  ]);
  if (rewards.root.toLowerCase() !== root) {
    throw new PreconditionError(`the bundle's root ${root} is not task ${taskId}'s on-chain root ${rewards.root}: use the latest finalized round's bundle`);
  }
  const none = { taskId, account, cumulativeAmount: 0n, claimed, claimable: 0n, proof: [] as Hex[], root };
  const wanted = account.toLowerCase();
  let found: { cumulativeAmount: bigint; proof: Hex[] } | undefined;
  if (data.merkle.tree) {
    const tree = StandardMerkleTree.load(data.merkle.tree);
    for (const [index, [, leafAccount, amount]] of tree.entries()) {
      if (leafAccount.toLowerCase() !== wanted) continue;
      found = { cumulativeAmount: BigInt(amount), proof: tree.getProof(index).map((p): Hex => `0x${p.slice(2)}`) };
      break;
    }
  } else {
    const accounts = data.outputs!.accounts;
    const index = accounts.findIndex((a) => a.account.toLowerCase() === wanted);
    if (index >= 0) {
      const entries = accounts.map((a) => ({ account: a.account, cumulativeAmount: BigInt(a.cumulativeAmount) }));
      const built = (buildProof ?? libraryProofBuilder)(taskId, entries, index);
      if (built.root.toLowerCase() !== root) {
        throw new PreconditionError(`the bundle's accounts rebuild root ${built.root}, not its stated root ${root}: the bundle is corrupt; fetch it again`);
      }
      found = { cumulativeAmount: entries[index]!.cumulativeAmount, proof: built.proof };
    }
  }
  if (found === undefined) return none;
  // the one check that matters for the claim: this leaf and proof against the on-chain root
  if (!StandardMerkleTree.verify(rewards.root, ["uint256", "address", "uint256"], [taskId.toString(), getAddress(account), found.cumulativeAmount.toString()], found.proof)) {
    throw new PreconditionError(`the bundle's proof for ${account} does not verify under task ${taskId}'s on-chain root ${rewards.root}: the bundle is corrupt; fetch it again`);
  }
  const { cumulativeAmount, proof } = found;
  return { taskId, account, cumulativeAmount, claimed, claimable: cumulativeAmount > claimed ? cumulativeAmount - claimed : 0n, proof, root };
}
