// The commit–reveal and FL Alliance intake routes (docs/NODE-API.md): POST /v1/scores-commits, /v1/model-updates,
// /v1/vote-commits, /v1/votes, and a round's draw and model updates. (The reveal of scores is POST /v1/scores with a
// salt: routes.ts hands it to FlIntake.scoresReveal.)
import type { ApiRegistry } from "../http/openapi";
import {
  FlAcceptedSchema,
  ModelUpdateBodySchema,
  RoundModelUpdatesSchema,
  RoundRolesSchema,
  ScoresCommitBodySchema,
  VoteBodySchema,
  VoteCommitBodySchema,
  type FlIntake,
} from "./flIntake";
import { RoundParamsSchema } from "./routes";

const FL_ERRORS = {
  403: "WRONG_SIGNER (the signature recovers to someone else), NOT_PROPOSER / NOT_VOTER (not drawn in that role this round), not_participant (not a validator at the round's start)",
  409: "LATE (the message's window closed), EARLY_REVEAL (reveals open at roundEnd + scoringWindow), NO_COMMITMENT (a reveal without an accepted commitment), round_not_started",
  413: "body_too_large",
  415: "unsupported_media_type (send application/json)",
  422: "VOTE_OUT_OF_RANGE, REVEAL_MISMATCH (vote/scores and salt do not open the commitment), MESSAGE_KIND_NOT_USED (the task's policy takes no such message), unknown_task_spec",
  503: "roles_not_ready (the round's start block is not indexed yet), chain_unavailable, store_unavailable: retry later",
};
const BAD_REQUEST = "malformed_json, invalid_body, BAD_SIGNATURE";

/** Registers the commit–reveal and FL Alliance routes on `api`. */
export function registerFlRoutes(api: ApiRegistry, fl: FlIntake): void {
  const posts = [
    ["/v1/scores-commits", "scoresCommit", "postScoresCommit", "Deliver a validator's signed ScoresCommit (commit–reveal policies) during the scoring window", ScoresCommitBodySchema, (b: never) => fl.scoresCommit(b)],
    ["/v1/model-updates", "modelUpdate", "postModelUpdate", "Deliver a drawn proposer's signed ModelUpdate before the round ends (FL Alliance)", ModelUpdateBodySchema, (b: never) => fl.modelUpdate(b)],
    ["/v1/vote-commits", "voteCommit", "postVoteCommit", "Deliver a drawn voter's signed VoteCommit during the scoring window (FL Alliance)", VoteCommitBodySchema, (b: never) => fl.voteCommit(b)],
    ["/v1/votes", "vote", "postVote", "Reveal a drawn voter's signed Vote with the salt of its commitment, in the reveal window (FL Alliance)", VoteBodySchema, (b: never) => fl.vote(b)],
  ] as const;
  for (const [url, intakeKind, operationId, summary, body, handle] of posts) {
    api.route(
      {
        method: "POST",
        url,
        operationId,
        summary,
        tags: ["intake"],
        body,
        intakeKind,
        countsHandlerRejections: true,
        responses: { 200: { description: "accepted and durably stored (the same message again gives the same answer; a later one replaces it)", schema: FlAcceptedSchema } },
        errors: { ...FL_ERRORS, 400: BAD_REQUEST },
      },
      async ({ body: parsed }) => handle(parsed as never),
    );
  }
  api.route(
    {
      method: "GET",
      url: "/v1/tasks/:taskId/rounds/:round/roles",
      operationId: "getRoundRoles",
      summary: "The round's draw (FL Alliance: proposer or voter per participant), seeded by roundDrawSeed(stake block hash, taskId, round)",
      tags: ["intake"],
      params: RoundParamsSchema,
      responses: { 200: { description: "the draw, sorted by operator", schema: RoundRolesSchema } },
      errors: { 503: "roles_not_ready: the round's start block is not indexed yet (retry-after)", 422: "unknown_task_spec" },
    },
    async ({ params }) => fl.roles(params.taskId, params.round),
  );
  api.route(
    {
      method: "GET",
      url: "/v1/tasks/:taskId/rounds/:round/model-updates",
      operationId: "listModelUpdates",
      summary: "The round's accepted model updates (hashes and URIs are public), sorted by proposer",
      tags: ["intake"],
      params: RoundParamsSchema,
      responses: { 200: { description: "the updates (empty if none)", schema: RoundModelUpdatesSchema } },
    },
    async ({ params }) => fl.modelUpdates(params.taskId, params.round),
  );
}
