// The worker loop: follow a task's rounds by chain time, train or evaluate, sign, and send to the nodes' intake.
import type { Address, Hex } from "viem";
import type { LocalAccount } from "viem/accounts";
import type { Logger } from "pino";

import type { SignedSubmission } from "../aggregator";
import { scoresCommitment, signScores, signScoresCommit, signSubmission, type AerieTypedDataDomain, type Scores, type ScoresCommit, type Submission } from "../lib/eip712";
import { NodeClientError, type SignedMessage } from "../node/client";
import type { ArtefactServer } from "./artefacts";
import { memoryCommitmentStore, randomSalt, type CommitmentStore } from "./commitments";
import { scoresToSend, type TrainerBehaviour, type ValidatorBehaviour } from "./behaviour";
import type { TrainerStore } from "./store";
import type { Dataset } from "./data/synthetic";
import { evaluateSubmissions, type ModelFetcher, type ModelOutcome } from "./evaluate";
import type { FetchModelOptions } from "./fetchModel";
import type { EvaluatorPlugin, TrainerPlugin } from "./plugin";

// ------------------------------------------------------------------ types

/** The task's schedule as the chain holds it (unix seconds). */
export type TaskSchedule = { startTime: bigint; roundDuration: bigint; activeRounds: number };

/** What the worker reads from the chain. */
export type WorkerChainView = {
  /** The latest block's timestamp, unix seconds (rounds follow chain time). */
  now(): Promise<bigint>;
  schedule(): Promise<TaskSchedule>;
};

/** What the worker asks of the nodes (one or more; see {@link nodeApi}). */
export type WorkerNodeApi = {
  /** Sends to every node; resolves with the refusals (empty if all accepted). Throws only if no node was reachable. */
  postSubmission(signed: SignedMessage<Submission>, closesAt?: bigint): Promise<NodeClientError[]>;
  postScores(signed: SignedMessage<Scores>, closesAt?: bigint): Promise<NodeClientError[]>;
  /** Commit–reveal policies: the ScoresCommit (`POST /v1/scores-commits`), then the Scores with its salt (`POST /v1/scores`). */
  postScoresCommit(signed: SignedMessage<ScoresCommit>, closesAt?: bigint): Promise<NodeClientError[]>;
  postScoresReveal(signed: SignedMessage<Scores> & { salt: Hex }, closesAt?: bigint): Promise<NodeClientError[]>;
  /**
   * Sends again the messages a node missed (down or 5xx) while another took them, until `closesAt` (chain seconds)
   * given with the message (see {@link nodeApi}); called at the start of every tick.
   */
  redeliver?(now: bigint): Promise<void>;
  /** The round's submissions (from the first node that answers). */
  submissions(round: bigint): Promise<SignedSubmission[]>;
  /** The consensus score by lowercase trainer address of a settled round's bundle (empty if none published). */
  consensus(round: bigint): Promise<Map<string, bigint>>;
};

/** A trainer's part. */
export type TrainerRole = {
  plugin: TrainerPlugin;
  shard: Dataset;
  behaviour: TrainerBehaviour;
  /** The artefact a `random` trainer submits in a round. */
  randomModel: (round: bigint) => Uint8Array;
  /**
   * Where the trainer's rounds and last model are written (default: memory only). With a file store
   * (`fileTrainerStore(dataDir, …)`) a restarted trainer neither retrains nor resends a round a node answered, does
   * not count it as missed, and trains its next round from the model it last submitted.
   */
  state?: TrainerStore;
};

/** A validator's part. */
export type ValidatorRole = {
  plugin: EvaluatorPlugin;
  heldOut: Dataset;
  behaviour: ValidatorBehaviour;
  fetch?: ModelFetcher;
  fetchOptions?: FetchModelOptions;
  /**
   * The policy's reveal window, seconds, when the task takes scores by commit–reveal (`aerie-consensus-v2`): the
   * validator commits `scoresCommitment(scores, salt)` in the scoring window and reveals the Scores with the salt in
   * `(roundEnd + scoringWindowSeconds, … + revealWindowSeconds)`. Absent: scores are sent in the clear.
   */
  revealWindowSeconds?: bigint;
  /** Where the scores and their salt are written before the commitment is sent (default: memory only). */
  commitments?: CommitmentStore;
  /** 32 secret random bytes per commitment (default `crypto.getRandomValues`). */
  salt?: () => Hex;
};

