// Reads over the indexed events (no RPC): shares and task members at a block.
import type { Address } from "viem";
import type { Store } from "../store/db";

/**
 * Every account's active shares in `operator`'s pool after block `atBlock` (null: the newest indexed),
 * from the last `SharesChanged` of each holder. Zero balances are included; sorted by lower-case address.
 */
export function latestShares(store: Store, operator: Address, atBlock: bigint | null): { account: Address; shares: bigint }[] {
  const rows = store
    .prepare(
      `SELECT account, account_shares FROM (
         SELECT account, account_shares,
                ROW_NUMBER() OVER (PARTITION BY account ORDER BY block_number DESC, log_index DESC) AS rn
         FROM shares_changes WHERE operator = ? AND block_number <= ?
       ) WHERE rn = 1`,
    )
    .all(operator, atBlock === null ? Number.MAX_SAFE_INTEGER : Number(atBlock)) as { account: Address; account_shares: string }[];
  return rows
    .map((r) => ({ account: r.account, shares: BigInt(r.account_shares) }))
    .sort((a, b) => (a.account.toLowerCase() < b.account.toLowerCase() ? -1 : a.account.toLowerCase() > b.account.toLowerCase() ? 1 : 0));
}

/** Operators that joined task `taskId` in a block ≤ `atBlock` (whether or not they left since), sorted by lower-case address. */
export function taskJoiners(store: Store, taskId: bigint, atBlock: bigint): Address[] {
  const rows = store
    .prepare("SELECT DISTINCT operator FROM task_members WHERE task_id = ? AND joined = 1 AND block_number <= ?")
    .all(taskId.toString(), Number(atBlock)) as { operator: Address }[];
  return rows.map((r) => r.operator).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
}
