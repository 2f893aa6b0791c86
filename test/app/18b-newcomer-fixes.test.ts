import { expect } from "chai";
import { formatUnits, parseUnits } from "viem";
import { approve, getAllowance, getPosition, mint } from "../../src/sdk";
import { ACCOUNTS } from "./fixture";
import { flowResult, useHarness } from "./session";

/** An account no other scenario uses (it gets its tokens here). */
const FRESH = 19;

// The last newcomer run's findings (issue 8), each as the page shows it now.
describe("app: the newcomer run's findings (issue 8)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("a reload between approve and stake: the page finds the approval, says what it was for, and continuing stakes exactly that", async () => {
    const { fx } = h;
    const me = fx.address(FRESH);
    const t1 = fx.operators.get("T1")!.address;
    const amount = parseUnits("10", 18);
    await fx.mined(mint(fx.wallet(ACCOUNTS.governance), { addresses: fx.addresses, to: me, amount: parseUnits("100", 18) }));
    // the approve step of "approve, then stake" went through, and the page was reloaded before the stake
    await fx.mined(approve(fx.wallet(FRESH), { addresses: fx.addresses, spender: fx.addresses.stakingVault, amount }));
    const { page } = await h.open(FRESH, "#/stake");
    await page.evaluate(
      ([key, value]) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem(key, value),
      [`aerie:pending-stake:${fx.chainId}:${me.toLowerCase()}`, JSON.stringify({ operator: t1, amount: amount.toString() })] as const,
    );
    await page.reload();
    await page.getByTestId("allowance-left").waitFor();
    expect(await page.getByTestId("allowance-left").locator("[data-wei]").first().getAttribute("data-wei")).to.equal(amount.toString());
    expect(await page.getByTestId("allowance-continue").textContent()).to.equal(`Continue: stake 10 AERT`.replace("AERT", await symbol()));
    const before = await getPosition(fx.net.ctx.publicClient, { addresses: fx.addresses, operator: t1, account: me });
    await page.getByTestId("allowance-continue").click();
    const result = await flowResult(page, "allowance");
    expect(result.state, result.message).to.equal("confirmed");
    expect(result.message).to.contain(`Staked 10 ${await symbol()} with operator ${t1.slice(0, 6)}…${t1.slice(-4)}.`);
    const after = await getPosition(fx.net.ctx.publicClient, { addresses: fx.addresses, operator: t1, account: me });
    expect(after.assets - before.assets >= amount - 1n && after.assets - before.assets <= amount).to.equal(true);
    expect(await getAllowance(fx.net.ctx.publicClient, { addresses: fx.addresses, owner: me, spender: fx.addresses.stakingVault })).to.equal(0n);
    await page.getByTestId("allowance-left").waitFor({ state: "detached" });
  });

  it("an approval with no stake recorded is reported and can be revoked (allowance back to 0)", async () => {
    const { fx } = h;
    const me = fx.address(FRESH);
    await fx.mined(approve(fx.wallet(FRESH), { addresses: fx.addresses, spender: fx.addresses.stakingVault, amount: parseUnits("5", 18) }));
    const { page } = await h.open(FRESH, "#/stake");
    await page.getByTestId("allowance-left").waitFor();
    expect(await page.getByTestId("allowance-continue").count()).to.equal(0);
    await page.getByTestId("allowance-revoke").click();
    const result = await flowResult(page, "allowance");
    expect(result.state, result.message).to.equal("confirmed");
    expect(await getAllowance(fx.net.ctx.publicClient, { addresses: fx.addresses, owner: me, spender: fx.addresses.stakingVault })).to.equal(0n);
  });

  it("a refused chain switch says so in a sentence, with no leading space", async () => {
    const { page, wallet } = await h.open(ACCOUNTS.claimAll, "#/operators");
    await wallet.reportChain(8453);
    await page.getByTestId("chain-wrong").waitFor();
    wallet.refuseNextSwitch("User rejected the request.");
    await page.getByTestId("chain-switch").click();
    await page.getByTestId("chain-switch-error").waitFor();
    expect(await page.getByTestId("chain-switch-error").textContent()).to.equal("You declined the switch in your wallet: nothing changed. Press the button again to switch.");
    await page.getByTestId("chain-switch").click();
    await page.getByTestId("chain-wrong").waitFor({ state: "detached" });
  });

  it("shares are shown in token-like units (raw shares in data-value and the title)", async () => {
    const { fx } = h;
    const me = fx.address(FRESH);
    const t1 = fx.operators.get("T1")!.address;
    const { page } = await h.open(FRESH, "#/stake");
    const cell = page.getByTestId(`position-row-${t1.toLowerCase()}`).getByTestId("position-shares");
    await cell.waitFor();
    const shares = (await getPosition(fx.net.ctx.publicClient, { addresses: fx.addresses, operator: t1, account: me })).shares;
    expect(await cell.getAttribute("data-value")).to.equal(shares.toString());
    const units = formatUnits(shares, 24);
    const [int, frac = ""] = units.split(".");
    expect(await cell.textContent()).to.equal(`${int}${frac.slice(0, 4).replace(/0+$/, "") ? `.${frac.slice(0, 4).replace(/0+$/, "")}` : ""}${frac.length > 4 && /[1-9]/.test(frac.slice(4)) ? "…" : ""}`);
    expect(await page.getByRole("columnheader", { name: /Shares \(×10\^24\)/ }).count()).to.equal(1);
  });

  it("the operators table scrolls sideways on a 375 px wide screen instead of being clipped", async () => {
    const { page } = await h.open(ACCOUNTS.newcomer, "#/operators", { connect: false });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByTestId("operators-table").waitFor();
    const m = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number }; querySelector(s: string): { scrollWidth: number; clientWidth: number; scrollLeft: number; scrollTo(x: number, y: number): void; getBoundingClientRect(): { right: number } } | null } }).document;
      const wrap = d.querySelector(".table-wrap")!;
      wrap.scrollTo(10_000, 0);
      return { page: d.documentElement.scrollWidth, viewport: d.documentElement.clientWidth, wrapScroll: wrap.scrollWidth, wrapClient: wrap.clientWidth, left: wrap.scrollLeft, right: wrap.getBoundingClientRect().right };
    });
    const wide = await page.evaluate(() => {
      const d = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ tagName: string; className: string; getAttribute(n: string): string | null; getBoundingClientRect(): { right: number; width: number }; closest(s: string): unknown }> } }).document;
      return Array.from(d.querySelectorAll("body *"))
        .filter((e) => e.getBoundingClientRect().right > 376 && !e.closest(".table-wrap *"))
        .slice(0, 8)
        .map((e) => `${e.tagName}.${e.className}[${e.getAttribute("data-testid") ?? ""}] ${Math.round(e.getBoundingClientRect().width)}`);
    });
    expect(m.page, `the page itself does not overflow; wider than the screen: ${wide.join(", ")}`).to.be.at.most(m.viewport);
    expect(m.wrapScroll > m.wrapClient, "the table is wider than the screen").to.equal(true);
    expect(m.left, "and scrolls to its last column").to.equal(m.wrapScroll - m.wrapClient);
    expect(m.right).to.be.at.most(375);
    await page.getByTestId("operators-sort-yield").scrollIntoViewIfNeeded();
    expect(await page.getByTestId("operators-sort-yield").isVisible()).to.equal(true);
  });

  it("an operator leaves a task: V2 leaves task B, the chain records TaskLeft with its role, and the page says so", async () => {
    const { fx } = h;
    const v2 = fx.operators.get("V2")!;
    const task = fx.tasks.b;
    const { page } = await h.open(v2.account, "#/tasks");
    await page.getByTestId(`task-role-${task}`).waitFor();
    expect(await page.getByTestId(`task-role-${task}`).textContent()).to.equal("joined as validator");
    const from = await fx.net.ctx.publicClient.getBlockNumber();
    await page.getByTestId(`task-leave-${task}`).click();
    const result = await flowResult(page, "join");
    expect(result.state, result.message).to.equal("confirmed");
    expect(result.message).to.contain(`Left task ${task}, where you were a validator.`);
    const left = await fx.net.ctx.publicClient.getContractEvents({ ...fx.net.c.registry, eventName: "TaskLeft", fromBlock: from + 1n });
    expect(left.map((e) => e.args)).to.deep.equal([{ taskId: task, operator: v2.address, role: 2 }]);
    await page.getByTestId(`task-join-${task}`).waitFor();
    expect(await page.getByTestId(`task-participation-${task}`).textContent()).to.match(new RegExp(`^Task #${task}: not joined`));
  });

  async function symbol(): Promise<string> {
    return h.fx.net.ctx.publicClient.readContract({ ...h.fx.net.c.token, functionName: "symbol" });
  }
});
