import type { Address, Hex } from "viem";
import { rewardDistributorAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** One claim of a batch: as `claim`'s parameters. */
export type ClaimManyItem = {
  /** The task id. */
  taskId: bigint;
  /** The account whose rewards are claimed; it receives the tokens. */
  account: Address;
  /** Wei the account earned in the task over all finalized rounds. */
  cumulativeAmount: bigint;
  /** Merkle proof of the account's leaf under the task's current root. */
  proof: readonly Hex[];
};

/** Parameters of {@link claimManyRequest}: the RewardDistributor address and the call's arguments. */
export type ClaimManyRequestParameters = WithAddresses & {
  /** the claims, each as for `claim` */
  claims: readonly ClaimManyItem[];
};

/** Parameters of {@link claimMany}. */
export type ClaimManyParameters = ClaimManyRequestParameters & WriteOptions;

/** What {@link claimMany} returns: the transaction hash. */
export type ClaimManyReturnType = WriteReturnType;

/**
 * The typed call of {@link claimMany} (`RewardDistributor.claimMany`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function claimManyRequest(p: ClaimManyRequestParameters) {
  return { address: p.addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "claimMany", args: [p.claims] } as const;
}

/**
 * Claims several accounts' (or tasks') rewards in one transaction.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function claimMany(client: AerieWalletClient, parameters: ClaimManyParameters): Promise<ClaimManyReturnType> {
  const request = claimManyRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "claimMany", parameters);
}
