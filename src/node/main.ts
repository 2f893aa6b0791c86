// `aerie node --config <file>`: boots the node's foundation (config, key, RPC, store, indexer, tx queue).
// The HTTP API (src/node/http) and the committee/guardian loops are attached to the runtime built here.
import { existsSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import type { PublicClient } from "viem";
import type { PrivateKeyAccount } from "viem/accounts";
import pino, { type Logger } from "pino";
import { AerieError } from "../lib/errors";
import { aerieAddresses, readAddressBook } from "../sdk/addressBook";
import { checkRpc, loadNodeAccount, loadNodeConfig, type NodeConfig } from "./config";
import { NodeConfigError } from "./errors";
import { ChainIndexer, type IndexedContracts, type IndexerStatus } from "./indexer/indexer";
import { createNodeClient } from "./rpc";
import { DB_FILE, openStore, type Store } from "./store/db";
import { TxQueue, type TxQueueParameters } from "./tx/queue";
import { runNode } from "./run";

/** Everything a running node holds; the HTTP API and the loops are built on it. */
export type NodeRuntime = {
  config: NodeConfig;
  chainId: number;
  contracts: IndexedContracts;
  account: PrivateKeyAccount;
  client: PublicClient;
  store: Store;
  indexer: ChainIndexer;
  tx: TxQueue;
  logger: Logger;
  /** Chain-head lag and RPC health, for `/healthz` and `/metrics`. */
  chainStatus: () => IndexerStatus;
  /** Stops the indexer and closes the database. */
  close: () => Promise<void>;
  /** After `close()` on a failed start: removes the database files (and the data dir) this start created, if any. */
  removeCreated: () => void;
};

/**
 * Builds a node from its config file: validates it, loads the key, checks every RPC URL (and that it serves
 * the address book's chain), opens and migrates the store, binds the store to the deployment, reconciles the
 * transaction journal with the chain, and creates the indexer (not started: call `runtime.indexer.run()`).
 * @throws NodeConfigError / RpcUnreachableError / StoreError / AddressBookError: one line naming the field or URL and the fix.
 */
export async function bootNode(
  configPath: string,
  env: NodeJS.ProcessEnv = process.env,
  logger: Logger = pino({ name: "aerie-node" }),
  options: { txHooks?: TxQueueParameters["hooks"]; probeHttpPort?: boolean } = {},
): Promise<NodeRuntime> {
  const config = loadNodeConfig(configPath);
  const book = readAddressBook(config.addressBook);
  if (!book) throw new NodeConfigError("addressBook", `config ${config.configPath}: addressBook: ${config.addressBook} does not exist: deploy first or fix the path`);
  const account = await loadNodeAccount(config, env);
  const chainId = await checkRpc(config.rpc.urls, book.chainId, config.rpc.timeoutMs);
  const a = aerieAddresses(book);
  const contracts: IndexedContracts = { vault: a.stakingVault, registry: a.taskRegistry, settlement: a.roundSettlement, distributor: a.rewardDistributor };
  const blocks = Object.values(book.contracts)
    .map((c) => c?.block)
    .filter((b): b is number => typeof b === "number");
  const startBlock = BigInt(config.indexer.startBlock ?? (blocks.length > 0 ? Math.min(...blocks) : 0));

  let rpcErrors = 0;
  const client = createNodeClient({ urls: config.rpc.urls, timeoutMs: config.rpc.timeoutMs, retries: config.rpc.retries, onError: () => rpcErrors++ });
  // a stale book (a restarted chain with the same id) fails here, before the data dir is touched
  await _checkCode(client, config, book.chainId, contracts);
  // a port already taken fails here, before the data dir or its database is created (it is left as it was)
  if (options.probeHttpPort === true) await probePort(config);
  const created = _createdPaths(config.dataDir);
  const store = openStore({ dataDir: config.dataDir });
  bindDeployment(store, config, { chainId, ...contracts });
  const indexer = new ChainIndexer({
    client,
    store,
    contracts,
    startBlock,
    logWindow: config.indexer.logWindow,
    confirmations: config.indexer.confirmations,
    pollIntervalMs: config.indexer.pollIntervalMs,
    logger: logger.child({ component: "indexer" }),
  });
  const tx = new TxQueue({ client, account, store, ...(options.txHooks ? { hooks: options.txHooks } : {}) });
  const reconciled = await tx.reconcile();
  // "node ready" is runNode's line, once the HTTP server listens: nothing here may sound like the node serves
  logger.debug({ address: account.address, chainId, role: config.role, reconciled }, "node: store open, journal reconciled");
  return {
    config,
    chainId,
    contracts,
    account,
    client,
    store,
    indexer,
    tx,
    logger,
    chainStatus: () => {
      const s = indexer.status();
      return { ...s, rpcErrors: s.rpcErrors + rpcErrors };
    },
    close: async () => {
      indexer.stop();
      store.close();
    },
    removeCreated: () => {
      for (const f of created.files) rmSync(f, { force: true });
      if (created.dir !== undefined && existsSync(created.dir) && readdirSync(created.dir).length === 0) rmSync(created.dir, { recursive: true });
    },
  };
}

/**
 * Every contract of the address book has code on the chain (one `eth_getCode` each, on the node's own client).
 * @throws NodeConfigError naming the book, the contract and the fix.
 */
async function _checkCode(client: PublicClient, config: NodeConfig, chainId: number, contracts: IndexedContracts): Promise<void> {
  for (const [name, address] of Object.entries(contracts)) {
    const code = await client.getCode({ address });
    if (code === undefined || code === "0x") {
      throw new NodeConfigError("addressBook", `config ${config.configPath}: addressBook: ${config.addressBook}: the ${name} contract at ${address} has no code on chain ${chainId} (was the chain restarted?): deploy again and point addressBook at the new book`);
    }
  }
}

/** What this start will create in `dataDir`: the database files if `node.db` does not exist yet, the directory if it does not. */
function _createdPaths(dataDir: string): { files: string[]; dir: string | undefined } {
  const db = join(dataDir, DB_FILE);
  return { files: existsSync(db) ? [] : [db, `${db}-wal`, `${db}-shm`], dir: existsSync(dataDir) ? undefined : dataDir };
}

/**
 * Binds `http.host:http.port` for a moment and releases it, so a port already in use fails the start before the
 * store is opened.
 * @throws NodeConfigError naming `http.port` (in use) or `http.host` (cannot be bound there).
 */
export async function probePort(config: Pick<NodeConfig, "configPath" | "http">): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ host: config.http.host, port: config.http.port, exclusive: true }, () => resolve());
    });
  } catch (e) {
    throw listenError(e, config);
  }
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A port already taken becomes the config error it is (one line naming `http.port` and the fix); others pass through. */
export function listenError(e: unknown, config: Pick<NodeConfig, "configPath" | "http">): unknown {
  if ((e as NodeJS.ErrnoException | undefined)?.code !== "EADDRINUSE") return e;
  return new NodeConfigError("http.port", `http.port ${config.http.port} is in use on ${config.http.host}: set another port in the config ${config.configPath}`, { cause: e });
}

