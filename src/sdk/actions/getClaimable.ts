import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { getAddress, type Address, type Hex } from "viem";
import { readContract } from "viem/actions";
import { z } from "zod";
import { rewardDistributorAbi } from "../abis";
import { PreconditionError } from "../errors";
import type { AerieClient, WithAddresses } from "../types";

const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/);
const decimal = z.string().regex(/^\d+$/);
/** The part of a round bundle (`aerie-round-bundle/1`) a claim needs: the task, and the cumulative rewards tree dump. */
const claimBundleSchema = z.object({
  taskId: decimal,
  merkle: z.object({
    root: hex32,
    tree: z.object({
      format: z.literal("standard-v1"),
      leafEncoding: z.array(z.string()),
      tree: z.array(hex32),
      values: z.array(z.object({ value: z.tuple([decimal, z.string(), decimal]), treeIndex: z.number().int().nonnegative() })),
    }),
  }),
});

/** Parameters of {@link getClaimable}. */
export type GetClaimableParameters = WithAddresses & {
  /** The account whose rewards are meant. */
  account: Address;
  /** A round bundle JSON (parsed), normally the task's latest finalized round's. */
  bundle: unknown;
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
 * task's current on-chain root (so the proof will verify).
 * @throws PreconditionError when the bundle has no rewards tree, or its root is not the task's on-chain root.
 */
export async function getClaimable(client: AerieClient, { addresses, account, bundle }: GetClaimableParameters): Promise<GetClaimableReturnType> {
  const parsed = claimBundleSchema.safeParse(bundle);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PreconditionError(`the bundle has no rewards tree (${issue ? issue.path.join(".") : "?"}: ${issue?.message ?? "invalid"}): pass a finalized round's bundle`);
  }
  const taskId = BigInt(parsed.data.taskId);
  const root: Hex = `0x${parsed.data.merkle.root.slice(2).toLowerCase()}`;
  const distributor = { address: addresses.rewardDistributor, abi: rewardDistributorAbi } as const;
  const [rewards, claimed] = await Promise.all([
    readContract(client, { ...distributor, functionName: "taskRewards", args: [taskId] }),
    readContract(client, { ...distributor, functionName: "claimed", args: [taskId, account] }),
  ]);
  if (rewards.root.toLowerCase() !== root) {
    throw new PreconditionError(`the bundle's root ${root} is not task ${taskId}'s on-chain root ${rewards.root}: use the latest finalized round's bundle`);
  }
  const tree = StandardMerkleTree.load(parsed.data.merkle.tree);
  if (tree.root.toLowerCase() !== root) throw new PreconditionError(`the bundle's tree has root ${tree.root}, not its stated root ${root}: the bundle is corrupt; fetch it again`);
  for (const [index, [, leafAccount, amount]] of tree.entries()) {
    if (getAddress(leafAccount) !== getAddress(account)) continue;
    const cumulativeAmount = BigInt(amount);
    const proof = tree.getProof(index).map((p): Hex => `0x${p.slice(2)}`);
    return { taskId, account, cumulativeAmount, claimed, claimable: cumulativeAmount > claimed ? cumulativeAmount - claimed : 0n, proof, root };
  }
  return { taskId, account, cumulativeAmount: 0n, claimed, claimable: 0n, proof: [], root };
}