/** Everything a {@link RoundWorker} needs (I/O injected). */
export type RoundWorkerParameters = {
  taskId: bigint;
  account: LocalAccount;
  /** `aerieDomain(chainId, TaskRegistry)`. */
  domain: AerieTypedDataDomain;
  /** The task spec's scoring window, seconds. */
  scoringWindowSeconds: bigint;
  chain: WorkerChainView;
  nodes: WorkerNodeApi;
  artefacts: Pick<ArtefactServer, "put" | "putReport"> & Partial<Pick<ArtefactServer, "get">>;
  log: Logger;
} & ({ role: "trainer"; trainer: TrainerRole } | { role: "validator"; validator: ValidatorRole });

/** What the worker did in a round (kept in {@link RoundWorker.history}, for tests, the bench and the demo). */
export type RoundRecord =
  | { round: bigint; kind: "submitted"; modelHash: Hex; modelURI: string; bytes: number; trainMs: number; refused: string[]; restored?: true }
  | { round: bigint; kind: "scored"; trainers: Address[]; scores: bigint[]; outcomes: ModelOutcome[]; refused: string[]; commitment?: Hex }
  | { round: bigint; kind: "missed" | "nothing_to_score" };

/** A trained artefact until its Submission is answered (`recorded`: its `trained` record is in the trainer's store). */
type TrainedArtefact = { bytes: Uint8Array; trainMs: number; recorded?: boolean };

/** Commit–reveal: scores committed to (`sent`) or about to be, with their salt, until revealed (`restored`: from disk). */
type PendingScores = { message: Scores; signature: Hex; outcomes: ModelOutcome[]; salt: Hex; commitment: Hex; sent: boolean; restored: boolean };

// ------------------------------------------------------------------ constants

/**
 * Node refusal codes that mean "not yet" rather than "no": the node's clock (its view of chain time) lags the chain
 * the worker reads, or the signer is rate-limited. The worker keeps the message and sends it again on its next
 * tick while the window is open, instead of ending the round.
 */
export const RETRY_LATER_CODES: ReadonlySet<string> = new Set(["round_not_started", "rate_limited", "EARLY_REVEAL"]);

/** Thrown by a send that a node answered with a {@link RETRY_LATER_CODES} code: the tick logs it and retries. */
export class RetryLaterError extends Error {
  constructor(readonly refusals: NodeClientError[]) {
    super(`a node is not ready for it yet (${refusals.map((e) => `${e.code}: ${e.message}`).join("; ")})`);
    this.name = "RetryLaterError";
  }
}

/**
 * The final refusals of a send: logs each as one line with the node's code (`event: "refused"`) and returns them.
 * @throws {RetryLaterError} if a node answered a {@link RETRY_LATER_CODES} code (nothing logged as refused then).
 */
export function settleRefusals(log: Logger, round: bigint, refused: NodeClientError[]): NodeClientError[] {
  const later = refused.filter((e) => RETRY_LATER_CODES.has(e.code));
  if (later.length > 0) throw new RetryLaterError(later);
  for (const e of refused) log.warn({ event: "refused", round: round.toString(), code: e.code, status: e.status }, `round ${round}: the node refused the message: ${e.code}: ${e.message}`);
  return refused;
}

/** One `retry` log line for a step that failed and is tried again on the next tick (the node's code, if any). */
export function logRetry(log: Logger, round: bigint, e: unknown): void {
  const code = e instanceof NodeClientError ? e.code : e instanceof RetryLaterError ? e.refusals[0]!.code : "error";
  log.warn({ event: "retry", round: round.toString(), code }, `round ${round}: ${(e as Error).message.split("\n")[0]}: retrying`);
}

/** Ticks `worker` every `intervalMs` until it is finished or `signal` aborts. */
export async function runTicks(worker: { tick(): Promise<void>; finished(): Promise<boolean> }, p: { intervalMs: number; signal?: AbortSignal }): Promise<void> {
  while (!p.signal?.aborted) {
    await worker.tick();
    if (await worker.finished()) return;
    await new Promise((r) => setTimeout(r, p.intervalMs));
  }
}

// ------------------------------------------------------------------ worker

/**
 * One operator identity's worker. {@link RoundWorker.tick} looks at chain time and acts once per round in its window:
 * a trainer in `[roundStart, roundEnd)`, a validator in `[roundEnd, roundEnd + scoringWindowSeconds)`. A node that
 * refuses a message gets one log line with its error code and the round is done; an unreachable node, or a refusal
 * meaning "not yet" ({@link RETRY_LATER_CODES}), is retried on the next tick while the window is open (the trained
 * model or computed scores are kept, not recomputed).
 */
