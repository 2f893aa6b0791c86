import { stakingVaultAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link registerOperatorRequest}: the StakingVault address and the call's arguments. */
export type RegisterOperatorRequestParameters = WithAddresses & {
  /** commission on delegators' rewards, in bps (<= MAX_COMMISSION_BPS) */
  commissionBps: bigint;
  /** where the operator describes itself */
  metadataURI: string;
};

/** Parameters of {@link registerOperator}. */
export type RegisterOperatorParameters = RegisterOperatorRequestParameters & WriteOptions;

/** What {@link registerOperator} returns: the transaction hash. */
export type RegisterOperatorReturnType = WriteReturnType;

/**
 * The typed call of {@link registerOperator} (`StakingVault.registerOperator`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function registerOperatorRequest(p: RegisterOperatorRequestParameters) {
  return { address: p.addresses.stakingVault, abi: stakingVaultAbi, functionName: "registerOperator", args: [p.commissionBps, p.metadataURI] } as const;
}

/**
 * Registers the account as an operator with a commission (bps).
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function registerOperator(client: AerieWalletClient, parameters: RegisterOperatorParameters): Promise<RegisterOperatorReturnType> {
  const request = registerOperatorRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "registerOperator", parameters);
}
