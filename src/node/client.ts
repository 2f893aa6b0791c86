// A small HTTP client of a node's intake, for `aerie submit --node URL`, `aerie score --node URL` and the wallet app.
import type { Address, Hex } from "viem";

import { AerieError } from "../lib/errors";
import type { SignedSubmission } from "../aggregator";
import type { AerieTypedDataDomain, Scores, Submission } from "../lib/eip712";
import type { Accepted } from "./intake/intake";
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
