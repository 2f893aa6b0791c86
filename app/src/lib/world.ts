// Everything the pages show that comes from the chain: one getLogs over the Aerie contracts, decoded with the
// typed ABIs, plus batched reads of current values. Pure derivations are exported for tests.
import { getAddress, parseEventLogs, zeroAddress, type Address, type Hex, type Log, type PublicClient } from "viem";
import { aerieTestTokenAbi, rewardDistributorAbi, roundSettlementAbi, RoundStatus, stakingVaultAbi, taskRegistryAbi, type AerieAddresses } from "../sdk";

/** A round's status as the Tasks page shows it (the SDK's {@link RoundStatus}). */
export type RoundView = {
  round: number;
  status: RoundStatus;
  start: bigint;
  end: bigint;
  /** Wei paid out for the round (final), proposed (proposed/challenged), else null. */
  totalReward: bigint | null;
  bundleHash: Hex | null;
  /** When the live proposal may be finalized (unix s), else null. */
  finalizableAt: bigint | null;
};

/** A task with its rounds. */
export type TaskView = {
  taskId: bigint;
  creator: Address;
  startTime: bigint;
  roundDuration: bigint;
  numRounds: number;
  activeRounds: number;
  cancelled: boolean;
  rewardPerRound: bigint;
  minTrainerStake: bigint;
  minValidatorStake: bigint;
  escrow: bigint;
  refundable: bigint;
  specURI: string;
  rounds: RoundView[];
  /** Σ wei of the final rounds. */
  totalPaid: bigint;
  /** operator → role name, of operators in the task now. */
  participants: Map<string, "trainer" | "validator">;
};

/** An operator as the Operators table shows it (wei, bps, unix s). */
export type OperatorView = {
  operator: Address;
  metadataURI: string;
  stake: bigint;
  selfStake: bigint;
  delegated: bigint;
  totalShares: bigint;
  delegators: number;
  commissionBps: bigint;
  pendingCommission: { bps: bigint; effectiveAt: bigint } | null;
  pendingSlashes: bigint;
  tasks: { taskId: bigint; role: "trainer" | "validator" }[];
  slashes: { block: bigint; bps: bigint; cut: bigint; ref: Hex }[];
  /** Σ wei cut by slashes. */
  slashedTotal: bigint;
};

/** A finalized round (from `RoundFinalized`). */
export type FinalizedRound = { taskId: bigint; round: bigint; totalReward: bigint; bundleHash: Hex; rewardsRoot: Hex; block: bigint };

/** One operator of the node's `GET /v1/operators`, parsed to bigints: the table's figures but the slashed total. */
export type NodeOperator = Omit<OperatorView, "slashedTotal">;

/** The node's operators' summary and the block it holds at. */
export type NodeOperators = { indexedBlock: bigint; operators: NodeOperator[] };

/** Chain facts every page needs. */
export type World = {
  head: { number: bigint; timestamp: bigint };
  /** Date.now() when `head` was read, for countdowns between refreshes. */
  readAt: number;
  token: { symbol: string; decimals: number };
  unbondingPeriod: bigint;
  commissionDelay: bigint;
  maxCommissionBps: bigint;
  operators: OperatorView[];
  tasks: TaskView[];
  finalized: FinalizedRound[];
  /** Share events per (operator, account) for positions and charts, in chain order. */
  shareEvents: { operator: Address; account: Address; accountShares: bigint; poolShares: bigint; poolAssets: bigint; block: bigint }[];
  unstakeEvents: { requestId: bigint; operator: Address; account: Address; shares: bigint; assets: bigint; unlockTime: bigint; block: bigint }[];
  withdrawn: Set<bigint>;
  /**
   * Where the operators' figures came from: the node's `GET /v1/operators` when its index is at the head, else
   * the events replayed here; `nodeBehind` = head − the node's indexed block (null: no node answer), `nodeError`
   * why the node could not be used (null: it answered).
   */
  operatorsFrom: { source: "node" | "events"; nodeBehind: bigint | null; nodeError: string | null };
  /** The logs and constants it was built from (a refresh appends the new blocks' logs). */
  source: WorldSource;
};

