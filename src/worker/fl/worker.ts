// The FL Alliance worker loop: each round, by the round's draw, train and send a model update (proposer), or
// aggregate the round's updates, evaluate them against the global model, and commit then reveal a vote (voter).
import type { Address, Hex } from "viem";
import type { LocalAccount } from "viem/accounts";
import type { Logger } from "pino";

import { signModelUpdate, signVote, signVoteCommit, voteCommitment, type AerieTypedDataDomain, type ModelUpdate, type Vote } from "../../lib/eip712";
import type { ArtefactServer } from "../artefacts";
import { memoryCommitmentStore, randomSalt, type CommitmentStore } from "../commitments";
import type { ProposerBehaviour } from "../behaviour";
import type { Dataset } from "../data/synthetic";
import { ModelRejectedError, type ModelRejectionReason } from "../errors";
import type { ModelFetcher } from "../evaluate";
import { fetchModel, type FetchModelOptions } from "../fetchModel";
import type { FederatedModelPlugin } from "../plugin";
import type { TrainerStore } from "../store";
import { logRetry, runTicks, settleRefusals, type WorkerChainView } from "../worker";
import { DEFAULT_VOTE_TOLERANCE, FEDAVG_MAX_ABS, fedAvg, poisonParameters, voteFromScores } from "./fedavg";
import type { FlNodeApi, FlOutcome } from "./nodes";
import { decodeUpdate, encodeUpdate } from "./update";

// ------------------------------------------------------------------ types

/** Everything an {@link FlRoundWorker} needs (I/O injected). */
export type FlWorkerParameters = {
  taskId: bigint;
  account: LocalAccount;
  /** `aerieDomain(chainId, TaskRegistry)`. */
  domain: AerieTypedDataDomain;
  /** The task spec's scoring window (the commit window after `roundEnd`), seconds. */
  scoringWindowSeconds: bigint;
  /** The policy's `revealWindowSeconds` (after the commit deadline), seconds. */
  revealWindowSeconds: bigint;
  chain: WorkerChainView;
  nodes: FlNodeApi;
  artefacts: Pick<ArtefactServer, "put" | "putReport" | "putGlobal"> & Partial<Pick<ArtefactServer, "get">>;
  log: Logger;
  plugin: FederatedModelPlugin;
  /** The proposer's training data (its sample count is the update's reported `samples`). */
  shard: Dataset;
  /** The voter's held-out data. */
  heldOut: Dataset;
  /** What the proposer does to its update (default honest). */
  proposer?: ProposerBehaviour;
  /** Score units within which a worse aggregate still votes 0 (default {@link DEFAULT_VOTE_TOLERANCE}). */
  voteTolerance?: bigint;
  fetch?: ModelFetcher;
  fetchOptions?: FetchModelOptions;
  /** 32 secret random bytes per commitment (default `crypto.getRandomValues`; injected in tests). */
  salt?: () => Hex;
  /**
   * Where each vote and its salt are written before the commitment is sent (default: memory only). With a file
   * store (`fileCommitmentStore(dataDir)`) a voter killed between commit and reveal reveals after a restart.
   */
  commitments?: CommitmentStore;
  /**
   * Where the proposer's rounds are written (default: memory only). With a file store (`fileTrainerStore(dataDir, …)`)
   * a restarted proposer neither retrains nor resends a round's update a node answered, and resends (not retrains) one
   * written before the node answered.
   */
  proposals?: TrainerStore;
};

/** How one listed update fared in the aggregate: used (with its reported samples) or left out with the reason. */
export type UpdateOutcome = { proposer: Address; updateHash: Hex } & ({ ok: true; samples: bigint } | { ok: false; reason: ModelRejectionReason; message: string });

/** What the FL worker did in a round (kept in {@link FlRoundWorker.history}). */
export type FlRoundRecord =
  | { round: bigint; kind: "proposed"; updateHash: Hex; updateURI: string; samples: bigint; behaviour: ProposerBehaviour["kind"]; trainMs: number; refused: string[]; restored?: true }
  | { round: bigint; kind: "voted"; vote: bigint; commitment: Hex; aggregateScore: bigint; previousScore: bigint; updates: UpdateOutcome[]; refused: string[] }
  | { round: bigint; kind: "not_drawn" | "missed" | "nothing_to_vote" };

