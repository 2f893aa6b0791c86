// The commit–reveal and FL Alliance intake (docs/NODE-API.md, "Commit–reveal and FL Alliance"): ScoresCommit and the
// revealed Scores (aerie-consensus-v2), ModelUpdate, VoteCommit and the revealed Vote (flock-fl-alliance-v1).
// Each message is checked in the order the round's selection checks it (src/aggregator/messages*.ts), so a refusal's
// named code is the code its rejection carries in the bundle; a refused message whose signer is authenticated is
// recorded, and the committee feeds it to the selection. Every accepted message is on disk before the 200.
import { getAddress, hashTypedData, recoverAddress, type Address, type Hex } from "viem";
import { z } from "zod";

import {
  aerieDomain,
  MODEL_UPDATE_TYPES,
  SCORES_COMMIT_TYPES,
  SCORES_TYPES,
  scoresCommitment,
  VOTE_COMMIT_TYPES,
  VOTE_TYPES,
  voteCommitment,
} from "../../lib/eip712";
import type { ModelUpdate, Scores, ScoresCommit, Vote, VoteCommit } from "../../lib/eip712";
import { scoresContentProblem, signatureProblem, WireScores } from "../../aggregator/messages";
import { FL_REJECTION_CODES, WireModelUpdate, WireVote, WireVoteCommit } from "../../aggregator/messagesFl";
import { FL_ROLE_PROPOSER, FL_ROLE_VOTER, MAX_VOTE } from "../../aggregator/policy/flockFlAllianceV1";
import type { PolicyMessageKind } from "../../aggregator/policy/types";
import { AddressSchema, Bytes32Schema, HexSchema } from "../../aggregator/schema";
import { chainRead as _chain, HttpError } from "../http/errors";
import { systemClock, type Clock, type ParticipantLookup, type RoundLookup, type RoundTiming } from "./lookups";
import type { FlLookups, RoundRoles, TaskPolicy } from "./flLookups";
import { RoundMessageStore, type RoundMessageEntry, type RoundMessageKind } from "../store/roundMessages";
import type { Store } from "../store/db";

// ------------------------------------------------------------------ wire schemas

/** Body of `POST /v1/scores-commits`: `{message: {taskId, round, validator, commitment}, signature}`. */
export const ScoresCommitBodySchema = z
  .strictObject({
    message: z.strictObject({
      taskId: WireModelUpdate.shape.message.shape.taskId,
      round: WireModelUpdate.shape.message.shape.round,
      validator: AddressSchema,
      commitment: Bytes32Schema,
    }),
    signature: HexSchema,
  })
  .meta({ id: "SignedScoresCommit" });

/** Body of `POST /v1/scores` under commit–reveal: the Scores message with the `salt` of its commitment. */
export const ScoresRevealBodySchema = WireScores.extend({ salt: Bytes32Schema.optional() });

/** Body of `POST /v1/model-updates`. */
export const ModelUpdateBodySchema = WireModelUpdate.meta({ id: "SignedModelUpdate" });
/** Body of `POST /v1/vote-commits`. */
export const VoteCommitBodySchema = WireVoteCommit.meta({ id: "SignedVoteCommit" });
/** Body of `POST /v1/votes`. */
export const VoteBodySchema = WireVote.meta({ id: "SignedVote" });

/** Answer of an accepted commit–reveal or FL message (the shape of `POST /v1/submissions`' answer). */
export const FlAcceptedSchema = z
  .object({
    status: z.literal("accepted"),
    kind: z.enum(["scoresCommit", "scores", "modelUpdate", "voteCommit", "vote"]),
    taskId: z.string().meta({ description: "decimal" }),
    round: z.string().meta({ description: "decimal" }),
    signer: z.string().meta({ description: "EIP-55 address" }),
    digest: z.string().meta({ description: "EIP-712 digest of the message" }),
    receivedAt: z.string().meta({ description: "unix seconds when the node first accepted this message (decimal)" }),
    replaced: z.number().int().meta({ description: "how many earlier messages of this signer it replaced" }),
  })
  .meta({ id: "FlAccepted" });

