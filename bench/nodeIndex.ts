/**
 * `npx hardhat run bench/nodeIndex.ts`: the node's indexing and round-input figures on a real `hardhat node`.
 * A task with BENCH_OPERATORS operators (default 1,000) and BENCH_DELEGATORS delegators (default 10,000):
 * wall time and RPC calls to index from scratch, for stakesAt of the first round, for the incremental
 * index and stakesAt of a later round (after 10% of the delegators staked again), and the SDK's getRoundInputs'
 * (the CLI path, straight from chain) calls for the same round. Writes bench/node-index.json.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { encodeFunctionData, maxUint256, toHex, type Address, type Hex } from "viem";
import { mnemonicToAccount, privateKeyToAccount, type LocalAccount } from "viem/accounts";
import { specHash } from "../src/lib/taskSpec";
import { parseTaskSpec } from "../src/aggregator/taskSpec";
import {
  aerieAddresses,
  aerieTestTokenAbi,
  approve,
  createTaskFromSpec,
  deployAerie,
  getRoundInputs,
  mint,
  parseTaskCreated,
  resolveDeployParams,
  stakingVaultAbi,
  taskRegistryAbi,
  waitForReceipt,
} from "../src/sdk";
import { ChainIndexer } from "../src/node/indexer/indexer";
import { roundInputsFromIndex } from "../src/node/indexer/stakes";
import { createNodeClient } from "../src/node/rpc";
import { openStore } from "../src/node/store/db";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { contextFor, freePort, MNEMONIC, ONE, rpc, startHardhatNode, startRpcProxy } from "../test/node/helpers";
import { readFileSync } from "node:fs";

const OPERATORS = Number(process.env.BENCH_OPERATORS ?? 1_000);
const DELEGATORS = Number(process.env.BENCH_DELEGATORS ?? 10_000);
const CHAIN = process.env.BENCH_CHAIN === "hardhat" ? "hardhat" : "anvil";
const BATCH = 500;
const CHUNK = Number(process.env.BENCH_CHUNK ?? 1_000);

async function main(): Promise<void> {
  const node = await startChain();
  try {
    const ctx = contextFor(node.url);
    const gov = ctx.wallets[0]!;
    const params = resolveDeployParams("localhost", ctx.wallets.map((w) => w.account.address));
    const { book } = await deployAerie(gov, { network: "localhost", params, path: join(mkdtempSync(join(tmpdir(), "aerie-bench-")), "31337.json"), fresh: true });
    const addresses = aerieAddresses(book);
    const base = parseTaskSpec(JSON.parse(readFileSync(join(__dirname, "..", "examples", "tasks", "demo-3-rounds.json"), "utf8")));
    const spec = parseTaskSpec({ ...base, rounds: { ...base.rounds, startDelaySeconds: 86_400 } });
    const creator = ctx.wallets[5]!;
    await waitForReceipt(ctx.publicClient, await mint(gov, { addresses, to: creator.account.address, amount: 100_000n * ONE }));
    const budget = BigInt(spec.rewardPerRound) * BigInt(spec.rounds.count);
    await waitForReceipt(ctx.publicClient, await approve(creator, { addresses, spender: addresses.taskRegistry, amount: budget }));
    const [created] = parseTaskCreated((await waitForReceipt(ctx.publicClient, await createTaskFromSpec(creator, { addresses, spec, specURI: "ipfs://spec" }))).logs);
    if (!created) throw new Error("createTask emitted no TaskCreated event");
    const { taskId } = created;

    // Accounts: funded by hardhat_setBalance, all in JSON-RPC batches. Automine is off: every phase's
    // transactions are signed in-process (viem local accounts, explicit nonces), sent in batches of BATCH,
    // then mined into as few blocks as the gas limit allows; each phase's receipts must all succeed.
    const accounts = (n: number, offset: number) => Array.from({ length: n }, (_, i) => privateKeyToAccount(toHex(BigInt(offset + i + 1), { size: 32 })));
    const ops = accounts(OPERATORS, 1_000_000);
    const dels = accounts(DELEGATORS, 2_000_000);
    const t0 = Date.now();
    await rpcBatch(node.url, [...ops, ...dels].map((a) => ["hardhat_setBalance", [a.address, toHex(10n ** 20n)]]));
    await rpc(node.url, "evm_setAutomine", [false]);
    const phases: Record<string, { txs: number; blocks: number; ms: number }> = {};
    const phase = async (name: string, txs: { from: LocalAccount; nonce: number; to: Address; data: Hex }[]) => {
      const s = Date.now();
      let blocks = 0;
      let failed = 0;
      // CHUNK transactions at a time: anvil slows down sharply with many thousands pending.
      for (let c0 = 0; c0 < txs.length; c0 += CHUNK) {
        const chunk = txs.slice(c0, c0 + CHUNK);
        const signed = await Promise.all(
          chunk.map(({ from, nonce, to, data }) => from.signTransaction({ chainId: 31337, type: "eip1559", nonce, gas: 400_000n, maxFeePerGas: 10n ** 11n, maxPriorityFeePerGas: 1n, to, data })),
        );
        await rpcBatch(node.url, signed.map((raw) => ["eth_sendRawTransaction", [raw]]));
        let mined = 0;
        while (mined < chunk.length) {
          await rpc(node.url, "evm_mine");
          blocks++;
          const receipts = await rpc<{ status: Hex }[]>(node.url, "eth_getBlockReceipts", ["latest"]);
          if (receipts.length === 0) throw new Error(`${name}: a mined block held none of the ${chunk.length - mined} pending transactions`);
          mined += receipts.length;
          failed += receipts.filter((r) => r.status !== "0x1").length;
        }
      }
      if (failed > 0) throw new Error(`${name}: ${failed} of ${txs.length} transactions reverted`);
      phases[name] = { txs: txs.length, blocks, ms: Date.now() - s };
      console.log(`${name}: ${txs.length} txs in ${blocks} blocks, ${Date.now() - s} ms`);
    };
    const gov0 = privateKeyOf(0);
    let govNonce = await ctx.publicClient.getTransactionCount({ address: gov0.address, blockTag: "pending" });
    const tokenCall = (functionName: "mint" | "approve", args: readonly unknown[]) => encodeFunctionData({ abi: aerieTestTokenAbi, functionName, args } as never);
    const vaultCall = (functionName: "registerOperator" | "stake", args: readonly unknown[]) => encodeFunctionData({ abi: stakingVaultAbi, functionName, args } as never);
    const mints = [...ops, ...dels].map((a) => ({ from: gov0, nonce: govNonce++, to: addresses.token, data: tokenCall("mint", [a.address, 10_000n * ONE]) }));
    await phase("mint", mints);
    await phase(
      "operators",
      ops.flatMap((o, i) => [
        { from: o, nonce: 0, to: addresses.token, data: tokenCall("approve", [addresses.stakingVault, maxUint256]) },
        { from: o, nonce: 1, to: addresses.stakingVault, data: vaultCall("registerOperator", [1_000n, ""]) },
        { from: o, nonce: 2, to: addresses.stakingVault, data: vaultCall("stake", [o.address, 1_000n * ONE]) },
        { from: o, nonce: 3, to: addresses.taskRegistry, data: encodeFunctionData({ abi: taskRegistryAbi, functionName: "joinTask", args: [taskId, i % 3 === 2 ? 2 : 1] }) },
      ]),
    );
    await phase(
      "delegators",
      dels.flatMap((d, i) => [
        { from: d, nonce: 0, to: addresses.token, data: tokenCall("approve", [addresses.stakingVault, maxUint256]) },
        { from: d, nonce: 1, to: addresses.stakingVault, data: vaultCall("stake", [ops[i % OPERATORS]!.address, BigInt(1 + (i % 50)) * ONE]) },
      ]),
    );
    await rpc(node.url, "evm_setAutomine", [true]);
    const setupMs = Date.now() - t0;
    console.log(`setup: ${setupMs} ms`);
    await rpc(node.url, "evm_increaseTime", [86_401]);
    await rpc(node.url, "evm_mine");

    const contracts = { vault: addresses.stakingVault, registry: addresses.taskRegistry, settlement: addresses.roundSettlement, distributor: addresses.rewardDistributor };
    const startBlock = BigInt(Math.min(book.contracts.StakingVault!.block!, book.contracts.TaskRegistry!.block!));
    const proxy = await startRpcProxy(node.url, {});
    const client = createNodeClient({ urls: [proxy.url] });
    const store = openStore({ dataDir: mkdtempSync(join(tmpdir(), "aerie-bench-db-")) });
    const indexer = new ChainIndexer({ client, store, contracts, startBlock, confirmations: 0 });
    const measure = async <T>(fn: () => Promise<T>) => {
      const r0 = proxy.stats.requests;
      const s = Date.now();
      const value = await fn();
      return { value, ms: Date.now() - s, rpcCalls: proxy.stats.requests - r0 };
    };
    const args = (round: bigint) => ({ taskId, round, spec, specHash: specHash(spec), submissions: [], scores: [], previous: null });
    const head0 = await ctx.publicClient.getBlockNumber();
    const index0 = await measure(() => indexer.syncToHead());
    const round0 = await measure(() => roundInputsFromIndex({ client, store, contracts, indexedBlock: indexer.cursor().block, ...args(0n) }));

    // A later round: 10% of the delegators stake again, then round 1 starts.
    await rpc(node.url, "evm_setAutomine", [false]);
    await phase(
      "restake",
      dels.flatMap((d, i) => (i % 10 === 0 ? [{ from: d, nonce: 2, to: addresses.stakingVault, data: vaultCall("stake", [ops[i % OPERATORS]!.address, ONE]) }] : [])),
    );
    await rpc(node.url, "evm_setAutomine", [true]);
    await rpc(node.url, "evm_increaseTime", [172_800]);
    await rpc(node.url, "evm_mine");
    const head1 = await ctx.publicClient.getBlockNumber();
    const index1 = await measure(() => indexer.syncToHead());
    const round1 = await measure(() => roundInputsFromIndex({ client, store, contracts, indexedBlock: indexer.cursor().block, ...args(1n) }));
    const v1 = await measure(() => getRoundInputs(contextFor(proxy.url).publicClient, { addresses, fromBlock: startBlock, ...args(1n) }));
    const identical = JSON.stringify(round1.value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) === JSON.stringify(v1.value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    await proxy.close();

    const out = {
      $comment: "bench/nodeIndex.ts on a local chain (native anvil by default, BENCH_CHAIN=hardhat for `hardhat node`; 2 shared cores, load average ≈ 11–14). ms = wall time; rpcCalls = JSON-RPC requests seen by a counting proxy.",
      operators: OPERATORS,
      delegators: DELEGATORS,
      setupTxs: mints.length + 4 * OPERATORS + 2 * DELEGATORS + DELEGATORS / 10,
      chain: CHAIN,
      setupMs,
      setupPhases: phases,
      firstIndex: { blocks: Number(head0 - startBlock + 1n), ms: index0.ms, rpcCalls: index0.rpcCalls },
      firstRound: { participants: round0.value.participants.length, ms: round0.ms, rpcCalls: round0.rpcCalls },
      laterIndex: { blocks: Number(head1 - head0), ms: index1.ms, rpcCalls: index1.rpcCalls },
      laterRound: { participants: round1.value.participants.length, ms: round1.ms, rpcCalls: round1.rpcCalls },
      v1ReadRoundInputs: { ms: v1.ms, rpcCalls: v1.rpcCalls, identicalToIndex: identical },
    };
    writeFileSync(join(__dirname, "node-index.json"), JSON.stringify(out, null, 2) + "\n");
    console.log(JSON.stringify(out, null, 2));
  } finally {
    await node.stop();
  }
}

/** Hardhat's account `index` of the default mnemonic (0: the deployer and token owner), a local signer. */
function privateKeyOf(index: number): LocalAccount {
  return mnemonicToAccount(MNEMONIC, { addressIndex: index });
}

