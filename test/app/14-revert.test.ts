import { expect } from "chai";
import { claim } from "../../src/sdk";
import { ACCOUNTS } from "./fixture";
import { flowResult, tokenBalance, waitForAttr, useHarness } from "./session";

describe("app: a reverted transaction shows its decoded error (issue 8, items 7 and 8)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("a claim someone else already made for the account fails with RewardDistributorNothingToClaim, as a sentence", async () => {
    const { fx } = h;
    const me = fx.address(ACCOUNTS.reverter);
    const task = fx.tasks.b;
    const { page, wallet } = await h.open(ACCOUNTS.reverter, "#/rewards");
    await waitForAttr(page, `claim-row-${task}`, "data-state", "verified");
    const res = await fetch(`${fx.nodeUrl}/v1/tasks/${task}/accounts/${me}/claim`);
    const cl = (await res.json()) as { cumulativeAmount: string; proof: `0x${string}`[] };
    const balance = (await tokenBalance(fx, me)) + BigInt(cl.cumulativeAmount);
    // While the user confirms in the wallet, someone else claims for the account (claim is callable by anyone).
    wallet.beforeNextSend(async () => {
      await fx.mined(claim(fx.wallet(ACCOUNTS.governance), { addresses: fx.addresses, taskId: task, account: me, cumulativeAmount: BigInt(cl.cumulativeAmount), proof: cl.proof }));
    });
    await page.getByTestId(`claim-one-${task}`).click();
    const result = await flowResult(page, "claim");
    expect(result.state).to.equal("failed");
    expect(result.error).to.equal(`RewardDistributorNothingToClaim(${task}, ${me}, ${cl.cumulativeAmount}, ${cl.cumulativeAmount})`);
    // a plain sentence saying what to do: no hex blob (an address is the only hex it may show)
    expect(result.message).to.match(/^Failed: \S/);
    expect(result.message.replace(/0x[0-9a-fA-F]{40}\b/g, "<address>"), result.message).to.not.match(/0x[0-9a-fA-F]{6,}/);
    expect(result.message, result.message).to.match(/already|nothing to claim/i);
    expect(await tokenBalance(fx, me)).to.equal(balance);
  });
});
