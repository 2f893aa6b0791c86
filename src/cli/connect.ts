// Reaching the chain for a command: the network's clients, the address book and the signing account.
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { Address, WalletClient } from "viem";

import type { Contracts } from "../chain/actions";
import type { AddressBook } from "../chain/addressBook";
import type { ChainContext } from "../chain/context";
import { AddressBookError, NetworkError } from "../lib/errors";
import { networkConfig } from "../io/networks";
import type { Globals } from "./context";
import { join } from "node:path";

/** A command's view of the chain. */
export type Chain = {
  ctx: ChainContext;
  book: AddressBook;
  c: Contracts;
  /** The signing account's wallet (`--account`); present when the command writes. */
  wallet: WalletClient | undefined;
  /** The `--account` address, when one is configured or given as an address. */
  account: Address | undefined;
};

let hreCache: HardhatRuntimeEnvironment | undefined;
function loadHardhat(network: string): HardhatRuntimeEnvironment {
  if (!hreCache) {
    process.env.HARDHAT_NETWORK ??= network;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    hreCache = require("hardhat") as HardhatRuntimeEnvironment;
  }
  if (hreCache.network.name !== network) throw new NetworkError(`this process runs on network ${hreCache.network.name}, not ${network}: start a new one with --network ${network}`);
  return hreCache;
}

/**
 * Connects to `globals.network`, checks the address book against the node, and picks the signing account.
 * @throws {NetworkError} for an unknown network.
 * @throws {AddressBookError} when there is no book, it is for another chain, or its contracts are not on the chain.
 */
export async function connect(globals: Globals, options: { write: boolean }): Promise<Chain> {
  const network = networkConfig(globals.network);
  const hre = loadHardhat(network.name);
  const { chainContext, walletFor } = await import("../chain/context");
  const { readAddressBook, addressBookPath } = await import("../chain/addressBook");
  const { deployedContracts } = await import("../chain/deploy");
  const ctx = await chainContext(hre);
  const path = globals.deployments ? join(globals.deployments, `${ctx.network}.json`) : addressBookPath(ctx.network);
  const book = readAddressBook(ctx.network, path);
  if (!book) throw new AddressBookError(`no address book ${path}: deploy first (aerie deploy --network ${ctx.network})`);
  if (book.chainId !== ctx.chainId) throw new AddressBookError(`${path} is for chain ${book.chainId}, the node is chain ${ctx.chainId}: redeploy or fix the RPC URL`);
  const vaultAddress = book.contracts.StakingVault?.address;
  const code = vaultAddress ? await ctx.publicClient.getCode({ address: vaultAddress }) : undefined;
  if (!code || code === "0x") {
    throw new AddressBookError(`${path} points at ${vaultAddress ?? "nothing"} but the chain has no contract there (was the node restarted?): delete the file and deploy again`);
  }
  const c = await deployedContracts(ctx, book);
  const who = globals.account ?? process.env.AERIE_ACCOUNT;
  if (!options.write) {
    const { isAddress, getAddress } = await import("viem");
    if (who && isAddress(who)) return { ctx, book, c, wallet: undefined, account: getAddress(who) };
  }
  const wallet = walletFor(ctx, who);
  const { getAddress } = await import("viem");
  return { ctx, book, c, wallet, account: getAddress(wallet.account!.address) };
}

/**
 * Deploys (or completes and checks) Aerie on `globals.network` with Hardhat's artifacts, writing the address book
 * (into `--deployments` when given).
 */
export async function deployWithHardhat(globals: Globals) {
  const network = networkConfig(globals.network);
  const hre = loadHardhat(network.name);
  const { chainContext } = await import("../chain/context");
  const { deployAerie, resolveDeployParams } = await import("../chain/deploy");
  const ctx = await chainContext(hre);
  return deployAerie(ctx, resolveDeployParams(ctx), globals.deployments ? join(globals.deployments, `${ctx.network}.json`) : undefined);
}
