// The intake: verifies a signed Submission or Scores message (shape, domain, signature, participant at the
// round's start, docs/PROTOCOL.md §7 window, score content), then stores it durably before answering.
import { getAddress, type Address, type Hex } from "viem";
import { z } from "zod";

import { aerieDomain, type AerieTypedDataDomain, type Scores, type Submission } from "../../lib/eip712";
import { scoresContentProblem, signatureProblem, WireScores, WireSubmission } from "../../aggregator/messages";
import type { NodeMetrics } from "../http/metrics";
import { HttpError } from "../http/errors";
import type { RateLimiter } from "../http/rateLimit";
import type { InboxEntry, InboxKind, InboxSink } from "../store/inbox";
import { systemClock, type Clock, type ParticipantLookup, type RoundLookup } from "./lookups";
import { IntakeAddressSchema } from "./address";
import { MessageDigester } from "./digest";
import type { Recoverer } from "./recover";

// ------------------------------------------------------------------ wire schemas

/** The EIP-712 domain a client says it signed under (optional; lets the node name a wrong chain or contract). */
export const DomainSchema = z
  .strictObject({
    name: z.string({ error: "a string" }),
    version: z.string({ error: "a string" }),
    chainId: z.number({ error: "an integer chain id" }).int({ error: "an integer chain id" }).positive({ error: "a positive chain id" }),
    verifyingContract: IntakeAddressSchema,
  })
  .meta({ description: 'EIP-712 domain {name: "Aerie", version: "1", chainId, verifyingContract: TaskRegistry}' });

/**
 * Body of `POST /v1/submissions`: `{domain?, message, signature}` (uint256 as decimal strings or safe integers).
 * The aggregator's wire schema with its addresses checksummed by {@link IntakeAddressSchema} (same checks and errors).
 */
export const SubmissionBodySchema = WireSubmission.extend({
  message: WireSubmission.shape.message.extend({ trainer: IntakeAddressSchema }),
  domain: DomainSchema.optional(),
}).meta({ id: "SignedSubmission" });

/** Body of `POST /v1/scores` (the aggregator's wire schema, addresses as in {@link SubmissionBodySchema}). */
export const ScoresBodySchema = WireScores.extend({
  message: WireScores.shape.message.extend({
    validator: IntakeAddressSchema,
    trainers: z.array(IntakeAddressSchema).max(10_000, { error: "at most 10000 trainers" }),
  }),
  domain: DomainSchema.optional(),
}).meta({ id: "SignedScores" });

/** Answer of an accepted message, and of `GET` status. Replaying the same message returns the same answer. */
export const AcceptedSchema = z
  .object({
    status: z.literal("accepted"),
    kind: z.enum(["submission", "scores"]),
    taskId: z.string().meta({ description: "decimal" }),
    round: z.string().meta({ description: "decimal" }),
    signer: z.string().meta({ description: "EIP-55 address" }),
    digest: z.string().meta({ description: "EIP-712 digest of the message" }),
    receivedAt: z.string().meta({ description: "unix seconds when the node first accepted this message (decimal)" }),
    replaced: z.number().int().meta({ description: "how many earlier messages of this signer it replaced" }),
  })
  .meta({ id: "Accepted" });

/** An {@link AcceptedSchema} answer. */
export type Accepted = z.infer<typeof AcceptedSchema>;

// ------------------------------------------------------------------ types

/** Dependencies of {@link createIntake}. */
export type IntakeParameters = {
  chainId: number;
  /** TaskRegistry address, the `verifyingContract` of the messages' domain. */
  registry: Address;
  participants: ParticipantLookup;
  rounds: RoundLookup;
  recoverer: Recoverer;
  writer: InboxSink;
  /** Default: wall clock. The receivedAt of a message is this clock's reading. */
  clock?: Clock;
  /** Per recovered signer; absent = unlimited. */
  signerLimiter?: RateLimiter;
  metrics?: NodeMetrics;
};

/** A parsed body (see {@link SubmissionBodySchema} / {@link ScoresBodySchema}). */
export type SignedBody<M> = { domain?: z.output<typeof DomainSchema> | undefined; message: M; signature: Hex };

/** The intake service. Each method answers {@link Accepted} or throws {@link HttpError} (4xx: nothing changed). */
export type Intake = {
  submit(body: SignedBody<Submission>): Promise<Accepted>;
  score(body: SignedBody<Scores>): Promise<Accepted>;
  /** The signer's current message for the round, or `undefined`. */
  status(kind: InboxKind, taskId: bigint, round: bigint, signer: Address): Accepted | undefined;
  /** The inbox the intake reads for {@link Intake.status}. */
  readonly writer: InboxSink;
};

// ------------------------------------------------------------------ factory

