// Selection of the FL Alliance round messages that count: ModelUpdate from drawn proposers, VoteCommit and the
// revealed Vote from drawn voters (docs/MECHANISM.md, "flock-fl-alliance-v1"). Every rejection's reason starts with a
// named code (`NOT_PROPOSER: …`), the same code the node's intake answers with.
import { z } from "zod";
import type { Address, Hex } from "viem";

import {
  aerieDomain,
  recoverModelUpdateSigner,
  recoverVoteCommitSigner,
  recoverVoteSigner,
  voteCommitment,
  type ModelUpdate,
  type Vote,
  type VoteCommit,
} from "../lib/eip712";
import { InvalidMessageError } from "../lib/errors";
import { compareAddresses } from "../lib/order";
import { EQUIVOCATION_REASON, latestPerSigner, makeRejection, recoverMessageSigner, sortRejections, type Rejection } from "./messages";
import { FL_ROLE_PROPOSER, FL_ROLE_VOTER, MAX_VOTE } from "./policy/flockFlAllianceV1";
import { AddressSchema, Bytes32Schema, DecimalUintSchema, describeFirstIssue, HexSchema } from "./schema";

// ------------------------------------------------------------------ constants

/** The named codes that start the reason of an FL Alliance rejection (and the intake's `error.code`). */
export const FL_REJECTION_CODES = {
  badSignature: "BAD_SIGNATURE",
  wrongSigner: "WRONG_SIGNER",
  wrongRound: "WRONG_ROUND",
  notProposer: "NOT_PROPOSER",
  notVoter: "NOT_VOTER",
  late: "LATE",
  earlyReveal: "EARLY_REVEAL",
  voteOutOfRange: "VOTE_OUT_OF_RANGE",
  noCommitment: "NO_COMMITMENT",
  revealMismatch: "REVEAL_MISMATCH",
  replaced: "REPLACED",
  equivocation: "EQUIVOCATION",
} as const;

const MIN_INT256 = -(1n << 255n);
const MAX_INT256 = (1n << 255n) - 1n;

// ------------------------------------------------------------------ types

/** A ModelUpdate as received. `receivedAt`: unix seconds when the aggregator (or node) got it. */
export type SignedModelUpdate = { message: ModelUpdate; signature: Hex; receivedAt: bigint };
/** A VoteCommit as received. `receivedAt`: unix seconds. */
export type SignedVoteCommit = { message: VoteCommit; signature: Hex; receivedAt: bigint };
/** A revealed Vote as received, with the 32-byte `salt` of its commitment. `receivedAt`: unix seconds. */
export type SignedVote = { message: Vote; signature: Hex; receivedAt: bigint; salt: Hex };

/** What every FL selection needs: the domain, the round, and the round's drawn roles (operator → role). */
export type FlSelectionContext = {
  chainId: number;
  /** TaskRegistry address (`verifyingContract` of the messages' domain). */
  registry: Address;
  taskId: bigint;
  round: bigint;
  /** The round's draw (`drawFlRoles`): every participant → `"proposer"` | `"voter"`. */
  roles: ReadonlyMap<Address, string>;
};

/** Input of {@link selectModelUpdates}. `roundEnd` (unix seconds) is the exclusive deadline of updates. */
export type SelectModelUpdatesParameters = FlSelectionContext & { roundEnd: bigint; modelUpdates: readonly SignedModelUpdate[] };
/** Output of {@link selectModelUpdates}: at most one update per proposer, sorted by proposer. */
export type SelectModelUpdatesReturnType = { accepted: SignedModelUpdate[]; rejected: Rejection[] };

/**
 * Input of {@link selectVotes}. Commitments count if received before `commitDeadline`; reveals if received in
 * `[commitDeadline, revealDeadline)` (unix seconds).
 */
