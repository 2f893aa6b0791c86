// The commit–reveal and FL Alliance inputs of a round, from this member's store (accepted messages only),
// with the receivedAt every member writes the same (see computeMemberRound).
import type { Hex } from "viem";

import type { RoundInputs } from "../../aggregator";
import { WireScores } from "../../aggregator/messages";
import { WireModelUpdate, WireVote, WireVoteCommit } from "../../aggregator/messagesFl";
import type { Policy } from "../../aggregator/policy/types";
import { AddressSchema, Bytes32Schema } from "../../aggregator/schema";
import { z } from "zod";
import type { Store } from "../store/db";
import { RoundMessageStore, type RoundMessageKind } from "../store/roundMessages";

/** The round's windows, unix seconds: messages are stamped with one second of the window their verdict belongs to. */
export type RoundWindows = { roundStart: bigint; roundEnd: bigint; commitDeadline: bigint; revealDeadline: bigint };

/** The commit–reveal and FL parts of {@link RoundInputs}. */
export type RoundMessageInputs = Pick<RoundInputs, "scores" | "scoresCommits" | "modelUpdates" | "voteCommits" | "votes">;

const WireScoresCommit = z.strictObject({
  message: z.strictObject({ taskId: WireModelUpdate.shape.message.shape.taskId, round: WireModelUpdate.shape.message.shape.round, validator: AddressSchema, commitment: Bytes32Schema }),
  signature: WireModelUpdate.shape.signature,
});

/**
 * Every accepted message of the round that `policy` consumes, as `computeRound` inputs (refusals never are). Each
 * `receivedAt` is a fixed second of the window the message was accepted in, so members holding the same messages
 * write the same bundle: ModelUpdate `roundStart`; ScoresCommit and VoteCommit `roundEnd`; Scores reveal and Vote
 * `commitDeadline`.
 *
 * @returns only the kinds the policy lists (`scores` are the reveals under commit–reveal, else empty).
 */
export function roundMessageInputs(store: Store, policy: Policy<unknown>, taskId: bigint, round: bigint, w: RoundWindows): RoundMessageInputs {
  const messages = new RoundMessageStore(store);
  const at = (kind: RoundMessageKind): bigint => {
    const reveal = kind === "scoresReveal" || kind === "vote";
    return kind === "modelUpdate" ? w.roundStart : reveal ? w.commitDeadline : w.roundEnd;
  };
  // Only accepted messages are inputs. A refusal (4xx at the intake) changes nothing: a member cannot know whether
  // its peers were sent the same refused message, so recording it would let anyone split the committee's bundles
  // by sending a bad message to one member (or, for EARLY_REVEAL, by a member whose clock lags). Refusals stay in
  // the store (`rejected_messages`), where the signer's GET shows them.
  const all = (kind: RoundMessageKind) => messages.list(kind, taskId, round).map((e) => ({ e, receivedAt: at(kind) }));
  const out: RoundMessageInputs = { scores: [] };
  if (policy.messages.includes("scoresCommit")) {
    out.scoresCommits = all("scoresCommit").map(({ e, receivedAt }) => ({ ...WireScoresCommit.parse({ message: e.message, signature: e.signature }), receivedAt }));
    out.scores = all("scoresReveal").map(({ e, receivedAt }) => ({ ...WireScores.parse({ message: e.message, signature: e.signature }), receivedAt, salt: e.salt as Hex }));
  }
  if (policy.messages.includes("modelUpdate")) {
    out.modelUpdates = all("modelUpdate").map(({ e, receivedAt }) => ({ ...WireModelUpdate.parse({ message: e.message, signature: e.signature }), receivedAt }));
  }
  if (policy.messages.includes("voteCommit")) {
    out.voteCommits = all("voteCommit").map(({ e, receivedAt }) => ({ ...WireVoteCommit.parse({ message: e.message, signature: e.signature }), receivedAt }));
    out.votes = all("vote").map(({ e, receivedAt }) => ({ ...WireVote.parse({ message: e.message, signature: e.signature, salt: e.salt }), receivedAt }));
  }
  return out;
}
