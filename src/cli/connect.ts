// Reaching the chain for a command: viem clients over the network's RPC URL (Hardhat only for the in-process
// network), the address book by chain id, checked against the chain, and the signing account.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createPublicClient, createWalletClient, defineChain, getAddress, http, isAddress, type Address, type Hash, type PublicClient, type TransactionReceipt } from "viem";

import { NetworkError } from "../lib/errors";
import { envPrivateKeys, HARDHAT_MNEMONIC, LOCAL_ACCOUNT_COUNT, networkConfig, type NetworkConfig } from "../io/networks";
import { checkDeployment } from "../sdk/actions/checkDeployment";
import { providerClients } from "../sdk/clients";
import { waitForReceipt } from "../sdk/actions/waitForReceipt";
import { getCode } from "viem/actions";
import { codeHash } from "../sdk/codeHash";
import { addressBookPath, aerieAddresses, CONTRACT_NAMES, defaultDeploymentsDir, findV1Book, loadAddressBook, type AddressBook, type AerieAddresses } from "../sdk/addressBook";
import { AddressBookError, PreconditionError } from "../sdk/errors";
import type { AerieWalletClient } from "../sdk/types";
import type { Globals } from "./context";

/** A command's view of the chain. */
export type Chain = {
  network: NetworkConfig;
  chainId: number;
  /** Reads (and receipts). */
  publicClient: PublicClient;
  book: AddressBook;
  /** The file the book was read from. */
  bookPath: string;
  addresses: AerieAddresses;
  /** The signing account's wallet (`--account`); set when the command writes. */
  wallet: AerieWalletClient | undefined;
  /** The account a command acts for or reads: the signer, or `--account <address>` on a read. */
  account: Address | undefined;
  /** Another configured account's wallet (committee members signing locally). */
  walletFor(who: string): Promise<AerieWalletClient>;
};

/** The accounts a network signs with: how many, and each one's wallet client by index. */
export type Signers = { count: number; wallet(index: number): Promise<AerieWalletClient> };

/**
 * Connects to `globals.network`: checks the node's chain id against the network, loads the address book of that
 * chain id and checks every contract's code hash against it, then picks the `--account` (writes need its key).
 * Nothing is sent here; a command sends only after this passed.
 * @throws {NetworkError} for an unknown network, an unreachable node, or a node of another chain.
 * @throws {AddressBookError} when there is no book for the chain, it is stale or foreign, or a code hash differs.
 * @throws {PreconditionError} when the signing account is not configured.
 */
export async function connect(globals: Globals, options: { write: boolean }): Promise<Chain> {
  const { network, chainId, publicClient, signers } = await openNetwork(globals);
  const dir = deploymentsDir(globals, network);
  const book = loadAddressBook(chainId, dir);
  const bookPath = existsSync(addressBookPath(chainId, dir)) ? addressBookPath(chainId, dir) : (findV1Book(chainId, dir)?.path ?? addressBookPath(chainId, dir));
  // Writes check everything (code hashes against the book and this version's artifacts) before sending; reads
  // check that every contract of the book has the recorded code (cheaper: no artifact hashing).
  if (options.write) await checkDeployment(publicClient, { book, path: bookPath });
  else await checkCodeMatchesBook(publicClient, book, bookPath);
  const addresses = aerieAddresses(book);
  const walletFor = (who: string) => pickWallet(signers, network, who);
  const who = globals.account ?? "0";
  let wallet: AerieWalletClient | undefined;
  let account: Address | undefined;
  if (!options.write && isAddress(who, { strict: false })) account = getAddress(who);
  else {
    wallet = await walletFor(who);
    account = wallet.account.address;
  }
  return { network, chainId, publicClient, book, bookPath, addresses, wallet, account, walletFor };
}

/** The network's clients and signers, its chain id checked against the network's (before any book is read). */
export type OpenNetwork = { network: NetworkConfig; chainId: number; publicClient: PublicClient; signers: Signers };

/**
 * Opens `globals.network`: viem clients over its RPC URL (Hardhat's provider for the in-process network) and checks
 * that the node is the network's chain.
 * @throws {NetworkError} for an unknown network, an unreachable node, or a node of another chain.
 */
export async function openNetwork(globals: Globals): Promise<OpenNetwork> {
  const network = networkConfig(globals.network);
  const { publicClient, signers } = network.rpcUrl === undefined ? await inProcessClients(network) : rpcClients(network, network.rpcUrl);
  const chainId = await chainIdOf(publicClient, network);
  if (chainId !== network.chainId) {
    throw new NetworkError(
      `the node at ${network.rpcUrl} is chain ${chainId}, but ${network.name} is chain ${network.chainId}: pick the --network of that node, or point ${network.rpcUrlVariable} at a ${network.name} node`,
    );
  }
  return { network, chainId, publicClient, signers };
}

/**
 * The address-book directory: `--deployments`, else `./deployments` (`./deployments/hardhat` for the in-process
 * network, whose chain id 31337 is also localhost's, as scripts/deploy.ts does).
 */
export function deploymentsDir(globals: Globals, network: NetworkConfig): string {
  return globals.deployments ?? (network.rpcUrl === undefined ? join(defaultDeploymentsDir(), "hardhat") : defaultDeploymentsDir());
}

/**
 * Waits for a sent transaction and returns its hash, gas used and receipt.
 * @throws {ContractRevertError} when it reverted on chain (the state changed after the simulation).
 */
