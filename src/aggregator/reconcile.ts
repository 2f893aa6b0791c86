// Round-message reconciliation, the pure part (docs/PROTOCOL.md §7, "The committee's input"): the wire form in which
// members exchange a round's signed messages, the authenticity check of a message a peer served, and the merge rule
// that turns every member's messages into one input set. Members holding the same messages compute the same set,
// whatever the order in which they received them.
import { z } from "zod";
import { hashTypedData, type Address, type Hex } from "viem";

import {
  aerieDomain,
  MODEL_UPDATE_TYPES,
  SCORES_COMMIT_TYPES,
  SCORES_TYPES,
  scoresCommitment,
  SUBMISSION_TYPES,
  VOTE_COMMIT_TYPES,
  VOTE_TYPES,
  voteCommitment,
  type Scores,
  type Vote,
} from "../lib/eip712";
import { compareAddresses, compareStrings } from "../lib/order";
import { recoverMessageSigner, viemRecoverer, WireScores, WireSubmission, type SignatureRecoverer } from "./messages";
import { WireModelUpdate, WireVote, WireVoteCommit } from "./messagesFl";
import { AddressSchema, Bytes32Schema, HexSchema } from "./schema";

// ------------------------------------------------------------------ constants

/**
 * The most messages of one kind from one signer that enter a round (the greatest signatures, see
 * {@link mergeRoundMessages}). An honest sender sends one (two if it corrects itself); more is equivocation.
 */
export const MAX_MESSAGES_PER_SIGNER = 4;

/** The kinds of round messages: `scores` are clear Scores, `scoresReveal` a Scores message revealed with its salt. */
export const ROUND_MESSAGE_KINDS = ["submission", "scores", "scoresCommit", "scoresReveal", "modelUpdate", "voteCommit", "vote"] as const;

/** One of {@link ROUND_MESSAGE_KINDS}. */
export type RoundMessageKind = (typeof ROUND_MESSAGE_KINDS)[number];

// ------------------------------------------------------------------ types

/**
 * One signed round message, authenticated: `signer` recovered from `signature` (EIP-55) and equal to the message's
 * signer field; `digest` its EIP-712 digest (lowercase hex); `message` the parsed message (uint256 as bigint);
 * `salt` the reveal's salt (`scoresReveal`, `vote`), else `null`.
 */
export type RoundMessage = {
  kind: RoundMessageKind;
  signer: Address;
  digest: Hex;
  signature: Hex;
  message: Record<string, unknown>;
  salt: Hex | null;
};

/** What {@link authenticateRoundMessage} checks a message against: the domain, the round and its participants. */
export type AuthenticateContext = {
  chainId: number;
  /** TaskRegistry address (`verifyingContract`). */
  registry: Address;
  taskId: bigint;
  round: bigint;
  /** The round's participants (any role): the operators whose role and stake qualified at the round's start. */
  participants: readonly { operator: Address }[];
  /** Signature recovery (default viem's). */
  recoverer?: SignatureRecoverer;
};

// ------------------------------------------------------------------ wire form

const WireScoresCommit = z.strictObject({
  message: z.strictObject({ taskId: WireModelUpdate.shape.message.shape.taskId, round: WireModelUpdate.shape.message.shape.round, validator: AddressSchema, commitment: Bytes32Schema }),
  signature: HexSchema,
});

/** Per kind: its wire schema, the message field naming its signer, its EIP-712 types and primary type. */
const KINDS = {
  submission: { schema: WireSubmission, signerField: "trainer", types: SUBMISSION_TYPES, primaryType: "Submission" },
  scores: { schema: WireScores, signerField: "validator", types: SCORES_TYPES, primaryType: "Scores" },
  scoresCommit: { schema: WireScoresCommit, signerField: "validator", types: SCORES_COMMIT_TYPES, primaryType: "ScoresCommit" },
  scoresReveal: { schema: WireScores.extend({ salt: Bytes32Schema }), signerField: "validator", types: SCORES_TYPES, primaryType: "Scores" },
  modelUpdate: { schema: WireModelUpdate, signerField: "proposer", types: MODEL_UPDATE_TYPES, primaryType: "ModelUpdate" },
  voteCommit: { schema: WireVoteCommit, signerField: "voter", types: VOTE_COMMIT_TYPES, primaryType: "VoteCommit" },
  vote: { schema: WireVote, signerField: "voter", types: VOTE_TYPES, primaryType: "Vote" },
} as const;

