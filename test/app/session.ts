// One browser per scenario file, one context per user: the built app served against the shared fixture, the test
// wallet holding a Hardhat dev key, and the waits the scenarios repeat (connect, a flow's final state, exact wei).
import { expect } from "chai";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { getBalance } from "../../src/sdk";
import { sharedAppFixture, type AppFixture } from "./fixture";
import { appExists, buildApp, launchChromium, runtimeConfig, serveApp, type AppServer } from "./helpers";
import { installTestWallet, TEST_WALLET_RDNS, type TestWallet } from "./wallet";

/** How long a UI state may take to appear (the app polls the chain every few seconds), ms. */
export const UI_TIMEOUT = 30_000;

/** A user in the app: their page, wallet and context. */
export type User = { context: BrowserContext; page: Page; wallet: TestWallet };

/** The per-file harness: the fixture, one Chromium and the served build. */
export type Harness = {
  fx: AppFixture;
  browser: Browser;
  server: AppServer;
  /** Opens the app at `route` (hash route, e.g. `#/stake`) as Hardhat account `account`; connects unless `connect: false`. */
  open(account: number, route: string, options?: { connect?: boolean }): Promise<User>;
  close(): Promise<void>;
};

let served: Promise<{ dist: string }> | undefined;

/**
 * Starts the harness of a scenario file (mocha `before`): the shared fixture and the app build (both once per run),
 * Chromium and a static server. Skips the file, with a note, when the app is not in the tree.
 */
export async function startHarness(ctx: Mocha.Context): Promise<Harness> {
  if (!appExists()) ctx.skip(); // note: app/ comes from the `app` branch; without it there is no page to test
  served ??= buildApp().then((dist) => ({ dist }));
  const [fx, { dist }, browser] = await Promise.all([sharedAppFixture(), served, launchChromium()]);
  const server = await serveApp(dist, runtimeConfig(fx), fx.nodeUrl);
  const contexts: BrowserContext[] = [];
  return {
    fx,
    browser,
    server,
    async open(account, route, options = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const wallet = await installTestWallet(context, { rpcUrl: fx.rpcUrl, chainId: fx.chainId, key: fx.key(account) });
      const page = await context.newPage();
      page.setDefaultTimeout(UI_TIMEOUT);
      await page.goto(`${server.url}/${route}`);
      if (options.connect !== false) await connect(page, wallet);
      return { context, page, wallet };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Registers the file's harness in the current `describe` (started in `before`, closed in `after`) and returns it;
 * its fields are usable inside tests and later hooks.
 */
export function useHarness(): Harness {
  let h: Harness | undefined;
  before(async function () {
    h = await startHarness(this);
  });
  after(async () => h?.close());
  const current = (): Harness => {
    if (!h) throw new Error("the harness is used before its before hook ran");
    return h;
  };
  return {
    get fx() {
      return current().fx;
    },
    get browser() {
      return current().browser;
    },
    get server() {
      return current().server;
    },
    open: (account, route, options) => current().open(account, route, options),
    close: () => current().close(),
  };
}

/** Clicks the test wallet's EIP-6963 connect button and waits for the connected address. */
export async function connect(page: Page, wallet: TestWallet): Promise<void> {
  await page.getByTestId(`wallet-connect-${TEST_WALLET_RDNS}`).click();
  await expect(await attr(page, "wallet-address", "data-address")).to.equal(wallet.address);
}

/** Waits for `testid` and returns its attribute `name`. */
export async function attr(page: Page, testid: string, name: string): Promise<string> {
  const el = page.getByTestId(testid).first();
  await el.waitFor();
  const v = await el.getAttribute(name);
  if (v === null) throw new Error(`${testid} has no ${name} attribute`);
  return v;
}

/** The exact wei an `Amount` shows (`data-wei`). */
export async function weiOf(page: Page, testid: string): Promise<bigint> {
  return BigInt(await attr(page, testid, "data-wei"));
}

/** Waits until element `testid`'s attribute `name` equals `value` (the app refreshes on its own poll). */
export async function waitForAttr(page: Page, testid: string, name: string, value: string): Promise<void> {
  await page.waitForFunction(
    ([id, n, v]) => (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document.querySelector(`[data-testid="${id}"]`)?.getAttribute(n) === v,
    [testid, name, value] as const,
    { timeout: UI_TIMEOUT },
  );
}

/** Waits until element `testid`'s text equals `text` (e.g. a line that first says "Checking…" while the app simulates). */
export async function waitForText(page: Page, testid: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([id, t]) => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector(`[data-testid="${id}"]`)?.textContent === t,
    [testid, text] as const,
    { timeout: UI_TIMEOUT },
  );
}

/** Waits for flow `tx-<flow>` to end (confirmed, failed or rejected) and returns its final state and message. */
export async function flowResult(page: Page, flow: string): Promise<{ state: string; message: string; error: string | null }> {
  await page.waitForFunction(
    (id) => ["confirmed", "failed", "rejected"].includes((globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document.querySelector(`[data-testid="${id}"]`)?.getAttribute("data-state") ?? ""),
    `tx-${flow}`,
    { timeout: UI_TIMEOUT },
  );
  const state = (await page.getByTestId(`tx-${flow}`).getAttribute("data-state"))!;
  const message = (await page.getByTestId(`tx-${flow}-message`).textContent().catch(() => "")) ?? "";
  const error = state === "failed" ? await page.getByTestId(`tx-${flow}-error`).textContent() : null;
  return { state, message: message.trim(), error: error?.trim() ?? null };
}

/** The token balance of `account` on chain, wei. */
export function tokenBalance(fx: AppFixture, account: `0x${string}`): Promise<bigint> {
  return getBalance(fx.net.ctx.publicClient, { addresses: fx.addresses, account });
}

/** The signing requests the wallet received (transactions and signatures), by method. */
export function signingRequests(wallet: TestWallet): string[] {
  return wallet.requests.map((r) => r.method).filter((m) => ["eth_sendTransaction", "eth_signTypedData_v4", "personal_sign"].includes(m));
}

/**
 * Starts recording flow `tx-<flow>`'s states on the page (a MutationObserver: every state the status element
 * shows, however briefly, with its message); the returned function reads them, in order, repeats removed.
 */
export async function recordFlow(page: Page, flow: string): Promise<() => Promise<{ state: string; message: string }[]>> {
  const id = JSON.stringify(`tx-${flow}`);
  const key = JSON.stringify(`__aerieFlow_${flow}`);
  // page-side source as a string: the tests' tsconfig has no DOM types
  await page.evaluate(`(() => {
    const seen = [];
    window[${key}] = seen;
    const read = () => {
      const el = document.querySelector('[data-testid=' + JSON.stringify(${id}) + ']');
      if (!el) return;
      const msg = el.querySelector('[data-testid=' + JSON.stringify(${id} + "-message") + ']');
      const entry = { state: el.getAttribute("data-state") || "", message: (msg ? msg.textContent : "").trim() };
      const last = seen[seen.length - 1];
      if (!last || last.state !== entry.state || last.message !== entry.message) seen.push(entry);
    };
    read();
    new MutationObserver(read).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  })()`);
  return async () => (await page.evaluate(`window[${key}]`)) as { state: string; message: string }[];
}
