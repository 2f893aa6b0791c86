// The commit–reveal and FL Alliance inputs of a round, from this member's store (accepted and refused messages),
// with the receivedAt every member writes the same (see computeMemberRound).
import type { Hex } from "viem";

import type { RoundInputs } from "../../aggregator";
import { WireScores } from "../../aggregator/messages";
import { FL_REJECTION_CODES, WireModelUpdate, WireVote, WireVoteCommit } from "../../aggregator/messagesFl";
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
 * Every stored message of the round that `policy` consumes (accepted and refused), as `computeRound` inputs. Each
 * `receivedAt` is a fixed second of the window its intake verdict belongs to, so members holding the same messages
 * write the same bundle, and the selection reaches the verdict the intake answered:
 *
 * | kind | accepted / refused in its window | `LATE` | `EARLY_REVEAL` |
 * |---|---|---|---|
 * | ModelUpdate | `roundStart` | `roundEnd` | — |
 * | ScoresCommit, VoteCommit | `roundEnd` | `commitDeadline` | — |
 * | Scores reveal, Vote | `commitDeadline` | `revealDeadline` | `roundStart` |
 *
 * @returns only the kinds the policy lists (`scores` are the reveals under commit–reveal, else empty).
 */
export function roundMessageInputs(store: Store, policy: Policy<unknown>, taskId: bigint, round: bigint, w: RoundWindows): RoundMessageInputs {
  const messages = new RoundMessageStore(store);
  const at = (kind: RoundMessageKind, code?: string): bigint => {
    const reveal = kind === "scoresReveal" || kind === "vote";
    if (code === FL_REJECTION_CODES.earlyReveal) return w.roundStart;
    if (code === FL_REJECTION_CODES.late) return kind === "modelUpdate" ? w.roundEnd : reveal ? w.revealDeadline : w.commitDeadline;
    return kind === "modelUpdate" ? w.roundStart : reveal ? w.commitDeadline : w.roundEnd;
  };
  const refused = messages.rejected(taskId, round);
  const all = (kind: RoundMessageKind) => {
    const accepted = messages.list(kind, taskId, round);
    const signers = new Set(accepted.map((e) => e.signer.toLowerCase()));
    return [
      ...accepted.map((e) => ({ e, receivedAt: at(kind) })),
      // An EARLY_REVEAL refusal is a "not yet" that depends on this node's clock (it lags chain time by its indexer):
      // once the same signer's reveal was accepted it is left out, or members that were not early for that signer
      // would write another bundle.
      ...refused.filter((e) => e.kind === kind && !(e.code === FL_REJECTION_CODES.earlyReveal && signers.has(e.signer.toLowerCase()))).map((e) => ({ e, receivedAt: at(kind, e.code) })),
    ];
  };
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