/**
 * Reads go through a deployless multicall (viem: the Multicall3 code runs inside one eth_call, so no contract has to
 * be deployed on the chain). A deployless call is a contract creation, so its init code (Multicall3's ~5.6 kB plus
 * the ABI-encoded calls) must stay under EIP-3860's 49,152-byte cap; viem's `batchSize` counts only the calls'
 * calldata (36–68 bytes each), while each call encodes to ~4× that (target, flag, offsets, padding). 4,096 bytes
 * of calldata keeps a chunk near 20–30 kB of init code; 8,192 went over it with 1,000 operators ("Missing or
 * invalid parameters" from the node, and the page never loaded).
 */
export const MULTICALL = { allowFailure: false, deployless: true, batchSize: 4_096 } as const;

type Ordered = { blockNumber: bigint | null; logIndex: number | null };
const byChainOrder = (a: Ordered, b: Ordered) =>
  a.blockNumber === b.blockNumber ? (a.logIndex ?? 0) - (b.logIndex ?? 0) : (a.blockNumber ?? 0n) < (b.blockNumber ?? 0n) ? -1 : 1;
const key = (a: string) => a.toLowerCase();

/** Derives each round's user-facing status from settlement events and chain time (SDK `RoundStatus` values). */
export function deriveRounds(
  task: { taskId: bigint; startTime: bigint; roundDuration: bigint; numRounds: number; activeRounds: number; cancelled: boolean },
  events: {
    proposed: { round: bigint; totalReward: bigint; bundleHash: Hex; finalizableAt: bigint; order: number }[];
    challenged: { round: bigint; order: number }[];
    finalized: { round: bigint; totalReward: bigint; bundleHash: Hex }[];
    skipped: { round: bigint }[];
  },
  now: bigint,
  resultDeadline: bigint,
): RoundView[] {
  const rounds: RoundView[] = [];
  for (let r = 0; r < task.numRounds; r++) {
    const round = BigInt(r);
    const start = task.startTime + round * task.roundDuration;
    const end = start + task.roundDuration;
    const fin = events.finalized.find((f) => f.round === round);
    const view: RoundView = { round: r, status: RoundStatus.Pending, start, end, totalReward: null, bundleHash: null, finalizableAt: null };
    const lastProposal = events.proposed.filter((p) => p.round === round).at(-1);
    const lastChallenge = events.challenged.filter((c) => c.round === round).at(-1);
    if (fin) Object.assign(view, { status: RoundStatus.Finalized, totalReward: fin.totalReward, bundleHash: fin.bundleHash });
    else if (events.skipped.some((s) => s.round === round)) view.status = RoundStatus.Skipped;
    else if (r >= task.activeRounds && task.cancelled) view.status = RoundStatus.Skipped;
    else if (lastProposal && (!lastChallenge || lastChallenge.order < lastProposal.order)) {
      Object.assign(view, { totalReward: lastProposal.totalReward, bundleHash: lastProposal.bundleHash, finalizableAt: lastProposal.finalizableAt });
      view.status = now >= lastProposal.finalizableAt ? RoundStatus.Finalizable : RoundStatus.Proposed;
    } else if (now < start) view.status = RoundStatus.Pending;
    else if (now < end) view.status = RoundStatus.Running;
    else if (now >= end + resultDeadline) view.status = RoundStatus.Skippable;
    else if (lastChallenge) view.status = RoundStatus.Challenged;
    else view.status = RoundStatus.AwaitingResult;
    rounds.push(view);
  }
  return rounds;
}

/** Latest share count per (operator, account) from SharesChanged events (chain order). */
export function latestShares(events: World["shareEvents"]): Map<string, { operator: Address; account: Address; shares: bigint }> {
  const m = new Map<string, { operator: Address; account: Address; shares: bigint }>();
  for (const e of events) m.set(`${key(e.operator)}:${key(e.account)}`, { operator: e.operator, account: e.account, shares: e.accountShares });
  return m;
}

/**
 * An operator's active pool and commission schedule as its events leave them (StakingVault's storage, replayed):
 * `SharesChanged` sets the pool's shares and assets, `Slashed` cuts `activeCut` from the assets, `CommissionSet`
 * and `CommissionIncreaseQueued` replay `CommissionSchedule.set`, `WithdrawalsLocked`/`Unlocked` carry the count.
 */
