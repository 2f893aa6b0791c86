// Selection of the signed round inputs that count (docs/PROTOCOL.md §7: signer, participant, deadline, latest wins).
import { z } from "zod";
import { hashTypedData, recoverAddress, type Address, type Hex } from "viem";

import {
  aerieDomain,
  SCORES_COMMIT_TYPES,
  scoresCommitment,
  type Scores,
  type ScoresCommit,
  type Submission,
} from "../lib/eip712";
import { InvalidInputError, InvalidMessageError } from "../lib/errors";
import { compareAddresses, compareBigints, compareStrings } from "../lib/order";
import { MAX_SCORE } from "./constants";
import { checksumAddress } from "./checksum";
import { MessageDigester } from "./digest";
import { AddressSchema, Bytes32Schema, DecimalUintSchema, describeFirstIssue, HexSchema } from "./schema";

// ------------------------------------------------------------------ constants

/** secp256k1 group order n; canonical signatures have `s ≤ n / 2` (EIP-2). */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

// ------------------------------------------------------------------ types

/** A Submission as received by the aggregator. `receivedAt`: unix seconds when the aggregator got it. */
/**
 * Recovers the signer of a 32-byte EIP-712 `digest` from a 65-byte `r‖s‖v` signature (already checked well-formed by
 * {@link signatureProblem}); the address may come back in any case. Injected into the round (`computeRound`'s
 * `recoverer` option) so a service can recover on every core (the node's native `RecoverPool` has this shape); the
 * core's default is {@link viemRecoverer}. Calls made in one turn may be batched by the implementation.
 *
 * @throws if no public key can be recovered.
 */
export type SignatureRecoverer = { recover(digest: Hex, signature: Hex): Promise<Address> };

/** viem's `recoverAddress` (pure JS, one core): the core's default {@link SignatureRecoverer}. */
export const viemRecoverer: SignatureRecoverer = { recover: (digest, signature) => recoverAddress({ hash: digest, signature }) };

export type SignedSubmission = { message: Submission; signature: Hex; receivedAt: bigint };

/**
 * A Scores message as received by the aggregator. `receivedAt`: unix seconds. Under commit–reveal it is the reveal
 * and carries `salt` (32 bytes), the salt of its commitment ({@link scoresCommitment}).
 */
export type SignedScores = { message: Scores; signature: Hex; receivedAt: bigint; salt?: Hex };

/** A ScoresCommit as received by the aggregator. `receivedAt`: unix seconds. */
export type SignedScoresCommit = { message: ScoresCommit; signature: Hex; receivedAt: bigint };

/**
 * A message that does not count, and why. `signer` is the recovered signer (absent if none could be
 * recovered); `reason` is one fixed-format line (it is part of the round bundle).
 */
export type Rejection = {
  kind: "submission" | "scores" | "scoresCommit" | "modelUpdate" | "vote" | "voteCommit";
  signer?: Address;
  signature: Hex;
  receivedAt: bigint;
  reason: string;
};

/** The part of a round participant the selection needs. */
export type ParticipantRole = { operator: Address; role: "trainer" | "validator" };

/** Input of {@link selectSubmissions}. */
export type SelectSubmissionsParameters = {
  chainId: number;
  /** TaskRegistry address: the `verifyingContract` of the messages' domain ({@link aerieDomain}). */
  registry: Address;
  taskId: bigint;
  round: bigint;
  /** Round end, unix seconds (exclusive deadline of submissions). */
  roundEnd: bigint;
  /** The round's participants (operators whose role and stake qualified at the round's start). */
  participants: readonly ParticipantRole[];
  submissions: readonly SignedSubmission[];
  /** Signature recovery (default {@link viemRecoverer}). */
  recoverer?: SignatureRecoverer;
};

/** Output of {@link selectSubmissions}: at most one accepted submission per trainer, sorted by trainer. */
export type SelectSubmissionsReturnType = { accepted: SignedSubmission[]; rejected: Rejection[] };

