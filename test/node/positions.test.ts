// GET /v1/accounts/:addr/positions over a real socket, against a `hardhat node` process: every figure equals the
// vault's own views (sharesOf, convertToAssets, totalShares, stakeOf, getRequest, requestValue).
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { parseEventLogs, type Address } from "viem";
import { requestUnstake, withdraw } from "../../src/sdk";
import { stakingVaultAbi } from "../../src/sdk/abis";
import { ChainIndexer } from "../../src/node/indexer/indexer";
import { registerPositionRoutes } from "../../src/node/http/positions";
import { createNodeMetrics } from "../../src/node/http/metrics";
import { buildServer } from "../../src/node/http/server";
import { createNodeClient } from "../../src/node/rpc";
import { openStore } from "../../src/node/store/db";
import { deployNodeSystem, mined, ONE, rpc, stakeAs, startHardhatNode, type HardhatNode, type NodeSystem } from "./helpers";

describe("node GET /v1/accounts/:addr/positions (multi-process: hardhat node, real socket)", function () {
  let node: HardhatNode;
  let sys: NodeSystem;
  let app: FastifyInstance;
  let base: string;
  let indexer: ChainIndexer;
  /** Request ids: a matured one (op 0), a withdrawn one (op 1), a locked one (op 0). */
  const ids = { matured: 0n, withdrawn: 0n, locked: 0n };
  let d12: Address;

  before(async function () {
    node = await startHardhatNode();
    sys = await deployNodeSystem(node.url);
    const wallet = sys.ctx.wallets[12]!;
    d12 = wallet.account.address;
    const [op0, op1] = sys.operators as [Address, Address];
    await stakeAs(sys, wallet, op1, 250n * ONE); // a second position, with operator 1
    const vault = { address: sys.addresses.stakingVault, abi: stakingVaultAbi } as const;
    const sharesOf = (op: Address) => sys.ctx.publicClient.readContract({ ...vault, functionName: "sharesOf", args: [op, d12] });
    const unstake = async (op: Address, shares: bigint) => {
      const receipt = await mined(sys.ctx, requestUnstake(wallet, { addresses: sys.addresses, operator: op, shares }));
      return parseEventLogs({ abi: stakingVaultAbi, logs: receipt.logs, eventName: "UnstakeRequested" })[0]!.args.requestId;
    };
    ids.matured = await unstake(op0, (await sharesOf(op0)) / 3n);
    ids.withdrawn = await unstake(op1, (await sharesOf(op1)) / 2n);
    const period = await sys.ctx.publicClient.readContract({ ...vault, functionName: "UNBONDING_PERIOD" });
    await rpc(node.url, "evm_increaseTime", [Number(period)]);
    await rpc(node.url, "evm_mine");
    await mined(sys.ctx, withdraw(wallet, { addresses: sys.addresses, requestIds: [ids.withdrawn] }));
    ids.locked = await unstake(op0, (await sharesOf(op0)) / 4n);
    const store = openStore({ dataDir: mkdtempSync(join(tmpdir(), "aerie-pos-")) });
    const client = createNodeClient({ urls: [node.url], retries: 0 });
    indexer = new ChainIndexer({ client, store, contracts: { vault: sys.addresses.stakingVault, registry: sys.addresses.taskRegistry, settlement: sys.addresses.roundSettlement, distributor: sys.addresses.rewardDistributor }, startBlock: sys.fromBlock, confirmations: 0 });
    await indexer.syncToHead();
    app = await buildServer({
      metrics: createNodeMetrics(false),
      routes: (api) => registerPositionRoutes(api, { store, vault: sys.addresses.stakingVault, cursor: () => indexer.cursor() }),
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  after(async function () {
    await app?.close();
    await node?.stop();
  });

  it("answers the account's positions and pending requests exactly as the vault's views at the indexed block", async function () {
    const res = await fetch(`${base}/v1/accounts/${d12.toLowerCase()}/positions`);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as Record<string, unknown>;
    const head = await sys.ctx.publicClient.getBlock({ blockTag: "latest" });
    const vault = { address: sys.addresses.stakingVault, abi: stakingVaultAbi } as const;
    const read = sys.ctx.publicClient.readContract;
    const [op0, op1] = sys.operators as [Address, Address];
    const position = async (op: Address) => {
      const shares = await read({ ...vault, functionName: "sharesOf", args: [op, d12] });
      return {
        operator: op,
        shares: shares.toString(),
        value: (await read({ ...vault, functionName: "convertToAssets", args: [op, shares] })).toString(),
        poolShares: (await read({ ...vault, functionName: "totalShares", args: [op] })).toString(),
        poolAssets: (await read({ ...vault, functionName: "stakeOf", args: [op] })).toString(),
        pendingSlashes: (await read({ ...vault, functionName: "pendingSlashes", args: [op] })).toString(),
      };
    };
    const request = async (id: bigint, matured: boolean) => {
      const r = await read({ ...vault, functionName: "getRequest", args: [id] });
      expect(r.owner).to.equal(d12);
      return { requestId: id.toString(), operator: r.operator, shares: r.shares.toString(), value: (await read({ ...vault, functionName: "requestValue", args: [id] })).toString(), unlockTime: r.unlockTime.toString(), matured };
    };
    const positions = [await position(op0), await position(op1)].sort((a, b) => (a.operator.toLowerCase() < b.operator.toLowerCase() ? -1 : 1));
    expect(body).to.deep.equal({
      account: d12,
      indexedBlock: head.number.toString(),
      indexedHash: head.hash,
      indexedTimestamp: head.timestamp.toString(),
      positions,
      requests: [await request(ids.matured, true), await request(ids.locked, false)],
    });
    // the scenario's own values, so the views are not compared with themselves only: 100 tokens staked to op 0,
    // a third then a quarter of the rest unstaked (at 1:1 pricing the values are exact to within a wei)
    expect(ids.withdrawn).to.equal(ids.matured + 1n);
    expect((await read({ ...vault, functionName: "getRequest", args: [ids.withdrawn] })).owner).to.equal("0x0000000000000000000000000000000000000000");
    const p0 = positions.find((p) => p.operator === op0)!;
    expect(BigInt(p0.value) + 1n >= (100n * ONE * 2n * 3n) / 12n).to.equal(true);
  });

  it("answers an account without stake with no positions and no requests", async function () {
    const other = sys.ctx.wallets[19]!.account.address;
    const body = (await (await fetch(`${base}/v1/accounts/${other}/positions`)).json()) as { positions: unknown[]; requests: unknown[]; account: string };
    expect(body).to.deep.include({ account: other, positions: [], requests: [] });
  });

  it("refuses a malformed address with 400 invalid_address and the error shape", async function () {
    const res = await fetch(`${base}/v1/accounts/0x1234/positions`);
    expect(res.status).to.equal(400);
    expect(await res.json()).to.deep.equal({ error: { code: "invalid_address", message: 'addr: "0x1234" is not an address: send 0x and 40 hex digits' } });
  });

  it("is listed in the OpenAPI document", async function () {
    const doc = (await (await fetch(`${base}/v1/openapi.json`)).json()) as { paths: Record<string, { get?: { operationId: string } }>; components: { schemas: Record<string, unknown> } };
    expect(doc.paths["/v1/accounts/{addr}/positions"]!.get!.operationId).to.equal("accountPositions");
    expect(doc.components.schemas).to.include.keys("AccountPositions", "AccountPosition", "AccountRequest");
  });
});
