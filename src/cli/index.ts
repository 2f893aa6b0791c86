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
import { formatUnits, getAddress, isAddress, isHex, parseUnits, type Address, type Hex } from "viem";

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

/** viem clients of the chosen network (through Hardhat's provider) and its configured accounts. */
async function chainContext(network: string) {
  const hre = loadHardhat(network);
  const { providerClients } = await import("../sdk");
  const { chainId, publicClient, walletClients } = await providerClients(hre.network.provider);
  return { hre, network: hre.network.name, chainId, publicClient, wallets: walletClients };
}
type Ctx = Awaited<ReturnType<typeof chainContext>>;

/** Picks a wallet by index (`3`, `account:3`) or by address. */
function walletFor(ctx: Ctx, who: string | undefined, fallbackIndex = 0) {
  const spec = who === undefined || who === "" ? String(fallbackIndex) : who;
  if (/^(account:)?\d+$/.test(spec)) {
    const index = Number(spec.replace("account:", ""));
    const w = ctx.wallets[index];
    if (!w) throw new UsageError(`account ${index} is not configured on ${ctx.network} (it has ${ctx.wallets.length}): pick 0..${ctx.wallets.length - 1} or set AERIE_PRIVATE_KEYS`);
    return w;
  }
  if (!isAddress(spec)) throw new UsageError(`'${spec}' is neither an account index nor an address: pass e.g. --account 3 or --account 0xabc…`);
  const found = ctx.wallets.find((w) => w.account.address.toLowerCase() === spec.toLowerCase());
  if (!found) throw new UsageError(`${getAddress(spec)} is not one of ${ctx.network}'s configured accounts: add its key to AERIE_PRIVATE_KEYS`);
  return found;
}

/** Where the network's address book lives (the in-process network keeps its own, new every run). */
function deploymentsDir(network: string): string {
  return network === "hardhat" ? join("deployments", "hardhat") : "deployments";
}

async function setup(g: Globals) {
  const ctx = await chainContext(g.network);
  const sdk = await import("../sdk");
  const book = sdk.loadAddressBook(ctx.chainId, deploymentsDir(ctx.network));
  await sdk.checkDeployment(ctx.publicClient, { book });
  const addresses = sdk.aerieAddresses(book);
  const c = {
    token: { address: addresses.token, abi: sdk.aerieTestTokenAbi },
    vault: { address: addresses.stakingVault, abi: sdk.stakingVaultAbi },
    registry: { address: addresses.taskRegistry, abi: sdk.taskRegistryAbi },
    distributor: { address: addresses.rewardDistributor, abi: sdk.rewardDistributorAbi },
    settlement: { address: addresses.roundSettlement, abi: sdk.roundSettlementAbi },
  } as const;
  const wallet = walletFor(ctx, g.account ?? process.env.AERIE_ACCOUNT);
  /** Sends a write and waits for its receipt. */
  const mined = async (write: Promise<{ hash: Hex }>) => sdk.waitForReceipt(ctx.publicClient, await write);
  return { hre: ctx.hre, ctx, book, addresses, c, wallet, sdk, mined };
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
    const ctx = await chainContext(g().network);
    const { CONTRACT_NAMES, deployAerie, resolveDeployParams, addressBookPath } = await import("../sdk");
    const deployer = walletFor(ctx, "0");
    const params = resolveDeployParams(ctx.network, ctx.wallets.map((w) => w.account.address));
    const report = await deployAerie(deployer, { network: ctx.network, params, path: addressBookPath(ctx.chainId, deploymentsDir(ctx.network)), fresh: ctx.network === "hardhat" });
    for (const name of CONTRACT_NAMES) {
      const e = report.book.contracts[name];
      if (e) out(`${report.deployed.includes(name) ? "deployed" : "reused"} ${name} ${e.address}`);
    }
  });

program
  .command("mint")
  .description("mint test tokens (AerieTestToken on local networks; the deployer signs)")
  .requiredOption("--to <address>")
  .requiredOption("--amount <tokens>")
  .action(async (o: { to: string; amount: string }) => {
    const { ctx, book, addresses, wallet, sdk, mined } = await setup({ ...g(), account: "0" });
    if (!book.contracts.AerieTestToken) throw new UsageError(`${ctx.network} uses a real token: get tokens from an exchange or faucet, not mint`);
    await mined(sdk.mint(wallet, { addresses, to: addr(o.to, "--to"), amount: tokens(o.amount, "--amount") }));
    out(`minted ${o.amount} tokens to ${o.to}`);
  });

