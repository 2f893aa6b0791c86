// The chain indexer against a real `hardhat node` process: windows, paging, truncation, reorgs, restart.
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Address } from "viem";
import { specHash } from "../../src/lib/taskSpec";
import { stakingVaultAbi } from "../../src/sdk/abis";
import { ChainIndexer, type IndexedContracts } from "../../src/node/indexer/indexer";
import { latestShares } from "../../src/node/indexer/queries";
import { roundInputsFromIndex } from "../../src/node/indexer/stakes";
import { createNodeClient } from "../../src/node/rpc";
import { openStore, type Store } from "../../src/node/store/db";
import { IndexBehindError, TruncatedLogsError } from "../../src/node/errors";
import { chainRoundInputs, contextFor, deployNodeSystem, ONE, rpc, stakeAs, startHardhatNode, startRpcProxy, type HardhatNode, type NodeSystem } from "./helpers";

describe("node indexer (multi-process: hardhat node)", function () {
  let node: HardhatNode;
  let sys: NodeSystem;
  let contracts: IndexedContracts;
  let startBlock: bigint;

  const tmpStore = (): { store: Store; dir: string } => {
    const dir = mkdtempSync(join(tmpdir(), "aerie-idx-"));
    return { store: openStore({ dataDir: dir }), dir };
  };
  const indexer = (url: string, store: Store, logWindow = 2_000) =>
    new ChainIndexer({ client: createNodeClient({ urls: [url], retries: 0 }), store, contracts, startBlock, logWindow, confirmations: 0, pollIntervalMs: 50 });
  /** Every stored row of the index tables, to compare two indexes. */
  const dump = (store: Store) => ({
    events: store.prepare("SELECT block_number, log_index, block_hash, name, args FROM events ORDER BY block_number, log_index").all(),
    shares: store.prepare("SELECT * FROM shares_changes ORDER BY block_number, log_index").all(),
    members: store.prepare("SELECT * FROM task_members ORDER BY block_number, log_index").all(),
  });
  const sharesOnChain = (operator: Address, account: Address) =>
    sys.ctx.publicClient.readContract({ address: contracts.vault, abi: stakingVaultAbi, functionName: "sharesOf", args: [operator, account] });

  before(async function () {
    node = await startHardhatNode();
    sys = await deployNodeSystem(node.url);
    contracts = { vault: sys.addresses.stakingVault, registry: sys.addresses.taskRegistry, settlement: sys.addresses.roundSettlement, distributor: sys.addresses.rewardDistributor };
    startBlock = sys.fromBlock;
  });
  after(async function () {
    await node?.stop();
  });

  describe("stakesAt / roundInputsFromIndex", function () {
    it("throws IndexBehindError until the index reaches the round's stake block", async function () {
      await rpc(node.url, "evm_increaseTime", [700]);
      await rpc(node.url, "evm_mine");
      const { store } = tmpStore();
      const idx = indexer(node.url, store, 5);
      const args = { client: sys.ctx.publicClient, store, contracts, taskId: sys.taskId, round: 0n, spec: sys.spec, specHash: specHash(sys.spec), submissions: [], scores: [], previous: null };
      try {
        await roundInputsFromIndex({ ...args, indexedBlock: idx.cursor().block });
        expect.fail("expected IndexBehindError");
      } catch (e) {
        expect(e).to.be.instanceOf(IndexBehindError);
        expect((e as IndexBehindError).indexed).to.equal(startBlock - 1n);
      }
    });

    it("indexed in 5-block windows, gives exactly readRoundInputs' inputs (so the bundle is identical)", async function () {
      const { store } = tmpStore();
      const idx = indexer(node.url, store, 5);
      const head = await sys.ctx.publicClient.getBlockNumber();
      let windows = 0;
      for (;;) {
        const s = await idx.step();
        if (s.kind === "idle") break;
        expect(s.kind).to.equal("indexed");
        if (s.kind === "indexed") expect(s.toBlock - s.fromBlock).to.be.lessThanOrEqual(4n);
        windows++;
      }
      expect(idx.cursor().block).to.equal(head);
      expect(windows).to.equal(Math.ceil(Number(head - startBlock + 1n) / 5));
      const args = { taskId: sys.taskId, round: 0n, spec: sys.spec, specHash: specHash(sys.spec), submissions: [], scores: [], previous: null };
      const fromChain = await chainRoundInputs(sys, args);
      const fromIndex = await roundInputsFromIndex({ client: sys.ctx.publicClient, store, contracts, indexedBlock: idx.cursor().block, ...args });
      expect(fromIndex).to.deep.equal(fromChain);
      expect(fromIndex.participants.map((p) => [p.operator, p.role, p.stake])).to.deep.equal(
        [...sys.operators]
          .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1))
          .map((op) => [op, op === sys.operators[2] ? "validator" : "trainer", (1_000n + 100n * BigInt(sys.operators.indexOf(op) + 1)) * ONE]),
      );
      for (const p of fromIndex.participants) {
        for (const s of p.shares) expect(s.shares).to.equal(await sharesOnChain(p.operator, s.account));
      }
    });
  });

  describe("providers", function () {
    before(async function () {
      // 2,304 empty blocks and a delegation in between, so the full range is well over 1,000 blocks.
      await rpc(node.url, "hardhat_mine", ["0x480"]);
      await stakeAs(sys, sys.ctx.wallets[12]!, sys.operators[1]!, 50n * ONE);
      await rpc(node.url, "hardhat_mine", ["0x480"]);
    });

    it("pages a provider that refuses ranges over 1,000 blocks by halving the window", async function () {
      const reference = tmpStore().store;
      await indexer(node.url, reference).syncToHead();
      const proxy = await startRpcProxy(node.url, { maxRange: 1_000 });
      try {
        const { store } = tmpStore();
        const idx = indexer(proxy.url, store, 2_000);
        await idx.syncToHead();
        expect(proxy.stats.refused).to.equal(1); // 2,000 refused once; 1,000 accepted and kept
        expect(dump(store)).to.deep.equal(dump(reference));
        expect(idx.cursor()).to.deep.equal(indexer(node.url, reference).cursor());
      } finally {
        await proxy.close();
      }
    });

    it("readRoundInputs (CLI path) pages its getLogs: a 1,000-block cap gives the same inputs", async function () {
      await rpc(node.url, "evm_increaseTime", [172_800]); // round 1 starts after the 2,304 blocks
      await rpc(node.url, "evm_mine");
      const proxy = await startRpcProxy(node.url, { maxRange: 1_000 });
      try {
        const args = { taskId: sys.taskId, round: 1n, spec: sys.spec, specHash: specHash(sys.spec), submissions: [], scores: [], previous: null };
        const direct = await chainRoundInputs(sys, args);
        expect(direct.stakeBlock - startBlock).to.be.greaterThan(2_000n);
        const paged = await chainRoundInputs(sys, args, contextFor(proxy.url));
        expect(proxy.stats.refused).to.be.greaterThan(0);
        expect(paged).to.deep.equal(direct);
        const { store } = tmpStore();
        const idx = indexer(node.url, store);
        await idx.syncToHead();
        expect(await roundInputsFromIndex({ client: sys.ctx.publicClient, store, contracts, indexedBlock: idx.cursor().block, ...args })).to.deep.equal(direct);
      } finally {
        await proxy.close();
      }
    });

    it("detects a provider that silently truncates results, retries and never stores the short answer", async function () {
      const reference = tmpStore().store;
      await indexer(node.url, reference).syncToHead();
      const proxy = await startRpcProxy(node.url, { truncate: 2, truncateAbove: 4 });
      try {
        const { store } = tmpStore();
        const idx = indexer(proxy.url, store, 2_000);
        let detected = 0;
        for (;;) {
          const before = idx.cursor();
          try {
            const s = await idx.step();
            if (s.kind === "idle") break;
          } catch (e) {
            expect(e).to.be.instanceOf(TruncatedLogsError);
            expect(idx.cursor()).to.deep.equal(before); // nothing accepted
            detected++;
          }
        }
        expect(proxy.stats.truncated).to.equal(2);
        expect(detected).to.be.greaterThanOrEqual(1);
        expect(dump(store)).to.deep.equal(dump(reference));
      } finally {
        await proxy.close();
      }
    });

    it("survives an RPC that fails requests: run() retries with backoff, counts errors and exposes the lag", async function () {
      const proxy = await startRpcProxy(node.url, { fail: 6 });
      try {
        const { store } = tmpStore();
        const idx = indexer(proxy.url, store, 2_000);
        const running = idx.run();
        const head = await sys.ctx.publicClient.getBlockNumber();
        const deadline = Date.now() + 60_000;
        while (idx.cursor().block < head && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        idx.stop();
        await running;
        const status = idx.status();
        expect(proxy.stats.failed).to.equal(6);
        expect(status.rpcErrors).to.be.greaterThanOrEqual(1);
        expect(status.indexedBlock).to.equal(head);
        expect(status.lagBlocks).to.equal(0n);
        expect(status.lastError).to.equal(null);
      } finally {
        await proxy.close();
      }
    });
  });

  describe("reorgs and restarts", function () {
    it("rolls back a 3-block reorg (evm_snapshot/evm_revert + new blocks) and re-indexes the new branch", async function () {
      const { store } = tmpStore();
      const idx = indexer(node.url, store);
      await idx.syncToHead();
      const delegator = sys.ctx.wallets[13]!;
      const operator = sys.operators[2]!;
      const before = await sharesOnChain(operator, delegator.account!.address);
      const snapshot = await rpc<string>(node.url, "evm_snapshot");
      const orphan = await stakeAs(sys, delegator, operator, 7n * ONE); // approve + stake: 2 blocks
      await rpc(node.url, "evm_mine");
      await idx.syncToHead();
      expect((store.prepare("SELECT COUNT(*) AS n FROM events WHERE tx_hash = ?").get(orphan.transactionHash) as { n: number }).n).to.be.greaterThan(0);
      await rpc(node.url, "evm_revert", [snapshot]);
      const replacement = await stakeAs(sys, delegator, operator, 3n * ONE);
      await rpc(node.url, "evm_mine");
      await rpc(node.url, "evm_mine");
      const s = await idx.step();
      expect(s.kind).to.equal("reorg");
      if (s.kind === "reorg") expect(s.depth).to.be.within(1, 3);
      await idx.syncToHead();
      expect((store.prepare("SELECT COUNT(*) AS n FROM events WHERE tx_hash = ?").get(orphan.transactionHash) as { n: number }).n).to.equal(0);
      expect((store.prepare("SELECT COUNT(*) AS n FROM events WHERE tx_hash = ?").get(replacement.transactionHash) as { n: number }).n).to.be.greaterThan(0);
      const indexed = latestShares(store, operator, null).find((r) => r.account === delegator.account!.address)!.shares;
      expect(indexed).to.equal(await sharesOnChain(operator, delegator.account!.address));
      expect(indexed).to.be.greaterThan(before);
      expect(idx.status().reorgs).to.equal(1);
      const reference = tmpStore().store;
      await indexer(node.url, reference).syncToHead();
      expect(dump(store)).to.deep.equal(dump(reference));
    });

    it("resumes from its cursor after a restart (reopened database, new indexer)", async function () {
      const { store, dir } = tmpStore();
      await indexer(node.url, store).syncToHead();
      const cursor = indexer(node.url, store).cursor();
      store.close();
      await stakeAs(sys, sys.ctx.wallets[14]!, sys.operators[0]!, 1n * ONE);
      const proxy = await startRpcProxy(node.url, {});
      try {
        const reopened = openStore({ dataDir: dir });
        const idx = indexer(proxy.url, reopened);
        expect(idx.cursor()).to.deep.equal(cursor);
        const s = await idx.step();
        expect(s.kind).to.equal("indexed");
        if (s.kind === "indexed") expect(s.fromBlock).to.equal(cursor.block + 1n);
        await idx.syncToHead();
        const reference = tmpStore().store;
        await indexer(node.url, reference).syncToHead();
        expect(dump(reopened)).to.deep.equal(dump(reference));
      } finally {
        await proxy.close();
      }
    });
  });
});
