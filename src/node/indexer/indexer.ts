// The chain indexer: Aerie's logs into SQLite, in bounded windows, up to a confirmation depth, reorg-safe.
import { getAddress, parseEventLogs, type Abi, type Address, type Hex, type Log, type PublicClient } from "viem";
import type { RoundContracts } from "../../aggregator";
import { canonicalJson } from "../../lib/canonical";
import { rewardDistributorAbi, roundSettlementAbi, stakingVaultAbi, taskRegistryAbi } from "../../sdk/abis";
import { TruncatedLogsError } from "../errors";
import { sleep } from "../rpc";
import type { Store } from "../store/db";
import { getLogsPaged } from "./logs";
import { latestShares } from "./queries";

/** The four Aerie contracts the indexer follows (the aggregator's {@link RoundContracts}). */
export type IndexedContracts = RoundContracts;

/** Options of {@link ChainIndexer}. */
export type ChainIndexerParameters = {
  client: PublicClient;
  store: Store;
  contracts: IndexedContracts;
  /** First block to index (the deployment block). */
  startBlock: bigint;
  /** Largest eth_getLogs range, blocks (default 2,000). */
  logWindow?: number;
  /** Blocks behind the head to stay (default 2). */
  confirmations?: number;
  /** Pause between passes once caught up, milliseconds (default 2,000). */
  pollIntervalMs?: number;
  /** Structured logger (pino-compatible subset). */
  logger?: IndexerLogger;
};

/** The logger calls the indexer makes. */
export type IndexerLogger = { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };

/** What one {@link ChainIndexer.step} did. */
export type IndexerStep =
  | { kind: "indexed"; fromBlock: bigint; toBlock: bigint; logs: number }
  | { kind: "reorg"; rolledBackTo: bigint; depth: number }
  | { kind: "idle"; head: bigint };

/** The indexer's health, for `/healthz` and `/metrics`. Block numbers; times in milliseconds since the epoch. */
export type IndexerStatus = {
  /** Latest chain head seen (null before the first successful call). */
  headBlock: bigint | null;
  /** Last block whose logs are all stored (startBlock − 1 before the first window). */
  indexedBlock: bigint;
  /** headBlock − indexedBlock (includes the confirmation depth); null before the first head. */
  lagBlocks: bigint | null;
  /** When the head was last read successfully. */
  lastHeadMs: number | null;
  /** The last error's message (null after a successful pass). */
  lastError: string | null;
  rpcErrors: number;
  truncationsDetected: number;
  reorgs: number;
};

const CURSOR = "chain";
const SOURCES: { key: keyof IndexedContracts; abi: Abi }[] = [
  { key: "vault", abi: stakingVaultAbi },
  { key: "registry", abi: taskRegistryAbi },
  { key: "settlement", abi: roundSettlementAbi },
  { key: "distributor", abi: rewardDistributorAbi },
];

/**
 * Follows the Aerie contracts' logs into the store.
 *
 * Each {@link step} either rolls back a reorg (detected by comparing the cursor block's stored hash with
 * the chain's) or indexes one window `[cursor + 1, min(cursor + logWindow, head − confirmations)]` in one
 * transaction, after two checks that reject a provider that silently dropped logs: a tail re-query of
 * the window's last log block, and for every operator whose `SharesChanged` appear, Σ account shares =
 * the event's `poolShares` = `totalShares(operator)` on chain at the window's last block.
 * A rejected window is not stored; the next step asks again.
 */
export class ChainIndexer {
  readonly #p: Required<Omit<ChainIndexerParameters, "logger">> & { logger: IndexerLogger | undefined };
  #window: number;
  #status: IndexerStatus;
  #stopped = false;

