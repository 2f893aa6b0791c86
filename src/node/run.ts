// runNode: the whole node on top of bootNode (main.ts): intake and committee routes over HTTP, and the committee
// and/or guardian loops (issue 7, items 1, 6, 7).
import { readFileSync } from "node:fs";
import pino, { type Logger } from "pino";
import type { Address } from "viem";

import { specHash, type TaskSpecFile } from "../lib/taskSpec";
import { parseTaskSpec } from "../aggregator/taskSpec";
import { CommitteeMember } from "./committee/loop";
import { CommitteeStore } from "./committee/store";
import { BundleSync } from "./committee/sync";
import type { NodeConfig } from "./config";
import { NodeConfigError } from "./errors";
import { faultInjected, faultPoint } from "./faults";
import { Guardian } from "./guardian/guardian";
import type { NodeMetrics, RoundState } from "./http/metrics";
import { registerOperatorRoutes } from "./http/operators";
import { registerPositionRoutes } from "./http/positions";
import { registerCommitteeRoutes } from "./http/signatures";
import type { ChainIndexer } from "./indexer/indexer";
import { buildIntakeApp, type IntakeApp } from "./intake/app";
import { chainParticipantLookup, chainRoundLookup } from "./intake/lookups";
import { chainFlLookups } from "./intake/flLookups";
import { bootNode, type NodeRuntime } from "./main";
import { sleep } from "./rpc";
import type { Store } from "./store/db";
import { readAddressBook, aerieAddresses } from "../sdk/addressBook";

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
 * Starts a node from its config file: `bootNode` (config, key, RPC check, store, deployment binding, journal
 * reconciled, indexer), then the HTTP server (intake + committee routes, same store) and the committee and/or
 * guardian loops, until `stop()`.
 * @throws NodeConfigError / RpcUnreachableError / StoreError / AddressBookError (one line: the field or URL and the fix).
 */
export async function runNode(configPath: string, options: { logger?: Logger; env?: NodeJS.ProcessEnv } = {}): Promise<RunningNode> {
  const env = options.env ?? process.env;
  const base = options.logger ?? pino({ level: env.AERIE_LOG_LEVEL ?? "info" });
  const runtime = await bootNode(configPath, env, base, {
    txHooks: { afterBroadcast: (e) => (e.intent?.startsWith("propose:") ? faultPoint("after-propose-send", env) : undefined) },
  });
  const { config } = runtime;
  let intake: IntakeApp | undefined;
  try {
    return await _start(runtime, base, env, (app) => (intake = app));
  } catch (e) {
    // nothing may keep the process alive after a failed start: the server, its worker threads, the store
    await intake?.close().catch(() => undefined);
    await runtime.close();
    throw _listenError(e, config);
  }
}

