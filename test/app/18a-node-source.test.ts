import { expect } from "chai";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getAddress, keccak256, toHex, type Address } from "viem";
import { ACCOUNTS } from "./fixture";
import { buildApp, runtimeConfig, serveApp } from "./helpers";
import { connect, UI_TIMEOUT, waitForAttr, useHarness } from "./session";
import { installTestWallet } from "./wallet";

/** How the stand-in in front of the real node changes its read routes' answers. */
type Change = (path: string, body: Record<string, unknown>) => Record<string, unknown>;

/** A proxy in front of the Aerie node that passes every route, rewriting the JSON of `/v1/operators` and `/v1/accounts/…/positions` with `change`. */
async function changedNode(nodeUrl: string, change: Change): Promise<{ url: string; close(): void }> {
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    const read = path === "/v1/operators" || /^\/v1\/accounts\/0x[0-9a-fA-F]{40}\/positions$/.test(path);
    fetch(nodeUrl + path)
      .then(async (r) => {
        let body = Buffer.from(await r.arrayBuffer());
        if (read && r.ok) body = Buffer.from(JSON.stringify(change(path, JSON.parse(body.toString()) as Record<string, unknown>)));
        res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" }).end(body);
      })
      .catch(() => res.writeHead(502).end());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => void server.close() };
}

/** Every `data-wei` inside element `inner` of row `row`. */
const weiIn = (page: import("playwright-core").Page, row: string, inner: string) => page.getByTestId(row).getByTestId(inner).locator("[data-wei]").first().getAttribute("data-wei");

