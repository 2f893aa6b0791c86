// The app's runtime config (./aerie-config.json), shared by the dev/build side (appConfig.ts) and the browser.
import type { AerieAddresses } from "../sdk";

/** What the browser app reads from `./aerie-config.json` (uint values as decimal strings). */
export type AppConfig = {
  /** EIP-155 chain id the app talks to. */
  chainId: number;
  /** A name people recognise ("Base Sepolia"). */
  chainName: string;
  /** JSON-RPC URL for reads (and for simulating writes). */
  rpcUrl: string;
  /** Base URL of an Aerie node (claims and bundles), without a trailing slash. */
  nodeUrl: string;
  /** Block explorer base URL, or null. */
  explorerUrl: string | null;
  /** First block to scan for events (decimal string; the vault's deployment block on long chains). */
  fromBlock: string;
  /** Where Aerie lives on the chain, or null when no address book was found (the app then says so). */
  addresses: AerieAddresses | null;
  /** Why `addresses` is null, one line; else null. */
  error: string | null;
};
