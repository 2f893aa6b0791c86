// viem clients over an EIP-1193 provider (a Hardhat network, a browser wallet) without importing Hardhat.
import { createPublicClient, createWalletClient, custom, getAddress, type Account, type Chain, type EIP1193Provider, type PublicClient, type Transport, type WalletClient } from "viem";

/** What {@link providerClients} returns. */
export type ProviderClients = {
  chainId: number;
  /** A public client for reads. */
  publicClient: PublicClient<Transport, Chain | undefined>;
  /** One wallet client per account the provider manages (`eth_accounts`), in its order. */
  walletClients: WalletClient<Transport, Chain | undefined, Account>[];
};

/**
 * Builds viem clients over an EIP-1193 provider; its accounts sign through it (json-rpc accounts).
 * @param provider e.g. `hre.network.provider`.
 * @param chain optional viem chain (its id must match the provider's).
 */
export async function providerClients(provider: EIP1193Provider, chain?: Chain): Promise<ProviderClients> {
  const transport = custom(provider);
  const publicClient = createPublicClient({ chain, transport });
  const chainId = await publicClient.getChainId();
  const accounts = await createWalletClient({ chain, transport }).getAddresses();
  const walletClients = accounts.map((a) => createWalletClient({ chain, transport, account: getAddress(a) }));
  return { chainId, publicClient, walletClients };
}
