// The browser tests' chain: `hardhat node` on a free port, Aerie deployed, the demo's operators, delegators and
// task, and ONE real Aerie node process (src/node/main.ts) that proposes and finalizes the rounds and serves the
// claims. Built on scripts/network/devnet.ts (the network of `npm run demo:network`), so nothing is deployed or set
// up twice. One fixture serves every scenario file of a run (`sharedAppFixture`); scenarios use disjoint accounts.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseUnits, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { DISHONEST, OPERATORS, SPEC_PATH } from "../../src/demo/run";
import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import type { TaskSpecFile } from "../../src/lib/taskSpec";
import {
  approve,
  createTaskFromSpec,
  getPosition,
  getRoundStatus,
  joinTask,
  mint,
  parseTaskCreated,
  parseUnstakeRequested,
  requestUnstake,
  Role,
  RoundStatus,
  setCommission,
  stake,
  waitForReceipt,
  type AerieAddresses,
  type AerieWalletClient,
  type WriteReturnType,
} from "../../src/sdk";
import { hardhatKey, ROOT, sendRoundMessages, setupDemoTask, startDevnet, waitFor, type Actor, type Devnet } from "../../scripts/network/devnet";
import { rpc } from "../node/helpers";
import { removeTempDir, tempDir } from "../shared/tempDir";

/** 1 token in wei (the test token has 18 decimals). */
export const TOKEN = 10n ** 18n;

/** Hardhat account indices the scenarios own (disjoint, so scenario files share one chain). */
export const ACCOUNTS = {
  governance: 0,
  /** The Aerie node's key: the whole (1-of-1) committee. */
  committee: 1,
  creator: 5,
  /** Holds claimable rewards in task A (claim one). */
  claimer: 12,
  /** Holds claimable rewards in tasks A and B (claim all) and the pending unstake request (withdraw). */
  claimAll: 13,
  /** Holds claimable rewards in task A (claim and restake). */
  restaker: 14,
  /** A new delegator: 5,000 tokens, no positions (delegate by permit). */
  newcomer: 16,
  /** Delegates 200 tokens to T1, so holds claimable rewards in tasks A and B (the reverted-transaction scenario). */
  reverter: 17,
} as const;

/** One operator of the fixture (the demo's T1–T3, V1–V3). */
export type FixtureOperator = { name: string; role: string; address: Address; account: number };

/** What the fixture set up, and handles to the running processes. */
export type AppFixture = {
  /** The devnet (chain, clients, typed contracts, node handles). */
  net: Devnet;
  /** JSON-RPC URL of the hardhat node. */
  rpcUrl: string;
  chainId: number;
  /** Base URL of the Aerie node (claims at `/v1/tasks/:taskId/accounts/:account/claim`). */
  nodeUrl: string;
  addresses: AerieAddresses;
  /** First block of the deployment (where log scans start). */
  fromBlock: bigint;
  /** The address book the node reads. */
  bookPath: string;
  /** The demo's operators by name. */
  operators: Map<string, FixtureOperator>;
  /** The private key of Hardhat account `i` (a dev key: test-only). */
  key(i: number): Hex;
  /** The address of Hardhat account `i`. */
  address(i: number): Address;
  /** A wallet client of Hardhat account `i`. */
  wallet(i: number): AerieWalletClient;
  tasks: {
    /** Task A: round 0 finalized by the node (rewards claimable), rounds 1 and 2 not yet ended. */
    a: bigint;
    /** Task B: created after A, round 0 finalized. */
    b: bigint;
    /** Task C: created last by the creator, no round started: cancelling refunds its whole budget. */
    cancellable: bigint;
  };
  /** Budget of task C, wei (what its cancel returns). */
  cancellableBudget: bigint;
  /** The pending unstake request left for {@link ACCOUNTS.claimAll}: id, operator, shares, unlock time (s). */
  pendingRequest: { account: Address; operator: Address; requestId: bigint; shares: bigint; unlockAt: bigint };
  /** The staged commission increase: operator T2 from 1,000 to 2,000 bps, effective at `effectiveAt` (s). */
  stagedCommission: { operator: Address; fromBps: bigint; bps: bigint; effectiveAt: bigint };
  /** Waits for a write's receipt (status checked). */
  mined(write: Promise<WriteReturnType>): ReturnType<typeof waitForReceipt>;
  /**
   * Creates a new task (the demo's spec, joined by every demo operator) and runs its round 0 until the node has
   * PROPOSED the result, not finalized it: the result slashes the dishonest validator ({@link DISHONEST}), so that
   * operator has a pending slash (`pendingSlashes` 1, withdrawals locked) until the challenge window ends. Moves
   * chain time about two days and one hour forward; call it once, from a scenario that needs it.
   */
  proposeSlashingRound(): Promise<{ taskId: bigint; round: bigint; slashed: FixtureOperator; proposedAt: bigint; finalizableAt: bigint }>;
  /** Moves chain time forward by `seconds` (evm_increaseTime + mine); resolves once the node's clock is there. */
  increaseTime(seconds: bigint): Promise<bigint>;
  /** Kills the Aerie node and the hardhat node (SIGKILL by PID). */
  stop(): Promise<void>;
};

