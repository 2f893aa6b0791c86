import { expect } from "chai";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { buildApp, runtimeConfig, serveApp, type AppServer } from "./helpers";
import { connect, flowResult, tokenBalance, waitForAttr, weiOf, useHarness } from "./session";
import { installTestWallet } from "./wallet";

/** How the stand-in node in front of the real one answers claims: down (503) or with a proof that does not verify. */
type Fault = "down" | "wrong-proof";

/** A proxy in front of the Aerie node that breaks its claim route as told and passes every other route (bundles). */
async function faultyNode(nodeUrl: string, fault: Fault): Promise<{ url: string; close(): void }> {
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    const isClaim = /\/accounts\/0x[0-9a-fA-F]{40}\/claim$/.test(path);
    if (isClaim && fault === "down") return void res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "unavailable", message: "the node is down" } }));
    fetch(nodeUrl + path)
      .then(async (r) => {
        let body = Buffer.from(await r.arrayBuffer());
        if (isClaim && r.ok) {
          const claim = JSON.parse(body.toString()) as { proof: string[] };
          // one flipped nibble in the first sibling: the root stays the on-chain one, the proof fails
          claim.proof[0] = claim.proof[0]!.slice(0, -1) + (claim.proof[0]!.endsWith("0") ? "1" : "0");
          body = Buffer.from(JSON.stringify(claim));
        }
        res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/json" }).end(body);
      })
      .catch(() => res.writeHead(502).end());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => void server.close() };
}

describe("app: a node that is down or serves a wrong proof (issue 8, bad input: claiming stays possible with a bundle URL)", function () {
  this.timeout(300_000);
  const h = useHarness();
  const stops: (() => Promise<void> | void)[] = [];
  after(async () => {
    for (const s of stops) await s();
  });

  /** The built app served against a faulty node, opened by Hardhat account `account`, connected. */
  async function openAgainst(fault: Fault, account: number) {
    const node = await faultyNode(h.fx.nodeUrl, fault);
    const server: AppServer = await serveApp(await buildApp(), runtimeConfig(h.fx), node.url);
    stops.push(node.close, server.close);
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    stops.push(() => context.close());
    const wallet = await installTestWallet(context, { rpcUrl: h.fx.rpcUrl, chainId: h.fx.chainId, key: h.fx.key(account) });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${server.url}/#/rewards`);
    await connect(page, wallet);
    return { page, wallet, server };
  }

  /** What the operator T3 (account 8, a trainer: paid in tasks A and B) can claim in `task`, from the real node. */
  async function due(task: bigint): Promise<bigint> {
    const me = h.fx.operators.get("T3")!.address;
    const body = (await (await fetch(`${h.fx.nodeUrl}/v1/tasks/${task}/accounts/${me}/claim`)).json()) as { cumulativeAmount: string };
    const claimed = await h.fx.net.ctx.publicClient.readContract({ ...h.fx.net.c.distributor, functionName: "claimed", args: [task, me] });
    return BigInt(body.cumulativeAmount) - claimed;
  }

  it("a wrong proof is not offered: the row says it does not verify and the claim button says why", async () => {
    const t3 = h.fx.operators.get("T3")!;
    const { page } = await openAgainst("wrong-proof", t3.account);
    await waitForAttr(page, `claim-row-${h.fx.tasks.a}`, "data-state", "invalid");
    expect(await page.getByTestId(`claim-status-${h.fx.tasks.a}`).textContent()).to.equal("The node's proof does not verify against the on-chain root: it is not offered; load a bundle URL from another source.");
    expect(await page.getByTestId("rewards-node-status").getAttribute("data-state")).to.equal("invalid");
    await page.getByTestId("rewards-fallback").waitFor();
    expect(await page.getByTestId(`claim-one-${h.fx.tasks.a}`).isDisabled()).to.equal(true);
    expect(await page.getByTestId(`claim-one-${h.fx.tasks.a}-reason`).textContent()).to.equal("No verified claim: load a bundle URL.");
    expect(await weiOf(page, "claim-all-total")).to.equal(0n);
    // an amount the app could not verify is "unknown", never 0
    for (const id of [`claim-cumulative-${h.fx.tasks.a}`, `claim-claimable-${h.fx.tasks.a}`]) {
      expect(await page.getByTestId(id).textContent(), id).to.equal("unknown");
      expect(await page.getByTestId(id).getAttribute("data-state"), id).to.equal("unknown");
      expect(await page.getByTestId(id).getAttribute("data-wei"), id).to.equal(null);
    }
  });

  it("a node that is down shows it; a pasted bundle URL makes the claim verified, and claiming pays exactly the claimable amount", async () => {
    const { fx } = h;
    const t3 = fx.operators.get("T3")!;
    const task = fx.tasks.b;
    const amount = await due(task);
    expect(amount > 0n).to.equal(true);
    const { page, server } = await openAgainst("down", t3.account);
    await waitForAttr(page, `claim-row-${task}`, "data-state", "unreachable");
    expect(await page.getByTestId("rewards-node-status").getAttribute("data-state")).to.equal("unreachable");
    expect(await page.getByTestId("rewards-node-status").textContent()).to.equal("The node is unreachable: claims below need a bundle URL.");
    expect(await page.getByTestId(`claim-one-${task}`).isDisabled()).to.equal(true);
    expect(await page.getByTestId(`claim-claimable-${task}`).textContent()).to.equal("unknown");
    // a URL that answers 404 says what was fetched, what was wrong and what to do
    const missing = `${server.url}/__node/v1/tasks/${task}/rounds/99/bundle`;
    await page.getByTestId("bundle-url").fill(missing);
    await page.getByTestId("bundle-load").click();
    await page.getByTestId("bundle-error").waitFor();
    expect(await page.getByTestId("bundle-error").textContent()).to.equal(`Fetched ${missing}: the server answered HTTP 404, not a bundle. Check the address: it must point at the round bundle's JSON file.`);
    // a bad URL is refused with a reason
    await page.getByTestId("bundle-url").fill("not a url");
    await page.getByTestId("bundle-load").click();
    expect(await page.getByTestId("bundle-error").textContent()).to.equal('"not a url" is not a URL: paste an http(s) address of a round bundle.');
    // the round's bundle (served by the node's bundle route, which still answers)
    await page.getByTestId("bundle-url").fill(`${server.url}/__node/v1/tasks/${task}/rounds/0/bundle`);
    await page.getByTestId("bundle-load").click();
    await waitForAttr(page, `claim-row-${task}`, "data-state", "verified");
    expect(await page.getByTestId(`claim-row-${task}`).getAttribute("data-source")).to.equal("bundle");
    expect(await weiOf(page, `claim-claimable-${task}`)).to.equal(amount);
    const before = await tokenBalance(fx, t3.address);
    await page.getByTestId(`claim-one-${task}`).click();
    const result = await flowResult(page, "claim");
    expect(result.state, result.message).to.equal("confirmed");
    expect((await tokenBalance(fx, t3.address)) - before).to.equal(amount);
    expect(await due(task)).to.equal(0n);
  });
});