/** Sends JSON-RPC requests in batches of BATCH (one HTTP request each); throws on the first error. */
async function rpcBatch(url: string, calls: [string, unknown[]][]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < calls.length; i += BATCH) {
    const body = calls.slice(i, i + BATCH).map(([method, params], j) => ({ jsonrpc: "2.0", id: i + j, method, params }));
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const replies = (await res.json()) as { id: number; result?: unknown; error?: { message: string } }[];
    for (const r of replies.sort((a, b) => a.id - b.id)) {
      if (r.error) throw new Error(`${calls[r.id]![0]}: ${r.error.message}`);
      out.push(r.result);
    }
  }
  return out;
}

/** A chain node for the bench: native anvil (default, BENCH_CHAIN=anvil) or `hardhat node` (BENCH_CHAIN=hardhat). */
async function startChain(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (CHAIN === "hardhat") return startHardhatNode();
  const port = await freePort();
  const bin = join(__dirname, "..", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");
  const proc = spawn(bin, ["--port", String(port), "--host", "127.0.0.1", "--gas-limit", "2000000000", "--silent"], { stdio: ["ignore", "pipe", "pipe"] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`anvil exited ${proc.exitCode}`);
    if (await rpc(url, "eth_chainId").then(() => true, () => false)) break;
    if (Date.now() > deadline) throw new Error("anvil did not start in 30 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill("SIGKILL");
        await once(proc, "exit");
      }
    },
  };
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench failed: ${(e as Error).message}`, (e as Error).cause ?? "");
    process.exit(1);
  },
);
