// Build/dev-time resolution of the app's runtime config (aerie-config.json): network file, env, address book.
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { aerieAddresses, loadAddressBook, type AerieAddresses } from "../src/sdk/addressBook";
import type { AppConfig } from "./src/lib/configType";

export type { AppConfig };

type NetworkFile = Partial<Omit<AppConfig, "addresses" | "error">> & { addresses?: AerieAddresses };

/**
 * Resolves the config from, in increasing priority: `app/config/<AERIE_APP_NETWORK|localhost>.json`, the env
 * variables AERIE_CHAIN_ID, AERIE_CHAIN_NAME, AERIE_RPC_URL, AERIE_NODE_URL, AERIE_EXPLORER_URL, AERIE_FROM_BLOCK, then the
 * addresses: AERIE_ADDRESSES (JSON) or the file's `addresses`, else the address book
 * `<AERIE_DEPLOYMENTS_DIR|deployments>/<chainId>.json`. Never throws: a missing book is reported in `error`.
 * @param repoRoot the repository root (the parent of app/).
 */
export function resolveAppConfig(repoRoot: string, env: NodeJS.ProcessEnv = process.env): AppConfig {
  const network = env.AERIE_APP_NETWORK ?? "localhost";
  const file = join(repoRoot, "app", "config", `${network}.json`);
  let base: NetworkFile = {};
  let error: string | null = null;
  if (existsSync(file)) base = JSON.parse(readFileSync(file, "utf8")) as NetworkFile;
  else error = `no app/config/${network}.json: create it or set AERIE_APP_NETWORK to localhost, base-sepolia or base`;
  const chainId = Number(env.AERIE_CHAIN_ID ?? base.chainId ?? 31337);
  const config: AppConfig = {
    chainId,
    chainName: env.AERIE_CHAIN_NAME ?? base.chainName ?? `Chain ${chainId}`,
    rpcUrl: env.AERIE_RPC_URL ?? base.rpcUrl ?? "http://127.0.0.1:8545",
    nodeUrl: (env.AERIE_NODE_URL ?? base.nodeUrl ?? "http://127.0.0.1:8640").replace(/\/+$/, ""),
    explorerUrl: env.AERIE_EXPLORER_URL ?? base.explorerUrl ?? null,
    fromBlock: env.AERIE_FROM_BLOCK ?? base.fromBlock ?? "0",
    addresses: null,
    error,
  };
  try {
    if (env.AERIE_ADDRESSES) config.addresses = JSON.parse(env.AERIE_ADDRESSES) as AerieAddresses;
    else if (base.addresses) config.addresses = base.addresses;
    else {
      const dir = resolve(repoRoot, env.AERIE_DEPLOYMENTS_DIR ?? "deployments");
      const book = loadAddressBook(chainId, dir);
      config.addresses = aerieAddresses(book);
      if (env.AERIE_FROM_BLOCK === undefined && base.fromBlock === undefined) {
        const blocks = Object.values(book.contracts).map((c) => c?.block ?? 0);
        config.fromBlock = String(Math.min(...blocks, Number.MAX_SAFE_INTEGER) === Number.MAX_SAFE_INTEGER ? 0 : Math.min(...blocks));
      }
    }
  } catch (e) {
    config.error = (e as Error).message.split("\n")[0] ?? "no address book";
  }
  return config;
}