export type PoolState = { shares: bigint; assets: bigint; commissionBps: bigint; pending: { bps: bigint; effectiveAt: bigint } | null; pendingSlashes: bigint };

const emptyPool = (): PoolState => ({ shares: 0n, assets: 0n, commissionBps: 0n, pending: null, pendingSlashes: 0n });

/** SharesMath's virtual offset (contracts/libraries/SharesMath.sol): shares and wei added in every conversion. */
const VIRTUAL_SHARES = 10n ** 6n;
const VIRTUAL_ASSETS = 1n;

/** `StakingVault.convertToAssets`: `floor(shares × (A + 1) / (S + 1e6))`, wei. */
export function toAssetsDown(pool: Pick<PoolState, "shares" | "assets">, shares: bigint): bigint {
  return (shares * (pool.assets + VIRTUAL_ASSETS)) / (pool.shares + VIRTUAL_SHARES);
}

/** `commissionOf` and `pendingCommission` at chain time `now` (s): a queued increase applies once `now ≥ effectiveAt`. */
export function commissionAt(pool: PoolState, now: bigint): { bps: bigint; pending: { bps: bigint; effectiveAt: bigint } | null } {
  if (pool.pending && now >= pool.pending.effectiveAt) return { bps: pool.pending.bps, pending: null };
  return { bps: pool.commissionBps, pending: pool.pending };
}

type VaultEvent = ReturnType<typeof parseEventLogs<typeof stakingVaultAbi, true>>[number];

/** Applies one vault event (chain order) to its operator's {@link PoolState}; `commissionDelay` in seconds. */
export function applyPoolEvent(p: PoolState, l: VaultEvent, commissionDelay: bigint): void {
  switch (l.eventName) {
    case "SharesChanged":
      p.shares = l.args.poolShares;
      p.assets = l.args.poolAssets;
      break;
    case "Slashed":
      p.assets -= l.args.activeCut;
      break;
    case "CommissionSet": // an immediate change clears any queued increase
      p.commissionBps = l.args.commissionBps;
      p.pending = null;
      break;
    case "CommissionIncreaseQueued": {
      // set() first materializes a queued increase that took effect by now (the block time is effectiveAt − delay)
      const at = l.args.effectiveAt - commissionDelay;
      if (p.pending && at >= p.pending.effectiveAt) p.commissionBps = p.pending.bps;
      p.pending = { bps: l.args.commissionBps, effectiveAt: l.args.effectiveAt };
      break;
    }
    case "WithdrawalsLocked":
    case "WithdrawalsUnlocked":
      p.pendingSlashes = l.args.pendingSlashes;
      break;
    default:
      break;
  }
}

type RegistryEvent = ReturnType<typeof parseEventLogs<typeof taskRegistryAbi, true>>[number];
type SettlementEvent = ReturnType<typeof parseEventLogs<typeof roundSettlementAbi, true>>[number];

/**
 * What a world was built from: the decoded logs up to `head` (chain order) and the constants read once. A
 * refresh asks only for the logs after `head.number` and appends them ({@link loadWorld} with `prev`).
 */
export type WorldSource = {
  head: { number: bigint; hash: Hex };
  vault: VaultEvent[];
  registry: RegistryEvent[];
  settlement: SettlementEvent[];
  constants: { symbol: string; decimals: number; unbondingPeriod: bigint; commissionDelay: bigint; maxCommissionBps: bigint; resultDeadline: bigint };
};

/** Decodes raw logs of the Aerie contracts into the three typed lists, each in chain order. */
function decodeLogs(addresses: AerieAddresses, rawLogs: Log[]): Pick<WorldSource, "vault" | "registry" | "settlement"> {
  const logsOf = (a: Address): Log[] => rawLogs.filter((l) => key(l.address) === key(a));
  return {
    vault: parseEventLogs({ abi: stakingVaultAbi, logs: logsOf(addresses.stakingVault), strict: true }).sort(byChainOrder),
    registry: parseEventLogs({ abi: taskRegistryAbi, logs: logsOf(addresses.taskRegistry), strict: true }).sort(byChainOrder),
    settlement: parseEventLogs({ abi: roundSettlementAbi, logs: logsOf(addresses.roundSettlement), strict: true }).sort(byChainOrder),
  };
}

