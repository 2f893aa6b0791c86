// Helpers of the node's multi-process tests: a real `hardhat node` on a free port, a deployed system on
// it, and a small JSON-RPC proxy that can misbehave (cap ranges, truncate results, fail requests).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import hre from "hardhat";
import { createPublicClient, createWalletClient, defineChain, http, keccak256, toHex, type Address, type Hex, type PublicClient, type WalletClient } from "viem";
import { mnemonicToAccount, privateKeyToAccount, type PrivateKeyAccount } from "viem/accounts";
import {
  aerieAddresses,
  approve,
  createTaskFromSpec,
  deployAerie,
  getRoundInputs,
  joinTask,
  mint as mintTokens,
  parseTaskCreated,
  registerOperator,
  resolveDeployParams,
  Role,
  stake,
  waitForReceipt,
  type AddressBook,
  type AerieAddresses,
  type GetRoundInputsParameters,
  type WriteReturnType,
} from "../../src/sdk";
import { type TaskSpecFile } from "../../src/lib/taskSpec";
import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { readFileSync } from "node:fs";
import { aerieDomain, signScores, signSubmission, type Scores, type Submission } from "../../src/lib/eip712";
import { buildIntakeApp, type BuildIntakeAppParameters, type IntakeApp } from "../../src/node/intake/app";
import { staticLookups, type StaticLookupFile } from "../../src/node/intake/lookups";

/** Hardhat's default mnemonic (its node's accounts). */
export const MNEMONIC = "test test test test test test test test test test test junk";
/** The local Hardhat chain (id 31337). */
export const hardhat = defineChain({ id: 31337, name: "Hardhat", nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 }, rpcUrls: { default: { http: ["http://127.0.0.1:8545"] } } });
/** 1 token, wei. */
export const ONE = 10n ** 18n;

/** A port nobody listens on (bound to 0, read, released). */
export async function freePort(): Promise<number> {
  const s = createServer();
  s.listen(0, "127.0.0.1");
  await once(s, "listening");
  const port = (s.address() as AddressInfo).port;
  s.close();
  await once(s, "close");
  return port;
}

/** A running `hardhat node` child process. */
export type HardhatNode = { url: string; port: number; proc: ChildProcess; stop: () => Promise<void> };