/** Input of {@link selectScores}. */
export type SelectScoresParameters = {
  chainId: number;
  registry: Address;
  taskId: bigint;
  round: bigint;
  roundEnd: bigint;
  /** The task spec's scoring window, seconds: scores are due before `roundEnd + scoringWindowSeconds`. */
  scoringWindowSeconds: bigint;
  participants: readonly ParticipantRole[];
  /** Trainers with an accepted submission: every accepted Scores message must score each of them. */
  trainers: readonly Address[];
  scores: readonly SignedScores[];
  /**
   * Commit–reveal (policies that consume `scoresCommit`): the commits, and the reveal window in seconds. Commits are
   * due before `roundEnd + scoringWindowSeconds`; reveals (the `scores`, each with its salt) in
   * `[roundEnd + scoringWindowSeconds, … + revealWindowSeconds)`. Absent: scores are sent in the clear.
   */
  commitReveal?: { commits: readonly SignedScoresCommit[]; revealWindowSeconds: bigint };
  /** Signature recovery (default {@link viemRecoverer}). */
  recoverer?: SignatureRecoverer;
};

/**
 * Output of {@link selectScores}: at most one accepted message per validator, sorted by validator. Under
 * commit–reveal also the accepted commits (one per validator, sorted) and `missingReveals`: the validators with an
 * accepted commit but no accepted reveal (none, late, early, mismatched or incomplete), sorted; both empty without.
 */
export type SelectScoresReturnType = {
  accepted: SignedScores[];
  rejected: Rejection[];
  acceptedCommits: SignedScoresCommit[];
  missingReveals: Address[];
};

// ------------------------------------------------------------------ selection

/**
 * Keeps the submissions that count (docs/PROTOCOL.md §7). A submission counts if
 * - its signature is 65 bytes, `v ∈ {27, 28}`, low `s` (EIP-2), and recovers to the message's `trainer`;
 * - its `taskId` and `round` are this round's;
 * - the signer is a trainer participant of the round;
 * - `receivedAt < roundEnd`.
 * Of the messages that count, per signer the latest `receivedAt` wins (tie: the greater signature hex);
 * the others are rejected as replaced.
 *
 * @returns the accepted messages sorted by trainer, and the rejections sorted by (kind, signer, signature,
 *   receivedAt, reason).
 * @throws {InvalidInputError} if a participant is listed with two roles.
 */
export async function selectSubmissions(parameters: SelectSubmissionsParameters): Promise<SelectSubmissionsReturnType> {
  const { taskId, round, roundEnd } = parameters;
  const domain = aerieDomain(parameters.chainId, parameters.registry);
  const roles = _roles(parameters.participants);
  const rejected: Rejection[] = [];
  const candidates: { item: SignedSubmission; signer: Address }[] = [];

  const recoverer = parameters.recoverer ?? viemRecoverer;
  const digester = new MessageDigester(domain);
  const signers = await Promise.all(
    parameters.submissions.map((item) => _recover(item.signature, () => recoverer.recover(digester.submission(item.message), item.signature))),
  );
  parameters.submissions.forEach((item, i) => {
    const recovered = signers[i]!;
    const reject = (reason: string, signer?: Address) => rejected.push(_rejection("submission", item, reason, signer));
    if ("reason" in recovered) return reject(recovered.reason);
    const signer = recovered.signer;
    const m = item.message;
    if (signer.toLowerCase() !== m.trainer.toLowerCase()) return reject(`signer ${signer} is not the message's trainer ${m.trainer}`, signer);
    if (m.taskId !== taskId || m.round !== round) return reject(`wrong round: message is for task ${m.taskId} round ${m.round}`, signer);
    if (roles.get(signer.toLowerCase()) !== "trainer") return reject(`${signer} is not a trainer of this round`, signer);
    if (item.receivedAt >= roundEnd) return reject(`late: received at ${item.receivedAt}, submissions closed at ${roundEnd}`, signer);
    candidates.push({ item, signer });
  });

  const winners = _latestPerSigner(candidates, "submission", rejected);
  return {
    accepted: winners.map((w) => w.item),
    rejected: sortRejections(rejected),
  };
}

