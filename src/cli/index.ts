#!/usr/bin/env node
/**
 * `npm run aerie -- <command> [options]`: the command line for Aerie's three kinds of user.
 *
 * - stakers: register, stake, unstake, withdraw, commission, position
 * - task creators: task create | cancel | refund | show
 * - node operators: join, leave, submit, score, aggregate, sign-result, propose, finalize, skip, claim, verify
 *
 * Every command takes `--network <name>` (a Hardhat network: localhost, baseSepolia, base; env HARDHAT_NETWORK)
 * and `--account <index|address>` (one of the network's configured accounts; env AERIE_ACCOUNT).
 * Amounts are whole tokens with decimals (`--amount 12.5`); failures print one line and exit 1.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Command, Option } from "commander";
import type { HardhatRuntimeEnvironment } from "hardhat/types";
import { getAddress, isAddress, isHex, parseUnits, type Address, type Hex } from "viem";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";

type Globals = { network: string; account?: string };

let hreCache: HardhatRuntimeEnvironment | undefined;
/** Loads Hardhat for the chosen network (it reads HARDHAT_NETWORK when first required). */
function loadHardhat(network: string): HardhatRuntimeEnvironment {
  if (!hreCache) {
    process.env.HARDHAT_NETWORK = network;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    hreCache = require("hardhat") as HardhatRuntimeEnvironment;
  }
  return hreCache;
}

class UsageError extends Error {}

function tokens(value: string, field: string): bigint {
  if (!/^\d+(\.\d{1,18})?$/.test(value)) throw new UsageError(`${field}: expected an amount of tokens like 100 or 12.5, got '${value}'`);
  return parseUnits(value, 18);
}
function uint(value: string, field: string): bigint {
  if (!/^\d+$/.test(value)) throw new UsageError(`${field}: expected a whole number, got '${value}'`);
  return BigInt(value);
}
function addr(value: string, field: string): Address {
  if (!isAddress(value)) throw new UsageError(`${field}: expected a 0x-address, got '${value}'`);
  return getAddress(value);
}
function readJson(path: string, what: string): unknown {
  if (!existsSync(path)) throw new UsageError(`${what} ${path} does not exist: check the path`);
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new UsageError(`${what} ${path} is not valid JSON`);
  }
}

async function setup(g: Globals) {
  const hre = loadHardhat(g.network);
  const { chainContext, walletFor } = await import("../chain/context");
  const { readAddressBook } = await import("../chain/addressBook");
  const { deployedContracts } = await import("../chain/deploy");
  const ctx = await chainContext(hre);
  const book = readAddressBook(ctx.network);
  if (!book) throw new UsageError(`no deployments/${ctx.network}.json: deploy first (npm run aerie -- deploy --network ${ctx.network})`);
  if (book.chainId !== ctx.chainId) throw new UsageError(`deployments/${ctx.network}.json is for chain ${book.chainId}, the node is chain ${ctx.chainId}: redeploy or fix the RPC URL`);
  const vaultAddress = book.contracts.StakingVault?.address;
  const code = vaultAddress ? await ctx.publicClient.getCode({ address: vaultAddress }) : undefined;
  if (!code || code === "0x") {
    throw new UsageError(`deployments/${ctx.network}.json points at ${vaultAddress ?? "nothing"} but the chain has no contract there (was the node restarted?): delete the file and deploy again`);
  }
  const c = await deployedContracts(ctx, book);
  const wallet = walletFor(ctx, g.account ?? process.env.AERIE_ACCOUNT);
  return { hre, ctx, book, c, wallet };
}

function out(line: string): void {
  process.stdout.write(line + "\n");
}

/** Inbox of signed messages for one round: a JSON-lines file the aggregator reads. */
function inboxFile(dir: string, taskId: bigint, round: bigint): string {
  return join(dir, `task-${taskId}-round-${round}.jsonl`);
}
const jsonBig = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));