/** Runs `round` of `taskId` through the node until its result is proposed (not finalized); returns the proposal. */
async function proposeRound(net: Devnet, spec: TaskSpecFile, demo: { trainers: Actor[]; validators: Actor[] }, taskId: bigint, round: bigint): Promise<{ proposedAt: bigint; finalizableAt: bigint; bundleHash: Hex }> {
  const { publicClient } = net.ctx;
  const node = net.nodes[0]!;
  const [roundStart, roundEnd] = await publicClient.readContract({ ...net.c.registry, functionName: "roundWindow", args: [taskId, round] });
  await sendRoundMessages(net, { taskId, round, roundStart, roundEnd, trainers: demo.trainers, validators: demo.validators, urls: [node.url] });
  await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
  return waitFor(`task ${taskId} round ${round}'s proposal`, async () => {
    const s = await getRoundStatus(publicClient, { addresses: net.addresses, taskId, round, fromBlock: net.fromBlock });
    return s.status === RoundStatus.Proposed && s.proposal !== null ? s.proposal : undefined;
  });
}

/** Runs `round` of `taskId` to Finalized through the node, and waits until the node serves its claims. */
async function finalizeRound(net: Devnet, spec: TaskSpecFile, demo: { trainers: Actor[]; validators: Actor[] }, taskId: bigint, round: bigint, probe: Address): Promise<void> {
  const { publicClient } = net.ctx;
  const node = net.nodes[0]!;
  const status = () => getRoundStatus(publicClient, { addresses: net.addresses, taskId, round, fromBlock: net.fromBlock });
  const proposal = await proposeRound(net, spec, demo, taskId, round);
  const challengeWindow = await publicClient.readContract({ ...net.c.settlement, functionName: "CHALLENGE_WINDOW" });
  await net.setTime(proposal.proposedAt + challengeWindow);
  await waitFor(`task ${taskId} round ${round}'s finalization`, async () => ((await status()).status === RoundStatus.Finalized ? true : undefined));
  await waitFor(`the node's claim of ${probe} in task ${taskId}`, async () => {
    const res = await fetch(`${node.url}/v1/tasks/${taskId}/accounts/${probe}/claim`);
    if (res.status !== 200) return undefined;
    const body = (await res.json()) as { bundleHash: Hex };
    return body.bundleHash.toLowerCase() === proposal.bundleHash.toLowerCase() ? true : undefined;
  });
}

/**
 * Starts and sets up the fixture (see {@link AppFixture}); about 20 s. Prefer {@link sharedAppFixture}.
 * @throws if a process does not start or a round does not finalize (the node's log is in the returned error's text).
 */
