// "My stake" from the node's index (GET /v1/accounts/:addr/positions) when the node is at the chain head: no log
// history in the page. What the browser signs from is checked on chain: the unstake requests' owner, operator,
// shares and unlock time here (withdraw takes their ids), and a position's shares and pool totals when it unstakes
// (readUnstakeShares).
import { zeroAddress, type Address, type PublicClient } from "viem";
import { aerieTestTokenAbi, stakingVaultAbi, type AerieAddresses } from "../sdk";
import { fetchPositions } from "./node";
import { MULTICALL, type Mine } from "./world";

/** How often and how long to wait for a node one or two blocks behind the head before using the chain instead. */
const CATCH_UP_TRIES = 3;
const CATCH_UP_MS = 250;

/** What the page needs besides the positions when it has no world: the head, the token, the unbonding period. */
export type MineFacts = { head: { number: bigint; timestamp: bigint }; readAt: number; token: { symbol: string; decimals: number }; unbondingPeriod: bigint };

/**
 * The node's answer, usable (`ok`: its index is at the head, same hash, and its requests match the chain), or why
 * not: `behind` = head − the node's indexed block (null when the node failed or disagreed), `reason` a sentence.
 */
export type NodeMine = ({ ok: true; mine: Mine } | { ok: false; behind: bigint | null; reason: string }) & MineFacts;

/**
 * Reads the account's positions and requests from the node and the head, balance and token facts from the chain,
 * in parallel; then checks every request the node lists with `getRequest` and prices it with `requestValue` at the
 * head (one multicall). Never throws for the node's sake: a node that fails, lags or disagrees gives `ok: false`.
 */
export async function loadNodeMine(client: PublicClient, addresses: AerieAddresses, nodeUrl: string, account: Address): Promise<NodeMine> {
  const token = { address: addresses.token, abi: aerieTestTokenAbi } as const;
  const vault = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  let node: Awaited<ReturnType<typeof fetchPositions>> | Error;
  const [block, balance, symbol, decimals, unbondingPeriod, first] = await Promise.all([
    client.getBlock({ blockTag: "latest" }),
    client.readContract({ ...token, functionName: "balanceOf", args: [account] }),
    client.readContract({ ...token, functionName: "symbol" }),
    client.readContract({ ...token, functionName: "decimals" }),
    client.readContract({ ...vault, functionName: "UNBONDING_PERIOD" }),
    fetchPositions(nodeUrl, account).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
  ]);
  node = first;
  // a node a block or two behind (it indexes on its own poll, e.g. right after a transaction) gets a moment to catch up
  for (let i = 0; i < CATCH_UP_TRIES && !(node instanceof Error) && node.indexedBlock < block.number && block.number - node.indexedBlock <= 2n; i++) {
    await new Promise((r) => setTimeout(r, CATCH_UP_MS));
    node = await fetchPositions(nodeUrl, account).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e))));
  }
  const facts: MineFacts = { head: { number: block.number, timestamp: block.timestamp }, readAt: Date.now(), token: { symbol, decimals }, unbondingPeriod };
  if (node instanceof Error) return { ok: false, behind: null, reason: node.message, ...facts };
  if (node.indexedBlock < block.number) return { ok: false, behind: block.number - node.indexedBlock, reason: `the node is ${block.number - node.indexedBlock} blocks behind`, ...facts };
  if (node.indexedBlock !== block.number || node.indexedHash?.toLowerCase() !== block.hash.toLowerCase())
    return { ok: false, behind: null, reason: `the node's block ${node.indexedBlock} is not the chain's head ${block.number} (${block.hash.slice(0, 10)}…)`, ...facts };
  const ids = node.requests.map((r) => r.requestId);
  const [stored, values] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          client.multicall({ ...MULTICALL, blockNumber: block.number, contracts: ids.map((id) => ({ ...vault, functionName: "getRequest" as const, args: [id] as const })) }),
          client.multicall({ ...MULTICALL, blockNumber: block.number, contracts: ids.map((id) => ({ ...vault, functionName: "requestValue" as const, args: [id] as const })) }),
        ]);
  const requests: Mine["requests"] = [];
  for (const [i, r] of node.requests.entries()) {
    const c = stored[i]!;
    if (c.owner === zeroAddress || c.owner.toLowerCase() !== account.toLowerCase() || c.operator.toLowerCase() !== r.operator.toLowerCase() || c.shares !== r.shares || BigInt(c.unlockTime) !== r.unlockTime)
      return { ok: false, behind: null, reason: `the node lists unstake request ${r.requestId}, which the chain does not hold for you as listed`, ...facts };
    requests.push({ requestId: r.requestId, operator: r.operator, shares: c.shares, assets: values[i]!, unlockTime: BigInt(c.unlockTime), withdrawable: block.timestamp >= BigInt(c.unlockTime) });
  }
  const positions = node.positions.map((p) => ({ operator: p.operator, shares: p.shares, assets: p.value, poolShares: p.poolShares, poolAssets: p.poolAssets }));
  return { ok: true, mine: { balance, positions, requests }, ...facts };
}

/**
 * The shares to unstake for `value` wei (or all of them), read on chain now (the figures on screen may come from
 * the node): `sharesOf`, `totalShares` and `stakeOf` of the operator's pool; part = value × shares ÷ assets,
 * rounded down, at most the position's shares.
 */
export async function readUnstakeShares(client: PublicClient, addresses: AerieAddresses, operator: Address, account: Address, value: bigint | "all"): Promise<bigint> {
  const vault = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const [held, poolShares, poolAssets] = await Promise.all([
    client.readContract({ ...vault, functionName: "sharesOf", args: [operator, account] }),
    client.readContract({ ...vault, functionName: "totalShares", args: [operator] }),
    client.readContract({ ...vault, functionName: "stakeOf", args: [operator] }),
  ]);
  if (value === "all") return held;
  const part = poolAssets > 0n ? (value * poolShares) / poolAssets : 0n;
  return part > held ? held : part;
}

