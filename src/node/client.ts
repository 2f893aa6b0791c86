// A small HTTP client of a node's intake, for `aerie submit --node URL`, `aerie score --node URL` and the wallet app.
import type { Address, Hex } from "viem";

import { AerieError } from "../lib/errors";
import type { SignedSubmission } from "../aggregator";
import type { AerieTypedDataDomain, ModelUpdate, Scores, ScoresCommit, Submission, Vote, VoteCommit } from "../lib/eip712";
import type { Accepted } from "./intake/intake";
import type { FlAccepted } from "./intake/flIntake";
import type { InboxKind } from "./store/inbox";

// ------------------------------------------------------------------ types

/** A signed message as the CLI holds it. `domain` is optional; sending it lets the node name a wrong chain or contract. */
export type SignedMessage<M> = { message: M; signature: Hex; domain?: AerieTypedDataDomain };

/** Options of every call. */
export type NodeClientOptions = { /** Milliseconds before giving up (default 10,000). */ timeoutMs?: number };

/** The intake's answer to an accepted message (see the node's OpenAPI `Accepted`). */
export type MessageStatus = Accepted;

/**
 * The node refused the request (`status` 4xx/5xx and its named `code`) or could not be reached (`status` 0,
 * `code` `unreachable` or `timeout`). `message` is the node's own one line.
 */
export class NodeClientError extends AerieError {
  constructor(
    readonly status: number,
    private readonly errorCode: string,
    shortMessage: string,
    parameters?: { cause?: unknown },
  ) {
    super(shortMessage, parameters);
    this.name = "NodeClientError";
  }
  /** The node's named error code (e.g. `window_closed`), not the class-derived one. */
  override get code(): string {
    return this.errorCode;
  }
}

// ------------------------------------------------------------------ calls

/**
 * Posts a signed Submission to `POST {url}/v1/submissions`.
 *
 * @param url the node's base URL, e.g. `http://127.0.0.1:7400`.
 * @returns the node's acknowledgement (the message is durably stored).
 * @throws {NodeClientError} with the node's code and message (e.g. `window_closed`), or `unreachable`/`timeout`.
 */
export async function postSubmission(url: string, signed: SignedMessage<Submission>, options: NodeClientOptions = {}): Promise<MessageStatus> {
  return (await _request(url, "POST", "/v1/submissions", _body(signed), options)) as MessageStatus;
}

/**
 * Posts a signed Scores message to `POST {url}/v1/scores`.
 *
 * @throws {NodeClientError} as {@link postSubmission}.
 */
export async function postScores(url: string, signed: SignedMessage<Scores>, options: NodeClientOptions = {}): Promise<MessageStatus> {
  return (await _request(url, "POST", "/v1/scores", _body(signed), options)) as MessageStatus;
}

/** The intake's answer to an accepted commit–reveal or FL Alliance message (OpenAPI `FlAccepted`). */
export type FlMessageStatus = FlAccepted;

/**
 * Posts a signed ScoresCommit to `POST {url}/v1/scores-commits` (commit–reveal policies, during the scoring window).
 * @throws {NodeClientError} with the node's code (`LATE`, `WRONG_SIGNER`, `MESSAGE_KIND_NOT_USED`, …).
 */
export async function postScoresCommit(url: string, signed: SignedMessage<ScoresCommit>, options: NodeClientOptions = {}): Promise<FlMessageStatus> {
  return (await _request(url, "POST", "/v1/scores-commits", _json({ message: signed.message, signature: signed.signature }), options)) as FlMessageStatus;
}

/**
 * Reveals a signed Scores message with the salt of its commitment: `POST {url}/v1/scores` with `salt`.
 * @throws {NodeClientError} with the node's code (`EARLY_REVEAL`, `LATE`, `NO_COMMITMENT`, `REVEAL_MISMATCH`, …).
 */
export async function postScoresReveal(url: string, signed: SignedMessage<Scores> & { salt: Hex }, options: NodeClientOptions = {}): Promise<FlMessageStatus> {
  return (await _request(url, "POST", "/v1/scores", _json({ message: signed.message, signature: signed.signature, salt: signed.salt }), options)) as FlMessageStatus;
}

/**
 * Posts a drawn proposer's signed ModelUpdate to `POST {url}/v1/model-updates` (FL Alliance, before the round ends).
 * @throws {NodeClientError} with the node's code (`NOT_PROPOSER`, `LATE`, `roles_not_ready`, …).
 */