export async function startAppFixture(): Promise<AppFixture> {
  // removed when the fixture stops, or when the process exits (a failed or interrupted run)
  const dir = tempDir("aerie-app-");
  const specFile = join(ROOT, SPEC_PATH);
  const spec = parseTaskSpec(JSON.parse(readFileSync(specFile, "utf8")));
  const committee = privateKeyToAccount(hardhatKey(ACCOUNTS.committee)).address;
  const net = await startDevnet({
    dir,
    specs: [specFile],
    nodes: [{ name: "node", role: "committee", account: ACCOUNTS.committee }],
    deployOverrides: { committee: [committee], committeeThreshold: 1 },
  });
  live.add(net);
  try {
    const { ctx, addresses } = net;
    const wallet = (i: number): AerieWalletClient => {
      const w = ctx.wallets[i];
      if (!w) throw new Error(`account ${i} is not one of the devnet's ${ctx.wallets.length} wallets`);
      return w;
    };
    const mined = async (write: Promise<WriteReturnType>) => waitForReceipt(ctx.publicClient, await write);
    // the node boots (ts-node, RPC check, indexer) while the demo's actors and task A are set up
    const [, demo] = await Promise.all([net.start(0), setupDemoTask(net, spec)]);
    const creator = demo.creator;
    const budget = BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count);
    const newTask = async (): Promise<bigint> => {
      await mined(approve(creator, { addresses, spender: addresses.taskRegistry, amount: budget }));
      const [event] = parseTaskCreated((await waitForReceipt(ctx.publicClient, await createTaskFromSpec(creator, { addresses, spec, specURI: SPEC_PATH }))).logs);
      if (!event) throw new Error("createTask emitted no TaskCreated event");
      return event.taskId;
    };
    const joinAll = async (taskId: bigint) => {
      for (const t of demo.trainers) await mined(joinTask(t.wallet, { addresses, taskId, role: Role.Trainer }));
      for (const v of demo.validators) await mined(joinTask(v.wallet, { addresses, taskId, role: Role.Validator }));
    };
    const gov = wallet(ACCOUNTS.governance);
    await mined(mint(gov, { addresses, to: creator.account.address, amount: 3n * budget }));
    // the reverter delegates to T1 so that task B rewards it
    const t1 = demo.operators.get("T1")!.address;
    const reverter = wallet(ACCOUNTS.reverter);
    await mined(mint(gov, { addresses, to: reverter.account.address, amount: 200n * TOKEN }));
    await mined(approve(reverter, { addresses, spender: addresses.stakingVault, amount: 200n * TOKEN }));
    await mined(stake(reverter, { addresses, operator: t1, amount: 200n * TOKEN }));

    await finalizeRound(net, spec, demo, demo.taskId, 0n, wallet(ACCOUNTS.claimer).account.address);
    const taskB = await newTask();
    await joinAll(taskB);
    await finalizeRound(net, spec, demo, taskB, 0n, wallet(ACCOUNTS.claimAll).account.address);

    // state the pages show: a pending unstake request, a staged commission increase, a task to cancel, a newcomer
    const v1 = demo.operators.get("V1")!.address;
    const claimAll = wallet(ACCOUNTS.claimAll);
    const position = await getPosition(ctx.publicClient, { addresses, operator: v1, account: claimAll.account.address });
    const shares = position.shares / 4n;
    const [requested] = parseUnstakeRequested((await mined(requestUnstake(claimAll, { addresses, operator: v1, shares }))).logs);
    if (!requested) throw new Error("requestUnstake emitted no UnstakeRequested event");
    const request = await ctx.publicClient.readContract({ ...net.c.vault, functionName: "getRequest", args: [requested.requestId] });
    const t2 = demo.operators.get("T2")!;
    const fromBps = await ctx.publicClient.readContract({ ...net.c.vault, functionName: "commissionOf", args: [t2.address] });
    await mined(setCommission(t2.wallet, { addresses, commissionBps: 2_000n }));
    const [, effectiveAt] = await ctx.publicClient.readContract({ ...net.c.vault, functionName: "pendingCommission", args: [t2.address] });
    const cancellable = await newTask();
    await mined(mint(gov, { addresses, to: wallet(ACCOUNTS.newcomer).account.address, amount: parseUnits("5000", 18) }));

    const operators = new Map<string, FixtureOperator>();
    for (const o of OPERATORS) operators.set(o.name, { name: o.name, role: o.role, address: demo.operators.get(o.name)!.address, account: o.account });
    const node = net.nodes[0]!;
    return {
      net,
      rpcUrl: net.chain.url,
      chainId: ctx.chainId,
      nodeUrl: node.url,
      addresses,
      fromBlock: net.fromBlock,
      bookPath: net.bookPath,
      operators,
      key: hardhatKey,
      address: (i) => privateKeyToAccount(hardhatKey(i)).address,
      wallet,
      tasks: { a: demo.taskId, b: taskB, cancellable },
      cancellableBudget: budget,
      pendingRequest: { account: claimAll.account.address, operator: v1, requestId: requested.requestId, shares, unlockAt: BigInt(request.unlockTime) },
      stagedCommission: { operator: t2.address, fromBps, bps: 2_000n, effectiveAt },
      mined,
      proposeSlashingRound: async () => {
        await mined(mint(gov, { addresses, to: creator.account.address, amount: budget }));
        const taskId = await newTask();
        await joinAll(taskId);
        const proposal = await proposeRound(net, spec, demo, taskId, 0n);
        return { taskId, round: 0n, slashed: operators.get(DISHONEST)!, proposedAt: proposal.proposedAt, finalizableAt: proposal.finalizableAt };
      },
      increaseTime: async (seconds) => {
        const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
        return net.setTime(now + seconds);
      },
      stop: async () => {
        await net.stop();
        live.delete(net);
        removeTempDir(dir);
      },
    };
  } catch (e) {
    await net.stop();
    live.delete(net);
    // the directory goes with the run: the node's last log lines travel in the error instead
    const logs = net.nodes.map((n) => `--- ${n.name} (${n.logPath}), last lines:\n${existsSync(n.logPath) ? readFileSync(n.logPath, "utf8").split("\n").slice(-40).join("\n") : "(no log)"}`);
    removeTempDir(dir);
    throw new Error(`app fixture set-up failed: ${(e as Error).message}\n${logs.join("\n")}`, { cause: e });
  }
}

let shared: Promise<AppFixture> | undefined;
/** Devnets started and not yet stopped (killed synchronously if the process exits early). */
const live = new Set<Devnet>();

/** The run's one fixture, started on first use and stopped after the last test of the run (a root `after` hook). */
export function sharedAppFixture(): Promise<AppFixture> {
  shared ??= startAppFixture();
  return shared;
}

// A root-level hook (registered when the first scenario file imports this module): stop the shared fixture.
if (typeof after === "function") {
  after(async () => {
    if (shared) await (await shared.catch(() => undefined))?.stop();
  });
}
// A run interrupted mid-way still kills its children (by PID, synchronously).
process.once("exit", () => {
  for (const net of live) {
    for (const p of [...net.nodes.map((n) => n.proc), net.chain.proc]) if (p && p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  }
});

export { rpc };
