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
import { contextFor, MNEMONIC, ONE, rpc, startHardhatNode, startRpcProxy } from "../test/node/helpers";
import { readFileSync } from "node:fs";

const OPERATORS = Number(process.env.BENCH_OPERATORS ?? 1_000);
const DELEGATORS = Number(process.env.BENCH_DELEGATORS ?? 10_000);

async function main(): Promise<void> {
  const node = await startHardhatNode();
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

    // Accounts: funded by hardhat_setBalance; each sends its own nonce sequence, accounts in parallel.
    const accounts = (n: number, offset: number) => Array.from({ length: n }, (_, i) => privateKeyToAccount(toHex(BigInt(offset + i + 1), { size: 32 })));
    const ops = accounts(OPERATORS, 1_000_000);
    const dels = accounts(DELEGATORS, 2_000_000);
    const t0 = Date.now();
    await mapLimit([...ops, ...dels], 8, (a) => rpc(node.url, "hardhat_setBalance", [a.address, toHex(10n ** 20n)]));
    let govNonce = await ctx.publicClient.getTransactionCount({ address: gov.account.address, blockTag: "pending" });
    const raw = async (from: LocalAccount, nonce: number, to: Address, data: Hex) =>
      rpc(node.url, "eth_sendRawTransaction", [await from.signTransaction({ chainId: 31337, type: "eip1559", nonce, gas: 400_000n, maxFeePerGas: 10n ** 11n, maxPriorityFeePerGas: 1n, to, data })]);
    const mints = [...ops, ...dels].map((a) => ({ nonce: govNonce++, a }));
    await mapLimit(mints, 1, ({ nonce, a }) => raw(privateKeyOf(0), nonce, addresses.token, encodeFunctionData({ abi: aerieTestTokenAbi, functionName: "mint", args: [a.address, 10_000n * ONE] })));
    await mapLimit(ops.map((o, i) => ({ o, i })), 8, async ({ o, i }) => {
      await raw(o, 0, addresses.token, encodeFunctionData({ abi: aerieTestTokenAbi, functionName: "approve", args: [addresses.stakingVault, maxUint256] }));
      await raw(o, 1, addresses.stakingVault, encodeFunctionData({ abi: stakingVaultAbi, functionName: "registerOperator", args: [1_000n, ""] }));
      await raw(o, 2, addresses.stakingVault, encodeFunctionData({ abi: stakingVaultAbi, functionName: "stake", args: [o.address, 1_000n * ONE] }));
      await raw(o, 3, addresses.taskRegistry, encodeFunctionData({ abi: taskRegistryAbi, functionName: "joinTask", args: [taskId, i % 3 === 2 ? 2 : 1] }));
    });
    await mapLimit(dels.map((d, i) => ({ d, i })), 8, async ({ d, i }) => {
      await raw(d, 0, addresses.token, encodeFunctionData({ abi: aerieTestTokenAbi, functionName: "approve", args: [addresses.stakingVault, maxUint256] }));
      await raw(d, 1, addresses.stakingVault, encodeFunctionData({ abi: stakingVaultAbi, functionName: "stake", args: [ops[i % OPERATORS]!.address, BigInt(1 + (i % 50)) * ONE] }));
    });
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
    await mapLimit(dels.filter((_, i) => i % 10 === 0).map((d) => ({ d, i: dels.indexOf(d) })), 8, ({ d, i }) =>
      raw(d, 2, addresses.stakingVault, encodeFunctionData({ abi: stakingVaultAbi, functionName: "stake", args: [ops[i % OPERATORS]!.address, ONE] })),
    );
    await rpc(node.url, "evm_increaseTime", [172_800]);
    await rpc(node.url, "evm_mine");
    const head1 = await ctx.publicClient.getBlockNumber();
    const index1 = await measure(() => indexer.syncToHead());
    const round1 = await measure(() => roundInputsFromIndex({ client, store, contracts, indexedBlock: indexer.cursor().block, ...args(1n) }));
    const v1 = await measure(() => getRoundInputs(contextFor(proxy.url).publicClient, { addresses, fromBlock: startBlock, ...args(1n) }));
    const identical = JSON.stringify(round1.value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) === JSON.stringify(v1.value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    await proxy.close();

    const out = {
      $comment: "bench/nodeIndex.ts on a local `hardhat node` (2 shared cores). ms = wall time; rpcCalls = JSON-RPC requests seen by a counting proxy.",
      operators: OPERATORS,
      delegators: DELEGATORS,
      setupTxs: mints.length + 4 * OPERATORS + 2 * DELEGATORS + DELEGATORS / 10,
      setupMs,
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

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!);
      }
    }),
  );
  return out;
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench failed: ${(e as Error).message}`, (e as Error).cause ?? "");
    process.exit(1);
  },
);