/**
 * The logs and constants of a world: on the first load one `eth_getLogs` from `fromBlock` to the head and the
 * constants; with `prev` (a world already built) only the logs of the blocks after `prev.head.number`, appended,
 * unless `prev.head.hash` is no longer on the chain (a reorg: everything is read again).
 */
export async function loadWorldSource(client: PublicClient, addresses: AerieAddresses, fromBlock: bigint, block: { number: bigint; hash: Hex }, prev?: WorldSource): Promise<WorldSource> {
  const address = [addresses.stakingVault, addresses.taskRegistry, addresses.roundSettlement, addresses.rewardDistributor];
  if (prev && prev.head.number < block.number) {
    const [kept, rawLogs] = await Promise.all([
      client.getBlock({ blockNumber: prev.head.number }).then((b) => b.hash === prev.head.hash),
      client.getLogs({ address, fromBlock: prev.head.number + 1n, toBlock: block.number }),
    ]);
    if (kept) {
      const d = decodeLogs(addresses, rawLogs);
      return { head: block, vault: [...prev.vault, ...d.vault], registry: [...prev.registry, ...d.registry], settlement: [...prev.settlement, ...d.settlement], constants: prev.constants };
    }
  }
  const [rawLogs, symbol, decimals, unbondingPeriod, commissionDelay, maxCommissionBps, resultDeadline] = await Promise.all([
    client.getLogs({ address, fromBlock, toBlock: block.number }),
    client.readContract({ address: addresses.token, abi: aerieTestTokenAbi, functionName: "symbol" }),
    client.readContract({ address: addresses.token, abi: aerieTestTokenAbi, functionName: "decimals" }),
    client.readContract({ address: addresses.stakingVault, abi: stakingVaultAbi, functionName: "UNBONDING_PERIOD" }),
    client.readContract({ address: addresses.stakingVault, abi: stakingVaultAbi, functionName: "COMMISSION_DELAY" }),
    client.readContract({ address: addresses.stakingVault, abi: stakingVaultAbi, functionName: "MAX_COMMISSION_BPS" }),
    client.readContract({ address: addresses.roundSettlement, abi: roundSettlementAbi, functionName: "RESULT_DEADLINE" }),
  ]);
  return { head: block, ...decodeLogs(addresses, rawLogs), constants: { symbol, decimals, unbondingPeriod, commissionDelay, maxCommissionBps, resultDeadline } };
}

/**
 * Loads the world: the Aerie contracts' logs ({@link loadWorldSource}: all of them the first time, only the new
 * blocks' with `prev`), then the current values of every task in one batched round of reads; the operators are
 * the events replayed. `nodeOperators` (the node's `GET /v1/operators`, in parallel) supplies the operators when
 * the node's index is at the head (see {@link chooseOperators}).
 */