export async function confirm(chain: Chain, sent: Promise<{ hash: Hash }>): Promise<{ hash: Hash; gasUsed: bigint; receipt: TransactionReceipt }> {
  const { hash } = await sent;
  const receipt = await waitForReceipt(chain.publicClient, { hash });
  return { hash, gasUsed: receipt.gasUsed, receipt };
}

/**
 * Checks that each contract of `book` has code on the chain and, where the book records a code hash, that code.
 * @throws {AddressBookError} for a missing contract (a restarted node) or a different code hash (a foreign book).
 */
async function checkCodeMatchesBook(client: PublicClient, book: AddressBook, path: string): Promise<void> {
  const entries = CONTRACT_NAMES.flatMap((name) => (book.contracts[name] ? [[name, book.contracts[name]] as const] : []));
  const codes = await Promise.all(entries.map(([, e]) => getCode(client, { address: e.address })));
  for (const [i, [name, entry]] of entries.entries()) {
    const code = codes[i];
    if (code === undefined || code === "0x") {
      throw new AddressBookError(`${path}: ${name} at ${entry.address} has no code on chain ${book.chainId} (was the node restarted?): delete the book and deploy again`);
    }
    if (entry.codeHash !== null && codeHash(code) !== entry.codeHash.toLowerCase()) {
      throw new AddressBookError(`${path}: ${name} at ${entry.address} has code ${codeHash(code).slice(0, 10)}…, the book recorded ${entry.codeHash.slice(0, 10)}… (a foreign or stale book): delete the book and deploy again`);
    }
  }
}

async function chainIdOf(client: PublicClient, network: NetworkConfig): Promise<number> {
  const { getChainId } = await import("viem/actions");
  try {
    return await getChainId(client);
  } catch (error) {
    const reason = (error as { shortMessage?: string }).shortMessage ?? String(error);
    const fix =
      network.accounts === "env"
        ? `check that ${network.rpcUrlVariable} is a working ${network.name} RPC URL (chain ${network.chainId})`
        : `start the node (npx hardhat node) or set ${network.rpcUrlVariable}`;
    throw new NetworkError(`cannot reach ${network.name} at ${network.rpcUrl} (${reason}): ${fix}`, { cause: error });
  }
}

/** A viem chain for a network (writes sign for its chain id without asking the node). */
function chainOf(network: NetworkConfig) {
  return defineChain({ id: network.chainId, name: network.name, nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: network.rpcUrl ? [network.rpcUrl] : [] } } });
}

function rpcClients(network: NetworkConfig, url: string): { publicClient: Chain["publicClient"]; signers: Signers } {
  const chain = chainOf(network);
  const transport = http(url, { batch: true, retryCount: 0 });
  const publicClient = createPublicClient({ chain, transport });
  const keys = network.accounts === "env" ? envPrivateKeys() : [];
  const count = network.accounts === "env" ? keys.length : LOCAL_ACCOUNT_COUNT;
  const wallet = async (index: number): Promise<AerieWalletClient> => {
    const { mnemonicToAccount, privateKeyToAccount } = await import("viem/accounts");
    const account = network.accounts === "env" ? privateKeyToAccount(keys[index]!) : mnemonicToAccount(HARDHAT_MNEMONIC, { addressIndex: index });
    return createWalletClient({ chain, transport, account });
  };
  return { publicClient, signers: { count, wallet } };
}

/**
 * Loads Hardhat for `network` (deployment, and the in-process network), registering ts-node for hardhat.config.ts
 * when this process is plain node (the built CLI).
 * @throws {NetworkError} when this process already runs Hardhat on another network.
 */
export async function loadHardhat(network: string) {
  process.env.HARDHAT_NETWORK ??= network;
  if (!(Symbol.for("ts-node.register.instance") in process)) {
    const { register } = await import("ts-node");
    register({ transpileOnly: true });
  }
  const hre = (await import("hardhat")).default;
  if (hre.network.name !== network) throw new NetworkError(`this process runs Hardhat on ${hre.network.name}, not ${network}: run the command in its own process with --network ${network}`);
  return hre;
}

async function inProcessClients(network: NetworkConfig): Promise<{ publicClient: Chain["publicClient"]; signers: Signers }> {
  // The in-process network lives only inside this process: the one case where a command other than deploy loads Hardhat.
  const hre = await loadHardhat(network.name);
  const chain = chainOf(network);
  const { publicClient, walletClients } = await providerClients(hre.network.provider, chain);
  return { publicClient, signers: { count: walletClients.length, wallet: async (i) => walletClients[i]! } };
}

async function pickWallet(signers: Signers, network: NetworkConfig, who: string): Promise<AerieWalletClient> {
  const hint = network.accounts === "env" ? "add its private key to AERIE_PRIVATE_KEYS" : `local networks sign with the ${LOCAL_ACCOUNT_COUNT} Hardhat test accounts`;
  if (/^\d+$/.test(who)) {
    const index = Number(who);
    if (index >= signers.count) throw new PreconditionError(`account ${index} is not configured on ${network.name} (it has ${signers.count}): pick 0..${signers.count - 1}, or ${hint}`);
    return signers.wallet(index);
  }
  if (!isAddress(who, { strict: false })) throw new PreconditionError(`--account: '${who}' is neither an account index nor an address: pass e.g. --account 3 or --account 0xabc…`);
  for (let i = 0; i < signers.count; i++) {
    const w = await signers.wallet(i);
    if (w.account.address.toLowerCase() === who.toLowerCase()) return w;
  }
  throw new PreconditionError(`${getAddress(who)} is not one of ${network.name}'s configured accounts: ${hint}`);
}
