import { expect } from "chai";
import { ACCOUNTS } from "./fixture";
import { flowResult, tokenBalance, waitForAttr, weiOf, useHarness } from "./session";

describe("app: a creator cancels a task (issue 8, items 6 and 8)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("shows what cancelling returns, cancels, and the creator receives exactly the task's budget", async () => {
    const { fx } = h;
    const me = fx.address(ACCOUNTS.creator);
    const task = fx.tasks.cancellable;
    const before = await tokenBalance(fx, me);
    const { page } = await h.open(ACCOUNTS.creator, "#/tasks");
    await page.getByTestId(`creator-task-${task}`).waitFor();
    // only the creator's own tasks get a card: tasks A and B are the creator's too, but C is the one with no round ended
    expect(await weiOf(page, `task-cancel-value-${task}`)).to.equal(fx.cancellableBudget);
    await page.getByTestId(`task-cancel-${task}`).click();
    const result = await flowResult(page, `cancel-${task}`);
    expect(result.state, result.message).to.equal("confirmed");
    expect((await tokenBalance(fx, me)) - before).to.equal(fx.cancellableBudget);
    await waitForAttr(page, `task-row-${task}`, "data-cancelled", "true");
  });

  it("a connected account that created no task sees no creator card", async () => {
    const { page } = await h.open(ACCOUNTS.newcomer, "#/tasks");
    await page.getByTestId("creator-empty").waitFor();
    expect(await page.getByTestId(`creator-task-${h.fx.tasks.cancellable}`).count()).to.equal(0);
  });
});
