// Wires the intake: store, inbox writer, intake service, rate limits, metrics and the HTTP server.
import type { FastifyInstance } from "fastify";
import type { Address } from "viem";

import { createNodeMetrics, type NodeMetrics } from "../http/metrics";
import { RateLimiter, type RateLimit } from "../http/rateLimit";
import type { ApiRegistry } from "../http/openapi";
import { buildServer, type BuildServerParameters } from "../http/server";
import { openStore, type Store } from "../store/db";
import { InboxStore, InboxWriter, ThreadedInboxWriter, type InboxSink } from "../store/inbox";
import { createIntake, type Intake } from "./intake";
import type { Clock, ParticipantLookup, RoundLookup } from "./lookups";
import { defaultRecoverer, defaultRecoverThreads, type Recoverer } from "./recover";
import { registerIntakeRoutes } from "./routes";
import { createFlIntake, type FlIntake } from "./flIntake";
import type { FlLookups } from "./flLookups";
import { registerFlRoutes } from "./flRoutes";

/** Options of {@link buildIntakeApp}. */
export type BuildIntakeAppParameters = {
  /** Database file (`:memory:` in unit tests). */
  dbPath?: string;
  /** Or: an open store to use (the whole node's; `close()` then leaves it open). */
  db?: Store;
  chainId: number;
  registry: Address;
  participants: ParticipantLookup;
  rounds: RoundLookup;
  /** Default: the native binding in a pool of {@link BuildIntakeAppParameters.recoverThreads} worker threads. */
  recoverer?: Recoverer;
  /**
   * Worker threads recovering signatures when no `recoverer` is given (default: the machine's available
   * parallelism less one, for the event loop; at least 1); 0 = in the event-loop thread.
   */
  recoverThreads?: number;
  /**
   * Group commit in a writer thread with its own connection (default `true`; an in-memory database always
   * commits in the calling thread); `false`: commit in the event-loop thread (which then waits for each fsync).
   * The intermittent `store_unavailable` once seen with the thread under load was SQLITE_BUSY on a deferred
   * transaction's upgrade while the main connection wrote; the inbox now begins IMMEDIATE (test/node/store.test.ts).
   */
  writerThread?: boolean;
  clock?: Clock;
  /**
   * The task policies and round draws of the commit–reveal and FL Alliance intake (src/node/intake/flIntake.ts).
   * Absent: those routes answer `unknown_task_spec`, and `POST /v1/scores` takes scores in the clear only.
   */
  fl?: FlLookups;
  /** Per recovered signer (default: burst 20, 2/s). `null` = unlimited. */
  signerRateLimit?: RateLimit | null;
  /** Per client IP (default: burst 200, 100/s). `null` = unlimited. */
  ipRateLimit?: RateLimit | null;
  corsOrigins?: string[];
  bodyLimit?: number;
  /** See {@link BuildServerParameters.logger}: the node passes its pino logger. */
  logger?: BuildServerParameters["logger"];
  metrics?: NodeMetrics;
  /** More routes on the same server (the committee's signatures, bundles and claims); they get the store. */
  routes?: (api: ApiRegistry, db: Store) => void;
  /** More `/healthz` facts. */
  health?: () => Record<string, unknown>;
};

/** The running parts of an intake node. */
export type IntakeApp = {
  app: FastifyInstance;
  db: Store;
  inbox: InboxStore;
  intake: Intake;
  /** The commit–reveal and FL Alliance intake. */
  fl: FlIntake;
  metrics: NodeMetrics;
  /** How signatures are recovered (`native-pool`: worker threads). */
  recoverer: Recoverer;
  /** Where accepted messages are committed. */
  writer: InboxSink;
  close(): Promise<void>;
};

/** Default per-signer limit: a burst of 20 messages, then 2 per second. */
export const DEFAULT_SIGNER_RATE_LIMIT: RateLimit = { burst: 20, perSecond: 2 };
/** Default per-IP limit: a burst of 200 requests, then 100 per second. */
export const DEFAULT_IP_RATE_LIMIT: RateLimit = { burst: 200, perSecond: 100 };

/**
 * Opens the store (migrating it) and builds the HTTP app with the intake routes, `/healthz`, `/metrics` and
 * `/v1/openapi.json`. Does not listen.
 *
 * @throws {StoreError} if the database cannot be opened or migrated.
 */
export async function buildIntakeApp(p: BuildIntakeAppParameters): Promise<IntakeApp> {
  const db = p.db ?? openStore({ path: p.dbPath ?? ":memory:" });
  const inbox = new InboxStore(db);
  const metrics = p.metrics ?? createNodeMetrics();
  const signerRateLimit = p.signerRateLimit === undefined ? DEFAULT_SIGNER_RATE_LIMIT : p.signerRateLimit;
  const ipRateLimit = p.ipRateLimit === undefined ? DEFAULT_IP_RATE_LIMIT : p.ipRateLimit;
  const recoverer = p.recoverer ?? defaultRecoverer(p.recoverThreads ?? defaultRecoverThreads());
  const writer: InboxSink = (p.writerThread !== false && !db.memory ? ThreadedInboxWriter.start({ store: inbox, path: db.name }) : undefined) ?? new InboxWriter(inbox);
  const intake = createIntake({
    chainId: p.chainId,
    registry: p.registry,
    participants: p.participants,
    rounds: p.rounds,
    recoverer,
    writer,
    ...(p.clock !== undefined ? { clock: p.clock } : {}),
    ...(signerRateLimit !== null ? { signerLimiter: new RateLimiter(signerRateLimit) } : {}),
    metrics,
  });
  const fl = createFlIntake({
    chainId: p.chainId,
    registry: p.registry,
    db,
    rounds: p.rounds,
    participants: p.participants,
    fl: p.fl ?? { policies: async () => undefined, roles: async () => undefined },
    ...(p.clock !== undefined ? { clock: p.clock } : {}),
  });
  // the threads must be up before the server answers (a first message would otherwise wait for their boot)
  await Promise.all([writer.ready, recoverer.ready]);
  metrics.registerGauge("aerie_inbox_messages", "Messages currently held in the inbox", () => inbox.count());
  const ping = db.prepare("SELECT 1 AS ok");
  const app = await buildServer({
    metrics,
    routes: (api) => {
      registerIntakeRoutes(api, intake, p.fl !== undefined ? fl : undefined);
      registerFlRoutes(api, fl);
      p.routes?.(api, db);
    },
    ...(p.corsOrigins !== undefined ? { corsOrigins: p.corsOrigins } : {}),
    ...(p.bodyLimit !== undefined ? { bodyLimit: p.bodyLimit } : {}),
    ...(ipRateLimit !== null ? { ipRateLimit } : {}),
    ...(p.logger !== undefined ? { logger: p.logger } : {}),
    health: () => {
      ping.get();
      return { db: "ok", inbox: inbox.count(), ...(p.health?.() ?? {}) };
    },
  });
  return {
    app,
    db,
    inbox,
    intake,
    fl,
    metrics,
    recoverer,
    writer,
    async close() {
      await app.close();
      await writer.close();
      if (p.recoverer === undefined) await recoverer.close?.();
      if (p.db === undefined) db.close();
    },
  };
}