/** Starts `hardhat node --port <free>` and waits until it answers. Stop it with `stop()` (SIGKILL by PID). */
export async function startHardhatNode(): Promise<HardhatNode> {
  const port = await freePort();
  const proc = spawn(join(__dirname, "..", "..", "node_modules", ".bin", "hardhat"), ["node", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: join(__dirname, "..", ".."),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  proc.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000; // a loaded machine can take minutes to compile-check and start
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`hardhat node exited ${proc.exitCode}: ${out}`);
    if (/Started HTTP/.test(out)) break;
    if (Date.now() > deadline) throw new Error(`hardhat node did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill("SIGKILL");
      await once(proc, "exit");
    }
  };
  return { url, port, proc, stop };
}

/** Sends one JSON-RPC request (test-only methods such as evm_snapshot); a request on a just-closed socket is retried once. */
export async function rpc<T = unknown>(url: string, method: string, params: unknown[] = []): Promise<T> {
  const request = () => fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  // A kept-alive socket the server has just closed fails once ("other side closed"): retry it.
  const res = await request().catch(() => request());
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** Viem clients on a node for account `index` of the default mnemonic. */
export function clientsFor(url: string): { publicClient: PublicClient; wallet: (index: number) => WalletClient } {
  const publicClient = createPublicClient({ chain: hardhat, transport: http(url), pollingInterval: 50 });
  const wallet = (index: number) => createWalletClient({ chain: hardhat, transport: http(url), account: mnemonicToAccount(MNEMONIC, { addressIndex: index }) });
  return { publicClient, wallet };
}

/** Clients on a spawned node: a public client and the default mnemonic's first 20 accounts. */
export type LocalChain = { publicClient: PublicClient; wallets: LocalWallet[] };
/** A wallet client of one of the mnemonic's accounts. */
export type LocalWallet = ReturnType<typeof localWallet>;

function localWallet(url: string, index: number) {
  return createWalletClient({ chain: hardhat, transport: http(url), account: mnemonicToAccount(MNEMONIC, { addressIndex: index }) });
}

/** {@link LocalChain} clients on a spawned node. */
export function contextFor(url: string): LocalChain {
  return { publicClient: clientsFor(url).publicClient, wallets: Array.from({ length: 20 }, (_, i) => localWallet(url, i)) };
}

/** The system of the indexer tests: deployed, three operators, three delegators, one task everyone joined. */
export type NodeSystem = {
  ctx: LocalChain;
  book: AddressBook;
  addresses: AerieAddresses;
  /** First block of the deployment (where log scans start). */
  fromBlock: bigint;
  spec: TaskSpecFile;
  taskId: bigint;
  operators: Address[];
  delegators: Address[];
};

/** Waits for an SDK write's receipt. */
export async function mined(ctx: LocalChain, write: Promise<WriteReturnType>) {
  return waitForReceipt(ctx.publicClient, await write);
}

/** `wallet` approves the vault and stakes `amount` wei to `operator` (two transactions). */
export async function stakeAs(sys: { ctx: LocalChain; addresses: AerieAddresses }, wallet: LocalWallet, operator: Address, amount: bigint) {
  await mined(sys.ctx, approve(wallet, { addresses: sys.addresses, spender: sys.addresses.stakingVault, amount }));
  return mined(sys.ctx, stake(wallet, { addresses: sys.addresses, operator, amount }));
}

/** The SDK's round inputs read straight from the chain (the CLI's path), from the deployment block. */
export function chainRoundInputs(sys: NodeSystem, args: Omit<GetRoundInputsParameters, "addresses" | "fromBlock">, ctx: LocalChain = sys.ctx) {
  return getRoundInputs(ctx.publicClient, { addresses: sys.addresses, fromBlock: sys.fromBlock, ...args });
}

/**
 * Deploys Aerie on `url` (address book in a temp dir) and sets up: operators = accounts 6, 7, 8 (trainer,
 * trainer, validator), self-staked 1,000 tokens each at 10%; delegators = accounts 12, 13, 14 staking
 * 100, 200, 300 tokens to operators 6, 7, 8; a task from examples/tasks/demo-3-rounds.json joined by all.
 */
export async function deployNodeSystem(url: string): Promise<NodeSystem> {
  const ctx = contextFor(url);
  const gov = ctx.wallets[0]!;
  const path = join(mkdtempSync(join(tmpdir(), "aerie-book-")), "31337.json");
  const { book } = await deployAerie(gov, { network: "localhost", params: resolveDeployParams("localhost", ctx.wallets.map((w) => w.account.address)), path });
  const addresses = aerieAddresses(book);
  const sys = { ctx, addresses };
  const mint = (to: Address, amount: bigint) => mined(ctx, mintTokens(gov, { addresses, to, amount }));
  const creator = ctx.wallets[5]!;
  await mint(creator.account.address, 100_000n * ONE);
  const ops = [6, 7, 8].map((i) => ctx.wallets[i]!);
  for (const op of ops) {
    await mint(op.account.address, 10_000n * ONE);
    await mined(ctx, registerOperator(op, { addresses, commissionBps: 1_000n, metadataURI: "" }));
    await stakeAs(sys, op, op.account.address, 1_000n * ONE);
  }
  const dels = [12, 13, 14].map((i) => ctx.wallets[i]!);
  for (const [i, d] of dels.entries()) {
    await mint(d.account.address, 10_000n * ONE);
    await stakeAs(sys, d, ops[i]!.account.address, BigInt(100 * (i + 1)) * ONE);
  }
  const spec = parseTaskSpec(JSON.parse(readFileSync(join(__dirname, "..", "..", "examples", "tasks", "demo-3-rounds.json"), "utf8")));
  const budget = BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count);
  await mined(ctx, approve(creator, { addresses, spender: addresses.taskRegistry, amount: budget }));
  const created = await mined(ctx, createTaskFromSpec(creator, { addresses, spec, specURI: "ipfs://spec" }));
  const [event] = parseTaskCreated(created.logs);
  if (!event) throw new Error("createTask emitted no TaskCreated event");
  const taskId = event.taskId;
  await mined(ctx, joinTask(ops[0]!, { addresses, taskId, role: Role.Trainer }));
  await mined(ctx, joinTask(ops[1]!, { addresses, taskId, role: Role.Trainer }));
  await mined(ctx, joinTask(ops[2]!, { addresses, taskId, role: Role.Validator }));
  const fromBlock = BigInt(Math.min(book.contracts.StakingVault!.block!, book.contracts.TaskRegistry!.block!));
  return { ctx, book, addresses, fromBlock, spec, taskId, operators: ops.map((o) => o.account.address), delegators: dels.map((d) => d.account.address) };
}

/** How a {@link startRpcProxy} proxy misbehaves. */
export type ProxyMode = {
  /** Refuse eth_getLogs spanning more than this many blocks (a JSON-RPC error, like most providers). */
  maxRange?: number;
  /** Cut eth_getLogs results longer than `truncateAbove` (default 1) to that many, this many times. */
  truncate?: number;
  truncateAbove?: number;
  /** Answer this many requests with HTTP 503. */
  fail?: number;
};

/** A JSON-RPC proxy in front of `target`; `stats` counts what it did. */
export type RpcProxy = { url: string; mode: ProxyMode; stats: { requests: number; getLogs: number; refused: number; truncated: number; failed: number }; close: () => Promise<void> };

/** Starts a proxy on a free port that forwards to `target`, misbehaving as `mode` says (mutable). */
export async function startRpcProxy(target: string, mode: ProxyMode): Promise<RpcProxy> {
  const stats = { requests: 0, getLogs: 0, refused: 0, truncated: 0, failed: 0 };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString()) as { id: number; method: string; params: { fromBlock: string; toBlock: string }[] };
    stats.requests++;
    if ((mode.fail ?? 0) > 0) {
      mode.fail!--;
      stats.failed++;
      res.writeHead(503).end("unavailable");
      return;
    }
    if (body.method === "eth_getLogs") {
      stats.getLogs++;
      const f = body.params[0]!;
      const span = Number(BigInt(f.toBlock) - BigInt(f.fromBlock)) + 1;
      if (mode.maxRange !== undefined && span > mode.maxRange) {
        stats.refused++;
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ jsonrpc: "2.0", id: body.id, error: { code: -32005, message: `query exceeds max block range ${mode.maxRange}` } }));
        return;
      }
    }
    const upstream = await fetch(target, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const answer = (await upstream.json()) as { result?: unknown[] };
    if (body.method === "eth_getLogs" && (mode.truncate ?? 0) > 0 && Array.isArray(answer.result) && answer.result.length > (mode.truncateAbove ?? 1)) {
      mode.truncate!--;
      stats.truncated++;
      answer.result = answer.result.slice(0, mode.truncateAbove ?? 1);
    }
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(answer));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    mode,
    stats,
    close: async () => {
      server.closeAllConnections();
      server.close();
    },
  };
}


// ---- intake fixtures: deterministic keys, a fixed round, signed messages and an intake app.


/** The chain and TaskRegistry the test node serves. */
export const CHAIN_ID = 31337;
export const REGISTRY: Address = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
export const DOMAIN = aerieDomain(CHAIN_ID, REGISTRY);

/** Round 0 of task 1: [1_000, 2_000), scores until 2_500 (unix seconds). */
export const TASK = 1n;
export const ROUND = 0n;
export const ROUND_START = 1_000n;
export const ROUND_END = 2_000n;
export const SCORING_WINDOW = 500n;

/** A deterministic account: private key keccak256("aerie-node-test-<i>"). */
export function account(i: number): PrivateKeyAccount {
  return privateKeyToAccount(keccak256(toHex(`aerie-node-test-${i}`)));
}

export const TRAINERS = [account(1), account(2), account(3)];
export const VALIDATORS = [account(11), account(12)];
export const OUTSIDER = account(99);

/** The static lookup document of the test round: 3 trainers and 2 validators. */
export function lookupFile(): StaticLookupFile {
  return {
    rounds: [{ taskId: "1", round: "0", roundStart: ROUND_START.toString(), roundEnd: ROUND_END.toString(), scoringWindowSeconds: SCORING_WINDOW.toString() }],
    participants: [
      ...TRAINERS.map((a) => ({ taskId: "1", round: "0", address: a.address, role: "trainer" as const })),
      ...VALIDATORS.map((a) => ({ taskId: "1", round: "0", address: a.address, role: "validator" as const })),
    ],
  };
}

/** A settable clock, unix seconds. */
export function testClock(start = 1_500n): { now: () => bigint; set(t: bigint): void } {
  let t = start;
  return { now: () => t, set: (v) => void (t = v) };
}

/** JSON body of a signed Submission by `who` (uint256 values as decimal strings). */
export async function submissionBody(who: PrivateKeyAccount, over: Partial<Submission> = {}, domain = DOMAIN): Promise<{ message: Record<string, unknown>; signature: Hex }> {
  const message: Submission = {
    taskId: TASK,
    round: ROUND,
    trainer: who.address,
    modelHash: keccak256(toHex(`model of ${who.address}`)),
    modelURI: `ipfs://model-${who.address.slice(2, 10)}`,
    ...over,
  };
  const signature = await signSubmission(who, domain, message);
  return { message: { ...message, taskId: message.taskId.toString(), round: message.round.toString() }, signature };
}

/** JSON body of a signed Scores message by `who`. */
export async function scoresBody(
  who: PrivateKeyAccount,
  over: Partial<Scores> = {},
  domain = DOMAIN,
): Promise<{ message: Record<string, unknown>; signature: Hex }> {
  const message: Scores = {
    taskId: TASK,
    round: ROUND,
    validator: who.address,
    trainers: TRAINERS.map((t) => t.address),
    scores: [900_000n, 500_000n, 100_000n],
    ...over,
  };
  const signature = await signScores(who, domain, message);
  return {
    message: { ...message, taskId: message.taskId.toString(), round: message.round.toString(), scores: message.scores.map(String) },
    signature,
  };
}

/** An in-memory intake app over the test round, with unlimited rates unless given. */
export async function testApp(over: Partial<BuildIntakeAppParameters> = {}): Promise<IntakeApp & { clock: ReturnType<typeof testClock> }> {
  const clock = testClock();
  const lookups = staticLookups(lookupFile());
  const app = await buildIntakeApp({
    dbPath: ":memory:",
    chainId: CHAIN_ID,
    registry: REGISTRY,
    ...lookups,
    clock: clock.now,
    signerRateLimit: null,
    ipRateLimit: null,
    // in-thread recovery (the worker pool is tested by recover.test.ts and the process tests)
    recoverThreads: 0,
    ...over,
  });
  return { ...app, clock };
}
