// The commit–reveal and FL Alliance inputs of a round, from the merged round messages (this member's and its peers',
// see reconcile.ts), with the receivedAt every member writes the same (see computeMemberRound).
import type { Hex } from "viem";

import type { RoundInputs } from "../../aggregator";
import type { Policy } from "../../aggregator/policy/types";
import type { RoundMessageKind } from "../../aggregator/reconcile";
import type { HeldMessage } from "./reconcile";

/** The round's windows, unix seconds: messages are stamped with one second of the window their verdict belongs to. */
export type RoundWindows = { roundStart: bigint; roundEnd: bigint; commitDeadline: bigint; revealDeadline: bigint };

/** The commit–reveal and FL parts of {@link RoundInputs}. */
export type RoundMessageInputs = Pick<RoundInputs, "scores" | "scoresCommits" | "modelUpdates" | "voteCommits" | "votes">;

/**
 * The round's merged messages (`roundInputMessages`: accepted ones, the intake's evidence refusals and the peers')
 * that `policy` consumes, as `computeRound` inputs. Each `receivedAt` is a fixed second of the window the message
 * belongs to, so members holding the same messages write the same bundle: ModelUpdate `roundStart`; ScoresCommit and
 * VoteCommit `roundEnd`; Scores reveal and Vote `commitDeadline`. Evidence (a reveal that does not open its commitment,
 * a vote out of range, a model update from a participant not drawn as a proposer) is rejected by the selection with
 * its reason; timing refusals are never held, so never inputs.
 *
 * @returns only the kinds the policy lists (`scores` are the reveals under commit–reveal, else empty).
 */
export function roundMessageInputs(merged: readonly HeldMessage[], policy: Policy<unknown>, w: RoundWindows): RoundMessageInputs {
  const at = (kind: RoundMessageKind): bigint => {
    const reveal = kind === "scoresReveal" || kind === "vote";
    return kind === "modelUpdate" ? w.roundStart : reveal ? w.commitDeadline : w.roundEnd;
  };
  const all = <T,>(kind: RoundMessageKind) =>
    merged.filter((m) => m.kind === kind).map((m) => ({ message: m.message as T, signature: m.signature, receivedAt: at(kind), ...(m.salt === null ? {} : { salt: m.salt as Hex }) }));
  const out: RoundMessageInputs = { scores: [] };
  if (policy.messages.includes("scoresCommit")) {
    out.scoresCommits = all("scoresCommit");
    out.scores = all("scoresReveal");
  }
  if (policy.messages.includes("modelUpdate")) out.modelUpdates = all("modelUpdate");
  if (policy.messages.includes("voteCommit")) {
    out.voteCommits = all("voteCommit");
    out.votes = all<never>("vote") as NonNullable<RoundMessageInputs["votes"]>;
  }
  return out;
}
