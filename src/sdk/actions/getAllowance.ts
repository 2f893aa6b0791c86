import type { Address } from "viem";
import { readContract } from "viem/actions";
import { aerieTestTokenAbi } from "../abis";
import type { AerieClient, WithAddresses } from "../types";

/** Parameters of {@link getAllowance}. */
export type GetAllowanceParameters = WithAddresses & {
  /** The token holder. */
  owner: Address;
  /** The account allowed to pull (e.g. the StakingVault). */
  spender: Address;
};

/** What {@link getAllowance} returns: wei the spender may still pull. */
export type GetAllowanceReturnType = bigint;

/** Reads an ERC-20 allowance of the stake token, in wei. */
export async function getAllowance(client: AerieClient, { addresses, owner, spender }: GetAllowanceParameters): Promise<GetAllowanceReturnType> {
  return readContract(client, { address: addresses.token, abi: aerieTestTokenAbi, functionName: "allowance", args: [owner, spender] });
}