/**
 * zod schema of one message as a member serves it (`GET /v1/tasks/:id/rounds/:r/messages`): its kind, the message in
 * its JSON form (uint256/int256 as decimal strings), the signature and, for reveals, the salt. The message itself is
 * checked by the kind's own schema ({@link parseRoundMessage}).
 */
export const WireRoundMessage = z.strictObject({
  kind: z.enum(ROUND_MESSAGE_KINDS),
  message: z.record(z.string(), z.unknown()),
  signature: HexSchema,
  salt: Bytes32Schema.nullable().optional(),
});

/** A {@link WireRoundMessage}. */
export type WireRoundMessageJson = z.input<typeof WireRoundMessage>;

/**
 * Parses one served message: the envelope, then the message by its kind's schema (the schema the intake uses).
 * @returns the parsed parts, or a one-line reason.
 */
export function parseRoundMessage(json: unknown): { kind: RoundMessageKind; message: Record<string, unknown>; signature: Hex; salt: Hex | null } | { reason: string } {
  const envelope = WireRoundMessage.safeParse(json);
  if (!envelope.success) return { reason: "not a round message ({kind, message, signature, salt?})" };
  const { kind, message, signature } = envelope.data;
  const reveal = kind === "scoresReveal" || kind === "vote";
  const salt = envelope.data.salt ?? null;
  if (reveal !== (salt !== null)) return { reason: reveal ? `a ${kind} needs its salt` : `a ${kind} carries no salt` };
  const body = reveal ? { message, signature, salt } : { message, signature };
  const parsed = KINDS[kind].schema.safeParse(body);
  if (!parsed.success) return { reason: `not a valid ${kind} message` };
  return { kind, message: parsed.data.message as Record<string, unknown>, signature, salt };
}

/** The signer a message names (its `trainer`, `validator`, `proposer` or `voter` field), as parsed (EIP-55). */
export function roundMessageSigner(kind: RoundMessageKind, message: Record<string, unknown>): Address {
  return message[KINDS[kind].signerField] as Address;
}

/** The JSON form of a message (uint256/int256 as decimal strings), as {@link WireRoundMessage} carries it. */
export function roundMessageJson(m: Pick<RoundMessage, "kind" | "message" | "signature" | "salt">): WireRoundMessageJson {
  const message = Object.fromEntries(Object.entries(m.message).map(([k, v]) => [k, _json(v)]));
  return m.salt === null ? { kind: m.kind, message, signature: m.signature } : { kind: m.kind, message, signature: m.signature, salt: m.salt };
}

// ------------------------------------------------------------------ authenticity

/**
 * Checks that a served message is authentic, with the rules the intake applies before anything else: a well-formed
 * signature (65 bytes, low s) recovering to the message's signer field, this task and round, and a signer that is a
 * participant of the round (any role: the selection checks the role the kind needs, and records a wrong one). Timing
 * and content are not checked here: the round's selection decides them, the same way at every member.
 *
 * @returns the authenticated message, or a one-line reason.
 */
export async function authenticateRoundMessage(context: AuthenticateContext, json: unknown): Promise<RoundMessage | { reason: string }> {
  const parsed = parseRoundMessage(json);
  if ("reason" in parsed) return parsed;
  const { kind, message, signature, salt } = parsed;
  const spec = KINDS[kind];
  const domain = aerieDomain(context.chainId, context.registry);
  const digest = hashTypedData({ domain, types: spec.types, primaryType: spec.primaryType, message } as Parameters<typeof hashTypedData>[0]).toLowerCase() as Hex;
  const recoverer = context.recoverer ?? viemRecoverer;
  const recovered = await recoverMessageSigner(signature, () => recoverer.recover(digest, signature));
  if ("reason" in recovered) return recovered;
  const claimed = String(message[spec.signerField]);
  if (recovered.signer.toLowerCase() !== claimed.toLowerCase()) return { reason: `signer ${recovered.signer} is not the message's ${spec.signerField} ${claimed}` };
  if (message.taskId !== context.taskId || message.round !== context.round) return { reason: `wrong round: message is for task ${String(message.taskId)} round ${String(message.round)}` };
  if (!context.participants.some((p) => p.operator.toLowerCase() === recovered.signer.toLowerCase())) {
    return { reason: `${recovered.signer} is not a participant of task ${context.taskId} round ${context.round}` };
  }
  return { kind, signer: recovered.signer, digest, signature: signature.toLowerCase() as Hex, message, salt: salt === null ? null : (salt.toLowerCase() as Hex) };
}

