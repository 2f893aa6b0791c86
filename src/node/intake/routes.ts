// The intake's HTTP routes: POST /v1/submissions, POST /v1/scores, the signer's message status, a round's submissions.
import { z } from "zod";

import { AddressSchema } from "../../aggregator/schema";
import { HttpError } from "../http/errors";
import type { ApiRegistry } from "../http/openapi";
import type { InboxKind } from "../store/inbox";
import { AcceptedSchema, ScoresBodySchema, SubmissionBodySchema, type Intake } from "./intake";
import type { FlIntake } from "./flIntake";
import { Bytes32Schema } from "../../aggregator/schema";

// ------------------------------------------------------------------ schemas

const DecimalParam = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,77})$/, { error: "a decimal integer" })
  .transform((s) => BigInt(s));

/** Path parameters of a round's routes. */
export const RoundParamsSchema = z.strictObject({ taskId: DecimalParam, round: DecimalParam });

/** Answer of `GET /v1/tasks/:taskId/rounds/:round/submissions`: the round's current Submissions, sorted by trainer. */
export const RoundSubmissionsSchema = z
  .object({
    submissions: z.array(
      z.object({
        message: z.object({ taskId: z.string(), round: z.string(), trainer: z.string(), modelHash: z.string(), modelURI: z.string() }),
        signature: z.string(),
        receivedAt: z.string().meta({ description: "unix seconds (decimal)" }),
      }),
    ),
  })
  .meta({ id: "RoundSubmissions" });

/** Path parameters of the status routes. */
export const MessageStatusParamsSchema = z.strictObject({ taskId: DecimalParam, round: DecimalParam, signer: AddressSchema });

const INTAKE_ERRORS = {
  403: "signer_mismatch (the signature recovers to someone else) or not_participant (not a participant with that role at the round's start)",
  409: "round_not_started or window_closed (docs/PROTOCOL.md §7 windows)",
  413: "body_too_large",
  415: "unsupported_media_type (send application/json)",
  422: "score_out_of_range, duplicate_trainer, length_mismatch, unknown_trainer (a scored trainer is not a trainer of the round), unknown_task_spec",
  503: "chain_unavailable (retry-after) or store_unavailable: the node's own trouble, retry later",
};

// ------------------------------------------------------------------ routes

/** `POST /v1/scores` body: the Scores message, with the `salt` of its commitment under a commit–reveal policy. */
const ScoresOrRevealBodySchema = ScoresBodySchema.extend({ salt: Bytes32Schema.optional() }).meta({ id: "SignedScores" });

/**
 * Registers the intake routes on `api`. With `fl`, `POST /v1/scores` for a task whose policy uses commit–reveal is
 * the reveal (`fl.scoresReveal`, salt required); for the others it is scores in the clear (a salt is refused).
 */
export function registerIntakeRoutes(api: ApiRegistry, intake: Intake, fl?: FlIntake): void {
  api.route(
    {
      method: "POST",
      url: "/v1/submissions",
      operationId: "postSubmission",
      summary: "Deliver a trainer's signed Submission; a later message from the same trainer replaces the earlier one",
      tags: ["intake"],
      body: SubmissionBodySchema,
      intakeKind: "submission",
      responses: { 200: { description: "accepted and durably stored (the same message again gives the same answer)", schema: AcceptedSchema } },
      compiledSerializer: true,
      errors: { ...INTAKE_ERRORS, 400: "malformed_json, invalid_body, invalid_signature, wrong_chain, wrong_contract, wrong_domain" },
    },
    async ({ body }) => intake.submit(body),
  );
  api.route(
    {
      method: "POST",
      url: "/v1/scores",
      operationId: "postScores",
      summary: "Deliver a validator's signed Scores; a later message from the same validator replaces the earlier one",
      tags: ["intake"],
      body: ScoresOrRevealBodySchema,
      intakeKind: "scores",
      responses: { 200: { description: "accepted and durably stored", schema: AcceptedSchema } },
      compiledSerializer: true,
      errors: {
        ...INTAKE_ERRORS,
        400: "malformed_json, invalid_body, invalid_signature, wrong_chain, wrong_contract, wrong_domain",
        422: `${INTAKE_ERRORS[422]}; commit–reveal: SALT_REQUIRED, SALT_NOT_USED, REVEAL_MISMATCH (409 EARLY_REVEAL, LATE, NO_COMMITMENT)`,
      },
    },
    async ({ body }) => {
      const { salt, ...clear } = body;
      if (fl === undefined) {
        if (salt !== undefined) throw new HttpError(422, "SALT_NOT_USED", "this node takes scores in the clear: send them without a salt");
        return intake.score(clear);
      }
      return (await fl.scoresReveal({ message: body.message, signature: body.signature, ...(salt !== undefined ? { salt } : {}) })) ?? intake.score(clear);
    },
  );
  api.route(
    {
      method: "GET",
      url: "/v1/tasks/:taskId/rounds/:round/submissions",
      operationId: "listSubmissions",
      summary: "The round's current signed Submissions, sorted by trainer (what validators download and score)",
      tags: ["intake"],
      params: RoundParamsSchema,
      responses: { 200: { description: "the submissions (empty if none)", schema: RoundSubmissionsSchema } },
    },
    async ({ params }) => ({
      submissions: intake.writer.store.submissions(params.taskId, params.round).map((s) => ({
        message: { taskId: s.message.taskId.toString(), round: s.message.round.toString(), trainer: s.message.trainer, modelHash: s.message.modelHash, modelURI: s.message.modelURI },
        signature: s.signature,
        receivedAt: s.receivedAt.toString(),
      })),
    }),
  );
  for (const [kind, url] of [
    ["submission", "/v1/submissions/:taskId/:round/:signer"],
    ["scores", "/v1/scores/:taskId/:round/:signer"],
  ] as const) {
    api.route(
      {
        method: "GET",
        url,
        operationId: kind === "submission" ? "getSubmissionStatus" : "getScoresStatus",
        summary: `The receipt of the signer's current ${kind === "submission" ? "Submission" : "Scores"} for the round (what the POST answered; not the message)`,
        tags: ["intake"],
        params: MessageStatusParamsSchema,
        responses: { 200: { description: "the stored message's status", schema: AcceptedSchema } },
      },
      async ({ params }) => status(intake, kind, params),
    );
  }
}

function status(intake: Intake, kind: InboxKind, params: z.output<typeof MessageStatusParamsSchema>) {
  const found = intake.status(kind, params.taskId, params.round, params.signer);
  if (found === undefined) {
    throw new HttpError(404, "message_not_found", `no ${kind} message from ${params.signer} for task ${params.taskId} round ${params.round}: send one first`);
  }
  return found;
}