// ------------------------------------------------------------------ stakers
program
  .command("register")
  .description("register the account as an operator")
  .requiredOption("--commission-bps <bps>", "commission on rewards, in bps (<= MAX_COMMISSION_BPS)")
  .option("--metadata <uri>", "where the operator describes itself", "")
  .action(async (o: { commissionBps: string; metadata: string }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const op = await sdk.getOperator(wallet, { addresses, operator: wallet.account.address });
    if (op.registered) return out(`${wallet.account.address} is already an operator`);
    const r = await mined(sdk.registerOperator(wallet, { addresses, commissionBps: uint(o.commissionBps, "--commission-bps"), metadataURI: o.metadata }));
    out(`registered ${wallet.account.address} (gas ${r.gasUsed})`);
  });

program
  .command("stake")
  .description("stake to an operator: self-stake when --operator is the account itself, delegation otherwise")
  .requiredOption("--operator <address>")
  .requiredOption("--amount <tokens>")
  .option("--no-approve", "fail instead of approving the vault when the allowance is short")
  .action(async (o: { operator: string; amount: string; approve: boolean }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const amount = tokens(o.amount, "--amount");
    const allowance = await sdk.getAllowance(wallet, { addresses, owner: wallet.account.address, spender: addresses.stakingVault });
    if (allowance < amount) {
      if (!o.approve) throw new UsageError(`${wallet.account.address} allows the vault ${allowance} wei, needs ${amount}: approve it, or drop --no-approve`);
      await mined(sdk.approve(wallet, { addresses, spender: addresses.stakingVault, amount }));
    }
    const r = await mined(sdk.stake(wallet, { addresses, operator: addr(o.operator, "--operator"), amount }));
    out(`staked ${o.amount} tokens to ${o.operator} (gas ${r.gasUsed})`);
  });

program
  .command("unstake")
  .description("request to unstake shares (all by default); withdrawable after the unbonding period")
  .requiredOption("--operator <address>")
  .option("--shares <n>", "shares to unstake (default: all)")
  .action(async (o: { operator: string; shares?: string }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const operator = addr(o.operator, "--operator");
    const held = (await sdk.getPosition(wallet, { addresses, operator, account: wallet.account.address })).shares;
    if (held === 0n) throw new UsageError(`${wallet.account.address} holds no shares of ${operator}'s pool: nothing to unstake`);
    const r = await mined(sdk.requestUnstake(wallet, { addresses, operator, shares: o.shares ? uint(o.shares, "--shares") : held }));
    const [requested] = sdk.parseUnstakeRequested(r.logs);
    out(`unstake request ${requested?.requestId} created (gas ${r.gasUsed}); withdraw it after the unbonding period`);
  });

program
  .command("withdraw")
  .description("withdraw matured unstake requests")
  .requiredOption("--request <ids...>", "request ids")
  .action(async (o: { request: string[] }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const r = await mined(sdk.withdraw(wallet, { addresses, requestIds: o.request.map((x) => uint(x, "--request")) }));
    out(`withdrew requests ${o.request.join(", ")} (gas ${r.gasUsed})`);
  });

program
  .command("commission")
  .description("change the operator's commission (decrease: now; increase: after COMMISSION_DELAY)")
  .requiredOption("--bps <bps>")
  .action(async (o: { bps: string }) => {
    const { ctx, c, addresses, wallet, sdk, mined } = await setup(g());
    const r = await mined(sdk.setCommission(wallet, { addresses, commissionBps: uint(o.bps, "--bps") }));
    const [pendingBps, effectiveAt] = await ctx.publicClient.readContract({ ...c.vault, functionName: "pendingCommission", args: [wallet.account.address] });
    out(pendingBps > 0n ? `commission increase to ${pendingBps} bps staged: it applies at ${effectiveAt} (gas ${r.gasUsed})` : `commission set to ${o.bps} bps, effective now (gas ${r.gasUsed})`);
  });

program
  .command("position")
  .description("show the account's shares and their value in an operator's pool")
  .requiredOption("--operator <address>")
  .action(async (o: { operator: string }) => {
    const { ctx, addresses, wallet, sdk } = await setup(g());
    const p = await sdk.getPosition(ctx.publicClient, { addresses, operator: addr(o.operator, "--operator"), account: wallet.account.address });
    out(`shares ${p.shares}  value ${formatUnits(p.assets, 18)} tokens  (operator's pool: ${formatUnits(p.poolStake, 18)} tokens)`);
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
    const { addresses, wallet, sdk, mined } = await setup(g());
    const budget = BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count);
    const allowance = await sdk.getAllowance(wallet, { addresses, owner: wallet.account.address, spender: addresses.taskRegistry });
    if (allowance < budget && o.approve) await mined(sdk.approve(wallet, { addresses, spender: addresses.taskRegistry, amount: budget }));
    const r = await sdk.createTaskFromSpec(wallet, { addresses, spec, specURI: o.specUri ?? o.spec });
    const receipt = await sdk.waitForReceipt(wallet, r);
    const [created] = sdk.parseTaskCreated(receipt.logs);
    out(`task ${created?.taskId} created: budget ${r.budget} wei, starts at ${r.onChainSpec.startTime}, specHash ${r.onChainSpec.specHash} (gas ${receipt.gasUsed})`);
  });
