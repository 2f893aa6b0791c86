// `aerie node --config <file>`: one long-running process per operator identity (issue 7, item 1).
// Wires config → store → indexer → transaction queue → HTTP (intake + committee routes) → committee / guardian loops.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pino, { type Logger } from "pino";
import type { Address } from "viem";

import { parseTaskSpec, specHash, type TaskSpecFile } from "../lib/taskSpec";
import { aerieAddresses, readAddressBook } from "../sdk/addressBook";
import { CommitteeMember } from "./committee/loop";
import { CommitteeStore } from "./committee/store";
import { checkRpc, loadNodeAccount, loadNodeConfig, type NodeConfig } from "./config";
import { NodeConfigError } from "./errors";
import { faultPoint } from "./faults";
import { Guardian } from "./guardian/guardian";
import { registerCommitteeRoutes } from "./http/signatures";
import { ChainIndexer } from "./indexer/indexer";
import { buildIntakeApp } from "./intake/app";
import { chainParticipantLookup, chainRoundLookup } from "./intake/lookups";
import { createNodeClient, sleep } from "./rpc";
import { DB_FILE } from "./store/db";
import { TxQueue } from "./tx/queue";

/** A running node: its URL, its parts, and `stop()`. */
export type RunningNode = {
  /** The base URL it listens on. */
  url: string;
  address: Address;
  committee: CommitteeMember | undefined;
  guardian: Guardian | undefined;
  indexer: ChainIndexer;
  /** Stops the loops and the server and closes the store. */
  stop(): Promise<void>;
};

/**
 * Starts a node from a validated config: checks the RPC and the address book, opens (migrates) the store,
 * reconciles the transaction journal with the chain, starts the indexer, serves HTTP and runs the committee
 * and/or guardian loops until `stop()`.
 * @throws NodeConfigError / RpcUnreachableError (one line: the field or URL and the fix), StoreError.
 */