export async function postModelUpdate(url: string, signed: SignedMessage<ModelUpdate>, options: NodeClientOptions = {}): Promise<FlMessageStatus> {
  return (await _request(url, "POST", "/v1/model-updates", _json({ message: signed.message, signature: signed.signature }), options)) as FlMessageStatus;
}

/**
 * Posts a drawn voter's signed VoteCommit to `POST {url}/v1/vote-commits` (FL Alliance, during the scoring window).
 * @throws {NodeClientError} with the node's code (`NOT_VOTER`, `LATE`, …).
 */
export async function postVoteCommit(url: string, signed: SignedMessage<VoteCommit>, options: NodeClientOptions = {}): Promise<FlMessageStatus> {
  return (await _request(url, "POST", "/v1/vote-commits", _json({ message: signed.message, signature: signed.signature }), options)) as FlMessageStatus;
}

/**
 * Reveals a drawn voter's signed Vote with its salt: `POST {url}/v1/votes` (FL Alliance, in the reveal window).
 * @throws {NodeClientError} with the node's code (`EARLY_REVEAL`, `LATE`, `VOTE_OUT_OF_RANGE`, `NO_COMMITMENT`, `REVEAL_MISMATCH`, …).
 */
export async function postVote(url: string, signed: SignedMessage<Vote> & { salt: Hex }, options: NodeClientOptions = {}): Promise<FlMessageStatus> {
  return (await _request(url, "POST", "/v1/votes", _json({ message: signed.message, salt: signed.salt, signature: signed.signature }), options)) as FlMessageStatus;
}

/** A round's draw as a node serves it (`GET /v1/tasks/:taskId/rounds/:round/roles`). */
export type NodeRoundRoles = { taskId: bigint; round: bigint; seedBlock: bigint; seed: Hex; roles: { operator: Address; role: string }[] };

/**
 * The round's draw (FL Alliance: who proposes, who votes).
 * @throws {NodeClientError} with the node's code (`roles_not_ready` until the round's start block is indexed, …).
 */
export async function getRoundRoles(url: string, query: { taskId: bigint; round: bigint }, options: NodeClientOptions = {}): Promise<NodeRoundRoles> {
  const raw = (await _request(url, "GET", `/v1/tasks/${query.taskId}/rounds/${query.round}/roles`, undefined, options)) as { seedBlock: string; seed: Hex; roles: { operator: Address; role: string }[] };
  return { taskId: query.taskId, round: query.round, seedBlock: BigInt(raw.seedBlock), seed: raw.seed, roles: raw.roles };
}

/**
 * The signer's current message for a round (`GET {url}/v1/{submissions|scores}/:taskId/:round/:signer`).
 *
 * @returns the status, or `undefined` if the node holds no message of this signer for the round.
 * @throws {NodeClientError} for any other failure.
 */
export async function getMessageStatus(
  url: string,
  query: { kind: InboxKind; taskId: bigint; round: bigint; signer: Address },
  options: NodeClientOptions = {},
): Promise<MessageStatus | undefined> {
  const path = `/v1/${query.kind === "submission" ? "submissions" : "scores"}/${query.taskId}/${query.round}/${query.signer}`;
  try {
    return (await _request(url, "GET", path, undefined, options)) as MessageStatus;
  } catch (e) {
    if (e instanceof NodeClientError && e.code === "message_not_found") return undefined;
    throw e;
  }
}

/** An account's cumulative claim as a node serves it (`GET /v1/tasks/:taskId/accounts/:account/claim`). */
export type NodeClaim = {
  taskId: bigint;
  account: Address;
  /** The last finalized round the claim is built on. */
  round: bigint;
  /** Wei, cumulative over the task's finalized rounds. */
  cumulativeAmount: bigint;
  /** Merkle proof of the leaf `[taskId, account, cumulativeAmount]` under `rewardsRoot`. */
  proof: Hex[];
  /** The root the node built the proof under (check it against `RewardDistributor.taskRewards(taskId).root`). */
  rewardsRoot: Hex;
  bundleHash: Hex;
};

/**
 * An account's cumulative amount and Merkle proof in the task's last finalized bundle, as the node at `url` holds
 * it. Nothing here is trusted: check `rewardsRoot` and the proof against the chain before claiming.
 *
 * @throws {NodeClientError} with the node's code (`no_finalized_round`, `no_claim`, `bundle_not_found`), or
 *   `unreachable`/`timeout`/`bad_response`.
 */
