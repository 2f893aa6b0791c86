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
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import { formatUnits, isAddress, keccak256, parseEventLogs, parseUnits, toBytes, type Address, type Hex, type TransactionReceipt } from "viem";
import { getBlock, readContract, signTypedData } from "viem/actions";
import {
  aerieAddresses,
  approve,
  claim,
  createTaskFromSpec,
  defaultDeploymentsDir,
  deployAerie,
  finalize,
  getBalance,
  getOperator,
  getPosition,
  getRoundInputs,
  getTask,
  joinTask,
  mint,
  parseTaskCreated,
  propose,
  providerClients,
  registerOperator,
  resolveDeployParams,
  rewardDistributorAbi,
  Role,
  roundSettlementAbi,
  signRoundResult,
  stake,
  stakingVaultAbi,
  taskRegistryAbi,
  waitForReceipt,
  withdrawRefund,
  type AerieAddresses,
  type AerieClient,
  type AerieWalletClient,
  type WriteReturnType,
} from "../sdk";
import { computeRound, type RoundInputs, type RoundOutput, type SignedScores, type SignedScoresCommit, type SignedSubmission } from "../aggregator";
import type { JsonValue } from "../lib/canonical";
import { taskPolicyOf } from "../aggregator/policy/registry";
import { specHash } from "../lib/taskSpec";
import { parseTaskSpec } from "../aggregator/taskSpec";
import { aerieDomain, SCORES_COMMIT_TYPES, SCORES_TYPES, scoresCommitment, SUBMISSION_TYPES } from "../lib/eip712";

/** The demo task spec. */
export const SPEC_PATH = "examples/tasks/demo-3-rounds.json";
/** The demo task spec of each scores policy the demo runs (`--policy`). */
export const SPEC_PATHS: Record<string, string> = {
  "aerie-consensus-v1": SPEC_PATH,
  "aerie-consensus-v2": "examples/tasks/demo-3-rounds-v2.json",
};
const DEFAULT_OUT_DIR = join(__dirname, "..", "..", "out", "demo");
const TOKEN = (n: number | string) => parseUnits(String(n), 18);

/**
 * What each account lost to this round's slashes: its position value (wei) per `operator:account` key before,
 * minus the value now. Adds each loss to `slashedBy` (lower-case account → wei) and returns this round's losses.
 */
export async function slashedSince(
  publicClient: AerieClient,
  addresses: AerieAddresses,
  positionsBefore: ReadonlyMap<string, bigint>,
  slashedBy: Map<string, bigint>,
): Promise<Map<string, bigint>> {
  const thisRound = new Map<string, bigint>();
  for (const [key, before] of positionsBefore) {
    const [op, account] = key.split(":");
    if (!op || !account || !isAddress(op) || !isAddress(account)) throw new Error(`bad position key ${key}`);
    const lost = before - (await getPosition(publicClient, { addresses, operator: op, account })).assets;
    const k = account.toLowerCase();
    thisRound.set(k, (thisRound.get(k) ?? 0n) + lost);
    slashedBy.set(k, (slashedBy.get(k) ?? 0n) + lost);
  }
  return thisRound;
}

/**
 * The wei a slash takes and how it splits, as `StakingVault.slash` computes it (docs/PROTOCOL.md §3): `amount` is
 * what leaves the pools in all (`activeCut + unbondingCut`, the rate's amount capped by the pools).
 */
export type SlashPrediction = { amount: bigint; activeCut: bigint; unbondingCut: bigint };

/**
 * Predicts a slash the way the vault makes it: `amount = ceil(base * bps / 10_000)` with `base` the operator's
 * stake at the round's start (wei; the bundle's participant stake), taken from the pools as they are when it lands
 * (`active`, `unbonding`, wei) pro rata and capped by them: both whole if `amount >= active + unbonding`, else
 * `activeCut = ceil(amount * active / (active + unbonding))` and the unbonding pool the rest. Pure bigint maths.
 */
export function predictSlash(base: bigint, bps: bigint, active: bigint, unbonding: bigint): SlashPrediction {
  const amount = (base * bps + 9_999n) / 10_000n;
  const total = active + unbonding;
  if (amount >= total) return { amount: total, activeCut: active, unbondingCut: unbonding };
  const activeCut = (amount * active + total - 1n) / total;
  return { amount, activeCut, unbondingCut: amount - activeCut };
}

