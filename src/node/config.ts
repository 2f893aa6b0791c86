// The Aerie node's config file: JSON, validated with zod, paths resolved against the file's directory.
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { createPublicClient, getAddress, http, type Address, type Hex } from "viem";
import { privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import { NodeConfigError, RpcUnreachableError } from "./errors";

// ------------------------------------------------------------------ schema

const url = z.url({ protocol: /^https?$/, error: "an http(s) URL such as http://127.0.0.1:8545" });
const port = z.number({ error: "a port number 0..65535" }).int().min(0).max(65535);

/** `key`: where the node's (or a worker's) private key comes from: `{ env }` or `{ keystore, passwordEnv }`. */
export const KeySourceSchema = z.union(
  [
    z.strictObject({
      /** Name of an environment variable holding the 0x-prefixed 32-byte private key. */
      env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "an environment variable name such as AERIE_NODE_KEY" }),
    }),
    z.strictObject({
      /** Path of an encrypted JSON keystore (Web3 Secret Storage v3). */
      keystore: z.string().min(1, { error: "the path of an encrypted JSON keystore" }),
      /** Name of an environment variable holding the keystore's password. */
      passwordEnv: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "an environment variable name such as AERIE_KEYSTORE_PASSWORD" }),
    }),
  ],
  { error: 'either { "env": "AERIE_NODE_KEY" } or { "keystore": "key.json", "passwordEnv": "AERIE_KEYSTORE_PASSWORD" }' },
);

/** The node config schema (every field documented in docs/NODE.md). Unknown fields are rejected. */
export const NodeConfigSchema = z.strictObject({
  /** What this node does: sign as a committee member, watch as the guardian, or both. */
  role: z.enum(["committee", "guardian", "both"], { error: 'one of "committee", "guardian", "both"' }),
  key: KeySourceSchema,
  rpc: z.strictObject({
    /** JSON-RPC endpoints, tried in order (viem fallback). */
    urls: z.array(url).min(1, { error: "at least one RPC URL" }),
    /** Per-request timeout, milliseconds. */
    timeoutMs: z.number().int().positive().default(10_000),
    /** Retries of a failed request (exponential backoff) before the caller sees the error. */
    retries: z.number().int().nonnegative().default(3),
  }),
  /** Path of the address book (`deployments/<chainId>.json`), relative to the config file. */
  addressBook: z.string().min(1, { error: "the path of the address book, e.g. ../deployments/31337.json" }),
  /**
   * The other committee members' base URLs (no trailing `/v1`), each optionally with the member's address
   * (`{ "url": "http://…", "address": "0x…" }`), so the node knows whose signature each peer should hold.
   */
  peers: z.array(z.union([url, z.strictObject({ url, address: z.string().regex(/^0x[0-9a-fA-F]{40}$/, { error: "the member's 0x-address" }) })], { error: 'a URL, or { "url": "http://…", "address": "0x…" }' })).default([]),
  /** Directory holding the node's database (`node.db`), relative to the config file; created if missing. */
  dataDir: z.string().min(1, { error: "a directory for the node's database, e.g. ./data" }),
  http: z
    .strictObject({
      host: z.string().min(1).default("127.0.0.1"),
      port: port.default(8640),
      /** Origins allowed by CORS, e.g. the wallet app's `["https://app.aerie.example"]`; default none (same-origin only). */
      corsOrigins: z.array(z.string().min(1)).default([]),
      /**
       * Per-signer limit on the intake's signed messages (a token bucket: `burst` messages, refilled at `perSecond`);
       * `null` turns it off. Default a burst of 20, then 2 per second (answers 429 `rate_limited` with retry-after).
       */
      signerRateLimit: z
        .strictObject({ burst: z.number().int().positive(), perSecond: z.number().positive() }, { error: "{ burst, perSecond } (positive numbers) or null" })
        .nullable()
        .default({ burst: 20, perSecond: 2 }),
    })
    .default({ host: "127.0.0.1", port: 8640, corsOrigins: [], signerRateLimit: { burst: 20, perSecond: 2 } }),
  /** Task spec files (`aerie-task/1`) this node serves, relative to the config file; tasks are matched by specHash. */
  specs: z.array(z.string().min(1)).default([]),
  /** Base URL peers and users reach this node at (bundle URLs and `bundleURI` use it); default `http://host:port`. */
  publicUrl: url.optional(),
  committee: z
    .strictObject({
      /** Pause between passes of the committee and guardian loops, milliseconds. */
      pollIntervalMs: z.number().int().positive().default(500),
      /** How long the round's leader may hold k signatures without proposing before the next member does, ms. */
      proposeTimeoutMs: z.number().int().positive().default(5_000),
      /** Base URL of the signed bundleURI; must be the same at every member (default: the first peer-independent publicUrl). */
      bundleBaseUrl: url.optional(),
      /** How long a member waits for its peers' round messages before computing a round without them, ms. */
      reconcileTimeoutMs: z.number().int().positive().max(600_000).default(5_000),
    })
    .default({ pollIntervalMs: 500, proposeTimeoutMs: 5_000, reconcileTimeoutMs: 5_000 }),
  indexer: z
    .strictObject({
      /** Largest eth_getLogs range, blocks (halved automatically when a provider refuses it). */
      logWindow: z.number().int().positive().max(100_000).default(2_000),
      /** Blocks behind the head the indexer stays (reorgs deeper than this are still detected by hash). */
      confirmations: z.number().int().nonnegative().max(1_000).default(2),
      /** Pause between indexer passes once caught up, milliseconds. */
      pollIntervalMs: z.number().int().positive().default(2_000),
      /** Block to start from when the address book has no deployment block. */
      startBlock: z.number().int().nonnegative().optional(),
    })
    .default({ logWindow: 2_000, confirmations: 2, pollIntervalMs: 2_000 }),
});

