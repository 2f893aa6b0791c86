/**
 * `npm run demo:network` — the demo of `npm run demo`, run by a live network of processes (issue 7, item 11).
 *
 * Starts `hardhat node` on a free port, deploys Aerie, starts 3 committee nodes and 1 guardian node
 * (`src/node/main.ts --config`, each its own process), and sets up the demo's operators, delegators and task.
 * Each round, trainers and validators send their signed messages over HTTP to every node; the nodes compute the
 * bundle, exchange signatures, propose, and finalize after the challenge window by themselves (the script only
 * moves chain time). In round 1 two colluding members' keys sign a forged result (its bundle drops an account's
 * earlier rewards; member-1's node serves it) and propose it first; the guardian node challenges it and the committee then settles the
 * honest result. The dishonest validator is slashed every round. Accounts claim with the proofs the nodes serve.
 * Prints the demo's per-round and final tables, writes out/network/summary.json (the demo's schema), exits 0 and
 * stops every process it started.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { formatUnits, isAddress, keccak256, type Address, type Hex, type TransactionReceipt } from "viem";
import { getContractEvents, readContract } from "viem/actions";

import { computeRound } from "../src/aggregator";
import { checkSlash, poolsOf, slashedSince, SPEC_PATH, table, type DemoSummary } from "../src/demo/run";
import { hashRoundResult, settlementDomain } from "../src/lib/eip712";
import { specHash } from "../src/lib/taskSpec";
import { parseTaskSpec } from "../src/aggregator/taskSpec";
import {
  claim,
  getBalance,
  getPosition,
  getRoundInputs,
  getRoundStatus,
  getTask,
  propose,
  RoundStatus,
  signRoundResult,
  waitForReceipt,
  withdrawRefund,
  type WriteReturnType,
} from "../src/sdk";
import { ROOT, sendRoundMessages, setupDemoTask, startDevnet, waitFor, type Actor, type Devnet } from "./network/devnet";
import { addWorkerOperators, measuredAccuracy, startWorkers, stopWorkers, storedMessages, waitForMessages, WORKER_PLANS, type BundleOutputs, type WorkerProc } from "./network/workers";
import { spearman } from "../src/worker/stats";
import { FL_NETWORK_SPEC_PATH, runFlNetwork, type FlRoundSummary } from "./network/fl";

const OUT_DIR = join(ROOT, "out", "network");
const FORGED_ROUND = 1;
/**
 * The wall time a round of the worker demo should take, ms: over it is a warning line, not a failure (it depends on the
 * machine's load; the demo fails only for wrong books, rankings or rewards).
 */
const ROUND_WALL_LIMIT_MS = 60_000;
/**
 * Trainers and validators are `aerie worker` processes training and scoring real models (docs/WORKER.md), then an FL
 * Alliance task is run by workers too; `--scripted`: the scripted messages of issue 7 instead (no FL part).
 */
const WORKERS = !process.argv.includes("--scripted");
/** The worker processes (stopped by PID with the network). */
let workers: WorkerProc[] = [];
const log = (line: string) => process.stdout.write(line + "\n");
/** Formats wei as whole tokens for the tables (display only; never used in maths). */
const fmt = (wei: bigint): string => formatUnits(wei, 18);


async function main(): Promise<void> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const specFile = join(ROOT, SPEC_PATH);
  const spec = parseTaskSpec(JSON.parse(readFileSync(specFile, "utf8")));
  const net: Devnet = await startDevnet({
    dir: OUT_DIR,
    specs: [specFile, join(ROOT, FL_NETWORK_SPEC_PATH)],
    nodes: [
      { name: "member-1", role: "committee", account: 1 },
      { name: "member-2", role: "committee", account: 2 },
      { name: "member-3", role: "committee", account: 3 },
      { name: "guardian", role: "guardian", account: 4 },
    ],
  });
  try {
    await run(net, spec);
  } finally {
    await stopWorkers(workers);
    await net.stop();
  }
}

