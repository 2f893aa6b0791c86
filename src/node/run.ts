// runNode: the whole node on top of bootNode (main.ts): intake and committee routes over HTTP, and the committee
// and/or guardian loops (issue 7, items 1, 6, 7).
import { readFileSync } from "node:fs";
import pino, { type Logger } from "pino";
import type { Address } from "viem";

import { specHash, type TaskSpecFile } from "../lib/taskSpec";
import { parseTaskSpec } from "../aggregator/taskSpec";
import { CommitteeMember } from "./committee/loop";
import { CommitteeStore } from "./committee/store";
import { NodeConfigError } from "./errors";
import { faultPoint } from "./faults";
import { Guardian } from "./guardian/guardian";
import type { NodeMetrics, RoundState } from "./http/metrics";
import { registerOperatorRoutes } from "./http/operators";
import { registerCommitteeRoutes } from "./http/signatures";
import type { ChainIndexer } from "./indexer/indexer";
import { buildIntakeApp } from "./intake/app";
import { chainParticipantLookup, chainRoundLookup } from "./intake/lookups";
import { bootNode } from "./main";
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
    signerRateLimit: null,
    logger: false,
    corsOrigins: config.http.corsOrigins,
    routes: (api) => {
      registerOperatorRoutes(api, { store, client, vault: addresses.stakingVault, registry: addresses.taskRegistry, indexedBlock: () => indexer.cursor().block });
      bundles = new CommitteeStore(store);
      registerCommitteeRoutes(api, {
        store,
        bundles,
        ...(config.role !== "guardian" ? { member: account.address } : {}),
        committee: () => (member ? member.committee() : Promise.reject(new Error("not a committee member"))),
      });
    },
    health: () => ({ address: account.address, role: config.role, chainTime: chainTime.toString(), indexedBlock: indexer.cursor().block.toString() }),
  });
  intake.app.addHook("onResponse", async (request, reply) => {
    if (request.method === "POST" && (request.url === "/v1/submissions" || request.url === "/v1/scores") && reply.statusCode === 200) faultPoint("after-intake-ack", env);
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

  const address = await intake.app.listen({ host: config.http.host, port: config.http.port });
  let running = true;
  const indexerRun = indexer.run();
  const loop = (async () => {
    while (running) {
      try {
        chainTime = (await client.getBlock({ blockTag: "latest" })).timestamp;
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
      await intake.app.close();
      await runtime.close();
    },
  };
}

/** This member's rounds by state in `committee_rounds`, as the metric's states. */
const STATE_OF: Record<string, RoundState> = { computed: "awaiting_result", signed: "awaiting_result", mismatch: "awaiting_result", proposed: "proposed", final: "final", skipped: "skipped" };

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