/**
 * Keeps the scores that count (docs/PROTOCOL.md §7). A Scores message counts if
 * - its signature is well-formed (as for submissions) and recovers to the message's `validator`;
 * - its `taskId` and `round` are this round's; the signer is a validator participant of the round;
 * - `receivedAt < roundEnd + scoringWindowSeconds` (under commit–reveal: inside the reveal window
 *   `[roundEnd + scoringWindowSeconds, … + revealWindowSeconds)`);
 * - `trainers` and `scores` have the same length, no trainer appears twice, every score is in `[0, MAX_SCORE]`;
 * - under commit–reveal: the validator has an accepted ScoresCommit (same rules, due before the scoring deadline;
 *   latest wins) and `scoresCommitment(message, salt)` equals its commitment.
 * Of the messages that count, per signer the latest `receivedAt` wins (tie: the greater signature hex). The
 * winner must score every trainer in `trainers` (extra trainers are ignored); otherwise it is rejected as
 * incomplete and the validator takes no part in the round.
 *
 * @returns the accepted messages sorted by validator, the rejections (sorted as in {@link selectSubmissions}), and
 *   under commit–reveal the accepted commits and the validators that committed without an accepted reveal.
 * @throws {InvalidInputError} if a participant is listed with two roles.
 */
export async function selectScores(parameters: SelectScoresParameters): Promise<SelectScoresReturnType> {
  const { taskId, round, roundEnd, scoringWindowSeconds, commitReveal } = parameters;
  const deadline = roundEnd + scoringWindowSeconds;
  const domain = aerieDomain(parameters.chainId, parameters.registry);
  const roles = _roles(parameters.participants);
  const rejected: Rejection[] = [];
  const candidates: { item: SignedScores; signer: Address }[] = [];

  // commits (commit–reveal only): same signer, round and role rules as scores, due before the scoring deadline
  const commits = commitReveal === undefined ? [] : await _selectCommits(parameters, commitReveal.commits, deadline, rejected);
  const commitOf = new Map(commits.map((c) => [c.message.validator.toLowerCase(), c]));
  const revealEnd = deadline + (commitReveal?.revealWindowSeconds ?? 0n);

  const recoverer = parameters.recoverer ?? viemRecoverer;
  const digester = new MessageDigester(domain);
  const signers = await Promise.all(
    parameters.scores.map((item) => _recover(item.signature, () => recoverer.recover(digester.scores(item.message), item.signature))),
  );
  parameters.scores.forEach((item, i) => {
    const recovered = signers[i]!;
    const reject = (reason: string, signer?: Address) => rejected.push(_rejection("scores", item, reason, signer));
    if ("reason" in recovered) return reject(recovered.reason);
    const signer = recovered.signer;
    const m = item.message;
    if (signer.toLowerCase() !== m.validator.toLowerCase()) return reject(`signer ${signer} is not the message's validator ${m.validator}`, signer);
    if (m.taskId !== taskId || m.round !== round) return reject(`wrong round: message is for task ${m.taskId} round ${m.round}`, signer);
    if (roles.get(signer.toLowerCase()) !== "validator") return reject(`${signer} is not a validator of this round`, signer);
    if (commitReveal === undefined) {
      if (item.receivedAt >= deadline) return reject(`late: received at ${item.receivedAt}, scores closed at ${deadline}`, signer);
    } else {
      if (item.receivedAt < deadline) return reject(`early reveal: received at ${item.receivedAt}, reveals open at ${deadline}`, signer);
      if (item.receivedAt >= revealEnd) return reject(`late reveal: received at ${item.receivedAt}, reveals closed at ${revealEnd}`, signer);
    }
    const problem = scoresContentProblem(m);
    if (problem !== undefined) return reject(problem, signer);
    if (commitReveal !== undefined) {
      const commit = commitOf.get(signer.toLowerCase());
      if (commit === undefined) return reject(`no commitment: ${signer} has no accepted ScoresCommit for this round`, signer);
      if (item.salt === undefined || !/^0x[0-9a-f]{64}$/.test(item.salt)) return reject("reveal without a salt: expected 32 bytes of hex", signer);
      const opened = scoresCommitment(m, item.salt);
      if (opened !== commit.message.commitment) {
        return reject(`reveal does not match its commitment: opens ${opened}, committed ${commit.message.commitment}`, signer);
      }
    }
    candidates.push({ item, signer });
  });

  const winners = _latestPerSigner(candidates, "scores", rejected);
  const accepted: SignedScores[] = [];
  for (const w of winners) {
    const scored = new Set(w.item.message.trainers.map((t) => t.toLowerCase()));
    const missing = [...parameters.trainers].filter((t) => !scored.has(t.toLowerCase())).sort(compareAddresses);
    if (missing.length > 0) {
      rejected.push(
        _rejection(
          "scores",
          w.item,
          `incomplete: no score for ${missing.length} of ${parameters.trainers.length} trainers with a valid submission (first: ${missing[0]})`,
          w.signer,
        ),
      );
      continue;
    }
    accepted.push(w.item);
  }
  const revealed = new Set(accepted.map((a) => a.message.validator.toLowerCase()));
  const missingReveals = commits.map((c) => c.message.validator).filter((v) => !revealed.has(v.toLowerCase()));
  return { accepted, rejected: sortRejections(rejected), acceptedCommits: commits, missingReveals };
}

