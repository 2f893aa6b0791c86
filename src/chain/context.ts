import type { HardhatRuntimeEnvironment } from "hardhat/types";
import type { Abi, Address, Hex, PublicClient, WalletClient } from "viem";
import { getAddress, isAddress } from "viem";
import { PreconditionError } from "./errors";

/** What every on-chain action needs: the network's clients, its accounts and a way to load ABIs. */
export type ChainContext = {
  hre: HardhatRuntimeEnvironment;
  network: string;
  chainId: number;
  publicClient: PublicClient;
  /** Wallet clients of the network's configured accounts, in order (index = `account:N`). */
  wallets: WalletClient[];
};

/**
 * Builds a {@link ChainContext} from a Hardhat runtime (its selected `--network`).
 * @throws PreconditionError when the network has no accounts configured (set AERIE_PRIVATE_KEYS).
 */
export async function chainContext(hre: HardhatRuntimeEnvironment): Promise<ChainContext> {
  const publicClient = (await hre.viem.getPublicClient()) as unknown as PublicClient;
  const wallets = (await hre.viem.getWalletClients()) as unknown as WalletClient[];
  const chainId = await publicClient.getChainId();
  return { hre, network: hre.network.name, chainId, publicClient, wallets };
}

/**
 * Picks a wallet by index (`3`, `account:3`) or by address.
 * @throws PreconditionError when no configured account matches.
 */
export function walletFor(ctx: ChainContext, who: string | number | undefined, fallbackIndex = 0): WalletClient {
  const spec = who === undefined || who === "" ? fallbackIndex : who;
  if (typeof spec === "number" || /^(account:)?\d+$/.test(spec)) {
    const index = typeof spec === "number" ? spec : Number(spec.replace("account:", ""));
    const w = ctx.wallets[index];
    if (!w) throw new PreconditionError(`account ${index} is not configured on ${ctx.network} (it has ${ctx.wallets.length}): pick 0..${ctx.wallets.length - 1} or set AERIE_PRIVATE_KEYS`);
    return w;
  }
  if (!isAddress(spec)) throw new PreconditionError(`'${spec}' is neither an account index nor an address: pass e.g. --account 3 or --account 0xabc…`);
  const found = ctx.wallets.find((w) => w.account!.address.toLowerCase() === spec.toLowerCase());
  if (!found) throw new PreconditionError(`${getAddress(spec)} is not one of ${ctx.network}'s configured accounts: add its key to AERIE_PRIVATE_KEYS`);
  return found;
}

/** The address of a wallet client's account. */
export function addressOf(w: WalletClient): Address {
  return w.account!.address;
}

/** Loads a compiled contract's ABI and creation bytecode from Hardhat's artifacts. */
export async function loadArtifact(ctx: ChainContext, name: string): Promise<{ abi: Abi; bytecode: Hex; deployedBytecode: Hex }> {
  const a = await ctx.hre.artifacts.readArtifact(name);
  return { abi: a.abi as Abi, bytecode: a.bytecode as Hex, deployedBytecode: a.deployedBytecode as Hex };
}

/**
 * Sends a contract write from `wallet` and waits for its receipt.
 * @returns the receipt (status checked) and gas used.
 * @throws ContractRevertError (via {@link decodeRevert}) with the custom error name and arguments.
 */
export async function send(
  ctx: ChainContext,
  wallet: WalletClient,
  call: { address: Address; abi: Abi; functionName: string; args?: readonly unknown[] },
): Promise<{ hash: Hex; gasUsed: bigint; blockNumber: bigint; logs: readonly unknown[] }> {
  const { decodeRevert } = await import("./revert");
  try {
    const { request } = await ctx.publicClient.simulateContract({ ...call, account: wallet.account! } as never);
    const hash = await wallet.writeContract(request as never);
    const receipt = await ctx.publicClient.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`transaction ${hash} reverted`);
    return { hash, gasUsed: receipt.gasUsed, blockNumber: receipt.blockNumber, logs: receipt.logs };
  } catch (e) {
    throw await decodeRevert(ctx, e, `${call.functionName}`);
  }
}