// ------------------------------------------------------------------ merge rule

/**
 * The round's input set from every message a member holds (its own intake's and its peers'), the same for every
 * member holding the same messages, in any order:
 *
 * 1. identical messages (same kind, signature and salt) count once;
 * 2. a reveal (`scoresReveal`, `vote`) counts with one salt: the salt is not signed, so anyone holding a reveal can
 *    attach another. Of one signature's salts, the lowest that opens one of the signer's commitments in the set
 *    counts, else the lowest;
 * 3. per kind and signer, the {@link MAX_MESSAGES_PER_SIGNER} messages with the greatest signatures (hex) count.
 *
 * Two messages of one kind and signer left after this are equivocation (or a correction some members never got): the
 * selection keeps the one with the greatest signature and rejects the others with an `equivocation` reason, because
 * every member stamps them with the same window second (see `selectSubmissions`).
 *
 * @returns the set, sorted by (kind, signer, signature, salt).
 */
export function mergeRoundMessages<T extends Pick<RoundMessage, "kind" | "signer" | "signature" | "salt" | "message">>(messages: readonly T[]): T[] {
  const unique = new Map<string, T>();
  for (const m of messages) {
    const key = `${m.kind}|${m.signature.toLowerCase()}|${(m.salt ?? "").toLowerCase()}`;
    if (!unique.has(key)) unique.set(key, m);
  }
  const commitments = new Set<string>();
  for (const m of unique.values()) {
    if (m.kind === "scoresCommit" || m.kind === "voteCommit") commitments.add(`${m.kind}|${m.signer.toLowerCase()}|${String(m.message.commitment).toLowerCase()}`);
  }
  const opens = (m: T): boolean => {
    if (m.salt === null) return false;
    try {
      const [kind, commitment] =
        m.kind === "scoresReveal" ? ["scoresCommit", scoresCommitment(m.message as unknown as Scores, m.salt)] : ["voteCommit", voteCommitment(m.message as unknown as Vote, m.salt)];
      return commitments.has(`${kind}|${m.signer.toLowerCase()}|${commitment.toLowerCase()}`);
    } catch {
      return false; // content the commitment cannot encode opens nothing
    }
  };
  // rule 2: one salt per reveal signature
  const reveals = new Map<string, T>();
  const rest: T[] = [];
  for (const m of unique.values()) {
    if (m.salt === null) {
      rest.push(m);
      continue;
    }
    const key = `${m.kind}|${m.signature.toLowerCase()}`;
    const current = reveals.get(key);
    if (current === undefined || _betterSalt(m, current, opens) < 0) reveals.set(key, m);
  }
  // rule 3: the greatest signatures per (kind, signer)
  const bySigner = new Map<string, T[]>();
  for (const m of [...rest, ...reveals.values()]) {
    const key = `${m.kind}|${m.signer.toLowerCase()}`;
    bySigner.set(key, [...(bySigner.get(key) ?? []), m]);
  }
  const out: T[] = [];
  for (const group of bySigner.values()) {
    out.push(...group.sort((a, b) => compareStrings(b.signature.toLowerCase(), a.signature.toLowerCase())).slice(0, MAX_MESSAGES_PER_SIGNER));
  }
  return out.sort(compareRoundMessages);
}

/** The order of {@link mergeRoundMessages}' output: kind, signer, signature, salt. */
export function compareRoundMessages(a: Pick<RoundMessage, "kind" | "signer" | "signature" | "salt">, b: Pick<RoundMessage, "kind" | "signer" | "signature" | "salt">): number {
  return (
    compareStrings(a.kind, b.kind) ||
    compareAddresses(a.signer, b.signer) ||
    compareStrings(a.signature.toLowerCase(), b.signature.toLowerCase()) ||
    compareStrings((a.salt ?? "").toLowerCase(), (b.salt ?? "").toLowerCase())
  );
}

// ------------------------------------------------------------------ internal helpers

/** Negative if `a`'s salt is preferred to `b`'s: one that opens a commitment first, then the lower salt. */
function _betterSalt<T extends { salt: Hex | null }>(a: T, b: T, opens: (m: T) => boolean): number {
  const oa = opens(a);
  const ob = opens(b);
  if (oa !== ob) return oa ? -1 : 1;
  return compareStrings(a.salt!.toLowerCase(), b.salt!.toLowerCase());
}

function _json(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (Array.isArray(v)) return v.map(_json);
  return v;
}
