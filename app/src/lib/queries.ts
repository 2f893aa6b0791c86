// react-query hooks over the loaders: the world (refreshed every few seconds), bundles (immutable by hash), mine.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { bundleFacts, type BundleFacts } from "./bundleFacts";
import { fetchBundle, fetchOperators } from "./node";
import { useAerie, type AerieContext } from "./aerie";
import { loadNodeMine } from "./mine";
import { chooseOperators, loadMine, loadWorld, type OperatorView, type World } from "./world";
import { aerieTestTokenAbi } from "../sdk";

/** How often chain state is re-read, ms. */
export const REFRESH_MS = 4000;

/**
 * The chain world (operators, tasks, events). A refresh first asks for the head's number and keeps the world it
 * has when no block was mined since (one cheap call instead of re-reading and re-rendering every operator); when
 * blocks were mined it reads only their logs and appends them to the ones it holds. `enabled` false: only
 * observes the world another component loads (the shell's chain-error notice).
 */
export function useWorld(enabled = true) {
  const { publicClient, addresses, fromBlock, config } = useAerie();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ["world"],
    queryFn: async () => {
      const prev = queryClient.getQueryData<World>(["world"]);
      if (prev && (await publicClient.getBlockNumber({ cacheTime: 0 })) === prev.head.number) return prev;
      return loadWorld(publicClient, addresses, fromBlock, config.nodeUrl ? () => fetchOperators(config.nodeUrl) : undefined, prev);
    },
    enabled,
    refetchInterval: REFRESH_MS,
  });
}

/** How many of the latest finalized rounds feed the rewards columns and the yield estimate. */
export const RECENT_ROUNDS = 10;

/**
 * The bundles of the latest finalized rounds (at most `limit`), from the node. Bundles never change (keyed by
 * hash); a round whose bundle the node cannot serve is left out and counted in `missing`.
 */
export function useBundles(world: World | undefined, limit = RECENT_ROUNDS * 5) {
  const { config } = useAerie();
  const rounds = (world?.finalized ?? []).slice(-limit);
  return useQuery({
    queryKey: ["bundles", rounds.map((r) => r.bundleHash)],
    enabled: world !== undefined,
    staleTime: Infinity,
    queryFn: async (): Promise<{ bundles: BundleFacts[]; missing: number; error: string | null }> => {
      const settled = await Promise.allSettled(rounds.map(async (r) => bundleFacts(await fetchBundle(config.nodeUrl, r.taskId, r.round, r.bundleHash))));
      const bundles = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
      const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
      return { bundles, missing: rounds.length - bundles.length, error: failed ? String((failed.reason as Error).message) : null };
    },
  });
}

/** The connected account's balance, positions and unstake requests. */
export function useMine(world: World | undefined) {
  const { publicClient, addresses, account } = useAerie();
  return useQuery({
    queryKey: ["mine", account, world?.head.number.toString()],
    enabled: world !== undefined && account !== undefined,
    queryFn: () => loadMine(publicClient, addresses, world!, account!),
    placeholderData: (prev) => prev,
  });
}

/** The query of an account's positions from the node (key `["node-mine", account]`), shared by the page and the prefetch. */
function nodeMineQuery(ctx: Pick<AerieContext, "publicClient" | "addresses" | "config">, account: Address | undefined) {
  return {
    queryKey: ["node-mine", account] as const,
    queryFn: () => loadNodeMine(ctx.publicClient, ctx.addresses, ctx.config.nodeUrl, account!),
    // a prefetched answer (usePrefetchMine) is used as it is on mount, not fetched a second time
    staleTime: REFRESH_MS / 2,
  };
}

/**
 * The connected account's positions and requests from the node (`GET /v1/accounts/:addr/positions`), checked
 * against the head (see loadNodeMine); disabled without a node URL or a wallet. Refreshed like the world.
 */
export function useNodeMine() {
  const ctx = useAerie();
  const { account, config } = ctx;
  return useQuery({
    ...nodeMineQuery(ctx, account),
    enabled: account !== undefined && config.nodeUrl !== "",
    refetchInterval: REFRESH_MS,
    placeholderData: (prev) => prev,
  });
}

/**
 * While wagmi reconnects a wallet remembered from the last visit (`status` "reconnecting", its stored account
 * known), starts reading that account's positions from the node on `route` "stake", so that My stake does not wait
 * for the wallet's answers before its own reads start. Nothing is shown from it before the wallet has connected
 * that same account: the page's query (same key) then finds the answer in the cache or in flight.
 */
export function usePrefetchMine(route: string): void {
  const { publicClient, addresses, config } = useAerie();
  const queryClient = useQueryClient();
  const { address, status } = useAccount();
  const wanted = route === "stake" && status === "reconnecting" && address !== undefined && config.nodeUrl !== "";
  useEffect(() => {
    if (wanted) void queryClient.prefetchQuery(nodeMineQuery({ publicClient, addresses, config }, address));
  }, [wanted, address, queryClient, publicClient, addresses, config]);
}

/** The node's operators for a first paint before the world has loaded: usable only when its index is at the head. */
export type FirstOperators = { ok: true; operators: OperatorView[]; token: { symbol: string; decimals: number } } | { ok: false };

/**
 * The operators table's first paint from the node (`GET /v1/operators`, its index at the head), without waiting
 * for the world's log history; read once (the world takes over when it has loaded). Disabled without a node URL.
 */
export function useFirstOperators() {
  const { publicClient, addresses, config } = useAerie();
  return useQuery({
    queryKey: ["first-operators"],
    enabled: config.nodeUrl !== "",
    staleTime: Infinity,
    retry: false,
    queryFn: async (): Promise<FirstOperators> => {
      const token = { address: addresses.token, abi: aerieTestTokenAbi } as const;
      const [block, node, symbol, decimals] = await Promise.all([
        publicClient.getBlock({ blockTag: "latest" }),
        fetchOperators(config.nodeUrl).catch(() => null),
        publicClient.readContract({ ...token, functionName: "symbol" }),
        publicClient.readContract({ ...token, functionName: "decimals" }),
      ]);
      if (node === null || node.indexedBlock !== block.number) return { ok: false };
      return { ok: true, operators: chooseOperators([], node, block.number).operators, token: { symbol, decimals } };
    },
  });
}
