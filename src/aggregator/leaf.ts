// The rewards-tree leaf of the RewardDistributor (docs/PROTOCOL.md §6): its encoding and hash, with no dependency on
// the tree builder, so browser code (the wallet app) can check a proof without the native keccak the builder uses.
import { encodeAbiParameters, keccak256, type Address, type Hex } from "viem";

/** Leaf encoding of the RewardDistributor: `abi.encode(uint256 taskId, address account, uint256 cumulativeAmount)`. */
export const REWARD_LEAF_ENCODING: readonly string[] = ["uint256", "address", "uint256"];

/** The root of a task without any reward yet (no leaves). */
export const ZERO_ROOT: Hex = "0x0000000000000000000000000000000000000000000000000000000000000000";

/** A tree value: `[taskId, account, cumulativeAmount]`, uint256 values as decimal strings (JSON-safe dump). */
export type RewardLeafValue = [string, Address, string];

/**
 * The leaf hash `keccak256(bytes.concat(keccak256(abi.encode(taskId, account, cumulativeAmount))))`, what
 * `IRewardDistributor.leafHash` returns (computed with viem, independently of the tree library).
 */
export function rewardLeafHash(taskId: bigint, account: Address, cumulativeAmount: bigint): Hex {
  const encoded = encodeAbiParameters(
    [{ type: "uint256" }, { type: "address" }, { type: "uint256" }],
    [taskId, account, cumulativeAmount],
  );
  return keccak256(keccak256(encoded, "bytes"));
}
