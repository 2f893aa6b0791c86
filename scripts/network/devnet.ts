// A local Aerie network of real processes: `hardhat node` on a free port, Aerie deployed on it, and Aerie nodes
// (`src/node/main.ts --config`) as child processes. Used by `npm run demo:network` and the node's fault tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from "node:fs";
import { join, resolve } from "node:path";
import { keccak256, parseUnits, toBytes, toHex, type Address, type Hex } from "viem";
import { mnemonicToAccount, privateKeyToAccount } from "viem/accounts";

import type { SignedScores, SignedSubmission } from "../../src/aggregator";
import { CREATOR_ACCOUNT, DELEGATORS, DISHONEST, OPERATORS, SPEC_PATH, trueQuality, type DemoRole } from "../../src/demo/run";
import { aerieDomain, signScores, signSubmission } from "../../src/lib/eip712";
import type { TaskSpecFile } from "../../src/lib/taskSpec";
import { postScores, postSubmission } from "../../src/node/client";
import {
  aerieAddresses,
  aerieTestTokenAbi,
  approve,
  createTaskFromSpec,
  deployAerie,
  joinTask,
  mint,
  parseTaskCreated,
  registerOperator,
  resolveDeployParams,
  rewardDistributorAbi,
  Role,
  roundSettlementAbi,
  stake,
  stakingVaultAbi,
  taskRegistryAbi,
  waitForReceipt,
  type AddressBook,
  type AerieAddresses,
  type AerieWalletClient,
  type DeployParams,
  type WriteReturnType,
} from "../../src/sdk";
import type { NodeConfigInput } from "../../src/node/config";
import { contextFor, freePort, MNEMONIC, rpc, startHardhatNode, type HardhatNode, type LocalChain } from "../../test/node/helpers";

/** The repository root. */
export const ROOT = resolve(__dirname, "..", "..");

/** One Aerie node of the network. */
export type NetNode = {
  name: string;
  role: "committee" | "guardian";
  /** Account index of its key (Hardhat's default mnemonic). */
  account: number;
  address: Address;
  url: string;
  configPath: string;
  dataDir: string;
  logPath: string;
  proc: ChildProcess | undefined;
  /** Started through the CLI (`aerie node`) rather than src/node/main.ts. */
  cli: boolean;
};

/** The deployed contracts as typed `{ address, abi }` pairs (spread into viem's `readContract` / `getContractEvents`). */
export type DevnetContracts = {
  token: { address: Address; abi: typeof aerieTestTokenAbi };
  vault: { address: Address; abi: typeof stakingVaultAbi };
  registry: { address: Address; abi: typeof taskRegistryAbi };
  distributor: { address: Address; abi: typeof rewardDistributorAbi };
  settlement: { address: Address; abi: typeof roundSettlementAbi };
};

/** A running network. */
export type Devnet = {
  chain: HardhatNode;
  /** Clients on the chain: a public client and the default mnemonic's first 20 accounts' wallets. */
  ctx: LocalChain & { chainId: number };
  book: AddressBook;
  /** Where Aerie lives (the SDK's `addresses` parameter). */
  addresses: AerieAddresses;
  /** Typed contracts, for reads the SDK has no action for. */
  c: DevnetContracts;
  /** First block of the deployment (where log scans start). */
  fromBlock: bigint;
  bookPath: string;
  nodes: NetNode[];
  /** Starts (or restarts) node `i`; `env` adds variables (e.g. `AERIE_FAULT`). Resolves once it serves HTTP. */
  start(i: number, env?: Record<string, string>): Promise<void>;
  /** SIGKILLs node `i` (if running) and waits for its exit. */
  kill(i: number): Promise<void>;
  /** Resolves when node `i` exits by itself (e.g. a fault point), with its signal. */
  exited(i: number): Promise<NodeJS.Signals | number | null>;
  /** Sets the chain's next block time and mines it; resolves once every running node's clock reached it. */
  setTime(t: bigint): Promise<bigint>;
  /** Stops every node and the chain (SIGKILL by PID). */
  stop(): Promise<void>;
};

