import { type Address, type Hex } from "viem";
import { rewardDistributorAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link claimAndRestakeRequest}: the RewardDistributor address and the call's arguments. */
export type ClaimAndRestakeRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
  /** wei the account earned in the task so far (from the bundle) */
  cumulativeAmount: bigint;
  /** Merkle proof of the account's leaf */
  proof: readonly Hex[];
  /** the operator to stake the claimed rewards to */
  operator: Address;
};

/** Parameters of {@link claimAndRestake}. */
export type ClaimAndRestakeParameters = ClaimAndRestakeRequestParameters & WriteOptions;

/** What {@link claimAndRestake} returns: the transaction hash. */
export type ClaimAndRestakeReturnType = WriteReturnType;

/**
 * The typed call of {@link claimAndRestake} (`RewardDistributor.claimAndRestake`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function claimAndRestakeRequest(p: ClaimAndRestakeRequestParameters) {
  return { address: p.addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "claimAndRestake", args: [p.taskId, p.cumulativeAmount, p.proof, p.operator] } as const;
}

/**
 * Claims the account's own rewards of a task and stakes them to `operator` in one transaction.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function claimAndRestake(client: AerieWalletClient, parameters: ClaimAndRestakeParameters): Promise<ClaimAndRestakeReturnType> {
  const request = claimAndRestakeRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "claimAndRestake", parameters);
}