/**
 * The commits that count: well-formed signature by the message's validator, this task and round, a validator
 * participant, `receivedAt < deadline`, `commitment` 32 bytes; per signer the latest wins (as for scores).
 */
async function _selectCommits(
  parameters: SelectScoresParameters,
  commits: readonly SignedScoresCommit[],
  deadline: bigint,
  rejected: Rejection[],
): Promise<SignedScoresCommit[]> {
  const domain = aerieDomain(parameters.chainId, parameters.registry);
  const roles = _roles(parameters.participants);
  const candidates: { item: SignedScoresCommit; signer: Address }[] = [];
  const recoverer = parameters.recoverer ?? viemRecoverer;
  const signers = await Promise.all(
    commits.map((item) =>
      _recover(item.signature, () => recoverer.recover(hashTypedData({ domain, types: SCORES_COMMIT_TYPES, primaryType: "ScoresCommit", message: item.message }), item.signature)),
    ),
  );
  commits.forEach((item, i) => {
    const recovered = signers[i]!;
    const reject = (reason: string, signer?: Address) => rejected.push(_rejection("scoresCommit", item, reason, signer));
    if ("reason" in recovered) return reject(recovered.reason);
    const signer = recovered.signer;
    const m = item.message;
    if (signer.toLowerCase() !== m.validator.toLowerCase()) return reject(`signer ${signer} is not the message's validator ${m.validator}`, signer);
    if (m.taskId !== parameters.taskId || m.round !== parameters.round) return reject(`wrong round: message is for task ${m.taskId} round ${m.round}`, signer);
    if (roles.get(signer.toLowerCase()) !== "validator") return reject(`${signer} is not a validator of this round`, signer);
    if (item.receivedAt >= deadline) return reject(`late: received at ${item.receivedAt}, commits closed at ${deadline}`, signer);
    candidates.push({ item, signer });
  });
  return _latestPerSigner(candidates, "scoresCommit", rejected).map((w) => w.item);
}

// ------------------------------------------------------------------ parsing (for the HTTP edge)

/** A uint256 in a message body: a decimal string, or a JSON number that is a safe non-negative integer. */
const WireUint = z.union([
  DecimalUintSchema,
  z
    .number()
    .int()
    .nonnegative()
    .transform((n) => BigInt(n)),
], { error: "a decimal string (uint256) or a non-negative safe integer" });

