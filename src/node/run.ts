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
import { PeerHealth } from "./committee/peers";
import { NodeConfigError } from "./errors";
import { faultInjected, faultPoint } from "./faults";
import { Guardian } from "./guardian/guardian";
import type { NodeMetrics } from "./http/metrics";
import { registerOperatorRoutes } from "./http/operators";
import { registerPositionRoutes } from "./http/positions";
import { registerCommitteeRoutes } from "./http/signatures";
import { registerRoundMessageRoutes } from "./http/roundMessages";
import type { ChainIndexer } from "./indexer/indexer";
import { roundStatesFromIndex, type TaskRounds } from "./indexer/roundStates";
import { buildIntakeApp, type IntakeApp } from "./intake/app";
import { chainParticipantLookup, chainRoundLookup } from "./intake/lookups";
import { chainFlLookups } from "./intake/flLookups";
import { bootNode, listenError, type NodeRuntime } from "./main";
import { sleep } from "./rpc";
import type { Store } from "./store/db";
import { readAddressBook, aerieAddresses } from "../sdk/addressBook";
import { taskRegistryAbi } from "../sdk/abis";

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
    probeHttpPort: true,
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
    const error = listenError(e, config);
    // a refused start (the port taken between the probe and the listen, a key not on the committee, a bad spec)
    // acknowledged nothing: leave the data dir as it was before this start
    if (error !== e || e instanceof NodeConfigError) runtime.removeCreated();
    throw error;
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

  const flLookups = chainFlLookups({
    client,
    store,
    contracts: { vault: addresses.stakingVault, registry: addresses.taskRegistry, settlement: addresses.roundSettlement, distributor: addresses.rewardDistributor },
    specs,
    indexedBlock: () => indexer.cursor().block,
  });
  const rounds = chainRoundLookup({ ...lookupParams, ttlSeconds: 5 });
  let bundles: CommitteeStore | undefined;
  let member: CommitteeMember | undefined;
  const intake = await buildIntakeApp({
    db: store,
    chainId: book.chainId,
    registry: addresses.taskRegistry,
    participants: chainParticipantLookup(lookupParams),
    rounds,
    clock,
    fl: flLookups,
    signerRateLimit: config.http.signerRateLimit,
    // the node's own pino logger: 5xx causes are logged with their stack; no line per request (buildServer)
    logger: logger.child({ part: "http" }),
    corsOrigins: config.http.corsOrigins,
    routes: (api) => {
      registerOperatorRoutes(api, { store, client, vault: addresses.stakingVault, registry: addresses.taskRegistry, indexedBlock: () => indexer.cursor().block });
      registerPositionRoutes(api, { store, vault: addresses.stakingVault, cursor: () => indexer.cursor() });
      registerRoundMessageRoutes(api, { store, rounds, policies: flLookups.policies, clock });
      bundles = new CommitteeStore(store);
      if (faultInjected("bundle-store-error", env)) {
        bundles.bundle = () => {
          throw new Error("injected fault bundle-store-error: disk I/O error reading the bundle store");
        };
      }
      registerCommitteeRoutes(api, {
        store,
        bundles,
        // a guardian-only node has no committee role: its committee-only routes answer not_committee_node
        ...(config.role !== "guardian" ? { member: account.address, committee: () => (member ? member.committee() : Promise.reject(new Error("the committee member is not built yet: retry shortly"))) } : {}),
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
  // one record of the peers' failure streaks for every call this node makes to them (committee, guardian, sync)
  const peerHealth = new PeerHealth(logger.child({ part: "peers" }));
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
      peerHealth,
      // the round's signature recoveries on the intake's worker threads (both cores), as the intake's own
      recoverer: intake.recoverer,
      reconcileTimeoutMs: config.committee.reconcileTimeoutMs,
    });
    const committee = await member.committee();
    if (!committee.members.some((m) => m.toLowerCase() === account.address.toLowerCase())) {
      throw new NodeConfigError("key", `config ${config.configPath}: key: ${account.address} is not a member of the committee on chain: use a member's key or set "role": "guardian"`);
    }
  }
  const guardian =
    config.role === "committee"
      ? undefined
      : new Guardian({ client, store, bundles: bundles!, account, queue, addresses, specs, peers: config.peers, indexedBlock, logger: logger.child({ part: "guardian" }), peerHealth, recoverer: intake.recoverer });

  const sync = new BundleSync({ store, bundles: bundles!, peers: config.peers, logger: logger.child({ part: "sync" }), peerHealth });
  // `/metrics` tells the served rounds by state from the first scrape, not from the first pass
  const served = () => _servedTasks(client, addresses.taskRegistry, specs);
  _publishMetrics(intake.metrics, indexer, store, await served(), chainTime);
  const address = await intake.app.listen({ host: config.http.host, port: config.http.port });
  let running = true;
  const indexerRun = indexer.run();
  // Chain time is refreshed on its own, not only between passes: a pass can wait on peers for seconds (round-message
  // reconciliation), and meanwhile this node's routes judge windows by `clock` (a stale clock answered its peers
  // `round_not_closed` for a round they had already closed, so neither side got the other's messages).
  const clockLoop = (async () => {
    while (running) {
      try {
        chainTime = (await client.getBlock({ blockTag: "latest" })).timestamp;
      } catch {
        // the pass below logs a chain that does not answer
      }
      await sleep(config.committee.pollIntervalMs);
    }
  })();
  const loop = (async () => {
    while (running) {
      try {
        chainTime = (await client.getBlock({ blockTag: "latest" })).timestamp;
        await sync.tick();
        if (member) await member.tick();
        if (guardian) await guardian.tick();
        _publishMetrics(intake.metrics, indexer, store, await served(), chainTime);
      } catch (e) {
        logger.warn({ err: (e as Error).message }, "node: pass failed (retried)");
      }
      await sleep(config.committee.pollIntervalMs);
    }
  })();
  logger.info({ url: address, publicUrl, address: account.address, chainId: book.chainId, specs: specs.size, peers: config.peers.length }, "node ready");
  return {
    url: address,
    address: account.address,
    committee: member,
    guardian,
    indexer,
    async stop() {
      running = false;
      indexer.stop();
      await Promise.allSettled([loop, clockLoop, indexerRun]);
      await intake.close();
      await runtime.close();
    },
  };
}

/** The intake's POST routes (the fault point "after-intake-ack" fires after each 200). */
const INTAKE_POSTS = new Set(["/v1/submissions", "/v1/scores", "/v1/scores-commits", "/v1/model-updates", "/v1/vote-commits", "/v1/votes"]);

/**
 * The served tasks' round schedules (one `taskCount` and one `getTask` per task): a task is served when its on-chain
 * `specHash` is one of the config's specs.
 */
async function _servedTasks(client: NodeRuntime["client"], registry: Address, specs: ReadonlyMap<string, TaskSpecFile>): Promise<TaskRounds[]> {
  const count = await client.readContract({ address: registry, abi: taskRegistryAbi, functionName: "taskCount" });
  const out: TaskRounds[] = [];
  for (let taskId = 1n; taskId <= count; taskId++) {
    const task = await client.readContract({ address: registry, abi: taskRegistryAbi, functionName: "getTask", args: [taskId] });
    const spec = specs.get(task.specHash.toLowerCase());
    if (spec === undefined) continue;
    out.push({ taskId, startTime: task.startTime, roundDuration: task.roundDuration, activeRounds: BigInt(task.activeRounds), scoringWindowSeconds: BigInt(spec.scoringWindowSeconds) });
  }
  return out;
}

/** Feeds `/metrics`: the chain-head lag and the served tasks' rounds by state, as the chain (the index) sees them. */
function _publishMetrics(metrics: NodeMetrics, indexer: ChainIndexer, store: Store, tasks: readonly TaskRounds[], now: bigint): void {
  metrics.setChainHeadLag(indexer.status().lagBlocks ?? 0n);
  metrics.setRoundsByState(roundStatesFromIndex(store, tasks, now));
}
