// The seed of a round's draws (FL Alliance roles): the stake block's hash bound to the task and the round.
import { encodeAbiParameters, keccak256, zeroHash, type Hex } from "viem";

/**
 * The seed a policy's role draw uses for round `round` of task `taskId`:
 * `keccak256(abi.encode(bytes32 stakeBlockHash, uint256 taskId, uint256 round))`. The stake block's hash alone
 * would give two tasks whose rounds start in the same block (or two rounds sharing a stake block) the same draw;
 * binding the task id and the round makes their draws independent, and anyone can still reproduce them.
 *
 * @param stakeBlockHash the hash of the round's stake block (the last block at or before `roundStart`); `null` or
 *   absent: the zero hash (tests and bundles without it).
 * @returns 32 bytes, lowercase hex.
 */
export function roundDrawSeed(stakeBlockHash: Hex | null | undefined, taskId: bigint, round: bigint): Hex {
  return keccak256(
    encodeAbiParameters([{ type: "bytes32" }, { type: "uint256" }, { type: "uint256" }], [stakeBlockHash ?? zeroHash, taskId, round]),
  );
}
