// The app's context: config, a public client for reads, the connected wallet and why writes may be blocked.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createPublicClient, createWalletClient, custom, defineChain, http, type Address, type Chain, type PublicClient } from "viem";
import { useAccount } from "wagmi";
import type { AerieAddresses, AerieWalletClient } from "../sdk";
import type { AppConfig } from "./configType";

/** Wallet methods that go to the wallet; every other JSON-RPC method goes to the configured RPC. */
const WALLET_METHODS = new Set([
  "eth_requestAccounts",
  "eth_accounts",
  "eth_chainId",
  "eth_sendTransaction",
  "eth_signTypedData_v4",
  "personal_sign",
  "wallet_switchEthereumChain",
  "wallet_addEthereumChain",
]);

type Eip1193 = { request(args: { method: string; params?: unknown }): Promise<unknown> };

/** What every page reads from {@link useAerie}. */
export type AerieContext = {
  config: AppConfig;
  addresses: AerieAddresses;
  chain: Chain;
  publicClient: PublicClient;
  fromBlock: bigint;
  /** The connected account, or undefined (read-only). */
  account: Address | undefined;
  /** Why writes are impossible now (no wallet, wrong chain), or null when they are possible. */
  writeBlocked: string | null;
  /** A wallet client of the connected account: signing methods go to the wallet, reads to the RPC. */
  walletClient: () => Promise<AerieWalletClient>;
};

const Ctx = createContext<AerieContext | null>(null);

/** The viem chain of a config. */
export function chainOf(config: AppConfig): Chain {
  return defineChain({
    id: config.chainId,
    name: config.chainName,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [config.rpcUrl] } },
    ...(config.explorerUrl ? { blockExplorers: { default: { name: "Explorer", url: config.explorerUrl } } } : {}),
  });
}

/** Provides {@link AerieContext} below a WagmiProvider. */
export function AerieProvider({ config, addresses, children }: { config: AppConfig; addresses: AerieAddresses; children: ReactNode }) {
  const chain = useMemo(() => chainOf(config), [config]);
  const publicClient = useMemo(
    () => createPublicClient({ chain, transport: http(config.rpcUrl, { batch: { batchSize: 500, wait: 4 }, retryCount: 1 }), pollingInterval: 1000 }) as PublicClient,
    [chain, config.rpcUrl],
  );
  const { address, chainId, connector, status } = useAccount();
  const connected = status === "connected" && address !== undefined;
  const writeBlocked = !connected
    ? "Connect a wallet first: without one every page is read-only."
    : chainId !== config.chainId
      ? `Your wallet is on chain ${chainId ?? "?"}: switch it to ${config.chainName} (${config.chainId}) first.`
      : null;
  const value = useMemo<AerieContext>(
    () => ({
      config,
      addresses,
      chain,
      publicClient,
      fromBlock: BigInt(config.fromBlock),
      account: connected ? address : undefined,
      writeBlocked,
      walletClient: async () => {
        if (!connector || !address) throw new Error("no wallet connected");
        const provider = (await connector.getProvider()) as Eip1193;
        const transport = custom({
          request: async ({ method, params }: { method: string; params?: unknown }) =>
            WALLET_METHODS.has(method) ? provider.request({ method, params }) : publicClient.request({ method, params } as never),
        });
        return createWalletClient({ account: address, chain, transport });
      },
    }),
    [config, addresses, chain, publicClient, connected, address, writeBlocked, connector],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The app context. */
export function useAerie(): AerieContext {
  const v = useContext(Ctx);
  if (!v) throw new Error("useAerie outside AerieProvider");
  return v;
}