/** Options of {@link startDevnet}. */
export type StartDevnetParameters = {
  /** Working directory (configs, data, logs, address book). */
  dir: string;
  /** Task spec files the nodes serve. */
  specs: string[];
  /**
   * Nodes: committee members use accounts 1, 2, 3 (the localhost deploy config), the guardian account 4. `cli`
   * starts the node as `aerie node --config <file> --json` (src/cli) instead of `src/node/main.ts`.
   */
  nodes: { name: string; role: "committee" | "guardian"; account: number; cli?: boolean }[];
  /** Leader timeout before the next member proposes, ms (default 3,000). */
  proposeTimeoutMs?: number;
  /** Deployment parameters replacing the localhost ones (e.g. a one-member committee: `{ committee, committeeThreshold: 1 }`). */
  deployOverrides?: Partial<DeployParams>;
};

/**
 * Starts `node [-r ts-node/register/transpile-only] <script> <args>` (ts-node for a .ts script) in the repository root, copying its stdout and
 * stderr to `log`. `listening` resolves (with that line) once it printed a line containing `"listening"` and rejects if it exits
 * first or takes longer than `timeoutMs` (default 90 s).
 */
export function spawnListening(p: { name: string; script: string; args: string[]; env: NodeJS.ProcessEnv; log: WriteStream; logPath: string; timeoutMs?: number }): { proc: ChildProcess; listening: Promise<string> } {
  const timeoutMs = p.timeoutMs ?? 90_000;
  const runner = p.script.endsWith(".ts") ? ["-r", "ts-node/register/transpile-only"] : [];
  const proc = spawn(process.execPath, [...runner, resolve(ROOT, p.script), ...p.args], {
    cwd: ROOT,
    env: { ...process.env, ...p.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stderr!.on("data", (d: Buffer) => p.log.write(d));
  const listening = new Promise<string>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`${p.name} did not start within ${timeoutMs / 1000} s (see ${p.logPath})`)), timeoutMs);
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      rej(new Error(`${p.name} exited (${code ?? signal}) before listening (see ${p.logPath})`));
    };
    proc.once("exit", onExit);
    let out = "";
    let seen = false;
    proc.stdout!.on("data", (d: Buffer) => {
      p.log.write(d);
      if (seen) return;
      out += d.toString();
      // a complete line (the chunk may end inside it)
      const line = out.split("\n").slice(0, -1).find((l) => l.includes('"listening"'));
      if (line !== undefined) {
        seen = true;
        clearTimeout(timer);
        proc.off("exit", onExit);
        res(line);
      }
    });
  });
  return { proc, listening };
}

/** The private key of Hardhat's account `i`. */
export function hardhatKey(i: number): `0x${string}` {
  return toHex(mnemonicToAccount(MNEMONIC, { addressIndex: i }).getHdKey().privateKey!);
}

/**
 * Starts `hardhat node`, deploys Aerie with the localhost parameters (committee = accounts 1–3, k = 2,
 * guardian = account 4) and writes one config per node. Nodes are not started: call `start(i)`.
 */
