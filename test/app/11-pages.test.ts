import { expect } from "chai";
import type { Page } from "playwright-core";
import { ACCOUNTS } from "./fixture";
import { screenshot, seriousViolations } from "./helpers";
import { startHarness, waitForAttr, type Harness } from "./session";

/** Each page of the app: its route, who looks at it, and what shows once its data loaded. */
type PageCase = { name: string; route: (h: Harness) => string; account: number; ready: (page: Page, h: Harness) => Promise<void> };

const PAGES: PageCase[] = [
  { name: "operators", route: () => "#/operators", account: ACCOUNTS.claimAll, ready: (p) => p.getByTestId("operators-table").waitFor() },
  {
    name: "operator",
    route: (h) => `#/operator/${h.fx.stagedCommission.operator}`,
    account: ACCOUNTS.newcomer,
    ready: async (p) => {
      await p.getByTestId("operator-page").waitFor();
      await p.getByTestId("chart-rewards").waitFor();
      await p.getByTestId("stake-balance").waitFor();
    },
  },
  { name: "stake", route: () => "#/stake", account: ACCOUNTS.claimAll, ready: (p) => p.getByTestId("requests-table").waitFor() },
  { name: "rewards", route: () => "#/rewards", account: ACCOUNTS.claimAll, ready: (p, h) => waitForAttr(p, `claim-row-${h.fx.tasks.b}`, "data-state", "verified") },
  { name: "tasks", route: () => "#/tasks", account: ACCOUNTS.creator, ready: (p, h) => p.getByTestId(`creator-task-${h.fx.tasks.cancellable}`).waitFor() },
];

describe("app: every page passes axe-core (0 serious or critical) and is photographed to docs/app/ (issue 8, item 8)", function () {
  this.timeout(300_000);
  let h: Harness;
  before(async function () {
    h = await startHarness(this);
  });
  after(async () => h?.close());

  for (const c of PAGES) {
    it(`${c.name}: connected, axe finds no serious or critical violation; screenshot docs/app/${c.name}.png`, async () => {
      const { page } = await h.open(c.account, c.route(h));
      await c.ready(page, h);
      await page.waitForTimeout(500); // charts finish their entry animation
      expect(await seriousViolations(page)).to.deep.equal([]);
      await screenshot(page, c.name);
    });
  }

  for (const c of PAGES) {
    it(`${c.name}: read-only (no wallet), axe finds no serious or critical violation`, async () => {
      const { page } = await h.open(c.account, c.route(h), { connect: false });
      await page.getByTestId("readonly-banner").waitFor();
      if (c.name === "operators" || c.name === "operator") await c.ready(page, h).catch(() => undefined);
      await page.waitForTimeout(500);
      expect(await seriousViolations(page)).to.deep.equal([]);
      if (c.name === "operators") await screenshot(page, "readonly");
    });
  }
});
