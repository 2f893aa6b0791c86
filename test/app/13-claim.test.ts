import { expect } from "chai";
import { getPosition } from "../../src/sdk";
import { ACCOUNTS, type AppFixture } from "./fixture";
import { flowResult, signingRequests, tokenBalance, waitForAttr, weiOf, useHarness } from "./session";

/** What `account` can claim in `taskId` now: the node's cumulative amount minus what the chain says is claimed. */
async function claimable(fx: AppFixture, taskId: bigint, account: `0x${string}`): Promise<bigint> {
  const res = await fetch(`${fx.nodeUrl}/v1/tasks/${taskId}/accounts/${account}/claim`);
  const body = (await res.json()) as { cumulativeAmount: string };
  const claimed = await fx.net.ctx.publicClient.readContract({ ...fx.net.c.distributor, functionName: "claimed", args: [taskId, account] });
  return BigInt(body.cumulativeAmount) - claimed;
}

describe("app: claim, claim all, claim and restake (issue 8, items 5 and 8)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("claims task A: the wallet receives exactly the verified claimable amount", async () => {
    const { fx } = h;
    const me = fx.address(ACCOUNTS.claimer);
    const task = fx.tasks.a;
    const [due, before] = await Promise.all([claimable(fx, task, me), tokenBalance(fx, me)]);
    expect(due > 0n).to.equal(true);
    const { page, wallet } = await h.open(ACCOUNTS.claimer, "#/rewards");
    await waitForAttr(page, `claim-row-${task}`, "data-state", "verified");
    expect(await weiOf(page, `claim-claimable-${task}`)).to.equal(due);
    await page.getByTestId(`claim-one-${task}`).click();
    const result = await flowResult(page, "claim");
    expect(result.state, result.message).to.equal("confirmed");
    expect(signingRequests(wallet)).to.deep.equal(["eth_sendTransaction"]);
    expect((await tokenBalance(fx, me)) - before).to.equal(due);
    expect(await claimable(fx, task, me)).to.equal(0n);
    await page.waitForFunction((id) => (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document.querySelector(`[data-testid="${id}"]`)?.getAttribute("data-wei") === "0", `claim-claimable-${task}`);
  });

  it("claims all (claimMany over tasks A and B in one transaction): the wallet receives exactly their sum", async () => {
    const { fx } = h;
    const me = fx.address(ACCOUNTS.claimAll);
    const [dueA, dueB, before] = await Promise.all([claimable(fx, fx.tasks.a, me), claimable(fx, fx.tasks.b, me), tokenBalance(fx, me)]);
    expect(dueA > 0n && dueB > 0n).to.equal(true);
    const { page, wallet } = await h.open(ACCOUNTS.claimAll, "#/rewards");
    await waitForAttr(page, `claim-row-${fx.tasks.a}`, "data-state", "verified");
    await waitForAttr(page, `claim-row-${fx.tasks.b}`, "data-state", "verified");
    expect(await weiOf(page, "claim-all-total")).to.equal(dueA + dueB);
    await page.getByTestId("claim-all").click();
    const result = await flowResult(page, "claim-all");
    expect(result.state, result.message).to.equal("confirmed");
    expect(signingRequests(wallet)).to.deep.equal(["eth_sendTransaction"]);
    expect((await tokenBalance(fx, me)) - before).to.equal(dueA + dueB);
    expect([await claimable(fx, fx.tasks.a, me), await claimable(fx, fx.tasks.b, me)]).to.deep.equal([0n, 0n]);
  });

  it("claims task A and restakes it to T1: the position grows by the shares of exactly that amount, the wallet is unchanged", async () => {
    const { fx } = h;
    const me = fx.address(ACCOUNTS.restaker);
    const t1 = fx.operators.get("T1")!.address;
    const client = fx.net.ctx.publicClient;
    const task = fx.tasks.a;
    const [due, before, positionBefore] = await Promise.all([claimable(fx, task, me), tokenBalance(fx, me), getPosition(client, { addresses: fx.addresses, operator: t1, account: me })]);
    const expectedShares = await client.readContract({ ...fx.net.c.vault, functionName: "previewStake", args: [t1, due] });
    const { page } = await h.open(ACCOUNTS.restaker, "#/rewards");
    await waitForAttr(page, `claim-row-${task}`, "data-state", "verified");
    await page.getByTestId("restake-operator").selectOption(t1);
    await page.getByTestId(`claim-restake-${task}`).click();
    const result = await flowResult(page, "claim-restake");
    expect(result.state, result.message).to.equal("confirmed");
    const positionAfter = await getPosition(client, { addresses: fx.addresses, operator: t1, account: me });
    expect(positionAfter.shares - positionBefore.shares).to.equal(expectedShares);
    expect(await tokenBalance(fx, me)).to.equal(before);
    expect(await claimable(fx, task, me)).to.equal(0n);
  });
});