/**
 * Records the chain id and contract addresses in `meta` on first use; afterwards refuses a data directory
 * that belongs to another deployment (its index would be wrong).
 * @throws NodeConfigError naming `dataDir`.
 */
export function bindDeployment(store: Store, config: Pick<NodeConfig, "configPath" | "dataDir">, deployment: { chainId: number } & IndexedContracts): void {
  const want = JSON.stringify({ chainId: deployment.chainId, vault: deployment.vault, registry: deployment.registry, settlement: deployment.settlement, distributor: deployment.distributor });
  const row = store.prepare("SELECT value FROM meta WHERE key = 'deployment'").get() as { value: string } | undefined;
  if (!row) {
    store.prepare("INSERT INTO meta (key, value) VALUES ('deployment', ?)").run(want);
    return;
  }
  if (row.value !== want) {
    throw new NodeConfigError("dataDir", `config ${config.configPath}: dataDir: ${config.dataDir} holds the index of another deployment: use an empty dataDir for this address book`);
  }
}

/**
 * The command-line entry: `ts-node src/node/main.ts --config <file>`. Runs the whole node (`runNode`: indexer,
 * HTTP, committee/guardian loops) and prints `{"listening": url, "address": …}` once it serves; any start-up
 * failure prints ONE line to stderr and exits 1. SIGINT/SIGTERM stop it cleanly.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const i = argv.indexOf("--config");
  const path = i >= 0 ? argv[i + 1] : undefined;
  if (!path) {
    process.stderr.write("aerie node: missing --config <file>: pass the node's JSON config (see docs/NODE.md)\n");
    process.exit(1);
  }
  let node: Awaited<ReturnType<typeof runNode>>;
  try {
    node = await runNode(path);
  } catch (e) {
    const line = e instanceof AerieError ? e.shortMessage : (e as Error).message;
    process.stderr.write(`aerie node: ${line.split("\n")[0]}\n`);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify({ listening: node.url, address: node.address })}\n`);
  const stop = () => {
    void node.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

// Only when this file is the script: bundled into the CLI (esbuild, dist/src/cli/index.js) `require.main === module`
// holds for every module of the bundle, and `aerie node` would then start a second node from the same argv.
if (require.main === module && /[\\/]node[\\/]main\.[cm]?[jt]s$/.test(process.argv[1] ?? "")) void main();