export class RoundWorker {
  /** One record per round acted on (or missed), in round order. */
  readonly history: RoundRecord[] = [];
  readonly #p: RoundWorkerParameters;
  readonly #done = new Set<bigint>();
  /** The trainer's model to start the next round from (`null`: the plug-in's initial model). */
  #current: Uint8Array | null = null;
  /** The artefact trained for a round whose sending failed (so a retry does not retrain). */
  readonly #trained = new Map<bigint, TrainedArtefact>();
  /** The scores computed for a round whose sending failed (so a retry does not fetch and evaluate again). */
  readonly #scored = new Map<bigint, { message: Scores; signature: Hex; outcomes: ModelOutcome[] }>();
  /** Commit–reveal: the scores committed to (or about to be), their salt and commitment, until revealed. */
  readonly #committed = new Map<bigint, PendingScores>();

  /** The chain time and schedule of the current tick (a message's window close for redelivery). */
  #now = 0n;
  #schedule: TaskSchedule | undefined;

  /** The commitments of a validator without a store (kept for the run only). */
  readonly #memory = memoryCommitmentStore();

  /** @throws {WorkerStoreError} if the trainer's stored state is corrupt. */
  constructor(p: RoundWorkerParameters) {
    this.#p = p;
    if (p.role === "trainer" && p.trainer.state !== undefined) this.#restoreTrainer(p.trainer.state);
  }

