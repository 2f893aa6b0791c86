// One account's positions and pending unstake requests from the indexed StakingVault events (no RPC): each pool
// the account touched is replayed in chain order, as `sharesOf`, `convertToAssets`, `getRequest` and
// `requestValue` answer at the indexed block.
import { getAddress, type Address, type Hex } from "viem";
import type { Store } from "../store/db";
import { VIRTUAL_ASSETS, VIRTUAL_SHARES } from "./operators";

/** `SharesMath.toAssetsDown`: `floor(shares × (A + 1) / (S + 1e6))`, wei. */
const toAssetsDown = (shares: bigint, pool: { shares: bigint; assets: bigint }) => (shares * (pool.assets + VIRTUAL_ASSETS)) / (pool.shares + VIRTUAL_SHARES);

/** One position: the account's active shares in `operator`'s pool and their value, with the pool's totals. */
export type AccountPosition = {
  operator: Address;
  /** `sharesOf(operator, account)`. */
  shares: bigint;
  /** `convertToAssets(operator, shares)`, wei. */
  value: bigint;
  /** `totalShares(operator)`: the active pool's shares (to price a partial unstake). */
  poolShares: bigint;
  /** `stakeOf(operator)`: the active pool's assets, wei. */
  poolAssets: bigint;
  /** `pendingSlashes(operator)`: while > 0, the pool's unstake requests cannot be withdrawn. */
  pendingSlashes: bigint;
};

/** One pending (not withdrawn) unstake request of the account. */
export type AccountRequest = {
  requestId: bigint;
  operator: Address;
  /** `getRequest(id).shares`: the request's shares of the operator's unbonding pool. */
  shares: bigint;
  /** `requestValue(id)`: what withdrawing it pays now, wei (slashes of the unbonding pool included). */
  value: bigint;
  /** `getRequest(id).unlockTime`, unix seconds. */
  unlockTime: bigint;
  /** The indexed block's timestamp ≥ `unlockTime`. */
  matured: boolean;
};

/** What {@link accountPositions} returns, at the indexed block (number, hash, timestamp). */
export type AccountPositions = {
  account: Address;
  indexedBlock: bigint;
  indexedHash: Hex | null;
  indexedTimestamp: bigint | null;
  positions: AccountPosition[];
  requests: AccountRequest[];
};

type Pool = { shares: bigint; assets: bigint; unbondingShares: bigint; unbondingAssets: bigint; pendingSlashes: bigint };

const POOL_EVENTS = ["SharesChanged", "Slashed", "UnstakeRequested", "Withdrawn", "WithdrawalsLocked", "WithdrawalsUnlocked"];

/**
 * Replays the indexed vault events of every pool `account` holds shares in or unstaked from, up to
 * `indexedBlock`: `SharesChanged` sets the active pool, `Slashed` cuts `activeCut` and `unbondingCut`,
 * `UnstakeRequested` deposits `assets` for `unbondingShares` into the unbonding pool and `Withdrawn` redeems them
 * (the request's shares at `assets`). Positions (shares > 0) and requests are sorted by lower-case operator and
 * by request id.
 */