/** Builds the intake service over its injected lookups, recoverer, clock and inbox. */
export function createIntake(p: IntakeParameters): Intake {
  const domain = aerieDomain(p.chainId, p.registry);
  const clock = p.clock ?? systemClock;
  const digester = new MessageDigester(domain);

  async function accept(kind: InboxKind, body: SignedBody<Submission> | SignedBody<Scores>): Promise<Accepted> {
    const message = body.message;
    const claimed = kind === "submission" ? (message as Submission).trainer : (message as Scores).validator;
    const roleWanted = kind === "submission" ? "trainer" : "validator";
    if (body.domain !== undefined) _checkDomain(body.domain, domain);
    const sigProblem = signatureProblem(body.signature);
    if (sigProblem !== undefined) throw new HttpError(400, "invalid_signature", `${sigProblem}: sign the EIP-712 message with eth_signTypedData_v4`);
    if (kind === "scores") _checkScores(message as Scores);

    const digest = kind === "submission" ? digester.submission(message as Submission) : digester.scores(message as Scores);
    let recovered: Address;
    try {
      recovered = await p.recoverer.recover(digest, body.signature);
    } catch {
      throw new HttpError(400, "invalid_signature", "invalid signature: no signer can be recovered; sign the EIP-712 message again");
    }
    // the claimed address is EIP-55 already (wire schema), so it names the signer once they match
    const signer = claimed;
    if (recovered.toLowerCase() !== claimed.toLowerCase()) {
      throw new HttpError(
        403,
        "signer_mismatch",
        `the signature recovers to ${getAddress(recovered)}, not the message's ${roleWanted} ${claimed} (another key, chain or contract?): sign with that key under chain ${domain.chainId} and TaskRegistry ${domain.verifyingContract}`,
      );
    }
    if (p.signerLimiter !== undefined) {
      const taken = p.signerLimiter.take(signer);
      if (!taken.ok) {
        throw new HttpError(429, "rate_limited", `too many messages from ${signer}: retry in ${taken.retryAfterSeconds} s`, {
          headers: { "retry-after": String(taken.retryAfterSeconds) },
        });
      }
    }

    // The same message again answers as the first time, even after its window closed or its signer stopped being a
    // participant (a client's retry): a duplicate that passes the checks is answered by the writer (same digest,
    // nothing changes, the stored row comes back); one that fails them is looked up here before the refusal, so the
    // common path reads nothing on the event-loop thread.
    const now = clock();
    try {
      await _checkWindowAndRole(p, kind, message, signer, now, domain.chainId);
    } catch (refusal) {
      const stored = _store(() => (p.writer.store.digestOf(kind, message.taskId, message.round, signer) === digest ? p.writer.store.get(kind, message.taskId, message.round, signer) : undefined));
      if (stored === undefined) throw refusal;
      p.metrics?.intakeAccepted.inc({ kind, outcome: "duplicate" });
      return toAccepted(stored);
    }

    const result = await _store(() => p.writer.put({ kind, taskId: message.taskId, round: message.round, signer, digest, signature: body.signature, message, receivedAt: now }));
    p.metrics?.intakeAccepted.inc({ kind, outcome: result.outcome });
    return toAccepted(result.entry);
  }

  async function counted(kind: InboxKind, body: SignedBody<Submission> | SignedBody<Scores>): Promise<Accepted> {
    try {
      return await accept(kind, body);
    } catch (e) {
      p.metrics?.intakeRejected.inc({ kind, reason: e instanceof HttpError ? e.code : "internal_error" });
      throw e;
    }
  }

  return {
    submit: (body) => counted("submission", body),
    score: (body) => counted("scores", body),
    status(kind, taskId, round, signer) {
      const entry = p.writer.store.get(kind, taskId, round, signer);
      return entry === undefined ? undefined : toAccepted(entry);
    },
    writer: p.writer,
  };
}

/** The {@link Accepted} answer of a stored entry. */
export function toAccepted(e: InboxEntry): Accepted {
  return {
    status: "accepted",
    kind: e.kind,
    taskId: e.taskId.toString(),
    round: e.round.toString(),
    signer: e.signer,
    digest: e.digest,
    receivedAt: e.receivedAt.toString(),
    replaced: e.replaced,
  };
}

// ------------------------------------------------------------------ internal helpers

/** Runs a store access; a failure (disk full, I/O error) answers 503 `store_unavailable` (rejected promises too). */
function _store<T>(access: () => T): T {
  const fail = (e: unknown): never => {
    throw new HttpError(503, "store_unavailable", "the node cannot store messages right now (the cause is in its log): retry later", { cause: e });
  };
  let out: T;
  try {
    out = access();
  } catch (e) {
    return fail(e);
  }
  return (out instanceof Promise ? out.catch(fail) : out) as T;
}

/** Runs a chain/indexer lookup; a failure (RPC down, timeout) answers 503 `chain_unavailable` and is counted. */
async function _chain<T>(p: IntakeParameters, what: "rounds" | "participants", read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    p.metrics?.countRpcError(what === "rounds" ? "getTask" : "participantRole");
    throw new HttpError(503, "chain_unavailable", "the node cannot read the chain right now: retry in a few seconds", { cause: e, headers: { "retry-after": "5" } });
  }
}