describe("app: figures from the Aerie node's index (issue 8: GET /v1/operators and /v1/accounts/:addr/positions)", function () {
  this.timeout(300_000);
  const h = useHarness();
  const stops: (() => Promise<void> | void)[] = [];
  after(async () => {
    for (const s of stops) await s();
  });

  /** The app served against the node behind `change`, opened at `route` by Hardhat account `account`, connected. */
  async function openAgainst(change: Change, account: number, route: string) {
    const node = await changedNode(h.fx.nodeUrl, change);
    const server = await serveApp(await buildApp(), runtimeConfig(h.fx), node.url);
    stops.push(node.close, server.close);
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    stops.push(() => context.close());
    const wallet = await installTestWallet(context, { rpcUrl: h.fx.rpcUrl, chainId: h.fx.chainId, key: h.fx.key(account) });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    await page.goto(`${server.url}/${route}`);
    await connect(page, wallet);
    return page;
  }

  const vault = () => ({ ...h.fx.net.c.vault });
  const read = () => h.fx.net.ctx.publicClient.readContract;

  it("the operators table comes from the node at the head: every row's stake and self-stake are the node's and the vault's", async () => {
    const { page } = await h.open(ACCOUNTS.newcomer, "#/operators", { connect: false });
    await waitForAttr(page, "operators-table", "data-source", "node");
    const body = (await (await fetch(`${h.fx.nodeUrl}/v1/operators`)).json()) as { operators: { operator: Address; stake: string; selfStake: string }[] };
    expect(await page.getByTestId("operators-table").getAttribute("data-count")).to.equal(String(body.operators.length));
    expect(await page.getByTestId("operators-node-behind").count()).to.equal(0);
    for (const o of body.operators) {
      const row = `operator-row-${o.operator.toLowerCase()}`;
      const stake = await read()({ ...vault(), functionName: "stakeOf", args: [o.operator] });
      expect(await weiIn(page, row, "cell-stake"), o.operator).to.equal(o.stake);
      expect(o.stake).to.equal(stake.toString());
      expect(await weiIn(page, row, "cell-self"), o.operator).to.equal(o.selfStake);
    }
  });

  it("pages the node's operators 50 at a time (54 more registered in the node's answer: 2 pages)", async () => {
    const extra = Array.from({ length: 54 }, (_, i) => getAddress(keccak256(toHex(`aerie-paging-${i}`)).slice(0, 42)));
    const page = await openAgainst(
      (path, b) => {
        if (path !== "/v1/operators") return b;
        const ops = b.operators as Record<string, unknown>[];
        const fake = extra.map((operator) => ({ ...ops[0]!, operator, stake: "0", selfStake: "0", delegated: "0", totalShares: "0", delegators: 0, tasks: [], slashes: [] }));
        return { ...b, operators: [...ops, ...fake].sort((x, y) => (String(x.operator).toLowerCase() < String(y.operator).toLowerCase() ? -1 : 1)) };
      },
      ACCOUNTS.newcomer,
      "#/operators",
    );
    const real = ((await (await fetch(`${h.fx.nodeUrl}/v1/operators`)).json()) as { operators: unknown[] }).operators.length;
    const total = real + extra.length;
    await waitForAttr(page, "operators-table", "data-count", String(total));
    expect(await page.getByTestId("operators-table").getAttribute("data-source")).to.equal("node");
    expect(await page.locator('[data-testid^="operator-row-"]').count()).to.equal(50);
    expect(await page.getByTestId("operators-page-status").textContent()).to.equal(` rows 1–50 of ${total} (page 1 of 2) · this is the first page `);
    await page.getByTestId("operators-page-next").click();
    await waitForAttr(page, "operators-table", "data-page", "1");
    expect(await page.locator('[data-testid^="operator-row-"]').count()).to.equal(total - 50);
    expect(await page.getByTestId("operators-page-status").textContent()).to.equal(` rows 51–${total} of ${total} (page 2 of 2) · this is the last page `);
    expect(await page.getByTestId("operators-page-next").isDisabled()).to.equal(true);
  });

  it("My stake comes from the node's positions route: shares, values and the pending request equal the vault's", async () => {
    const { fx } = h;
    const me = fx.address(ACCOUNTS.claimAll);
    const { page } = await h.open(ACCOUNTS.claimAll, "#/stake");
    await waitForAttr(page, "stake-page", "data-source", "node");
    const body = (await (await fetch(`${fx.nodeUrl}/v1/accounts/${me}/positions`)).json()) as { positions: { operator: Address; shares: string; value: string }[]; requests: { requestId: string; value: string }[] };
    expect(body.positions.length > 0).to.equal(true);
    expect(await page.locator('[data-testid^="position-row-"]').count()).to.equal(body.positions.length);
    for (const p of body.positions) {
      const row = `position-row-${p.operator.toLowerCase()}`;
      const shares = await read()({ ...vault(), functionName: "sharesOf", args: [p.operator, me] });
      const value = await read()({ ...vault(), functionName: "convertToAssets", args: [p.operator, shares] });
      expect(await page.getByTestId(row).getByTestId("position-shares").getAttribute("data-value")).to.equal(shares.toString());
      expect(await page.getByTestId(row).getByTestId("position-value").getAttribute("data-wei")).to.equal(value.toString());
      expect(p.value).to.equal(value.toString());
    }
    const id = fx.pendingRequest.requestId;
    expect(body.requests.map((r) => r.requestId)).to.include(id.toString());
    const value = await read()({ ...vault(), functionName: "requestValue", args: [id] });
    expect(await page.getByTestId(`request-value-${id}`).getAttribute("data-wei")).to.equal(value.toString());
    expect(await page.getByTestId(`request-countdown-${id}`).getAttribute("data-unlock")).to.equal(fx.pendingRequest.unlockAt.toString());
    expect(await page.getByTestId("stake-node-behind").count()).to.equal(0);
  });

  it("a node 3 blocks behind: both pages say 'node 3 blocks behind' and show the chain's figures instead", async () => {
    const { fx } = h;
    const me = fx.address(ACCOUNTS.claimAll);
    const lag: Change = (_path, b) => ({ ...b, indexedBlock: (BigInt(String(b.indexedBlock)) - 3n).toString() });
    const page = await openAgainst(lag, ACCOUNTS.claimAll, "#/operators");
    await page.getByTestId("operators-node-behind").waitFor();
    expect(await page.getByTestId("operators-node-behind").textContent()).to.equal("node 3 blocks behind: the figures are rebuilt from the chain's events instead");
    expect(await page.getByTestId("operators-table").getAttribute("data-source")).to.equal("events");
    const v1 = fx.pendingRequest.operator;
    expect(await weiIn(page, `operator-row-${v1.toLowerCase()}`, "cell-stake")).to.equal((await read()({ ...vault(), functionName: "stakeOf", args: [v1] })).toString());
    await page.getByTestId("nav-stake").click();
    await page.getByTestId("stake-node-behind").waitFor();
    expect(await page.getByTestId("stake-node-behind").textContent()).to.equal("node 3 blocks behind: your positions are read from the chain instead");
    await waitForAttr(page, "stake-page", "data-source", "chain");
    const shares = await read()({ ...vault(), functionName: "sharesOf", args: [v1, me] });
    const row = `position-row-${v1.toLowerCase()}`;
    expect(await page.getByTestId(row).getByTestId("position-value").getAttribute("data-wei")).to.equal((await read()({ ...vault(), functionName: "convertToAssets", args: [v1, shares] })).toString());
    const id = fx.pendingRequest.requestId;
    expect(await page.getByTestId(`request-value-${id}`).getAttribute("data-wei")).to.equal((await read()({ ...vault(), functionName: "requestValue", args: [id] })).toString());
  });
});
