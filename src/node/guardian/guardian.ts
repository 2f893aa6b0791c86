// The guardian: checks every ResultProposed against its own index and inbox, challenges a wrong one in the window.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Hex, PrivateKeyAccount, PublicClient } from "viem";
import type { Logger } from "pino";

import { checkPreviousHistory, firstChainInputDifference, firstDifference, verifyBundle, type RoundOutput, type SignatureRecoverer } from "../../aggregator";
import { canonicalHash } from "../../lib/canonical";
import type { TaskSpecFile } from "../../lib/taskSpec";
import { rewardDistributorAbi, taskRegistryAbi } from "../../sdk/abis";
import type { AerieAddresses } from "../../sdk/addressBook";
import { challengeRequest } from "../../sdk/actions/challenge";
import { getRoundStatus } from "../../sdk/actions/getRoundStatus";
import { RoundStatus } from "../../sdk/enums";
import { computeMemberRound, finalizedRounds } from "../committee/compute";
import { fetchPeerBundle, type PeerHealth } from "../committee/peers";
import { sendRequest } from "../committee/send";
import type { CommitteeStore } from "../committee/store";
import type { Store } from "../store/db";
import type { TxQueue } from "../tx/queue";

/** The RoundResult fields a proposal and a recomputation are compared on, in this order. */
const RESULT_FIELDS = ["taskId", "round", "rewardsRoot", "totalReward", "slashesHash", "bundleHash", "bundleURI"] as const;

/** A proposal as the `ResultProposed` event carries it. */
export type ProposedResult = { taskId: bigint; round: bigint; digest: Hex; result: Record<string, unknown> };

/** Options of {@link Guardian}. */
export type GuardianParameters = {
  client: PublicClient;
  store: Store;
  bundles: CommitteeStore;
  account: PrivateKeyAccount;
  queue: TxQueue;
  addresses: AerieAddresses;
  /** Task specs by lower-case specHash. */
  specs: Map<string, TaskSpecFile>;
  /** Committee members' base URLs (where proposed bundles are fetched). */
  peers: string[];
  indexedBlock: () => bigint;
  logger: Logger;
  /** Every call to a peer reports here (one per node: failure streaks logged once, and their end). Default: its own. */
  peerHealth?: PeerHealth;
  /** Signature recovery of the rounds it recomputes and the bundles it verifies (the intake's `RecoverPool`). */
  recoverer?: SignatureRecoverer;
};

/** What the guardian concluded about one proposal. */
export type GuardianVerdict = { ok: true; note?: string } | { ok: false; reason: string };

/**
 * Watches `ResultProposed` (from the index) and checks each live proposal:
 *
 * 1. it recomputes the round from its own inbox and index (`verify --chain`: stakes, shares and roles at the
 *    round's start from the chain, `previous` = the last finalized bundle) and compares the RoundResult;
 * 2. on a difference it fetches the proposed bundle (its `bundleURI`, else the committee's nodes) and names the
 *    first mismatch: a bundle that does not recompute (`verifyBundle`), a `previousBundleHash` or previous
 *    cumulative amounts that do not rebuild the last finalized root on chain (`checkPreviousHistory`), or the
 *    first field where it differs from the guardian's own bundle; without a bundle, the first differing
 *    RoundResult field;
 * 3. it challenges with that reason at once (the next pass after the event is indexed: well inside the window).
 *
 * Every verdict is stored (`guardian_checks`), so a restart neither re-challenges nor skips a proposal.
 */
export class Guardian {
  readonly #p: GuardianParameters;

  constructor(parameters: GuardianParameters) {
    this.#p = parameters;
  }