export type SelectVotesParameters = FlSelectionContext & {
  commitDeadline: bigint;
  revealDeadline: bigint;
  voteCommits: readonly SignedVoteCommit[];
  votes: readonly SignedVote[];
};
/** Output of {@link selectVotes}; every list sorted by voter. */
export type SelectVotesReturnType = {
  /** The commitment that counts, per voter. */
  acceptedCommits: SignedVoteCommit[];
  /** The reveals that match their voter's accepted commitment. */
  accepted: SignedVote[];
  /** Voters with an accepted commitment but no matching reveal (an offence). */
  missingReveals: Address[];
  rejected: Rejection[];
};

// ------------------------------------------------------------------ selection

/**
 * Keeps the model updates that count. An update counts if its signature is well-formed (65 bytes, low s) and
 * recovers to `proposer`, it is for this task and round, the signer was drawn as a proposer (else `NOT_PROPOSER`),
 * and `receivedAt < roundEnd` (else `LATE`). Per proposer the latest `receivedAt` wins (tie: greater signature).
 */
export async function selectModelUpdates(parameters: SelectModelUpdatesParameters): Promise<SelectModelUpdatesReturnType> {
  const rejected: Rejection[] = [];
  const candidates = await _screen(parameters, parameters.modelUpdates, "modelUpdate", (m) => m.proposer, FL_ROLE_PROPOSER, rejected, (d, item) =>
    recoverModelUpdateSigner(d, item.message, item.signature),
  );
  const valid = candidates.filter(({ item, signer }) => {
    if (item.receivedAt < parameters.roundEnd) return true;
    rejected.push(makeRejection("modelUpdate", item, `${FL_REJECTION_CODES.late}: received at ${item.receivedAt}, model updates closed at ${parameters.roundEnd}`, signer));
    return false;
  });
  const winners = _latest(valid, "modelUpdate", rejected);
  return { accepted: winners.map((w) => w.item), rejected: sortRejections(rejected) };
}

/**
 * Keeps the votes that count (commit–reveal). A VoteCommit counts if well-signed by `voter`, for this round, from a
 * drawn voter (`NOT_VOTER`) and received before `commitDeadline` (`LATE`); per voter the latest wins. A Vote counts if
 * well-signed by `voter`, for this round, from a drawn voter, received in `[commitDeadline, revealDeadline)`
 * (`EARLY_REVEAL` / `LATE`), `vote ∈ [−1 000 000, 1 000 000]` (`VOTE_OUT_OF_RANGE`), the voter has an accepted
 * commitment (`NO_COMMITMENT`), and `voteCommitment(vote, salt) = commitment` (`REVEAL_MISMATCH`); of those, per voter
 * the latest wins. A mismatched reveal never displaces a matching one. A voter with an accepted commitment and no
 * matching reveal is in `missingReveals`.
 */
