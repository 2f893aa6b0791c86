import { expect } from "chai";
import type { Address } from "viem";
import { bpsPercent, dateTime } from "../../app/src/lib/amount";
import { bundleFacts } from "../../app/src/lib/bundleFacts";
import { ACCOUNTS } from "./fixture";
import { attr, useHarness, waitForAttr } from "./session";

/** The wei of the first Amount inside a row's cell. */
async function cellWei(page: import("playwright-core").Page, operator: Address, cell: string): Promise<bigint> {
  const v = await page.getByTestId(`operator-row-${operator.toLowerCase()}`).getByTestId(cell).locator(".amount").first().getAttribute("data-wei");
  if (v === null) throw new Error(`${cell} of ${operator} shows no amount`);
  return BigInt(v);
}

describe("app: the operators table and an operator's page show the vault's values (issue 8, item 3)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("every row's stake, self-stake, delegated, delegators, commission (staged with its date), tasks with roles, slashes and rewards equal the chain's and the node's", async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const vault = fx.net.c.vault;
    const accounts = fx.net.ctx.wallets.map((w) => w.account.address);
    // rewards over the last rounds: the operators' rewards in the finalized rounds' bundles (tasks A and B, round 0)
    const bundles = await Promise.all(
      [fx.tasks.a, fx.tasks.b].map(async (t) => bundleFacts(await (await fetch(`${fx.nodeUrl}/v1/tasks/${t}/rounds/0/bundle`)).json())),
    );
    const { page } = await h.open(ACCOUNTS.newcomer, "#/operators", { connect: false });
    await page.getByTestId("operators-table").waitFor();
    expect(await attr(page, "operators-table", "data-count")).to.equal(String(fx.operators.size));
    for (const op of fx.operators.values()) {
      const a = op.address;
      const [stake, selfShares, commission, [pendingBps, effectiveAt], pendingSlashes, shares] = await Promise.all([
        client.readContract({ ...vault, functionName: "stakeOf", args: [a] }),
        client.readContract({ ...vault, functionName: "sharesOf", args: [a, a] }),
        client.readContract({ ...vault, functionName: "commissionOf", args: [a] }),
        client.readContract({ ...vault, functionName: "pendingCommission", args: [a] }),
        client.readContract({ ...vault, functionName: "pendingSlashes", args: [a] }),
        Promise.all(accounts.map((acc) => client.readContract({ ...vault, functionName: "sharesOf", args: [a, acc] }))),
      ]);
      const self = await client.readContract({ ...vault, functionName: "convertToAssets", args: [a, selfShares] });
      const row = page.getByTestId(`operator-row-${a.toLowerCase()}`);
      expect(await cellWei(page, a, "cell-stake"), `${op.name} stake`).to.equal(stake);
      expect(await cellWei(page, a, "cell-self"), `${op.name} self-stake`).to.equal(self);
      expect(await cellWei(page, a, "cell-delegated"), `${op.name} delegated`).to.equal(stake - self);
      const delegators = accounts.filter((acc, i) => acc !== a && shares[i]! > 0n).length;
      expect((await row.getByTestId("cell-delegators").textContent())!.trim(), `${op.name} delegators`).to.equal(String(delegators));
      const staged = pendingBps === 0n ? "" : ` → ${bpsPercent(pendingBps)} from ${dateTime(effectiveAt)}`;
      expect((await row.getByTestId("cell-commission").textContent())!.trim(), `${op.name} commission`).to.equal(`${bpsPercent(commission)}${staged}`);
      const role = op.role === "trainer" ? "trainer" : "validator";
      expect((await row.getByTestId("cell-tasks").textContent())!.trim(), `${op.name} tasks`).to.equal(`#${fx.tasks.a} ${role}, #${fx.tasks.b} ${role}`);
      const slashed = await client.getContractEvents({ ...vault, eventName: "Slashed", args: { operator: a }, fromBlock: fx.fromBlock });
      const slashText = (await row.getByTestId("cell-slashes").textContent())!.trim();
      if (slashed.length === 0) expect(slashText, `${op.name} slashes`).to.equal(pendingSlashes === 0n ? "none" : `none ${pendingSlashes} pending`);
      else {
        expect(slashText.startsWith(`${slashed.length} (`), `${op.name} slashes: ${slashText}`).to.equal(true);
        expect(await cellWei(page, a, "cell-slashes"), `${op.name} slashed wei`).to.equal(slashed.reduce((s, e) => s + e.args.activeCut! + e.args.unbondingCut!, 0n));
      }
      const rewards = bundles.reduce((s, b) => s + (b.operators.find((o) => o.operator === a)?.reward ?? 0n), 0n);
      expect(await cellWei(page, a, "cell-rewards"), `${op.name} rewards`).to.equal(rewards);
      if (op.role === "trainer") expect(rewards > 0n, `${op.name} earned in the finalized rounds`).to.equal(true);
    }
    // the staged increase the fixture made is one of them, dated
    const t2 = page.getByTestId(`operator-row-${fx.stagedCommission.operator.toLowerCase()}`);
    expect((await t2.getByTestId("cell-commission-staged").textContent())!.trim()).to.equal(`→ ${bpsPercent(fx.stagedCommission.bps)} from ${dateTime(fx.stagedCommission.effectiveAt)}`);
    // the yield is labelled an estimate, in the header and in each cell
    expect(await page.getByTestId("operators-sort-yield").textContent()).to.contain("(estimate)");
    const t1 = fx.operators.get("T1")!.address.toLowerCase();
    expect(await page.getByTestId(`operator-row-${t1}`).getByTestId("cell-yield").locator("span").getAttribute("title")).to.equal("estimate from finalized rounds");
  });

  it("sorts by any column both ways (stake: the vault's stakeOf order)", async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const ops = [...fx.operators.values()].map((o) => o.address);
    const stakes = await Promise.all(ops.map((a) => client.readContract({ ...fx.net.c.vault, functionName: "stakeOf", args: [a] })));
    const byStake = ops.map((a, i) => ({ a, s: stakes[i]! })).sort((x, y) => (x.s === y.s ? (x.a.toLowerCase() < y.a.toLowerCase() ? -1 : 1) : x.s > y.s ? -1 : 1)).map((x) => x.a);
    const { page } = await h.open(ACCOUNTS.newcomer, "#/operators", { connect: false });
    await page.getByTestId("operators-table").waitFor();
    const order = () => page.locator('[data-testid^="operator-row-"]').evaluateAll((rows) => rows.map((r) => (r as unknown as { getAttribute(n: string): string | null }).getAttribute("data-address")));
    // default: total stake, largest first
    expect(await page.getByTestId("operators-sort-stake").locator("xpath=..").getAttribute("aria-sort")).to.equal("descending");
    expect(await order()).to.deep.equal(byStake);
    await page.getByTestId("operators-sort-stake").click();
    expect(await page.getByTestId("operators-sort-stake").locator("xpath=..").getAttribute("aria-sort")).to.equal("ascending");
    const asc = [...ops].map((a, i) => ({ a, s: stakes[i]! })).sort((x, y) => (x.s === y.s ? (x.a.toLowerCase() < y.a.toLowerCase() ? -1 : 1) : x.s < y.s ? -1 : 1)).map((x) => x.a);
    expect(await order()).to.deep.equal(asc);
    await page.getByTestId("operators-sort-commission").click();
    const commissions = await Promise.all(ops.map((a) => client.readContract({ ...fx.net.c.vault, functionName: "commissionOf", args: [a] })));
    const shown = (await order()).map((a) => commissions[ops.indexOf(a as Address)]!);
    expect(shown).to.deep.equal([...shown].sort((x, y) => (x === y ? 0 : x > y ? -1 : 1)));
  });

  it("an operator's page charts its stake over time (one point per share change, then now), its rewards per round and its slashes", async () => {
    const { fx } = h;
    const t1 = fx.operators.get("T1")!.address;
    const changes = await fx.net.ctx.publicClient.getContractEvents({ ...fx.net.c.vault, eventName: "SharesChanged", args: { operator: t1 }, fromBlock: fx.fromBlock });
    const { page } = await h.open(ACCOUNTS.newcomer, `#/operator/${t1}`, { connect: false });
    await page.getByTestId("chart-stake").waitFor();
    expect(await attr(page, "chart-stake", "data-points")).to.equal(String(changes.length + 1));
    // one bar per finalized round (T1 is in every task that has one), once the node's bundles are in
    const finalized = await fx.net.ctx.publicClient.getContractEvents({ ...fx.net.c.settlement, eventName: "RoundFinalized", fromBlock: fx.fromBlock });
    expect(finalized.length >= 2).to.equal(true);
    await waitForAttr(page, "chart-rewards", "data-points", String(finalized.length));
    expect(await attr(page, "chart-slashes", "data-points")).to.equal("0");
    await page.getByTestId("chart-slashes-empty").waitFor();
    expect(await page.getByTestId("operator-stake").getAttribute("data-wei")).to.equal(String(await fx.net.ctx.publicClient.readContract({ ...fx.net.c.vault, functionName: "stakeOf", args: [t1] })));
  });
});
