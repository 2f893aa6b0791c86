// A member's round, computed from its own store: the inbox (signed messages) and the chain index.
import type { Hex, PublicClient } from "viem";

import { computeRound, previousFromBundle, type RoundInputs, type RoundOutput, type SignatureRecoverer } from "../../aggregator";
import { canonicalHash } from "../../lib/canonical";
import { specHash as computeSpecHash, type TaskSpecFile } from "../../lib/taskSpec";
import type { IndexedContracts } from "../indexer/indexer";
import { roundInputsFromIndex } from "../indexer/stakes";
import type { Store } from "../store/db";
import type { CommitteeStore } from "./store";
import { roundMessageInputs } from "./roundMessages";
import { reconcileRound, roundInputMessages, type ReconcileRoundParameters } from "./reconcile";
import { taskPolicyOf } from "../intake/flLookups";

/** A finalized round of a task, from the index's `RoundFinalized` events. */
export type FinalizedRound = { round: bigint; bundleHash: Hex; rewardsRoot: Hex };

/** Fetches a bundle by hash from somewhere else (the peers); `undefined` if nobody has it. */
export type BundleFetcher = (taskId: bigint, round: bigint, bundleHash: Hex) => Promise<string | undefined>;

/**
 * The task's finalized rounds, oldest first, from the indexed `RoundFinalized` events (no RPC).
 * @param beforeRound only rounds below this one.
 */
export function finalizedRounds(store: Store, taskId: bigint, beforeRound?: bigint): FinalizedRound[] {
  const rows = store.prepare("SELECT args FROM events WHERE name = 'RoundFinalized' ORDER BY block_number, log_index").all() as { args: string }[];
  return rows
    .map((r) => JSON.parse(r.args) as { taskId: string; round: string; bundleHash: Hex; rewardsRoot: Hex })
    .filter((a) => BigInt(a.taskId) === taskId && (beforeRound === undefined || BigInt(a.round) < beforeRound))
    .map((a) => ({ round: BigInt(a.round), bundleHash: a.bundleHash.toLowerCase() as Hex, rewardsRoot: a.rewardsRoot.toLowerCase() as Hex }));
}

/**
 * The `previous` input of round `round`: the hash, cumulative amounts and policy state of the task's last finalized bundle
 * (`null` if none). The bundle comes from this member's store, else from `fetch` (checked against the hash and
 * then stored).
 * @throws Error when the last finalized bundle is in neither place (retry once a peer serves it).
 */
export async function previousOf(parameters: { store: Store; bundles: CommitteeStore; taskId: bigint; round: bigint; fetch?: BundleFetcher }): Promise<RoundInputs["previous"]> {
  const { store, bundles, taskId, round, fetch } = parameters;
  const last = finalizedRounds(store, taskId, round).at(-1);
  if (last === undefined) return null;
  let text = bundles.bundle(taskId, last.round, last.bundleHash);
  if (text === undefined && fetch !== undefined) {
    const got = await fetch(taskId, last.round, last.bundleHash);
    if (got !== undefined && canonicalHash(JSON.parse(got)) === last.bundleHash) {
      bundles.putBundle(taskId, last.round, last.bundleHash, "0x", got);
      text = got;
    }
  }
  if (text === undefined) throw new Error(`the finalized bundle ${last.bundleHash} of task ${taskId} round ${last.round} is not in this node's store nor served by a peer`);
  const previous = previousFromBundle(JSON.parse(text), last.bundleHash);
  // v1 bundles carry no policy state: keep `previous` as it always was for them
  return previous.policyState === null ? { bundleHash: previous.bundleHash, cumulative: previous.cumulative } : previous;
}

