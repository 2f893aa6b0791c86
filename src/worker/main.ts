// `aerie worker --config <file>`: builds a RoundWorker from its config and runs it until the task's rounds are done.
import { readFileSync } from "node:fs";
import pino, { type Logger } from "pino";
import { createPublicClient, http, type PublicClient } from "viem";

import { aerieDomain } from "../lib/eip712";
import { parseTaskSpec } from "../aggregator/taskSpec";
import { specHash } from "../lib/taskSpec";
import { loadNodeAccount } from "../node/config";
import { aerieAddresses, getTask, readAddressBook } from "../sdk";
import { startArtefactServer, type ArtefactServer } from "./artefacts";
import { loadWorkerConfig, type WorkerConfig } from "./config";
import { heldOutSet, trainerShard } from "./data/synthetic";
import { WorkerConfigError } from "./errors";
import { chainView, nodeApi } from "./nodes";
import type { FederatedModelPlugin } from "./plugin";
import { loadModelPlugin } from "./pluginLoader";
import { unreachableRpcUrl } from "../sdk/errors";
import { RoundWorker } from "./worker";
import { FlRoundWorker } from "./fl/worker";
import { flNodeApi } from "./fl/nodes";
import { FLOCK_FL_ALLIANCE_V1 } from "../aggregator/policy/flockFlAllianceV1";
import { taskPolicyOf } from "../aggregator/policy/registry";
import { fileCommitmentStore } from "./commitments";
import { fileArtefactStore, fileTrainerStore } from "./store";

/** A started worker: its loop (AI Arena or FL Alliance), artefact server and how to stop both. */
export type StartedWorker = {
  worker: RoundWorker | FlRoundWorker;
  artefacts: ArtefactServer;
  config: WorkerConfig;
  /**
   * Whether validators (voters) may still fetch this worker's artefacts: chain time is before the last round's
   * scoring window (and reveal window) closed. `runWorker` keeps serving until then.
   */
  stillServing(): Promise<boolean>;
  close(): Promise<void>;
};

/**
 * Builds a worker from a config file: loads the key, reads the task and checks its specHash against the spec file,
 * generates its shard or held-out set, and starts its artefact server (prints `{"listening": url}` via `log`).
 * @throws {WorkerConfigError} (or the node config's key errors): one line naming the field and the fix.
 */