export async function loadWorld(client: PublicClient, addresses: AerieAddresses, fromBlock: bigint, nodeOperators?: () => Promise<NodeOperators>, prev?: World): Promise<World> {
  const fromNode: Promise<NodeOperators | Error> | null = nodeOperators ? nodeOperators().catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))) : null;
  const block = await client.getBlock({ blockTag: "latest" });
  const [source, taskCount] = await Promise.all([
    loadWorldSource(client, addresses, fromBlock, { number: block.number, hash: block.hash }, prev?.source),
    client.readContract({ address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "taskCount", blockNumber: block.number }),
  ]);
  const { vault, registry, settlement } = source;
  const { symbol, decimals, unbondingPeriod, commissionDelay, maxCommissionBps, resultDeadline } = source.constants;

  const metadata = new Map<string, { operator: Address; uri: string }>();
  const shareEvents: World["shareEvents"] = [];
  const unstakeEvents: World["unstakeEvents"] = [];
  const withdrawn = new Set<bigint>();
  const slashes = new Map<string, OperatorView["slashes"]>();
  const pools = new Map<string, PoolState>();
  const pool = (operator: Address): PoolState => {
    let p = pools.get(key(operator));
    if (!p) pools.set(key(operator), (p = emptyPool()));
    return p;
  };
  for (const l of vault) {
    if (l.eventName === "OperatorRegistered" || l.eventName === "OperatorMetadataSet") metadata.set(key(l.args.operator), { operator: getAddress(l.args.operator), uri: l.args.metadataURI });
    if (l.eventName === "CommissionSet" || l.eventName === "CommissionIncreaseQueued" || l.eventName === "SharesChanged" || l.eventName === "Slashed" || l.eventName === "WithdrawalsLocked" || l.eventName === "WithdrawalsUnlocked")
      applyPoolEvent(pool(l.args.operator), l, commissionDelay);
    if (l.eventName === "SharesChanged")
      shareEvents.push({ operator: getAddress(l.args.operator), account: getAddress(l.args.account), accountShares: l.args.accountShares, poolShares: l.args.poolShares, poolAssets: l.args.poolAssets, block: l.blockNumber });
    else if (l.eventName === "UnstakeRequested")
      unstakeEvents.push({ requestId: l.args.requestId, operator: getAddress(l.args.operator), account: getAddress(l.args.account), shares: l.args.shares, assets: l.args.assets, unlockTime: l.args.unlockTime, block: l.blockNumber });
    else if (l.eventName === "Withdrawn") withdrawn.add(l.args.requestId);
    else if (l.eventName === "Slashed") {
      const list = slashes.get(key(l.args.operator)) ?? [];
      list.push({ block: l.blockNumber, bps: l.args.bps, cut: l.args.activeCut + l.args.unbondingCut, ref: l.args.ref });
      slashes.set(key(l.args.operator), list);
    }
  }
  const joined = new Map<string, Map<bigint, "trainer" | "validator">>();
  for (const l of registry) {
    if (l.eventName !== "TaskJoined" && l.eventName !== "TaskLeft") continue;
    const m = joined.get(key(l.args.operator)) ?? new Map<bigint, "trainer" | "validator">();
    if (l.eventName === "TaskJoined") m.set(l.args.taskId, l.args.role === 1 ? "trainer" : "validator");
    else m.delete(l.args.taskId);
    joined.set(key(l.args.operator), m);
  }
  const shares = latestShares(shareEvents);

  // current values from the events (no read per operator: 1,000 operators would cost ~6,000 eth_calls, seconds
  // even on a local node); test/app/16-operators.test.ts checks every field against the vault's views
  const list = [...metadata.values()].sort((a, b) => (key(a.operator) < key(b.operator) ? -1 : 1));
  const delegatorCount = new Map<string, number>();
  for (const s of shares.values()) if (key(s.account) !== key(s.operator) && s.shares > 0n) delegatorCount.set(key(s.operator), (delegatorCount.get(key(s.operator)) ?? 0) + 1);
  const rebuilt = list.map(({ operator, uri }): OperatorView => {
    const p = pools.get(key(operator)) ?? emptyPool();
    const stake = p.assets;
    const selfShares = shares.get(`${key(operator)}:${key(operator)}`)?.shares ?? 0n;
    const selfStake = toAssetsDown(p, selfShares);
    const commission = commissionAt(p, block.timestamp);
    const opSlashes = slashes.get(key(operator)) ?? [];
    return {
      operator,
      metadataURI: uri,
      stake,
      selfStake,
      delegated: stake > selfStake ? stake - selfStake : 0n,
      totalShares: p.shares,
      delegators: delegatorCount.get(key(operator)) ?? 0,
      commissionBps: commission.bps,
      pendingCommission: commission.pending,
      pendingSlashes: p.pendingSlashes,
      tasks: [...(joined.get(key(operator)) ?? new Map<bigint, "trainer" | "validator">()).entries()].map(([taskId, role]) => ({ taskId, role })).sort((a, b) => (a.taskId < b.taskId ? -1 : 1)),
      slashes: opSlashes,
      slashedTotal: opSlashes.reduce((sum, x) => sum + x.cut, 0n),
    };
  });

  const { operators, operatorsFrom } = chooseOperators(rebuilt, fromNode === null ? null : await fromNode, block.number);

  const finalized: FinalizedRound[] = [];
  const perTask = new Map<bigint, Parameters<typeof deriveRounds>[1]>();
  const ev = (taskId: bigint) => {
    let e = perTask.get(taskId);
    if (!e) perTask.set(taskId, (e = { proposed: [], challenged: [], finalized: [], skipped: [] }));
    return e;
  };
  settlement.forEach((l, order) => {
    if (l.eventName === "ResultProposed") ev(l.args.taskId).proposed.push({ round: l.args.round, totalReward: l.args.result.totalReward, bundleHash: l.args.result.bundleHash, finalizableAt: l.args.finalizableAt, order });
    else if (l.eventName === "ResultChallenged") ev(l.args.taskId).challenged.push({ round: l.args.round, order });
    else if (l.eventName === "RoundFinalized") {
      ev(l.args.taskId).finalized.push({ round: l.args.round, totalReward: l.args.totalReward, bundleHash: l.args.bundleHash });
      finalized.push({ taskId: l.args.taskId, round: l.args.round, totalReward: l.args.totalReward, bundleHash: l.args.bundleHash, rewardsRoot: l.args.rewardsRoot, block: l.blockNumber });
    } else if (l.eventName === "RoundSkipped") ev(l.args.taskId).skipped.push({ round: l.args.round });
  });

  const specURIs = new Map<bigint, string>();
  for (const l of registry) if (l.eventName === "TaskCreated") specURIs.set(l.args.taskId, l.args.spec.specURI);
  const taskIds = Array.from({ length: Number(taskCount) }, (_, i) => BigInt(i + 1));
  const stored = await client.multicall({ ...MULTICALL, contracts: taskIds.map((taskId) => ({ address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "getTask" as const, args: [taskId] as const })) });
  const tasks = await Promise.all(
    taskIds.map(async (taskId, i): Promise<TaskView> => {
      const t = stored[i]!;
      const base = { taskId, startTime: BigInt(t.startTime), roundDuration: BigInt(t.roundDuration), numRounds: Number(t.numRounds), activeRounds: Number(t.activeRounds), cancelled: t.cancelled };
      const rounds = deriveRounds(base, ev(taskId), block.timestamp, resultDeadline);
      const participants = new Map<string, "trainer" | "validator">();
      for (const [op, m] of joined) {
        const role = m.get(taskId);
        if (role) participants.set(op, role);
      }
      return {
        ...base,
        creator: getAddress(t.creator),
        rewardPerRound: t.rewardPerRound,
        minTrainerStake: t.minTrainerStake,
        minValidatorStake: t.minValidatorStake,
        escrow: t.escrow,
        refundable: t.refundable,
        specURI: specURIs.get(taskId) ?? "",
        rounds,
        totalPaid: rounds.reduce((s, r) => s + (r.status === RoundStatus.Finalized ? (r.totalReward ?? 0n) : 0n), 0n),
        participants,
      };
    }),
  );
  return {
    head: { number: block.number, timestamp: block.timestamp },
    readAt: Date.now(),
    token: { symbol, decimals },
    unbondingPeriod,
    commissionDelay,
    maxCommissionBps,
    operators,
    tasks,
    finalized,
    shareEvents,
    unstakeEvents,
    withdrawn,
    operatorsFrom,
    source,
  };
}

