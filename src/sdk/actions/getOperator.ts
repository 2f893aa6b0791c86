import type { Address } from "viem";
import { readContract } from "viem/actions";
import { stakingVaultAbi } from "../abis";
import type { AerieClient, WithAddresses } from "../types";

/** Parameters of {@link getOperator}. */
export type GetOperatorParameters = WithAddresses & {
  /** The operator's address. */
  operator: Address;
};

/** What {@link getOperator} returns (wei, bps, unix seconds). */
export type GetOperatorReturnType = {
  operator: Address;
  /** Whether the address is a registered operator (all other fields are 0 when not). */
  registered: boolean;
  /** The commission in force now, in bps. */
  commissionBps: bigint;
  /** A staged commission increase, or `null` when none. */
  pendingCommission: { bps: bigint; effectiveAt: bigint } | null;
  /** Wei in the operator's active pool (self-stake + delegations). */
  stake: bigint;
  /** Active-pool shares outstanding. */
  totalShares: bigint;
  /** The unbonding pool: wei and shares of requests not yet withdrawn. */
  unbonding: { assets: bigint; shares: bigint };
  /** Results proposed with a slash of this operator and not yet finalized or voided (withdrawals wait). */
  pendingSlashes: bigint;
};

/** Reads one operator's registration, commission, stake and unbonding pool from the StakingVault. */
export async function getOperator(client: AerieClient, { addresses, operator }: GetOperatorParameters): Promise<GetOperatorReturnType> {
  const vault = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const [registered, commissionBps, [pendingBps, effectiveAt], stake, totalShares, [unbondingAssets, unbondingShares], pendingSlashes] = await Promise.all([
    readContract(client, { ...vault, functionName: "isOperator", args: [operator] }),
    readContract(client, { ...vault, functionName: "commissionOf", args: [operator] }),
    readContract(client, { ...vault, functionName: "pendingCommission", args: [operator] }),
    readContract(client, { ...vault, functionName: "stakeOf", args: [operator] }),
    readContract(client, { ...vault, functionName: "totalShares", args: [operator] }),
    readContract(client, { ...vault, functionName: "unbondingOf", args: [operator] }),
    readContract(client, { ...vault, functionName: "pendingSlashes", args: [operator] }),
  ]);
  return {
    operator,
    registered,
    commissionBps,
    pendingCommission: effectiveAt === 0n ? null : { bps: pendingBps, effectiveAt },
    stake,
    totalShares,
    unbonding: { assets: unbondingAssets, shares: unbondingShares },
    pendingSlashes,
  };
}
