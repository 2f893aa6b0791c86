/**
 * The demo flow behind `npm run demo` — Aerie end to end on a local chain (the in-process Hardhat network by default,
 * `npm run demo -- --network localhost` against `npx hardhat node`).
 *
 * Deploys (or reuses the address book), registers 3 trainers, 3 validators (one dishonest) and 3 delegators,
 * creates a 3-round task from examples/tasks/demo-3-rounds.json, and for every round: trainers sign
 * submissions, validators sign scores, three committee members each compute the round from chain data and
 * the signed messages (their bundle hashes must agree), two of them sign and propose, time passes the
 * challenge window, the round is finalized (the dishonest validator and its delegators are slashed) and every
 * rewarded account claims. Writes out/demo/task-<id>-round-<r>.json and out/demo/summary.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import { keccak256, parseEventLogs, parseUnits, toBytes, type Address, type Hex, type WalletClient } from "viem";
import { addressOf, chainContext, send, type ChainContext } from "../chain/context";
import { deployAerie, deployedContracts, resolveDeployParams } from "../chain/deploy";
import { claim, fmt, joinTask, registerOperator, stake, type Contracts } from "../chain/actions";
import { createTaskFromSpec } from "../chain/task";
import { readRoundInputs } from "../chain/readRound";
import { finalizeRound, proposeResult } from "../chain/committee";
import { computeRound, type RoundOutput, type SignedScores, type SignedSubmission } from "../aggregator";
import { parseTaskSpec, specHash } from "../lib/taskSpec";
import { aerieDomain, SCORES_TYPES, SUBMISSION_TYPES } from "../lib/eip712";

/** The demo task spec. */
export const SPEC_PATH = "examples/tasks/demo-3-rounds.json";
const DEFAULT_OUT_DIR = join(__dirname, "..", "..", "out", "demo");
const TOKEN = (n: number | string) => parseUnits(String(n), 18);

/** An account's part in the demo. */
export type Role = "trainer" | "validator" | "delegator";
type Actor = { name: string; role: Role; wallet: WalletClient; address: Address };

/** Operators of the demo: name, role, self-stake (tokens), commission (bps). Validator V3 is dishonest. */
export const OPERATORS: { name: string; role: "trainer" | "validator"; account: number; selfStake: number; commissionBps: bigint }[] = [
  { name: "T1", role: "trainer", account: 6, selfStake: 1000, commissionBps: 500n },
  { name: "T2", role: "trainer", account: 7, selfStake: 2000, commissionBps: 1000n },
  { name: "T3", role: "trainer", account: 8, selfStake: 1500, commissionBps: 0n },
  { name: "V1", role: "validator", account: 9, selfStake: 3000, commissionBps: 800n },
  { name: "V2", role: "validator", account: 10, selfStake: 2500, commissionBps: 1500n },
  { name: "V3", role: "validator", account: 11, selfStake: 2000, commissionBps: 1000n },
];
/** Delegations: delegator name, account, and (operator name, tokens) pairs. */
export const DELEGATORS: { name: string; account: number; to: [string, number][] }[] = [
  { name: "D1", account: 12, to: [["V3", 500], ["T1", 300]] },
  { name: "D2", account: 13, to: [["V1", 1000]] },
  { name: "D3", account: 14, to: [["V3", 700], ["T2", 400]] },
];
/** The validator that scores against consensus (and is slashed). */
export const DISHONEST = "V3";
/** Account index of the task creator. */
export const CREATOR_ACCOUNT = 5;

let console_: { log: (line: string) => void } = { log: (line) => process.stdout.write(line + "\n") };

/** Prints rows as a right-aligned table (first column left-aligned), two spaces of indent, through `log` (default: the demo's printer). */
export function table(rows: Record<string, string>[], log: (line: string) => void = (line) => console_.log(line)): void {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((s, i) => (i === 0 ? s.padEnd(width[i]) : s.padStart(width[i]))).join("  ");
  log("  " + line(cols));
  for (const r of rows) log("  " + line(cols.map((c) => r[c])));
}

/** Deterministic "true quality" of each trainer's model in each round, in score units (ppm). */
export function trueQuality(trainerIndex: number, round: number): bigint {
  const base = [820_000n, 640_000n, 730_000n][trainerIndex % 3];
  return base + BigInt(round) * 15_000n;
}

/** What the demo wrote to out/demo/summary.json (amounts: decimal strings of wei). */
export type DemoSummary = {
  network: string;
  taskId: string;
  rounds: { round: number; bundleHash: Hex; rewardsRoot: Hex; totalReward: string; slashes: { operator: Address; bps: string; amount: string }[] }[];
  totals: { budget: string; rewarded: string; claimed: string; slashed: string; refunded: string };
  accounts: { address: Address; role: Role; staked: string; rewarded: string; claimed: string; slashed: string }[];
};

