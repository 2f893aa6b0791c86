// Every operator's current figures from the indexed StakingVault / TaskRegistry events (no RPC): the vault's
// storage replayed in chain order, as `stakeOf`, `sharesOf`, `convertToAssets`, `commissionOf`,
// `pendingCommission` and `pendingSlashes` answer at the indexed block.
import { getAddress, type Address } from "viem";
import type { Store } from "../store/db";

/** SharesMath's virtual offset (contracts/libraries/SharesMath.sol): shares added in every conversion. */
export const VIRTUAL_SHARES = 10n ** 6n;
/** SharesMath's virtual offset: wei added in every conversion. */
export const VIRTUAL_ASSETS = 1n;

/** One operator's figures at the indexed block (wei, shares, bps, unix seconds). */
export type OperatorSummary = {
  operator: Address;
  metadataURI: string;
  /** `stakeOf`: the active pool's assets, wei. */
  stake: bigint;
  /** `convertToAssets(operator, sharesOf(operator, operator))`, wei. */
  selfStake: bigint;
  /** stake − selfStake (never negative), wei. */
  delegated: bigint;
  /** `totalShares`. */
  totalShares: bigint;
  /** Accounts other than the operator holding shares > 0. */
  delegators: number;
  /** `commissionOf` at the indexed block's time, bps. */
  commissionBps: bigint;
  /** `pendingCommission` at that time: a staged increase not yet in effect, else null. */
  pendingCommission: { bps: bigint; effectiveAt: bigint } | null;
  /** `pendingSlashes`: proposed slashes locking withdrawals. */
  pendingSlashes: bigint;
  /** Tasks joined now (and not left), by task id, with the role. */
  tasks: { taskId: bigint; role: "trainer" | "validator" }[];
  /** Every `Slashed`: block, bps, wei cut (active + unbonding), ref. */
  slashes: { block: bigint; bps: bigint; cut: bigint; ref: string }[];
};

/** What {@link operatorSummaries} returns: the figures and the block (and its time) they hold at. */
export type OperatorSummaries = { indexedBlock: bigint; indexedTimestamp: bigint | null; operators: OperatorSummary[] };

type Pool = { uri: string | null; shares: bigint; assets: bigint; commissionBps: bigint; pending: { bps: bigint; effectiveAt: bigint } | null; pendingSlashes: bigint; holders: Map<string, bigint>; slashes: OperatorSummary["slashes"]; tasks: Map<bigint, "trainer" | "validator"> };

const VAULT_EVENTS = ["OperatorRegistered", "OperatorMetadataSet", "SharesChanged", "Slashed", "CommissionSet", "CommissionIncreaseQueued", "WithdrawalsLocked", "WithdrawalsUnlocked"];

/**
 * Replays the indexed vault and registry events up to `indexedBlock` into each registered operator's figures,
 * sorted by lower-case address. `commissionDelay` is the vault's `COMMISSION_DELAY` (seconds): a
 * `CommissionIncreaseQueued` was emitted at `effectiveAt − commissionDelay`, when `CommissionSchedule.set`
 * first applies an increase already in effect. A staged increase counts as applied once the indexed block's
 * timestamp reaches its `effectiveAt`.
 */
export function operatorSummaries(store: Store, p: { vault: Address; registry: Address; indexedBlock: bigint; commissionDelay: bigint }): OperatorSummaries {
  const pools = new Map<string, Pool>();
  const pool = (operator: string): Pool => {
    const k = operator.toLowerCase();
    let x = pools.get(k);
    if (!x) pools.set(k, (x = { uri: null, shares: 0n, assets: 0n, commissionBps: 0n, pending: null, pendingSlashes: 0n, holders: new Map(), slashes: [], tasks: new Map() }));
    return x;
  };
  const names = [...VAULT_EVENTS, "TaskJoined", "TaskLeft"];
  const rows = p.indexedBlock < 0n
    ? []
    : store
        .prepare(`SELECT block_number, address, name, args FROM events WHERE block_number <= ? AND name IN (${names.map(() => "?").join(",")}) AND lower(address) IN (?, ?) ORDER BY block_number, log_index`)
        .all(Number(p.indexedBlock), ...names, p.vault.toLowerCase(), p.registry.toLowerCase()) as { block_number: number; address: string; name: string; args: string }[];
  for (const r of rows) {
    const a = JSON.parse(r.args) as Record<string, string>;
    const fromVault = r.address.toLowerCase() === p.vault.toLowerCase();
    if (fromVault !== VAULT_EVENTS.includes(r.name)) continue;
    const x = pool(a.operator!);
    switch (r.name) {
      case "OperatorRegistered":
      case "OperatorMetadataSet":
        x.uri = a.metadataURI ?? "";
        break;
      case "SharesChanged":
        x.shares = BigInt(a.poolShares!);
        x.assets = BigInt(a.poolAssets!);
        x.holders.set(a.account!.toLowerCase(), BigInt(a.accountShares!));
        break;
      case "Slashed":
        x.assets -= BigInt(a.activeCut!);
        x.slashes.push({ block: BigInt(r.block_number), bps: BigInt(a.bps!), cut: BigInt(a.activeCut!) + BigInt(a.unbondingCut!), ref: a.ref! });
        break;
      case "CommissionSet":
        x.commissionBps = BigInt(a.commissionBps!);
        x.pending = null;
        break;
      case "CommissionIncreaseQueued": {
        const effectiveAt = BigInt(a.effectiveAt!);
        if (x.pending && effectiveAt - p.commissionDelay >= x.pending.effectiveAt) x.commissionBps = x.pending.bps;
        x.pending = { bps: BigInt(a.commissionBps!), effectiveAt };
        break;
      }
      case "WithdrawalsLocked":
      case "WithdrawalsUnlocked":
        x.pendingSlashes = BigInt(a.pendingSlashes!);
        break;
      case "TaskJoined":
        x.tasks.set(BigInt(a.taskId!), Number(a.role) === 1 ? "trainer" : "validator");
        break;
      case "TaskLeft":
        x.tasks.delete(BigInt(a.taskId!));
        break;
    }
  }
  const ts = p.indexedBlock < 0n ? undefined : (store.prepare("SELECT timestamp FROM blocks WHERE number = ?").get(Number(p.indexedBlock)) as { timestamp: number | null } | undefined);
  const now = ts?.timestamp != null ? BigInt(ts.timestamp) : null;
  const operators: OperatorSummary[] = [];
  for (const [k, x] of [...pools.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (x.uri === null) continue; // events about an address that never registered (cannot happen on a sound vault)
    const selfShares = x.holders.get(k) ?? 0n;
    const selfStake = (selfShares * (x.assets + VIRTUAL_ASSETS)) / (x.shares + VIRTUAL_SHARES);
    const applied = x.pending !== null && now !== null && now >= x.pending.effectiveAt;
    let delegators = 0;
    for (const [acc, s] of x.holders) if (acc !== k && s > 0n) delegators++;
    operators.push({
      operator: getAddress(k),
      metadataURI: x.uri,
      stake: x.assets,
      selfStake,
      delegated: x.assets > selfStake ? x.assets - selfStake : 0n,
      totalShares: x.shares,
      delegators,
      commissionBps: applied ? x.pending!.bps : x.commissionBps,
      pendingCommission: applied ? null : x.pending,
      pendingSlashes: x.pendingSlashes,
      tasks: [...x.tasks.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([taskId, role]) => ({ taskId, role })),
      slashes: x.slashes,
    });
  }
  return { indexedBlock: p.indexedBlock, indexedTimestamp: now, operators };
}