/** An {@link FlAcceptedSchema} answer. */
export type FlAccepted = z.infer<typeof FlAcceptedSchema>;

/** Answer of `GET /v1/tasks/:taskId/rounds/:round/roles`. */
export const RoundRolesSchema = z
  .object({
    taskId: z.string(),
    round: z.string(),
    seedBlock: z.string().meta({ description: "the round's stake block (decimal)" }),
    seed: z.string().meta({ description: "roundDrawSeed(stakeBlockHash, taskId, round)" }),
    roles: z.array(z.object({ operator: z.string(), role: z.string().meta({ description: '"proposer" | "voter" (or the on-chain role)' }) })),
  })
  .meta({ id: "RoundRoles" });

/** Answer of `GET /v1/tasks/:taskId/rounds/:round/model-updates`. */
export const RoundModelUpdatesSchema = z
  .object({ updates: z.array(z.object({ proposer: z.string(), updateHash: z.string(), updateURI: z.string(), receivedAt: z.string() })) })
  .meta({ id: "RoundModelUpdates" });

// ------------------------------------------------------------------ types

/** Dependencies of {@link createFlIntake}. */
export type FlIntakeParameters = {
  chainId: number;
  registry: Address;
  /** The store (its `round_messages` and `rejected_messages` tables, migration 5). */
  db: Store;
  rounds: RoundLookup;
  participants: ParticipantLookup;
  fl: FlLookups;
  clock?: Clock;
};

/** The commit–reveal and FL intake. Each post answers {@link FlAccepted} or throws {@link HttpError} (4xx). */
export type FlIntake = {
  scoresCommit(body: z.output<typeof ScoresCommitBodySchema>): Promise<FlAccepted>;
  /** A reveal for a commit–reveal policy, or `undefined` if the task's policy takes scores in the clear. */
  scoresReveal(body: z.output<typeof ScoresRevealBodySchema>): Promise<FlAccepted | undefined>;
  modelUpdate(body: z.output<typeof ModelUpdateBodySchema>): Promise<FlAccepted>;
  voteCommit(body: z.output<typeof VoteCommitBodySchema>): Promise<FlAccepted>;
  vote(body: z.output<typeof VoteBodySchema>): Promise<FlAccepted>;
  roles(taskId: bigint, round: bigint): Promise<z.infer<typeof RoundRolesSchema>>;
  modelUpdates(taskId: bigint, round: bigint): z.infer<typeof RoundModelUpdatesSchema>;
  readonly store: RoundMessageStore;
};

type Windows = RoundTiming & { commitDeadline: bigint; revealDeadline: bigint };
type Checked = { kind: RoundMessageKind; taskId: bigint; round: bigint; signer: Address; digest: Hex; signature: Hex; message: object; salt: Hex | null };

// ------------------------------------------------------------------ factory