export async function runNode(config: NodeConfig, options: { logger?: Logger; env?: NodeJS.ProcessEnv } = {}): Promise<RunningNode> {
  const env = options.env ?? process.env;
  const book = readAddressBook(config.addressBook);
  if (book === undefined) throw new NodeConfigError("addressBook", `config ${config.configPath}: addressBook: ${config.addressBook} is not an address book: deploy first or fix the path`);
  const addresses = aerieAddresses(book);
  const account = await loadNodeAccount(config, env);
  await checkRpc(config.rpc.urls, book.chainId, config.rpc.timeoutMs);
  const logger = (options.logger ?? pino({ level: env.AERIE_LOG_LEVEL ?? "info" })).child({ node: account.address, role: config.role });

  const specs = new Map<string, TaskSpecFile>();
  for (const [i, file] of config.specs.entries()) {
    let spec: TaskSpecFile;
    try {
      spec = parseTaskSpec(JSON.parse(readFileSync(file, "utf8")));
    } catch (e) {
      throw new NodeConfigError(`specs.${i}`, `config ${config.configPath}: specs.${i}: ${file}: ${(e as Error).message.split("\n")[0]}: fix the task spec file`);
    }
    specs.set(specHash(spec).toLowerCase(), spec);
  }

  const client = createNodeClient({ urls: config.rpc.urls, timeoutMs: config.rpc.timeoutMs, retries: config.rpc.retries });
  // Chain time (the latest block's timestamp): the windows of PROTOCOL §7 are in chain time.
  let chainTime = (await client.getBlock({ blockTag: "latest" })).timestamp;
  const clock = () => chainTime;
  const contracts = { vault: addresses.stakingVault, registry: addresses.taskRegistry, settlement: addresses.roundSettlement, distributor: addresses.rewardDistributor };
  const scoringWindow = (h: `0x${string}`) => {
    const s = specs.get(h.toLowerCase());
    return s === undefined ? undefined : BigInt(s.scoringWindowSeconds);
  };
  const lookupParams = { client, registry: addresses.taskRegistry, scoringWindow, clock };

  let bundles: CommitteeStore | undefined;
  let member: CommitteeMember | undefined;
  const intake = await buildIntakeApp({
    dbPath: join(config.dataDir, DB_FILE),
    chainId: book.chainId,
    registry: addresses.taskRegistry,
    participants: chainParticipantLookup(lookupParams),
    rounds: chainRoundLookup({ ...lookupParams, ttlSeconds: 5 }),
    clock,
    signerRateLimit: null,
    logger: false,
    routes: (api, db) => {
      bundles = new CommitteeStore(db);
      registerCommitteeRoutes(api, { store: db, bundles, committee: () => (member ? member.committee() : Promise.reject(new Error("not a committee member"))) });
    },
    health: () => ({ address: account.address, role: config.role, chainTime: chainTime.toString(), indexedBlock: indexer.cursor().block.toString() }),
  });
  intake.app.addHook("onResponse", async (request, reply) => {
    if (request.method === "POST" && (request.url === "/v1/submissions" || request.url === "/v1/scores") && reply.statusCode === 200) faultPoint("after-intake-ack", env);
  });
  const store = intake.db;

  const startBlock = BigInt(
    config.indexer.startBlock ?? Math.min(...Object.values(book.contracts).map((c) => Number((c as { block?: number }).block ?? 0))),
  );
  const indexer = new ChainIndexer({
    client,
    store,
    contracts,
    startBlock,
    logWindow: config.indexer.logWindow,
    confirmations: config.indexer.confirmations,
    pollIntervalMs: config.indexer.pollIntervalMs,
    logger: logger.child({ part: "indexer" }),
  });
  const queue = new TxQueue({
    client,
    account,
    store,
    hooks: { afterBroadcast: (e) => (e.intent?.startsWith("propose:") ? faultPoint("after-propose-send", env) : undefined) },
  });
  const reconciled = await queue.reconcile();
  logger.info({ reconciled }, "node: transaction journal reconciled with the chain");

  const publicUrl = config.publicUrl ?? `http://${config.http.host}:${config.http.port}`;
  const indexedBlock = () => indexer.cursor().block;
  if (config.role !== "guardian") {
    member = new CommitteeMember({
      client,
      store,
      bundles: bundles!,
      account,
      queue,
      addresses,
      chainId: book.chainId,
      specs,
      peers: config.peers,
      bundleBaseUrl: config.committee.bundleBaseUrl ?? publicUrl,
      indexedBlock,
      proposeTimeoutMs: config.committee.proposeTimeoutMs,
      logger: logger.child({ part: "committee" }),
    });
    const committee = await member.committee();
    if (!committee.members.some((m) => m.toLowerCase() === account.address.toLowerCase())) {
      throw new NodeConfigError("key", `config ${config.configPath}: key: ${account.address} is not a member of the committee on chain: use a member's key or set "role": "guardian"`);
    }
  }
  const guardian =
    config.role === "committee"
      ? undefined
      : new Guardian({ client, store, bundles: bundles!, account, queue, addresses, specs, peers: config.peers, indexedBlock, logger: logger.child({ part: "guardian" }) });

  const address = await intake.app.listen({ host: config.http.host, port: config.http.port });
  let running = true;
  const indexerRun = indexer.run();
  const loop = (async () => {
    while (running) {
      try {
        chainTime = (await client.getBlock({ blockTag: "latest" })).timestamp;
        if (member) await member.tick();
        if (guardian) await guardian.tick();
      } catch (e) {
        logger.warn({ err: (e as Error).message }, "node: pass failed (retried)");
      }
      await sleep(config.committee.pollIntervalMs);
    }
  })();
  logger.info({ url: address, publicUrl, specs: specs.size, peers: config.peers.length }, "node: started");
  return {
    url: address,
    address: account.address,
    committee: member,
    guardian,
    indexer,
    async stop() {
      running = false;
      indexer.stop();
      await Promise.allSettled([loop, indexerRun]);
      await intake.close();
    },
  };
}

/** The process entry: `ts-node src/node/main.ts --config <file>`. Prints `{"listening": url}` once serving. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  const i = argv.indexOf("--config");
  const path = i >= 0 ? argv[i + 1] : undefined;
  if (path === undefined) {
    process.stderr.write("aerie node: --config <file> is required: pass the node's JSON config (see docs/NODE.md)\n");
    process.exit(2);
  }
  try {
    const node = await runNode(loadNodeConfig(path));
    process.stdout.write(`${JSON.stringify({ listening: node.url, address: node.address })}\n`);
    const stop = () => void node.stop().then(() => process.exit(0));
    process.once("SIGTERM", stop);
    process.once("SIGINT", stop);
  } catch (e) {
    process.stderr.write(`aerie node: ${(e as Error).message.split("\n")[0]}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
