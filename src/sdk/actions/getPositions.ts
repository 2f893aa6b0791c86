import { getAddress, type Address, type BlockNumber } from "viem";
import { getContractEvents } from "viem/actions";
import { stakingVaultAbi } from "../abis";
import type { AerieClient, WithAddresses } from "../types";
import { getPosition, type GetPositionReturnType } from "./getPosition";

/** Parameters of {@link getPositions}. */
export type GetPositionsParameters = WithAddresses & {
  /** The staker. */
  account: Address;
  /** First block to scan (default 0; pass the vault's deployment block on long chains). */
  fromBlock?: BlockNumber | undefined;
};

/** What {@link getPositions} returns: the account's non-zero positions, sorted by operator. */
export type GetPositionsReturnType = GetPositionReturnType[];

/** Lists every pool the account holds shares in (from its `SharesChanged` events), with current values. */
export async function getPositions(client: AerieClient, { addresses, account, fromBlock = 0n }: GetPositionsParameters): Promise<GetPositionsReturnType> {
  const logs = await getContractEvents(client, {
    address: addresses.stakingVault,
    abi: stakingVaultAbi,
    eventName: "SharesChanged",
    args: { account },
    fromBlock,
    toBlock: "latest",
    strict: true,
  });
  const operators = [...new Set(logs.map((l) => getAddress(l.args.operator)))].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  const positions = await Promise.all(operators.map((operator) => getPosition(client, { addresses, operator, account })));
  return positions.filter((p) => p.shares > 0n);
}
