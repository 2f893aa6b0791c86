import { getAddress, type Address, type BlockNumber } from "viem";
import { getContractEvents } from "viem/actions";
import { stakingVaultAbi } from "../abis";
import type { AerieClient, WithAddresses } from "../types";
import { getOperator, type GetOperatorReturnType } from "./getOperator";

/** Parameters of {@link getOperators}. */
export type GetOperatorsParameters = WithAddresses & {
  /** First block to scan for registrations (default 0; pass the vault's deployment block on long chains). */
  fromBlock?: BlockNumber | undefined;
};

/** What {@link getOperators} returns: every registered operator, by address, with its metadata URI. */
export type GetOperatorsReturnType = (GetOperatorReturnType & { metadataURI: string })[];

/**
 * Lists every registered operator (from `OperatorRegistered` and `OperatorMetadataSet` events), sorted by
 * address, with its current state.
 */
export async function getOperators(client: AerieClient, { addresses, fromBlock = 0n }: GetOperatorsParameters): Promise<GetOperatorsReturnType> {
  const [registered, metadata] = await Promise.all([
    getContractEvents(client, { address: addresses.stakingVault, abi: stakingVaultAbi, eventName: "OperatorRegistered", fromBlock, toBlock: "latest", strict: true }),
    getContractEvents(client, { address: addresses.stakingVault, abi: stakingVaultAbi, eventName: "OperatorMetadataSet", fromBlock, toBlock: "latest", strict: true }),
  ]);
  const uri = new Map<Address, string>();
  for (const log of [...registered, ...metadata].sort((a, b) => compareLogs(a, b))) uri.set(getAddress(log.args.operator), log.args.metadataURI);
  const operators = [...uri.keys()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return Promise.all(operators.map(async (operator) => ({ ...(await getOperator(client, { addresses, operator })), metadataURI: uri.get(operator) ?? "" })));
}

function compareLogs(a: { blockNumber: bigint; logIndex: number }, b: { blockNumber: bigint; logIndex: number }): number {
  return a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1;
}
