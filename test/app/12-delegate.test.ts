import { expect } from "chai";
import { parseUnits } from "viem";
import { getPosition } from "../../src/sdk";
import { ACCOUNTS } from "./fixture";
import { flowResult, signingRequests, tokenBalance, weiOf, useHarness } from "./session";

describe("app: delegate by permit (issue 8, items 4 and 8)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("refuses bad amounts in the form with a reason and sends nothing", async () => {
    const t1 = h.fx.operators.get("T1")!.address;
    const { page, wallet } = await h.open(ACCOUNTS.newcomer, `#/operator/${t1}`);
    await page.getByTestId("stake-balance").waitFor();
    const cases: [string, RegExp][] = [
      ["0", /above 0|zero/i],
      ["abc", /number/i],
      ["1.1234567890123456789", /decimal/i],
      ["5000.000000000000000001", /balance/i],
    ];
    for (const [input, reason] of cases) {
      await page.getByTestId("stake-amount").fill(input);
      expect(await page.getByTestId("stake-amount-error").textContent(), input).to.match(reason);
      expect(await page.getByTestId("stake-submit").isDisabled(), input).to.equal(true);
    }
    expect(signingRequests(wallet)).to.deep.equal([]);
  });

  it("a rejected signature returns the form to its state before the attempt", async () => {
    const t1 = h.fx.operators.get("T1")!.address;
    const { page, wallet } = await h.open(ACCOUNTS.newcomer, `#/operator/${t1}`);
    await page.getByTestId("stake-amount").fill("10");
    wallet.rejectNextSignature();
    await page.getByTestId("stake-submit").click();
    expect((await flowResult(page, "stake")).state).to.equal("rejected");
    expect(await page.getByTestId("stake-amount").inputValue()).to.equal("10");
    expect(await page.getByTestId("stake-submit").isEnabled()).to.equal(true);
    expect(signingRequests(wallet)).to.deep.equal(["eth_signTypedData_v4"]);
  });

  it("warns before delegating to an operator with a staged commission increase", async () => {
    const t2 = h.fx.stagedCommission.operator;
    const { page } = await h.open(ACCOUNTS.newcomer, `#/operator/${t2}`);
    await page.getByTestId("stake-warning-commission").waitFor();
    await page.getByTestId("stake-amount").fill("1");
    expect(await page.getByTestId("stake-submit").isDisabled()).to.equal(true);
    await page.getByTestId("stake-ack").check();
    expect(await page.getByTestId("stake-submit").isEnabled()).to.equal(true);
  });

  it("delegates 123.456 tokens to T1 with one permit signature and one transaction; balances change by exactly that", async () => {
    const { fx } = h;
    const t1 = fx.operators.get("T1")!.address;
    const me = fx.address(ACCOUNTS.newcomer);
    const amount = parseUnits("123.456", 18);
    const client = fx.net.ctx.publicClient;
    const [balanceBefore, positionBefore, poolBefore] = await Promise.all([
      tokenBalance(fx, me),
      getPosition(client, { addresses: fx.addresses, operator: t1, account: me }),
      client.readContract({ ...fx.net.c.vault, functionName: "stakeOf", args: [t1] }),
    ]);
    const expectedShares = await client.readContract({ ...fx.net.c.vault, functionName: "previewStake", args: [t1, amount] });

    const { page, wallet } = await h.open(ACCOUNTS.newcomer, `#/operator/${t1}`);
    expect(await weiOf(page, "stake-balance")).to.equal(balanceBefore);
    expect(await page.getByTestId("stake-method-permit").isChecked()).to.equal(true);
    await page.getByTestId("stake-amount").fill("123.456");
    await page.getByTestId("stake-submit").click();
    const result = await flowResult(page, "stake");
    expect(result.state, result.message).to.equal("confirmed");
    expect(signingRequests(wallet)).to.deep.equal(["eth_signTypedData_v4", "eth_sendTransaction"]);

    const [balanceAfter, positionAfter, poolAfter] = await Promise.all([
      tokenBalance(fx, me),
      getPosition(client, { addresses: fx.addresses, operator: t1, account: me }),
      client.readContract({ ...fx.net.c.vault, functionName: "stakeOf", args: [t1] }),
    ]);
    expect(balanceBefore - balanceAfter).to.equal(amount);
    expect(positionAfter.shares - positionBefore.shares).to.equal(expectedShares);
    expect(poolAfter - poolBefore).to.equal(amount);

    // the app shows the same exact figures
    await page.goto(`${h.server.url}/#/stake`);
    const row = `position-row-${t1.toLowerCase()}`;
    await page.getByTestId(row).waitFor();
    expect(await weiOf(page, "stake-wallet-balance")).to.equal(balanceAfter);
    expect(BigInt((await page.getByTestId(row).getByTestId("position-shares").getAttribute("data-value"))!)).to.equal(positionAfter.shares);
    expect(BigInt((await page.getByTestId(row).getByTestId("position-value").getAttribute("data-wei"))!)).to.equal(positionAfter.assets);
  });
});
