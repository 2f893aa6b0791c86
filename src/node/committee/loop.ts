// The committee loop: compute, sign, exchange signatures, propose by rotation, finalize, skip. Nothing by hand.
import { getAddress, type Address, type Hex, type PrivateKeyAccount, type PublicClient } from "viem";
import type { Logger } from "pino";

import { firstDifference, type SignatureRecoverer } from "../../aggregator";
import { hashRoundResult, settlementDomain, signRoundResult } from "../../lib/eip712";
import { specHash as computeSpecHash, type TaskSpecFile } from "../../lib/taskSpec";
import { roundSettlementAbi, taskRegistryAbi } from "../../sdk/abis";
import { RoundStatus } from "../../sdk/enums";
import type { AerieAddresses } from "../../sdk/addressBook";
import { getRoundStatus } from "../../sdk/actions/getRoundStatus";
import { finalizeRequest } from "../../sdk/actions/finalize";
import { proposeRequest } from "../../sdk/actions/propose";
import { skipRoundRequest } from "../../sdk/actions/skipRound";
import { faultPoint } from "../faults";
import type { IndexedContracts } from "../indexer/indexer";
import type { Store } from "../store/db";
import type { TxQueue } from "../tx/queue";
import { computeMemberRound } from "./compute";
import { taskPolicyOf } from "../intake/flLookups";
import { fetchBundleByHash, fetchPeerBundle, PeerBook, PeerHealth, pushSignature } from "./peers";
import { pullSignatures } from "./signatures";
import { sendRequest } from "./send";
import type { CommitteeStore } from "./store";

/**
 * When a member computes a round (unix seconds): after the scoring window, and under a commit–reveal policy after
 * its reveal window too (`roundEnd + scoringWindowSeconds + revealWindowSeconds`). No member reads a score or a
 * vote before the reveals are in.
 */
export function settleTime(roundEnd: bigint, spec: TaskSpecFile): bigint {
  return roundEnd + BigInt(spec.scoringWindowSeconds) + (taskPolicyOf(spec).revealWindowSeconds ?? 0n);
}

/** The committee as set on chain: members in ascending address order, and the threshold k. */
export type Committee = { members: Address[]; threshold: number };

/** Options of {@link CommitteeMember}. */
export type CommitteeMemberParameters = {
  client: PublicClient;
  store: Store;
  bundles: CommitteeStore;
  account: PrivateKeyAccount;
  queue: TxQueue;
  addresses: AerieAddresses;
  chainId: number;
  /** Task specs this node serves, by lower-case specHash. */
  specs: Map<string, TaskSpecFile>;
  /** Peers' base URLs. */
  peers: string[];
  /** The committee address of each peer URL, where the config names it (others are learned from their signatures). */
  peerAddresses?: Record<string, Address>;
  /** Base URL of the signed `bundleURI` (the same at every member, or the digests would differ). */
  bundleBaseUrl: string;
  /** Last block the index holds completely. */
  indexedBlock: () => bigint;
  /** A successor proposes (finalizes, skips) after `position × proposeTimeoutMs` without the leader doing it. */
  proposeTimeoutMs: number;
  logger: Logger;
  /** Every call to a peer reports here (one per node: failure streaks logged once, and their end). Default: this member's own. */
  peerHealth?: PeerHealth;
  /** Signature recovery of the rounds this member computes (the intake's `RecoverPool`); default the aggregator's. */
  recoverer?: SignatureRecoverer;
  /** How long round-message reconciliation waits for the peers' messages, ms (default `DEFAULT_RECONCILE_TIMEOUT_MS`). */
  reconcileTimeoutMs?: number;
};

/** The bundle URL a member publishes for a round: `<base>/v1/tasks/<id>/rounds/<r>/bundle`. */
export function bundleUrl(base: string, taskId: bigint, round: bigint): string {
  return `${base}/v1/tasks/${taskId}/rounds/${round}/bundle`;
}

/**
 * Position of `member` in round `round`'s rotation: 0 for the leader (`sorted members[(taskId + round) mod n]`),
 * 1 for the next member, … Deterministic, the same at every member.
 * @returns -1 if `member` is not in the committee.
 */
export function rotationPosition(committee: Committee, taskId: bigint, round: bigint, member: Address): number {
  const n = committee.members.length;
  const index = committee.members.findIndex((m) => m.toLowerCase() === member.toLowerCase());
  if (index < 0 || n === 0) return -1;
  const leader = Number((taskId + round) % BigInt(n));
  return (index - leader + n) % n;
}

