// A local Aerie network of real processes: `hardhat node` on a free port, Aerie deployed on it, and Aerie nodes
// (`src/node/main.ts --config`) as child processes. Used by `npm run demo:network` and the node's fault tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from "node:fs";
import { join, resolve } from "node:path";
import { toHex, type Address } from "viem";
import { mnemonicToAccount } from "viem/accounts";

import type { ChainContext } from "../../src/chain/context";
import { deployAerie, deployedContracts, resolveDeployParams } from "../../src/chain/deploy";
import type { Contracts } from "../../src/chain/actions";
import type { AddressBook } from "../../src/chain/addressBook";
import type { NodeConfigInput } from "../../src/node/config";
import { contextFor, freePort, MNEMONIC, rpc, startHardhatNode, type HardhatNode } from "../../test/node/helpers";

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
};

/** A running network. */
export type Devnet = {
  chain: HardhatNode;
  ctx: ChainContext;
  book: AddressBook;
  c: Contracts;
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
  /** Nodes: committee members use accounts 1, 2, 3 (the localhost deploy config), the guardian account 4. */
  nodes: { name: string; role: "committee" | "guardian"; account: number }[];
  /** Leader timeout before the next member proposes, ms (default 3,000). */
  proposeTimeoutMs?: number;
};

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
  const ctx = contextFor(chain.url);
  const bookPath = join(p.dir, "deployments", "localhost.json");
  mkdirSync(join(p.dir, "deployments"), { recursive: true });
  const { book } = await deployAerie(ctx, resolveDeployParams(ctx), bookPath);
  const c = await deployedContracts(ctx, book);

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
    return { name: n.name, role: n.role, account: n.account, address: mnemonicToAccount(MNEMONIC, { addressIndex: n.account }).address, url: urls[i]!, configPath, dataDir, logPath: join(p.dir, n.name, "node.log"), proc: undefined };
  });
  const logs = new Map<number, WriteStream>();

  const start = async (i: number, env: Record<string, string> = {}) => {
    const n = nodes[i]!;
    const log = logs.get(i) ?? createWriteStream(n.logPath, { flags: "a" });
    logs.set(i, log);
    const proc = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(ROOT, "src/node/main.ts"), "--config", n.configPath], {
      cwd: ROOT,
      env: { ...process.env, AERIE_NODE_KEY: hardhatKey(n.account), AERIE_LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    n.proc = proc;
    let out = "";
    proc.stderr!.on("data", (d: Buffer) => log.write(d));
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`${n.name} did not start within 90 s (see ${n.logPath})`)), 90_000);
      proc.once("exit", (code, signal) => {
        clearTimeout(timer);
        rej(new Error(`${n.name} exited (${code ?? signal}) before listening (see ${n.logPath})`));
      });
      proc.stdout!.on("data", (d: Buffer) => {
        log.write(d);
        out += d.toString();
        if (/"listening"/.test(out)) {
          clearTimeout(timer);
          proc.removeAllListeners("exit");
          res();
        }
      });
    });
  };
  const kill = async (i: number) => {
    const proc = nodes[i]!.proc;
    if (proc === undefined || proc.exitCode !== null || proc.signalCode !== null) return;
    await new Promise<void>((res) => {
      proc.once("exit", () => res());
      proc.kill("SIGKILL");
    });
  };
  const exited = (i: number) =>
    new Promise<NodeJS.Signals | number | null>((res) => {
      const proc = nodes[i]!.proc!;
      if (proc.exitCode !== null || proc.signalCode !== null) return res(proc.signalCode ?? proc.exitCode);
      proc.once("exit", (code, signal) => res(signal ?? code));
    });
  const setTime = async (t: bigint) => {
    const now = (await ctx.publicClient.getBlock({ blockTag: "latest" })).timestamp;
    const target = t > now ? t : now + 1n;
    await rpc(chain.url, "evm_setNextBlockTimestamp", [`0x${target.toString(16)}`]);
    await rpc(chain.url, "evm_mine", []);
    await waitForClocks(target);
    return target;
  };
  const waitForClocks = async (t: bigint) => {
    for (const n of nodes) {
      if (n.proc === undefined || n.proc.exitCode !== null || n.proc.signalCode !== null) continue;
      for (let k = 0; k < 200; k++) {
        const h = (await fetch(`${n.url}/healthz`).then((r) => r.json()).catch(() => ({}))) as { chainTime?: string };
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
  return { chain, ctx, book, c, bookPath, nodes, start, kill, exited, setTime, stop };
}