/** A published global model: what proposers of `round` start from. */
export type GlobalModel = { round: bigint; modelHash: Hex; modelURI: string; bytes: Uint8Array };

// ------------------------------------------------------------------ worker

/**
 * One operator identity in an FL Alliance task. {@link FlRoundWorker.tick} acts on chain time, each round once its
 * role is drawn (`GET …/roles`):
 *
 * - proposer, in `[roundStart, roundEnd)`: trains from the round's global model on its shard, applies its
 *   {@link ProposerBehaviour}, serves the AERU update and sends a signed ModelUpdate;
 * - voter, in `(roundEnd, commitDeadline)` with `commitDeadline = roundEnd + scoringWindowSeconds`: FedAvg of the
 *   round's listed updates (each fetched and hash-checked; a bad one is left out with its reason), its score and the
 *   global model's on the held-out set, the vote by `voteFromScores`, a signed VoteCommit; then in
 *   `(commitDeadline, commitDeadline + revealWindowSeconds)` the signed Vote with its salt.
 *
 * The global model of round 0 is the plug-in's initial model; that of round r + 1 is round r's aggregate if round r's
 * bundle says `accepted`, else round r's global model. Each is published (`putGlobal`) and logged with its hash as
 * soon as it is known. A refusal is one log line with the node's code and ends that step; an unreachable node or a
 * "not yet" code is retried on the next tick while the window is open.
 */
export class FlRoundWorker {
  /** One record per round, in the order acted on. */
  readonly history: FlRoundRecord[] = [];
  /** The global models known so far, by round. */
  readonly globals = new Map<bigint, GlobalModel>();
  readonly #p: FlWorkerParameters;
  readonly #done = new Set<bigint>();
  readonly #aggregates = new Map<bigint, { bytes: Uint8Array | null; updates: UpdateOutcome[] }>();
  readonly #pending = new Map<bigint, FlPending>();
  readonly #votes = new Map<bigint, PendingVote>();
  readonly #commitments: CommitmentStore;

