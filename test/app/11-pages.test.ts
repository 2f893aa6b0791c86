import { expect } from "chai";
import type { Page } from "playwright-core";
import { ACCOUNTS } from "./fixture";
import { screenshot, seriousViolations } from "./helpers";
import { useHarness, waitForAttr, type Harness, type User } from "./session";

/** Each page of the app: its route, and what shows once its data loaded (connected / read-only). */
type PageCase = { name: string; route: (h: Harness) => string; ready: (page: Page, h: Harness) => Promise<void>; readOnlyReady: (page: Page, h: Harness) => Promise<void> };

const PAGES: PageCase[] = [
  { name: "operators", route: () => "#/operators", ready: (p) => p.getByTestId("operators-table").waitFor(), readOnlyReady: (p) => p.getByTestId("operators-table").waitFor() },
  {
    name: "operator",
    route: (h) => `#/operator/${h.fx.stagedCommission.operator}`,
    ready: async (p) => {
      await p.getByTestId("chart-rewards").waitFor();
      await p.getByTestId("stake-warning-commission").waitFor();
    },
    readOnlyReady: (p) => p.getByTestId("chart-rewards").waitFor(),
  },
  { name: "stake", route: () => "#/stake", ready: (p) => p.getByTestId("requests-table").waitFor(), readOnlyReady: (p) => p.getByTestId("stake-readonly").waitFor() },
  { name: "rewards", route: () => "#/rewards", ready: (p, h) => waitForAttr(p, `claim-row-${h.fx.tasks.b}`, "data-state", "verified"), readOnlyReady: (p) => p.getByTestId("rewards-readonly").waitFor() },
  { name: "tasks", route: () => "#/tasks", ready: (p) => p.getByTestId("tasks-table").waitFor(), readOnlyReady: (p) => p.getByTestId("tasks-table").waitFor() },
];

describe("app: every page passes axe-core (0 serious or critical) and is photographed to docs/app/ (issue 8, item 8)", function () {
  this.timeout(300_000);
  const h = useHarness();
  let connected: User;
  let creator: User;
  let readOnly: User;
  before(async () => {
    // one user per view, moving between pages by their hash routes as a person does (the app keeps its cache)
    [connected, creator, readOnly] = await Promise.all([
      h.open(ACCOUNTS.claimAll, "#/operators"),
      h.open(ACCOUNTS.creator, "#/tasks"),
      h.open(ACCOUNTS.claimAll, "#/operators", { connect: false }),
    ]);
  });

  for (const c of PAGES) {
    it(`${c.name}: connected, axe finds no serious or critical violation; screenshot docs/app/${c.name}.png`, async () => {
      // the tasks page is shown to the creator of the tasks (their cancel / refund cards)
      const { page } = c.name === "tasks" ? creator : connected;
      await page.goto(`${h.server.url}/${c.route(h)}`);
      await c.ready(page, h);
      if (c.name === "tasks") await page.getByTestId(`creator-task-${h.fx.tasks.cancellable}`).waitFor();
      await page.waitForTimeout(400); // charts finish their entry animation
      expect(await seriousViolations(page)).to.deep.equal([]);
      await screenshot(page, c.name);
    });
  }

  for (const c of PAGES) {
    it(`${c.name}: read-only (no wallet), axe finds no serious or critical violation`, async () => {
      const { page } = readOnly;
      await page.goto(`${h.server.url}/${c.route(h)}`);
      await page.getByTestId("readonly-banner").waitFor();
      await c.readOnlyReady(page, h);
      await page.waitForTimeout(400);
      expect(await seriousViolations(page)).to.deep.equal([]);
      if (c.name === "operators") await screenshot(page, "readonly");
    });
  }
});