  /** A restarted trainer: rounds a node answered are done (logged `restored`), and training continues from its last model. */
  #restoreTrainer(store: TrainerStore): void {
    const { rounds, last } = store.load();
    this.#current = last;
    for (const [round, s] of [...rounds].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (s.kind !== "submitted") continue;
      this.#p.log.info({ event: "restored", round: round.toString(), modelHash: s.modelHash }, `round ${round}: submitted ${s.modelHash} before a restart`);
      this.#finish({ round, kind: "submitted", modelHash: s.modelHash, modelURI: s.modelURI, bytes: s.bytes, trainMs: s.trainMs, refused: s.refused, restored: true });
    }
  }

  /** Whether every round of the task is done (acted on or missed). */
  async finished(): Promise<boolean> {
    const s = await this.#p.chain.schedule();
    return this.#done.size >= s.activeRounds;
  }

  /** One pass: acts on every round whose window is open now and that is not done yet. */
  async tick(): Promise<void> {
    const p = this.#p;
    const [s, now] = [await p.chain.schedule(), await p.chain.now()];
    await p.nodes.redeliver?.(now);
    this.#now = now;
    this.#schedule = s;
    for (let r = 0n; r < BigInt(s.activeRounds); r++) {
      if (this.#done.has(r)) continue;
      const start = s.startTime + r * s.roundDuration;
      const end = start + s.roundDuration;
      const [open, close] = p.role === "trainer" ? [start, end] : [end, end + p.scoringWindowSeconds];
      if (now < open) break;
      if (p.role === "validator" && p.validator.revealWindowSeconds !== undefined) {
        await this.#commitReveal(r, now, close, close + p.validator.revealWindowSeconds, p.validator);
        continue;
      }
      if (now >= close) {
        p.log.warn({ event: "missed", round: r.toString() }, `round ${r}: its ${p.role === "trainer" ? "submission" : "scoring"} window closed before this worker acted`);
        this.#finish({ round: r, kind: "missed" });
        continue;
      }
      try {
        if (p.role === "trainer") await this.#train(r, p.trainer);
        else await this.#score(r, p.validator);
      } catch (e) {
        logRetry(p.log, r, e);
      }
    }
  }

  /** Ticks every `intervalMs` until every round is done or `signal` aborts. */
  run(p: { intervalMs: number; signal?: AbortSignal }): Promise<void> {
    return runTicks(this, p);
  }

  async #train(round: bigint, t: TrainerRole): Promise<void> {
    const p = this.#p;
    let trained = this.#trained.get(round) ?? this.#restoreTrained(round, t);
    if (trained === undefined) {
      const t0 = performance.now();
      const start = this.#current;
      let bytes: Uint8Array;
      if (t.behaviour === "random") bytes = t.randomModel(round);
      else if (t.behaviour === "stale") bytes = start ?? t.plugin.initial();
      else bytes = await t.plugin.train({ round, start, shard: t.shard });
      trained = { bytes, trainMs: performance.now() - t0 };
      this.#trained.set(round, trained);
    }
    // the artefact, then the round's record, are on disk before the Submission that references them leaves
    const { modelHash, modelURI } = p.artefacts.put(trained.bytes, round);
    const record = { modelHash, modelURI, bytes: trained.bytes.length, trainMs: trained.trainMs };
    if (trained.recorded !== true) {
      t.state?.putRound(round, { kind: "trained", ...record });
      trained.recorded = true;
    }
    const message: Submission = { taskId: p.taskId, round, trainer: p.account.address, modelHash, modelURI };
    const signature = await signSubmission(p.account, p.domain, message);
    const refused = settleRefusals(p.log, round, await p.nodes.postSubmission({ message, signature, domain: p.domain }, this.#closes(round, 0n)));
    if (t.behaviour === "honest") {
      this.#current = trained.bytes;
      t.state?.putLast(trained.bytes);
    }
    t.state?.putRound(round, { kind: "submitted", ...record, refused: refused.map((e) => e.code) });
    this.#trained.delete(round);
    p.log.info({ event: "submitted", round: round.toString(), modelHash, bytes: trained.bytes.length, trainMs: Math.round(trained.trainMs) }, `round ${round}: submitted ${modelHash}`);
    this.#finish({ round, kind: "submitted", ...record, refused: refused.map((e) => e.code) });
  }

  /**
   * A round trained (its artefact written, its Submission maybe sent) before a restart: its bytes come back from the
   * artefact server, so the same Submission is sent again instead of a retrained one.
   */
  #restoreTrained(round: bigint, t: TrainerRole): TrainedArtefact | undefined {
    const s = t.state?.load().rounds.get(round);
    if (s?.kind !== "trained") return undefined;
    const bytes = this.#p.artefacts.get?.(s.modelHash);
    if (bytes === undefined) return undefined;
    const trained = { bytes, trainMs: s.trainMs, recorded: true };
    this.#trained.set(round, trained);
    this.#p.log.info({ event: "restored", round: round.toString(), modelHash: s.modelHash }, `round ${round}: sending again ${s.modelHash}, trained before a restart`);
    return trained;
  }

  async #score(round: bigint, v: ValidatorRole): Promise<void> {
    const p = this.#p;
    const subs = (await p.nodes.submissions(round)).filter((s) => s.message.taskId === p.taskId && s.message.round === round);
    if (subs.length === 0) {
      p.log.info({ event: "nothing_to_score", round: round.toString() }, `round ${round}: no submissions to score`);
      this.#finish({ round, kind: "nothing_to_score" });
      return;
    }
    let computed = this.#scored.get(round);
    if (computed === undefined) {
      const trainers = subs.map((s) => s.message.trainer);
      const outcomes =
        v.behaviour === "lazy"
          ? []
          : await evaluateSubmissions(
              subs.map((s) => s.message),
              { evaluator: v.plugin, data: v.heldOut, ...(v.fetch !== undefined ? { fetch: v.fetch } : {}), ...(v.fetchOptions !== undefined ? { fetchOptions: v.fetchOptions } : {}) },
            );
      for (const o of outcomes) {
        if (!o.ok) p.log.warn({ event: "model_rejected", round: round.toString(), trainer: o.trainer, reason: o.reason }, `round ${round}: ${o.trainer}'s model scores 0: ${o.reason}: ${o.message}`);
      }
      const previous = v.behaviour === "lazy" && round > 0n ? await p.nodes.consensus(round - 1n) : new Map<string, bigint>();
      const measured = new Map(outcomes.map((o) => [o.trainer.toLowerCase(), o.score]));
      const scores = scoresToSend(v.behaviour, trainers, measured, previous);
      p.artefacts.putReport(p.taskId, round, { taskId: p.taskId, round, validator: p.account.address, behaviour: v.behaviour, trainers, scores, outcomes });
      const message: Scores = { taskId: p.taskId, round, validator: p.account.address, trainers, scores };
      computed = { message, signature: await signScores(p.account, p.domain, message), outcomes };
      this.#scored.set(round, computed);
    }
    if (v.revealWindowSeconds !== undefined) {
      let c = this.#committed.get(round);
      if (c === undefined) {
        const salt = (v.salt ?? randomSalt)();
        c = { ...computed, salt, commitment: scoresCommitment(computed.message, salt), sent: false, restored: false };
        // on disk before the commitment leaves: a restarted validator must still be able to open it
        (v.commitments ?? this.#memory).put("scores", p.taskId, round, { trainers: c.message.trainers, scores: c.message.scores.map(String), salt, commitment: c.commitment, signature: c.signature });
        this.#committed.set(round, c);
      }
      const commit: ScoresCommit = { taskId: p.taskId, round, validator: p.account.address, commitment: c.commitment };
      const refusedCommit = settleRefusals(p.log, round, await p.nodes.postScoresCommit({ message: commit, signature: await signScoresCommit(p.account, p.domain, commit), domain: p.domain }, this.#closes(round, p.scoringWindowSeconds)));
      this.#scored.delete(round);
      if (refusedCommit.length > 0) {
        // a refused commitment cannot be revealed: the round ends here for this validator
        this.#committed.delete(round);
        this.#finish({ round, kind: "scored", trainers: c.message.trainers, scores: c.message.scores, outcomes: c.outcomes, refused: refusedCommit.map((e) => e.code), commitment: c.commitment });
        return;
      }
      c.sent = true;
      p.log.info({ event: "committed", round: round.toString(), commitment: c.commitment }, `round ${round}: committed to scores of ${c.message.trainers.length} models`);
      return;
    }
    const { message, signature, outcomes } = computed;
    const { trainers, scores } = message;
    const refused = settleRefusals(p.log, round, await p.nodes.postScores({ message, signature, domain: p.domain }, this.#closes(round, p.scoringWindowSeconds)));
    this.#scored.delete(round);
    p.log.info({ event: "scored", round: round.toString(), trainers: trainers.length }, `round ${round}: scored ${trainers.length} models`);
    this.#finish({ round, kind: "scored", trainers, scores, outcomes, refused: refused.map((e) => e.code) });
  }

  /**
   * A commit–reveal round of a validator: commits in `[roundEnd, commitDeadline)`, reveals in
   * `(commitDeadline, revealDeadline)`. A commitment read back from the data dir after a restart is sent again while
   * the commit window is open, and revealed after it (it may have been accepted before the restart).
   */
  async #commitReveal(round: bigint, now: bigint, commitDeadline: bigint, revealDeadline: bigint, v: ValidatorRole): Promise<void> {
    const p = this.#p;
    const c = this.#committed.get(round) ?? this.#restoreScores(round, v);
    try {
      if (c?.sent === true || (c?.restored === true && now >= commitDeadline)) {
        if (now >= revealDeadline) this.#missed(round, "its reveal window closed before this worker revealed its scores");
        else if (now > commitDeadline) await this.#revealScores(round, c);
      } else if (now >= commitDeadline) this.#missed(round, "its scoring window closed before this worker committed to scores");
      else await this.#score(round, v);
    } catch (e) {
      logRetry(p.log, round, e);
    }
  }

  #restoreScores(round: bigint, v: ValidatorRole): PendingScores | undefined {
    const p = this.#p;
    const rec = v.commitments?.get("scores", p.taskId, round);
    if (rec === undefined) return undefined;
    const message: Scores = { taskId: p.taskId, round, validator: p.account.address, trainers: rec.trainers as Address[], scores: (rec.scores as string[]).map((x) => BigInt(x)) };
    const salt = String(rec.salt) as Hex;
    const commitment = scoresCommitment(message, salt);
    if (commitment.toLowerCase() !== String(rec.commitment).toLowerCase()) throw new Error(`the stored scores of round ${round} do not open their commitment ${String(rec.commitment)}: the data dir is corrupt`);
    const c = { message, signature: String(rec.signature) as Hex, outcomes: [], salt, commitment, sent: false, restored: true };
    this.#committed.set(round, c);
    p.log.info({ event: "restored", round: round.toString(), commitment }, `round ${round}: restored the scores committed to before a restart`);
    return c;
  }

  async #revealScores(round: bigint, c: PendingScores): Promise<void> {
    const p = this.#p;
    const refused = settleRefusals(p.log, round, await p.nodes.postScoresReveal({ message: c.message, signature: c.signature, salt: c.salt, domain: p.domain }, this.#closes(round, p.scoringWindowSeconds + (p.role === "validator" ? (p.validator.revealWindowSeconds ?? 0n) : 0n))));
    this.#committed.delete(round);
    p.log.info({ event: "revealed", round: round.toString(), trainers: c.message.trainers.length }, `round ${round}: revealed scores of ${c.message.trainers.length} models`);
    this.#finish({ round, kind: "scored", trainers: c.message.trainers, scores: c.message.scores, outcomes: c.outcomes, refused: refused.map((e) => e.code), commitment: c.commitment });
  }

  /** The end of `round` plus `extra` seconds (chain time): when a message of the round stops being redelivered. */
  #closes(round: bigint, extra: bigint): bigint | undefined {
    const s = this.#schedule;
    return s === undefined ? undefined : s.startTime + (round + 1n) * s.roundDuration + extra;
  }

  #missed(round: bigint, why: string): void {
    this.#p.log.warn({ event: "missed", round: round.toString() }, `round ${round}: ${why}`);
    this.#finish({ round, kind: "missed" });
  }

  #finish(record: RoundRecord): void {
    this.#done.add(record.round);
    this.history.push(record);
  }
}