/**
 * The node's operators when its index is at `head` (same figures as the replay, computed once on the node; an
 * unchanged operator keeps the replayed object, so its row is not rendered again), else the replay with how far
 * behind the node is.
 */
export function chooseOperators(rebuilt: OperatorView[], node: NodeOperators | Error | null, head: bigint): { operators: OperatorView[]; operatorsFrom: World["operatorsFrom"] } {
  if (node === null) return { operators: rebuilt, operatorsFrom: { source: "events", nodeBehind: null, nodeError: null } };
  if (node instanceof Error) return { operators: rebuilt, operatorsFrom: { source: "events", nodeBehind: null, nodeError: node.message } };
  const behind = head > node.indexedBlock ? head - node.indexedBlock : 0n;
  if (behind > 0n) return { operators: rebuilt, operatorsFrom: { source: "events", nodeBehind: behind, nodeError: null } };
  const byAddress = new Map(rebuilt.map((o) => [key(o.operator), o]));
  const operators = node.operators.map((n): OperatorView => {
    const r = byAddress.get(key(n.operator));
    const slashedTotal = n.slashes.reduce((sum, x) => sum + x.cut, 0n);
    return { ...n, slashedTotal, ...(r ? { tasks: sameTasks(r.tasks, n.tasks) ? r.tasks : n.tasks, slashes: r.slashes.length === n.slashes.length ? r.slashes : n.slashes } : {}) };
  });
  return { operators, operatorsFrom: { source: "node", nodeBehind: 0n, nodeError: null } };
}