/** zod schema of a signed Submission as a client sends it (`{message, signature}`); see {@link parseSubmissionMessage}. */
export const WireSubmission = z.strictObject({
  message: z.strictObject({
    taskId: WireUint,
    round: WireUint,
    trainer: AddressSchema,
    modelHash: Bytes32Schema,
    modelURI: z.string({ error: "a string" }).max(2048, { error: "a string of at most 2048 characters" }),
  }),
  signature: HexSchema,
});

/** zod schema of a signed Scores message as a client sends it (`{message, signature}`); see {@link parseScoresMessage}. */
export const WireScores = z.strictObject({
  message: z.strictObject({
    taskId: WireUint,
    round: WireUint,
    validator: AddressSchema,
    trainers: z.array(AddressSchema).max(10_000, { error: "at most 10000 trainers" }),
    scores: z.array(WireUint).max(10_000, { error: "at most 10000 scores" }),
  }),
  signature: HexSchema,
});

/**
 * Parses the JSON body of a signed Submission as a client sends it (`{message, signature}`, uint256 values as
 * decimal strings or safe integers). Checks the shape only; {@link selectSubmissions} decides whether it counts.
 * The caller adds `receivedAt`.
 *
 * @throws {InvalidMessageError} with one line naming the first bad field.
 */
export function parseSubmissionMessage(json: unknown): { message: Submission; signature: Hex } {
  const parsed = WireSubmission.safeParse(json);
  if (!parsed.success) throw new InvalidMessageError(`submission: ${describeFirstIssue(parsed.error, json)}`, { cause: parsed.error });
  return parsed.data;
}

/**
 * Parses the JSON body of a signed Scores message (`{message, signature}`); shape only, see
 * {@link selectScores} for what counts. The caller adds `receivedAt`.
 *
 * @throws {InvalidMessageError} with one line naming the first bad field.
 */
export function parseScoresMessage(json: unknown): { message: Scores; signature: Hex } {
  const parsed = WireScores.safeParse(json);
  if (!parsed.success) throw new InvalidMessageError(`scores: ${describeFirstIssue(parsed.error, json)}`, { cause: parsed.error });
  return parsed.data;
}

// ------------------------------------------------------------------ internal helpers

/** Participants by lowercase address → role. */
function _roles(participants: readonly ParticipantRole[]): Map<string, "trainer" | "validator"> {
  const roles = new Map<string, "trainer" | "validator">();
  for (const p of participants) {
    const key = p.operator.toLowerCase();
    const existing = roles.get(key);
    if (existing !== undefined && existing !== p.role) {
      throw new InvalidInputError(`participants: ${p.operator} is listed both as ${existing} and as ${p.role}`);
    }
    roles.set(key, p.role);
  }
  return roles;
}

/**
 * The recovered signer, or a fixed rejection reason (never a library message: reasons go into the bundle and
 * must not depend on library versions).
 */
async function _recover(signature: Hex, recover: () => Promise<Address>): Promise<{ signer: Address } | { reason: string }> {
  const problem = signatureProblem(signature);
  if (problem !== undefined) return { reason: problem };
  try {
    // recoverers may answer in any case: the checksum form is what rejections and the bundle name
    return { signer: checksumAddress(await recover()) };
  } catch {
    return { reason: "invalid signature: no signer can be recovered" };
  }
}

/**
 * Why a signature is not well-formed (docs/PROTOCOL.md §7 rule 1), or `undefined` if it is: 65 bytes `r‖s‖v`,
 * `v ∈ {27, 28}`, low `s` (EIP-2). The reason is a fixed one-line string.
 */
export function signatureProblem(signature: string): string | undefined {
  if (typeof signature !== "string" || !/^0x[0-9a-fA-F]{130}$/.test(signature)) {
    return "malformed signature: expected 65 bytes r || s || v";
  }
  const s = BigInt(`0x${signature.slice(66, 130)}`);
  const v = Number.parseInt(signature.slice(130, 132), 16);
  if (v !== 27 && v !== 28) return "malformed signature: v must be 27 or 28";
  if (s > SECP256K1_N / 2n) return "non-canonical signature: s is in the upper half of the curve order";
  return undefined;
}

