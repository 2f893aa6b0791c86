// The FL Alliance part of `npm run demo:network`: a task of policy flock-fl-alliance-v1 run by `aerie worker` processes
// (role "fl": proposer or voter by each round's draw) against the network's real nodes. One worker poisons its update
// (scale −6); the demo picks the round's stake block so that it is drawn a proposer in round 1 only (below), the
// voters reject that round, and the global model (published by every worker with its hash) is carried on.
import { join } from "node:path";
import { formatUnits, type Address, type Hex } from "viem";
import { getBlock, readContract } from "viem/actions";

import { drawFlRoles, roundDrawSeed } from "../../src/aggregator";
import { taskPolicyOf } from "../../src/aggregator/policy/registry";
import type { FlockFlAllianceParams } from "../../src/aggregator/policy/flockFlAllianceV1";
import type { TaskSpecFile } from "../../src/lib/taskSpec";
import { openStore } from "../../src/node/store/db";
import { RoundMessageStore, type RoundMessageKind } from "../../src/node/store/roundMessages";
import { approve, createTaskFromSpec, getRoundStatus, joinTask, mint, parseTaskCreated, Role, RoundStatus, waitForReceipt, type WriteReturnType } from "../../src/sdk";
import { DatasetSpecSchema, referenceSet } from "../../src/worker/data/synthetic";
import { fetchModel } from "../../src/worker/fetchModel";
import { softmaxRegressionPlugin } from "../../src/worker/plugin";
import { rpc } from "../../test/node/helpers";
import { table } from "../../src/demo/run";
import { type Actor, type DemoTask, type Devnet, waitFor } from "./devnet";
import { DEMO_DATASET, spawnWorker, startWorkers, stopWorkers, type WorkerProc } from "./workers";

/** The FL task spec of the network demo (proposerRatioBps 4000: 3 proposers of 8). */
export const FL_NETWORK_SPEC_PATH = "examples/tasks/demo-network-fl.json";
/** The FL round in which the poisoning worker is drawn a proposer. */
export const POISONED_ROUND = 1;
/** The FL participants (operators of the Arena part) and what each does as a proposer. */
export const FL_PLANS: Record<string, { shard: { index: number; size: number; labelNoise?: number }; proposer: { kind: "honest" } | { kind: "scale"; factor: number } }> = {
  T1: { shard: { index: 20, size: 400 }, proposer: { kind: "honest" } },
  T2: { shard: { index: 21, size: 300 }, proposer: { kind: "honest" } },
  T3: { shard: { index: 22, size: 300 }, proposer: { kind: "honest" } },
  T4: { shard: { index: 23, size: 200, labelNoise: 0.2 }, proposer: { kind: "honest" } },
  V1: { shard: { index: 24, size: 300 }, proposer: { kind: "honest" } },
  V2: { shard: { index: 25, size: 300 }, proposer: { kind: "honest" } },
  V4: { shard: { index: 26, size: 300 }, proposer: { kind: "honest" } },
  T5: { shard: { index: 27, size: 300 }, proposer: { kind: "scale", factor: -6 } },
};
const POISONER = "T5";
/** One FL round as the demo reports it (summary.json `fl.rounds`; amounts: decimal strings of wei). */
export type FlRoundSummary = {
  round: number;
  proposers: string[];
  voters: { name: string; vote: string }[];
  aggregateVote: string;
  outcome: string;
  globalModelHash: Hex;
  heldOutAccuracy: number;
  bundleHash: Hex;
  wallMs: number;
  rewards: Record<string, string>;
  slashes: { name: string; bps: string }[];
};

/**
 * Runs the FL Alliance task on the network: creates it, joins the participants, starts one `aerie worker` (role
 * "fl") per participant, moves chain time through each round's windows, waits for the messages at every node and
 * for the committee's settlement, and measures each new global model on the reference set.
 * @throws Error if a round's outcome is not the planned one, the workers disagree on a global model, accuracy does not
 *   improve on the honest rounds, or the restarted voter's reveal was not accepted.
 */