  /** @throws {WorkerStoreError} if the proposer's stored rounds are corrupt. */
  constructor(p: FlWorkerParameters) {
    this.#p = p;
    this.#commitments = p.commitments ?? memoryCommitmentStore();
    for (const [round, s] of [...(p.proposals?.load().rounds ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (s.kind !== "submitted") continue;
      p.log.info({ event: "restored", round: round.toString(), updateHash: s.modelHash }, `round ${round}: sent update ${s.modelHash} before a restart`);
      this.#finish({ round, kind: "proposed", updateHash: s.modelHash, updateURI: s.modelURI, samples: BigInt(p.shard.n), behaviour: (p.proposer ?? { kind: "honest" }).kind, trainMs: s.trainMs, refused: s.refused, restored: true });
    }
  }

  /** Whether every round of the task is done and the global model after the last round is known. */
  async finished(): Promise<boolean> {
    const s = await this.#p.chain.schedule();
    return this.#done.size >= s.activeRounds && this.globals.has(BigInt(s.activeRounds));
  }

  /** One pass: derives the global models it can, then acts on every open round not done yet. */
  async tick(): Promise<void> {
    const p = this.#p;
    const [s, now] = [await p.chain.schedule(), await p.chain.now()];
    await this.#advanceGlobals(BigInt(s.activeRounds));
    for (let r = 0n; r < BigInt(s.activeRounds); r++) {
      if (this.#done.has(r)) continue;
      const start = s.startTime + r * s.roundDuration;
      const end = start + s.roundDuration;
      const commitDeadline = end + p.scoringWindowSeconds;
      const revealDeadline = commitDeadline + p.revealWindowSeconds;
      if (now < start) break;
      try {
        const roles = await p.nodes.roles(r);
        if (roles === undefined) continue; // the nodes have not indexed the round's start yet
        const mine = roles.roles.find((x) => x.operator.toLowerCase() === p.account.address.toLowerCase());
        if (mine === undefined) {
          p.log.info({ event: "not_drawn", round: r.toString() }, `round ${r}: this operator is not a participant of the draw`);
          this.#finish({ round: r, kind: "not_drawn" });
        } else if (mine.role === "proposer") {
          if (now >= end) this.#miss(r, "its model-update window closed before this worker sent one");
          else await this.#propose(r);
        } else {
          const v = this.#votes.get(r) ?? this.#restore(r);
          // a commitment restored from disk past its deadline may have been sent before a restart: reveal it
          if (v?.committed === true || (v?.restored === true && now > commitDeadline)) {
            if (now >= revealDeadline) this.#miss(r, "its reveal window closed before this worker revealed");
            else if (now > commitDeadline) await this.#reveal(r);
          } else if (now >= commitDeadline) this.#miss(r, "its commit window closed before this worker committed");
          else if (now > end) await this.#commit(r);
        }
      } catch (e) {
        logRetry(p.log, r, e);
      }
    }
  }

  /** Ticks every `intervalMs` until {@link FlRoundWorker.finished} or `signal` aborts. */
  run(p: { intervalMs: number; signal?: AbortSignal }): Promise<void> {
    return runTicks(this, p);
  }

  // ---------------------------------------------------------------- proposer

  async #propose(round: bigint): Promise<void> {
    const p = this.#p;
    let pending = this.#pending.get(round) ?? (await this.#restorePending(round));
    if (pending === undefined) {
      const global = this.#global(round);
      const behaviour = p.proposer ?? { kind: "honest" };
      const t0 = performance.now();
      const local = await p.plugin.train({ round, start: global.bytes, shard: p.shard });
      const sent = poisonParameters(behaviour, p.plugin.toParameters(global.bytes), p.plugin.toParameters(local));
      const samples = BigInt(p.shard.n);
      const bytes = encodeUpdate({ samples, model: p.plugin.fromParameters(sent) });
      const trainMs = performance.now() - t0;
      const { modelHash: updateHash, modelURI: updateURI } = p.artefacts.put(bytes, round);
      const message: ModelUpdate = { taskId: p.taskId, round, proposer: p.account.address, updateHash, updateURI };
      pending = { signed: { message, signature: await signModelUpdate(p.account, p.domain, message) }, uri: updateURI, samples, trainMs };
      // the update is on disk (put), and so is the round's record, before the ModelUpdate naming it leaves
      p.proposals?.putRound(round, { kind: "trained", modelHash: updateHash, modelURI: updateURI, bytes: bytes.length, trainMs });
      this.#pending.set(round, pending);
    }
    const refused = settleRefusals(p.log, round, await p.nodes.postModelUpdate(pending.signed));
    const sent = pending.signed.message;
    p.proposals?.putRound(round, { kind: "submitted", modelHash: sent.updateHash, modelURI: sent.updateURI, bytes: p.artefacts.get?.(sent.updateHash)?.length ?? 0, trainMs: pending.trainMs, refused: refused.map((e) => e.code) });
    this.#pending.delete(round);
    const behaviour = (p.proposer ?? { kind: "honest" }).kind;
    p.log.info({ event: "proposed", round: round.toString(), updateHash: pending.signed.message.updateHash, samples: pending.samples.toString(), behaviour, trainMs: Math.round(pending.trainMs) }, `round ${round}: sent update ${pending.signed.message.updateHash}`);
    this.#finish({ round, kind: "proposed", updateHash: pending.signed.message.updateHash, updateURI: pending.uri, samples: pending.samples, behaviour, trainMs: pending.trainMs, refused: refused.map((e) => e.code) });
  }

  /** An update written (and maybe sent) before a restart and still served: the same ModelUpdate is sent again. */
  async #restorePending(round: bigint): Promise<FlPending | undefined> {
    const p = this.#p;
    const s = p.proposals?.load().rounds.get(round);
    if (s?.kind !== "trained" || p.artefacts.get?.(s.modelHash) === undefined) return undefined;
    const message: ModelUpdate = { taskId: p.taskId, round, proposer: p.account.address, updateHash: s.modelHash, updateURI: s.modelURI };
    const pending = { signed: { message, signature: await signModelUpdate(p.account, p.domain, message) }, uri: s.modelURI, samples: BigInt(p.shard.n), trainMs: s.trainMs };
    this.#pending.set(round, pending);
    p.log.info({ event: "restored", round: round.toString(), updateHash: s.modelHash }, `round ${round}: sending again update ${s.modelHash}, written before a restart`);
    return pending;
  }

  // ---------------------------------------------------------------- voter

  async #commit(round: bigint): Promise<void> {
    const p = this.#p;
    let v = this.#votes.get(round);
    if (v === undefined) {
      const global = this.#global(round);
      const { bytes, updates } = await this.#aggregate(round);
      if (bytes === null) {
        p.log.info({ event: "nothing_to_vote", round: round.toString(), updates: updates.length }, `round ${round}: no usable model update to vote on`);
        this.#finish({ round, kind: "nothing_to_vote" });
        return;
      }
      const aggregateScore = (await p.plugin.evaluate(bytes, p.heldOut)).score;
      const previousScore = (await p.plugin.evaluate(global.bytes, p.heldOut)).score;
      const vote: Vote = { taskId: p.taskId, round, voter: p.account.address, vote: voteFromScores(aggregateScore, previousScore, p.voteTolerance ?? DEFAULT_VOTE_TOLERANCE) };
      const salt = (p.salt ?? randomSalt)();
      v = { vote, salt, commitment: voteCommitment(vote, salt), aggregateScore, previousScore, updates, committed: false, restored: false };
      // on disk before the commitment leaves: a restarted voter must still be able to open it
      this.#commitments.put("vote", p.taskId, round, { vote: v.vote.vote.toString(), voter: v.vote.voter, salt, commitment: v.commitment, aggregateScore: aggregateScore.toString(), previousScore: previousScore.toString() });
      this.#votes.set(round, v);
      p.artefacts.putReport(p.taskId, round, { taskId: p.taskId, round, voter: p.account.address, aggregateScore, previousScore, updates });
    }
    const message = { taskId: p.taskId, round, voter: p.account.address, commitment: v.commitment };
    const refused = settleRefusals(p.log, round, await p.nodes.postVoteCommit({ message, signature: await signVoteCommit(p.account, p.domain, message) }));
    if (refused.length > 0) {
      // a refused commitment cannot be revealed: the round ends here for this voter
      this.#finish({ round, kind: "voted", vote: v.vote.vote, commitment: v.commitment, aggregateScore: v.aggregateScore, previousScore: v.previousScore, updates: v.updates, refused: refused.map((e) => e.code) });
      return;
    }
    v.committed = true;
    p.log.info({ event: "committed", round: round.toString(), commitment: v.commitment }, `round ${round}: committed to a vote (aggregate ${v.aggregateScore} vs global ${v.previousScore})`);
  }