/**
 * One committee member. Each {@link tick} looks at every task whose spec it serves and that task's next round:
 *
 * - awaiting a result and `chain time ≥ settleTime` (after the scoring and any reveal window): fetch the round's
 *   messages from the peers (round-message reconciliation, `reconcileRound`), compute the bundle from the store (once),
 *   compare with the peers' (a member outvoted by k peers' other bundle refuses to sign; any difference is
 *   logged with its first field), sign, push the signature to every peer that has not taken it; once k
 *   committee signatures over its digest are held, propose if it is this member's turn (leader at once,
 *   position p after p × timeout). Chain state and the tx journal are checked first: one propose per round.
 * - proposed and past the challenge window: finalize (same rotation); past the deadline with none: skip.
 */
export class CommitteeMember {
  readonly #p: CommitteeMemberParameters;
  readonly #domain;
  /** Peers that took our signature, by `digest`. */
  readonly #pushed = new Map<string, Set<string>>();
  /** Wall time (ms) a duty of a round became due at this member, by `kind:task:round`. */
  readonly #dueSince = new Map<string, number>();
  /** Peers whose differing bundle was already logged, by `task:round:peer`. */
  readonly #logged = new Set<string>();
  #committee: Committee | undefined;
  /** Which member each peer URL runs as (configured or learned). */
  readonly #book: PeerBook;
  /** Peers that stopped answering (any call failed), logged once per streak and once when they answer again. */
  readonly #health: PeerHealth;

  constructor(parameters: CommitteeMemberParameters) {
    this.#p = parameters;
    this.#book = new PeerBook(parameters.peers, parameters.peerAddresses ?? {});
    this.#health = parameters.peerHealth ?? new PeerHealth(parameters.logger);
    this.#domain = settlementDomain(parameters.chainId, parameters.addresses.roundSettlement);
  }

  /** The member's address. */
  get address(): Address {
    return this.#p.account.address;
  }

  /** The committee (read from chain on first use, then cached). */
  async committee(): Promise<Committee> {
    if (this.#committee === undefined) {
      const [members, threshold] = await this.#p.client.readContract({ address: this.#p.addresses.roundSettlement, abi: roundSettlementAbi, functionName: "committee" });
      this.#committee = { members: [...members].map((m) => getAddress(m)).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)), threshold: Number(threshold) };
    }
    return this.#committee;
  }