function bundlePath(dir: string, taskId: bigint, round: bigint): string {
  return join(dir, `task-${taskId}-round-${round}.json`);
}

const program = new Command();
program
  .name("aerie")
  .description("Aerie: stake, fund tasks, run the aggregator and claim rewards")
  .addOption(new Option("--network <name>", "Hardhat network (localhost, baseSepolia, base)").env("HARDHAT_NETWORK").default("localhost"))
  .addOption(new Option("--account <index|address>", "which configured account signs").env("AERIE_ACCOUNT"))
  .showHelpAfterError("(run with --help for usage)");

const g = (): Globals => program.opts<Globals>();

// ------------------------------------------------------------------ deployment
program
  .command("deploy")
  .description("deploy Aerie (or complete/verify an existing deployment) and write deployments/<network>.json")
  .action(async () => {
    const hre = loadHardhat(g().network);
    const { chainContext } = await import("../chain/context");
    const { deployAerie, resolveDeployParams } = await import("../chain/deploy");
    const ctx = await chainContext(hre);
    const report = await deployAerie(ctx, resolveDeployParams(ctx));
    for (const [name, e] of Object.entries(report.book.contracts)) if (e) out(`${report.deployed.includes(name as never) ? "deployed" : "reused"} ${name} ${e.address}`);
  });

program
  .command("mint")
  .description("mint test tokens (AerieTestToken on local networks; the deployer signs)")
  .requiredOption("--to <address>")
  .requiredOption("--amount <tokens>")
  .action(async (o: { to: string; amount: string }) => {
    const { ctx, c, book } = await setup({ ...g(), account: "0" });
    if (!book.contracts.AerieTestToken) throw new UsageError(`${ctx.network} uses a real token: get tokens from an exchange or faucet, not mint`);
    const { send } = await import("../chain/context");
    await send(ctx, ctx.wallets[0], { ...c.token, functionName: "mint", args: [addr(o.to, "--to"), tokens(o.amount, "--amount")] });
    out(`minted ${o.amount} tokens to ${o.to}`);
  });