export async function runFlNetwork(net: Devnet, p: { dir: string; arena: DemoTask; log: (line: string) => void; accountOf: (name: string) => number; spec: TaskSpecFile }): Promise<{ taskId: bigint; rounds: FlRoundSummary[]; initialAccuracy: number; restarted: string }> {
  const { ctx, addresses, c } = net;
  const { log, spec } = p;
  const mined = async (w: Promise<WriteReturnType>) => waitForReceipt(ctx.publicClient, await w);
  const governance = ctx.wallets[0]!;
  const creator = p.arena.creator;
  const budget = BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count);
  await mined(mint(governance, { addresses, to: creator.account.address, amount: budget }));
  await mined(approve(creator, { addresses, spender: addresses.taskRegistry, amount: budget }));
  const sent = await createTaskFromSpec(creator, { addresses, spec, specURI: FL_NETWORK_SPEC_PATH });
  const [event] = parseTaskCreated((await waitForReceipt(ctx.publicClient, sent)).logs);
  if (!event) throw new Error("createTask emitted no TaskCreated event");
  const taskId = event.taskId;
  const members: Actor[] = Object.keys(FL_PLANS).map((n) => p.arena.operators.get(n)!);
  for (const m of members) await mined(joinTask(m.wallet, { addresses, taskId, role: m.role === "trainer" ? Role.Trainer : Role.Validator }));
  const nameOf = new Map(members.map((m) => [m.address.toLowerCase(), m.name]));
  const tp = taskPolicyOf(spec);
  const params = tp.params as FlockFlAllianceParams;
  log(`\n=== FL Alliance: task ${taskId} from ${FL_NETWORK_SPEC_PATH} (policy ${spec.policy.id}), ${members.length} participants, ${spec.rounds.count} rounds × ${formatUnits(BigInt(spec.rewardPerRound), 18)} tokens ===`);

  const window = async (r: number) => {
    const [roundStart, roundEnd] = await readContract(ctx.publicClient, { ...c.registry, functionName: "roundWindow", args: [taskId, BigInt(r)] });
    const commitDeadline = roundEnd + BigInt(spec.scoringWindowSeconds);
    return { roundStart, roundEnd, commitDeadline, revealDeadline: commitDeadline + (tp.revealWindowSeconds ?? 0n) };
  };
  /** The draw of round `r` if the latest block were its stake block (stakes now = stakes at the round's start). */
  const drawNow = async (r: number) => {
    const head = await getBlock(ctx.publicClient, { blockTag: "latest" });
    const { roundStart } = await window(r);
    const participants = await Promise.all(members.map(async (m) => ({ operator: m.address, role: m.role === "trainer" ? ("trainer" as const) : ("validator" as const), stake: await readContract(ctx.publicClient, { ...c.vault, functionName: "stakeAt", args: [m.address, roundStart] }) })));
    return drawFlRoles(participants, roundDrawSeed(head.hash, taskId, BigInt(r)), params);
  };
  /**
   * Picks round `r`'s stake block: mines empty blocks at increasing timestamps before the round starts until the draw
   * seeded by the latest one puts the poisoning worker among the proposers in {@link POISONED_ROUND} only. (A demo
   * device: it makes the run's story fixed; on a live chain nobody controls the block hash like this.)
   */
  const pickDraw = async (r: number, after: bigint) => {
    const { roundStart } = await window(r);
    const poisoner = p.arena.operators.get(POISONER)!.address;
    for (let i = 0n; i < 200n; i++) {
      const t = after + 1n + i;
      if (t > roundStart) break;
      await rpc(net.chain.url, "evm_setNextBlockTimestamp", [`0x${t.toString(16)}`]);
      await rpc(net.chain.url, "evm_mine", []);
      const roles = await drawNow(r);
      if ((roles.get(poisoner) === "proposer") === (r === POISONED_ROUND)) return i + 1n;
    }
    throw new Error(`no stake block before round ${r}'s start gave the planned draw`);
  };

  // the stake block of round 0, then the workers (they read the task at start)
  const w0 = await window(0);
  const now0 = (await getBlock(ctx.publicClient, { blockTag: "latest" })).timestamp;
  await pickDraw(0, now0 > w0.roundStart - 300n ? now0 : w0.roundStart - 300n);
  const workers: WorkerProc[] = await startWorkers(net, {
    dir: p.dir,
    subdir: "fl-workers",
    taskId,
    specPath: join(__dirname, "..", "..", FL_NETWORK_SPEC_PATH),
    actors: members,
    accountOf: p.accountOf,
    plan: (a) => ({ role: "fl", fl: { shard: FL_PLANS[a.name]!.shard, heldOut: { index: 10 + Object.keys(FL_PLANS).indexOf(a.name), size: 500 }, proposer: FL_PLANS[a.name]!.proposer } }),
  });
  log(`  ${workers.length} FL workers started: ${workers.map((w) => `${w.actor.name} (pid ${w.proc.pid})`).join(", ")}`);
  const urls = net.nodes.map((n) => n.url);
  const dataset = DatasetSpecSchema.parse(DEMO_DATASET);
  const plugin = softmaxRegressionPlugin(dataset);
  const reference = referenceSet(dataset, 10_000);
  const accuracyOf = async (globalRound: number): Promise<{ hash: Hex; accuracy: number }> => {
    // every worker derives and publishes the same global model; they must agree
    const answers = await waitFor(`global model of FL round ${globalRound} at every worker`, async () => {
      const got = await Promise.all(workers.map((w) => fetch(`${w.url}/global/${taskId}/${globalRound}`).then((r) => (r.status === 200 ? (r.json() as Promise<{ modelHash: Hex; modelURI: string }>) : undefined)).catch(() => undefined)));
      return got.every((g) => g !== undefined) ? (got as { modelHash: Hex; modelURI: string }[]) : undefined;
    }, 120_000, 500);
    const hashes = new Set(answers.map((a) => a.modelHash.toLowerCase()));
    if (hashes.size !== 1) throw new Error(`the FL workers disagree on round ${globalRound}'s global model: ${[...hashes].join(", ")}`);
    const bytes = await fetchModel(answers[0]!.modelURI, answers[0]!.modelHash);
    const e = await plugin.evaluate(bytes, reference);
    return { hash: answers[0]!.modelHash, accuracy: e.correct / e.n };
  };
  /** Waits until every node stored a message of `kind` from each of `signers` for the round (read from its database). */
  const waitStored = (kind: RoundMessageKind, round: bigint, signers: Address[]) =>
    waitFor(`FL ${kind} of round ${round} from ${signers.map((s) => nameOf.get(s.toLowerCase())).join(", ")} at every node`, async () => {
      for (const n of net.nodes) {
        const db = openStore({ dataDir: n.dataDir });
        try {
          const have = new Set(new RoundMessageStore(db).list(kind, taskId, round).map((e) => e.signer.toLowerCase()));
          if (!signers.every((s) => have.has(s.toLowerCase()))) return undefined;
        } finally {
          db.close();
        }
      }
      return true;
    }, 120_000, 500);

  const initial = await accuracyOf(0);
  log(`  round 0's global model (the initial one) ${initial.hash}: held-out accuracy ${initial.accuracy.toFixed(4)}`);
  const rounds: FlRoundSummary[] = [];
  let restarted = "";
  const challengeWindow = await readContract(ctx.publicClient, { ...c.settlement, functionName: "CHALLENGE_WINDOW" });
  for (let r = 0; r < spec.rounds.count; r++) {
    const round = BigInt(r);
    const t0 = performance.now();
    const w = await window(r);
    await net.setTime(w.roundStart + 60n);
    const roles = await waitFor(`FL round ${r}'s draw from the node`, async () => {
      const res = await fetch(`${urls[0]}/v1/tasks/${taskId}/rounds/${r}/roles`);
      return res.status === 200 ? ((await res.json()) as { seed: Hex; roles: { operator: Address; role: string }[] }) : undefined;
    });
    const proposers = roles.roles.filter((x) => x.role === "proposer").map((x) => x.operator);
    const voters = roles.roles.filter((x) => x.role === "voter").map((x) => x.operator);
    log(`\n=== FL round ${r}  [${w.roundStart}, ${w.roundEnd})  seed ${roles.seed} ===`);
    log(`  proposers ${proposers.map((a) => `${nameOf.get(a.toLowerCase())} (${FL_PLANS[nameOf.get(a.toLowerCase())!]!.proposer.kind})`).join(", ")}; voters ${voters.map((a) => nameOf.get(a.toLowerCase())).join(", ")}`);
    await waitStored("modelUpdate", round, proposers);
    // the next round's stake block lies inside this round (rounds are back to back)
    if (r + 1 < spec.rounds.count) {
      const head = (await getBlock(ctx.publicClient, { blockTag: "latest" })).timestamp;
      await pickDraw(r + 1, head);
    }
    await net.setTime(w.roundEnd + 60n);
    await waitStored("voteCommit", round, voters);
    if (r === 0) {
      // a voter killed between its commitment and its reveal reveals after a restart (its salt is in its data dir)
      const victim = workers.find((x) => x.actor.address.toLowerCase() === voters[0]!.toLowerCase())!;
      await stopWorkers([victim]);
      const again = await spawnWorker(victim.cli, victim);
      workers[workers.indexOf(victim)] = again;
      restarted = victim.actor.name;
      log(`  voter ${victim.actor.name} killed (SIGKILL, pid ${victim.proc.pid}) after its commitment and restarted (pid ${again.proc.pid})`);
    }
    await net.setTime(w.commitDeadline + 60n);
    await waitStored("vote", round, voters);
    await net.setTime(w.revealDeadline + 1n);
    const proposal = await waitFor(`FL round ${r}'s proposal by the committee`, async () => {
      const s = await getRoundStatus(ctx.publicClient, { addresses, taskId, round, fromBlock: net.fromBlock });
      return s.status === RoundStatus.Proposed && s.proposal !== null ? s.proposal : undefined;
    });
    const bundle = (await waitFor("the FL bundle", async () => {
      const res = await fetch(`${urls[1]}/v1/tasks/${taskId}/rounds/${r}/bundle?hash=${proposal.bundleHash}`);
      return res.status === 200 ? res.json() : undefined;
    })) as { outputs: { policy: { aggregateVote: string; outcome: string; voters: { operator: Address; vote: string }[] }; operators: { operator: Address; reward: string }[] }; slashes: { operator: Address; bps: string }[] };
    await net.setTime(proposal.proposedAt + challengeWindow);
    await waitFor(`FL round ${r}'s finalization by the committee`, async () => {
      const s = await getRoundStatus(ctx.publicClient, { addresses, taskId, round, fromBlock: net.fromBlock });
      return s.status === RoundStatus.Finalized ? true : undefined;
    });
    const next = await accuracyOf(r + 1);
    const pol = bundle.outputs.policy;
    const summary: FlRoundSummary = {
      round: r,
      proposers: proposers.map((a) => nameOf.get(a.toLowerCase())!),
      voters: pol.voters.map((v) => ({ name: nameOf.get(v.operator.toLowerCase())!, vote: String(v.vote) })),
      aggregateVote: String(pol.aggregateVote),
      outcome: pol.outcome,
      globalModelHash: next.hash,
      heldOutAccuracy: next.accuracy,
      bundleHash: proposal.bundleHash,
      wallMs: Math.round(performance.now() - t0),
      rewards: Object.fromEntries(bundle.outputs.operators.map((o) => [nameOf.get(o.operator.toLowerCase()) ?? o.operator, o.reward])),
      slashes: bundle.slashes.map((s) => ({ name: nameOf.get(s.operator.toLowerCase()) ?? s.operator, bps: String(s.bps) })),
    };
    rounds.push(summary);
    table(
      [...proposers, ...voters].map((a) => {
        const n = nameOf.get(a.toLowerCase())!;
        return {
          operator: n,
          role: proposers.includes(a) ? `proposer (${FL_PLANS[n]!.proposer.kind})` : "voter",
          vote: summary.voters.find((v) => v.name === n)?.vote ?? "-",
          "reward (tokens)": formatUnits(BigInt(summary.rewards[n] ?? "0"), 18),
          slashed: summary.slashes.some((s) => s.name === n) ? `${summary.slashes.find((s) => s.name === n)!.bps} bps` : "-",
        };
      }),
      log,
    );
    log(`  aggregate vote ${summary.aggregateVote}: update ${summary.outcome}; bundle ${summary.bundleHash}`);
    log(`  round ${r + 1}'s global model ${next.hash}: held-out accuracy ${next.accuracy.toFixed(4)} (10,000 reference samples); round wall time ${(summary.wallMs / 1000).toFixed(1)} s`);
  }
  await stopWorkers(workers);

  const problems: string[] = [];
  for (const s of rounds) {
    const planned = s.round === POISONED_ROUND ? "rejected" : "accepted";
    if (s.outcome !== planned) problems.push(`FL round ${s.round} was ${s.outcome}, planned ${planned}`);
  }
  let best = initial.accuracy;
  for (const s of rounds) {
    if (s.outcome === "accepted") {
      if (!(s.heldOutAccuracy > best)) problems.push(`FL round ${s.round}'s accepted model did not improve held-out accuracy (${s.heldOutAccuracy} <= ${best})`);
      best = Math.max(best, s.heldOutAccuracy);
    } else if (s.heldOutAccuracy !== best) problems.push(`FL round ${s.round} was ${s.outcome} but the global model changed`);
  }
  const revealed = rounds[0]?.voters.some((v) => v.name === restarted) === true;
  if (!revealed) problems.push(`the restarted voter ${restarted}'s reveal is not in round 0's bundle`);
  log(`\nFL Alliance: held-out accuracy by round ${[initial.accuracy, ...rounds.map((s) => s.heldOutAccuracy)].map((a) => a.toFixed(4)).join(" → ")}; outcomes ${rounds.map((s) => s.outcome).join(", ")}; ${restarted} revealed after its restart: ${revealed}`);
  if (problems.length) throw new Error(`the FL Alliance run did not go as planned: ${problems.join("; ")}`);
  return { taskId, rounds, initialAccuracy: initial.accuracy, restarted };
}
