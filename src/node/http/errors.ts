// The node's one error shape, `{ error: { code, message } }`, and the mapping of every failure onto it.
import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";

import { AerieError } from "../../lib/errors";

// ------------------------------------------------------------------ types

/** The body of every non-2xx answer. `code` is a stable snake_case name; `message` one line saying what to do. */
export type ErrorBody = { error: { code: string; message: string } };

/** zod schema of {@link ErrorBody} (for the OpenAPI document). */
export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "stable snake_case error name, e.g. window_closed" }),
      message: z.string().meta({ description: "one line: what was wrong and how to fix it" }),
    }),
  })
  .meta({ id: "Error" });

/**
 * A failure with an HTTP status and a named code, answered as {@link ErrorBody}. Throw it from any handler.
 * `status` is 4xx for a client's mistake (nothing changed) and 5xx for the node's own trouble.
 */
export class HttpError extends AerieError {
  /**
   * @param status the HTTP status.
   * @param code the stable error name.
   * @param shortMessage one line, what was wrong and what to do.
   */
  constructor(
    readonly status: number,
    private readonly errorCode: string,
    shortMessage: string,
    parameters?: { cause?: unknown; details?: string; headers?: Record<string, string> },
  ) {
    super(shortMessage, parameters);
    this.name = "HttpError";
    this.headers = parameters?.headers ?? {};
  }
  /** The node's named error code (e.g. `window_closed`), not the class-derived one. */
  override get code(): string {
    return this.errorCode;
  }
  /** Extra response headers (e.g. `retry-after`). */
  readonly headers: Record<string, string>;
}

// ------------------------------------------------------------------ fastify wiring

/** fastify's own errors (body parsing, limits), by their code → our status and code. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; message: (e: FastifyError) => string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: "unsupported_media_type",
    message: () => "unsupported content type: send the body as JSON with content-type: application/json",
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: "body_too_large",
    message: () => "request body too large: send one message per request",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: "bad_request",
    message: () => "content-length does not match the body: resend the request",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: "malformed_json",
    message: () => "empty JSON body: send a JSON object",
  },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: "malformed_json",
    message: () => "the body is not valid JSON: send a JSON object",
  },
};

/**
 * Called for every failure a route answers, with its code: lets the server count the rejections that never reach
 * a route's own code (body parsing, size and content-type limits, schema validation).
 */
export type RejectionListener = (request: FastifyRequest, code: string) => void;

/**
 * Installs the error and not-found handlers so EVERY failure (unknown route, 413, 415, malformed JSON,
 * validation, a thrown {@link HttpError}, an unexpected exception) answers `{ error: { code, message } }`.
 * Unexpected errors answer 500 `internal_error` with a generic message and are logged with their stack.
 *
 * @param onRejected told the code of each failure answered by the error handler (not of unknown routes).
 */
export function installErrorHandlers(app: FastifyInstance, onRejected?: RejectionListener): void {
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send(errorBody("not_found", `no route ${request.method} ${request.url.split("?")[0]}: see GET /v1/openapi.json`));
  });
  app.setErrorHandler((error: FastifyError | HttpError | Error, request, reply) => {
    const answer = (status: number, code: string, message: string, headers: Record<string, string> = {}) => {
      onRejected?.(request, code);
      void reply.code(status).headers(headers).send(errorBody(code, message));
    };
    if (error instanceof HttpError) {
      if (error.status >= 500) request.log.error({ err: error.cause ?? error, code: error.code }, error.shortMessage);
      answer(error.status, error.code, error.shortMessage, error.headers);
      return;
    }
    const fastifyError = error as FastifyError;
    const known = fastifyError.code !== undefined ? FASTIFY_ERRORS[fastifyError.code] : undefined;
    if (known !== undefined) {
      answer(known.status, known.code, known.message(fastifyError));
      return;
    }
    if (error instanceof SyntaxError || fastifyError.statusCode === 400) {
      // JSON.parse failures and secure-json-parse's prototype-poisoning refusals
      answer(400, "malformed_json", "the body is not valid JSON (or uses __proto__/constructor keys): send a plain JSON object");
      return;
    }
    if (fastifyError.statusCode !== undefined && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
      answer(fastifyError.statusCode, "bad_request", "bad request: check the method, headers and body");
      return;
    }
    request.log.error({ err: error }, "unhandled error");
    answer(500, "internal_error", "internal error: the node logged it; retry later");
  });
}

/** An {@link ErrorBody}. */
export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
}

/**
 * Runs a chain (or indexer) lookup for a route: an {@link HttpError} it throws passes through; any other failure
 * answers 503 `chain_unavailable` with `retry-after: 5` (seconds).
 */
export async function chainRead<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(503, "chain_unavailable", "the node cannot read the chain right now: retry in a few seconds", { cause: e, headers: { "retry-after": "5" } });
  }
}