// ------------------------------------------------------------------ stakers
program
  .command("register")
  .description("register the account as an operator")
  .requiredOption("--commission-bps <bps>", "commission on rewards, in bps (<= MAX_COMMISSION_BPS)")
  .option("--metadata <uri>", "where the operator describes itself", "")
  .action(async (o: { commissionBps: string; metadata: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { registerOperator } = await import("../chain/actions");
    const r = await registerOperator(ctx, c, wallet, uint(o.commissionBps, "--commission-bps"), o.metadata);
    out(r.skipped ? `${wallet.account!.address} is already an operator` : `registered ${wallet.account!.address} (gas ${r.gasUsed})`);
  });

program
  .command("stake")
  .description("stake to an operator: self-stake when --operator is the account itself, delegation otherwise")
  .requiredOption("--operator <address>")
  .requiredOption("--amount <tokens>")
  .option("--no-approve", "fail instead of approving the vault when the allowance is short")
  .action(async (o: { operator: string; amount: string; approve: boolean }) => {
    const { ctx, c, wallet } = await setup(g());
    const { stake } = await import("../chain/actions");
    const r = await stake(ctx, c, wallet, addr(o.operator, "--operator"), tokens(o.amount, "--amount"), o.approve);
    out(`staked ${o.amount} tokens to ${o.operator} (gas ${r.gasUsed})`);
  });

program
  .command("unstake")
  .description("request to unstake shares (all by default); withdrawable after the unbonding period")
  .requiredOption("--operator <address>")
  .option("--shares <n>", "shares to unstake (default: all)")
  .action(async (o: { operator: string; shares?: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { requestUnstake } = await import("../chain/actions");
    const r = await requestUnstake(ctx, c, wallet, addr(o.operator, "--operator"), o.shares ? uint(o.shares, "--shares") : undefined);
    out(`unstake request ${r.requestId} created (gas ${r.gasUsed}); withdraw it after the unbonding period`);
  });

program
  .command("withdraw")
  .description("withdraw matured unstake requests")
  .requiredOption("--request <ids...>", "request ids")
  .action(async (o: { request: string[] }) => {
    const { ctx, c, wallet } = await setup(g());
    const { withdraw } = await import("../chain/actions");
    const r = await withdraw(ctx, c, wallet, o.request.map((x) => uint(x, "--request")));
    out(`withdrew requests ${o.request.join(", ")} (gas ${r.gasUsed})`);
  });

program
  .command("commission")
  .description("change the operator's commission (decrease: now; increase: after COMMISSION_DELAY)")
  .requiredOption("--bps <bps>")
  .action(async (o: { bps: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { send } = await import("../chain/context");
    const r = await send(ctx, wallet, { ...c.vault, functionName: "setCommission", args: [uint(o.bps, "--bps")] });
    const [pendingBps, effectiveAt] = (await ctx.publicClient.readContract({ ...c.vault, functionName: "pendingCommission", args: [wallet.account!.address] })) as [bigint, bigint];
    out(pendingBps > 0n ? `commission increase to ${pendingBps} bps staged: it applies at ${effectiveAt} (gas ${r.gasUsed})` : `commission set to ${o.bps} bps, effective now (gas ${r.gasUsed})`);
  });

program
  .command("position")
  .description("show the account's shares and their value in an operator's pool")
  .requiredOption("--operator <address>")
  .action(async (o: { operator: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { fmt } = await import("../chain/actions");
    const op = addr(o.operator, "--operator");
    const shares = (await ctx.publicClient.readContract({ ...c.vault, functionName: "sharesOf", args: [op, wallet.account!.address] })) as bigint;
    const value = (await ctx.publicClient.readContract({ ...c.vault, functionName: "convertToAssets", args: [op, shares] })) as bigint;
    const stakeNow = (await ctx.publicClient.readContract({ ...c.vault, functionName: "stakeOf", args: [op] })) as bigint;
    out(`shares ${shares}  value ${fmt(value)} tokens  (operator's pool: ${fmt(stakeNow)} tokens)`);
  });

// ------------------------------------------------------------------ task creators
const task = program.command("task").description("create, cancel and refund training tasks");
task
  .command("create")
  .description("create and fund a task from a task-spec file (examples/tasks/*.json)")
  .requiredOption("--spec <file>")
  .option("--spec-uri <uri>", "where the spec is published (default: the file path)")
  .option("--no-approve", "fail instead of approving the registry when the allowance is short")
  .action(async (o: { spec: string; specUri?: string; approve: boolean }) => {
    const { parseTaskSpec } = await import("../lib/taskSpec");
    const spec = parseTaskSpec(readJson(o.spec, "task spec"));
    const { ctx, c, wallet } = await setup(g());
    const { createTaskFromSpec } = await import("../chain/task");
    const r = await createTaskFromSpec(ctx, c, wallet, spec, o.specUri ?? o.spec, o.approve);
    out(`task ${r.taskId} created: budget ${r.budget} wei, starts at ${r.startTime}, specHash ${r.specHash} (gas ${r.gasUsed})`);
  });
task
  .command("cancel")
  .description("cancel a task: the budget of rounds not yet ended is refunded now")
  .requiredOption("--task <id>")
  .action(async (o: { task: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { send } = await import("../chain/context");
    const r = await send(ctx, wallet, { ...c.registry, functionName: "cancelTask", args: [uint(o.task, "--task")] });
    out(`task ${o.task} cancelled (gas ${r.gasUsed})`);
  });
task
  .command("refund")
  .description("pay the creator the task's refundable budget (unspent and skipped rounds)")
  .requiredOption("--task <id>")
  .action(async (o: { task: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { send } = await import("../chain/context");
    const r = await send(ctx, wallet, { ...c.registry, functionName: "withdrawRefund", args: [uint(o.task, "--task")] });
    out(`refund of task ${o.task} paid to its creator (gas ${r.gasUsed})`);
  });
task
  .command("show")
  .description("print a task's on-chain state")
  .requiredOption("--task <id>")
  .action(async (o: { task: string }) => {
    const { ctx, c } = await setup(g());
    const { readTask } = await import("../chain/readRound");
    const t = await readTask(ctx, c.registry, uint(o.task, "--task"));
    const next = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "nextRound", args: [uint(o.task, "--task")] })) as bigint;
    out(jsonBig({ ...t, nextRoundToSettle: next }));
  });

// ------------------------------------------------------------------ node operators
program
  .command("join")
  .description("join a task as trainer or validator")
  .requiredOption("--task <id>")
  .addOption(new Option("--role <role>").choices(["trainer", "validator"]).makeOptionMandatory())
  .action(async (o: { task: string; role: "trainer" | "validator" }) => {
    const { ctx, c, wallet } = await setup(g());
    const { joinTask } = await import("../chain/actions");
    const r = await joinTask(ctx, c, wallet, uint(o.task, "--task"), o.role === "trainer" ? 1 : 2);
    out(`joined task ${o.task} as ${o.role} (gas ${r.gasUsed})`);
  });
program
  .command("leave")
  .description("leave a task (rounds that start later do not include you)")
  .requiredOption("--task <id>")
  .action(async (o: { task: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { send } = await import("../chain/context");
    const r = await send(ctx, wallet, { ...c.registry, functionName: "leaveTask", args: [uint(o.task, "--task")] });
    out(`left task ${o.task} (gas ${r.gasUsed})`);
  });

program
  .command("submit")
  .description("sign a trainer's Submission and deliver it to the aggregator's inbox")
  .requiredOption("--task <id>")
  .requiredOption("--round <r>")
  .requiredOption("--model-hash <bytes32>")
  .requiredOption("--model-uri <uri>")
  .option("--inbox <dir>", "aggregator inbox directory", "out/inbox")
  .action(async (o: { task: string; round: string; modelHash: string; modelUri: string; inbox: string }) => {
    if (!isHex(o.modelHash) || o.modelHash.length !== 66) throw new UsageError(`--model-hash: expected 0x + 64 hex characters, got '${o.modelHash}'`);
    const { ctx, c, wallet } = await setup(g());
    const { aerieDomain, SUBMISSION_TYPES } = await import("../lib/eip712");
    const message = { taskId: uint(o.task, "--task"), round: uint(o.round, "--round"), trainer: wallet.account!.address, modelHash: o.modelHash as Hex, modelURI: o.modelUri };
    const signature = await wallet.signTypedData({ account: wallet.account!, domain: aerieDomain(ctx.chainId, c.registry.address), types: SUBMISSION_TYPES, primaryType: "Submission", message });
    const receivedAt = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
    const file = inboxFile(o.inbox, message.taskId, message.round);
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, jsonBig({ kind: "submission", message, signature, receivedAt }) + "\n");
    out(`submission signed and delivered to ${file}`);
  });

program
  .command("score")
  .description("sign a validator's Scores (integers in [0, 1000000], higher is better) into the aggregator's inbox")
  .requiredOption("--task <id>")
  .requiredOption("--round <r>")
  .requiredOption("--trainers <addresses>", "comma-separated trainer addresses")
  .requiredOption("--scores <scores>", "comma-separated scores, same order")
  .option("--inbox <dir>", "aggregator inbox directory", "out/inbox")
  .action(async (o: { task: string; round: string; trainers: string; scores: string; inbox: string }) => {
    const trainers = o.trainers.split(",").map((t) => addr(t.trim(), "--trainers"));
    const scores = o.scores.split(",").map((s) => uint(s.trim(), "--scores"));
    if (trainers.length !== scores.length) throw new UsageError(`--trainers has ${trainers.length} entries but --scores has ${scores.length}: give one score per trainer`);
    if (scores.some((s) => s > 1_000_000n)) throw new UsageError(`--scores: every score must be in [0, 1000000]`);
    const { ctx, c, wallet } = await setup(g());
    const { aerieDomain, SCORES_TYPES } = await import("../lib/eip712");
    const message = { taskId: uint(o.task, "--task"), round: uint(o.round, "--round"), validator: wallet.account!.address, trainers, scores };
    const signature = await wallet.signTypedData({ account: wallet.account!, domain: aerieDomain(ctx.chainId, c.registry.address), types: SCORES_TYPES, primaryType: "Scores", message });
    const receivedAt = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
    const file = inboxFile(o.inbox, message.taskId, message.round);
    mkdirSync(dirname(file), { recursive: true });
    appendFileSync(file, jsonBig({ kind: "scores", message, signature, receivedAt }) + "\n");
    out(`scores signed and delivered to ${file}`);
  });

program
  .command("aggregate")
  .description("compute a round's result from chain data and the inbox; writes the canonical bundle")
  .requiredOption("--task <id>")
  .requiredOption("--round <r>")
  .requiredOption("--spec <file>", "the task's spec file (its hash must match the task's specHash)")
  .option("--inbox <dir>", "aggregator inbox directory", "out/inbox")
  .option("--out <dir>", "bundle directory", "out/bundles")
  .action(async (o: { task: string; round: string; spec: string; inbox: string; out: string }) => {
    const taskId = uint(o.task, "--task");
    const round = uint(o.round, "--round");
    const { parseTaskSpec, specHash } = await import("../lib/taskSpec");
    const spec = parseTaskSpec(readJson(o.spec, "task spec"));
    const { ctx, c, book } = await setup(g());
    const { readRoundInputs } = await import("../chain/readRound");
    const { computeRound, verifyBundle } = await import("../aggregator");
    const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
    const [, roundEnd] = (await ctx.publicClient.readContract({ ...c.registry, functionName: "roundWindow", args: [taskId, round] })) as [bigint, bigint];
    if (now < roundEnd + BigInt(spec.scoringWindowSeconds)) {
      throw new UsageError(`round ${round} is still collecting scores until ${roundEnd + BigInt(spec.scoringWindowSeconds)} (chain time ${now}): aggregate after that`);
    }
    const file = inboxFile(o.inbox, taskId, round);
    const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
    const big = (m: Record<string, unknown>) => ({ ...m, taskId: BigInt(m.taskId as string), round: BigInt(m.round as string) });
    const submissions = lines.filter((l) => l.kind === "submission").map((l) => ({ message: big(l.message), signature: l.signature, receivedAt: BigInt(l.receivedAt) }));
    const scores = lines
      .filter((l) => l.kind === "scores")
      .map((l) => ({ message: { ...big(l.message), scores: (l.message.scores as string[]).map((s) => BigInt(s)) }, signature: l.signature, receivedAt: BigInt(l.receivedAt) }));
    let previous = null;
    let prevPath: string | undefined;
    for (let r = round - 1n; r >= 0n; r--) {
      const p = bundlePath(o.out, taskId, r);
      if (!existsSync(p)) continue;
      prevPath = p;
      const prevBundle = readJson(p, "previous bundle");
      const check = await verifyBundle(prevBundle);
      if (!check.ok) throw new UsageError(`previous bundle ${p} does not verify (${check.reason}): restore it from the committee's published bundles`);
      const prev = prevBundle as { outputs: { accounts: { account: Address; cumulativeAmount: string }[] } };
      previous = { bundleHash: check.bundleHash, cumulative: prev.outputs.accounts.map((a) => ({ account: getAddress(a.account), amount: BigInt(a.cumulativeAmount) })) };
      break;
    }
    const onChain = (await ctx.publicClient.readContract({ ...c.distributor, functionName: "taskRewards", args: [taskId] })) as { root: Hex };
    const zero = "0x0000000000000000000000000000000000000000000000000000000000000000";
    if (previous === null && round > 0n && onChain.root !== zero) {
      throw new UsageError(`task ${taskId} already has rewards (root ${onChain.root}) but ${o.out} holds no earlier round bundle: put the latest finalized bundle there, or the new root would drop earlier rewards`);
    }
    if (previous !== null && onChain.root !== zero) {
      const prevRoot = (readJson(prevPath!, "bundle") as { merkle: { root: Hex } }).merkle.root;
      if (prevRoot.toLowerCase() !== onChain.root.toLowerCase()) {
        throw new UsageError(`the latest bundle in ${o.out} has root ${prevRoot} but task ${taskId}'s on-chain root is ${onChain.root}: use the bundle of the latest finalized round`);
      }
    }
    const inputs = await readRoundInputs(ctx, book, c, { taskId, round, spec, specHash: specHash(spec), submissions: submissions as never, scores: scores as never, previous });
    const result = await computeRound(inputs);
    const target = bundlePath(o.out, taskId, round);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, result.canonical + "\n");
    out(`round ${round}: totalReward ${result.result.totalReward} wei, ${result.slashes.length} slashes, bundleHash ${result.bundleHash} -> ${target}`);
  });

/** `--bundle-uri` of `sign-result` and `propose`: where the bundle is published (signed with the result). */
const BUNDLE_URI_HELP = "where the bundle is published, signed with the result: ipfs://<CID>, https://… (default: file://<absolute path of --bundle>, for local chains)";

/** The signed bundle URI: `--bundle-uri`, or the bundle file's own `file://` URI. */
function bundleURIOf(path: string, given?: string): string {
  return given ?? pathToFileURL(resolve(path)).href;
}

async function resultFromBundle(path: string, requireValid = true, bundleURI = bundleURIOf(path)) {
  const { bundleHashOf, verifyBundle } = await import("../aggregator");
  if (requireValid) {
    const check = await verifyBundle(readJson(path, "bundle"));
    if (!check.ok) throw new UsageError(`bundle ${path} does not verify (${check.reason}): refusing to use it; recompute it with \`aerie aggregate\``);
  }
  const { hashSlashes } = await import("../lib/eip712");
  const bundle = readJson(path, "bundle") as {
    taskId: string;
    round: string;
    slashes: { operator: Address; bps: string }[];
    outputs: { totalReward: string };
    merkle: { root: Hex };
  };
  const slashes = bundle.slashes.map((s) => ({ operator: getAddress(s.operator), bps: BigInt(s.bps) }));
  const result = {
    taskId: BigInt(bundle.taskId),
    round: BigInt(bundle.round),
    rewardsRoot: bundle.merkle.root,
    totalReward: BigInt(bundle.outputs.totalReward),
    slashesHash: hashSlashes(slashes),
    bundleHash: bundleHashOf(bundle),
    bundleURI,
  };
  return { bundle, result, slashes };
}

program
  .command("verify")
  .description("recompute a round bundle from its inputs and check it byte for byte")
  .argument("<bundle>", "bundle file")
  .option("--chain", "also recompute the chain inputs (participants, stakes, commissions, shares) on --network")
  .action(async (path: string, o: { chain?: boolean }) => {
    const { verifyBundle, bundleToInputs, computeRound } = await import("../aggregator");
    const bundle = readJson(path, "bundle");
    const res = await verifyBundle(bundle);
    if (!res.ok) throw new UsageError(`bundle ${path} does not verify: ${res.reason}`);
    if (o.chain) {
      const { ctx, c, book } = await setup(g());
      const { readRoundInputs } = await import("../chain/readRound");
      const inputs = bundleToInputs(bundle);
      const fromChain = await readRoundInputs(ctx, book, c, { taskId: inputs.taskId, round: inputs.round, spec: inputs.spec, specHash: inputs.specHash, submissions: inputs.submissions, scores: inputs.scores, previous: inputs.previous });
      const recomputed = await computeRound(fromChain);
      if (recomputed.bundleHash !== res.bundleHash) {
        throw new UsageError(`bundle ${path} is self-consistent but not what ${ctx.network} says: recomputed from chain data it hashes to ${recomputed.bundleHash}, not ${res.bundleHash} (challenge it if proposed)`);
      }
      const live = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "getProposal", args: [inputs.taskId] })) as [{ result: { round: bigint; bundleHash: Hex }; proposedAt: bigint }, unknown];
      if (live[0].proposedAt !== 0n && live[0].result.round === inputs.round && live[0].result.bundleHash.toLowerCase() !== res.bundleHash.toLowerCase()) {
        throw new UsageError(`the live proposal of task ${inputs.taskId} round ${inputs.round} commits to bundle ${live[0].result.bundleHash}, not this one: challenge it`);
      }
    }
    out(`bundle ${path} verifies${o.chain ? " against the chain" : ""}: bundleHash ${res.bundleHash}`);
  });

