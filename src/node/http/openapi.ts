// Routes declared once with zod schemas: fastify validates with them and the OpenAPI 3.1 document is built
// from the same schemas with zod 4's z.toJSONSchema (no separate spec to drift).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";

import { describeFirstIssue } from "../../aggregator/schema";
import { ErrorBodySchema, HttpError } from "./errors";

// ------------------------------------------------------------------ types

/** One response of a route: its description and, for JSON bodies, its schema. */
export type ResponseSpec = { description: string; schema?: z.ZodType; contentType?: string };

/** A route: its method, fastify URL (`/v1/x/:id`), docs and zod schemas of its params and body. */
export type RouteSpec<P extends z.ZodType | undefined, B extends z.ZodType | undefined> = {
  method: "GET" | "POST";
  url: string;
  operationId: string;
  summary: string;
  tags?: string[];
  params?: P;
  body?: B;
  /** Successful responses by status; error responses are added for every route. */
  responses: Record<number, ResponseSpec>;
  /** Error statuses this route can answer besides 400/404/429/500 (and 413/415 for a route with a body), documented with the error shape. */
  errors?: Record<number, string>;
  /**
   * Checked when the request arrives, before its body is read or validated (a fastify `onRequest` hook): throw an
   * `HttpError` to refuse it (e.g. a committee-only route on a guardian-only node).
   */
  precondition?: () => void;
  /**
   * Serialize the 200 answer with fastify's schema-compiled serializer (fast-json-stringify) built from
   * `responses[200].schema` (a plain object schema: properties it does not list are dropped). Default: JSON.stringify.
   */
  compiledSerializer?: boolean;
  /**
   * The intake kind (`submission`, `scores`) of a route taking signed messages: its rejections answered before the
   * handler runs (malformed JSON, size and content-type limits, schema) are counted in
   * `aerie_intake_rejected_total{kind, reason}` (see `buildServer`).
   */
  intakeKind?: string;
  /**
   * With `intakeKind`: also count the handler's own 4xx codes here (for routes whose handler does not count its
   * rejections itself, like the commit–reveal and FL Alliance routes).
   */
  countsHandlerRejections?: boolean;
};

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler sees: validated params and body, and the raw request. */
export type RouteInput<P, B> = { params: P; body: B; request: FastifyRequest; reply: FastifyReply };

// ------------------------------------------------------------------ registry

/** Collects routes as they are registered and renders the OpenAPI 3.1 document. */
export class ApiRegistry {
  readonly #routes: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[] = [];

  constructor(
    readonly app: FastifyInstance,
    readonly info: { title: string; version: string; description?: string },
  ) {}

  /**
   * Registers a route on the fastify app. `params` and `body` are parsed with their zod schemas first; a
   * failure answers 400 `invalid_params` / `invalid_body` naming the first bad field, and the handler never runs.
   *
   * @param handler returns the JSON body (status 200) or sets `reply` itself.
   */
  route<P extends z.ZodType | undefined, B extends z.ZodType | undefined>(
    spec: RouteSpec<P, B>,
    handler: (input: RouteInput<Infer<P>, Infer<B>>) => Promise<unknown>,
  ): void {
    this.#routes.push(spec as RouteSpec<z.ZodType | undefined, z.ZodType | undefined>);
    const ok = spec.compiledSerializer === true ? spec.responses[200]?.schema : undefined;
    this.app.route({
      method: spec.method,
      url: spec.url,
      ...(spec.intakeKind !== undefined ? { config: { intakeKind: spec.intakeKind, countsHandlerRejections: spec.countsHandlerRejections === true } } : {}),
      ...(ok !== undefined ? { schema: { response: { 200: _serializerSchema(ok) } } } : {}),
      ...(spec.precondition !== undefined ? { onRequest: async () => spec.precondition!() } : {}),
      handler: async (request, reply) => {
        const params = spec.params === undefined ? undefined : _parse(spec.params, request.params, "invalid_params", "path");
        const body = spec.body === undefined ? undefined : _parse(spec.body, request.body, "invalid_body", "body");
        return handler({ params: params as Infer<P>, body: body as Infer<B>, request, reply });
      },
    });
  }

