import { stakingVaultAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link withdrawRequest}: the StakingVault address and the call's arguments. */
export type WithdrawRequestParameters = WithAddresses & {
  /** matured unstake request ids of the account */
  requestIds: readonly bigint[];
};

/** Parameters of {@link withdraw}. */
export type WithdrawParameters = WithdrawRequestParameters & WriteOptions;

/** What {@link withdraw} returns: the transaction hash. */
export type WithdrawReturnType = WriteReturnType;

/**
 * The typed call of {@link withdraw} (`StakingVault.withdraw`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function withdrawRequest(p: WithdrawRequestParameters) {
  return { address: p.addresses.stakingVault, abi: stakingVaultAbi, functionName: "withdraw", args: [p.requestIds] } as const;
}

/**
 * Withdraws matured unstake requests to their owner.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function withdraw(client: AerieWalletClient, parameters: WithdrawParameters): Promise<WithdrawReturnType> {
  const request = withdrawRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "withdraw", parameters);
}
