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
};

/**
 * Reads go through a deployless multicall (viem: the Multicall3 code runs inside one eth_call, so no contract has to
 * be deployed on the chain), chunked by calldata size to stay far below an eth_call's gas limit.
 */
const MULTICALL = { allowFailure: false, deployless: true, batchSize: 8_192 } as const;

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
 * Loads the world: one `eth_getLogs` over the four Aerie contracts from `fromBlock`, then the current values of
 * every operator and task in one batched round of reads.
 */
export async function loadWorld(client: PublicClient, addresses: AerieAddresses, fromBlock: bigint): Promise<World> {
  const [block, rawLogs, symbol, decimals, unbondingPeriod, commissionDelay, maxCommissionBps, resultDeadline, taskCount] = await Promise.all([
    client.getBlock({ blockTag: "latest" }),
    client.getLogs({ address: [addresses.stakingVault, addresses.taskRegistry, addresses.roundSettlement, addresses.rewardDistributor], fromBlock, toBlock: "latest" }),
    client.readContract({ address: addresses.token, abi: aerieTestTokenAbi, functionName: "symbol" }),
    client.readContract({ address: addresses.token, abi: aerieTestTokenAbi, functionName: "decimals" }),
    client.readContract({ address: addresses.stakingVault, abi: stakingVaultAbi, functionName: "UNBONDING_PERIOD" }),
    client.readContract({ address: addresses.stakingVault, abi: stakingVaultAbi, functionName: "COMMISSION_DELAY" }),
    client.readContract({ address: addresses.stakingVault, abi: stakingVaultAbi, functionName: "MAX_COMMISSION_BPS" }),
    client.readContract({ address: addresses.roundSettlement, abi: roundSettlementAbi, functionName: "RESULT_DEADLINE" }),
    client.readContract({ address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "taskCount" }),
  ]);
  const logsOf = (a: Address): Log[] => rawLogs.filter((l) => key(l.address) === key(a));
  const vault = parseEventLogs({ abi: stakingVaultAbi, logs: logsOf(addresses.stakingVault), strict: true }).sort(byChainOrder);
  const registry = parseEventLogs({ abi: taskRegistryAbi, logs: logsOf(addresses.taskRegistry), strict: true }).sort(byChainOrder);
  const settlement = parseEventLogs({ abi: roundSettlementAbi, logs: logsOf(addresses.roundSettlement), strict: true }).sort(byChainOrder);

  const metadata = new Map<string, { operator: Address; uri: string }>();
  const shareEvents: World["shareEvents"] = [];
  const unstakeEvents: World["unstakeEvents"] = [];
  const withdrawn = new Set<bigint>();
  const slashes = new Map<string, OperatorView["slashes"]>();
  for (const l of vault) {
    if (l.eventName === "OperatorRegistered" || l.eventName === "OperatorMetadataSet") metadata.set(key(l.args.operator), { operator: getAddress(l.args.operator), uri: l.args.metadataURI });
    else if (l.eventName === "SharesChanged")
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

  // current values: one deployless multicall per function (a few eth_calls in all, whatever the operator count)
  const v = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const list = [...metadata.values()].sort((a, b) => (key(a.operator) < key(b.operator) ? -1 : 1));
  const ops = list.map((m) => m.operator);
  const selfShares = ops.map((o) => shares.get(`${key(o)}:${key(o)}`)?.shares ?? 0n);
  const [stakes, totals, commissions, pendings, slashCounts, selfStakes] = await Promise.all([
    client.multicall({ ...MULTICALL, contracts: ops.map((o) => ({ ...v, functionName: "stakeOf" as const, args: [o] as const })) }),
    client.multicall({ ...MULTICALL, contracts: ops.map((o) => ({ ...v, functionName: "totalShares" as const, args: [o] as const })) }),
    client.multicall({ ...MULTICALL, contracts: ops.map((o) => ({ ...v, functionName: "commissionOf" as const, args: [o] as const })) }),
    client.multicall({ ...MULTICALL, contracts: ops.map((o) => ({ ...v, functionName: "pendingCommission" as const, args: [o] as const })) }),
    client.multicall({ ...MULTICALL, contracts: ops.map((o) => ({ ...v, functionName: "pendingSlashes" as const, args: [o] as const })) }),
    client.multicall({ ...MULTICALL, contracts: ops.map((o, i) => ({ ...v, functionName: "convertToAssets" as const, args: [o, selfShares[i]!] as const })) }),
  ]);
  const delegatorCount = new Map<string, number>();
  for (const s of shares.values()) if (key(s.account) !== key(s.operator) && s.shares > 0n) delegatorCount.set(key(s.operator), (delegatorCount.get(key(s.operator)) ?? 0) + 1);
  const operators = list.map(({ operator, uri }, i): OperatorView => {
    const stake = stakes[i]!;
    const selfStake = selfShares[i] === 0n ? 0n : selfStakes[i]!;
    const [pendingBps, effectiveAt] = pendings[i]!;
    const opSlashes = slashes.get(key(operator)) ?? [];
    return {
      operator,
      metadataURI: uri,
      stake,
      selfStake,
      delegated: stake > selfStake ? stake - selfStake : 0n,
      totalShares: totals[i]!,
      delegators: delegatorCount.get(key(operator)) ?? 0,
      commissionBps: commissions[i]!,
      pendingCommission: effectiveAt === 0n ? null : { bps: pendingBps, effectiveAt },
      pendingSlashes: slashCounts[i]!,
      tasks: [...(joined.get(key(operator)) ?? new Map<bigint, "trainer" | "validator">()).entries()].map(([taskId, role]) => ({ taskId, role })).sort((a, b) => (a.taskId < b.taskId ? -1 : 1)),
      slashes: opSlashes,
      slashedTotal: opSlashes.reduce((sum, x) => sum + x.cut, 0n),
    };
  });

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
  };
}

/** The connected account's positions and unstake requests, with current values. */
export type Mine = {
  balance: bigint;
  positions: { operator: Address; shares: bigint; assets: bigint }[];
  requests: { requestId: bigint; operator: Address; shares: bigint; assets: bigint; unlockTime: bigint; withdrawable: boolean }[];
};

/** Reads an account's token balance, positions (from the world's share events) and pending unstake requests. */
export async function loadMine(client: PublicClient, addresses: AerieAddresses, world: World, account: Address): Promise<Mine> {
  const v = { address: addresses.stakingVault, abi: stakingVaultAbi } as const;
  const held = [...latestShares(world.shareEvents).values()].filter((s) => key(s.account) === key(account) && s.shares > 0n);
  const pending = world.unstakeEvents.filter((u) => key(u.account) === key(account) && !world.withdrawn.has(u.requestId));
  const [balance, positions, requests] = await Promise.all([
    client.readContract({ address: addresses.token, abi: aerieTestTokenAbi, functionName: "balanceOf", args: [account] }),
    client
      .multicall({ ...MULTICALL, contracts: held.map((s) => ({ ...v, functionName: "convertToAssets" as const, args: [s.operator, s.shares] as const })) })
      .then((values) => held.map((s, i) => ({ operator: s.operator, shares: s.shares, assets: values[i]! }))),
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
