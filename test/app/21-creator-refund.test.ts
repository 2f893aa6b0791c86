import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "chai";
import { formatUnits } from "viem";
import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { SPEC_PATH } from "../../src/demo/run";
import { approve, createTaskFromSpec, getRoundStatus, mint, parseTaskCreated, RoundStatus, waitForReceipt } from "../../src/sdk";
import { ROOT, waitFor } from "../../scripts/network/devnet";
import { ACCOUNTS } from "./fixture";
import { recordFlow, tokenBalance, useHarness, waitForAttr, waitForText, weiOf } from "./session";

/** A Hardhat account no other scenario uses: creates the task it cancels here. */
const CREATOR = 15;

describe("app: a creator cancels a task whose first round runs, then withdraws that round's refund (issue 8, item 6)", function () {
  this.timeout(600_000);
  const h = useHarness();
  const spec = parseTaskSpec(JSON.parse(readFileSync(join(ROOT, SPEC_PATH), "utf8")));
  const reward = BigInt(spec.rewardPerRound);
  const budget = reward * BigInt(spec.rounds.count);
  let taskId = 0n;
  let roundEnd = 0n;

  before(async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const creator = fx.wallet(CREATOR);
    await fx.mined(mint(fx.wallet(ACCOUNTS.governance), { addresses: fx.addresses, to: creator.account.address, amount: budget }));
    await fx.mined(approve(creator, { addresses: fx.addresses, spender: fx.addresses.taskRegistry, amount: budget }));
    const created = await createTaskFromSpec(creator, { addresses: fx.addresses, spec, specURI: SPEC_PATH });
    const [event] = parseTaskCreated((await waitForReceipt(client, created)).logs);
    taskId = event!.taskId;
    // round 0 runs (started a minute ago), rounds 1 and 2 have not started
    await fx.net.setTime(created.onChainSpec.startTime + 60n);
    [, roundEnd] = await client.readContract({ ...fx.net.c.registry, functionName: "roundWindow", args: [taskId, 0n] });
  });

  it("shows what cancelling returns, and the cancel pays exactly that: the budget of the rounds not started", async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const me = fx.address(CREATOR);
    const symbol = await client.readContract({ ...fx.net.c.token, functionName: "symbol" });
    const { page } = await h.open(CREATOR, "#/tasks");
    await waitForAttr(page, `task-round-${taskId}-0`, "data-status", RoundStatus.Running);
    await waitForAttr(page, `task-round-${taskId}-1`, "data-status", RoundStatus.Pending);
    await waitForAttr(page, `task-round-${taskId}-2`, "data-status", RoundStatus.Pending);
    await page.getByTestId(`task-cancel-value-${taskId}`).waitFor();
    const shown = await weiOf(page, `task-cancel-value-${taskId}`);
    expect(shown).to.equal(2n * reward);
    // the line says "Checking the refund…" until the app's simulation answers (slower with a busy page or machine)
    await waitForText(page, `task-refund-returns-${taskId}`, `No refund: Task ${taskId} has nothing refundable yet: wait for skipped or unspent rounds.`);
    expect(await page.getByTestId(`task-refund-${taskId}`).isDisabled()).to.equal(true);

    const before = await tokenBalance(fx, me);
    const states = await recordFlow(page, `cancel-${taskId}`);
    await page.getByTestId(`task-cancel-${taskId}`).click();
    await waitForAttr(page, `tx-cancel-${taskId}`, "data-state", "confirmed");
    const [cancelled] = await client.getContractEvents({ ...fx.net.c.registry, eventName: "TaskCancelled", args: { taskId }, fromBlock: fx.fromBlock, strict: true });
    const [paid] = await client.getContractEvents({ ...fx.net.c.registry, eventName: "RefundWithdrawn", args: { taskId }, fromBlock: fx.fromBlock, strict: true });
    // the chain's refund: the two dropped rounds, paid to the creator in the same call
    expect(cancelled!.args.activeRounds).to.equal(1n);
    expect(cancelled!.args.refunded).to.equal(shown);
    expect(paid!.args.creator).to.equal(me);
    expect(paid!.args.amount).to.equal(shown);
    expect(paid!.transactionHash).to.equal(cancelled!.transactionHash);
    expect((await tokenBalance(fx, me)) - before).to.equal(shown);
    const hash = cancelled!.transactionHash.slice(0, 10);
    const label = `cancel task ${taskId} (returns ${formatUnits(shown, 18)} ${symbol})`;
    expect(await states()).to.deep.equal([
      { state: "idle", message: "" },
      { state: "signing", message: `Waiting for signature in your wallet: ${label}.` },
      { state: "pending", message: `Pending: ${label}, transaction ${hash}… sent; waiting for it to be mined.` },
      { state: "confirmed", message: `Confirmed: transaction ${hash}… mined. Cancelled task ${taskId} (returns ${formatUnits(shown, 18)} ${symbol}).` },
    ]);

    // the running round keeps its budget in escrow until it settles; the task cannot be cancelled twice
    const task = await client.readContract({ ...fx.net.c.registry, functionName: "getTask", args: [taskId] });
    expect([task.cancelled, task.escrow, task.refundable]).to.deep.equal([true, reward, 0n]);
    await waitForAttr(page, `task-row-${taskId}`, "data-cancelled", "true");
    await waitForAttr(page, `task-round-${taskId}-1`, "data-status", RoundStatus.Skipped);
    expect(await weiOf(page, `task-escrow-${taskId}`)).to.equal(reward);
    await page.getByText(`Cannot cancel: Task ${taskId} is cancelled: pick another task.`).waitFor();
    expect(await page.getByTestId(`task-cancel-${taskId}`).isDisabled()).to.equal(true);
  });

  it("once the running round is skipped, withdraws its whole budget as the refund shown", async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const me = fx.address(CREATOR);
    const symbol = await client.readContract({ ...fx.net.c.token, functionName: "symbol" });
    // nobody joined the task: once its result deadline passes the round is skippable, and the node skips it
    const deadline = await client.readContract({ ...fx.net.c.vault, functionName: "RESULT_DEADLINE" });
    await fx.net.setTime(roundEnd + deadline + 1n);
    await waitFor(`task ${taskId} round 0 skipped`, async () => {
      const s = await getRoundStatus(client, { addresses: fx.addresses, taskId, round: 0n, fromBlock: fx.fromBlock });
      return s.status === RoundStatus.Skipped ? true : undefined;
    });
    expect((await client.readContract({ ...fx.net.c.registry, functionName: "getTask", args: [taskId] })).refundable).to.equal(reward);

    const { page } = await h.open(CREATOR, "#/tasks");
    await page.getByTestId(`task-refund-value-${taskId}`).waitFor();
    const shown = await weiOf(page, `task-refund-value-${taskId}`);
    expect(shown).to.equal(reward);
    const before = await tokenBalance(fx, me);
    const states = await recordFlow(page, `refund-${taskId}`);
    await page.getByTestId(`task-refund-${taskId}`).click();
    await waitForAttr(page, `tx-refund-${taskId}`, "data-state", "confirmed");
    const paid = await client.getContractEvents({ ...fx.net.c.registry, eventName: "RefundWithdrawn", args: { taskId }, fromBlock: fx.fromBlock, strict: true });
    expect(paid.map((e) => e.args.amount)).to.deep.equal([2n * reward, reward]);
    expect((await tokenBalance(fx, me)) - before).to.equal(reward);
    const hash = paid[1]!.transactionHash.slice(0, 10);
    const what = `${formatUnits(reward, 18)} ${symbol} `;
    expect(await states()).to.deep.equal([
      { state: "idle", message: "" },
      { state: "signing", message: `Waiting for signature in your wallet: withdraw the ${what}refund of task ${taskId}.` },
      { state: "pending", message: `Pending: withdraw the ${what}refund of task ${taskId}, transaction ${hash}… sent; waiting for it to be mined.` },
      { state: "confirmed", message: `Confirmed: transaction ${hash}… mined. Withdrew the ${what}refund of task ${taskId} to your wallet.` },
    ]);
    // the whole budget is back: 2 rounds at the cancel, 1 now; nothing is left in the task
    const task = await client.readContract({ ...fx.net.c.registry, functionName: "getTask", args: [taskId] });
    expect([task.escrow, task.refundable]).to.deep.equal([0n, 0n]);
    await page.getByText(`No refund: Task ${taskId} has nothing refundable yet: wait for skipped or unspent rounds.`).waitFor();
    expect(await weiOf(page, `task-escrow-${taskId}`)).to.equal(0n);
  });
});