/** The config as written in the file (defaults not yet applied). */
export type NodeConfigInput = z.input<typeof NodeConfigSchema>;

/**
 * A validated config; `addressBook`, `dataDir` and `key.keystore` are absolute paths; `peers` are the peers' URLs
 * and `peerAddresses` the committee address configured for each (where the config names one).
 */
export type NodeConfig = Omit<z.output<typeof NodeConfigSchema>, "peers"> & { peers: string[]; peerAddresses: Record<string, Address>; configPath: string };

// ------------------------------------------------------------------ loading

/** What each field is for, to end an error message with the fix. */
const FIXES: Record<string, string> = {
  role: 'set "role" to "committee", "guardian" or "both"',
  key: 'set "key" to { "env": "AERIE_NODE_KEY" } or { "keystore": "key.json", "passwordEnv": "AERIE_KEYSTORE_PASSWORD" }',
  rpc: 'set "rpc": { "urls": ["http://127.0.0.1:8545"] }',
  addressBook: 'set "addressBook" to the deployment\'s address book, e.g. "../deployments/31337.json"',
  peers: 'set "peers" to the other members\' base URLs, e.g. ["http://127.0.0.1:8641"] or [{ "url": "http://127.0.0.1:8641", "address": "0x…" }]',
  dataDir: 'set "dataDir" to a writable directory, e.g. "./data"',
  http: 'set "http": { "host": "127.0.0.1", "port": 8640 }',
  indexer: 'set "indexer": { "logWindow": 2000, "confirmations": 2 }',
  specs: 'set "specs" to the task spec files this node serves, e.g. ["../examples/tasks/demo-3-rounds.json"]',
  publicUrl: 'set "publicUrl" to the URL peers reach this node at, e.g. "http://10.0.0.5:8640"',
  committee: 'set "committee": { "pollIntervalMs": 500, "proposeTimeoutMs": 5000 }',
};

/**
 * Parses and validates a config object (paths resolved against `baseDir`).
 * @throws NodeConfigError naming the first bad field, what it expects and the fix.
 */
export function parseNodeConfig(raw: unknown, baseDir: string, configPath = "(inline)"): NodeConfig {
  const result = NodeConfigSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.map(String).join(".") || "(root)";
    const top = String(issue.path[0] ?? "");
    const what = issue.code === "unrecognized_keys" ? `unknown field "${issue.keys[0]}"` : issue.message;
    const fix = FIXES[top] ?? "see docs/NODE.md for the config fields";
    const where = issue.code === "unrecognized_keys" ? (field === "(root)" ? String(issue.keys[0]) : `${field}.${issue.keys[0]}`) : field;
    throw new NodeConfigError(where, `config ${configPath}: ${where}: ${what}: ${fix}`);
  }
  const c = result.data;
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(baseDir, p));
  const key = "keystore" in c.key ? { ...c.key, keystore: abs(c.key.keystore) } : c.key;
  const peers = c.peers.map((p) => (typeof p === "string" ? p : p.url).replace(/\/+$/, ""));
  const peerAddresses: Record<string, Address> = {};
  for (const [i, p] of c.peers.entries()) if (typeof p !== "string") peerAddresses[peers[i]!] = getAddress(p.address.toLowerCase());
  const config: NodeConfig = { ...c, peers, peerAddresses, key, addressBook: abs(c.addressBook), dataDir: abs(c.dataDir), specs: c.specs.map(abs), configPath };
  if (!existsSync(config.addressBook)) {
    throw new NodeConfigError("addressBook", `config ${configPath}: addressBook: ${config.addressBook} does not exist: deploy first (npm run deploy) or fix the path`);
  }
  for (const [i, spec] of config.specs.entries()) {
    if (!existsSync(spec)) throw new NodeConfigError(`specs.${i}`, `config ${configPath}: specs.${i}: ${spec} does not exist: fix the path of the task spec file`);
  }
  if ("keystore" in config.key && !existsSync(config.key.keystore)) {
    throw new NodeConfigError("key.keystore", `config ${configPath}: key.keystore: ${config.key.keystore} does not exist: fix the path or use { "env": "AERIE_NODE_KEY" }`);
  }
  return config;
}