  constructor(parameters: ChainIndexerParameters) {
    this.#p = { logWindow: 2_000, confirmations: 2, pollIntervalMs: 2_000, ...parameters, logger: parameters.logger };
    this.#window = this.#p.logWindow;
    this.#status = {
      headBlock: null,
      indexedBlock: this.cursor().block,
      lagBlocks: null,
      lastHeadMs: null,
      lastError: null,
      rpcErrors: 0,
      truncationsDetected: 0,
      reorgs: 0,
    };
  }

  /** The current status (a copy). */
  status(): IndexerStatus {
    return { ...this.#status };
  }

  /** The last fully indexed block and its hash (`startBlock − 1` and null before the first window). */
  cursor(): { block: bigint; hash: Hex | null } {
    const row = this.#p.store.prepare("SELECT block, hash FROM cursors WHERE name = ?").get(CURSOR) as { block: number; hash: Hex } | undefined;
    return row ? { block: BigInt(row.block), hash: row.hash } : { block: this.#p.startBlock - 1n, hash: null };
  }

  /**
   * One pass: roll back a reorg, or index the next window, or report that the index is caught up.
   * @throws RPC errors and {@link TruncatedLogsError} (nothing is stored then); {@link run} retries them.
   */
  async step(): Promise<IndexerStep> {
    const { client, confirmations } = this.#p;
    const head = await client.getBlockNumber({ cacheTime: 0 });
    this.#status.headBlock = head;
    this.#status.lastHeadMs = Date.now();
    const cursor = this.cursor();
    this.#status.indexedBlock = cursor.block;
    this.#status.lagBlocks = head - cursor.block;

    if (cursor.hash !== null) {
      const onChain = cursor.block <= head ? await client.getBlock({ blockNumber: cursor.block }) : null;
      if (onChain?.hash !== cursor.hash) return this.#rollback(cursor.block, head);
    }

    const target = head - BigInt(confirmations);
    if (cursor.block >= target) return { kind: "idle", head };
    const fromBlock = cursor.block + 1n;
    const toBlock = _min(target, cursor.block + BigInt(this.#window));

    const { logs, range } = await getLogsPaged(client, {
      addresses: this.#addresses(),
      fromBlock,
      toBlock,
      maxRange: this.#window,
      onShrink: (r, e) => {
        this.#p.logger?.warn({ range: r, err: _msg(e) }, "provider refused the log range; halving it");
      },
    });
    this.#window = range;
    const end = await client.getBlock({ blockNumber: toBlock });
    for (const l of logs) {
      if (l.blockNumber === toBlock && l.blockHash !== end.hash) throw new Error(`block ${toBlock} changed while it was read (reorg): retrying`);
    }
    await this.#checkTail(logs, toBlock);
    const decoded = this.#decode(logs);
    await this.#checkShares(decoded);
    this.#write(decoded, { number: toBlock, hash: end.hash!, timestamp: end.timestamp });
    this.#status.indexedBlock = toBlock;
    this.#status.lagBlocks = head - toBlock;
    this.#status.lastError = null;
    return { kind: "indexed", fromBlock, toBlock, logs: logs.length };
  }

  /**
   * Steps until the index reaches `head − confirmations` (errors propagate).
   * @returns the block indexed up to.
   */
  async syncToHead(): Promise<bigint> {
    for (;;) {
      const s = await this.step();
      if (s.kind === "idle") return this.cursor().block;
    }
  }

  /**
   * Runs until {@link stop}: steps back to back while behind, sleeps `pollIntervalMs` when caught up,
   * and on an error records it, backs off (exponentially, up to 30 s) and goes on. Never throws.
   */
  async run(): Promise<void> {
    let failures = 0;
    while (!this.#stopped) {
      try {
        const s = await this.step();
        failures = 0;
        if (s.kind === "idle") await sleep(this.#p.pollIntervalMs);
      } catch (e) {
        failures++;
        this.#status.lastError = _msg(e);
        if (e instanceof TruncatedLogsError) this.#status.truncationsDetected++;
        else this.#status.rpcErrors++;
        this.#p.logger?.warn({ err: _msg(e), failures }, "indexer pass failed; retrying");
        await sleep(Math.min(30_000, 250 * 2 ** Math.min(failures - 1, 7)));
      }
    }
  }

  /** Stops {@link run} after its current pass. */
  stop(): void {
    this.#stopped = true;
  }

  // ---------------------------------------------------------------- internals

  #addresses(): Address[] {
    return SOURCES.map((s) => this.#p.contracts[s.key]);
  }

  /** A tail-truncated answer is caught by asking again for the window's last log block onwards. */
  async #checkTail(logs: Log[], toBlock: bigint): Promise<void> {
    if (logs.length === 0) return;
    const last = logs[logs.length - 1]!.blockNumber!;
    const kept = logs.filter((l) => l.blockNumber! >= last).length;
    const tail = await this.#p.client.getLogs({ address: this.#addresses(), fromBlock: last, toBlock });
    if (tail.length !== kept) {
      throw new TruncatedLogsError(`provider returned ${kept} logs for blocks ${last}..${toBlock} in the window but ${tail.length} when asked again: results were truncated, retrying`);
    }
  }

  /**
   * Σ account shares must equal the pool total the operator's last event carries, and `totalShares` on
   * chain at that event's block (a block that holds a tx: some nodes keep no state for empty blocks
   * mined in bulk).
   */
  async #checkShares(decoded: DecodedLog[]): Promise<void> {
    const byOperator = new Map<Address, (SharesRow & { blockNumber: bigint })[]>();
    for (const d of decoded) if (d.shares) byOperator.set(d.shares.operator, [...(byOperator.get(d.shares.operator) ?? []), { ...d.shares, blockNumber: d.blockNumber }]);
    for (const [operator, rows] of byOperator) {
      const balances = new Map(latestShares(this.#p.store, operator, null).map((r) => [r.account, r.shares]));
      for (const r of rows) balances.set(r.account, r.accountShares);
      const sum = [...balances.values()].reduce((a, b) => a + b, 0n);
      const last = rows[rows.length - 1]!;
      const onChain = await this.#p.client.readContract({ address: this.#p.contracts.vault, abi: stakingVaultAbi, functionName: "totalShares", args: [operator], blockNumber: last.blockNumber });
      if (sum !== last.poolShares || last.poolShares !== onChain) {
        throw new TruncatedLogsError(`operator ${operator}: indexed shares sum to ${sum}, the last SharesChanged says ${last.poolShares}, totalShares at block ${last.blockNumber} is ${onChain}: logs are missing, retrying`);
      }
    }
  }

  #decode(logs: Log[]): DecodedLog[] {
    const out: DecodedLog[] = [];
    for (const log of logs) {
      const source = SOURCES.find((s) => this.#p.contracts[s.key].toLowerCase() === log.address.toLowerCase());
      const [parsed] = source ? parseEventLogs({ abi: source.abi, logs: [log], strict: true }) : [];
      const base = { blockNumber: log.blockNumber!, logIndex: log.logIndex!, blockHash: log.blockHash!, txHash: log.transactionHash!, address: getAddress(log.address) };
      if (!parsed) continue; // an event this node's ABIs do not know: not needed
      const name = (parsed as { eventName: string }).eventName;
      const args = (parsed as { args: Record<string, unknown> }).args;
      const d: DecodedLog = { ...base, name, args: canonicalJson(args) };
      if (name === "SharesChanged") {
        d.shares = {
          operator: getAddress(args.operator as Address),
          account: getAddress(args.account as Address),
          accountShares: args.accountShares as bigint,
          poolShares: args.poolShares as bigint,
          poolAssets: args.poolAssets as bigint,
        };
      } else if (name === "TaskJoined" || name === "TaskLeft") {
        d.member = { taskId: args.taskId as bigint, operator: getAddress(args.operator as Address), role: Number(args.role), joined: name === "TaskJoined" };
      }
      out.push(d);
    }
    return out;
  }

  #write(decoded: DecodedLog[], end: { number: bigint; hash: Hex; timestamp: bigint }): void {
    const db = this.#p.store;
    const ev = db.prepare("INSERT INTO events (block_number, log_index, block_hash, tx_hash, address, name, args) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const sh = db.prepare("INSERT INTO shares_changes (block_number, log_index, operator, account, account_shares, pool_shares, pool_assets) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const mem = db.prepare("INSERT INTO task_members (block_number, log_index, task_id, operator, role, joined) VALUES (?, ?, ?, ?, ?, ?)");
    const blk = db.prepare("INSERT INTO blocks (number, hash, timestamp) VALUES (?, ?, ?) ON CONFLICT(number) DO UPDATE SET hash = excluded.hash, timestamp = COALESCE(excluded.timestamp, blocks.timestamp)");
    const cur = db.prepare("INSERT INTO cursors (name, block, hash, updated_ms) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET block = excluded.block, hash = excluded.hash, updated_ms = excluded.updated_ms");
    db.transaction(() => {
      for (const d of decoded) {
        const bn = Number(d.blockNumber);
        ev.run(bn, d.logIndex, d.blockHash, d.txHash, d.address, d.name, d.args);
        blk.run(bn, d.blockHash, null);
        if (d.shares) sh.run(bn, d.logIndex, d.shares.operator, d.shares.account, d.shares.accountShares.toString(), d.shares.poolShares.toString(), d.shares.poolAssets.toString());
        if (d.member) mem.run(bn, d.logIndex, d.member.taskId.toString(), d.member.operator, d.member.role, d.member.joined ? 1 : 0);
      }
      blk.run(Number(end.number), end.hash, Number(end.timestamp));
      cur.run(CURSOR, Number(end.number), end.hash, Date.now());
    }).immediate(); // IMMEDIATE: takes the write lock first (busy wait) while the inbox's writer thread commits
  }

  /** Finds the newest stored block still on the chain and deletes everything after it. */
  async #rollback(cursorBlock: bigint, head: bigint): Promise<IndexerStep> {
    const db = this.#p.store;
    const stored = db.prepare("SELECT number, hash FROM blocks WHERE number <= ? ORDER BY number DESC").iterate(Number(cursorBlock)) as IterableIterator<{ number: number; hash: Hex }>;
    let ancestor = this.#p.startBlock - 1n;
    let ancestorHash: Hex | null = null;
    for (const b of [...stored]) {
      if (BigInt(b.number) > head) continue;
      const onChain = await this.#p.client.getBlock({ blockNumber: BigInt(b.number) });
      if (onChain.hash === b.hash) {
        ancestor = BigInt(b.number);
        ancestorHash = b.hash;
        break;
      }
    }
    const a = Number(ancestor);
    db.transaction(() => {
      for (const t of ["events", "shares_changes", "task_members"]) db.prepare(`DELETE FROM ${t} WHERE block_number > ?`).run(a);
      db.prepare("DELETE FROM blocks WHERE number > ?").run(a);
      if (ancestorHash === null) db.prepare("DELETE FROM cursors WHERE name = ?").run(CURSOR);
      else db.prepare("UPDATE cursors SET block = ?, hash = ?, updated_ms = ? WHERE name = ?").run(a, ancestorHash, Date.now(), CURSOR);
    }).immediate();
    this.#status.reorgs++;
    this.#status.indexedBlock = ancestor;
    const depth = Number(cursorBlock - ancestor);
    this.#p.logger?.warn({ rolledBackTo: ancestor.toString(), depth }, "reorg detected: rolled back");
    return { kind: "reorg", rolledBackTo: ancestor, depth };
  }
}

type SharesRow = { operator: Address; account: Address; accountShares: bigint; poolShares: bigint; poolAssets: bigint };
type DecodedLog = {
  blockNumber: bigint;
  logIndex: number;
  blockHash: Hex;
  txHash: Hex;
  address: Address;
  name: string;
  args: string;
  shares?: SharesRow;
  member?: { taskId: bigint; operator: Address; role: number; joined: boolean };
};

function _min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function _msg(e: unknown): string {
  const m = (e as { shortMessage?: string }).shortMessage ?? (e as Error).message ?? String(e);
  return m.split("\n")[0]!;
}
