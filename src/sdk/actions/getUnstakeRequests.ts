import { zeroAddress, type Address, type BlockNumber } from "viem";
import { getBlock, getContractEvents, readContract } from "viem/actions";
import { stakingVaultAbi } from "../abis";
import type { AerieClient, WithAddresses } from "../types";

/** Parameters of {@link getUnstakeRequests}. */
export type GetUnstakeRequestsParameters = WithAddresses & {
  /** The requests' owner. */
  account: Address;
  /** First block to scan (default 0). */
  fromBlock?: BlockNumber | undefined;
  /** Include requests already withdrawn (default false). */
  includeWithdrawn?: boolean | undefined;
};

/** One unstake request (wei, shares, unix seconds). */
export type UnstakeRequestInfo = {
  requestId: bigint;
  operator: Address;
  /** Unbonding-pool shares the request holds (0 once withdrawn). */
  shares: bigint;
  /** Their value now in wei (slashes while unbonding lower it; 0 once withdrawn). */
  assets: bigint;
  unlockTime: bigint;
  /** Whether it has been withdrawn. */
  withdrawn: boolean;
  /** Whether `withdraw` would accept it now (unlocked, not withdrawn; a pending slash may still block it). */
  withdrawable: boolean;
};

/** What {@link getUnstakeRequests} returns: the account's requests by id. */
export type GetUnstakeRequestsReturnType = UnstakeRequestInfo[];

/** Lists an account's unstake requests (from `UnstakeRequested` events) with their current state. */
export async function getUnstakeRequests(
  client: AerieClient,
  { addresses, account, fromBlock = 0n, includeWithdrawn = false }: GetUnstakeRequestsParameters,
): Promise<GetUnstakeRequestsReturnType> {
  const vault = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const [logs, block] = await Promise.all([
    getContractEvents(client, { ...vault, eventName: "UnstakeRequested", args: { account }, fromBlock, toBlock: "latest", strict: true }),
    getBlock(client, { blockTag: "latest" }),
  ]);
  const requests = await Promise.all(
    logs.map(async (log): Promise<UnstakeRequestInfo> => {
      const requestId = log.args.requestId;
      const [request, assets] = await Promise.all([
        readContract(client, { ...vault, functionName: "getRequest", args: [requestId] }),
        readContract(client, { ...vault, functionName: "requestValue", args: [requestId] }),
      ]);
      const withdrawn = request.owner === zeroAddress;
      return {
        requestId,
        operator: log.args.operator,
        shares: request.shares,
        assets,
        unlockTime: log.args.unlockTime,
        withdrawn,
        withdrawable: !withdrawn && block.timestamp >= log.args.unlockTime,
      };
    }),
  );
  return requests.filter((r) => includeWithdrawn || !r.withdrawn).sort((a, b) => (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0));
}
