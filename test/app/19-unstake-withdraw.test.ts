import { expect } from "chai";
import { parseUnits } from "viem";
import { getPosition } from "../../src/sdk";
import { ACCOUNTS } from "./fixture";
import { flowResult, tokenBalance, waitForAttr, weiOf, useHarness } from "./session";

// Runs last: it moves chain time past the unbonding period (every pending request matures, the staged commission applies).
describe("app: unstake, move time, withdraw (issue 8, items 4 and 8)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("unstakes 100 tokens of V1, waits out the unbonding period, and withdraws both requests for exactly their value", async () => {
    const { fx } = h;
    const me = fx.address(ACCOUNTS.claimAll);
    const v1 = fx.pendingRequest.operator;
    const client = fx.net.ctx.publicClient;
    const vault = fx.net.c.vault;
    const positionBefore = await getPosition(client, { addresses: fx.addresses, operator: v1, account: me });
    const amount = parseUnits("100", 18);
    const shares = await client.readContract({ ...vault, functionName: "previewStake", args: [v1, amount] });

    const { page, wallet } = await h.open(ACCOUNTS.claimAll, "#/stake");
    const id = v1.toLowerCase();
    await page.getByTestId(`request-row-${fx.pendingRequest.requestId}`).waitFor();
    expect(await page.getByTestId(`request-row-${fx.pendingRequest.requestId}`).getAttribute("data-withdrawable")).to.equal("false");
    expect(await page.getByTestId(`request-countdown-${fx.pendingRequest.requestId}`).getAttribute("data-unlock")).to.equal(fx.pendingRequest.unlockAt.toString());
    await page.getByTestId(`unstake-amount-${id}`).fill("100");
    await page.getByTestId(`unstake-submit-${id}`).click();
    const unstaked = await flowResult(page, `unstake-${id}`);
    expect(unstaked.state, unstaked.message).to.equal("confirmed");

    const newId = (await client.readContract({ ...vault, functionName: "nextRequestId" })) - 1n;
    const request = await client.readContract({ ...vault, functionName: "getRequest", args: [newId] });
    expect(request.owner).to.equal(me);
    expect(positionBefore.shares - (await getPosition(client, { addresses: fx.addresses, operator: v1, account: me })).shares).to.equal(request.shares);
    // 100 tokens' worth of shares (rounded the vault's way: never more than asked)
    expect(request.shares === shares || request.shares === shares + 1n).to.equal(true);
    await page.getByTestId(`request-row-${newId}`).waitFor();
    const values = await Promise.all([fx.pendingRequest.requestId, newId].map((r) => client.readContract({ ...vault, functionName: "requestValue", args: [r] })));
    expect(await weiOf(page, `request-value-${newId}`)).to.equal(values[1]!);

    const unbonding = await client.readContract({ ...vault, functionName: "UNBONDING_PERIOD" });
    await fx.increaseTime(unbonding + 1n);
    await waitForAttr(page, `request-row-${newId}`, "data-withdrawable", "true");
    await waitForAttr(page, `request-row-${fx.pendingRequest.requestId}`, "data-withdrawable", "true");
    const before = await tokenBalance(fx, me);
    await page.getByTestId("withdraw-all").click();
    const withdrawn = await flowResult(page, "withdraw");
    expect(withdrawn.state, withdrawn.message).to.equal("confirmed");
    expect((await tokenBalance(fx, me)) - before).to.equal(values[0]! + values[1]!);
    expect(wallet.requests.filter((r) => r.method === "eth_sendTransaction")).to.have.length(2);
    await page.getByTestId("requests-empty").waitFor();
  });
});