/** The parts of {@link runNode} after `bootNode`; `built` receives the intake as soon as it exists (to close it on failure). */
async function _start(runtime: NodeRuntime, base: Logger, env: NodeJS.ProcessEnv, built: (intake: IntakeApp) => void): Promise<RunningNode> {
  const { config, client, account, store, indexer, tx: queue } = runtime;
  const book = readAddressBook(config.addressBook)!;
  const addresses = aerieAddresses(book);
  const logger = base.child({ node: account.address, role: config.role });

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

  // Chain time (the latest block's timestamp): the windows of docs/PROTOCOL.md §7 are in chain time.
  let chainTime = (await client.getBlock({ blockTag: "latest" })).timestamp;
  const clock = () => chainTime;
  const scoringWindow = (h: `0x${string}`) => {
    const s = specs.get(h.toLowerCase());
    return s === undefined ? undefined : BigInt(s.scoringWindowSeconds);
  };
  const lookupParams = { client, registry: addresses.taskRegistry, scoringWindow, clock };

  let bundles: CommitteeStore | undefined;
  let member: CommitteeMember | undefined;
  const intake = await buildIntakeApp({
    db: store,
    chainId: book.chainId,
    registry: addresses.taskRegistry,
    participants: chainParticipantLookup(lookupParams),
    rounds: chainRoundLookup({ ...lookupParams, ttlSeconds: 5 }),
    clock,
    fl: chainFlLookups({
      client,
      store,
      contracts: { vault: addresses.stakingVault, registry: addresses.taskRegistry, settlement: addresses.roundSettlement, distributor: addresses.rewardDistributor },
      specs,
      indexedBlock: () => indexer.cursor().block,
    }),
    signerRateLimit: config.http.signerRateLimit,
    // the node's own pino logger: 5xx causes are logged with their stack; no line per request (buildServer)
    logger: logger.child({ part: "http" }),
    corsOrigins: config.http.corsOrigins,
    routes: (api) => {
      registerOperatorRoutes(api, { store, client, vault: addresses.stakingVault, registry: addresses.taskRegistry, indexedBlock: () => indexer.cursor().block });
      registerPositionRoutes(api, { store, vault: addresses.stakingVault, cursor: () => indexer.cursor() });
      bundles = new CommitteeStore(store);
      if (faultInjected("bundle-store-error", env)) {
        bundles.bundle = () => {
          throw new Error("injected fault bundle-store-error: disk I/O error reading the bundle store");
        };
      }
      registerCommitteeRoutes(api, {
        store,
        bundles,
        ...(config.role !== "guardian" ? { member: account.address } : {}),
        committee: () => (member ? member.committee() : Promise.reject(new Error("not a committee member"))),
      });
    },
    health: () => ({ address: account.address, role: config.role, chainTime: chainTime.toString(), indexedBlock: indexer.cursor().block.toString() }),
  });
  built(intake);
  intake.app.addHook("onResponse", async (request, reply) => {
    if (request.method === "POST" && INTAKE_POSTS.has(request.url) && reply.statusCode === 200) faultPoint("after-intake-ack", env);
  });
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
      peerAddresses: config.peerAddresses,
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

  const sync = new BundleSync({ store, bundles: bundles!, peers: config.peers, logger: logger.child({ part: "sync" }) });
  // `/metrics` tells the rounds this node worked on from the first scrape, not from the first pass
  _publishMetrics(intake.metrics, indexer, store);
  const address = await intake.app.listen({ host: config.http.host, port: config.http.port });
  let running = true;
  const indexerRun = indexer.run();
  const loop = (async () => {
    while (running) {
      try {
        chainTime = (await client.getBlock({ blockTag: "latest" })).timestamp;
        await sync.tick();
        if (member) await member.tick();
        if (guardian) await guardian.tick();
        _publishMetrics(intake.metrics, indexer, store);
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
      await runtime.close();
    },
  };
}

/** A port already taken becomes the config error it is (one line naming `http.port` and the fix); others pass through. */
function _listenError(e: unknown, config: NodeConfig): unknown {
  if ((e as NodeJS.ErrnoException | undefined)?.code !== "EADDRINUSE") return e;
  return new NodeConfigError("http.port", `http.port ${config.http.port} is in use on ${config.http.host}: set another port in the config ${config.configPath}`, { cause: e });
}
/** The intake's POST routes (the fault point "after-intake-ack" fires after each 200). */
const INTAKE_POSTS = new Set(["/v1/submissions", "/v1/scores", "/v1/scores-commits", "/v1/model-updates", "/v1/vote-commits", "/v1/votes"]);

/** This member's rounds by state in `committee_rounds`, as the metric's states. */
const STATE_OF: Record<string, RoundState> = { computed: "awaiting_result", signed: "awaiting_result", mismatch: "awaiting_result", proposed: "proposed", challenged: "challenged", final: "final", skipped: "skipped" };

/** Feeds `/metrics`: the chain-head lag and the rounds this node worked on, by state. */
function _publishMetrics(metrics: NodeMetrics, indexer: ChainIndexer, store: Store): void {
  metrics.setChainHeadLag(indexer.status().lagBlocks ?? 0n);
  const counts: Partial<Record<RoundState, number>> = {};
  for (const row of store.prepare("SELECT state, COUNT(*) AS n FROM committee_rounds GROUP BY state").all() as { state: string; n: number }[]) {
    const state = STATE_OF[row.state];
    if (state !== undefined) counts[state] = (counts[state] ?? 0) + row.n;
  }
  metrics.setRoundsByState(counts);
}
