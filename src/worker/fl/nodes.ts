// The FL Alliance worker's view of its nodes: the intake routes of ModelUpdate, VoteCommit and Vote, the round's
// roles and accepted updates, and the outcome in a round's bundle (routes as the node's FL intake defines them).
import type { Address, Hex } from "viem";

import type { ModelUpdate, Vote, VoteCommit } from "../../lib/eip712";
import { getRoundBundle, NodeClientError, type NodeClientOptions } from "../../node/client";
import { firstAnswerOf, sendToAll } from "../nodes";

// ------------------------------------------------------------------ types

/** A round's draw as a node serves it (`GET /v1/tasks/:taskId/rounds/:round/roles`). */
export type RoundRoles = { seed: Hex; roles: { operator: Address; role: "proposer" | "voter" }[] };

/** An accepted update as a node lists it (`GET …/model-updates`), sorted by proposer. `receivedAt`: unix seconds. */
export type ListedUpdate = { proposer: Address; updateHash: Hex; updateURI: string; receivedAt: bigint };

/** A round's decided outcome as its bundle reports it (`outputs.outcome` of `flock-fl-alliance-v1`). */
export type FlOutcome = "accepted" | "rejected" | "undecided";

/** What the FL worker asks of the nodes. Posts resolve with the refusals (empty: all accepted) as `WorkerNodeApi`'s. */
export type FlNodeApi = {
  /** The round's roles, or `undefined` while no node has indexed the round's start (503 `roles_not_ready`, or 404). */
  roles(round: bigint): Promise<RoundRoles | undefined>;
  /** The round's accepted model updates (from the first node that answers). */
  modelUpdates(round: bigint): Promise<ListedUpdate[]>;
  postModelUpdate(signed: { message: ModelUpdate; signature: Hex }): Promise<NodeClientError[]>;
  postVoteCommit(signed: { message: VoteCommit; signature: Hex }): Promise<NodeClientError[]>;
  postVote(signed: { message: Vote; salt: Hex; signature: Hex }): Promise<NodeClientError[]>;
  /** The outcome of a round's published bundle, or `undefined` if no node serves one yet. */
  outcome(round: bigint): Promise<FlOutcome | undefined>;
};

// ------------------------------------------------------------------ api

/**
 * {@link FlNodeApi} over the nodes at `urls`: messages go to every node (a 4xx is a refusal; unreachable or 5xx
 * nodes are skipped; if none took it the last error is thrown, and the worker retries on its next tick); reads come
 * from the first node that answers.
 */
export function flNodeApi(urls: readonly string[], taskId: bigint, options: NodeClientOptions = {}): FlNodeApi {
  const post = (path: string, body: unknown) => sendToAll(urls, (u) => flRequest(u, "POST", path, body, options));
  const round = (r: bigint) => `/v1/tasks/${taskId}/rounds/${r}`;
  return {
    roles: async (r) => {
      try {
        const body = (await firstAnswerOf(urls, (u) => flRequest(u, "GET", `${round(r)}/roles`, undefined, options))) as RoundRoles;
        return { seed: body.seed, roles: body.roles.map((x) => ({ operator: x.operator, role: x.role })) };
      } catch (e) {
        // 404: an older node; 503 roles_not_ready: the round's start block is not indexed yet
        if (e instanceof NodeClientError && (e.status === 404 || e.code === "roles_not_ready")) return undefined;
        throw e;
      }
    },
    modelUpdates: async (r) => {
      const body = (await firstAnswerOf(urls, (u) => flRequest(u, "GET", `${round(r)}/model-updates`, undefined, options))) as {
        updates: { proposer: Address; updateHash: Hex; updateURI: string; receivedAt: string | number }[];
      };
      return body.updates.map((x) => ({ proposer: x.proposer, updateHash: x.updateHash, updateURI: x.updateURI, receivedAt: BigInt(x.receivedAt) }));
    },
    postModelUpdate: (signed) => post("/v1/model-updates", signed),
    postVoteCommit: (signed) => post("/v1/vote-commits", signed),
    postVote: (signed) => post("/v1/votes", signed),
    outcome: async (r) => {
      for (const u of urls) {
        const bundle = await getRoundBundle(u, { taskId, round: r }, options).catch(() => undefined);
        const o = outcomeFromBundle(bundle);
        if (o !== undefined) return o;
      }
      return undefined;
    },
  };
}

/**
 * The FL outcome a bundle reports: `outputs.outcome` (the v1 layout writes the policy's report into `outputs`) or
 * `outputs.policy.outcome`; `undefined` for a missing bundle or another shape.
 */
export function outcomeFromBundle(bundle: unknown): FlOutcome | undefined {
  const outputs = (bundle as { outputs?: { outcome?: unknown; policy?: { outcome?: unknown } } } | undefined)?.outputs;
  const o = outputs?.outcome ?? outputs?.policy?.outcome;
  return o === "accepted" || o === "rejected" || o === "undecided" ? o : undefined;
}

// ------------------------------------------------------------------ internal helpers

/**
 * One JSON request to a node. Bodies' bigints are sent as decimal strings (the wire format of every intake route).
 * @throws {NodeClientError} with the node's `{error:{code,message}}`, or `unreachable` / `timeout` (status 0), or
 *   `bad_response` for an answer that is not an Aerie node's.
 */
async function flRequest(base: string, method: "GET" | "POST", path: string, body: unknown, options: NodeClientOptions): Promise<unknown> {
  const target = `${base.replace(/\/+$/, "")}${path}`;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let res: Response;
  try {
    res = await fetch(target, {
      method,
      ...(body !== undefined ? { body: JSON.stringify(body, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)), headers: { "content-type": "application/json" } } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    const timeout = e instanceof DOMException && e.name === "TimeoutError";
    throw new NodeClientError(0, timeout ? "timeout" : "unreachable", timeout ? `${method} ${target}: no answer within ${timeoutMs} ms` : `${method} ${target}: the node is unreachable`, { cause: e });
  }
  const json = (await res.json().catch(() => undefined)) as { error?: { code?: unknown; message?: unknown } } | undefined;
  if (json === undefined) throw new NodeClientError(res.status, "bad_response", `${method} ${target} answered ${res.status} with a non-JSON body`);
  if (res.ok) return json;
  const { code, message } = json.error ?? {};
  if (typeof code === "string" && typeof message === "string") throw new NodeClientError(res.status, code, message);
  throw new NodeClientError(res.status, "bad_response", `${method} ${target} answered ${res.status} without an {error:{code,message}} body`);
}