  /** The settlement's EIP-712 digest of a result. */
  digestOf(result: Parameters<typeof hashRoundResult>[1]): Hex {
    return hashRoundResult(this.#domain, result);
  }

  /** One pass over every served task. Errors of one task are logged and do not stop the others. */
  async tick(): Promise<void> {
    const { client, addresses } = this.#p;
    const count = await client.readContract({ address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "taskCount" });
    for (let taskId = 1n; taskId <= count; taskId++) {
      try {
        await this.#task(taskId);
      } catch (e) {
        this.#p.logger.warn({ taskId: taskId.toString(), err: (e as Error).message }, "committee: task pass failed (retried next pass)");
      }
    }
  }

  async #task(taskId: bigint): Promise<void> {
    const { client, addresses, specs } = this.#p;
    const task = await client.readContract({ address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "getTask", args: [taskId] });
    const spec = specs.get(task.specHash.toLowerCase());
    if (spec === undefined) return;
    const round = await client.readContract({ address: addresses.roundSettlement, abi: roundSettlementAbi, functionName: "nextRound", args: [taskId] });
    if (round >= BigInt(task.activeRounds)) return;
    const status = await getRoundStatus(client, { addresses, taskId, round });
    const log = this.#p.logger.child({ taskId: taskId.toString(), round: round.toString() });
    switch (status.status) {
      // A challenged result voids the proposal: the round waits for a (corrected) result again.
      case RoundStatus.AwaitingResult:
      case RoundStatus.Challenged:
        if (status.timestamp >= settleTime(status.roundEnd, spec)) await this.#settle(taskId, round, spec, log, status.challengedDigests);
        return;
      case RoundStatus.Finalizable:
        if (await this.#myTurn("finalize", taskId, round)) {
          await sendRequest(this.#p.queue, finalizeRequest({ addresses, taskId, round }), `finalize:${taskId}:${round}`, log, "committee: finalize");
          this.#p.bundles.setState(taskId, round, "final");
        }
        return;
      case RoundStatus.Skippable:
        if (await this.#myTurn("skip", taskId, round)) {
          await sendRequest(this.#p.queue, skipRoundRequest({ addresses, taskId, round }), `skip:${taskId}:${round}`, log, "committee: skip");
          this.#p.bundles.setState(taskId, round, "skipped");
        }
        return;
      default:
        return;
    }
  }

  /** Compute (once), compare, sign, exchange, propose. */
  async #settle(taskId: bigint, round: bigint, spec: TaskSpecFile, log: Logger, challenged: readonly Hex[] = []): Promise<void> {
    const { bundles } = this.#p;
    const committee = await this.committee();
    let row = bundles.round(taskId, round);
    if (row === undefined) {
      const out = await computeMemberRound({
        client: this.#p.client,
        store: this.#p.store,
        bundles,
        contracts: _indexed(this.#p.addresses),
        indexedBlock: this.#p.indexedBlock(),
        spec,
        taskId,
        round,
        fetch: (t, r, h) => this.#fetchFromPeers(t, r, h),
        // the round's messages from the peers first: a message sent to some members only reaches every bundle
        reconcile: { peers: this.#p.peers, ...(this.#p.reconcileTimeoutMs ? { timeoutMs: this.#p.reconcileTimeoutMs } : {}), logger: log, reached: this.#health.reached },
        bundleURI: bundleUrl(this.#p.bundleBaseUrl, taskId, round),
        ...(this.#p.recoverer ? { recoverer: this.#p.recoverer } : {}),
      });
      if (computeSpecHash(spec) !== out.bundle.specHash) throw new Error("spec hash changed under the member");
      const digest = this.digestOf(out.result);
      bundles.putBundle(taskId, round, out.bundleHash, digest, out.canonical);
      row = { taskId, round, bundleHash: out.bundleHash, digest, result: out.result, slashes: out.slashes, state: "computed", firstDifference: null };
      bundles.putRound(row);
      log.info({ bundleHash: out.bundleHash, digest, totalReward: out.result.totalReward.toString(), slashes: out.slashes.length }, "committee: bundle computed");
    }
    if (row.state === "mismatch" || row.state === "challenged") return;
    // The guardian challenged this very result: the chain refuses its digest for good, so proposing (or pushing
    // signatures of) it again can only fail. Say so once; the round is skipped at its deadline unless a corrected
    // result (another digest, from other members) is proposed.
    if (challenged.some((d) => d.toLowerCase() === row!.digest.toLowerCase())) {
      bundles.setState(taskId, round, "challenged");
      log.error({ digest: row.digest, bundleHash: row.bundleHash }, "committee: the guardian challenged this member's result; it cannot be proposed again (check the guardian's reason and this member's inbox)");
      return;
    }

    if (row.state === "computed") {
      const differing = await this.#comparePeers(taskId, round, row.bundleHash, log);
      if (differing >= committee.threshold) {
        bundles.setState(taskId, round, "mismatch");
        log.error({ bundleHash: row.bundleHash, differing }, "committee: refusing to sign: this member's bundle differs from a quorum of peers (see the first differing field above)");
        return;
      }
      const signature = await signRoundResult(this.#p.account, this.#domain, row.result);
      bundles.addSignature(taskId, round, row.digest, this.address, signature);
      bundles.setState(taskId, round, "signed");
      row = { ...row, state: "signed" };
      log.info({ digest: row.digest }, "committee: signed the round result");
      faultPoint("after-sign");
    }

    const own = bundles.signatures(row.digest).find((s) => s.signer.toLowerCase() === this.address.toLowerCase());
    if (own !== undefined) await this.#pushToPeers(row.taskId, row.round, row.digest, row.bundleHash, own.signature, log);

    const members = new Set(committee.members.map((m) => m.toLowerCase()));
    const held = () => bundles.signatures(row.digest).filter((s) => members.has(s.signer.toLowerCase()));
    // Short of k: pull what the peers hold (a peer that does not push to us, or whose push was lost).
    if (held().length < committee.threshold) await this.#pull(taskId, round, row.digest, committee, log);
    const signatures = held();
    if (signatures.length < committee.threshold) return;
    if (!(await this.#myTurn("propose", taskId, round))) return;
    // One propose per round: the chain must still await a result (checked just now by the caller) and the
    // journal must hold no propose of this digest (TxQueue.send returns the journaled one instead of sending).
    const request = proposeRequest({ addresses: this.#p.addresses, result: row.result as never, slashes: row.slashes as never, signatures: signatures.map((s) => s.signature) });
    // (fault point "after-propose-send" is the queue's afterBroadcast hook, wired in main.ts)
    const outcome = await sendRequest(this.#p.queue, request, `propose:${taskId}:${round}:${row.digest}`, log, "committee: propose");
    if (outcome === undefined) return;
    faultPoint("after-propose-receipt");
    bundles.setState(taskId, round, "proposed");
  }

  /** Fetches every peer's bundle of the round; logs the first differing field of each that differs. @returns how many differ. */
  async #comparePeers(taskId: bigint, round: bigint, bundleHash: Hex, log: Logger): Promise<number> {
    const own = this.#p.bundles.bundle(taskId, round, bundleHash)!;
    // Counted by member (two URLs of one member are one vote), where the peer's key is known.
    const differing = new Set<string>();
    for (const peer of this.#p.peers) {
      const theirs = await fetchPeerBundle(peer, taskId, round, undefined, this.#health.reached);
      if (theirs === undefined) continue;
      const diff = firstDifference(own, theirs);
      if (diff === null) continue;
      differing.add(this.#book.identity(peer));
      const key = `${taskId}:${round}:${peer}`;
      if (!this.#logged.has(key)) {
        this.#logged.add(key);
        const field = `${diff.path}: ${diff.detail.replace("bundle has", "this member has").replace("recomputed", "the peer has")}`;
        this.#p.bundles.setState(taskId, round, "computed", `${peer} ${field}`);
        log.warn({ peer, field: diff.path, detail: diff.detail }, `committee: bundle differs from ${peer} at ${diff.path}`);
      }
    }
    return differing.size;
  }

  /** Pulls missing committee signatures over `digest` from the peers (see `pullSignatures`) and logs what it refused. */
  async #pull(taskId: bigint, round: bigint, digest: Hex, committee: Committee, log: Logger): Promise<void> {
    const r = await pullSignatures({ book: this.#book, bundles: this.#p.bundles, committee, taskId, round, digest, enough: committee.threshold, reached: this.#health.reached });
    if (r.added.length > 0) log.info({ signers: r.added }, "committee: pulled signatures from peers");
    for (const x of r.refused) log.warn({ peer: x.peer, signer: x.signer, code: x.code }, `committee: refused a pulled signature: ${x.message}`);
    for (const x of r.learned) log.info({ peer: x.peer, member: x.member }, "committee: peer runs as this member (learned from its signature)");
    for (const x of r.conflicts) log.warn({ peer: x.peer, claimed: x.claimed, configured: x.configured }, "committee: peer claims another member than the config names (config kept)");
  }

  async #pushToPeers(taskId: bigint, round: bigint, digest: Hex, bundleHash: Hex, signature: Hex, log: Logger): Promise<void> {
    const done = this.#pushed.get(digest) ?? new Set<string>();
    this.#pushed.set(digest, done);
    const body = { taskId: taskId.toString(), round: round.toString(), digest, bundleHash, signer: this.address, signature };
    await Promise.all(
      this.#p.peers
        .filter((peer) => !done.has(peer))
        .map(async (peer) => {
          const outcome = await pushSignature(peer, body);
          this.#health.reached(peer, outcome.ok || (outcome.status > 0 && outcome.status < 500) ? undefined : outcome.status === 0 ? outcome.message : `HTTP ${outcome.status} ${outcome.code}`, "push of signatures");
          if (outcome.ok) done.add(peer);
          else if (outcome.code === "digest_mismatch") {
            done.add(peer);
            log.warn({ peer, message: outcome.message }, "committee: a peer refused our signature (its bundle differs)");
          }
        }),
    );
  }

  /** A bundle by hash from the first peer serving exactly it (a peer serving another is refused and logged). */
  async #fetchFromPeers(taskId: bigint, round: bigint, bundleHash: Hex): Promise<string | undefined> {
    const got = await fetchBundleByHash(this.#p.peers, taskId, round, bundleHash, this.#health.reached);
    const log = this.#p.logger.child({ taskId: taskId.toString(), round: round.toString(), bundleHash });
    for (const r of got.refused) log.warn({ peer: r.peer, served: r.hash }, `committee: refused the bundle served by ${r.peer}: it hashes to ${r.hash}`);
    if (got.text !== undefined) log.info({ peer: got.peer }, `committee: fetched bundle ${bundleHash} from ${got.peer}`);
    return got.text;
  }


  /** Whether this member should act now: the leader at once, position p after p × timeout of it being due. */
  async #myTurn(kind: string, taskId: bigint, round: bigint): Promise<boolean> {
    const position = rotationPosition(await this.committee(), taskId, round, this.address);
    if (position < 0) return false;
    const key = `${kind}:${taskId}:${round}`;
    const since = this.#dueSince.get(key) ?? Date.now();
    this.#dueSince.set(key, since);
    return Date.now() - since >= position * this.#p.proposeTimeoutMs;
  }
}

function _indexed(a: AerieAddresses): IndexedContracts {
  return { vault: a.stakingVault, registry: a.taskRegistry, settlement: a.roundSettlement, distributor: a.rewardDistributor };
}
