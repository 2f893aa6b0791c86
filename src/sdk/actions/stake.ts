import { type Address } from "viem";
import { stakingVaultAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link stakeRequest}: the StakingVault address and the call's arguments. */
export type StakeRequestParameters = WithAddresses & {
  /** the operator whose pool is meant (the account itself: self-stake) */
  operator: Address;
  /** wei to stake (approved to the vault beforehand) */
  amount: bigint;
};

/** Parameters of {@link stake}. */
export type StakeParameters = StakeRequestParameters & WriteOptions;

/** What {@link stake} returns: the transaction hash. */
export type StakeReturnType = WriteReturnType;

/**
 * The typed call of {@link stake} (`StakingVault.stake`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function stakeRequest(p: StakeRequestParameters) {
  return { address: p.addresses.stakingVault, abi: stakingVaultAbi, functionName: "stake", args: [p.operator, p.amount] } as const;
}

/**
 * Stakes `amount` wei to `operator`'s pool (self-stake or delegation); the vault pulls the tokens (approve first, or use `stakeWithPermit`).
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function stake(client: AerieWalletClient, parameters: StakeParameters): Promise<StakeReturnType> {
  const request = stakeRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "stake", parameters);
}