/**
 * Why a Scores message's content is invalid (docs/PROTOCOL.md §7 rule 7), or `undefined`: as many scores as trainers,
 * no trainer twice, every score in `[0, MAX_SCORE]`. The reason is a fixed one-line string.
 */
export function scoresContentProblem(m: Scores): string | undefined {
  if (m.trainers.length !== m.scores.length) {
    return `malformed scores: ${m.trainers.length} trainers but ${m.scores.length} scores`;
  }
  const seen = new Set<string>();
  for (let i = 0; i < m.trainers.length; i++) {
    const trainer = m.trainers[i]!;
    const score = m.scores[i]!;
    if (seen.has(trainer.toLowerCase())) return `malformed scores: trainer ${trainer} is scored twice`;
    seen.add(trainer.toLowerCase());
    if (score < 0n || score > MAX_SCORE) return `malformed scores: score ${score} for trainer ${trainer} is outside [0, ${MAX_SCORE}]`;
  }
  return undefined;
}

/** Reason of a message that lost to a later one of its signer. */
export const REPLACED_REASON = "replaced by a later message from the same signer";
/**
 * Reason of a message that lost to another of its signer received at the same second: the members stamp every message
 * of a window with the same second, so two there are equivocation (docs/PROTOCOL.md §7), resolved by the signature.
 */
export const EQUIVOCATION_REASON = "equivocation: another message from the same signer in the same window has the greater signature";

/**
 * Per signer, the candidate with the greatest (receivedAt, signature hex); the others are rejected as replaced
 * ({@link REPLACED_REASON}), or, received at the same second as the winner, as equivocation ({@link EQUIVOCATION_REASON}).
 */
function _latestPerSigner<T extends { signature: Hex; receivedAt: bigint }>(
  candidates: { item: T; signer: Address }[],
  kind: Rejection["kind"],
  rejected: Rejection[],
): { item: T; signer: Address }[] {
  const best = new Map<string, { item: T; signer: Address }>();
  const later = (a: T, b: T) =>
    compareBigints(a.receivedAt, b.receivedAt) || compareStrings(a.signature.toLowerCase(), b.signature.toLowerCase());
  for (const c of candidates) {
    const key = c.signer.toLowerCase();
    const current = best.get(key);
    if (current === undefined) {
      best.set(key, c);
    } else {
      const [winner, loser] = later(c.item, current.item) > 0 ? [c, current] : [current, c];
      best.set(key, winner);
      rejected.push(_rejection(kind, loser.item, winner.item.receivedAt === loser.item.receivedAt ? EQUIVOCATION_REASON : REPLACED_REASON, loser.signer));
    }
  }
  return [...best.values()].sort((a, b) => compareAddresses(a.signer, b.signer));
}

function _rejection(
  kind: Rejection["kind"],
  item: { signature: Hex; receivedAt: bigint },
  reason: string,
  signer?: Address,
): Rejection {
  const r: Rejection = { kind, signature: item.signature, receivedAt: item.receivedAt, reason };
  if (signer !== undefined) r.signer = signer;
  return r;
}

/**
 * Rejections in the bundle's order: by kind, signer (absent first), signature, receivedAt, reason.
 *
 * @returns a sorted copy.
 */
export function sortRejections(rejected: readonly Rejection[]): Rejection[] {
  return [...rejected].sort(
    (a, b) =>
      compareStrings(a.kind, b.kind) ||
      compareAddresses(a.signer ?? "", b.signer ?? "") ||
      compareStrings(a.signature.toLowerCase(), b.signature.toLowerCase()) ||
      compareBigints(a.receivedAt, b.receivedAt) ||
      compareStrings(a.reason, b.reason),
  );
}

// The shared selection steps, for the other message kinds' selection (messagesFl.ts).
export { _latestPerSigner as latestPerSigner, _recover as recoverMessageSigner, _rejection as makeRejection, _roles as participantRoles };