export async function selectVotes(parameters: SelectVotesParameters): Promise<SelectVotesReturnType> {
  const { commitDeadline, revealDeadline } = parameters;
  const rejected: Rejection[] = [];

  const commitCandidates = await _screen(parameters, parameters.voteCommits, "voteCommit", (m) => m.voter, FL_ROLE_VOTER, rejected, (d, item) =>
    recoverVoteCommitSigner(d, item.message, item.signature),
  );
  const timelyCommits = commitCandidates.filter(({ item, signer }) => {
    if (item.receivedAt < commitDeadline) return true;
    rejected.push(makeRejection("voteCommit", item, `${FL_REJECTION_CODES.late}: received at ${item.receivedAt}, commitments closed at ${commitDeadline}`, signer));
    return false;
  });
  const commits = _latest(timelyCommits, "voteCommit", rejected);
  const commitmentOf = new Map(commits.map((c) => [c.signer.toLowerCase(), c.item.message.commitment.toLowerCase()]));

  const voteCandidates = await _screen(parameters, parameters.votes, "vote", (m) => m.voter, FL_ROLE_VOTER, rejected, (d, item) =>
    recoverVoteSigner(d, item.message, item.signature),
  );
  const validVotes = voteCandidates.filter(({ item, signer }) => {
    const reject = (reason: string) => (rejected.push(makeRejection("vote", item, reason, signer)), false);
    const { vote } = item.message;
    if (item.receivedAt < commitDeadline) return reject(`${FL_REJECTION_CODES.earlyReveal}: received at ${item.receivedAt}, reveals open at ${commitDeadline}`);
    if (item.receivedAt >= revealDeadline) return reject(`${FL_REJECTION_CODES.late}: received at ${item.receivedAt}, reveals closed at ${revealDeadline}`);
    if (vote < -MAX_VOTE || vote > MAX_VOTE) return reject(`${FL_REJECTION_CODES.voteOutOfRange}: vote ${vote} is outside [-${MAX_VOTE}, ${MAX_VOTE}]`);
    const expected = commitmentOf.get(signer.toLowerCase());
    if (expected === undefined) return reject(`${FL_REJECTION_CODES.noCommitment}: ${signer} has no accepted vote commitment this round`);
    // checked before "latest wins", as for scores: a mismatched reveal never displaces a matching one
    if (!/^0x[0-9a-fA-F]{64}$/.test(item.salt) || voteCommitment(item.message, item.salt).toLowerCase() !== expected) {
      return reject(`${FL_REJECTION_CODES.revealMismatch}: the revealed vote and salt do not open the commitment ${expected}`);
    }
    return true;
  });
  const accepted = _latest(validVotes, "vote", rejected).map((r) => r.item);
  const revealed = new Set(accepted.map((v) => v.message.voter.toLowerCase()));
  const missingReveals = commits.map((c) => c.signer).filter((s) => !revealed.has(s.toLowerCase()));
  return { acceptedCommits: commits.map((c) => c.item), accepted, missingReveals, rejected: sortRejections(rejected) };
}

// ------------------------------------------------------------------ parsing (for the HTTP edge)

/** A uint256 in a message body: a decimal string, or a safe non-negative integer. */
const WireUint = z.union([DecimalUintSchema, z.number().int().nonnegative().transform((n) => BigInt(n))], {
  error: "a decimal string (uint256) or a non-negative safe integer",
});

/** An int256 in a message body: a decimal string with an optional minus sign, or a safe integer. */
const WireInt = z.union(
  [
    z
      .string()
      .regex(/^-?(0|[1-9][0-9]{0,76})$/)
      .transform((s) => BigInt(s))
      .refine((x) => x >= MIN_INT256 && x <= MAX_INT256),
    z.number().int().transform((n) => BigInt(n)),
  ],
  { error: "a decimal string (int256) or a safe integer" },
);

/** zod schema of a signed ModelUpdate as a client sends it (`{message, signature}`). */
export const WireModelUpdate = z.strictObject({
  message: z.strictObject({
    taskId: WireUint,
    round: WireUint,
    proposer: AddressSchema,
    updateHash: Bytes32Schema,
    updateURI: z.string({ error: "a string" }).max(2048, { error: "a string of at most 2048 characters" }),
  }),
  signature: HexSchema,
});

/** zod schema of a signed VoteCommit as a client sends it. */
export const WireVoteCommit = z.strictObject({
  message: z.strictObject({ taskId: WireUint, round: WireUint, voter: AddressSchema, commitment: Bytes32Schema }),
  signature: HexSchema,
});

/** zod schema of a signed, revealed Vote with its salt as a client sends it (the range is checked by {@link selectVotes}). */
export const WireVote = z.strictObject({
  message: z.strictObject({ taskId: WireUint, round: WireUint, voter: AddressSchema, vote: WireInt }),
  salt: Bytes32Schema,
  signature: HexSchema,
});

/**
 * Parses the JSON body of a signed ModelUpdate (`{message, signature}`); shape only. The caller adds `receivedAt`.
 *
 * @throws {InvalidMessageError} with one line naming the first bad field.
 */
export function parseModelUpdateMessage(json: unknown): { message: ModelUpdate; signature: Hex } {
  return _parse(WireModelUpdate, json, "model update");
}

