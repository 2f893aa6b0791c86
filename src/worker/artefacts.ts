// The worker's small HTTP server (fastify): its model artefacts by hash, and its evaluation reports by round.
import Fastify, { type FastifyInstance } from "fastify";
import type { Hex } from "viem";

import { modelHash } from "./model/format";
import type { ArtefactStore } from "./store";

/** A running artefact server. */
export type ArtefactServer = {
  /** Base URL the artefacts are published under (the config's `publicUrl`, or the listening address). */
  url: string;
  /**
   * Stores `bytes` and returns its `modelHash` and `modelURI` (`{url}/models/{hash}`). With a store, the bytes are on
   * disk (as an artefact of `round`) before it returns.
   * @throws {Error} with a store and no `round`.
   */
  put(bytes: Uint8Array, round?: bigint): { modelHash: Hex; modelURI: string };
  /** The bytes served at `{url}/models/{hash}`, or `undefined`. */
  get(hash: Hex): Uint8Array | undefined;
  /** Publishes a JSON report (a validator's per-round outcomes) at `{url}/reports/{taskId}/{round}`. */
  putReport(taskId: bigint, round: bigint, report: unknown): void;
  /**
   * Publishes an FL task's global model of `round` (the model proposers start that round from): stores its bytes as
   * a model and serves `{taskId, round, modelHash, modelURI}` at `{url}/global/{taskId}/{round}`.
   */
  putGlobal(taskId: bigint, round: bigint, bytes: Uint8Array): { modelHash: Hex; modelURI: string };
  app: FastifyInstance;
  close(): Promise<void>;
};

/**
 * Starts the server. `GET /models/:hash` answers the bytes (`application/octet-stream`) or 404 `model_not_found`;
 * `GET /reports/:taskId/:round` the report or 404 `report_not_found`; `GET /global/:taskId/:round` an FL round's
 * global model's hash and URI or 404 `global_not_found`. Artefacts are held in memory and, with `store`, written to
 * it before `put` returns; the store's artefacts (each checked against its hash) are served from the start, at
 * the same URIs if the server listens at the same `publicUrl` or port.
 *
 * @param p `port` 0 picks a free port.
 * @throws {WorkerStoreError} if a stored artefact is corrupt (before listening).
 */
export async function startArtefactServer(p: { host: string; port: number; publicUrl?: string | undefined; store?: ArtefactStore }): Promise<ArtefactServer> {
  const models = new Map<string, Uint8Array>();
  for (const a of p.store?.load() ?? []) models.set(a.modelHash, a.bytes);
  const reports = new Map<string, string>();
  const globals = new Map<string, string>();
  const app = Fastify({ logger: false });
  app.get<{ Params: { hash: string } }>("/models/:hash", async (req, reply) => {
    const bytes = models.get(req.params.hash.toLowerCase());
    if (bytes === undefined) return reply.code(404).send({ error: { code: "model_not_found", message: `no model ${req.params.hash} here` } });
    return reply.header("content-type", "application/octet-stream").send(Buffer.from(bytes));
  });
  app.get<{ Params: { taskId: string; round: string } }>("/reports/:taskId/:round", async (req, reply) => {
    const text = reports.get(`${req.params.taskId}/${req.params.round}`);
    if (text === undefined) return reply.code(404).send({ error: { code: "report_not_found", message: `no report for task ${req.params.taskId} round ${req.params.round}` } });
    return reply.header("content-type", "application/json; charset=utf-8").send(text);
  });
  app.get<{ Params: { taskId: string; round: string } }>("/global/:taskId/:round", async (req, reply) => {
    const text = globals.get(`${req.params.taskId}/${req.params.round}`);
    if (text === undefined) return reply.code(404).send({ error: { code: "global_not_found", message: `no global model for task ${req.params.taskId} round ${req.params.round} here` } });
    return reply.header("content-type", "application/json; charset=utf-8").send(text);
  });
  await app.listen({ host: p.host, port: p.port });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : p.port;
  const url = (p.publicUrl ?? `http://${p.host}:${port}`).replace(/\/+$/, "");
  const put = (bytes: Uint8Array, round?: bigint) => {
    const hash = modelHash(bytes);
    if (p.store !== undefined) {
      if (round === undefined) throw new Error(`artefact ${hash}: a persisted artefact needs the round it is published in`);
      p.store.put(hash, round, bytes);
    }
    models.set(hash.toLowerCase(), bytes);
    return { modelHash: hash, modelURI: `${url}/models/${hash}` };
  };
  return {
    url,
    app,
    put,
    get: (hash) => models.get(hash.toLowerCase()),
    putGlobal(taskId, round, bytes) {
      const published = put(bytes, round);
      globals.set(`${taskId}/${round}`, JSON.stringify({ taskId: taskId.toString(), round: round.toString(), ...published }));
      return published;
    },
    putReport(taskId, round, report) {
      reports.set(`${taskId}/${round}`, JSON.stringify(report, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)));
    },
    close: () => app.close(),
  };
}