/**
 * Runs the whole demo on `hre`'s network and returns the summary it wrote.
 * @param opts.outDir where bundles and summary.json go (default out/demo).
 * @param opts.log line printer (default stdout); pass `() => {}` for silence.
 * @param opts.bookPath address book path (default deployments/<network>.json).
 * @throws Error when the books do not balance (claimed != rewarded, budget != rewarded + refunded + escrowed),
 * the committee members disagree, or no slash happened.
 */
export async function runDemo(
  hre: HardhatRuntimeEnvironment,
  opts: { outDir?: string; log?: (line: string) => void; bookPath?: string } = {},
): Promise<DemoSummary> {
  if (opts.log) console_ = { log: opts.log };
  const console = console_;
  const OUT_DIR = opts.outDir ?? DEFAULT_OUT_DIR;
  const ctx: ChainContext = await chainContext(hre);
  /** Moves chain time to `t` (or leaves it if already later) and returns the time of the mined block. */
  const time = {
    increaseTo: async (t: bigint): Promise<bigint> => {
      const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
      const target = t > now ? t : now + 1n;
      await hre.network.provider.send("evm_setNextBlockTimestamp", [`0x${target.toString(16)}`]);
      await hre.network.provider.send("evm_mine", []);
      return target;
    },
  };
  if (ctx.wallets.length < 16) throw new Error(`the demo needs 16 accounts, ${ctx.network} has ${ctx.wallets.length}`);
  console.log(`Aerie demo on network '${ctx.network}' (chain ${ctx.chainId})\n`);

  // ---------------------------------------------------------------- deploy
  const params = resolveDeployParams(ctx);
  const dep = await deployAerie(ctx, params, opts.bookPath);
  const c: Contracts = await deployedContracts(ctx, dep.book);
  console.log(`Deployed: ${dep.deployed.join(", ") || "(none)"}; reused: ${dep.reused.join(", ") || "(none)"}`);
  for (const [k, v] of Object.entries(c)) console.log(`  ${k.padEnd(12)} ${v.address}`);
  const governance = ctx.wallets[0];
  const committee = [1, 2, 3].map((i) => ctx.wallets[i]);
  const creator = ctx.wallets[CREATOR_ACCOUNT];

  // ---------------------------------------------------------------- actors and stakes
  const operators = new Map<string, Actor>();
  for (const o of OPERATORS) operators.set(o.name, { name: o.name, role: o.role, wallet: ctx.wallets[o.account], address: addressOf(ctx.wallets[o.account]) });
  const delegators: Actor[] = DELEGATORS.map((d) => ({ name: d.name, role: "delegator", wallet: ctx.wallets[d.account], address: addressOf(ctx.wallets[d.account]) }));
  const nameOf = new Map<string, string>();
  for (const a of [...operators.values(), ...delegators]) nameOf.set(a.address.toLowerCase(), a.name);

  const mintTo = async (to: Address, amount: bigint) => send(ctx, governance, { ...c.token, functionName: "mint", args: [to, amount] });
  await mintTo(addressOf(creator), TOKEN(3000));
  for (const o of OPERATORS) {
    const a = operators.get(o.name)!;
    await mintTo(a.address, TOKEN(o.selfStake));
    await registerOperator(ctx, c, a.wallet, o.commissionBps, `https://aerie.example/operators/${o.name}`);
    await stake(ctx, c, a.wallet, a.address, TOKEN(o.selfStake));
  }
  for (const d of DELEGATORS) {
    const a = delegators.find((x) => x.name === d.name)!;
    const total = d.to.reduce((s, [, n]) => s + n, 0);
    await mintTo(a.address, TOKEN(total));
    for (const [opName, n] of d.to) await stake(ctx, c, a.wallet, operators.get(opName)!.address, TOKEN(n));
  }
  console.log("\nOperators and delegations:");
  table([
    ...OPERATORS.map((o) => ({ name: o.name, role: o.role + (o.name === DISHONEST ? " (dishonest)" : ""), address: operators.get(o.name)!.address, "self-stake": String(o.selfStake), "commission bps": String(o.commissionBps) })),
    ...DELEGATORS.map((d) => ({ name: d.name, role: "delegator", address: delegators.find((x) => x.name === d.name)!.address, "self-stake": "-", "commission bps": d.to.map(([o, n]) => `${n}→${o}`).join(" ") })),
  ]);

  // ---------------------------------------------------------------- task
  const specJson = JSON.parse(readFileSync(join(__dirname, "..", "..", SPEC_PATH), "utf8"));
  const spec = parseTaskSpec(specJson);
  const challengeWindow = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
  if (BigInt(spec.rounds.durationSeconds) <= BigInt(spec.scoringWindowSeconds) + challengeWindow + 600n) {
    throw new Error(`${SPEC_PATH}: the demo settles rounds one after another, so rounds must outlast scoring window + challenge window`);
  }
  const created = await createTaskFromSpec(ctx, c, creator, spec, SPEC_PATH);
  const taskId = created.taskId;
  console.log(`\nTask ${taskId} created from ${SPEC_PATH}: ${spec.rounds.count} rounds × ${fmt(BigInt(spec.rewardPerRound))} tokens, specHash ${created.specHash} (createTask gas ${created.gasUsed})`);
  for (const o of OPERATORS) await joinTask(ctx, c, operators.get(o.name)!.wallet, taskId, o.role === "trainer" ? 1 : 2);

  const trainers = OPERATORS.filter((o) => o.role === "trainer").map((o) => operators.get(o.name)!);
  const validators = OPERATORS.filter((o) => o.role === "validator").map((o) => operators.get(o.name)!);
  const domain = aerieDomain(ctx.chainId, c.registry.address);

  // per-account bookkeeping for the summary
  const rewarded = new Map<string, bigint>();
  const claimedBy = new Map<string, bigint>();
  const slashedBy = new Map<string, bigint>();
  const summaryRounds: unknown[] = [];
  let previous: { bundleHash: Hex; cumulative: { account: Address; amount: bigint }[] } | null = null;
  let totalSlashed = 0n;
  mkdirSync(OUT_DIR, { recursive: true });

  for (let r = 0; r < spec.rounds.count; r++) {
    const round = BigInt(r);
    const [roundStart, roundEnd] = (await ctx.publicClient.readContract({ ...c.registry, functionName: "roundWindow", args: [taskId, round] })) as [bigint, bigint];
    console.log(`\n=== Round ${r}  [${roundStart}, ${roundEnd}) ===`);

    // trainers submit during the round
    const submittedAt = await time.increaseTo(roundStart + 60n);
    if (submittedAt >= roundEnd) throw new Error(`round ${r} ended before its trainers could submit`);
    const submissions: SignedSubmission[] = [];
    for (const [i, t] of trainers.entries()) {
      const message = { taskId, round, trainer: t.address, modelHash: keccak256(toBytes(`model:${taskId}:${r}:${t.name}`)), modelURI: `ipfs://demo/${taskId}/${r}/${t.name}.safetensors` };
      const signature = await t.wallet.signTypedData({ account: t.wallet.account!, domain, types: SUBMISSION_TYPES, primaryType: "Submission", message });
      submissions.push({ message, signature, receivedAt: submittedAt + BigInt(i) });
    }

    // validators score after the round ends, within the scoring window
    const scoredAt = await time.increaseTo(roundEnd + 60n);
    const scores: SignedScores[] = [];
    for (const [vi, v] of validators.entries()) {
      const ts = trainers.map((t) => t.address);
      const sc = trainers.map((_, ti) => {
        const q = trueQuality(ti, r);
        if (v.name === DISHONEST) return 1_000_000n - q; // inverted ranking: far from consensus
        return q + BigInt((vi * 7 + ti * 3) % 5) * 2_000n - 4_000n; // honest noise within ±4,000 ppm
      });
      const message = { taskId, round, validator: v.address, trainers: ts, scores: sc };
      const signature = await v.wallet.signTypedData({ account: v.wallet.account!, domain, types: SCORES_TYPES, primaryType: "Scores", message });
      scores.push({ message, signature, receivedAt: scoredAt + BigInt(vi) });
    }
    await time.increaseTo(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);

    // every committee member computes the round independently; the results must be byte-identical
    const outputs: RoundOutput[] = [];
    for (let m = 0; m < committee.length; m++) {
      const inputs = await readRoundInputs(ctx, dep.book, c, { taskId, round, spec, specHash: specHash(spec), submissions: m === 1 ? [...submissions].reverse() : submissions, scores: m === 2 ? [...scores].reverse() : scores, previous });
      outputs.push(await computeRound(inputs));
    }
    const out = outputs[0];
    if (!outputs.every((o) => o.bundleHash === out.bundleHash)) throw new Error(`committee members disagree on round ${r}: ${outputs.map((o) => o.bundleHash).join(" ")}`);
    writeFileSync(join(OUT_DIR, `task-${taskId}-round-${r}.json`), out.canonical + "\n");

    // 2-of-3 sign and propose
    const proposed = await proposeResult(ctx, c, committee[0], committee.slice(0, 2), out.result, out.slashes);
    const proposedAt = (await ctx.publicClient.getBlock({ blockNumber: proposed.blockNumber })).timestamp;

    // value of every position in a slashed pool, before the slash
    const slashedOps = out.slashes.map((s) => s.operator);
    const positionsBefore = new Map<string, bigint>();
    for (const op of slashedOps) {
      for (const a of [...operators.values(), ...delegators]) {
        const shares = (await ctx.publicClient.readContract({ ...c.vault, functionName: "sharesOf", args: [op, a.address] })) as bigint;
        if (shares === 0n) continue;
        positionsBefore.set(`${op}:${a.address}`, (await ctx.publicClient.readContract({ ...c.vault, functionName: "convertToAssets", args: [op, shares] })) as bigint);
      }
    }

    await time.increaseTo(proposedAt + challengeWindow);
    const finalized = await finalizeRound(ctx, c, committee[2], taskId, round);
    const slashEvents = parseEventLogs({ abi: c.vault.abi, logs: finalized.logs as never, eventName: "Slashed" }) as unknown as {
      args: { operator: Address; bps: bigint; activeCut: bigint; unbondingCut: bigint };
    }[];
    const roundSlashes = slashEvents.map((e) => ({ operator: e.args.operator, bps: e.args.bps.toString(), amount: (e.args.activeCut + e.args.unbondingCut).toString() }));
    const slashThisRound = new Map<string, bigint>();
    for (const [key, before] of positionsBefore) {
      const [op, account] = key.split(":") as [Address, Address];
      const shares = (await ctx.publicClient.readContract({ ...c.vault, functionName: "sharesOf", args: [op, account] })) as bigint;
      const after = (await ctx.publicClient.readContract({ ...c.vault, functionName: "convertToAssets", args: [op, shares] })) as bigint;
      const k = account.toLowerCase();
      slashThisRound.set(k, (slashThisRound.get(k) ?? 0n) + (before - after));
      slashedBy.set(k, (slashedBy.get(k) ?? 0n) + (before - after));
    }
    for (const e of slashEvents) totalSlashed += e.args.activeCut + e.args.unbondingCut;

    // every rewarded account claims its cumulative amount (paid: the difference)
    const claimGas: bigint[] = [];
    const roundAmount = new Map<string, bigint>();
    const bundleAccounts = (out.bundle as unknown as { outputs: { accounts: { account: Address; amount: string }[] } }).outputs.accounts;
    for (const acc of bundleAccounts) roundAmount.set(acc.account.toLowerCase(), BigInt(acc.amount));
    for (const cl of out.claims) {
      const actor = [...operators.values(), ...delegators].find((a) => a.address.toLowerCase() === cl.account.toLowerCase());
      const wallet = actor ? actor.wallet : committee[2];
      const res = await claim(ctx, c, wallet, taskId, cl.account, cl.cumulativeAmount, cl.proof);
      if (res.paid > 0n) claimGas.push(res.gasUsed);
      const k = cl.account.toLowerCase();
      claimedBy.set(k, (claimedBy.get(k) ?? 0n) + res.paid);
      rewarded.set(k, cl.cumulativeAmount);
    }

    table(
      [...operators.values(), ...delegators].map((a) => ({
        account: a.name,
        role: a.role,
        "reward (tokens)": fmt(roundAmount.get(a.address.toLowerCase()) ?? 0n),
        "slashed (tokens)": fmt(slashThisRound.get(a.address.toLowerCase()) ?? 0n),
        "claimed total": fmt(claimedBy.get(a.address.toLowerCase()) ?? 0n),
      })),
    );
    const avgClaim = claimGas.length ? claimGas.reduce((s, g) => s + g, 0n) / BigInt(claimGas.length) : 0n;
    console.log(`  totalReward ${fmt(out.result.totalReward)} of ${fmt(BigInt(spec.rewardPerRound))}; slashes: ${roundSlashes.map((s) => `${nameOf.get(s.operator.toLowerCase())} ${s.bps} bps = ${fmt(BigInt(s.amount))}`).join(", ") || "none"}`);
    console.log(`  gas: propose ${proposed.gasUsed}, finalize ${finalized.gasUsed}, claim ${avgClaim} (mean of ${claimGas.length})`);
    console.log(`  bundleHash ${out.bundleHash}  rewardsRoot ${out.result.rewardsRoot}`);

    summaryRounds.push({ round: r, bundleHash: out.bundleHash, rewardsRoot: out.result.rewardsRoot, totalReward: out.result.totalReward.toString(), slashes: roundSlashes });
    previous = { bundleHash: out.bundleHash, cumulative: out.claims.map((cl) => ({ account: cl.account, amount: cl.cumulativeAmount })) };
  }

  // ---------------------------------------------------------------- refunds and totals
  const task = (await ctx.publicClient.readContract({ ...c.registry, functionName: "getTask", args: [taskId] })) as { refundable: bigint; escrow: bigint };
  let refunded = 0n;
  if (task.refundable > 0n) {
    const r = await send(ctx, creator, { ...c.registry, functionName: "withdrawRefund", args: [taskId] });
    refunded = task.refundable;
    console.log(`\nCreator withdrew ${fmt(refunded)} tokens of unspent budget (gas ${r.gasUsed})`);
  }
  const after = (await ctx.publicClient.readContract({ ...c.registry, functionName: "getTask", args: [taskId] })) as { refundable: bigint; escrow: bigint };
  const budget = created.budget;
  const totalRewarded = [...rewarded.values()].reduce((s, v) => s + v, 0n);
  const totalClaimed = [...claimedBy.values()].reduce((s, v) => s + v, 0n);
  const dist = (await ctx.publicClient.readContract({ ...c.distributor, functionName: "taskRewards", args: [taskId] })) as { allocated: bigint; claimedTotal: bigint };

  console.log("\nFinal balances (tokens):");
  const accounts: unknown[] = [];
  const rows: Record<string, string>[] = [];
  for (const a of [...operators.values(), ...delegators]) {
    const k = a.address.toLowerCase();
    let stakedNow = 0n;
    for (const op of operators.values()) {
      const shares = (await ctx.publicClient.readContract({ ...c.vault, functionName: "sharesOf", args: [op.address, a.address] })) as bigint;
      if (shares > 0n) stakedNow += (await ctx.publicClient.readContract({ ...c.vault, functionName: "convertToAssets", args: [op.address, shares] })) as bigint;
    }
    const wallet = (await ctx.publicClient.readContract({ ...c.token, functionName: "balanceOf", args: [a.address] })) as bigint;
    rows.push({ account: a.name, role: a.role, wallet: fmt(wallet), staked: fmt(stakedNow), rewarded: fmt(rewarded.get(k) ?? 0n), claimed: fmt(claimedBy.get(k) ?? 0n), slashed: fmt(slashedBy.get(k) ?? 0n) });
    accounts.push({ address: a.address, role: a.role, staked: stakedNow.toString(), rewarded: (rewarded.get(k) ?? 0n).toString(), claimed: (claimedBy.get(k) ?? 0n).toString(), slashed: (slashedBy.get(k) ?? 0n).toString() });
  }
  table(rows);

  const summary: DemoSummary = {
    network: ctx.network,
    taskId: taskId.toString(),
    rounds: summaryRounds as DemoSummary["rounds"],
    totals: { budget: budget.toString(), rewarded: totalRewarded.toString(), claimed: totalClaimed.toString(), slashed: totalSlashed.toString(), refunded: refunded.toString() },
    accounts: accounts as DemoSummary["accounts"],
  };
  writeFileSync(join(OUT_DIR, "summary.json"), JSON.stringify(summary, null, 2) + "\n");

  // ---------------------------------------------------------------- the books must balance
  const problems: string[] = [];
  if (totalClaimed !== totalRewarded) problems.push(`claimed ${totalClaimed} != rewarded ${totalRewarded}`);
  if (dist.allocated !== totalRewarded || dist.claimedTotal !== totalClaimed) problems.push(`distributor allocated ${dist.allocated} / claimed ${dist.claimedTotal} disagree with the bundles`);
  if (budget !== totalRewarded + refunded + after.escrow + after.refundable) problems.push(`budget ${budget} != rewarded ${totalRewarded} + refunded ${refunded} + escrowed ${after.escrow + after.refundable}`);
  if (totalSlashed === 0n) problems.push("the dishonest validator was never slashed");
  console.log(`\nTotals: budget ${fmt(budget)} = rewarded ${fmt(totalRewarded)} + refunded ${fmt(refunded)} + escrowed ${fmt(after.escrow + after.refundable)}; claimed ${fmt(totalClaimed)}; slashed ${fmt(totalSlashed)}`);
  console.log(`Wrote ${spec.rounds.count} bundles and summary.json to out/demo/`);
  if (problems.length) throw new Error(`the books do not balance: ${problems.join("; ")}`);
  return summary;
}

