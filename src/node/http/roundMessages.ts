// GET /v1/tasks/:taskId/rounds/:round/messages: the round's signed messages this node holds, for its peers'
// round-message reconciliation (docs/NODE-API.md). Public: every message is signed, so a reader needs no trust in the
// node, and it is served only once the round's windows are closed (no score or vote is readable before its reveal).
import { roundMessageJson } from "../../aggregator/reconcile";
import { RoundMessagesAnswerSchema, heldRoundMessages } from "../committee/reconcile";
import type { TaskPolicyLookup } from "../intake/flLookups";
import type { Clock, RoundLookup } from "../intake/lookups";
import { RoundParamsSchema } from "../intake/routes";
import type { Store } from "../store/db";
import { chainRead as _chain, HttpError } from "./errors";
import type { ApiRegistry } from "./openapi";

/** Dependencies of {@link registerRoundMessageRoutes}. */
export type RoundMessageRoutesParameters = { store: Store; rounds: RoundLookup; policies: TaskPolicyLookup; clock: Clock };

/**
 * Registers `GET /v1/tasks/:taskId/rounds/:round/messages`: every round message the node holds (`heldRoundMessages`:
 * accepted ones, the intake's evidence refusals, the ones learned from peers), at most a few per signer and kind.
 * Answers 409 `round_not_closed` (retry-after) before `roundEnd + scoringWindow + revealWindow`, 404 for an unknown
 * task or round, 422 `unknown_task_spec` without the task's spec.
 */
export function registerRoundMessageRoutes(api: ApiRegistry, p: RoundMessageRoutesParameters): void {
  api.route(
    {
      method: "GET",
      url: "/v1/tasks/:taskId/rounds/:round/messages",
      operationId: "listRoundMessages",
      summary: "The round's signed messages this node holds, once its windows are closed (what peers reconcile before computing the round)",
      tags: ["committee"],
      params: RoundParamsSchema,
      responses: { 200: { description: "the messages, sorted by (kind, signer, signature, salt)", schema: RoundMessagesAnswerSchema } },
      errors: {
        404: "unknown_task, WRONG_ROUND (no such round)",
        409: "round_not_closed: the round's windows are still open (retry-after)",
        422: "unknown_task_spec",
        503: "chain_unavailable",
      },
    },
    async ({ params }) => {
      const { taskId, round } = params;
      const [timing, tp] = await _chain(() => Promise.all([p.rounds(taskId, round), p.policies(taskId)]));
      if ("unknown" in timing || tp === undefined) {
        if ("unknown" in timing && timing.unknown === "task") throw new HttpError(404, "unknown_task", `task ${taskId} does not exist: check the task id`);
        if ("unknown" in timing && timing.unknown === "round") throw new HttpError(404, "WRONG_ROUND", `task ${taskId} has no round ${round}: check the round number`);
        throw new HttpError(422, "unknown_task_spec", `this node does not have the task spec of task ${taskId}: ask its operator to add it`);
      }
      const closedAt = timing.roundEnd + timing.scoringWindowSeconds + (tp.revealWindowSeconds ?? 0n);
      const now = p.clock();
      if (now < closedAt) {
        throw new HttpError(409, "round_not_closed", `the windows of task ${taskId} round ${round} close at ${closedAt} (now ${now}): ask again then`, { headers: { "retry-after": String(closedAt - now) } });
      }
      return { taskId: taskId.toString(), round: round.toString(), messages: heldRoundMessages(p.store, taskId, round).map(roundMessageJson) };
    },
  );
}