function sameTasks(a: OperatorView["tasks"], b: OperatorView["tasks"]): boolean {
  return a.length === b.length && a.every((t, i) => t.taskId === b[i]!.taskId && t.role === b[i]!.role);
}

/** The connected account's positions and unstake requests, with current values. */
export type Mine = {
  balance: bigint;
  /** Shares and their value (wei), with the pool's totals (`totalShares`, `stakeOf`) to price a partial unstake. */
  positions: { operator: Address; shares: bigint; assets: bigint; poolShares: bigint; poolAssets: bigint }[];
  requests: { requestId: bigint; operator: Address; shares: bigint; assets: bigint; unlockTime: bigint; withdrawable: boolean }[];
};

/** Reads an account's token balance and pending unstake requests; its positions and their values come from the world's events. */
export async function loadMine(client: PublicClient, addresses: AerieAddresses, world: World, account: Address): Promise<Mine> {
  const v = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const held = [...latestShares(world.shareEvents).values()].filter((s) => key(s.account) === key(account) && s.shares > 0n);
  const pending = world.unstakeEvents.filter((u) => key(u.account) === key(account) && !world.withdrawn.has(u.requestId));
  const [balance, positions, requests] = await Promise.all([
    client.readContract({ address: addresses.token, abi: aerieTestTokenAbi, functionName: "balanceOf", args: [account] }),
    // values from the world's pools (convertToAssets replayed), so 50 positions cost no read
    held.map((s) => {
      const op = world.operators.find((o) => key(o.operator) === key(s.operator));
      return { operator: s.operator, shares: s.shares, assets: op ? toAssetsDown({ shares: op.totalShares, assets: op.stake }, s.shares) : 0n, poolShares: op?.totalShares ?? 0n, poolAssets: op?.stake ?? 0n };
    }),
    Promise.all([
      client.multicall({ ...MULTICALL, contracts: pending.map((u) => ({ ...v, functionName: "getRequest" as const, args: [u.requestId] as const })) }),
      client.multicall({ ...MULTICALL, contracts: pending.map((u) => ({ ...v, functionName: "requestValue" as const, args: [u.requestId] as const })) }),
    ]).then(([reqs, values]) =>
      pending.map((u, i) => {
        const req = reqs[i]!;
        const gone = req.owner === zeroAddress;
        return { requestId: u.requestId, operator: u.operator, shares: req.shares, assets: values[i]!, unlockTime: u.unlockTime, withdrawable: !gone && world.head.timestamp >= u.unlockTime, gone };
      }),
    ),
  ]);
  return { balance, positions, requests: requests.filter((r) => !r.gone).map(({ gone: _gone, ...r }) => r) };
}

/** The RewardDistributor's on-chain root and what an account was paid, per task. */
export async function loadClaimState(client: PublicClient, addresses: AerieAddresses, taskIds: bigint[], account: Address) {
  const d = { address: addresses.rewardDistributor, abi: rewardDistributorAbi } as const;
  return Promise.all(
    taskIds.map(async (taskId) => {
      const [rewards, claimed] = await Promise.all([
        client.readContract({ ...d, functionName: "taskRewards", args: [taskId] }),
        client.readContract({ ...d, functionName: "claimed", args: [taskId, account] }),
      ]);
      return { taskId, root: rewards.root, claimed };
    }),
  );
}