/**
 * Parses the JSON body of a signed VoteCommit; shape only.
 *
 * @throws {InvalidMessageError} with one line naming the first bad field.
 */
export function parseVoteCommitMessage(json: unknown): { message: VoteCommit; signature: Hex } {
  return _parse(WireVoteCommit, json, "vote commit");
}

/**
 * Parses the JSON body of a signed Vote; shape only (an out-of-range vote parses, and is rejected by selection).
 *
 * @throws {InvalidMessageError} with one line naming the first bad field.
 */
export function parseVoteMessage(json: unknown): { message: Vote; salt: Hex; signature: Hex } {
  return _parse(WireVote, json, "vote");
}

// ------------------------------------------------------------------ internal helpers

function _parse<S extends z.ZodType>(schema: S, json: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new InvalidMessageError(`${what}: ${describeFirstIssue(parsed.error, json)}`, { cause: parsed.error });
  return parsed.data;
}

/**
 * The checks every FL message kind shares: signature well-formed and recovering to the message's signer field,
 * this task and round, the signer drawn in `role`. Returns the candidates with their signer; pushes rejections.
 */
async function _screen<T extends { message: { taskId: bigint; round: bigint }; signature: Hex; receivedAt: bigint }>(
  context: FlSelectionContext,
  items: readonly T[],
  kind: Rejection["kind"],
  signerField: (m: T["message"]) => Address,
  role: string,
  rejected: Rejection[],
  recover: (domain: ReturnType<typeof aerieDomain>, item: T) => Promise<Address>,
): Promise<{ item: T; signer: Address }[]> {
  const domain = aerieDomain(context.chainId, context.registry);
  const roles = new Map([...context.roles].map(([a, r]) => [a.toLowerCase(), r]));
  const recovered = await Promise.all(items.map((item) => recoverMessageSigner(item.signature, () => recover(domain, item))));
  const out: { item: T; signer: Address }[] = [];
  items.forEach((item, i) => {
    const r = recovered[i]!;
    const reject = (reason: string, signer?: Address) => rejected.push(makeRejection(kind, item, reason, signer));
    if ("reason" in r) return reject(`${FL_REJECTION_CODES.badSignature}: ${r.reason}`);
    const field = signerField(item.message);
    if (r.signer.toLowerCase() !== field.toLowerCase()) return reject(`${FL_REJECTION_CODES.wrongSigner}: signer ${r.signer} is not the message's ${field}`, r.signer);
    const m = item.message;
    if (m.taskId !== context.taskId || m.round !== context.round) {
      return reject(`${FL_REJECTION_CODES.wrongRound}: message is for task ${m.taskId} round ${m.round}`, r.signer);
    }
    if (roles.get(r.signer.toLowerCase()) !== role) {
      const code = role === FL_ROLE_PROPOSER ? FL_REJECTION_CODES.notProposer : FL_REJECTION_CODES.notVoter;
      return reject(`${code}: ${r.signer} was not drawn as a ${role} of this round`, r.signer);
    }
    out.push({ item, signer: r.signer });
  });
  return out;
}

/**
 * Per signer the latest message wins (shared rule); the replaced ones are rejected with the code `REPLACED`, those
 * received at the winner's second with `EQUIVOCATION`.
 */
function _latest<T extends { signature: Hex; receivedAt: bigint }>(
  candidates: { item: T; signer: Address }[],
  kind: Rejection["kind"],
  rejected: Rejection[],
): { item: T; signer: Address }[] {
  const replaced: Rejection[] = [];
  const winners = latestPerSigner(candidates, kind, replaced);
  for (const r of replaced) {
    const code = r.reason === EQUIVOCATION_REASON ? FL_REJECTION_CODES.equivocation : FL_REJECTION_CODES.replaced;
    rejected.push({ ...r, reason: `${code}: ${r.reason}` });
  }
  return winners.sort((a, b) => compareAddresses(a.signer, b.signer));
}