async function run(net: Devnet, spec: ReturnType<typeof parseTaskSpec>): Promise<void> {
  const { ctx, c, addresses, fromBlock } = net;
  const { publicClient } = ctx;
  /** Waits for a write's receipt (status checked). */
  const mined = async (write: Promise<WriteReturnType>): Promise<TransactionReceipt> => waitForReceipt(publicClient, await write);
  log(`Aerie network demo: hardhat node at ${net.chain.url} (chain ${ctx.chainId})`);
  for (const [k, v] of Object.entries(addresses)) log(`  ${k.padEnd(17)} ${v}`);

  // ---------------------------------------------------------------- nodes
  // started together: one after another, four ts-node start-ups take minutes on a loaded machine
  await Promise.all(net.nodes.map((_, i) => net.start(i)));
  for (const n of net.nodes) log(`  node ${n.name.padEnd(9)} ${n.role.padEnd(9)} ${n.address} ${n.url}  (pid ${n.proc!.pid})`);

  // ---------------------------------------------------------------- actors, stakes, task (as in npm run demo)
  const demoTask = await setupDemoTask(net, spec);
  const { taskId, created, operators, actors, creator } = demoTask;
  let { trainers, validators } = demoTask;
  const accountOf = (name: string) => net.ctx.wallets.findIndex((w) => w.account.address === operators.get(name)!.address);
  if (WORKERS) {
    ({ trainers, validators } = await addWorkerOperators(net, demoTask));
    workers = await startWorkers(net, { dir: OUT_DIR, taskId, specPath: join(ROOT, SPEC_PATH), actors: [...trainers, ...validators], accountOf });
    const names = new Map([...operators.values()].map((a) => [a.address.toLowerCase(), a.name]));
    workerName = (a) => names.get(a.toLowerCase()) ?? a;
    log(`  ${workers.length} workers started: ${workers.map((w) => `${w.actor.name} (pid ${w.proc.pid})`).join(", ")}`);
  }

  const nameOf = new Map(actors.map((a) => [a.address.toLowerCase(), a.name]));
  log(`\nTask ${taskId} created from ${SPEC_PATH}: ${spec.rounds.count} rounds × ${fmt(BigInt(spec.rewardPerRound))} tokens, specHash ${created.specHash}`);

  const challengeWindow = await readContract(publicClient, { ...c.settlement, functionName: "CHALLENGE_WINDOW" });
  const urls = net.nodes.map((n) => n.url);

  const rewarded = new Map<string, bigint>();
  const claimedBy = new Map<string, bigint>();
  const slashedBy = new Map<string, bigint>();
  const summaryRounds: DemoSummary["rounds"] = [];
  let totalSlashed = 0n;
  /** Slashes whose base or cuts disagree with `predictSlash` over the bundle's stakes. */
  const slashProblems: string[] = [];
  let challenges = 0;
  let previousForForgery: { bundleHash: Hex; cumulative: { account: Address; amount: bigint }[] } | null = null;

  for (let r = 0; r < spec.rounds.count; r++) {
    const round = BigInt(r);
    const [roundStart, roundEnd] = await readContract(publicClient, { ...c.registry, functionName: "roundWindow", args: [taskId, round] });
    log(`\n=== Round ${r}  [${roundStart}, ${roundEnd}) ===`);

    const roundWallStart = performance.now();
    /** Wall time of each phase of the round, ms (printed with the round's table). */
    const phases: [string, number][] = [];
    let phaseStart = roundWallStart;
    const phase = (name: string) => {
      const t = performance.now();
      phases.push([name, t - phaseStart]);
      phaseStart = t;
    };
    let submissions, scores;
    let accuracy = new Map<string, { accuracy: number; score: bigint }>();
    if (WORKERS) {
      // the workers act on chain time: trainers once the round started, validators once its submissions closed
      await net.setTime(roundStart + 60n);
      await waitForMessages(urls, { kind: "submission", taskId, round, signers: trainers });
      phase("submissions");
      await net.setTime(roundEnd + 60n);
      await waitForMessages(urls, { kind: "scores", taskId, round, signers: validators });
      phase("scores");
      ({ submissions, scores } = storedMessages(net.nodes[0]!.dataDir, taskId, round));
      accuracy = await measuredAccuracy(submissions);
      log(`  ${submissions.length} workers trained and submitted, ${scores.length} workers scored, over HTTP to ${urls.length} nodes`);
    } else {
      // trainers submit and validators score over HTTP, to every node
      ({ submissions, scores } = await sendRoundMessages(net, { taskId, round, roundStart, roundEnd, trainers, validators, urls }));
      log(`  ${submissions.length} submissions and ${scores.length} scores sent over HTTP to ${urls.length} nodes`);
    }

    if (r === FORGED_ROUND && previousForForgery !== null) {
      // Two colluding members sign a result whose bundle drops an account's earlier rewards, and propose it first.
      const dropped = previousForForgery.cumulative[0]!;
      const forgedPrevious = { bundleHash: previousForForgery.bundleHash, cumulative: previousForForgery.cumulative.slice(1) };
      const inputs = await getRoundInputs(publicClient, { addresses, fromBlock, taskId, round, spec, specHash: specHash(spec), submissions, scores, previous: forgedPrevious });
      const forged = await computeRound(inputs);
      const colluders = [1, 2].map((i) => {
        const w = ctx.wallets[i];
        if (!w) throw new Error(`account ${i} is not configured on the devnet`);
        return w;
      });
      const sdomain = settlementDomain(ctx.chainId, addresses.roundSettlement);
      const signatures = await Promise.all(colluders.map((w) => signRoundResult(w, { addresses, result: forged.result })));
      // The colluders publish their bundle where bundles are fetched: member-1's node serves it (written into its store).
      const published = new Database(join(net.nodes[0]!.dataDir, "node.db"));
      published.pragma("busy_timeout = 5000");
      published
        .prepare("INSERT OR IGNORE INTO bundles (task_id, round, bundle_hash, digest, bundle, created_ms) VALUES (?, ?, ?, ?, ?, ?)")
        .run(taskId.toString(), round.toString(), forged.bundleHash, hashRoundResult(sdomain, forged.result), forged.canonical, Date.now());
      published.close();
      await mined(propose(colluders[0]!, { addresses, result: forged.result, slashes: forged.slashes, signatures }));
      log(`  forged result proposed by 2 colluding members: bundle ${forged.bundleHash} drops ${nameOf.get(dropped.account.toLowerCase()) ?? dropped.account}'s earlier ${fmt(dropped.amount)} tokens`);
      const forgedDigest = hashRoundResult(sdomain, forged.result);
      const challenged = await waitFor("the guardian's challenge", async () => {
        const logs = await getContractEvents(publicClient, { ...c.settlement, eventName: "ResultChallenged", args: { taskId, round }, fromBlock, strict: true });
        return logs.find((l) => l.args.digest.toLowerCase() === forgedDigest.toLowerCase());
      });
      challenges++;
      log(`  guardian ${challenged.args.guardian} challenged it: "${challenged.args.reason}"`);
    }

    // the committee takes over once the scoring window closed
    await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
    const proposal = await waitFor(`round ${r}'s proposal by the committee`, async () => {
      const s = await getRoundStatus(publicClient, { addresses, taskId, round, fromBlock });
      return s.status === RoundStatus.Proposed && s.proposal !== null ? s.proposal : undefined;
    });
    const bundleText = await waitFor("the bundle", async () => {
      const res = await fetch(`${urls[1]}/v1/tasks/${taskId}/rounds/${r}/bundle?hash=${proposal.bundleHash}`);
      return res.status === 200 ? res.text() : undefined;
    });
    const bundle = JSON.parse(bundleText) as { merkle: { root: Hex }; outputs: BundleOutputs & { totalReward: string; accounts: { account: Address; amount: string; cumulativeAmount: string }[] }; slashes: { operator: Address; bps: string }[]; inputs: { participants: { operator: Address; stake: string }[] } };
    phase("proposal");
    log(`  proposed by ${proposal.proposer} (${net.nodes.find((n) => n.address.toLowerCase() === proposal.proposer.toLowerCase())?.name ?? "?"}); bundle ${proposal.bundleHash}`);

    // positions in slashed pools, before the slash
    const positionsBefore = new Map<string, bigint>();
    const poolsBefore = new Map<string, { active: bigint; unbonding: bigint }>();
    for (const s of bundle.slashes) {
      poolsBefore.set(s.operator.toLowerCase(), await poolsOf(publicClient, addresses, s.operator));
      for (const a of actors) {
        const position = await getPosition(publicClient, { addresses, operator: s.operator, account: a.address });
        if (position.shares > 0n) positionsBefore.set(`${s.operator}:${a.address}`, position.assets);
      }
    }

    // past the challenge window the nodes finalize
    await net.setTime(proposal.proposedAt + challengeWindow);
    await waitFor(`round ${r}'s finalization by the committee`, async () => {
      const s = await getRoundStatus(publicClient, { addresses, taskId, round, fromBlock });
      return s.status === RoundStatus.Finalized ? true : undefined;
    });
    phase("finalization");
    const ref = keccak256(`0x${taskId.toString(16).padStart(64, "0")}${round.toString(16).padStart(64, "0")}`);
    const slashLogs = await getContractEvents(publicClient, { ...c.vault, eventName: "Slashed", args: { ref }, fromBlock, strict: true });
    const roundSlashes = slashLogs.map((l) => ({ operator: l.args.operator, bps: l.args.bps.toString(), base: l.args.base.toString(), amount: (l.args.activeCut + l.args.unbondingCut).toString() }));
    // the slash takes bps of the bundle's stake at the round's start, pro rata from the pools (docs/PROTOCOL.md §3)
    const stakeAtStart = new Map(bundle.inputs.participants.map((p) => [p.operator.toLowerCase(), BigInt(p.stake)]));
    for (const l of slashLogs) slashProblems.push(...checkSlash(l.args, stakeAtStart.get(l.args.operator.toLowerCase()), poolsBefore.get(l.args.operator.toLowerCase())));
    const slashThisRound = await slashedSince(publicClient, addresses, positionsBefore, slashedBy);
    for (const s of roundSlashes) totalSlashed += BigInt(s.amount);

    // every rewarded account claims with the proof a node serves
    const roundAmount = new Map(bundle.outputs.accounts.map((a) => [a.account.toLowerCase(), BigInt(a.amount)]));
    // claims from different senders go in parallel; an account without its own wallet claims through account 3, in turn
    const claimOne = async (acc: (typeof bundle.outputs.accounts)[number]) => {
      // the node serves the claim once its indexer saw this round's finalization (until then: 404 or the previous round's)
      const cl = await waitFor(`${acc.account}'s claim of round ${r} from ${urls[2]}`, async () => {
        const res = await fetch(`${urls[2]}/v1/tasks/${taskId}/accounts/${acc.account}/claim`);
        if (res.status !== 200) return undefined;
        const body = (await res.json()) as { cumulativeAmount: string; proof: Hex[]; bundleHash: Hex };
        return body.bundleHash.toLowerCase() === proposal.bundleHash.toLowerCase() ? body : undefined;
      });
      const actor = actors.find((a) => a.address.toLowerCase() === acc.account.toLowerCase());
      const sender = actor ? actor.wallet : ctx.wallets[3]!;
      const cumulativeAmount = BigInt(cl.cumulativeAmount);
      // pays cumulativeAmount − already claimed; nothing to send when that is 0
      const alreadyClaimed = await readContract(publicClient, { ...c.distributor, functionName: "claimed", args: [taskId, acc.account] });
      const paid = cumulativeAmount > alreadyClaimed ? cumulativeAmount - alreadyClaimed : 0n;
      if (paid > 0n) await mined(claim(sender, { addresses, taskId, account: acc.account, cumulativeAmount, proof: cl.proof }));
      const k = acc.account.toLowerCase();
      claimedBy.set(k, (claimedBy.get(k) ?? 0n) + paid);
      rewarded.set(k, BigInt(cl.cumulativeAmount));
    };
    const own = bundle.outputs.accounts.filter((a) => actors.some((x) => x.address.toLowerCase() === a.account.toLowerCase()));
    const through3 = bundle.outputs.accounts.filter((a) => !own.includes(a));
    await Promise.all([
      ...own.map(claimOne),
      (async () => {
        for (const a of through3) await claimOne(a);
      })(),
    ]);
    phase("claims");
    table(
      actors.map((a) => ({
        account: a.name,
        role: a.role,
        "reward (tokens)": fmt(roundAmount.get(a.address.toLowerCase()) ?? 0n),
        "slashed (tokens)": fmt(slashThisRound.get(a.address.toLowerCase()) ?? 0n),
        "claimed total": fmt(claimedBy.get(a.address.toLowerCase()) ?? 0n),
      })),
      log,
    );
    log(`  totalReward ${fmt(BigInt(bundle.outputs.totalReward))} of ${fmt(BigInt(spec.rewardPerRound))}; slashes: ${roundSlashes.map((s) => `${nameOf.get(s.operator.toLowerCase())} ${s.bps} bps of ${fmt(BigInt(s.base))} (stake at the round's start) = ${fmt(BigInt(s.amount))}`).join(", ") || "none"}`);
    log(`  bundleHash ${proposal.bundleHash}  rewardsRoot ${bundle.merkle.root}`);
    if (WORKERS) workerRound(r, bundle.outputs, accuracy, performance.now() - roundWallStart, phases, new Set(roundSlashes.map((x) => x.operator.toLowerCase())));
    summaryRounds.push({ round: r, bundleHash: proposal.bundleHash, rewardsRoot: bundle.merkle.root, totalReward: bundle.outputs.totalReward, slashes: roundSlashes });
    previousForForgery = { bundleHash: proposal.bundleHash, cumulative: bundle.outputs.accounts.map((a) => ({ account: a.account, amount: BigInt(a.cumulativeAmount) })) };
  }

  // ---------------------------------------------------------------- refunds and totals
  const task = await getTask(publicClient, { addresses, taskId });
  let refunded = 0n;
  if (task.refundable > 0n) {
    await mined(withdrawRefund(creator, { addresses, taskId }));
    refunded = task.refundable;
    log(`\nCreator withdrew ${fmt(refunded)} tokens of unspent budget`);
  }
  const after = await getTask(publicClient, { addresses, taskId });
  const budget = created.budget;
  const totalRewarded = [...rewarded.values()].reduce((s, v) => s + v, 0n);
  const totalClaimed = [...claimedBy.values()].reduce((s, v) => s + v, 0n);
  const dist = await readContract(publicClient, { ...c.distributor, functionName: "taskRewards", args: [taskId] });

  log("\nFinal balances (tokens):");
  const accounts: DemoSummary["accounts"] = [];
  const rows: Record<string, string>[] = [];
  for (const a of actors) {
    const k = a.address.toLowerCase();
    let stakedNow = 0n;
    for (const op of operators.values()) {
      stakedNow += (await getPosition(publicClient, { addresses, operator: op.address, account: a.address })).assets;
    }
    const wallet = await getBalance(publicClient, { addresses, account: a.address });
    rows.push({ account: a.name, role: a.role, wallet: fmt(wallet), staked: fmt(stakedNow), rewarded: fmt(rewarded.get(k) ?? 0n), claimed: fmt(claimedBy.get(k) ?? 0n), slashed: fmt(slashedBy.get(k) ?? 0n) });
    accounts.push({ address: a.address, role: a.role, staked: stakedNow.toString(), rewarded: (rewarded.get(k) ?? 0n).toString(), claimed: (claimedBy.get(k) ?? 0n).toString(), slashed: (slashedBy.get(k) ?? 0n).toString() });
  }
  table(rows, log);
  const problems: string[] = [];
  const flProblems: string[] = [];
  /** The FL Alliance part (worker mode): its rounds in summary.json's `fl` (an addition to the demo's schema). */
  let fl: { taskId: string; initialAccuracy: number; restartedVoter: string; rounds: FlRoundSummary[] } | undefined;
  if (WORKERS) {
    // the Arena workers are done: their CPU goes to the FL workers
    await stopWorkers(workers);
    const flSpec = parseTaskSpec(JSON.parse(readFileSync(join(ROOT, FL_NETWORK_SPEC_PATH), "utf8")));
    const ran = await runFlNetwork(net, { dir: OUT_DIR, arena: demoTask, log, accountOf, spec: flSpec }).catch((e: Error) => {
      flProblems.push(`the FL Alliance part failed: ${e.message}`);
      return undefined;
    });
    if (ran !== undefined) fl = { taskId: ran.taskId.toString(), initialAccuracy: ran.initialAccuracy, restartedVoter: ran.restarted, rounds: ran.rounds };
  }
  const summary: DemoSummary & { fl?: typeof fl } = {
    network: "hardhat-node",
    taskId: taskId.toString(),
    rounds: summaryRounds,
    totals: { budget: budget.toString(), rewarded: totalRewarded.toString(), claimed: totalClaimed.toString(), slashed: totalSlashed.toString(), refunded: refunded.toString() },
    accounts,
    ...(fl !== undefined ? { fl } : {}),
  };
  writeFileSync(join(OUT_DIR, "summary.json"), JSON.stringify(summary, null, 2) + "\n");

  if (totalClaimed !== totalRewarded) problems.push(`claimed ${totalClaimed} != rewarded ${totalRewarded}`);
  if (dist.allocated !== totalRewarded || dist.claimedTotal !== totalClaimed) problems.push(`distributor allocated ${dist.allocated} / claimed ${dist.claimedTotal} disagree with the bundles`);
  if (budget !== totalRewarded + refunded + after.escrow + after.refundable) problems.push(`budget ${budget} != rewarded ${totalRewarded} + refunded ${refunded} + escrowed ${after.escrow + after.refundable}`);
  if (totalSlashed === 0n) problems.push("the dishonest validator was never slashed");
  if (challenges !== 1) problems.push(`expected 1 guardian challenge, saw ${challenges}`);
  problems.push(...slashProblems);
  log(`\nTotals: budget ${fmt(budget)} = rewarded ${fmt(totalRewarded)} + refunded ${fmt(refunded)} + escrowed ${fmt(after.escrow + after.refundable)}; claimed ${fmt(totalClaimed)}; slashed ${fmt(totalSlashed)}; guardian challenges ${challenges}`);
  log(`Wrote summary.json and the nodes' configs, data and logs to out/network/`);
  const books = [...problems];
  const others = WORKERS ? workerSummary(trainers, validators) : [];
  const parts = [...flProblems, ...(books.length > 0 ? [`the books do not balance: ${books.join("; ")}`] : []), ...(others.length > 0 ? [`the workers' results are wrong: ${others.join("; ")}`] : [])];
  if (parts.length > 0) throw new Error(parts.join("; "));
}

// ---------------------------------------------------------------- worker mode: what the workers' scores did

const workerRounds: { round: number; wallMs: number; load: number; phasesMs: Record<string, number>; spearman: number; trainers: { trainer: string; accuracy: number; consensusScore: string; reward: string }[] }[] = [];
const earned = new Map<string, { reward: bigint; stake: bigint }>();
/** Figures of the worker mode that missed their bound (the demo exits non-zero). */
const workerProblems: string[] = [];

/** Prints a round's table (measured accuracy, consensus score, reward per trainer) and its Spearman correlation. */
function workerRound(r: number, outputs: BundleOutputs, accuracy: Map<string, { accuracy: number; score: bigint }>, wallMs: number, phases: [string, number][], slashedOnChain: Set<string>): void {
  // slashes where the policy says: exactly the validators the bundle marks slashed lost stake on chain this round
  for (const v of outputs.validators) {
    if (v.slashed !== slashedOnChain.has(v.operator.toLowerCase())) workerProblems.push(`round ${r}: validator ${workerName(v.operator)} is ${v.slashed ? "" : "not "}slashed by the bundle but ${slashedOnChain.has(v.operator.toLowerCase()) ? "was" : "was not"} on chain`);
  }
  const rows = outputs.trainers.map((t) => ({ trainer: t.operator, accuracy: accuracy.get(t.operator.toLowerCase())?.accuracy ?? Number.NaN, consensusScore: t.consensusScore, reward: t.reward }));
  for (const o of [...outputs.trainers, ...outputs.validators]) {
    const e = earned.get(o.operator.toLowerCase()) ?? { reward: 0n, stake: 0n };
    earned.set(o.operator.toLowerCase(), { reward: e.reward + BigInt(o.reward), stake: e.stake + BigInt(o.stake) });
  }
  const rho = spearman(rows.map((x) => x.accuracy), rows.map((x) => Number(x.consensusScore)));
  const load = loadavg()[0]!;
  workerRounds.push({ round: r, wallMs: Math.round(wallMs), load: Number(load.toFixed(1)), phasesMs: Object.fromEntries(phases.map(([k, v]) => [k, Math.round(v)])), spearman: rho, trainers: rows });
  log(`  workers: Spearman(consensus score, measured accuracy) = ${rho.toFixed(3)}; round wall time ${(wallMs / 1000).toFixed(1)} s (${phases.map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(", ")}; load ${load.toFixed(1)})`);
  log(`  validators: ${outputs.validators.map((v) => `${workerName(v.operator)} deviation ${v.deviation}${v.slashed ? " slashed" : ""}`).join(", ")}`);
  table(rows.map((x) => ({ trainer: workerName(x.trainer), behaviour: behaviourOf(workerName(x.trainer)), "held-out accuracy": x.accuracy.toFixed(4), "consensus score": x.consensusScore, "pool reward (tokens, delegators' share included)": fmt(BigInt(x.reward)) })), log);
}

/** The demo name of an operator address (set once the actors exist). */
let workerName: (address: string) => string = (a) => a;
/** The configured behaviour of a worker. */
const behaviourOf = (name: string): string => WORKER_PLANS[name]?.trainer?.behaviour ?? WORKER_PLANS[name]?.validator?.behaviour ?? "?";

/** Prints reward per staked token by operator and behaviour, writes out/network/workers.json, returns what failed. */
function workerSummary(trainers: Actor[], validators: Actor[]): string[] {
  const problems: string[] = [...workerProblems];
  const perStake = (a: Actor) => {
    const e = earned.get(a.address.toLowerCase()) ?? { reward: 0n, stake: 1n };
    // reward wei per staked wei, summed over rounds, in parts per million (display and comparison only)
    return Number((e.reward * 1_000_000n) / (e.stake === 0n ? 1n : e.stake)) / 1e6;
  };
  log("\nWorkers: reward per staked token, all rounds:");
  table([...trainers, ...validators].map((a) => ({ operator: a.name, role: a.role, behaviour: behaviourOf(a.name), "reward/stake": perStake(a).toFixed(6) })), log);
  log(`Per round: ${workerRounds.map((w) => `round ${w.round} Spearman ${w.spearman.toFixed(3)}, ${(w.wallMs / 1000).toFixed(1)} s`).join("; ")}`);
  for (const w of workerRounds) if (!(w.spearman >= 0.8)) problems.push(`round ${w.round}: Spearman ${w.spearman} < 0.8`);
  for (const w of workerRounds) {
    if (!(w.wallMs < ROUND_WALL_LIMIT_MS)) log(`warning: worker round ${w.round} took ${(w.wallMs / 1000).toFixed(1)} s of wall time, over the ${ROUND_WALL_LIMIT_MS / 1000} s target (load ${w.load}): a slow machine, not a failure`);
  }
  const honestTrainers = trainers.filter((t) => behaviourOf(t.name) === "honest").map(perStake);
  const honestMean = honestTrainers.reduce((a, b) => a + b, 0) / Math.max(1, honestTrainers.length);
  for (const t of trainers.filter((x) => behaviourOf(x.name) !== "honest")) {
    if (perStake(t) >= honestMean) problems.push(`dishonest trainer ${t.name} earned ${perStake(t)} per stake, honest trainers ${honestMean} on average`);
  }
  const honest = validators.filter((v) => behaviourOf(v.name) === "honest").map(perStake);
  for (const v of validators.filter((x) => behaviourOf(x.name) !== "honest")) {
    if (perStake(v) >= Math.min(...honest)) problems.push(`dishonest validator ${v.name} earned ${perStake(v)} per stake, an honest one ${Math.min(...honest)}`);
  }
  writeFileSync(join(OUT_DIR, "workers.json"), JSON.stringify({ rounds: workerRounds, perStake: Object.fromEntries([...trainers, ...validators].map((a) => [a.name, { behaviour: behaviourOf(a.name), rewardPerStake: perStake(a) }])) }, null, 2) + "\n");
  return problems;
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`demo:network: ${(e as Error).message.split("\n")[0]}\n`);
    process.exit(1);
  },
);