/**
 * The round's timing and the signer's role at its start (docs/PROTOCOL.md §7): the round is known and open for
 * `kind` at `now`, the signer holds the role, and every trainer a Scores message names is a trainer of the round.
 *
 * @throws {HttpError} 404 unknown_task / unknown_round, 422 unknown_task_spec / unknown_trainer, 409
 *   round_not_started / window_closed, 403 not_participant, 503 chain_unavailable.
 */
async function _checkWindowAndRole(p: IntakeParameters, kind: InboxKind, message: Submission | Scores, signer: Address, now: bigint, chainId: number): Promise<void> {
  const roleWanted = kind === "submission" ? "trainer" : "validator";
  const timing = await _chain(p, "rounds", () => p.rounds(message.taskId, message.round));
  if ("unknown" in timing) {
    if (timing.unknown === "task") throw new HttpError(404, "unknown_task", `task ${message.taskId} does not exist on chain ${chainId}: check the task id`);
    if (timing.unknown === "round") throw new HttpError(404, "unknown_round", `task ${message.taskId} has no round ${message.round}: check the round number`);
    throw new HttpError(422, "unknown_task_spec", `this node does not have the task spec of task ${message.taskId}: ask its operator to add it`);
  }
  if (now < timing.roundStart) {
    throw new HttpError(409, "round_not_started", `round ${message.round} of task ${message.taskId} starts at ${timing.roundStart} (now ${now}): send it then`);
  }
  const deadline = kind === "submission" ? timing.roundEnd : timing.roundEnd + timing.scoringWindowSeconds;
  if (now >= deadline) {
    throw new HttpError(
      409,
      "window_closed",
      `${kind === "submission" ? "submissions" : "scores"} for task ${message.taskId} round ${message.round} closed at ${deadline} (now ${now}): the round no longer takes them`,
    );
  }
  const role = await _chain(p, "participants", () => p.participants(message.taskId, message.round, signer));
  if (role !== roleWanted) {
    throw new HttpError(
      403,
      "not_participant",
      `${signer} is not a ${roleWanted} of task ${message.taskId} round ${message.round} (at the round's start it is ${role ?? "not a participant"}): join the task with enough stake before a round starts`,
    );
  }

  if (kind === "scores") await _checkScoredTrainers(p, message as Scores);
}

function _checkDomain(given: z.output<typeof DomainSchema>, ours: AerieTypedDataDomain): void {
  if (given.chainId !== ours.chainId) {
    throw new HttpError(400, "wrong_chain", `the message is signed for chain ${given.chainId}, this node serves chain ${ours.chainId}: sign it for chain ${ours.chainId}`);
  }
  if (given.verifyingContract !== ours.verifyingContract) {
    throw new HttpError(
      400,
      "wrong_contract",
      `the message is signed for contract ${given.verifyingContract}, this node's TaskRegistry is ${ours.verifyingContract}: sign it for ${ours.verifyingContract}`,
    );
  }
  if (given.name !== ours.name || given.version !== ours.version) {
    throw new HttpError(400, "wrong_domain", `the domain is "${given.name}" version "${given.version}", expected "${ours.name}" version "${ours.version}": use aerieDomain()`);
  }
}

/**
 * Every trainer a Scores message names must be a trainer of the round at its start (`TaskRegistry.participantRole`,
 * the same at every member). The aggregator ignores a score for anyone else (`selectScores`: extra trainers are
 * ignored), so such a score can never count: it is refused here with `unknown_trainer` 422, while the validator can
 * still fix it. (Whether the trainer's Submission arrived is not checked: members may hold different inboxes.)
 */
async function _checkScoredTrainers(p: IntakeParameters, m: Scores): Promise<void> {
  const roles = await _chain(p, "participants", () => Promise.all(m.trainers.map((t) => p.participants(m.taskId, m.round, t))));
  const i = roles.findIndex((r) => r !== "trainer");
  if (i < 0) return;
  throw new HttpError(
    422,
    "unknown_trainer",
    `trainers[${i}] ${m.trainers[i]} is not a trainer of task ${m.taskId} round ${m.round} (at the round's start it is ${roles[i] ?? "not a participant"}): score only the round's trainers (GET /v1/tasks/${m.taskId}/rounds/${m.round}/submissions) and sign again`,
  );
}

function _checkScores(m: Scores): void {
  const problem = scoresContentProblem(m);
  if (problem === undefined) return;
  const code = m.trainers.length !== m.scores.length ? "length_mismatch" : / is scored twice$/.test(problem) ? "duplicate_trainer" : "score_out_of_range";
  throw new HttpError(422, code, `${problem.replace(/^malformed scores: /, "")}: fix the scores and sign again`);
}