export async function startWorker(configPath: string, env: NodeJS.ProcessEnv = process.env, log: Logger = pino({ name: "aerie-worker" })): Promise<StartedWorker> {
  const config = loadWorkerConfig(configPath);
  // the plug-in first: its errors are the config's, and need no chain
  const plugin = await loadModelPlugin(config);
  const account = await loadNodeAccount(config, env);
  const book = readAddressBook(config.addressBook);
  if (!book) throw new WorkerConfigError("addressBook", `worker config ${config.configPath}: addressBook: ${config.addressBook} cannot be read: fix the path`);
  const addresses = aerieAddresses(book);
  const client = createPublicClient({ transport: http(config.rpc.url, { timeout: 10_000 }) }) as PublicClient;
  const taskId = BigInt(config.taskId);
  const spec = parseTaskSpec(JSON.parse(readFileSync(config.spec, "utf8")));
  const task = await getTask(client, { addresses, taskId }).catch((e: unknown) => {
    throw chainReadError(e, config, `task ${taskId}`);
  });
  if (task.specHash.toLowerCase() !== specHash(spec).toLowerCase()) {
    throw new WorkerConfigError("spec", `worker config ${config.configPath}: spec: ${config.spec} hashes to ${specHash(spec)}, task ${taskId} was created with ${task.specHash}: use the task's spec file`);
  }
  const chainId = await client.getChainId().catch((e: unknown) => {
    throw chainReadError(e, config, "the chain id");
  });
  const tp = taskPolicyOf(spec);
  const commitReveal = tp.policy.messages.includes("scoresCommit");
  const revealSeconds = tp.revealWindowSeconds ?? 0n;
  // the salts of commitments live on disk before a commitment is sent (a restarted worker still reveals)
  const commitments = fileCommitmentStore(config.dataDir, account.address);
  // what it serves, and a trainer's rounds and last model, live on disk before the messages naming them are sent
  const artefactStore = fileArtefactStore(config.dataDir, config.retainRounds);
  const persisted = artefactStore.load().length;
  const artefacts = await startArtefactServer({ ...config.serve, store: artefactStore });
  if (persisted > 0 && config.serve.port === 0 && config.serve.publicUrl === undefined) {
    log.warn({ event: "serve_moved", artefacts: persisted }, `serving ${persisted} artefacts from ${config.dataDir} at a new port (serve.port is 0): the URIs sent before the restart do not reach them; set serve.port or serve.publicUrl`);
  }
  const common = {
    taskId,
    account,
    domain: aerieDomain(chainId, addresses.taskRegistry),
    scoringWindowSeconds: BigInt(spec.scoringWindowSeconds),
    chain: chainView(client, addresses, taskId),
    nodes: nodeApi(config.nodes, taskId, { timeoutMs: config.nodeTimeoutMs }, log),
    artefacts,
    log,
  };
  const fl = config.fl;
  if (config.role === "fl" && spec.policy.id !== FLOCK_FL_ALLIANCE_V1) {
    throw new WorkerConfigError("role", `worker config ${config.configPath}: role: "fl" needs a task with policy ${FLOCK_FL_ALLIANCE_V1}, task ${taskId} uses ${spec.policy.id}: use "trainer" or "validator"`);
  }
  const worker =
    config.role === "fl" && fl !== undefined
      ? new FlRoundWorker({
          ...common,
          nodes: flNodeApi(config.nodes, taskId, { timeoutMs: config.nodeTimeoutMs }),
          revealWindowSeconds: revealSeconds,
          commitments,
          proposals: fileTrainerStore(config.dataDir, account.address, taskId),
          plugin: plugin as FederatedModelPlugin, // loadModelPlugin checked the codec for role "fl"
          shard: trainerShard(config.dataset, fl.shard.index, fl.shard),
          heldOut: heldOutSet(config.dataset, fl.heldOut.index, fl.heldOut.size),
          proposer: fl.proposer,
          voteTolerance: BigInt(fl.voteTolerance),
          fetchOptions: { timeoutMs: fl.fetchTimeoutMs, maxBytes: fl.maxModelBytes },
        })
      : config.role === "trainer"
      ? new RoundWorker({
          ...common,
          role: "trainer",
          trainer: {
            plugin,
            shard: trainerShard(config.dataset, config.trainer!.shard.index, config.trainer!.shard),
            behaviour: config.trainer!.behaviour,
            randomModel: (round) => plugin.random(`random/${account.address}/${round}`),
            state: fileTrainerStore(config.dataDir, account.address, taskId),
          },
        })
      : new RoundWorker({
          ...common,
          role: "validator",
          validator: {
            plugin,
            heldOut: heldOutSet(config.dataset, config.validator!.heldOut.index, config.validator!.heldOut.size),
            behaviour: config.validator!.behaviour,
            fetchOptions: { timeoutMs: config.validator!.fetchTimeoutMs, maxBytes: config.validator!.maxModelBytes },
            ...(commitReveal ? { revealWindowSeconds: revealSeconds, commitments } : {}),
          },
        });
  log.info({ listening: artefacts.url, role: config.role, operator: account.address, taskId: config.taskId }, `worker ${account.address} (${config.role}) serving ${artefacts.url}`);
  const stillServing = async () => {
    const [s, now] = [await common.chain.schedule(), await common.chain.now()];
    return now < s.startTime + BigInt(s.activeRounds) * s.roundDuration + common.scoringWindowSeconds + revealSeconds;
  };
  return { worker, artefacts, config, stillServing, close: () => artefacts.close() };
}

/**
 * The one-line error of a failed chain read at start: the task does not exist (names `taskId`), or the RPC cannot be
 * reached (names the URL and `rpc.url`).
 */
function chainReadError(e: unknown, config: WorkerConfig, what: string): Error {
  const where = `worker config ${config.configPath}`;
  const m = e instanceof Error ? e.message : String(e);
  if (/TaskRegistryUnknownTask/.test(m)) {
    return new WorkerConfigError("taskId", `${where}: taskId: task ${config.taskId} does not exist on the chain at ${config.rpc.url}: use the id \`aerie task create\` printed`, { cause: e });
  }
  if (unreachableRpcUrl(e) !== undefined) {
    return new WorkerConfigError("rpc.url", `${where}: rpc.url: cannot reach the chain at ${config.rpc.url} (reading ${what}): start it or set rpc.url in ${config.configPath}`, { cause: e });
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** Runs a worker until its task's rounds are done or SIGINT/SIGTERM. */
export async function runWorker(configPath: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const log = pino({ name: "aerie-worker", level: env.AERIE_LOG_LEVEL ?? "info" });
  const started = await startWorker(configPath, env, log);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await started.worker.run({ intervalMs: started.config.pollIntervalMs, signal: stop.signal });
    log.info({ event: "done" }, "every round of the task is done");
    // validators fetch a round's models during its scoring window: serve them until the last one closed, and for
    // `lingerSeconds` more (the last round's global model is derived only once it settled, and others fetch it then)
    const lingerUntil = Date.now() + started.config.lingerSeconds * 1000;
    const serving = async () => Date.now() < lingerUntil || (await started.stillServing().catch(() => true));
    while (!stop.signal.aborted && (await serving())) {
      // a finished worker's tick only sends again what a node missed (until the message's window closes)
      if (started.worker instanceof RoundWorker) await started.worker.tick().catch(() => undefined);
      await new Promise((r) => setTimeout(r, started.config.pollIntervalMs));
    }
    log.info({ event: "stopped" }, "the last round's windows closed and lingerSeconds passed: stopping");
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await started.close();
  }
}
