// The SDK tests' system: Aerie deployed by the SDK's own deployAerie on the in-process network.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import hre from "hardhat";
import { parseUnits, type TransactionReceipt } from "viem";
import {
  aerieAddresses,
  approve,
  deployAerie,
  mint,
  providerClients,
  registerOperator,
  resolveDeployParams,
  stake,
  waitForReceipt,
  type AerieWalletClient,
  type WriteReturnType,
} from "../../src/sdk";

/** Whole tokens in wei (18 decimals). */
export const TOKEN = (n: number | bigint): bigint => parseUnits(String(n), 18);

/** Deploys a fresh system, mints 10,000 tokens to accounts 5..14 and registers account 6 as an operator (500 bps). */
export async function sdkSystem() {
  const { chainId, publicClient, walletClients } = await providerClients(hre.network.provider);
  const at = (i: number): AerieWalletClient => {
    const w = walletClients[i];
    if (!w) throw new Error(`account ${i} is not configured`);
    return w;
  };
  const dir = mkdtempSync(join(tmpdir(), "aerie-sdk-"));
  const path = join(dir, `${chainId}.json`);
  const params = resolveDeployParams("hardhat", walletClients.map((w) => w.account.address));
  const deployment = await deployAerie(at(0), { network: "hardhat", params, path, fresh: true });
  const addresses = aerieAddresses(deployment.book);
  const mined = async (write: Promise<WriteReturnType>): Promise<TransactionReceipt> => waitForReceipt(publicClient, await write);
  for (let i = 5; i <= 14; i++) await mined(mint(at(0), { addresses, to: at(i).account.address, amount: TOKEN(10_000) }));
  const operator = at(6);
  await mined(registerOperator(operator, { addresses, commissionBps: 500n, metadataURI: "https://op6.example" }));
  /** Approves the vault and stakes `amount` wei from `from` to `to`. */
  const stakeTo = async (from: AerieWalletClient, to: `0x${string}`, amount: bigint) => {
    await mined(approve(from, { addresses, spender: addresses.stakingVault, amount }));
    return mined(stake(from, { addresses, operator: to, amount }));
  };
  return { chainId, publicClient, at, addresses, deployment, path, dir, params, mined, operator, stakeTo };
}
