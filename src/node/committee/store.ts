// The committee's tables: bundles (canonical JSON), collected signatures and each round's state.
import { getAddress, type Address, type Hex } from "viem";

import { canonicalJson, toJsonValue } from "../../lib/canonical";
import type { RoundResult, Slash } from "../../lib/eip712";
import type { Store } from "../store/db";

/** A member's state of a round: see migration 4. */
export type CommitteeRoundState = "computed" | "signed" | "proposed" | "challenged" | "final" | "skipped" | "mismatch";

/** One row of `committee_rounds`: the bundle this member computed and where it got to. */
export type CommitteeRound = {
  taskId: bigint;
  round: bigint;
  bundleHash: Hex;
  /** EIP-712 digest of `result` under the settlement's domain. */
  digest: Hex;
  result: RoundResult;
  slashes: Slash[];
  state: CommitteeRoundState;
  /** When a peer's bundle differed: `path: detail` of the first differing field. */
  firstDifference: string | null;
};

/** A committee signature over a RoundResult digest. */
export type StoredSignature = { signer: Address; signature: Hex };

/** Synchronous DAO over `bundles`, `signatures` (migration 2) and `committee_rounds` (migration 4). */
export class CommitteeStore {
  constructor(readonly db: Store) {}

  /** Stores a bundle (idempotent: the same hash is the same bytes). */
  putBundle(taskId: bigint, round: bigint, bundleHash: Hex, digest: Hex, canonical: string): void {
    this.db
      .prepare("INSERT OR IGNORE INTO bundles (task_id, round, bundle_hash, digest, bundle, created_ms) VALUES (?, ?, ?, ?, ?, ?)")
      .run(taskId.toString(), round.toString(), bundleHash.toLowerCase(), digest.toLowerCase(), canonical, Date.now());
  }

  /** The canonical JSON of a stored bundle: the given hash, or (no hash) the one this member computed. */
  bundle(taskId: bigint, round: bigint, bundleHash?: Hex): string | undefined {
    const hash = bundleHash ?? this.round(taskId, round)?.bundleHash;
    if (hash === undefined) return undefined;
    const row = this.db.prepare("SELECT bundle FROM bundles WHERE task_id = ? AND round = ? AND bundle_hash = ?").get(taskId.toString(), round.toString(), hash.toLowerCase()) as
      | { bundle: string }
      | undefined;
    return row?.bundle;
  }

  /** Records a signature (idempotent per digest and signer). @returns true if it was new. */
  addSignature(taskId: bigint, round: bigint, digest: Hex, signer: Address, signature: Hex): boolean {
    const r = this.db
      .prepare("INSERT OR IGNORE INTO signatures (digest, signer, task_id, round, signature, received_ms) VALUES (?, ?, ?, ?, ?, ?)")
      .run(digest.toLowerCase(), getAddress(signer), taskId.toString(), round.toString(), signature.toLowerCase(), Date.now());
    return r.changes > 0;
  }

  /** Signatures held over `digest`, sorted by signer (lower-case address order). */
  signatures(digest: Hex): StoredSignature[] {
    const rows = this.db.prepare("SELECT signer, signature FROM signatures WHERE digest = ?").all(digest.toLowerCase()) as { signer: Address; signature: Hex }[];
    return rows.sort((a, b) => (a.signer.toLowerCase() < b.signer.toLowerCase() ? -1 : 1));
  }

  /** This member's round row, if it computed the round. */
  round(taskId: bigint, round: bigint): CommitteeRound | undefined {
    const row = this.db.prepare("SELECT * FROM committee_rounds WHERE task_id = ? AND round = ?").get(taskId.toString(), round.toString()) as Row | undefined;
    return row === undefined ? undefined : _round(row);
  }

  /** Creates or replaces this member's row of a round. */
  putRound(r: CommitteeRound): void {
    this.db
      .prepare(
        `INSERT INTO committee_rounds (task_id, round, bundle_hash, digest, result, slashes, state, first_difference, updated_ms)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (task_id, round) DO UPDATE SET bundle_hash = excluded.bundle_hash, digest = excluded.digest, result = excluded.result,
           slashes = excluded.slashes, state = excluded.state, first_difference = excluded.first_difference, updated_ms = excluded.updated_ms`,
      )
      .run(
        r.taskId.toString(),
        r.round.toString(),
        r.bundleHash.toLowerCase(),
        r.digest.toLowerCase(),
        canonicalJson(toJsonValue(r.result)),
        canonicalJson(toJsonValue(r.slashes)),
        r.state,
        r.firstDifference,
        Date.now(),
      );
  }

  /** Moves a round to `state` (and records the first difference, if given). */
  setState(taskId: bigint, round: bigint, state: CommitteeRoundState, firstDifference?: string): void {
    this.db
      .prepare("UPDATE committee_rounds SET state = ?, first_difference = COALESCE(?, first_difference), updated_ms = ? WHERE task_id = ? AND round = ?")
      .run(state, firstDifference ?? null, Date.now(), taskId.toString(), round.toString());
  }
}

type Row = { task_id: string; round: string; bundle_hash: Hex; digest: Hex; result: string; slashes: string; state: CommitteeRoundState; first_difference: string | null };

function _round(row: Row): CommitteeRound {
  const res = JSON.parse(row.result) as Record<string, string>;
  const result = {
    ...res,
    taskId: BigInt(res.taskId!),
    round: BigInt(res.round!),
    totalReward: BigInt(res.totalReward!),
  } as unknown as RoundResult;
  const slashes = (JSON.parse(row.slashes) as { operator: Address; bps: string }[]).map((s) => ({ operator: s.operator, bps: BigInt(s.bps) }));
  return {
    taskId: BigInt(row.task_id),
    round: BigInt(row.round),
    bundleHash: row.bundle_hash,
    digest: row.digest,
    result,
    slashes,
    state: row.state,
    firstDifference: row.first_difference,
  };
}
