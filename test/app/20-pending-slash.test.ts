import { expect } from "chai";
import { parseUnits } from "viem";
import { shortAddress } from "../../app/src/lib/amount";
import { getPosition, getRoundStatus, mint, RoundStatus } from "../../src/sdk";
import { ACCOUNTS, TOKEN, type AppFixture } from "./fixture";
import { recordFlow, signingRequests, tokenBalance, useHarness } from "./session";

/** A Hardhat account no other scenario uses: delegates to the operator with a pending slash. */
const DELEGATOR = 21;

describe("app: delegating to an operator with a pending slash (issue 8, item 4)", function () {
  this.timeout(600_000);
  const h = useHarness();
  let slashing: Awaited<ReturnType<AppFixture["proposeSlashingRound"]>>;

  before(async () => {
    const { fx } = h;
    // a round the node has proposed and not finalized: its result slashes the dishonest validator
    slashing = await fx.proposeSlashingRound();
    await fx.mined(mint(fx.wallet(ACCOUNTS.governance), { addresses: fx.addresses, to: fx.address(DELEGATOR), amount: 100n * TOKEN }));
  });

  it("shows the pending slash, blocks delegating until the warning is acknowledged, then delegates exactly the amount", async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const vault = fx.net.c.vault;
    const op = slashing.slashed.address;
    const me = fx.address(DELEGATOR);
    // the chain: one live proposal locks the operator's withdrawals (what the app counts as a pending slash)
    expect(await client.readContract({ ...vault, functionName: "pendingSlashes", args: [op] })).to.equal(1n);
    // (the fixture's finalized rounds slashed it before: each locked at its proposal and unlocked at its finalization)
    const [locked, unlocked] = await Promise.all([
      client.getContractEvents({ ...vault, eventName: "WithdrawalsLocked", args: { operator: op }, fromBlock: fx.fromBlock, strict: true }),
      client.getContractEvents({ ...vault, eventName: "WithdrawalsUnlocked", args: { operator: op }, fromBlock: fx.fromBlock, strict: true }),
    ]);
    expect(locked.length - unlocked.length).to.equal(1);
    expect(locked.at(-1)!.args.pendingSlashes).to.equal(1n);
    expect(locked.at(-1)!.blockNumber > unlocked.at(-1)!.blockNumber).to.equal(true);
    expect((await getRoundStatus(client, { addresses: fx.addresses, taskId: slashing.taskId, round: slashing.round, fromBlock: fx.fromBlock })).status).to.equal(RoundStatus.Proposed);

    const amount = parseUnits("25", 18);
    const [symbol, balanceBefore, positionBefore, poolBefore, expectedShares] = await Promise.all([
      client.readContract({ ...fx.net.c.token, functionName: "symbol" }),
      tokenBalance(fx, me),
      getPosition(client, { addresses: fx.addresses, operator: op, account: me }),
      client.readContract({ ...vault, functionName: "stakeOf", args: [op] }),
      client.readContract({ ...vault, functionName: "previewStake", args: [op, amount] }),
    ]);
    expect(balanceBefore).to.equal(100n * TOKEN);

    const { page, wallet } = await h.open(DELEGATOR, `#/operator/${op}`);
    await page.getByTestId("stake-warning-slash").waitFor();
    expect(await page.getByTestId("stake-warning-slash").textContent()).to.equal(
      "This operator has 1 pending slash(es): a proposed round result would cut its pool, and withdrawals wait until it settles.",
    );
    expect(await page.getByTestId("operator-slashes").textContent()).to.match(/, 1 pending$/);
    // the operator has no staged commission increase: the slash is the only warning
    expect(await page.getByTestId("stake-warning-commission").count()).to.equal(0);

    await page.getByTestId("stake-amount").fill("25");
    expect(await page.getByTestId("stake-submit").isDisabled()).to.equal(true);
    expect(await page.getByTestId("stake-submit-reason").textContent()).to.equal("Confirm that you read the warning above.");
    expect(signingRequests(wallet)).to.deep.equal([]);
    await page.getByTestId("stake-ack").check();
    expect(await page.getByTestId("stake-submit").isEnabled()).to.equal(true);

    const states = await recordFlow(page, "stake");
    await page.getByTestId("stake-submit").click();
    await page.waitForFunction(`document.querySelector('[data-testid="tx-stake"]')?.getAttribute("data-state") === "confirmed"`, undefined, { timeout: 30_000 });
    const [staked] = await client.getContractEvents({ ...vault, eventName: "Staked", args: { operator: op, account: me }, fromBlock: fx.fromBlock, strict: true });
    expect(staked!.args.assets).to.equal(amount);
    expect(staked!.args.shares).to.equal(expectedShares);
    const hash = staked!.transactionHash.slice(0, 10);
    const step = "sign the permit, then send stakeWithPermit";
    expect(await states()).to.deep.equal([
      { state: "idle", message: "" },
      { state: "signing", message: `Waiting for signature in your wallet: ${step}.` },
      { state: "pending", message: `Pending: ${step}, transaction ${hash}… sent; waiting for it to be mined.` },
      { state: "confirmed", message: `Confirmed: transaction ${hash}… mined. Staked 25 ${symbol} with operator ${shortAddress(op)} by permit (one signature, one transaction).` },
    ]);
    expect(signingRequests(wallet)).to.deep.equal(["eth_signTypedData_v4", "eth_sendTransaction"]);

    const [balanceAfter, positionAfter, poolAfter, pendingAfter] = await Promise.all([
      tokenBalance(fx, me),
      getPosition(client, { addresses: fx.addresses, operator: op, account: me }),
      client.readContract({ ...vault, functionName: "stakeOf", args: [op] }),
      client.readContract({ ...vault, functionName: "pendingSlashes", args: [op] }),
    ]);
    expect(balanceBefore - balanceAfter).to.equal(amount);
    expect(positionAfter.shares - positionBefore.shares).to.equal(expectedShares);
    expect(poolAfter - poolBefore).to.equal(amount);
    // staking neither settles nor adds a slash: the warning stays, and the form asks again for the next stake
    expect(pendingAfter).to.equal(1n);
    expect(await page.getByTestId("stake-ack").isChecked()).to.equal(false);
    await page.getByTestId("stake-warning-slash").waitFor();
  });
});