  /** Checks every indexed proposal that has no verdict yet. */
  async tick(): Promise<void> {
    const rows = this.#p.store.prepare("SELECT args FROM events WHERE name = 'ResultProposed' ORDER BY block_number, log_index").all() as { args: string }[];
    for (const row of rows) {
      const a = JSON.parse(row.args) as { taskId: string; round: string; digest: Hex; result: Record<string, unknown> };
      const proposal: ProposedResult = { taskId: BigInt(a.taskId), round: BigInt(a.round), digest: a.digest.toLowerCase() as Hex, result: a.result };
      if (this.#checked(proposal)) continue;
      const log = this.#p.logger.child({ taskId: a.taskId, round: a.round, digest: proposal.digest });
      try {
        await this.#handle(proposal, log);
      } catch (e) {
        log.warn({ err: (e as Error).message }, "guardian: check failed (retried next pass)");
      }
    }
  }

  async #handle(proposal: ProposedResult, log: Logger): Promise<void> {
    const { client, addresses } = this.#p;
    const status = await getRoundStatus(client, { addresses, taskId: proposal.taskId, round: proposal.round });
    const live = status.status === RoundStatus.Proposed && status.proposal?.bundleHash.toLowerCase() === String(proposal.result.bundleHash).toLowerCase();
    if (!live) {
      this.#record(proposal, "late", `not live when checked (${status.status})`);
      return;
    }
    const verdict = await this.check(proposal);
    if (verdict.ok) {
      this.#record(proposal, "ok", verdict.note ?? null);
      if (verdict.note !== undefined) log.warn({ note: verdict.note }, "guardian: proposal checked: ok (its messages differ from this guardian's inbox)");
      else log.info("guardian: proposal checked: ok");
      return;
    }
    const reason = verdict.reason.length > 300 ? `${verdict.reason.slice(0, 297)}...` : verdict.reason;
    log.warn({ reason }, "guardian: challenging");
    this.#record(proposal, "challenge", reason);
    const sent = await sendRequest(this.#p.queue, challengeRequest({ addresses, taskId: proposal.taskId, round: proposal.round, reason }), `challenge:${proposal.taskId}:${proposal.round}:${proposal.digest}`, log, "guardian: challenge");
    if (sent !== undefined) this.#record(proposal, "challenged", reason);
  }

  /**
   * The verdict on one proposal (see the class). Never sends anything.
   * @throws when the guardian cannot compute the round itself yet (index behind, spec unknown): retried later.
   */
  async check(proposal: ProposedResult): Promise<GuardianVerdict> {
    const { client, addresses } = this.#p;
    const task = await client.readContract({ address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "getTask", args: [proposal.taskId] });
    const spec = this.#p.specs.get(task.specHash.toLowerCase());
    if (spec === undefined) throw new Error(`no spec with hash ${task.specHash} configured: add it to "specs"`);
    const bundleURI = typeof proposal.result.bundleURI === "string" ? proposal.result.bundleURI : undefined;
    const own: RoundOutput = await computeMemberRound({
      client,
      store: this.#p.store,
      bundles: this.#p.bundles,
      contracts: { vault: addresses.stakingVault, registry: addresses.taskRegistry, settlement: addresses.roundSettlement, distributor: addresses.rewardDistributor },
      indexedBlock: this.#p.indexedBlock(),
      spec,
      taskId: proposal.taskId,
      round: proposal.round,
      fetch: (t, r, h) => this.#fetch(t, r, h, undefined),
      ...(bundleURI !== undefined ? { bundleURI } : {}),
      ...(this.#p.recoverer ? { recoverer: this.#p.recoverer } : {}),
    });
    this.#p.bundles.putBundle(proposal.taskId, proposal.round, own.bundleHash, "0x", own.canonical);
    const mismatch = _firstResultMismatch(proposal.result, own.result as unknown as Record<string, unknown>);
    if (mismatch === null) return { ok: true };

    const proposedHash = String(proposal.result.bundleHash).toLowerCase() as Hex;
    const text = await this.#fetch(proposal.taskId, proposal.round, proposedHash, bundleURI);
    if (text === undefined) return { ok: false, reason: `${mismatch}; bundle ${proposedHash} is not published by any committee member` };
    const verified = await verifyBundle(text, this.#p.recoverer ? { recoverer: this.#p.recoverer } : {});
    if (!verified.ok) return { ok: false, reason: `proposed bundle does not recompute: ${verified.reason}` };
    const history = checkPreviousHistory(text, await this.finalizedHistory(proposal.taskId, proposal.round));
    if (!history.ok) return { ok: false, reason: `proposed bundle's history is forged: ${history.reason}` };
    // both bundles parsed once for the two comparisons (a bundle can be hundreds of MB)
    const [given, mine] = [JSON.parse(text) as unknown, JSON.parse(own.canonical) as unknown];
    const diff = firstChainInputDifference(given, mine);
    if (diff !== null) return { ok: false, reason: `proposed bundle differs from the chain at ${diff.path}: ${diff.detail.replace("recomputed", "guardian has")}` };
    // The bundle recomputes, its history is the chain's, and its chain inputs are the guardian's: it differs in the
    // signed messages only (a message this guardian never received, or one the committee never got). Each is signed by
    // a participant and was checked by the recomputation, so that is not a forgery: no challenge.
    const messages = firstDifference(given, mine);
    return { ok: true, ...(messages !== null ? { note: `the committee's messages differ from this guardian's inbox at ${messages.path}: ${messages.detail.replace("recomputed", "guardian has")}` } : {}) };
  }

  /** The chain's last finalized root and bundle hash before `round` (the previous-history check's reference). */
  async finalizedHistory(taskId: bigint, round: bigint): Promise<{ root: Hex; bundleHash: Hex | null }> {
    const rewards = await this.#p.client.readContract({ address: this.#p.addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "taskRewards", args: [taskId] });
    const last = finalizedRounds(this.#p.store, taskId, round).at(-1);
    return { root: rewards.root, bundleHash: last?.bundleHash ?? null };
  }

  /** A bundle by hash: from `bundleURI` (http(s) or file), else from the committee's nodes; checked against the hash. */
  async #fetch(taskId: bigint, round: bigint, bundleHash: Hex, bundleURI: string | undefined): Promise<string | undefined> {
    const candidates: (() => Promise<string | undefined>)[] = [];
    if (bundleURI?.startsWith("file://")) candidates.push(async () => readFileSync(fileURLToPath(bundleURI), "utf8"));
    else if (bundleURI !== undefined && /^https?:\/\//.test(bundleURI)) {
      candidates.push(async () => {
        const res = await fetch(`${bundleURI}${bundleURI.includes("?") ? "&" : "?"}hash=${bundleHash}`, { signal: AbortSignal.timeout(3_000) });
        return res.status === 200 ? res.text() : undefined;
      });
    }
    for (const peer of this.#p.peers) candidates.push(() => fetchPeerBundle(peer, taskId, round, bundleHash, this.#p.peerHealth?.reached));
    for (const c of candidates) {
      const text = await c().catch(() => undefined);
      if (text === undefined) continue;
      try {
        if (canonicalHash(JSON.parse(text)) === bundleHash) return text;
      } catch {
        continue;
      }
    }
    return undefined;
  }

  #checked(p: ProposedResult): boolean {
    const row = this.#p.store
      .prepare("SELECT verdict FROM guardian_checks WHERE task_id = ? AND round = ? AND digest = ?")
      .get(p.taskId.toString(), p.round.toString(), p.digest) as { verdict: string } | undefined;
    return row !== undefined && row.verdict !== "challenge";
  }

  #record(p: ProposedResult, verdict: "ok" | "challenge" | "challenged" | "late", reason: string | null): void {
    this.#p.store
      .prepare(
        `INSERT INTO guardian_checks (task_id, round, digest, verdict, reason, checked_ms) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (task_id, round, digest) DO UPDATE SET verdict = excluded.verdict, reason = excluded.reason, checked_ms = excluded.checked_ms`,
      )
      .run(p.taskId.toString(), p.round.toString(), p.digest, verdict, reason, Date.now());
  }
}

/** `field: proposed X, guardian computed Y` for the first RoundResult field that differs, or null. */
function _firstResultMismatch(proposed: Record<string, unknown>, own: Record<string, unknown>): string | null {
  for (const f of RESULT_FIELDS) {
    if (!(f in proposed) && !(f in own)) continue;
    const a = String(proposed[f] ?? "").toLowerCase();
    const b = String(own[f] ?? "").toLowerCase();
    if (a !== b) return `${f}: proposed ${a}, guardian computed ${b}`;
  }
  return null;
}
