// The transaction queue against a real `hardhat node`: concurrency, gas buffer, decoded reverts, and
// journal reconciliation after a SIGKILL between journal, broadcast and receipt.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeFunctionData, toHex, type Address, type Hex } from "viem";
import { mnemonicToAccount, privateKeyToAccount } from "viem/accounts";
import { stakingVaultAbi } from "../../src/sdk/abis";
import { createNodeClient } from "../../src/node/rpc";
import { openStore } from "../../src/node/store/db";
import { TxFailedError, TxQueue } from "../../src/node/tx/queue";
import { deployNodeSystem, MNEMONIC, rpc, startHardhatNode, type HardhatNode, type NodeSystem } from "./helpers";

const keyOf = (index: number): Hex => toHex(mnemonicToAccount(MNEMONIC, { addressIndex: index }).getHdKey().privateKey!);
const tmp = () => mkdtempSync(join(tmpdir(), "aerie-tx-"));

describe("node tx queue (multi-process: hardhat node)", function () {
  let node: HardhatNode;
  let sys: NodeSystem;

  before(async function () {
    node = await startHardhatNode();
    sys = await deployNodeSystem(node.url);
  });
  after(async function () {
    await node?.stop();
  });

  const queueFor = (index: number, dataDir = tmp()) =>
    new TxQueue({ client: createNodeClient({ urls: [node.url] }), account: privateKeyToAccount(keyOf(index)), store: openStore({ dataDir }), backoffMs: 20 });

  it("20 concurrent sends from one key get 20 consecutive nonces and all land", async function () {
    const q = queueFor(16);
    const start = await sys.ctx.publicClient.getTransactionCount({ address: q.address });
    const targets = Array.from({ length: 20 }, (_, i) => privateKeyToAccount(toHex(BigInt(i + 1), { size: 32 })).address);
    const outcomes = await Promise.all(targets.map((to, i) => q.send({ to, data: "0x", value: BigInt(i + 1) })));
    expect(outcomes.map((o) => o.status)).to.deep.equal(Array(20).fill("mined"));
    expect(outcomes.map((o) => o.nonce).sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 20 }, (_, i) => start + i));
    expect(await sys.ctx.publicClient.getTransactionCount({ address: q.address })).to.equal(start + 20);
    for (const [i, to] of targets.entries()) expect(await sys.ctx.publicClient.getBalance({ address: to })).to.equal(BigInt(i + 1));
    expect(q.journal.all(q.address).map((e) => e.status)).to.deep.equal(Array(20).fill("mined"));
  });

  it("sets the gas limit to the estimate × 1.25", async function () {
    const q = queueFor(17);
    const data = encodeFunctionData({ abi: stakingVaultAbi, functionName: "registerOperator", args: [500n, "ipfs://op"] });
    const estimate = await sys.ctx.publicClient.estimateGas({ account: q.address, to: sys.addresses.stakingVault, data });
    const outcome = await q.send({ to: sys.addresses.stakingVault, data });
    const entry = q.journal.get(outcome.id)!;
    expect(entry.gas).to.equal((estimate * 125n) / 100n);
    const tx = await sys.ctx.publicClient.getTransaction({ hash: outcome.hash });
    expect(tx.gas).to.equal((estimate * 125n) / 100n);
  });

  it("surfaces a revert as the decoded custom error and journals nothing", async function () {
    const q = queueFor(18);
    const notOperator = privateKeyToAccount(keyOf(19)).address;
    const data = encodeFunctionData({ abi: stakingVaultAbi, functionName: "stake", args: [notOperator, 1n] });
    try {
      await q.send({ to: sys.addresses.stakingVault, data });
      expect.fail("expected a TxFailedError");
    } catch (e) {
      expect(e).to.be.instanceOf(TxFailedError);
      expect((e as Error).message).to.equal(
        `transaction reverted: StakingVaultNotRegistered(${notOperator}): ${notOperator} is not a registered operator: register it first, or pick another operator`,
      );
    }
    expect(q.journal.all(q.address)).to.deep.equal([]);
  });

  describe("journal reconcile after kill -9 of the sending process", function () {
    /** Runs the child until it prints `stage`, then SIGKILLs it by PID; returns the tx hash it printed. */
    const runChildUntil = async (index: number, dataDir: string, crashAt: "journal" | "broadcast", stage: "JOURNALED" | "SENT"): Promise<Hex> => {
      const to = privateKeyToAccount(toHex(999n, { size: 32 })).address;
      const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(__dirname, "fixtures", "sendChild.ts"), node.url, dataDir, to, crashAt], {
        cwd: join(__dirname, "..", ".."),
        env: { ...process.env, AERIE_NODE_KEY: keyOf(index), TS_NODE_TRANSPILE_ONLY: "1" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      let err = "";
      child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
      const hash = await new Promise<Hex>((resolve, reject) => {
        child.stdout!.on("data", (d: Buffer) => {
          out += d.toString();
          const m = new RegExp(`${stage} (0x[0-9a-f]{64})`).exec(out);
          if (m) resolve(m[1] as Hex);
        });
        child.on("exit", (code) => reject(new Error(`child exited ${code} before ${stage}: ${out} ${err}`)));
      });
      process.kill(child.pid!, "SIGKILL");
      await new Promise((r) => child.once("exit", r));
      return hash;
    };
    const txsFrom = async (from: Address, fromBlock: bigint) => {
      const head = await sys.ctx.publicClient.getBlockNumber();
      const hashes: Hex[] = [];
      for (let b = fromBlock; b <= head; b++) {
        const block = await sys.ctx.publicClient.getBlock({ blockNumber: b, includeTransactions: true });
        for (const tx of block.transactions) if (tx.from.toLowerCase() === from.toLowerCase()) hashes.push(tx.hash);
      }
      return hashes;
    };

    it("killed after the journal write, before the broadcast: reconcile re-broadcasts the same bytes, once", async function () {
      const dataDir = tmp();
      const from = privateKeyToAccount(keyOf(20)).address;
      const startBlock = (await sys.ctx.publicClient.getBlockNumber()) + 1n;
      const hash = await runChildUntil(20, dataDir, "journal", "JOURNALED");
      expect(await sys.ctx.publicClient.getTransaction({ hash }).catch(() => null)).to.equal(null);
      const q = queueFor(20, dataDir);
      expect(await q.reconcile()).to.deep.equal({ mined: 0, pending: 0, rebroadcast: 1, dropped: 0 });
      const again = await q.send({ to: privateKeyToAccount(toHex(999n, { size: 32 })).address, data: "0x", value: 1n, intent: "crash-test" });
      expect(again).to.include({ hash, reused: true, status: "mined" });
      expect(await txsFrom(from, startBlock)).to.deep.equal([hash]);
      expect(await sys.ctx.publicClient.getTransactionCount({ address: from })).to.equal(1);
    });

    it("killed after the broadcast, before the receipt (tx pending): reconcile waits for it, no second tx", async function () {
      const dataDir = tmp();
      const from = privateKeyToAccount(keyOf(21)).address;
      const startBlock = (await sys.ctx.publicClient.getBlockNumber()) + 1n;
      await rpc(node.url, "evm_setAutomine", [false]);
      let hash: Hex;
      try {
        hash = await runChildUntil(21, dataDir, "broadcast", "SENT");
        const q = queueFor(21, dataDir);
        expect(await q.reconcile()).to.deep.equal({ mined: 0, pending: 1, rebroadcast: 0, dropped: 0 });
        const waiting = q.send({ to: privateKeyToAccount(toHex(999n, { size: 32 })).address, data: "0x", value: 1n, intent: "crash-test" });
        await rpc(node.url, "evm_mine");
        expect(await waiting).to.include({ hash, reused: true, status: "mined" });
        expect(q.journal.all(from).map((e) => e.status)).to.deep.equal(["mined"]);
      } finally {
        await rpc(node.url, "evm_setAutomine", [true]);
      }
      expect(await txsFrom(from, startBlock)).to.deep.equal([hash]);
      expect(await sys.ctx.publicClient.getTransactionCount({ address: from })).to.equal(1);
    });

    it("killed after the receipt, before the journal write: reconcile records it mined, no second tx", async function () {
      const dataDir = tmp();
      const from = privateKeyToAccount(keyOf(22)).address;
      const startBlock = (await sys.ctx.publicClient.getBlockNumber()) + 1n;
      const hash = await runChildUntil(22, dataDir, "broadcast", "SENT"); // automine: already mined
      const q = queueFor(22, dataDir);
      expect(await q.reconcile()).to.deep.equal({ mined: 1, pending: 0, rebroadcast: 0, dropped: 0 });
      const again = await q.send({ to: privateKeyToAccount(toHex(999n, { size: 32 })).address, data: "0x", value: 1n, intent: "crash-test" });
      expect(again).to.include({ hash, reused: true, status: "mined" });
      expect(await txsFrom(from, startBlock)).to.deep.equal([hash]);
    });
  });
});