export async function getClaim(url: string, query: { taskId: bigint; account: Address }, options: NodeClientOptions = {}): Promise<NodeClaim> {
  const raw = (await _request(url, "GET", `/v1/tasks/${query.taskId}/accounts/${query.account}/claim`, undefined, options)) as Record<string, unknown>;
  try {
    return {
      taskId: BigInt(raw.taskId as string),
      account: raw.account as Address,
      round: BigInt(raw.round as string),
      cumulativeAmount: BigInt(raw.cumulativeAmount as string),
      proof: (raw.proof as Hex[]).map((p) => p),
      rewardsRoot: raw.rewardsRoot as Hex,
      bundleHash: raw.bundleHash as Hex,
    };
  } catch (e) {
    throw new NodeClientError(200, "bad_response", `the node at ${url} answered a claim without taskId, round, cumulativeAmount or proof: is it an Aerie node?`, { cause: e });
  }
}

/**
 * The round's current signed Submissions (`GET {url}/v1/tasks/:taskId/rounds/:round/submissions`), sorted by
 * trainer, uint256 fields as bigint: what a validator downloads and scores.
 *
 * @throws {NodeClientError} as {@link postSubmission}.
 */
export async function getRoundSubmissions(url: string, query: { taskId: bigint; round: bigint }, options: NodeClientOptions = {}): Promise<SignedSubmission[]> {
  const body = (await _request(url, "GET", `/v1/tasks/${query.taskId}/rounds/${query.round}/submissions`, undefined, options)) as {
    submissions: { message: { taskId: string; round: string; trainer: Address; modelHash: Hex; modelURI: string }; signature: Hex; receivedAt: string }[];
  };
  return body.submissions.map((s) => ({
    message: { ...s.message, taskId: BigInt(s.message.taskId), round: BigInt(s.message.round) },
    signature: s.signature,
    receivedAt: BigInt(s.receivedAt),
  }));
}

/**
 * A round's published bundle (`GET {url}/v1/tasks/:taskId/rounds/:round/bundle`), parsed, or `undefined` if the
 * node holds none (404 `bundle_not_found`).
 *
 * @throws {NodeClientError} for any other failure.
 */
export async function getRoundBundle(url: string, query: { taskId: bigint; round: bigint; hash?: Hex }, options: NodeClientOptions = {}): Promise<unknown> {
  const path = `/v1/tasks/${query.taskId}/rounds/${query.round}/bundle${query.hash !== undefined ? `?hash=${query.hash}` : ""}`;
  try {
    return await _request(url, "GET", path, undefined, options);
  } catch (e) {
    if (e instanceof NodeClientError && e.code === "bundle_not_found") return undefined;
    throw e;
  }
}

// ------------------------------------------------------------------ internal helpers

/** JSON text with bigints as decimal strings. */
function _json(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}

function _body(signed: SignedMessage<Submission | Scores>): string {
  return JSON.stringify(
    signed.domain === undefined ? { message: signed.message, signature: signed.signature } : signed,
    (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v),
  );
}

async function _request(base: string, method: "GET" | "POST", path: string, body: string | undefined, options: NodeClientOptions): Promise<unknown> {
  const target = `${base.replace(/\/+$/, "")}${path}`;
  let res: Response;
  try {
    res = await fetch(target, {
      method,
      ...(body !== undefined ? { body, headers: { "content-type": "application/json" } } : {}),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (e) {
    const timeout = e instanceof DOMException && e.name === "TimeoutError";
    throw new NodeClientError(0, timeout ? "timeout" : "unreachable", timeout ? `the node at ${base} did not answer within ${options.timeoutMs ?? 10_000} ms: retry, or check it is running` : `cannot reach the node at ${base}: check the URL and that the node is running`, { cause: e });
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new NodeClientError(res.status, "bad_response", `${method} ${target} answered ${res.status} with a non-JSON body: is ${base} an Aerie node?`);
  }
  if (res.ok) return json;
  const error = (json as { error?: { code?: unknown; message?: unknown } }).error;
  if (typeof error?.code === "string" && typeof error.message === "string") throw new NodeClientError(res.status, error.code, error.message);
  throw new NodeClientError(res.status, "bad_response", `${method} ${target} answered ${res.status} without an Aerie error body: is ${base} an Aerie node?`);
}