/**
 * Reads and validates a config file.
 * @throws NodeConfigError for a missing file, invalid JSON or an invalid field (one line: field and fix).
 */
export function loadNodeConfig(path: string): NodeConfig {
  const absPath = resolve(path);
  let text: string;
  try {
    text = readFileSync(absPath, "utf8");
  } catch {
    throw new NodeConfigError("(file)", `config ${absPath} cannot be read: pass an existing file with --config <file>`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new NodeConfigError("(file)", `config ${absPath} is not valid JSON (${(e as Error).message}): fix the syntax`);
  }
  return parseNodeConfig(raw, dirname(absPath), absPath);
}

// ------------------------------------------------------------------ key

/**
 * Loads the node's signing account from its key source.
 * @param env the environment to read variables from (default `process.env`).
 * @throws NodeConfigError when the variable is unset, the key malformed, or the keystore password wrong.
 */
export async function loadNodeAccount(config: Pick<NodeConfig, "key" | "configPath">, env: NodeJS.ProcessEnv = process.env): Promise<PrivateKeyAccount> {
  const at = `config ${config.configPath}`;
  if ("env" in config.key) {
    const value = env[config.key.env]?.trim();
    if (!value) throw new NodeConfigError("key.env", `${at}: key.env: environment variable ${config.key.env} is not set: export ${config.key.env}=0x<64 hex digits>`);
    if (!/^0x[0-9a-fA-F]{64}$/.test(value)) throw new NodeConfigError("key.env", `${at}: key.env: ${config.key.env} is not a 0x-prefixed 32-byte hex private key: fix its value`);
    return privateKeyToAccount(value as Hex);
  }
  const password = env[config.key.passwordEnv];
  if (password === undefined) {
    throw new NodeConfigError("key.passwordEnv", `${at}: key.passwordEnv: environment variable ${config.key.passwordEnv} is not set: export it with the keystore's password`);
  }
  let json: string;
  try {
    json = readFileSync(config.key.keystore, "utf8");
  } catch {
    throw new NodeConfigError("key.keystore", `${at}: key.keystore: ${config.key.keystore} cannot be read: fix the path`);
  }
  // viem has no keystore decryption; ethers' implements Web3 Secret Storage v3 (scrypt/pbkdf2).
  const { Wallet } = await import("ethers");
  let privateKey: string;
  try {
    privateKey = (await Wallet.fromEncryptedJson(json, password)).privateKey;
  } catch (e) {
    const wrongPassword = /password/i.test((e as Error).message);
    throw new NodeConfigError(
      "key.keystore",
      wrongPassword
        ? `${at}: key.keystore: wrong password for ${config.key.keystore}: set ${config.key.passwordEnv} to the keystore's password`
        : `${at}: key.keystore: ${config.key.keystore} is not an encrypted JSON keystore: create one with ethers' Wallet.encrypt`,
      { cause: e },
    );
  }
  return privateKeyToAccount(privateKey as Hex);
}

// ------------------------------------------------------------------ RPC

/**
 * Checks that every RPC URL answers `eth_chainId` within the timeout and serves `expectedChainId`.
 * @returns the chain id.
 * @throws RpcUnreachableError naming the URL and the fix.
 */
export async function checkRpc(urls: readonly string[], expectedChainId: number | undefined, timeoutMs = 5_000): Promise<number> {
  let chainId = expectedChainId;
  for (const u of urls) {
    const client = createPublicClient({ transport: http(u, { timeout: timeoutMs, retryCount: 0 }) });
    let got: number;
    try {
      got = await client.getChainId();
    } catch (e) {
      throw new RpcUnreachableError(u, `rpc ${u} is unreachable (${_short(e)}): start the node or fix rpc.urls`, { cause: e });
    }
    if (chainId !== undefined && got !== chainId) {
      throw new RpcUnreachableError(u, `rpc ${u} serves chain ${got}, the address book is for chain ${chainId}: point rpc.urls at chain ${chainId}`);
    }
    chainId = got;
  }
  return chainId!;
}

function _short(e: unknown): string {
  const m = (e as { shortMessage?: string; message?: string }).shortMessage ?? (e as Error).message ?? String(e);
  return m.split("\n")[0]!;
}
