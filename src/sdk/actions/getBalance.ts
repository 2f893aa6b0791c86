import type { Address } from "viem";
import { readContract } from "viem/actions";
import { aerieTestTokenAbi } from "../abis";
import type { AerieClient, WithAddresses } from "../types";

/** Parameters of {@link getBalance}. */
export type GetBalanceParameters = WithAddresses & {
  /** The holder. */
  account: Address;
};

/** What {@link getBalance} returns: wei of the stake token. */
export type GetBalanceReturnType = bigint;

/** Reads an account's stake-token balance (ERC-20 `balanceOf`), in wei. */
export async function getBalance(client: AerieClient, { addresses, account }: GetBalanceParameters): Promise<GetBalanceReturnType> {
  return readContract(client, { address: addresses.token, abi: aerieTestTokenAbi, functionName: "balanceOf", args: [account] });
}
