import { type Address } from "viem";
import { aerieTestTokenAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link mintRequest}: the the stake token address and the call's arguments. */
export type MintRequestParameters = WithAddresses & {
  /** the receiver */
  to: Address;
  /** wei to mint */
  amount: bigint;
};

/** Parameters of {@link mint}. */
export type MintParameters = MintRequestParameters & WriteOptions;

/** What {@link mint} returns: the transaction hash. */
export type MintReturnType = WriteReturnType;

/**
 * The typed call of {@link mint} (`the stake token.mint`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function mintRequest(p: MintRequestParameters) {
  return { address: p.addresses.token, abi: aerieTestTokenAbi, functionName: "mint", args: [p.to, p.amount] } as const;
}

/**
 * Mints test tokens (AerieTestToken only; the token owner signs). Real tokens cannot be minted.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function mint(client: AerieWalletClient, parameters: MintParameters): Promise<MintReturnType> {
  const request = mintRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "mint", parameters);
}
