import { type Address } from "viem";
import { aerieTestTokenAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link approveRequest}: the the stake token address and the call's arguments. */
export type ApproveRequestParameters = WithAddresses & {
  /** the account allowed to pull tokens (e.g. the StakingVault or TaskRegistry) */
  spender: Address;
  /** wei the spender may pull */
  amount: bigint;
};

/** Parameters of {@link approve}. */
export type ApproveParameters = ApproveRequestParameters & WriteOptions;

/** What {@link approve} returns: the transaction hash. */
export type ApproveReturnType = WriteReturnType;

/**
 * The typed call of {@link approve} (`the stake token.approve`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function approveRequest(p: ApproveRequestParameters) {
  return { address: p.addresses.token, abi: aerieTestTokenAbi, functionName: "approve", args: [p.spender, p.amount] } as const;
}

/**
 * Approves `spender` to pull `amount` wei of the stake token from the account (ERC-20 `approve`).
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function approve(client: AerieWalletClient, parameters: ApproveParameters): Promise<ApproveReturnType> {
  const request = approveRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "approve", parameters);
}