/**
 * Checks one `Slashed` event against `predictSlash`: its base must be the bundle's stake of the operator at the
 * round's start and its cuts the prediction from the pools just before the slash. Returns what disagrees (empty if
 * nothing), each as one line.
 */
export function checkSlash(
  event: { operator: Address; bps: bigint; base: bigint; activeCut: bigint; unbondingCut: bigint },
  stakeAtStart: bigint | undefined,
  pools: { active: bigint; unbonding: bigint } | undefined,
): string[] {
  const problems: string[] = [];
  if (stakeAtStart === undefined || pools === undefined) return [`slash of ${event.operator}: not a slashed participant of the bundle`];
  if (event.base !== stakeAtStart) problems.push(`slash of ${event.operator}: base ${event.base} != bundle stake at the round's start ${stakeAtStart}`);
  const p = predictSlash(stakeAtStart, event.bps, pools.active, pools.unbonding);
  if (event.activeCut !== p.activeCut || event.unbondingCut !== p.unbondingCut) {
    problems.push(`slash of ${event.operator}: cuts ${event.activeCut}/${event.unbondingCut} != predicted ${p.activeCut}/${p.unbondingCut}`);
  }
  return problems;
}

/** An operator's active and unbonding pool assets now, wei (what a slash landing next is taken from). */
export async function poolsOf(publicClient: AerieClient, addresses: AerieAddresses, operator: Address): Promise<{ active: bigint; unbonding: bigint }> {
  const o = await getOperator(publicClient, { addresses, operator });
  return { active: o.stake, unbonding: o.unbonding.assets };
}

/** An account's part in the demo. */
export type DemoRole = "trainer" | "validator" | "delegator";
type Actor = { name: string; role: DemoRole; wallet: AerieWalletClient; address: Address };

/** Formats wei as whole tokens for the tables (display only; never used in maths). */
function fmt(wei: bigint): string {
  return formatUnits(wei, 18);
}

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
  rounds: { round: number; bundleHash: Hex; rewardsRoot: Hex; totalReward: string; slashes: { operator: Address; bps: string; base: string; amount: string }[] }[];
  totals: { budget: string; rewarded: string; claimed: string; slashed: string; refunded: string };
  accounts: { address: Address; role: DemoRole; staked: string; rewarded: string; claimed: string; slashed: string }[];
};

/**
 * Runs the whole demo on `hre`'s network and returns the summary it wrote.
 * @param opts.outDir where bundles and summary.json go (default out/demo).
 * @param opts.log line printer (default stdout); pass `() => {}` for silence.
 * @param opts.bookPath address book path (default deployments/<chainId>.json; the in-process network always
 * deploys afresh into deployments/hardhat/<chainId>.json).
 * @throws Error when the books do not balance (claimed != rewarded, budget != rewarded + refunded + escrowed),
 * the committee members disagree, or no slash happened.
 */