program
  .command("sign-result")
  .description("sign a bundle's RoundResult as a committee member (prints the signature)")
  .requiredOption("--bundle <file>")
  .option("--bundle-uri <uri>", BUNDLE_URI_HELP)
  .action(async (o: { bundle: string; bundleUri?: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { signRoundResultWith } = await import("../chain/committee");
    const member = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "isCommitteeMember", args: [wallet.account!.address] })) as boolean;
    if (!member) throw new UsageError(`${wallet.account!.address} is not a member of the current committee: sign with a member's account (--account)`);
    const { result } = await resultFromBundle(o.bundle, true, bundleURIOf(o.bundle, o.bundleUri));
    out(`${wallet.account!.address}:${await signRoundResultWith(ctx, c, wallet, result)}`);
  });

program
  .command("propose")
  .description("propose a bundle's result with committee signatures (local: --signers 1,2 signs with those accounts)")
  .requiredOption("--bundle <file>")
  .option("--signers <accounts>", "comma-separated account indexes/addresses of committee members who sign here")
  .option("--signatures <list>", "comma-separated signer:signature pairs printed by `aerie sign-result` on each member's machine")
  .option("--bundle-uri <uri>", BUNDLE_URI_HELP)
  .action(async (o: { bundle: string; signers?: string; signatures?: string; bundleUri?: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { walletFor } = await import("../chain/context");
    const { proposeResult, proposeWithSignatures } = await import("../chain/committee");
    const { result, slashes } = await resultFromBundle(o.bundle, true, bundleURIOf(o.bundle, o.bundleUri));
    if (!o.signers && !o.signatures) throw new UsageError(`name the committee's signatures: --signatures addr:sig,… (from sign-result) or --signers 1,2 (local accounts)`);
    let r;
    if (o.signatures) {
      const pairs = o.signatures.split(",").map((x) => {
        const [signer, signature] = x.trim().split(":");
        if (!signer || !signature || !isHex(signature)) throw new UsageError(`--signatures: expected signer:0xsignature pairs, got '${x}'`);
        return { signer: addr(signer, "--signatures"), signature: signature as Hex };
      });
      r = await proposeWithSignatures(ctx, c, wallet, result, slashes, pairs);
    } else {
      const members = o.signers!.split(",").map((s) => walletFor(ctx, s.trim()));
      if (new Set(members.map((m) => m.account!.address)).size !== members.length) throw new UsageError(`--signers names the same account twice: each committee member signs once`);
      r = await proposeResult(ctx, c, wallet, members, result, slashes);
    }
    out(`proposed task ${result.taskId} round ${result.round} (gas ${r.gasUsed}); finalize after the challenge window`);
  });

program
  .command("challenge")
  .description("guardian: void a proposed result within its challenge window (e.g. when `verify --chain` fails)")
  .requiredOption("--task <id>")
  .requiredOption("--round <r>")
  .requiredOption("--reason <text>")
  .action(async (o: { task: string; round: string; reason: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { send } = await import("../chain/context");
    const guardian = (await ctx.publicClient.readContract({ ...c.settlement, functionName: "guardian" })) as Address;
    if (guardian.toLowerCase() !== wallet.account!.address.toLowerCase()) throw new UsageError(`only the guardian ${guardian} may challenge: sign with its account (--account)`);
    const r = await send(ctx, wallet, { ...c.settlement, functionName: "challenge", args: [uint(o.task, "--task"), uint(o.round, "--round"), o.reason] });
    out(`challenged task ${o.task} round ${o.round} (gas ${r.gasUsed}); the committee may propose a corrected result`);
  });

program
  .command("finalize")
  .description("finalize a proposed round after its challenge window")
  .requiredOption("--task <id>")
  .requiredOption("--round <r>")
  .action(async (o: { task: string; round: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { finalizeRound } = await import("../chain/committee");
    const r = await finalizeRound(ctx, c, wallet, uint(o.task, "--task"), uint(o.round, "--round"));
    out(`finalized task ${o.task} round ${o.round} (gas ${r.gasUsed})`);
  });

program
  .command("skip")
  .description("skip a round that has no final result by roundEnd + RESULT_DEADLINE (its budget becomes refundable)")
  .requiredOption("--task <id>")
  .requiredOption("--round <r>")
  .action(async (o: { task: string; round: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { send } = await import("../chain/context");
    const r = await send(ctx, wallet, { ...c.settlement, functionName: "skip", args: [uint(o.task, "--task"), uint(o.round, "--round")] });
    out(`skipped task ${o.task} round ${o.round} (gas ${r.gasUsed})`);
  });

program
  .command("claim")
  .description("claim an account's rewards of a task, with the proof read from the latest finalized round bundle")
  .requiredOption("--bundle <file>", "the task's latest finalized round bundle")
  .option("--for <address>", "the account to claim for (default: the signing account)")
  .action(async (o: { bundle: string; for?: string }) => {
    const { ctx, c, wallet } = await setup(g());
    const { claim, fmt } = await import("../chain/actions");
    const { bundle, result } = await resultFromBundle(o.bundle);
    const onChain = (await ctx.publicClient.readContract({ ...c.distributor, functionName: "taskRewards", args: [result.taskId] })) as { root: Hex };
    if (onChain.root.toLowerCase() !== result.rewardsRoot.toLowerCase()) {
      throw new UsageError(`bundle root ${result.rewardsRoot} is not task ${result.taskId}'s current root ${onChain.root}: use the latest finalized round's bundle`);
    }
    const account = o.for ? addr(o.for, "--for") : wallet.account!.address;
    const tree = StandardMerkleTree.load((bundle as unknown as { merkle: { tree: Parameters<typeof StandardMerkleTree.load>[0] } }).merkle.tree);
    for (const [i, v] of tree.entries()) {
      if (String(v[1]).toLowerCase() !== account.toLowerCase()) continue;
      const r = await claim(ctx, c, wallet, result.taskId, account, BigInt(v[2] as string), tree.getProof(i) as Hex[]);
      out(r.paid === 0n ? `nothing left to claim for ${account}` : `claimed ${fmt(r.paid)} tokens for ${account} (gas ${r.gasUsed})`);
      return;
    }
    throw new UsageError(`${account} has no leaf in ${o.bundle}: it earned nothing in this task so far`);
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  const err = e as { shortMessage?: string; message?: string };
  process.stderr.write(`aerie: ${err.shortMessage ?? err.message ?? String(e)}\n`);
  process.exit(1);
});

