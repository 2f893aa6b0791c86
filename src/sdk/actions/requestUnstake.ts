import { parseEventLogs, type Address, type Log } from "viem";
import { stakingVaultAbi } from "../abis";
import { encodeFunctionData, sendCalldata } from "../internal/send";
import type { AerieWalletClient, WithAddresses, WriteOptions, WriteReturnType } from "../types";

/** Parameters of {@link requestUnstakeRequest}: the StakingVault address and the call's arguments. */
export type RequestUnstakeRequestParameters = WithAddresses & {
  /** the operator whose pool is meant */
  operator: Address;
  /** active-pool shares to unstake */
  shares: bigint;
};

/** Parameters of {@link requestUnstake}. */
export type RequestUnstakeParameters = RequestUnstakeRequestParameters & WriteOptions;

/** What {@link requestUnstake} returns: the transaction hash. */
export type RequestUnstakeReturnType = WriteReturnType;

/**
 * The typed call of {@link requestUnstake} (`StakingVault.requestUnstake`), for viem's `writeContract` or a transaction queue. Pure.
 */
export function requestUnstakeRequest(p: RequestUnstakeRequestParameters) {
  return { address: p.addresses.stakingVault, abi: stakingVaultAbi, functionName: "requestUnstake", args: [p.operator, p.shares] } as const;
}

/**
 * Requests to unstake `shares` of the account's shares in `operator`'s pool; withdrawable after UNBONDING_PERIOD seconds (read the id with `parseUnstakeRequested`).
 * Simulates first, so a revert throws a decoded ContractRevertError and nothing is sent.
 * @param client wallet client of the sending account.
 * @returns the transaction hash (wait with `waitForReceipt`).
 * @throws ContractRevertError with the custom error's name, arguments and what to do.
 */
export async function requestUnstake(client: AerieWalletClient, parameters: RequestUnstakeParameters): Promise<RequestUnstakeReturnType> {
  const request = requestUnstakeRequest(parameters);
  return sendCalldata(client, request.address, encodeFunctionData(request), "requestUnstake", parameters);
}

/**
 * The unstake requests a transaction created (from its `UnstakeRequested` logs), in log order.
 * @param logs a receipt's logs (`waitForReceipt(...).logs`).
 */
export function parseUnstakeRequested(logs: readonly Log[]) {
  return parseEventLogs({ abi: stakingVaultAbi, logs: [...logs], eventName: "UnstakeRequested" }).map((l) => l.args);
}