  async #reveal(round: bigint): Promise<void> {
    const p = this.#p;
    const v = this.#votes.get(round)!;
    const refused = settleRefusals(p.log, round, await p.nodes.postVote({ message: v.vote, salt: v.salt, signature: await signVote(p.account, p.domain, v.vote) }));
    p.log.info({ event: "voted", round: round.toString(), vote: v.vote.vote.toString() }, `round ${round}: revealed vote ${v.vote.vote}`);
    this.#finish({ round, kind: "voted", vote: v.vote.vote, commitment: v.commitment, aggregateScore: v.aggregateScore, previousScore: v.previousScore, updates: v.updates, refused: refused.map((e) => e.code) });
  }

  /** The vote committed to in an earlier run of this worker (its data dir), if any. */
  #restore(round: bigint): PendingVote | undefined {
    const p = this.#p;
    const rec = this.#commitments.get("vote", p.taskId, round);
    if (rec === undefined) return undefined;
    const vote: Vote = { taskId: p.taskId, round, voter: p.account.address, vote: BigInt(String(rec.vote)) };
    const salt = String(rec.salt) as Hex;
    const commitment = voteCommitment(vote, salt);
    if (commitment.toLowerCase() !== String(rec.commitment).toLowerCase()) throw new Error(`the stored vote of round ${round} does not open its commitment ${String(rec.commitment)}: the data dir is corrupt`);
    const v: PendingVote = { vote, salt, commitment, aggregateScore: BigInt(String(rec.aggregateScore)), previousScore: BigInt(String(rec.previousScore)), updates: [], committed: false, restored: true };
    this.#votes.set(round, v);
    p.log.info({ event: "restored", round: round.toString(), commitment }, `round ${round}: restored the vote committed to before a restart`);
    return v;
  }

  // ---------------------------------------------------------------- aggregate and global models

  /**
   * FedAvg of round `round`'s listed updates (cached): each is fetched and hash-checked, its envelope and parameters
   * decoded; a bad one is left out with its reason. `bytes` is `null` if no update is usable.
   */
  async #aggregate(round: bigint): Promise<{ bytes: Uint8Array | null; updates: UpdateOutcome[] }> {
    const cached = this.#aggregates.get(round);
    if (cached !== undefined) return cached;
    const p = this.#p;
    const listed = await p.nodes.modelUpdates(round);
    const updates: UpdateOutcome[] = [];
    const used: { samples: bigint; values: Float64Array }[] = [];
    for (const u of listed) {
      try {
        const raw = await (p.fetch ?? fetchModel)(u.updateURI, u.updateHash, p.fetchOptions ?? {});
        const { samples, model } = decodeUpdate(raw);
        const values = p.plugin.toParameters(model);
        const big = values.findIndex((x) => Math.abs(x) > FEDAVG_MAX_ABS);
        if (big >= 0) throw new ModelRejectedError("non_finite", `update parameter ${big} is ${values[big]}, beyond FedAvg's ±${FEDAVG_MAX_ABS}`);
        used.push({ samples, values });
        updates.push({ proposer: u.proposer, updateHash: u.updateHash, ok: true, samples });
      } catch (e) {
        const reason: ModelRejectionReason = e instanceof ModelRejectedError ? e.reason : "bad_format";
        const message = e instanceof Error ? e.message.split("\n")[0]! : String(e);
        p.log.warn({ event: "update_rejected", round: round.toString(), proposer: u.proposer, reason }, `round ${round}: ${u.proposer}'s update is left out: ${reason}: ${message}`);
        updates.push({ proposer: u.proposer, updateHash: u.updateHash, ok: false, reason, message });
      }
    }
    const result = { bytes: used.length === 0 ? null : p.plugin.fromParameters(fedAvg(used)), updates };
    this.#aggregates.set(round, result);
    return result;
  }

  /** Derives and publishes global models: round 0's is the initial model; round r + 1's follows round r's outcome. */
  async #advanceGlobals(rounds: bigint): Promise<void> {
    if (!this.globals.has(0n)) this.#publish(0n, this.#p.plugin.initial(), "initial");
    for (let r = 0n; r < rounds; r++) {
      if (this.globals.has(r + 1n)) continue;
      if (!this.globals.has(r)) return;
      let outcome: FlOutcome | undefined;
      try {
        outcome = await this.#p.nodes.outcome(r);
      } catch {
        return;
      }
      if (outcome === undefined) return;
      const aggregate = outcome === "accepted" ? (await this.#aggregate(r)).bytes : null;
      this.#publish(r + 1n, aggregate ?? this.globals.get(r)!.bytes, aggregate !== null ? `round ${r}'s aggregate (${outcome})` : `round ${r}'s global model (round ${r} ${outcome})`);
    }
  }

  #publish(round: bigint, bytes: Uint8Array, from: string): void {
    const p = this.#p;
    const { modelHash, modelURI } = p.artefacts.putGlobal(p.taskId, round, bytes);
    this.globals.set(round, { round, modelHash, modelURI, bytes });
    p.log.info({ event: "global_model", round: round.toString(), modelHash, modelURI }, `round ${round}: global model ${modelHash} (${from})`);
  }

  /** Round `round`'s global model; throws (the step is retried) while round `round − 1`'s outcome is unknown. */
  #global(round: bigint): GlobalModel {
    const global = this.globals.get(round);
    if (global === undefined) throw new Error(`the global model of round ${round} is not known yet (round ${round - 1n}'s bundle is not published)`);
    return global;
  }

  #miss(round: bigint, why: string): void {
    this.#p.log.warn({ event: "missed", round: round.toString() }, `round ${round}: ${why}`);
    this.#finish({ round, kind: "missed" });
  }

  #finish(record: FlRoundRecord): void {
    this.#done.add(record.round);
    this.history.push(record);
  }
}

/** A proposer's signed update until a node answered it. */
type FlPending = { signed: { message: ModelUpdate; signature: Hex }; uri: string; samples: bigint; trainMs: number };

/** A voter's vote between its computation and its reveal (`restored`: read back from the data dir after a restart). */
type PendingVote = { vote: Vote; salt: Hex; commitment: Hex; aggregateScore: bigint; previousScore: bigint; updates: UpdateOutcome[]; committed: boolean; restored: boolean };
