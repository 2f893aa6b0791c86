import { expect } from "chai";
import { formatUnits } from "viem";
import { bpsPercent, dateTime, duration } from "../../app/src/lib/amount";
import { getRoundStatus, RoundStatus } from "../../src/sdk";
import { flowResult, useHarness, waitForAttr, weiOf } from "./session";

/** A Hardhat account no scenario uses: registers as an operator here. */
const NEW_OPERATOR = 18;

describe("app: tasks and rounds, and an operator's register / commission / join (issue 8, item 6)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("each round shows the SDK's status and, when final, its total reward; each task its total paid", async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const { page } = await h.open(NEW_OPERATOR, "#/tasks", { connect: false });
    await page.getByTestId("tasks-table").waitFor();
    const finalized = await client.getContractEvents({ ...fx.net.c.settlement, eventName: "RoundFinalized", fromBlock: fx.fromBlock, strict: true });
    const count = await client.readContract({ ...fx.net.c.registry, functionName: "taskCount" });
    expect(finalized.length > 0).to.equal(true);
    for (let taskId = 1n; taskId <= count; taskId++) {
      const task = await client.readContract({ ...fx.net.c.registry, functionName: "getTask", args: [taskId] });
      let paid = 0n;
      for (let round = 0n; round < BigInt(task.numRounds); round++) {
        const id = `task-round-${taskId}-${round}`;
        const fin = finalized.find((e) => e.args.taskId === taskId && e.args.round === round);
        // rounds a cancel dropped never run: the app calls them skipped (the SDK reads only their window)
        const expected = task.cancelled && round >= BigInt(task.activeRounds) ? RoundStatus.Skipped : (await getRoundStatus(client, { addresses: fx.addresses, taskId, round, fromBlock: fx.fromBlock })).status;
        await waitForAttr(page, id, "data-status", expected);
        if (fin) {
          paid += fin.args.totalReward;
          expect(BigInt((await page.getByTestId(id).locator(".amount").getAttribute("data-wei"))!), `${id} total reward`).to.equal(fin.args.totalReward);
          expect(await page.getByTestId(id).textContent()).to.match(new RegExp(`^${round}: final \\(`));
        }
      }
      expect(await weiOf(page, `task-total-reward-${taskId}`), `task ${taskId} total paid`).to.equal(paid);
      expect(await weiOf(page, `task-escrow-${taskId}`), `task ${taskId} escrow`).to.equal(task.escrow);
    }
    expect(await page.getByTestId(`task-round-${fx.tasks.a}-0`).getAttribute("data-status")).to.equal(RoundStatus.Finalized);
  });

  it("registers a new operator, stages a commission increase showing when it takes effect, and says why it cannot join yet", async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const vault = fx.net.c.vault;
    const me = fx.address(NEW_OPERATOR);
    const { page } = await h.open(NEW_OPERATOR, "#/tasks");
    await page.getByTestId("register-form").waitFor();
    await page.getByTestId("register-commission").fill("12.5");
    expect(await page.getByTestId("register-commission-error").textContent()).to.equal('"12.5" is not a whole number of bps: e.g. 500 for 5%.');
    expect(await page.getByTestId("register-submit").isDisabled()).to.equal(true);
    await page.getByTestId("register-commission").fill("700");
    await page.getByTestId("register-uri").fill("https://aerie.example/op18");
    await page.getByTestId("register-submit").click();
    const registered = await flowResult(page, "register").catch(async (e: Error) => {
      throw new Error(`${e.message.split("\n")[0]}; the form shows: ${await page.getByTestId("register-form").textContent()}`, { cause: e });
    });
    expect(registered.state, registered.message).to.equal("confirmed");
    expect(await client.readContract({ ...vault, functionName: "isOperator", args: [me] })).to.equal(true);
    expect(await client.readContract({ ...vault, functionName: "commissionOf", args: [me] })).to.equal(700n);
    await page.getByTestId("operator-panel").waitFor();
    expect(await page.getByTestId("op-commission-now").textContent()).to.equal(bpsPercent(700n));

    const delay = await client.readContract({ ...vault, functionName: "COMMISSION_DELAY" });
    await page.getByTestId("op-commission-input").fill("900");
    expect(await page.getByTestId("op-commission-effective").textContent()).to.match(new RegExp(`^An increase takes effect after ${duration(delay)}: at about .+ UTC \\(chain time\\)\\.$`));
    await page.getByTestId("op-commission-submit").click();
    const staged = await flowResult(page, "commission");
    expect(staged.state, staged.message).to.equal("confirmed");
    const [bps, effectiveAt] = await client.readContract({ ...vault, functionName: "pendingCommission", args: [me] });
    expect(bps).to.equal(900n);
    await page.getByTestId("op-commission-staged").waitFor();
    expect((await page.getByTestId("op-commission-staged").textContent())!.trim()).to.equal(`(→ ${bpsPercent(900n)} from ${dateTime(effectiveAt)})`);
    expect(await page.getByTestId("op-commission-now").textContent()).to.equal(bpsPercent(700n));

    // with no stake it cannot join an open task: the button says what stake the role needs
    const open = page.locator('[data-testid^="task-join-"]:not([data-testid*="role"]):not([data-testid$="-reason"])');
    if ((await open.count()) > 0) {
      const testid = (await open.first().getAttribute("data-testid"))!;
      const taskId = BigInt(testid.replace("task-join-", ""));
      const task = await client.readContract({ ...fx.net.c.registry, functionName: "getTask", args: [taskId] });
      expect(await page.getByTestId(testid).isDisabled()).to.equal(true);
      const symbol = await client.readContract({ ...fx.net.c.token, functionName: "symbol" });
      expect(await page.getByTestId(`${testid}-reason`).textContent()).to.equal(`The task needs ${formatUnits(task.minTrainerStake, 18)} ${symbol} of stake as trainer; you have 0: stake more first.`);
    }
  });
});
