// GET /v1/operators over a real socket, against a `hardhat node` process: every figure equals the vault's own views.
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { Address } from "viem";
import { requestUnstake, setCommission } from "../../src/sdk";
import { stakingVaultAbi, taskRegistryAbi } from "../../src/sdk/abis";
import { ChainIndexer } from "../../src/node/indexer/indexer";
import { registerOperatorRoutes } from "../../src/node/http/operators";
import { createNodeMetrics } from "../../src/node/http/metrics";
import { buildServer } from "../../src/node/http/server";
import { createNodeClient } from "../../src/node/rpc";
import { openStore } from "../../src/node/store/db";
import { deployNodeSystem, mined, startHardhatNode, type HardhatNode, type NodeSystem } from "./helpers";

describe("node GET /v1/operators (multi-process: hardhat node, real socket)", function () {
  let node: HardhatNode;
  let sys: NodeSystem;
  let app: FastifyInstance;
  let base: string;
  let indexer: ChainIndexer;

  before(async function () {
    node = await startHardhatNode();
    sys = await deployNodeSystem(node.url);
    const [op6, op7] = [sys.ctx.wallets[6]!, sys.ctx.wallets[7]!];
    await mined(sys.ctx, setCommission(op6, { addresses: sys.addresses, commissionBps: 2_000n })); // an increase: staged
    await mined(sys.ctx, setCommission(op7, { addresses: sys.addresses, commissionBps: 500n })); // a decrease: immediate
    const d12 = sys.ctx.wallets[12]!;
    const shares = await sys.ctx.publicClient.readContract({ address: sys.addresses.stakingVault, abi: stakingVaultAbi, functionName: "sharesOf", args: [sys.operators[0]!, d12.account.address] });
    await mined(sys.ctx, requestUnstake(d12, { addresses: sys.addresses, operator: sys.operators[0]!, shares: shares / 3n }));
    const store = openStore({ dataDir: mkdtempSync(join(tmpdir(), "aerie-ops-")) });
    const client = createNodeClient({ urls: [node.url], retries: 0 });
    indexer = new ChainIndexer({ client, store, contracts: { vault: sys.addresses.stakingVault, registry: sys.addresses.taskRegistry, settlement: sys.addresses.roundSettlement, distributor: sys.addresses.rewardDistributor }, startBlock: sys.fromBlock, confirmations: 0 });
    await indexer.syncToHead();
    app = await buildServer({
      metrics: createNodeMetrics(false),
      routes: (api) => registerOperatorRoutes(api, { store, client, vault: sys.addresses.stakingVault, registry: sys.addresses.taskRegistry, indexedBlock: () => indexer.cursor().block }),
    });
    await app.listen({ host: "127.0.0.1", port: 0 });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  after(async function () {
    await app?.close();
    await node?.stop();
  });

  it("answers each operator's figures exactly as the vault's views at the indexed block", async function () {
    const res = await fetch(`${base}/v1/operators`);
    expect(res.status).to.equal(200);
    const body = (await res.json()) as { indexedBlock: string; indexedTimestamp: string; operators: Record<string, unknown>[] };
    const head = await sys.ctx.publicClient.getBlock({ blockTag: "latest" });
    expect(body.indexedBlock).to.equal(head.number.toString());
    expect(body.indexedTimestamp).to.equal(head.timestamp.toString());
    const sorted = [...sys.operators].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    expect(body.operators.map((o) => o.operator)).to.deep.equal(sorted);
    const vault = { address: sys.addresses.stakingVault, abi: stakingVaultAbi } as const;
    const read = sys.ctx.publicClient.readContract;
    for (const a of sorted as Address[]) {
      const [stake, totalShares, selfShares, commission, [pendingBps, effectiveAt], pendingSlashes] = await Promise.all([
        read({ ...vault, functionName: "stakeOf", args: [a] }),
        read({ ...vault, functionName: "totalShares", args: [a] }),
        read({ ...vault, functionName: "sharesOf", args: [a, a] }),
        read({ ...vault, functionName: "commissionOf", args: [a] }),
        read({ ...vault, functionName: "pendingCommission", args: [a] }),
        read({ ...vault, functionName: "pendingSlashes", args: [a] }),
      ]);
      const selfStake = await read({ ...vault, functionName: "convertToAssets", args: [a, selfShares] });
      const i = sys.operators.indexOf(a);
      const role = await read({ address: sys.addresses.taskRegistry, abi: taskRegistryAbi, functionName: "participantRole", args: [sys.taskId, 0n, a] });
      expect(body.operators.find((o) => o.operator === a)).to.deep.equal({
        operator: a,
        metadataURI: "",
        stake: stake.toString(),
        selfStake: selfStake.toString(),
        delegated: (stake - selfStake).toString(),
        totalShares: totalShares.toString(),
        delegators: 1,
        commissionBps: commission.toString(),
        pendingCommission: effectiveAt === 0n || pendingBps === commission ? null : { bps: pendingBps.toString(), effectiveAt: effectiveAt.toString() },
        pendingSlashes: pendingSlashes.toString(),
        tasks: [{ taskId: sys.taskId.toString(), role: role === 1 ? "trainer" : "validator" }],
        slashes: [],
      });
      // the scenario's own values, so the views are not compared with themselves only
      if (i === 0) expect(body.operators.find((o) => o.operator === a)!.pendingCommission).to.deep.include({ bps: "2000" });
      if (i === 1) expect(body.operators.find((o) => o.operator === a)!.commissionBps).to.equal("500");
    }
  });

  it("is listed in the OpenAPI document", async function () {
    const doc = (await (await fetch(`${base}/v1/openapi.json`)).json()) as { paths: Record<string, { get?: { operationId: string } }>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths).sort()).to.deep.equal(["/healthz", "/metrics", "/v1/openapi.json", "/v1/operators"]);
    expect(doc.paths["/v1/operators"]!.get!.operationId).to.equal("operators");
    expect(doc.components.schemas).to.include.keys("Operators", "OperatorSummary");
  });
});
