// The node's HTTP server (fastify 5): /v1 routes, one error shape, CORS, body and rate limits, health, metrics.
import cors from "@fastify/cors";
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { z } from "zod";

import { HttpError, installErrorHandlers } from "./errors";
import type { NodeMetrics } from "./metrics";
import { ApiRegistry } from "./openapi";
import { RateLimiter, type RateLimit } from "./rateLimit";

// ------------------------------------------------------------------ types

/** Options of {@link buildServer}. */
export type BuildServerParameters = {
  metrics: NodeMetrics;
  /** Registers the service routes (intake, and later signatures and bundles) on the API registry. */
  routes: (api: ApiRegistry) => void;
  /** Origins allowed by CORS (the wallet app), e.g. `["https://wallet.aerie.example"]`; `[]` = none. */
  corsOrigins?: string[];
  /** Largest request body, bytes (default 1 MiB: a Scores message of 10,000 trainers is about 560 KB). */
  bodyLimit?: number;
  /** Per client IP, checked before the body is read; absent = unlimited. */
  ipRateLimit?: RateLimit;
  /** Extra health facts (e.g. `{ db: "ok" }`); throwing makes `/healthz` answer 503. */
  health?: () => Record<string, unknown>;
  /**
   * Where the server logs (5xx causes with their stack; never one line per request): a pino logger instance (the
   * node's), or fastify's `logger` option (a pino config `{ level }`, `true`, or `false`, the default).
   */
  logger?: FastifyServerOptions["logger"] | FastifyBaseLogger;
};

/**
 * The codes answered before a route's own code runs (body parsing, content-type and size limits, schema
 * validation). On a route declaring `intakeKind` they are counted in `aerie_intake_rejected_total` here; the
 * intake counts every other code itself.
 */
const PRE_HANDLER_CODES = new Set(["malformed_json", "invalid_body", "invalid_params", "body_too_large", "unsupported_media_type", "bad_request"]);

/** What `/healthz` answers: the server's `status`, the intake's store facts and, in `aerie node`, the node's own. */
const HealthSchema = z
  .object({
    status: z.literal("ok"),
    db: z.literal("ok").optional().meta({ description: "the store answered a query (intake)" }),
    inbox: z.number().int().optional().meta({ description: "messages held in the inbox (intake)" }),
    address: z.string().optional().meta({ description: "the node's key (aerie node)" }),
    role: z.enum(["committee", "guardian", "both"]).optional().meta({ description: "the node's role (aerie node)" }),
    chainTime: z.string().optional().meta({ description: "the latest block's timestamp, unix seconds (aerie node)" }),
    indexedBlock: z.string().optional().meta({ description: "the last block the index holds completely (aerie node)" }),
  })
  .strict()
  .meta({ id: "Health" });

// ------------------------------------------------------------------ factory

/**
 * Builds (does not listen) the node's fastify app. Every failure answers `{ error: { code, message } }`.
 *
 * @returns the app, ready for `inject` or `listen`.
 */
export async function buildServer(p: BuildServerParameters): Promise<FastifyInstance> {
  // no per-request log lines (fastify's "incoming request"/"request completed" at info): errors are still logged
  const logging = _isLoggerInstance(p.logger) ? { loggerInstance: p.logger } : { logger: p.logger ?? false };
  const app = Fastify({ ...logging, logController: new LogController({ disableRequestLogging: true }), bodyLimit: p.bodyLimit ?? 1024 * 1024 });
  // JSON only: fastify's built-in text/plain parser would hand a string to the schema (400 instead of 415)
  app.removeContentTypeParser("text/plain");
  installErrorHandlers(app, (request, code) => {
    const config = request.routeOptions.config as { intakeKind?: string; countsHandlerRejections?: boolean } | undefined;
    const kind = config?.intakeKind;
    if (kind !== undefined && (PRE_HANDLER_CODES.has(code) || config?.countsHandlerRejections === true)) p.metrics.intakeRejected.inc({ kind, reason: code });
  });
  await app.register(cors, { origin: p.corsOrigins ?? [], methods: ["GET", "POST"] });

  if (p.ipRateLimit !== undefined) {
    const limiter = new RateLimiter(p.ipRateLimit);
    app.addHook("onRequest", async (request) => {
      const taken = limiter.take(request.ip);
      if (!taken.ok) {
        throw new HttpError(429, "rate_limited", `too many requests from ${request.ip}: retry in ${taken.retryAfterSeconds} s`, {
          headers: { "retry-after": String(taken.retryAfterSeconds) },
        });
      }
    });
  }

  const api = new ApiRegistry(app, { title: "Aerie node", version: "1.0.0", description: "Intake of signed round inputs (docs/PROTOCOL.md §7) and the node's service API" });
  api.route(
    {
      method: "GET",
      url: "/healthz",
      operationId: "health",
      summary: "Liveness and store health",
      responses: { 200: { description: "healthy", schema: HealthSchema } },
      errors: { 503: "unhealthy (store unavailable)" },
    },
    async () => {
      try {
        return { status: "ok", ...(p.health?.() ?? {}) };
      } catch (e) {
        throw new HttpError(503, "unhealthy", `unhealthy: ${(e as Error).message}`);
      }
    },
  );
  api.route(
    {
      method: "GET",
      url: "/metrics",
      operationId: "metrics",
      summary: "Prometheus metrics (intake, rounds by state, chain-head lag, RPC errors, process)",
      responses: { 200: { description: "Prometheus text format", schema: z.string(), contentType: "text/plain" } },
    },
    async ({ reply }) => {
      const text = await p.metrics.registry.metrics();
      return reply.header("content-type", p.metrics.registry.contentType).send(text);
    },
  );
  p.routes(api);
  api.route(
    {
      method: "GET",
      url: "/v1/openapi.json",
      operationId: "openapi",
      summary: "This OpenAPI 3.1 document",
      responses: { 200: { description: "the document", schema: z.record(z.string(), z.unknown()) } },
    },
    async () => api.document(),
  );
  return app;
}

/** A pino-like logger instance (as opposed to fastify's `logger` option: a boolean or a pino config). */
function _isLoggerInstance(l: BuildServerParameters["logger"]): l is FastifyBaseLogger {
  return typeof l === "object" && l !== null && typeof (l as { child?: unknown }).child === "function" && typeof (l as { error?: unknown }).error === "function";
}
