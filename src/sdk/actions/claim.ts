import { type Address, type Hex } from "viem";
import { rewardDistributorAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link claimRequest}: the RewardDistributor address and the call's arguments. */
export type ClaimRequestParameters = WithAddresses & {
  /** the task id */
  taskId: bigint;
  /** the account whose rewards are claimed (anyone may claim for it; it receives the tokens) */
  account: Address;
  /** wei the account earned in the task over all finalized rounds (from the bundle) */
  cumulativeAmount: bigint;
  /** Merkle proof of the account's leaf under the task's current root */
  proof: readonly Hex[];
};

/** Parameters of {@link claim}. */
export type ClaimParameters = ClaimRequestParameters & WriteOptions;

/** What {@link claim} returns: the transaction hash. */
export type ClaimReturnType = WriteReturnType;

/**
 * The typed call of {@link claim} (`RewardDistributor.claim`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function claimRequest(p: ClaimRequestParameters) {
  return { address: p.addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "claim", args: [p.taskId, p.account, p.cumulativeAmount, p.proof] } as const;
}

/**
 * Claims an account's rewards of a task: pays `cumulativeAmount - claimed` wei (see `getClaimable`).
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function claim(client: AerieWalletClient, parameters: ClaimParameters): Promise<ClaimReturnType> {
  const request = claimRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "claim", parameters);
}