export async function runDemo(
  hre: HardhatRuntimeEnvironment,
  opts: { outDir?: string; log?: (line: string) => void; bookPath?: string; policy?: string } = {},
): Promise<DemoSummary> {
  const specPath = SPEC_PATHS[opts.policy ?? "aerie-consensus-v1"];
  if (specPath === undefined) throw new Error(`--policy: expected one of ${[...Object.keys(SPEC_PATHS), "flock-fl-alliance-v1"].join(", ")}, got '${opts.policy}'`);
  if (opts.log) console_ = { log: opts.log };
  const console = console_;
  const OUT_DIR = opts.outDir ?? DEFAULT_OUT_DIR;
  const { chainId, publicClient, walletClients: wallets } = await providerClients(hre.network.provider);
  const network = hre.network.name;
  /** Waits for a write's receipt (status checked). */
  const mined = async (write: Promise<WriteReturnType>): Promise<TransactionReceipt> => waitForReceipt(publicClient, await write);
  /** Moves chain time to `t` (or leaves it if already later) and returns the time of the mined block. */
  const time = {
    increaseTo: async (t: bigint): Promise<bigint> => {
      const now = (await getBlock(publicClient, { blockTag: "latest" })).timestamp;
      const target = t > now ? t : now + 1n;
      await hre.network.provider.send("evm_setNextBlockTimestamp", [`0x${target.toString(16)}`]);
      await hre.network.provider.send("evm_mine", []);
      return target;
    },
  };
  if (wallets.length < 16) throw new Error(`the demo needs 16 accounts, ${network} has ${wallets.length}`);
  const wallet = (i: number): AerieWalletClient => {
    const w = wallets[i];
    if (!w) throw new Error(`account ${i} is not configured on ${network}`);
    return w;
  };
  console.log(`Aerie demo on network '${network}' (chain ${chainId})\n`);

  // ---------------------------------------------------------------- deploy
  const params = resolveDeployParams(network, wallets.map((w) => w.account.address));
  const inProcess = network === "hardhat";
  const bookPath = opts.bookPath ?? (inProcess ? join(defaultDeploymentsDir(), "hardhat", `${chainId}.json`) : undefined);
  const dep = await deployAerie(wallet(0), { network, params, path: bookPath, fresh: inProcess });
  const addresses = aerieAddresses(dep.book);
  console.log(`Deployed: ${dep.deployed.join(", ") || "(none)"}; reused: ${dep.reused.join(", ") || "(none)"}`);
  for (const [k, v] of Object.entries(addresses)) console.log(`  ${k.padEnd(17)} ${v}`);
  const fromBlock = BigInt(dep.book.contracts.StakingVault?.block ?? 0);
  const governance = wallet(0);
  const committee = [1, 2, 3].map(wallet);
  const creator = wallet(CREATOR_ACCOUNT);

  // ---------------------------------------------------------------- actors and stakes
  const operators = new Map<string, Actor>();
  for (const o of OPERATORS) operators.set(o.name, { name: o.name, role: o.role, wallet: wallet(o.account), address: wallet(o.account).account.address });
  const delegators: Actor[] = DELEGATORS.map((d) => ({ name: d.name, role: "delegator", wallet: wallet(d.account), address: wallet(d.account).account.address }));
  const nameOf = new Map<string, string>();
  for (const a of [...operators.values(), ...delegators]) nameOf.set(a.address.toLowerCase(), a.name);

  const mintTo = async (to: Address, amount: bigint) => mined(mint(governance, { addresses, to, amount }));
  /** Approves the vault and stakes (the SDK's stake needs the allowance first). */
  const stakeTo = async (from: AerieWalletClient, operator: Address, amount: bigint) => {
    await mined(approve(from, { addresses, spender: addresses.stakingVault, amount }));
    return mined(stake(from, { addresses, operator, amount }));
  };
  await mintTo(creator.account.address, TOKEN(3000));
  for (const o of OPERATORS) {
    const a = operators.get(o.name)!;
    await mintTo(a.address, TOKEN(o.selfStake));
    await mined(registerOperator(a.wallet, { addresses, commissionBps: o.commissionBps, metadataURI: `https://aerie.example/operators/${o.name}` }));
    await stakeTo(a.wallet, a.address, TOKEN(o.selfStake));
  }
  for (const d of DELEGATORS) {
    const a = delegators.find((x) => x.name === d.name)!;
    const total = d.to.reduce((s, [, n]) => s + n, 0);
    await mintTo(a.address, TOKEN(total));
    for (const [opName, n] of d.to) await stakeTo(a.wallet, operators.get(opName)!.address, TOKEN(n));
  }
  console.log("\nOperators and delegations:");
  table([
    ...OPERATORS.map((o) => ({ name: o.name, role: o.role + (o.name === DISHONEST ? " (dishonest)" : ""), address: operators.get(o.name)!.address, "self-stake": String(o.selfStake), "commission bps": String(o.commissionBps) })),
    ...DELEGATORS.map((d) => ({ name: d.name, role: "delegator", address: delegators.find((x) => x.name === d.name)!.address, "self-stake": "-", "commission bps": d.to.map(([o, n]) => `${n}→${o}`).join(" ") })),
  ]);

  // ---------------------------------------------------------------- task
  const specJson = JSON.parse(readFileSync(join(__dirname, "..", "..", specPath), "utf8"));
  const spec = parseTaskSpec(specJson);
  const commitReveal = taskPolicyOf(spec);
  const revealWindow = commitReveal.policy.messages.includes("scoresCommit") ? commitReveal.revealWindowSeconds ?? 0n : undefined;
  const challengeWindow = await readContract(publicClient, { address: addresses.roundSettlement, abi: roundSettlementAbi, functionName: "CHALLENGE_WINDOW" });
  if (BigInt(spec.rounds.durationSeconds) <= BigInt(spec.scoringWindowSeconds) + challengeWindow + 600n) {
    throw new Error(`${specPath}: the demo settles rounds one after another, so rounds must outlast scoring window + challenge window`);
  }
  const budgetWanted = BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count);
  await mined(approve(creator, { addresses, spender: addresses.taskRegistry, amount: budgetWanted }));
  const created = await createTaskFromSpec(creator, { addresses, spec, specURI: specPath });
  const createdReceipt = await waitForReceipt(publicClient, created);
  const [createdEvent] = parseTaskCreated(createdReceipt.logs);
  if (!createdEvent) throw new Error("createTask emitted no TaskCreated event");
  const taskId = createdEvent.taskId;
  console.log(`\nTask ${taskId} created from ${specPath} (policy ${spec.policy.id}): ${spec.rounds.count} rounds × ${fmt(BigInt(spec.rewardPerRound))} tokens, specHash ${created.onChainSpec.specHash} (createTask gas ${createdReceipt.gasUsed})`);
  for (const o of OPERATORS) await mined(joinTask(operators.get(o.name)!.wallet, { addresses, taskId, role: o.role === "trainer" ? Role.Trainer : Role.Validator }));

  const trainers = OPERATORS.filter((o) => o.role === "trainer").map((o) => operators.get(o.name)!);
  const validators = OPERATORS.filter((o) => o.role === "validator").map((o) => operators.get(o.name)!);
  const domain = aerieDomain(chainId, addresses.taskRegistry);

  // per-account bookkeeping for the summary
  const rewarded = new Map<string, bigint>();
  const claimedBy = new Map<string, bigint>();
  const slashedBy = new Map<string, bigint>();
  const summaryRounds: unknown[] = [];
  let previous: RoundInputs["previous"] = null;
  let totalSlashed = 0n;
  /** Slashes whose base or cuts disagree with `predictSlash` over the bundle's stakes. */
  const slashProblems: string[] = [];
  mkdirSync(OUT_DIR, { recursive: true });

  for (let r = 0; r < spec.rounds.count; r++) {
    const round = BigInt(r);
    const [roundStart, roundEnd] = await readContract(publicClient, { address: addresses.taskRegistry, abi: taskRegistryAbi, functionName: "roundWindow", args: [taskId, round] });
    console.log(`\n=== Round ${r}  [${roundStart}, ${roundEnd}) ===`);

    // trainers submit during the round
    const submittedAt = await time.increaseTo(roundStart + 60n);
    if (submittedAt >= roundEnd) throw new Error(`round ${r} ended before its trainers could submit`);
    const submissions: SignedSubmission[] = [];
    for (const [i, t] of trainers.entries()) {
      const message = { taskId, round, trainer: t.address, modelHash: keccak256(toBytes(`model:${taskId}:${r}:${t.name}`)), modelURI: `ipfs://demo/${taskId}/${r}/${t.name}.safetensors` };
      const signature = await signTypedData(t.wallet, { account: t.wallet.account, domain, types: SUBMISSION_TYPES, primaryType: "Submission", message });
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
      const signature = await signTypedData(v.wallet, { account: v.wallet.account, domain, types: SCORES_TYPES, primaryType: "Scores", message });
      scores.push({ message, signature, receivedAt: scoredAt + BigInt(vi) });
    }
    // commit–reveal (aerie-consensus-v2): each validator commits to its scores in the scoring window and reveals
    // them with the salt once the window closes, so nobody can copy another's scores
    const scoresCommits: SignedScoresCommit[] = [];
    if (revealWindow !== undefined) {
      const commitDeadline = roundEnd + BigInt(spec.scoringWindowSeconds);
      for (const [vi, sc] of scores.entries()) {
        const v = validators[vi]!;
        const salt = keccak256(toBytes(`demo salt:${taskId}:${r}:${v.name}`));
        const message = { taskId, round, validator: v.address, commitment: scoresCommitment(sc.message, salt) };
        const signature = await signTypedData(v.wallet, { account: v.wallet.account, domain, types: SCORES_COMMIT_TYPES, primaryType: "ScoresCommit", message });
        scoresCommits.push({ message, signature, receivedAt: sc.receivedAt });
        scores[vi] = { ...sc, salt, receivedAt: commitDeadline + 60n + BigInt(vi) };
      }
      console.log(`  ${scoresCommits.length} validators committed to their scores; reveals after ${commitDeadline}`);
      await time.increaseTo(commitDeadline + revealWindow + 1n);
    }
    await time.increaseTo(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);

    // every committee member computes the round independently; the results must be byte-identical
    // the bundle is published as a local file; its file:// URI is signed with the result
    const bundleFile = join(OUT_DIR, `task-${taskId}-round-${r}.json`);
    const bundleURI = pathToFileURL(resolve(bundleFile)).href;
    const outputs: RoundOutput[] = [];
    const stakeAtStart = new Map<string, bigint>();
    for (let m = 0; m < committee.length; m++) {
      const inputs = await getRoundInputs(publicClient, { addresses, fromBlock, taskId, round, spec, specHash: specHash(spec), submissions: m === 1 ? [...submissions].reverse() : submissions, scores: m === 2 ? [...scores].reverse() : scores, previous });
      if (revealWindow !== undefined) inputs.scoresCommits = m === 1 ? [...scoresCommits].reverse() : scoresCommits;
      outputs.push(await computeRound(inputs, { bundleURI }));
      if (m === 0) for (const p of inputs.participants) stakeAtStart.set(p.operator.toLowerCase(), p.stake);
    }
    const out = outputs[0];
    if (!outputs.every((o) => o.bundleHash === out.bundleHash)) throw new Error(`committee members disagree on round ${r}: ${outputs.map((o) => o.bundleHash).join(" ")}`);
    writeFileSync(bundleFile, out.canonical + "\n");

    // 2-of-3 sign and propose
    const signatures = await Promise.all(committee.slice(0, 2).map((m) => signRoundResult(m, { addresses, result: out.result })));
    const proposed = await mined(propose(committee[0]!, { addresses, result: out.result, slashes: out.slashes, signatures }));
    const proposedAt = (await getBlock(publicClient, { blockNumber: proposed.blockNumber })).timestamp;

    // value of every position in a slashed pool, before the slash
    const slashedOps = out.slashes.map((s) => s.operator);
    const positionsBefore = new Map<string, bigint>();
    const poolsBefore = new Map<string, { active: bigint; unbonding: bigint }>();
    for (const op of slashedOps) {
      poolsBefore.set(op.toLowerCase(), await poolsOf(publicClient, addresses, op));
      for (const a of [...operators.values(), ...delegators]) {
        const position = await getPosition(publicClient, { addresses, operator: op, account: a.address });
        if (position.shares === 0n) continue;
        positionsBefore.set(`${op}:${a.address}`, position.assets);
      }
    }

    await time.increaseTo(proposedAt + challengeWindow);
    const finalized = await mined(finalize(committee[2]!, { addresses, taskId, round }));
    const slashEvents = parseEventLogs({ abi: stakingVaultAbi, logs: finalized.logs, eventName: "Slashed" });
    const roundSlashes = slashEvents.map((e) => ({ operator: e.args.operator, bps: e.args.bps.toString(), base: e.args.base.toString(), amount: (e.args.activeCut + e.args.unbondingCut).toString() }));
    for (const e of slashEvents) slashProblems.push(...checkSlash(e.args, stakeAtStart.get(e.args.operator.toLowerCase()), poolsBefore.get(e.args.operator.toLowerCase())));
    const slashThisRound = await slashedSince(publicClient, addresses, positionsBefore, slashedBy);
    for (const e of slashEvents) totalSlashed += e.args.activeCut + e.args.unbondingCut;

    // every rewarded account claims its cumulative amount (paid: the difference)
    const claimGas: bigint[] = [];
    const roundAmount = new Map<string, bigint>();
    const bundleAccounts = (out.bundle as unknown as { outputs: { accounts: { account: Address; amount: string }[] } }).outputs.accounts;
    for (const acc of bundleAccounts) roundAmount.set(acc.account.toLowerCase(), BigInt(acc.amount));
    for (const cl of out.claims) {
      const actor = [...operators.values(), ...delegators].find((a) => a.address.toLowerCase() === cl.account.toLowerCase());
      const sender = actor ? actor.wallet : committee[2]!;
      const k = cl.account.toLowerCase();
      const alreadyClaimed = claimedBy.get(k) ?? 0n;
      if (cl.cumulativeAmount > alreadyClaimed) {
        const receipt = await mined(claim(sender, { addresses, taskId, account: cl.account, cumulativeAmount: cl.cumulativeAmount, proof: cl.proof }));
        claimGas.push(receipt.gasUsed);
        claimedBy.set(k, cl.cumulativeAmount);
      }
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
    console.log(`  totalReward ${fmt(out.result.totalReward)} of ${fmt(BigInt(spec.rewardPerRound))}; slashes: ${roundSlashes.map((s) => `${nameOf.get(s.operator.toLowerCase())} ${s.bps} bps of ${fmt(BigInt(s.base))} (stake at the round's start) = ${fmt(BigInt(s.amount))}`).join(", ") || "none"}`);
    console.log(`  gas: propose ${proposed.gasUsed}, finalize ${finalized.gasUsed}, claim ${avgClaim} (mean of ${claimGas.length})`);
    console.log(`  bundleHash ${out.bundleHash}  rewardsRoot ${out.result.rewardsRoot}`);

    summaryRounds.push({ round: r, bundleHash: out.bundleHash, rewardsRoot: out.result.rewardsRoot, totalReward: out.result.totalReward.toString(), slashes: roundSlashes });
    previous = { bundleHash: out.bundleHash, cumulative: out.claims.map((cl) => ({ account: cl.account, amount: cl.cumulativeAmount })), ...(revealWindow !== undefined ? { policyState: (out.bundle as { policyState?: JsonValue }).policyState ?? null } : {}) };
  }

  // ---------------------------------------------------------------- refunds and totals
  const task = await getTask(publicClient, { addresses, taskId });
  let refunded = 0n;
  if (task.refundable > 0n) {
    const r = await mined(withdrawRefund(creator, { addresses, taskId }));
    refunded = task.refundable;
    console.log(`\nCreator withdrew ${fmt(refunded)} tokens of unspent budget (gas ${r.gasUsed})`);
  }
  const after = await getTask(publicClient, { addresses, taskId });
  const budget = created.budget;
  const totalRewarded = [...rewarded.values()].reduce((s, v) => s + v, 0n);
  const totalClaimed = [...claimedBy.values()].reduce((s, v) => s + v, 0n);
  const dist = await readContract(publicClient, { address: addresses.rewardDistributor, abi: rewardDistributorAbi, functionName: "taskRewards", args: [taskId] });

  console.log("\nFinal balances (tokens):");
  const accounts: unknown[] = [];
  const rows: Record<string, string>[] = [];
  for (const a of [...operators.values(), ...delegators]) {
    const k = a.address.toLowerCase();
    let stakedNow = 0n;
    for (const op of operators.values()) {
      stakedNow += (await getPosition(publicClient, { addresses, operator: op.address, account: a.address })).assets;
    }
    const held = await getBalance(publicClient, { addresses, account: a.address });
    rows.push({ account: a.name, role: a.role, wallet: fmt(held), staked: fmt(stakedNow), rewarded: fmt(rewarded.get(k) ?? 0n), claimed: fmt(claimedBy.get(k) ?? 0n), slashed: fmt(slashedBy.get(k) ?? 0n) });
    accounts.push({ address: a.address, role: a.role, staked: stakedNow.toString(), rewarded: (rewarded.get(k) ?? 0n).toString(), claimed: (claimedBy.get(k) ?? 0n).toString(), slashed: (slashedBy.get(k) ?? 0n).toString() });
  }
  table(rows);

  const summary: DemoSummary = {
    network,
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
  problems.push(...slashProblems);
  console.log(`\nTotals: budget ${fmt(budget)} = rewarded ${fmt(totalRewarded)} + refunded ${fmt(refunded)} + escrowed ${fmt(after.escrow + after.refundable)}; claimed ${fmt(totalClaimed)}; slashed ${fmt(totalSlashed)}`);
  console.log(`Wrote ${spec.rounds.count} bundles and summary.json to out/demo/`);
  if (problems.length) throw new Error(`the books do not balance: ${problems.join("; ")}`);
  return summary;
}