export async function startDevnet(p: StartDevnetParameters): Promise<Devnet> {
  mkdirSync(p.dir, { recursive: true });
  const chain = await startHardhatNode();
  const local = contextFor(chain.url);
  const ctx = { ...local, chainId: await local.publicClient.getChainId() };
  const bookPath = join(p.dir, "deployments", `${ctx.chainId}.json`);
  mkdirSync(join(p.dir, "deployments"), { recursive: true });
  const params: DeployParams = { ...resolveDeployParams("localhost", ctx.wallets.map((w) => w.account.address)), ...p.deployOverrides };
  const { book } = await deployAerie(ctx.wallets[0]!, { network: "localhost", params, path: bookPath, fresh: true });
  const addresses = aerieAddresses(book);
  const c: DevnetContracts = {
    token: { address: addresses.token, abi: aerieTestTokenAbi },
    vault: { address: addresses.stakingVault, abi: stakingVaultAbi },
    registry: { address: addresses.taskRegistry, abi: taskRegistryAbi },
    distributor: { address: addresses.rewardDistributor, abi: rewardDistributorAbi },
    settlement: { address: addresses.roundSettlement, abi: roundSettlementAbi },
  };
  const fromBlock = BigInt(Math.min(book.contracts.StakingVault?.block ?? 0, book.contracts.TaskRegistry?.block ?? 0));

  const ports = await Promise.all(p.nodes.map(() => freePort()));
  const urls = ports.map((port) => `http://127.0.0.1:${port}`);
  const committeeUrls = p.nodes.map((n, i) => (n.role === "committee" ? urls[i]! : undefined)).filter((u): u is string => u !== undefined);
  const nodes: NetNode[] = p.nodes.map((n, i) => {
    const dataDir = join(p.dir, n.name, "data");
    const configPath = join(p.dir, n.name, "config.json");
    mkdirSync(dataDir, { recursive: true });
    const config: NodeConfigInput = {
      role: n.role,
      key: { env: "AERIE_NODE_KEY" },
      rpc: { urls: [chain.url], timeoutMs: 10_000, retries: 3 },
      addressBook: bookPath,
      peers: committeeUrls.filter((u) => u !== urls[i]),
      dataDir,
      http: { host: "127.0.0.1", port: ports[i]! },
      specs: p.specs.map((s) => resolve(s)),
      publicUrl: urls[i]!,
      committee: { pollIntervalMs: 300, proposeTimeoutMs: p.proposeTimeoutMs ?? 3_000, bundleBaseUrl: committeeUrls[0]! },
      indexer: { logWindow: 2_000, confirmations: 0, pollIntervalMs: 200 },
    };
    writeFileSync(configPath, JSON.stringify(config, null, 2) + "\n");
    return { name: n.name, role: n.role, account: n.account, address: mnemonicToAccount(MNEMONIC, { addressIndex: n.account }).address, url: urls[i]!, configPath, dataDir, logPath: join(p.dir, n.name, "node.log"), proc: undefined, cli: n.cli === true };
  });
  const logs = new Map<number, WriteStream>();

  const start = async (i: number, env: Record<string, string> = {}) => {
    const n = nodes[i]!;
    trace(`start ${n.name} ${JSON.stringify(env)}`);
    const log = logs.get(i) ?? createWriteStream(n.logPath, { flags: "a" });
    logs.set(i, log);
    const entry = n.cli ? { script: "src/cli/index.ts", args: ["node", "--json", "--config", n.configPath] } : { script: "src/node/main.ts", args: ["--config", n.configPath] };
    const { proc, listening } = spawnListening({ name: n.name, ...entry, env: { AERIE_NODE_KEY: hardhatKey(n.account), AERIE_LOG_LEVEL: "info", ...env }, log, logPath: n.logPath, timeoutMs: 360_000 });
    n.proc = proc;
    await listening;
  };
  const kill = async (i: number) => {
    const proc = nodes[i]!.proc;
    if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((res) => {
      proc.once("exit", () => res());
      proc.kill("SIGKILL");
    });
  };
  const trace = (m: string) => {
    if (process.env.AERIE_DEVNET_TRACE) process.stderr.write(`[devnet ${new Date().toISOString()}] ${m}\n`);
  };
  const exited = (i: number) =>
    new Promise<NodeJS.Signals | number | null>((res) => {
      const proc = nodes[i]!.proc!;
      if (proc.exitCode !== null || proc.signalCode !== null) return res(proc.signalCode ?? proc.exitCode);
      proc.once("exit", (code, signal) => res(signal ?? code));
    });
  const setTime = async (t: bigint) => {
    trace(`setTime ${t}`);
    const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
    const target = t > now ? t : now + 1n;
    await rpc(chain.url, "evm_setNextBlockTimestamp", [`0x${target.toString(16)}`]);
    await rpc(chain.url, "evm_mine", []);
    await waitForClocks(target);
    trace(`clocks at ${target}`);
    return target;
  };
  const waitForClocks = async (t: bigint) => {
    for (const n of nodes) {
      if (n.proc === undefined || n.proc.exitCode !== null || n.proc.signalCode !== null) continue;
      for (let k = 0; k < 200 && n.proc.exitCode === null && n.proc.signalCode === null; k++) {
        const h = (await fetch(`${n.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.json()).catch(() => ({}))) as { chainTime?: string };
        if (h.chainTime !== undefined && BigInt(h.chainTime) >= t) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const stop = async () => {
    for (let i = 0; i < nodes.length; i++) await kill(i);
    for (const l of logs.values()) l.end();
    await chain.stop();
  };
  return { chain, ctx, book, addresses, c, fromBlock, bookPath, nodes, start, kill, exited, setTime, stop };
}

/** A demo account: name, role, wallet, address. */
export type Actor = { name: string; role: DemoRole; wallet: AerieWalletClient; address: Address };

/** What {@link setupDemoTask} made. */
export type DemoTask = {
  taskId: bigint;
  created: { taskId: bigint; specHash: Hex; budget: bigint };
  operators: Map<string, Actor>;
  delegators: Actor[];
  actors: Actor[];
  trainers: Actor[];
  validators: Actor[];
  creator: AerieWalletClient;
};

const TOKEN = (n: number) => parseUnits(String(n), 18);

/** The setup of `npm run demo` on the devnet: its operators (self-stakes, commissions), delegators and task. */
export async function setupDemoTask(net: Devnet, spec: TaskSpecFile): Promise<DemoTask> {
  const { ctx, addresses } = net;
  const wallet = (i: number): AerieWalletClient => {
    const w = ctx.wallets[i];
    if (!w) throw new Error(`account ${i} is not configured on the devnet`);
    return w;
  };
  /** Waits for a write's receipt (status checked). */
  const mined = async (write: Promise<WriteReturnType>) => waitForReceipt(ctx.publicClient, await write);
  const governance = wallet(0);
  const creator = wallet(CREATOR_ACCOUNT);
  const operators = new Map<string, Actor>();
  for (const o of OPERATORS) operators.set(o.name, { name: o.name, role: o.role, wallet: wallet(o.account), address: wallet(o.account).account.address });
  const delegators: Actor[] = DELEGATORS.map((d) => ({ name: d.name, role: "delegator", wallet: wallet(d.account), address: wallet(d.account).account.address }));
  const mintTo = (to: Address, amount: bigint) => mined(mint(governance, { addresses, to, amount }));
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
    await mintTo(a.address, TOKEN(d.to.reduce((s, [, n]) => s + n, 0)));
    for (const [opName, n] of d.to) await stakeTo(a.wallet, operators.get(opName)!.address, TOKEN(n));
  }
  const trainers = OPERATORS.filter((o) => o.role === "trainer").map((o) => operators.get(o.name)!);
  const validators = OPERATORS.filter((o) => o.role === "validator").map((o) => operators.get(o.name)!);
  const base = { taskId: 0n, created: { taskId: 0n, specHash: "0x" as Hex, budget: 0n }, operators, delegators, actors: [...operators.values(), ...delegators], trainers, validators, creator };
  return addDemoTask(net, base, spec);
}

/**
 * Another task of `spec` for the operators of {@link setupDemoTask} (`demo`): the creator is minted and escrows the
 * budget (`rewardPerRound × rounds.count`, wei), and every operator joins in its demo role.
 * @returns the same operators and delegators with the new task's id.
 */
export async function addDemoTask(net: Devnet, demo: DemoTask, spec: TaskSpecFile, specURI = SPEC_PATH): Promise<DemoTask> {
  const { ctx, addresses } = net;
  const mined = async (write: Promise<WriteReturnType>) => waitForReceipt(ctx.publicClient, await write);
  const budgetWanted = BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count);
  const balance = (await ctx.publicClient.readContract({ address: addresses.token, abi: aerieTestTokenAbi, functionName: "balanceOf", args: [demo.creator.account.address] })) as bigint;
  if (balance < budgetWanted) await mined(mint(ctx.wallets[0]!, { addresses, to: demo.creator.account.address, amount: budgetWanted - balance }));
  await mined(approve(demo.creator, { addresses, spender: addresses.taskRegistry, amount: budgetWanted }));
  const sent = await createTaskFromSpec(demo.creator, { addresses, spec, specURI });
  const [event] = parseTaskCreated((await waitForReceipt(ctx.publicClient, sent)).logs);
  if (!event) throw new Error("createTask emitted no TaskCreated event");
  const created = { taskId: event.taskId, specHash: sent.onChainSpec.specHash, budget: sent.budget };
  for (const o of OPERATORS) await mined(joinTask(demo.operators.get(o.name)!.wallet, { addresses, taskId: created.taskId, role: o.role === "trainer" ? Role.Trainer : Role.Validator }));
  return { ...demo, taskId: created.taskId, created };
}

/**
 * One round's messages, as in `npm run demo`, sent over HTTP to every URL in `urls`: at `roundStart + 60` each
 * trainer's Submission, at `roundEnd + 60` each validator's Scores (the dishonest validator inverts the ranking).
 * @returns the signed messages (receivedAt as the nodes record them in the bundle).
 */
export async function sendRoundMessages(
  net: Devnet,
  p: { taskId: bigint; round: bigint; roundStart: bigint; roundEnd: bigint; trainers: Actor[]; validators: Actor[]; urls: string[] },
): Promise<{ submissions: SignedSubmission[]; scores: SignedScores[] }> {
  const domain = aerieDomain(net.ctx.chainId, net.addresses.taskRegistry);
  const keyOf = (name: string) => privateKeyToAccount(hardhatKey(OPERATORS.find((o) => o.name === name)!.account));
  const r = Number(p.round);
  await net.setTime(p.roundStart + 60n);
  const submissions: SignedSubmission[] = [];
  for (const t of p.trainers) {
    const message = { taskId: p.taskId, round: p.round, trainer: t.address, modelHash: keccak256(toBytes(`model:${p.taskId}:${r}:${t.name}`)), modelURI: `ipfs://demo/${p.taskId}/${r}/${t.name}.safetensors` };
    const signature = await signSubmission(keyOf(t.name), domain, message);
    for (const u of p.urls) await postSubmission(u, { message, signature, domain });
    submissions.push({ message, signature, receivedAt: p.roundStart });
  }
  await net.setTime(p.roundEnd + 60n);
  const scores: SignedScores[] = [];
  for (const [vi, v] of p.validators.entries()) {
    const sc = p.trainers.map((_, ti) => {
      const q = trueQuality(ti, r);
      if (v.name === DISHONEST) return 1_000_000n - q;
      return q + BigInt((vi * 7 + ti * 3) % 5) * 2_000n - 4_000n;
    });
    const message = { taskId: p.taskId, round: p.round, validator: v.address, trainers: p.trainers.map((t) => t.address), scores: sc };
    const signature = await signScores(keyOf(v.name), domain, message);
    for (const u of p.urls) await postScores(u, { message, signature, domain });
    scores.push({ message, signature, receivedAt: p.roundEnd });
  }
  return { submissions, scores };
}

/**
 * Polls `fn` every `intervalMs` (default 200 ms) until it returns a value other than `undefined`.
 * @throws Error naming `what` after `timeoutMs` (default 120 s).
 */
export async function waitFor<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 120_000, intervalMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
