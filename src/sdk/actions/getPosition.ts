import type { Address } from "viem";
import { readContract } from "viem/actions";
import { stakingVaultAbi } from "../abis";
import type { AerieClient, WithAddresses } from "../types";

/** Parameters of {@link getPosition}. */
export type GetPositionParameters = WithAddresses & {
  /** The operator whose pool is meant. */
  operator: Address;
  /** The staker (the operator itself for its self-stake, or a delegator). */
  account: Address;
};

/** What {@link getPosition} returns (wei and shares). */
export type GetPositionReturnType = {
  operator: Address;
  account: Address;
  /** The account's active-pool shares. */
  shares: bigint;
  /** Their value now, in wei (rounded down). */
  assets: bigint;
  /** Wei in the operator's whole active pool. */
  poolStake: bigint;
  /** Shares outstanding in the operator's active pool. */
  poolShares: bigint;
};

/** Reads an account's stake in one operator's pool: shares, their value and the pool's size. */
export async function getPosition(client: AerieClient, { addresses, operator, account }: GetPositionParameters): Promise<GetPositionReturnType> {
  const vault = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const [shares, poolStake, poolShares] = await Promise.all([
    readContract(client, { ...vault, functionName: "sharesOf", args: [operator, account] }),
    readContract(client, { ...vault, functionName: "stakeOf", args: [operator] }),
    readContract(client, { ...vault, functionName: "totalShares", args: [operator] }),
  ]);
  const assets = shares === 0n ? 0n : await readContract(client, { ...vault, functionName: "convertToAssets", args: [operator, shares] });
  return { operator, account, shares, assets, poolStake, poolShares };
}