task
  .command("cancel")
  .description("cancel a task: the budget of rounds not yet ended is refunded now")
  .requiredOption("--task <id>")
  .action(async (o: { task: string }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const r = await mined(sdk.cancelTask(wallet, { addresses, taskId: uint(o.task, "--task") }));
    out(`task ${o.task} cancelled (gas ${r.gasUsed})`);
  });
task
  .command("refund")
  .description("pay the creator the task's refundable budget (unspent and skipped rounds)")
  .requiredOption("--task <id>")
  .action(async (o: { task: string }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const r = await mined(sdk.withdrawRefund(wallet, { addresses, taskId: uint(o.task, "--task") }));
    out(`refund of task ${o.task} paid to its creator (gas ${r.gasUsed})`);
  });
task
  .command("show")
  .description("print a task's on-chain state")
  .requiredOption("--task <id>")
  .action(async (o: { task: string }) => {
    const { ctx, c, addresses, sdk } = await setup(g());
    const { taskId, ...t } = await sdk.getTask(ctx.publicClient, { addresses, taskId: uint(o.task, "--task") });
    const next = await ctx.publicClient.readContract({ ...c.settlement, functionName: "nextRound", args: [taskId] });
    out(jsonBig({ ...t, nextRoundToSettle: next }));
  });

// ------------------------------------------------------------------ node operators
program
  .command("join")
  .description("join a task as trainer or validator")
  .requiredOption("--task <id>")
  .addOption(new Option("--role <role>").choices(["trainer", "validator"]).makeOptionMandatory())
  .action(async (o: { task: string; role: "trainer" | "validator" }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const r = await mined(sdk.joinTask(wallet, { addresses, taskId: uint(o.task, "--task"), role: sdk.parseRole(o.role) }));
    out(`joined task ${o.task} as ${o.role} (gas ${r.gasUsed})`);
  });
program
  .command("leave")
  .description("leave a task (rounds that start later do not include you)")
  .requiredOption("--task <id>")
  .action(async (o: { task: string }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const r = await mined(sdk.leaveTask(wallet, { addresses, taskId: uint(o.task, "--task") }));
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
    const { ctx, c, book, addresses, sdk } = await setup(g());
    const { computeRound, verifyBundle } = await import("../aggregator");
    const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
    const [, roundEnd] = await ctx.publicClient.readContract({ ...c.registry, functionName: "roundWindow", args: [taskId, round] });
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
    const onChain = await ctx.publicClient.readContract({ ...c.distributor, functionName: "taskRewards", args: [taskId] });
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
    const inputs = await sdk.getRoundInputs(ctx.publicClient, { addresses, fromBlock: BigInt(book.contracts.StakingVault?.block ?? 0), taskId, round, spec, specHash: specHash(spec), submissions: submissions as never, scores: scores as never, previous });
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
      const { ctx, c, book, addresses, sdk } = await setup(g());
      const inputs = bundleToInputs(bundle);
      const fromChain = await sdk.getRoundInputs(ctx.publicClient, { addresses, fromBlock: BigInt(book.contracts.StakingVault?.block ?? 0), taskId: inputs.taskId, round: inputs.round, spec: inputs.spec, specHash: inputs.specHash, submissions: inputs.submissions, scores: inputs.scores, previous: inputs.previous });
      const recomputed = await computeRound(fromChain);
      if (recomputed.bundleHash !== res.bundleHash) {
        throw new UsageError(`bundle ${path} is self-consistent but not what ${ctx.network} says: recomputed from chain data it hashes to ${recomputed.bundleHash}, not ${res.bundleHash} (challenge it if proposed)`);
      }
      const live = await ctx.publicClient.readContract({ ...c.settlement, functionName: "getProposal", args: [inputs.taskId] });
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
    const { ctx, c, addresses, wallet, sdk } = await setup(g());
    const member = await ctx.publicClient.readContract({ ...c.settlement, functionName: "isCommitteeMember", args: [wallet.account.address] });
    if (!member) throw new UsageError(`${wallet.account!.address} is not a member of the current committee: sign with a member's account (--account)`);
    const { result } = await resultFromBundle(o.bundle, true, bundleURIOf(o.bundle, o.bundleUri));
    const signed = await sdk.signRoundResult(wallet, { addresses, result });
    out(`${signed.signer}:${signed.signature}`);
  });