/** Options of {@link computeMemberRound}. */
export type ComputeMemberRoundParameters = {
  client: PublicClient;
  store: Store;
  bundles: CommitteeStore;
  contracts: IndexedContracts;
  /** Last block the index holds completely. */
  indexedBlock: bigint;
  spec: TaskSpecFile;
  taskId: bigint;
  round: bigint;
  fetch?: BundleFetcher;
  /** Where the bundle will be published (signed as `result.bundleURI` where the contracts carry it). */
  bundleURI?: string;
  /**
   * Signature recovery for the round's messages: the node passes its intake's `RecoverPool` (worker threads), so the
   * round's recoveries run on every core. Default: the aggregator's (viem, in-thread). The bundle does not depend on it.
   */
  recoverer?: SignatureRecoverer;
  /**
   * Round-message reconciliation: fetch the round's messages from these peers (within `timeoutMs`) and keep the
   * authentic ones this member lacks before computing (see `reconcileRound`). Absent: the member's own messages only.
   */
  reconcile?: Pick<ReconcileRoundParameters, "peers" | "timeoutMs" | "maxBytes" | "logger" | "reached">;
};

/**
 * Computes a round exactly as src/aggregator does (`computeRound`), from this member's inbox, round messages and
 * index, after round-message reconciliation with its peers (`reconcile`).
 *
 * Members receive each message at a different time, so the bundle does not record each member's clock: every
 * message the intake accepted arrived inside its window (docs/PROTOCOL.md §7), and its `receivedAt` is written as the
 * window's opening second (Submission: `roundStart`; Scores: `roundEnd`; commit–reveal and FL messages as
 * `roundMessageInputs` says). The messages are the merged set (`roundInputMessages`: this member's, its evidence
 * refusals and its peers', at most a few per signer and kind), so members holding the same messages produce
 * byte-identical bundles, and a message sent to one member only reaches every member's bundle.
 * @throws IndexBehindError / RoundNotReadyError (see `stakesAt`), or the errors of `computeRound`.
 */
export async function computeMemberRound(p: ComputeMemberRoundParameters): Promise<RoundOutput> {
  const previous = await previousOf({ store: p.store, bundles: p.bundles, taskId: p.taskId, round: p.round, ...(p.fetch ? { fetch: p.fetch } : {}) });
  const inputs = await roundInputsFromIndex({
    client: p.client,
    store: p.store,
    contracts: p.contracts,
    indexedBlock: p.indexedBlock,
    taskId: p.taskId,
    round: p.round,
    spec: p.spec,
    specHash: computeSpecHash(p.spec),
    submissions: [],
    scores: [],
    previous,
  });
  if (p.reconcile !== undefined && p.reconcile.peers.length > 0) {
    await reconcileRound({ ...p.reconcile, store: p.store, chainId: inputs.chainId, registry: inputs.contracts.registry, taskId: p.taskId, round: p.round, participants: inputs.participants, ...(p.recoverer ? { recoverer: p.recoverer } : {}) });
  }
  const merged = roundInputMessages(p.store, p.taskId, p.round, inputs.participants);
  const of = (kind: "submission" | "scores") => merged.filter((m) => m.kind === kind).map((m) => ({ message: m.message as never, signature: m.signature }));
  inputs.submissions = of("submission").map((s) => ({ ...s, receivedAt: inputs.roundStart }));
  inputs.scores = of("scores").map((s) => ({ ...s, receivedAt: inputs.roundEnd }));
  const tp = taskPolicyOf(p.spec);
  const usesRoundMessages = tp.policy.messages.some((k) => k === "scoresCommit" || k === "modelUpdate" || k === "voteCommit");
  if (usesRoundMessages) {
    // commit–reveal and FL messages (accepted ones and evidence) from the merged set; under commit–reveal the
    // scores are the reveals, never clear scores from the inbox
    const commitDeadline = inputs.roundEnd + BigInt(p.spec.scoringWindowSeconds);
    const windows = { roundStart: inputs.roundStart, roundEnd: inputs.roundEnd, commitDeadline, revealDeadline: commitDeadline + (tp.revealWindowSeconds ?? 0n) };
    const fl = roundMessageInputs(merged, tp.policy, windows);
    if (tp.policy.messages.includes("scoresCommit")) inputs.scores = fl.scores;
    Object.assign(inputs, { ...fl, scores: inputs.scores });
  }
  return computeRound(inputs, { ...(p.bundleURI === undefined ? {} : { bundleURI: p.bundleURI }), ...(p.recoverer ? { recoverer: p.recoverer } : {}) });
}
