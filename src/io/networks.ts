// The networks Aerie knows, shared by hardhat.config.ts and the CLI (which must not load Hardhat to read them).
import { NetworkError } from "../lib/errors";

/** A network the CLI can talk to. */
export type NetworkConfig = {
  /** Hardhat's network name (`--network`). */
  name: string;
  /** The chain id the node must report. */
  chainId: number;
  /** The JSON-RPC URL; `undefined` for the in-process Hardhat network. */
  rpcUrl: string | undefined;
  /** Where the URL comes from, for messages (`LOCALHOST_RPC_URL`). */
  rpcUrlVariable: string | undefined;
  /** Which keys sign: Hardhat's well-known test mnemonic, or private keys from `AERIE_PRIVATE_KEYS`. */
  accounts: "hardhat-mnemonic" | "env";
};

/** The mnemonic of Hardhat's (and anvil's) default funded test accounts. Local networks only. */
export const HARDHAT_MNEMONIC = "test test test test test test test test test test test junk";

/** How many test accounts the local networks fund (hardhat.config.ts `accounts.count`). */
export const LOCAL_ACCOUNT_COUNT = 30;

/** Names of the known networks, in the order messages list them. */
export const NETWORK_NAMES = ["hardhat", "localhost", "baseSepolia", "base"] as const;

/**
 * The configuration of a named network, with RPC URLs read from the environment now.
 * @throws {NetworkError} for an unknown name (the message lists the known ones).
 */
export function networkConfig(name: string, env: NodeJS.ProcessEnv = process.env): NetworkConfig {
  switch (name) {
    case "hardhat":
      return { name, chainId: 31337, rpcUrl: undefined, rpcUrlVariable: undefined, accounts: "hardhat-mnemonic" };
    case "localhost":
      return { name, chainId: 31337, rpcUrl: env.LOCALHOST_RPC_URL || "http://127.0.0.1:8545", rpcUrlVariable: "LOCALHOST_RPC_URL", accounts: "hardhat-mnemonic" };
    case "baseSepolia":
      return { name, chainId: 84532, rpcUrl: env.BASE_SEPOLIA_RPC_URL || "https://base-sepolia.invalid", rpcUrlVariable: "BASE_SEPOLIA_RPC_URL", accounts: "env" };
    case "base":
      return { name, chainId: 8453, rpcUrl: env.BASE_RPC_URL || "https://base.invalid", rpcUrlVariable: "BASE_RPC_URL", accounts: "env" };
    default:
      throw new NetworkError(`unknown network '${name}': use one of ${NETWORK_NAMES.join(", ")} (--network or HARDHAT_NETWORK)`);
  }
}

/** The private keys of `AERIE_PRIVATE_KEYS` (comma-separated; `PRIVATE_KEY` as a fallback), in order. */
export function envPrivateKeys(env: NodeJS.ProcessEnv = process.env): `0x${string}`[] {
  const raw = env.AERIE_PRIVATE_KEYS ?? env.PRIVATE_KEY ?? "";
  return raw
    .split(",")
    .map((k) => k.trim())
    .filter((k) => k.length > 0)
    .map((k): `0x${string}` => (k.startsWith("0x") ? `0x${k.slice(2)}` : `0x${k}`));
}