program
  .command("propose")
  .description("propose a bundle's result with committee signatures (local: --signers 1,2 signs with those accounts)")
  .requiredOption("--bundle <file>")
  .option("--signers <accounts>", "comma-separated account indexes/addresses of committee members who sign here")
  .option("--signatures <list>", "comma-separated signer:signature pairs printed by `aerie sign-result` on each member's machine")
  .option("--bundle-uri <uri>", BUNDLE_URI_HELP)
  .action(async (o: { bundle: string; signers?: string; signatures?: string; bundleUri?: string }) => {
    const { ctx, addresses, wallet, sdk, mined } = await setup(g());
    const { result, slashes } = await resultFromBundle(o.bundle, true, bundleURIOf(o.bundle, o.bundleUri));
    if (!o.signers && !o.signatures) throw new UsageError(`name the committee's signatures: --signatures addr:sig,… (from sign-result) or --signers 1,2 (local accounts)`);
    let r;
    if (o.signatures) {
      const pairs = o.signatures.split(",").map((x) => {
        const [signer, signature] = x.trim().split(":");
        if (!signer || !signature || !isHex(signature)) throw new UsageError(`--signatures: expected signer:0xsignature pairs, got '${x}'`);
        return { signer: addr(signer, "--signatures"), signature: signature as Hex };
      });
      r = await mined(sdk.propose(wallet, { addresses, result, slashes, signatures: pairs }));
    } else {
      const members = o.signers!.split(",").map((s) => walletFor(ctx, s.trim()));
      if (new Set(members.map((m) => m.account.address)).size !== members.length) throw new UsageError(`--signers names the same account twice: each committee member signs once`);
      const signatures = await Promise.all(members.map((m) => sdk.signRoundResult(m, { addresses, result })));
      r = await mined(sdk.propose(wallet, { addresses, result, slashes, signatures }));
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
    const { ctx, c, addresses, wallet, sdk, mined } = await setup(g());
    const guardian = await ctx.publicClient.readContract({ ...c.settlement, functionName: "guardian" });
    if (guardian.toLowerCase() !== wallet.account!.address.toLowerCase()) throw new UsageError(`only the guardian ${guardian} may challenge: sign with its account (--account)`);
    const r = await mined(sdk.challenge(wallet, { addresses, taskId: uint(o.task, "--task"), round: uint(o.round, "--round"), reason: o.reason }));
    out(`challenged task ${o.task} round ${o.round} (gas ${r.gasUsed}); the committee may propose a corrected result`);
  });

program
  .command("finalize")
  .description("finalize a proposed round after its challenge window")
  .requiredOption("--task <id>")
  .requiredOption("--round <r>")
  .action(async (o: { task: string; round: string }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const r = await mined(sdk.finalize(wallet, { addresses, taskId: uint(o.task, "--task"), round: uint(o.round, "--round") }));
    out(`finalized task ${o.task} round ${o.round} (gas ${r.gasUsed})`);
  });

program
  .command("skip")
  .description("skip a round that has no final result by roundEnd + RESULT_DEADLINE (its budget becomes refundable)")
  .requiredOption("--task <id>")
  .requiredOption("--round <r>")
  .action(async (o: { task: string; round: string }) => {
    const { addresses, wallet, sdk, mined } = await setup(g());
    const r = await mined(sdk.skipRound(wallet, { addresses, taskId: uint(o.task, "--task"), round: uint(o.round, "--round") }));
    out(`skipped task ${o.task} round ${o.round} (gas ${r.gasUsed})`);
  });

program
  .command("claim")
  .description("claim an account's rewards of a task, with the proof read from the latest finalized round bundle")
  .requiredOption("--bundle <file>", "the task's latest finalized round bundle")
  .option("--for <address>", "the account to claim for (default: the signing account)")
  .action(async (o: { bundle: string; for?: string }) => {
    const { ctx, addresses, wallet, sdk, mined } = await setup(g());
    const { bundle } = await resultFromBundle(o.bundle);
    const account = o.for ? addr(o.for, "--for") : wallet.account.address;
    const c = await sdk.getClaimable(ctx.publicClient, { addresses, account, bundle });
    if (c.cumulativeAmount === 0n) throw new UsageError(`${account} has no leaf in ${o.bundle}: it earned nothing in this task so far`);
    if (c.claimable === 0n) return out(`nothing left to claim for ${account}`);
    const r = await mined(sdk.claim(wallet, { addresses, taskId: c.taskId, account, cumulativeAmount: c.cumulativeAmount, proof: c.proof }));
    out(`claimed ${formatUnits(c.claimable, 18)} tokens for ${account} (gas ${r.gasUsed})`);
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  const err = e as { shortMessage?: string; message?: string };
  process.stderr.write(`aerie: ${err.shortMessage ?? err.message ?? String(e)}\n`);
  process.exit(1);
});

