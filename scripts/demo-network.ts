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
import { join } from "node:path";
import Database from "better-sqlite3";
import { keccak256, parseAbiItem, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { computeRound } from "../src/aggregator";
import { claim, fmt } from "../src/chain/actions";
import { send } from "../src/chain/context";
import { readRoundInputs } from "../src/chain/readRound";
import { SPEC_PATH, table, type DemoSummary } from "../src/demo/run";
import { hashRoundResult, settlementDomain, signRoundResult } from "../src/lib/eip712";
import { parseTaskSpec, specHash } from "../src/lib/taskSpec";
import { getRoundStatus } from "../src/sdk/actions/getRoundStatus";
import { proposeRequest } from "../src/sdk/actions/propose";
import { RoundStatus } from "../src/sdk/enums";
import { aerieAddresses, readAddressBook } from "../src/sdk/addressBook";
import { hardhatKey, ROOT, sendRoundMessages, setupDemoTask, startDevnet, waitFor, type Devnet } from "./network/devnet";

const OUT_DIR = join(ROOT, "out", "network");
const FORGED_ROUND = 1;
const log = (line: string) => process.stdout.write(line + "\n");


async function main(): Promise<void> {
  rmSync(OUT_DIR, { recursive: true, force: true });
  mkdirSync(OUT_DIR, { recursive: true });
  const specFile = join(ROOT, SPEC_PATH);
  const spec = parseTaskSpec(JSON.parse(readFileSync(specFile, "utf8")));
  const net: Devnet = await startDevnet({
    dir: OUT_DIR,
    specs: [specFile],
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
    await net.stop();
  }
}

async function run(net: Devnet, spec: ReturnType<typeof parseTaskSpec>): Promise<void> {
  const { ctx, c } = net;
  const addresses = aerieAddresses(readAddressBook(net.bookPath)!);
  log(`Aerie network demo: hardhat node at ${net.chain.url} (chain ${ctx.chainId})`);
  for (const [k, v] of Object.entries(c)) log(`  ${k.padEnd(12)} ${v.address}`);

  // ---------------------------------------------------------------- nodes
  for (let i = 0; i < net.nodes.length; i++) await net.start(i);
  for (const n of net.nodes) log(`  node ${n.name.padEnd(9)} ${n.role.padEnd(9)} ${n.address} ${n.url}  (pid ${n.proc!.pid})`);

  // ---------------------------------------------------------------- actors, stakes, task (as in npm run demo)
  const { taskId, created, operators, actors, trainers, validators, creator } = await setupDemoTask(net, spec);
  const nameOf = new Map(actors.map((a) => [a.address.toLowerCase(), a.name]));
  log(`\nTask ${taskId} created from ${SPEC_PATH}: ${spec.rounds.count} rounds × ${fmt(BigInt(spec.rewardPerRound))} tokens, specHash ${created.specHash}`);

  const challengeWindow = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
  const urls = net.nodes.map((n) => n.url);

  const rewarded = new Map<string, bigint>();
  const claimedBy = new Map<string, bigint>();
  const slashedBy = new Map<string, bigint>();
  const summaryRounds: DemoSummary["rounds"] = [];
  let totalSlashed = 0n;
  let challenges = 0;
  let previousForForgery: { bundleHash: Hex; cumulative: { account: Address; amount: bigint }[] } | null = null;

  for (let r = 0; r < spec.rounds.count; r++) {
    const round = BigInt(r);
    const [roundStart, roundEnd] = (await ctx.publicClient.readContract({ ...c.registry, functionName: "roundWindow", args: [taskId, round] })) as [bigint, bigint];
    log(`\n=== Round ${r}  [${roundStart}, ${roundEnd}) ===`);

    // trainers submit and validators score over HTTP, to every node
    const { submissions, scores } = await sendRoundMessages(net, { taskId, round, roundStart, roundEnd, trainers, validators, urls });
    log(`  ${submissions.length} submissions and ${scores.length} scores sent over HTTP to ${urls.length} nodes`);

    if (r === FORGED_ROUND && previousForForgery !== null) {
      // Two colluding members sign a result whose bundle drops an account's earlier rewards, and propose it first.
      const dropped = previousForForgery.cumulative[0]!;
      const forgedPrevious = { bundleHash: previousForForgery.bundleHash, cumulative: previousForForgery.cumulative.slice(1) };
      const inputs = await readRoundInputs(ctx, net.book, c, { taskId, round, spec, specHash: specHash(spec), submissions, scores, previous: forgedPrevious });
      const forged = await computeRound(inputs);
      const colluders = [1, 2].map((i) => privateKeyToAccount(hardhatKey(i))).sort((a, b) => (a.address.toLowerCase() < b.address.toLowerCase() ? -1 : 1));
      const sdomain = settlementDomain(ctx.chainId, c.settlement.address);
      const signatures = await Promise.all(colluders.map((a) => signRoundResult(a, sdomain, forged.result)));
      // The colluders publish their bundle where bundles are fetched: member-1's node serves it (written into its store).
      const published = new Database(join(net.nodes[0]!.dataDir, "node.db"));
      published.pragma("busy_timeout = 5000");
      published
        .prepare("INSERT OR IGNORE INTO bundles (task_id, round, bundle_hash, digest, bundle, created_ms) VALUES (?, ?, ?, ?, ?, ?)")
        .run(taskId.toString(), round.toString(), forged.bundleHash, hashRoundResult(settlementDomain(ctx.chainId, c.settlement.address), forged.result), forged.canonical, Date.now());
      published.close();
      const req = proposeRequest({ addresses, result: forged.result as never, slashes: forged.slashes as never, signatures });
      const hash = await ctx.wallets[1]!.writeContract({ ...req, account: ctx.wallets[1]!.account!, chain: ctx.publicClient.chain } as never);
      await ctx.publicClient.waitForTransactionReceipt({ hash });
      log(`  forged result proposed by 2 colluding members: bundle ${forged.bundleHash} drops ${nameOf.get(dropped.account.toLowerCase()) ?? dropped.account}'s earlier ${fmt(dropped.amount)} tokens`);
      const forgedDigest = hashRoundResult(sdomain, forged.result);
      const challenged = await waitFor("the guardian's challenge", async () => {
        const logs = await ctx.publicClient.getLogs({
          address: c.settlement.address,
          event: parseAbiItem("event ResultChallenged(uint256 indexed taskId, uint256 indexed round, bytes32 digest, address guardian, string reason)"),
          args: { taskId, round },
          fromBlock: 0n,
        });
        return logs.find((l) => l.args.digest?.toLowerCase() === forgedDigest.toLowerCase());
      });
      challenges++;
      log(`  guardian ${challenged.args.guardian} challenged it: "${challenged.args.reason}"`);
    }

    // the committee takes over once the scoring window closed
    await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
    const proposal = await waitFor(`round ${r}'s proposal by the committee`, async () => {
      const s = await getRoundStatus(ctx.publicClient, { addresses, taskId, round });
      return s.status === RoundStatus.Proposed ? s.proposal! : undefined;
    });
    const bundleText = await waitFor("the bundle", async () => {
      const res = await fetch(`${urls[1]}/v1/tasks/${taskId}/rounds/${r}/bundle?hash=${proposal.bundleHash}`);
      return res.status === 200 ? res.text() : undefined;
    });
    const bundle = JSON.parse(bundleText) as { merkle: { root: Hex }; outputs: { totalReward: string; accounts: { account: Address; amount: string; cumulativeAmount: string }[] }; slashes: { operator: Address; bps: string }[] };
    log(`  proposed by ${proposal.proposer} (${net.nodes.find((n) => n.address.toLowerCase() === proposal.proposer.toLowerCase())?.name ?? "?"}); bundle ${proposal.bundleHash}`);

    // positions in slashed pools, before the slash
    const positionsBefore = new Map<string, bigint>();
    for (const s of bundle.slashes) {
      for (const a of actors) {
        const shares = (await ctx.publicClient.readContract({ ...c.vault, functionName: "sharesOf", args: [s.operator, a.address] })) as bigint;
        if (shares > 0n) positionsBefore.set(`${s.operator}:${a.address}`, (await ctx.publicClient.readContract({ ...c.vault, functionName: "convertToAssets", args: [s.operator, shares] })) as bigint);
      }
    }

    // past the challenge window the nodes finalize
    await net.setTime(proposal.proposedAt + challengeWindow);
    await waitFor(`round ${r}'s finalization by the committee`, async () => {
      const s = await getRoundStatus(ctx.publicClient, { addresses, taskId, round });
      return s.status === RoundStatus.Finalized ? true : undefined;
    });
    const slashLogs = await ctx.publicClient.getLogs({
      address: c.vault.address,
      event: parseAbiItem("event Slashed(address indexed operator, bytes32 indexed ref, uint256 bps, uint256 activeCut, uint256 unbondingCut, address recipient)"),
      fromBlock: 0n,
    });
    const ref = keccak256(`0x${taskId.toString(16).padStart(64, "0")}${round.toString(16).padStart(64, "0")}`);
    const roundSlashes = slashLogs.filter((l) => l.args.ref?.toLowerCase() === ref.toLowerCase()).map((l) => ({ operator: l.args.operator!, bps: l.args.bps!.toString(), amount: (l.args.activeCut! + l.args.unbondingCut!).toString() }));
    const slashThisRound = new Map<string, bigint>();
    for (const [key, before] of positionsBefore) {
      const [op, account] = key.split(":") as [Address, Address];
      const shares = (await ctx.publicClient.readContract({ ...c.vault, functionName: "sharesOf", args: [op, account] })) as bigint;
      const after = (await ctx.publicClient.readContract({ ...c.vault, functionName: "convertToAssets", args: [op, shares] })) as bigint;
      const k = account.toLowerCase();
      slashThisRound.set(k, (slashThisRound.get(k) ?? 0n) + (before - after));
      slashedBy.set(k, (slashedBy.get(k) ?? 0n) + (before - after));
    }
    for (const s of roundSlashes) totalSlashed += BigInt(s.amount);

    // every rewarded account claims with the proof a node serves
    const roundAmount = new Map(bundle.outputs.accounts.map((a) => [a.account.toLowerCase(), BigInt(a.amount)]));
    for (const acc of bundle.outputs.accounts) {
      const cl = (await (await fetch(`${urls[2]}/v1/tasks/${taskId}/accounts/${acc.account}/claim`)).json()) as { cumulativeAmount: string; proof: Hex[] };
      const actor = actors.find((a) => a.address.toLowerCase() === acc.account.toLowerCase());
      const res = await claim(ctx, c, actor ? actor.wallet : ctx.wallets[3]!, taskId, acc.account, BigInt(cl.cumulativeAmount), cl.proof);
      const k = acc.account.toLowerCase();
      claimedBy.set(k, (claimedBy.get(k) ?? 0n) + res.paid);
      rewarded.set(k, BigInt(cl.cumulativeAmount));
    }
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
    log(`  totalReward ${fmt(BigInt(bundle.outputs.totalReward))} of ${fmt(BigInt(spec.rewardPerRound))}; slashes: ${roundSlashes.map((s) => `${nameOf.get(s.operator.toLowerCase())} ${s.bps} bps = ${fmt(BigInt(s.amount))}`).join(", ") || "none"}`);
    log(`  bundleHash ${proposal.bundleHash}  rewardsRoot ${bundle.merkle.root}`);
    summaryRounds.push({ round: r, bundleHash: proposal.bundleHash, rewardsRoot: bundle.merkle.root, totalReward: bundle.outputs.totalReward, slashes: roundSlashes });
    previousForForgery = { bundleHash: proposal.bundleHash, cumulative: bundle.outputs.accounts.map((a) => ({ account: a.account, amount: BigInt(a.cumulativeAmount) })) };
  }

  // ---------------------------------------------------------------- refunds and totals
  const task = (await ctx.publicClient.readContract({ ...c.registry, functionName: "getTask", args: [taskId] })) as { refundable: bigint; escrow: bigint };
  let refunded = 0n;
  if (task.refundable > 0n) {
    await send(ctx, creator, { ...c.registry, functionName: "withdrawRefund", args: [taskId] });
    refunded = task.refundable;
    log(`\nCreator withdrew ${fmt(refunded)} tokens of unspent budget`);
  }
  const after = (await ctx.publicClient.readContract({ ...c.registry, functionName: "getTask", args: [taskId] })) as { refundable: bigint; escrow: bigint };
  const budget = created.budget;
  const totalRewarded = [...rewarded.values()].reduce((s, v) => s + v, 0n);
  const totalClaimed = [...claimedBy.values()].reduce((s, v) => s + v, 0n);
  const dist = (await ctx.publicClient.readContract({ ...c.distributor, functionName: "taskRewards", args: [taskId] })) as { allocated: bigint; claimedTotal: bigint };

  log("\nFinal balances (tokens):");
  const accounts: DemoSummary["accounts"] = [];
  const rows: Record<string, string>[] = [];
  for (const a of actors) {
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
  table(rows, log);
  const summary: DemoSummary = {
    network: "hardhat-node",
    taskId: taskId.toString(),
    rounds: summaryRounds,
    totals: { budget: budget.toString(), rewarded: totalRewarded.toString(), claimed: totalClaimed.toString(), slashed: totalSlashed.toString(), refunded: refunded.toString() },
    accounts,
  };
  writeFileSync(join(OUT_DIR, "summary.json"), JSON.stringify(summary, null, 2) + "\n");

  const problems: string[] = [];
  if (totalClaimed !== totalRewarded) problems.push(`claimed ${totalClaimed} != rewarded ${totalRewarded}`);
  if (dist.allocated !== totalRewarded || dist.claimedTotal !== totalClaimed) problems.push(`distributor allocated ${dist.allocated} / claimed ${dist.claimedTotal} disagree with the bundles`);
  if (budget !== totalRewarded + refunded + after.escrow + after.refundable) problems.push(`budget ${budget} != rewarded ${totalRewarded} + refunded ${refunded} + escrowed ${after.escrow + after.refundable}`);
  if (totalSlashed === 0n) problems.push("the dishonest validator was never slashed");
  if (challenges !== 1) problems.push(`expected 1 guardian challenge, saw ${challenges}`);
  log(`\nTotals: budget ${fmt(budget)} = rewarded ${fmt(totalRewarded)} + refunded ${fmt(refunded)} + escrowed ${fmt(after.escrow + after.refundable)}; claimed ${fmt(totalClaimed)}; slashed ${fmt(totalSlashed)}; guardian challenges ${challenges}`);
  log(`Wrote summary.json and the nodes' configs, data and logs to out/network/`);
  if (problems.length) throw new Error(`the books do not balance: ${problems.join("; ")}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`demo:network: ${(e as Error).message.split("\n")[0]}\n`);
    process.exit(1);
  },
);