export function accountPositions(store: Store, p: { vault: Address; account: Address; indexedBlock: bigint; indexedHash: Hex | null }): AccountPositions {
  const account = getAddress(p.account);
  const at = Number(p.indexedBlock);
  const vault = p.vault.toLowerCase();
  const empty = { account, indexedBlock: p.indexedBlock, indexedHash: p.indexedHash, indexedTimestamp: null, positions: [], requests: [] };
  if (p.indexedBlock < 0n) return empty;
  const requested = store
    .prepare("SELECT args FROM events WHERE name = 'UnstakeRequested' AND lower(address) = ? AND block_number <= ? AND json_extract(args, '$.account') = ?")
    .all(vault, at, account) as { args: string }[];
  const held = store.prepare("SELECT DISTINCT operator FROM shares_changes WHERE account = ? AND block_number <= ?").all(account, at) as { operator: string }[];
  const operators = [...new Set([...held.map((h) => getAddress(h.operator)), ...requested.map((r) => getAddress((JSON.parse(r.args) as { operator: string }).operator))])];
  const ts = store.prepare("SELECT timestamp FROM blocks WHERE number = ?").get(at) as { timestamp: number | null } | undefined;
  const now = ts?.timestamp != null ? BigInt(ts.timestamp) : null;
  if (operators.length === 0) return { ...empty, indexedTimestamp: now };

  const pools = new Map<string, Pool>(operators.map((o) => [o, { shares: 0n, assets: 0n, unbondingShares: 0n, unbondingAssets: 0n, pendingSlashes: 0n }]));
  const mine = new Map<string, bigint>();
  const requests = new Map<bigint, { operator: Address; shares: bigint; unlockTime: bigint }>();
  const rows = store
    .prepare(
      `SELECT name, args FROM events WHERE lower(address) = ? AND block_number <= ? AND name IN (${POOL_EVENTS.map(() => "?").join(",")})
         AND json_extract(args, '$.operator') IN (${operators.map(() => "?").join(",")}) ORDER BY block_number, log_index`,
    )
    .all(vault, at, ...POOL_EVENTS, ...operators) as { name: string; args: string }[];
  for (const r of rows) {
    const a = JSON.parse(r.args) as Record<string, string>;
    const x = pools.get(a.operator!)!;
    switch (r.name) {
      case "SharesChanged":
        x.shares = BigInt(a.poolShares!);
        x.assets = BigInt(a.poolAssets!);
        if (a.account === account) mine.set(a.operator!, BigInt(a.accountShares!));
        break;
      case "Slashed":
        x.assets -= BigInt(a.activeCut!);
        x.unbondingAssets -= BigInt(a.unbondingCut!);
        break;
      case "UnstakeRequested":
        x.unbondingShares += BigInt(a.unbondingShares!);
        x.unbondingAssets += BigInt(a.assets!);
        if (a.account === account) requests.set(BigInt(a.requestId!), { operator: getAddress(a.operator!), shares: BigInt(a.unbondingShares!), unlockTime: BigInt(a.unlockTime!) });
        break;
      case "Withdrawn": {
        // the request's unbonding shares are in its UnstakeRequested (any account's: the pool's totals need them)
        const req = store.prepare("SELECT args FROM events WHERE name = 'UnstakeRequested' AND lower(address) = ? AND json_extract(args, '$.requestId') = ?").get(vault, a.requestId!) as { args: string };
        x.unbondingShares -= BigInt((JSON.parse(req.args) as { unbondingShares: string }).unbondingShares);
        x.unbondingAssets -= BigInt(a.assets!);
        requests.delete(BigInt(a.requestId!));
        break;
      }
      case "WithdrawalsLocked":
      case "WithdrawalsUnlocked":
        x.pendingSlashes = BigInt(a.pendingSlashes!);
        break;
    }
  }
  const byAddress = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
  const positions = [...mine.entries()]
    .filter(([, shares]) => shares > 0n)
    .sort(([a], [b]) => byAddress(a, b))
    .map(([operator, shares]): AccountPosition => {
      const x = pools.get(operator)!;
      return { operator: getAddress(operator), shares, value: toAssetsDown(shares, x), poolShares: x.shares, poolAssets: x.assets, pendingSlashes: x.pendingSlashes };
    });
  const pending = [...requests.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([requestId, q]): AccountRequest => {
      const x = pools.get(q.operator)!;
      return { requestId, operator: q.operator, shares: q.shares, value: toAssetsDown(q.shares, { shares: x.unbondingShares, assets: x.unbondingAssets }), unlockTime: q.unlockTime, matured: now !== null && now >= q.unlockTime };
    });
  return { account, indexedBlock: p.indexedBlock, indexedHash: p.indexedHash, indexedTimestamp: now, positions, requests: pending };
}
