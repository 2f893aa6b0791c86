// The reward-policy plug-in interface (docs/PROTOCOL.md §7). A task spec names its policy by `policy.id`; the
// registry maps the id to a `Policy`, and `computeRound`, `verify` and the node dispatch on it. Every policy is
// pure and deterministic: integer (bigint) maths only, outputs sorted by operator address.
import type { z } from "zod";
import type { Address, Hex } from "viem";

import type { JsonValue } from "../../lib/canonical";
import type { Slash } from "../../lib/eip712";

/** The signed message kinds a policy may consume. The intake accepts only the kinds the task's policy lists. */
export type PolicyMessageKind =
  | "submission" // Submission(taskId, round, trainer, modelHash, modelURI)
  | "scores" // Scores(taskId, round, validator, trainers[], scores[]), sent in the clear
  | "scoresCommit" // ScoresCommit(taskId, round, validator, commitment), then Scores revealed with its salt
  | "modelUpdate" // ModelUpdate(taskId, round, proposer, updateHash, updateURI)
  | "voteCommit"; // VoteCommit(taskId, round, voter, commitment), then Vote revealed with its salt

/** An operator of the round, as read from the chain at the round's start. */
export type PolicyParticipant = {
  operator: Address;
  /** The on-chain role the operator joined the task with. */
  role: "trainer" | "validator";
  /** The operator's pool stake at the round's start, wei (delegations included). */
  stake: bigint;
};

/**
 * The messages that count, after signature, window, participant and commit–reveal checks (done by the caller, in
 * `messages.ts`). At most one entry per signer; each list sorted by signer address. Kinds the policy does not list
 * are empty.
 */
export type PolicyMessages = {
  /** Accepted trainer submissions. */
  submissions: readonly { trainer: Address; modelHash: Hex; modelURI: string }[];
  /** Accepted (and, under commit–reveal, correctly revealed) scores; keys are trainer addresses (checksummed). */
  scores: readonly { validator: Address; scores: ReadonlyMap<Address, bigint> }[];
  /** Accepted model updates from drawn proposers. `samples` is the sample count the proposer reports. */
  modelUpdates: readonly { proposer: Address; updateHash: Hex; updateURI: string; samples: bigint }[];
  /** Accepted, revealed votes of drawn voters, each in `[−1_000_000, 1_000_000]`. */
  votes: readonly { voter: Address; vote: bigint }[];
  /** Signers that committed but did not reveal, or revealed a payload not matching the commitment (offences). */
  missingReveals: readonly Address[];
};

/** Everything a policy's `compute` sees. */
export type PolicyContext<P> = {
  /** The round's budget, wei (the task's `rewardPerRound`). */
  budget: bigint;
  /** The parsed policy parameters (from `parseParams`). */
  params: P;
  /** The round number (0-based). */
  round: bigint;
  /**
   * The seed of any draw: `roundDrawSeed(stakeBlockHash, taskId, round)` (src/aggregator/seed.ts), the hash of the
   * round's stake block (the last block at or before `roundStart`) bound to the task and the round.
   */
  seed: Hex;
  /** Every participant of the task at the round's start, sorted by operator. */
  participants: readonly PolicyParticipant[];
  messages: PolicyMessages;
  /** The `state` this policy returned for the task's previous settled round, or `null` for the first. */
  previousState: JsonValue | null;
};

/** What a policy returns; `computeRound` splits `operatorRewards` among delegators and writes the rest to the bundle. */
export type PolicyResult = {
  /** The reward of every rewarded operator, wei, before the commission/delegator split; sorted, Σ ≤ budget. */
  operatorRewards: { operator: Address; reward: bigint }[];
  /** `{operator, bps}` per slashed operator, sorted by operator. */
  slashes: Slash[];
  /** The policy's per-operator outputs (consensus scores, deviations, votes…), written to `bundle.outputs.policy`. */
  report: JsonValue;
  /** State carried to the next round's compute (e.g. per-validator records), written to `bundle.policyState`. */
  state: JsonValue | null;
  /** Flags for the guardian and the reader, e.g. `"contested"`; sorted, unique. */
  flags: string[];
};

/** A reward policy. `P` is its parsed (bigint) parameter type. */
export interface Policy<P = unknown> {
  /** The id a task spec names in `policy.id`, e.g. `"aerie-consensus-v2"`. */
  readonly id: string;
  /** zod schema of the spec's `policy` object (strict; includes the `id` literal). */
  readonly paramsSchema: z.ZodType;
  /**
   * The bundle layout. Absent for every new policy: schema `aerie-round-bundle/2`, the report under
   * `outputs.policy`, with `policyState`, `flags` and the commit–reveal fields. `"aerie-round-bundle/1"` is kept for
   * `aerie-consensus-v1` only, whose bundles keep their v1 bytes and `bundleHash`: the report's fields sit directly
   * in `outputs` (`trainers`, `validators`) and the bundle has no state, flags or commits.
   */
  readonly bundleSchema?: "aerie-round-bundle/1";
  /** The message kinds this policy consumes (the intake refuses the others with `MESSAGE_KIND_NOT_USED`). */
  readonly messages: readonly PolicyMessageKind[];
  /**
   * Parses the spec's `policy` object into `P`.
   * @throws {InvalidTaskSpecError} naming the first bad field (`policy.<field>`), on unknown or out-of-range parameters.
   */
  parseParams(json: unknown): P;
  /**
   * Optional per-round role draw (FL Alliance: proposer or voter), deterministic in `seed` and the stakes, so the intake
   * can refuse a message from an operator without the role. Returns operator → role name, for every participant.
   */
  drawRoles?(participants: readonly PolicyParticipant[], seed: Hex, params: P): ReadonlyMap<Address, string>;
  /**
   * Computes the round. Pure and synchronous.
   * @throws {InvalidInputError} if the context breaks the policy's preconditions.
   */
  compute(context: PolicyContext<P>): PolicyResult;
}