/** Builds the commit–reveal and FL intake over its lookups, clock and store. */
export function createFlIntake(p: FlIntakeParameters): FlIntake {
  const domain = aerieDomain(p.chainId, p.registry);
  const clock = p.clock ?? systemClock;
  const store = new RoundMessageStore(p.db);

  /** Signature shape, recovery and signer: 400 BAD_SIGNATURE / 403 WRONG_SIGNER. */
  async function authenticate(signature: Hex, claimed: Address, digest: Hex, what: string): Promise<Address> {
    const problem = signatureProblem(signature);
    if (problem !== undefined) throw new HttpError(400, FL_REJECTION_CODES.badSignature, `${problem}: sign the EIP-712 ${what} with eth_signTypedData_v4`);
    let recovered: Address;
    try {
      recovered = await recoverAddress({ hash: digest, signature });
    } catch {
      throw new HttpError(400, FL_REJECTION_CODES.badSignature, `invalid signature: no signer can be recovered from the ${what}; sign it again`);
    }
    if (recovered.toLowerCase() !== claimed.toLowerCase()) {
      throw new HttpError(403, FL_REJECTION_CODES.wrongSigner, `the signature recovers to ${getAddress(recovered)}, not the message's ${claimed}: sign with that key under chain ${domain.chainId} and TaskRegistry ${domain.verifyingContract}`);
    }
    return getAddress(claimed);
  }

  /** The round's windows and the task's policy, which must take `uses`: 404 / 422 otherwise. */
  async function windows(taskId: bigint, round: bigint, uses: PolicyMessageKind, what: string): Promise<{ w: Windows; tp: TaskPolicy }> {
    const timing = await _chain(() => p.rounds(taskId, round));
    if ("unknown" in timing) {
      if (timing.unknown === "task") throw new HttpError(404, "unknown_task", `task ${taskId} does not exist on chain ${domain.chainId}: check the task id`);
      if (timing.unknown === "round") throw new HttpError(404, FL_REJECTION_CODES.wrongRound, `task ${taskId} has no round ${round}: check the round number`);
      throw new HttpError(422, "unknown_task_spec", `this node does not have the task spec of task ${taskId}: ask its operator to add it`);
    }
    const tp = await _chain(() => p.fl.policies(taskId));
    if (tp === undefined) throw new HttpError(422, "unknown_task_spec", `this node does not have the task spec of task ${taskId}: ask its operator to add it`);
    if (!tp.policy.messages.includes(uses)) {
      throw new HttpError(422, "MESSAGE_KIND_NOT_USED", `task ${taskId}'s policy ${tp.policy.id} takes no ${what}: see the task spec's policy`);
    }
    const commitDeadline = timing.roundEnd + timing.scoringWindowSeconds;
    return { w: { ...timing, commitDeadline, revealDeadline: commitDeadline + (tp.revealWindowSeconds ?? 0n) }, tp };
  }

  /** The round's draw: 503 roles_not_ready until the round's stake block is indexed. */
  async function drawn(taskId: bigint, round: bigint): Promise<RoundRoles> {
    const r = await _chain(() => p.fl.roles(taskId, round));
    if (r === undefined) throw new HttpError(503, "roles_not_ready", `the draw of task ${taskId} round ${round} is not known yet (the round has not started or its start block is not indexed): retry in a few seconds`, { headers: { "retry-after": "5" } });
    return r;
  }

  /** A refusal recorded for the bundle (the signer is authenticated): stored, then thrown. */
  function refuse(c: Checked, now: bigint, status: number, code: string, message: string): never {
    try {
      store.putRejected({ ...c, message: c.message as Record<string, unknown>, receivedAt: now, code });
    } catch (e) {
      throw new HttpError(503, "store_unavailable", "the node cannot store messages right now (the cause is in its log): retry later", { cause: e });
    }
    throw new HttpError(status, code, message);
  }

  function put(c: Checked, now: bigint, answerKind: FlAccepted["kind"]): FlAccepted {
    let result;
    try {
      result = store.put({ ...c, message: c.message as Record<string, unknown>, receivedAt: now });
    } catch (e) {
      throw new HttpError(503, "store_unavailable", "the node cannot store messages right now (the cause is in its log): retry later", { cause: e });
    }
    return toFlAccepted(result.entry, answerKind);
  }

  /** The same message (and salt) again answers as the first time (a client's retry), even after its window closed. */
  function duplicate(c: Checked, answerKind: FlAccepted["kind"]): FlAccepted | undefined {
    const stored = store.get(c.kind, c.taskId, c.round, c.signer);
    return stored !== undefined && stored.digest === c.digest && stored.salt === c.salt ? toFlAccepted(stored, answerKind) : undefined;
  }

  async function validator(taskId: bigint, round: bigint, signer: Address): Promise<void> {
    const role = await _chain(() => p.participants(taskId, round, signer));
    if (role !== "validator") {
      throw new HttpError(403, "not_participant", `${signer} is not a validator of task ${taskId} round ${round} (at the round's start it is ${role ?? "not a participant"}): join the task with enough stake before a round starts`);
    }
  }

  function roleOf(r: RoundRoles, signer: Address): string | undefined {
    for (const [a, role] of r.roles) if (a.toLowerCase() === signer.toLowerCase()) return role;
    return undefined;
  }

  return {
    store,

    async scoresCommit(body) {
      const m: ScoresCommit = body.message;
      const digest = hashTypedData({ domain, types: SCORES_COMMIT_TYPES, primaryType: "ScoresCommit", message: m });
      const signer = await authenticate(body.signature, m.validator, digest, "ScoresCommit");
      const c: Checked = { kind: "scoresCommit", taskId: m.taskId, round: m.round, signer, digest, signature: body.signature, message: m, salt: null };
      const dup = duplicate(c, "scoresCommit");
      if (dup !== undefined) return dup;
      const { w } = await windows(m.taskId, m.round, "scoresCommit", "scores commitments");
      const now = clock();
      if (now < w.roundStart) throw new HttpError(409, "round_not_started", `round ${m.round} of task ${m.taskId} starts at ${w.roundStart} (now ${now}): commit after the round ends`);
      await validator(m.taskId, m.round, signer);
      if (now >= w.commitDeadline) refuse(c, now, 409, FL_REJECTION_CODES.late, `${FL_REJECTION_CODES.late}: scores commitments of task ${m.taskId} round ${m.round} closed at ${w.commitDeadline} (now ${now})`);
      return put(c, now, "scoresCommit");
    },

    async scoresReveal(body) {
      const m: Scores = body.message;
      const tp = await _chain(() => p.fl.policies(m.taskId));
      const commitReveal = tp?.policy.messages.includes("scoresCommit") === true;
      if (!commitReveal) {
        if (body.salt !== undefined) throw new HttpError(422, "SALT_NOT_USED", `task ${m.taskId}'s policy takes scores in the clear: send them without a salt`);
        return undefined;
      }
      if (body.salt === undefined) {
        throw new HttpError(422, "SALT_REQUIRED", `task ${m.taskId}'s policy ${tp!.policy.id} takes scores by commit–reveal: POST a ScoresCommit to /v1/scores-commits in the scoring window, then reveal the Scores with its salt`);
      }
      const salt = body.salt;
      const digest = hashTypedData({ domain, types: SCORES_TYPES, primaryType: "Scores", message: m });
      const signer = await authenticate(body.signature, m.validator, digest, "Scores");
      const c: Checked = { kind: "scoresReveal", taskId: m.taskId, round: m.round, signer, digest, signature: body.signature, message: m, salt };
      const dup = duplicate(c, "scores");
      if (dup !== undefined) return dup;
      const { w } = await windows(m.taskId, m.round, "scoresCommit", "scores");
      const now = clock();
      await validator(m.taskId, m.round, signer);
      if (now < w.commitDeadline) refuse(c, now, 409, FL_REJECTION_CODES.earlyReveal, `${FL_REJECTION_CODES.earlyReveal}: reveals of task ${m.taskId} round ${m.round} open at ${w.commitDeadline} (now ${now}): reveal then`);
      if (now >= w.revealDeadline) refuse(c, now, 409, FL_REJECTION_CODES.late, `${FL_REJECTION_CODES.late}: reveals of task ${m.taskId} round ${m.round} closed at ${w.revealDeadline} (now ${now})`);
      const problem = scoresContentProblem(m);
      if (problem !== undefined) refuse(c, now, 422, "score_out_of_range", `${problem.replace(/^malformed scores: /, "")}: fix the scores and sign again`);
      const commit = store.get("scoresCommit", m.taskId, m.round, signer);
      if (commit === undefined) refuse(c, now, 409, FL_REJECTION_CODES.noCommitment, `${FL_REJECTION_CODES.noCommitment}: ${signer} has no accepted ScoresCommit for task ${m.taskId} round ${m.round}`);
      const committed = String(commit.message.commitment).toLowerCase();
      if (scoresCommitment(m, salt).toLowerCase() !== committed) {
        refuse(c, now, 422, FL_REJECTION_CODES.revealMismatch, `${FL_REJECTION_CODES.revealMismatch}: the scores and salt do not open the commitment ${committed}: reveal exactly what you committed, with its salt`);
      }
      return put(c, now, "scores");
    },

    async modelUpdate(body) {
      const m: ModelUpdate = body.message;
      const digest = hashTypedData({ domain, types: MODEL_UPDATE_TYPES, primaryType: "ModelUpdate", message: m });
      const signer = await authenticate(body.signature, m.proposer, digest, "ModelUpdate");
      const c: Checked = { kind: "modelUpdate", taskId: m.taskId, round: m.round, signer, digest, signature: body.signature, message: m, salt: null };
      const dup = duplicate(c, "modelUpdate");
      if (dup !== undefined) return dup;
      const { w } = await windows(m.taskId, m.round, "modelUpdate", "model updates");
      const now = clock();
      if (now < w.roundStart) throw new HttpError(409, "round_not_started", `round ${m.round} of task ${m.taskId} starts at ${w.roundStart} (now ${now}): send it then`);
      const r = await drawn(m.taskId, m.round);
      if (roleOf(r, signer) !== FL_ROLE_PROPOSER) {
        refuse(c, now, 403, FL_REJECTION_CODES.notProposer, `${FL_REJECTION_CODES.notProposer}: ${signer} was not drawn as a proposer of task ${m.taskId} round ${m.round} (see GET /v1/tasks/${m.taskId}/rounds/${m.round}/roles)`);
      }
      if (now >= w.roundEnd) refuse(c, now, 409, FL_REJECTION_CODES.late, `${FL_REJECTION_CODES.late}: model updates of task ${m.taskId} round ${m.round} closed at ${w.roundEnd} (now ${now})`);
      return put(c, now, "modelUpdate");
    },

    async voteCommit(body) {
      const m: VoteCommit = body.message;
      const digest = hashTypedData({ domain, types: VOTE_COMMIT_TYPES, primaryType: "VoteCommit", message: m });
      const signer = await authenticate(body.signature, m.voter, digest, "VoteCommit");
      const c: Checked = { kind: "voteCommit", taskId: m.taskId, round: m.round, signer, digest, signature: body.signature, message: m, salt: null };
      const dup = duplicate(c, "voteCommit");
      if (dup !== undefined) return dup;
      const { w } = await windows(m.taskId, m.round, "voteCommit", "vote commitments");
      const now = clock();
      if (now < w.roundStart) throw new HttpError(409, "round_not_started", `round ${m.round} of task ${m.taskId} starts at ${w.roundStart} (now ${now}): commit after the round ends`);
      const r = await drawn(m.taskId, m.round);
      if (roleOf(r, signer) !== FL_ROLE_VOTER) refuse(c, now, 403, FL_REJECTION_CODES.notVoter, `${FL_REJECTION_CODES.notVoter}: ${signer} was not drawn as a voter of task ${m.taskId} round ${m.round}`);
      if (now >= w.commitDeadline) refuse(c, now, 409, FL_REJECTION_CODES.late, `${FL_REJECTION_CODES.late}: vote commitments of task ${m.taskId} round ${m.round} closed at ${w.commitDeadline} (now ${now})`);
      return put(c, now, "voteCommit");
    },

    async vote(body) {
      const m: Vote = body.message;
      const digest = hashTypedData({ domain, types: VOTE_TYPES, primaryType: "Vote", message: m });
      const signer = await authenticate(body.signature, m.voter, digest, "Vote");
      const c: Checked = { kind: "vote", taskId: m.taskId, round: m.round, signer, digest, signature: body.signature, message: m, salt: body.salt };
      const dup = duplicate(c, "vote");
      if (dup !== undefined) return dup;
      const { w } = await windows(m.taskId, m.round, "voteCommit", "votes");
      const now = clock();
      const r = await drawn(m.taskId, m.round);
      if (roleOf(r, signer) !== FL_ROLE_VOTER) refuse(c, now, 403, FL_REJECTION_CODES.notVoter, `${FL_REJECTION_CODES.notVoter}: ${signer} was not drawn as a voter of task ${m.taskId} round ${m.round}`);
      if (now < w.commitDeadline) refuse(c, now, 409, FL_REJECTION_CODES.earlyReveal, `${FL_REJECTION_CODES.earlyReveal}: reveals of task ${m.taskId} round ${m.round} open at ${w.commitDeadline} (now ${now}): reveal then`);
      if (now >= w.revealDeadline) refuse(c, now, 409, FL_REJECTION_CODES.late, `${FL_REJECTION_CODES.late}: reveals of task ${m.taskId} round ${m.round} closed at ${w.revealDeadline} (now ${now})`);
      if (m.vote < -MAX_VOTE || m.vote > MAX_VOTE) refuse(c, now, 422, FL_REJECTION_CODES.voteOutOfRange, `${FL_REJECTION_CODES.voteOutOfRange}: vote ${m.vote} is outside [-${MAX_VOTE}, ${MAX_VOTE}]: vote an integer in that range`);
      const commit = store.get("voteCommit", m.taskId, m.round, signer);
      if (commit === undefined) refuse(c, now, 409, FL_REJECTION_CODES.noCommitment, `${FL_REJECTION_CODES.noCommitment}: ${signer} has no accepted vote commitment for task ${m.taskId} round ${m.round}`);
      const committed = String(commit.message.commitment).toLowerCase();
      if (voteCommitment(m, body.salt).toLowerCase() !== committed) {
        refuse(c, now, 422, FL_REJECTION_CODES.revealMismatch, `${FL_REJECTION_CODES.revealMismatch}: the vote and salt do not open the commitment ${committed}: reveal exactly what you committed, with its salt`);
      }
      return put(c, now, "vote");
    },

    async roles(taskId, round) {
      const timing = await _chain(() => p.rounds(taskId, round));
      if ("unknown" in timing && timing.unknown !== "spec") throw new HttpError(404, timing.unknown === "task" ? "unknown_task" : FL_REJECTION_CODES.wrongRound, `task ${taskId} has no round ${round}: check the task id and round`);
      const r = await drawn(taskId, round);
      const roles = [...r.roles].map(([operator, role]) => ({ operator: getAddress(operator), role })).sort((a, b) => (a.operator.toLowerCase() < b.operator.toLowerCase() ? -1 : 1));
      return { taskId: taskId.toString(), round: round.toString(), seedBlock: r.seedBlock.toString(), seed: r.seed, roles };
    },

    modelUpdates(taskId, round) {
      return {
        updates: store.list("modelUpdate", taskId, round).map((e) => ({
          proposer: e.signer,
          updateHash: String(e.message.updateHash),
          updateURI: String(e.message.updateURI),
          receivedAt: e.receivedAt.toString(),
        })),
      };
    },
  };
}

/** The {@link FlAccepted} answer of a stored entry. */
export function toFlAccepted(e: RoundMessageEntry, kind: FlAccepted["kind"]): FlAccepted {
  return { status: "accepted", kind, taskId: e.taskId.toString(), round: e.round.toString(), signer: e.signer, digest: e.digest, receivedAt: e.receivedAt.toString(), replaced: e.replaced };
}