  /** The OpenAPI 3.1 document of every route registered so far. */
  document(): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    const components: Record<string, unknown> = {};
    const json = (schema: z.ZodType) => _jsonSchema(schema, components);
    for (const r of this.#routes) {
      const path = r.url.replace(/:([A-Za-z0-9_]+)/g, "{$1}");
      const responses: Record<string, unknown> = {};
      for (const [status, res] of Object.entries(r.responses)) {
        responses[status] =
          res.schema === undefined
            ? { description: res.description }
            : { description: res.description, content: { [res.contentType ?? "application/json"]: { schema: json(res.schema) } } };
      }
      // every route can answer these; a route with a body also 413 (over the body limit) and 415 (not JSON)
      const errors: Record<number, string> = {
        400: "malformed JSON, or params/body failing the schema",
        404: "unknown route or resource",
        ...(r.body !== undefined ? BODY_ERRORS : {}),
        429: "rate limited (retry-after header)",
        500: "internal error",
        ...r.errors,
      };
      for (const [status, description] of Object.entries(errors)) {
        responses[status] = { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
      }
      const parameters =
        r.params === undefined
          ? []
          : Object.entries((json(r.params) as { properties?: Record<string, unknown> }).properties ?? {}).map(([name, schema]) => ({
              name,
              in: "path",
              required: true,
              schema,
            }));
      paths[path] ??= {};
      paths[path]![r.method.toLowerCase()] = {
        operationId: r.operationId,
        summary: r.summary,
        ...(r.tags !== undefined ? { tags: r.tags } : {}),
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(r.body !== undefined ? { requestBody: { required: true, content: { "application/json": { schema: json(r.body) } } } } : {}),
        responses,
      };
    }
    json(ErrorBodySchema);
    return {
      openapi: "3.1.0",
      info: this.info,
      jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
      paths,
      components: { schemas: components },
    };
  }
}

/** The errors of a route with a body, answered before its handler (fastify's body parser). */
const BODY_ERRORS: Record<number, string> = { 413: "body_too_large: the body is over the size limit", 415: "unsupported_media_type: the body is not application/json" };

// ------------------------------------------------------------------ internal helpers

function _parse(schema: z.ZodType, value: unknown, code: string, where: string): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new HttpError(400, code, `${where}: ${describeFirstIssue(parsed.error, value)}`);
}

/** The JSON Schema fastify compiles a 200 serializer from: the answer's output shape, without ids or metadata. */
function _serializerSchema(schema: z.ZodType): unknown {
  const raw = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "any", reused: "inline" }) as Record<string, unknown>;
  // a schema with meta({id}) comes back as {$ref: "#/definitions/<id>", definitions}: keep that definition
  const ref = typeof raw.$ref === "string" ? /^#\/definitions\/(.+)$/.exec(raw.$ref)?.[1] : undefined;
  const out = { ...((ref !== undefined ? (raw.definitions as Record<string, unknown>)[ref] : raw) as Record<string, unknown>) };
  delete out.$schema;
  return out;
}

/**
 * JSON Schema (draft 2020-12, the OpenAPI 3.1 dialect) of what a client sends/receives. Schemas with a `meta({id})`
 * go to `components` (shared by every route) and are referenced as `#/components/schemas/<id>`.
 */
function _jsonSchema(schema: z.ZodType, components: Record<string, unknown>): unknown {
  const raw = z.toJSONSchema(schema, { target: "draft-2020-12", io: "input", unrepresentable: "any", reused: "inline" });
  const out = JSON.parse(JSON.stringify(raw).replaceAll('"#/$defs/', '"#/components/schemas/')) as Record<string, unknown>;
  delete out.$schema;
  const defs = (out.$defs ?? {}) as Record<string, unknown>;
  delete out.$defs;
  Object.assign(components, defs);
  const id = schema.meta()?.id;
  if (typeof id === "string" && out.$ref !== `#/components/schemas/${id}`) {
    components[id] = out;
    return { $ref: `#/components/schemas/${id}` };
  }
  return out;
}
