import { stakingVaultAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link setCommissionRequest}: the StakingVault address and the call's arguments. */
export type SetCommissionRequestParameters = WithAddresses & {
  /** the new commission, in bps */
  commissionBps: bigint;
};

/** Parameters of {@link setCommission}. */
export type SetCommissionParameters = SetCommissionRequestParameters & WriteOptions;

/** What {@link setCommission} returns: the transaction hash. */
export type SetCommissionReturnType = WriteReturnType;

/**
 * The typed call of {@link setCommission} (`StakingVault.setCommission`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function setCommissionRequest(p: SetCommissionRequestParameters) {
  return { address: p.addresses.stakingVault, abi: stakingVaultAbi, functionName: "setCommission", args: [p.commissionBps] } as const;
}

/**
 * Changes the operator's commission: a decrease applies now, an increase after COMMISSION_DELAY seconds.
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function setCommission(client: AerieWalletClient, parameters: SetCommissionParameters): Promise<SetCommissionReturnType> {
  const request = setCommissionRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "setCommission", parameters);
}
