import { expect } from "chai";
import { ACCOUNTS } from "./fixture";
import { attr, connect, useHarness } from "./session";
import { installTestWallet, TEST_WALLET_RDNS } from "./wallet";

describe("app: connect, read-only mode and the wrong chain (issue 8, items 2 and 8)", function () {
  this.timeout(300_000);
  const h = useHarness();

  it("connects the EIP-6963 test wallet: the header shows its address, the read-only notice goes", async () => {
    const { page, wallet } = await h.open(ACCOUNTS.claimAll, "#/stake", { connect: false });
    await page.getByTestId("readonly-banner").waitFor();
    // the 6963 announcement wins over the window.ethereum fallback
    expect(await page.getByTestId("wallet-connect-injected").count()).to.equal(0);
    await connect(page, wallet);
    expect(await page.getByTestId("readonly-banner").count()).to.equal(0);
    await page.getByTestId("positions-table").waitFor();
    expect(wallet.requests.map((r) => r.method)).to.include("eth_requestAccounts");
    await page.getByTestId("wallet-disconnect").click();
    await page.getByTestId("readonly-banner").waitFor();
    await page.getByTestId(`wallet-connect-${TEST_WALLET_RDNS}`).waitFor();
  });

  it("a wallet that only sets window.ethereum (no EIP-6963 announcement) connects through the injected fallback", async () => {
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const wallet = await installTestWallet(context, { rpcUrl: h.fx.rpcUrl, chainId: h.fx.chainId, key: h.fx.key(ACCOUNTS.claimAll), eip6963: false });
      const page = await context.newPage();
      await page.goto(`${h.server.url}/#/stake`);
      await page.getByTestId("wallet-connect-injected").click();
      expect(await attr(page, "wallet-address", "data-address")).to.equal(wallet.address);
      expect(await page.getByTestId(`wallet-connect-${TEST_WALLET_RDNS}`).count()).to.equal(0);
      await page.getByTestId("positions-table").waitFor();
      expect(wallet.requests.map((r) => r.method)).to.include("eth_requestAccounts");
    } finally {
      await context.close();
    }
  });

  it("read-only: with no wallet connected every page reads the chain and offers no action", async () => {
    const { page, wallet } = await h.open(ACCOUNTS.claimAll, "#/operators", { connect: false });
    await page.getByTestId("readonly-banner").waitFor();
    expect(await attr(page, "operators-table", "data-count")).to.equal(String(h.fx.operators.size));
    const t2 = h.fx.stagedCommission.operator.toLowerCase();
    await page.getByTestId(`operator-row-${t2}`).getByTestId("cell-commission-staged").waitFor();
    for (const [route, id] of [["#/stake", "stake-readonly"], ["#/rewards", "rewards-readonly"], ["#/tasks", "tasks-readonly"]] as const) {
      await page.goto(`${h.server.url}/${route}`);
      await page.getByTestId(id).waitFor();
      await page.getByTestId("readonly-banner").waitFor();
    }
    await page.goto(`${h.server.url}/#/operator/${h.fx.operators.get("T1")!.address}`);
    await page.getByTestId("operator-page").waitFor();
    const submit = page.getByTestId("stake-submit");
    expect(await submit.isDisabled()).to.equal(true);
    expect((await page.getByTestId("stake-submit-reason").textContent())!.toLowerCase()).to.contain("connect");
    expect(wallet.requests.filter((r) => r.method !== "eth_accounts" && r.method !== "eth_chainId" && r.method !== "wallet_getPermissions").map((r) => r.method)).to.deep.equal([]);
  });

  it("a wallet on another chain gets the switch offered; switching ends the warning", async () => {
    const { page, wallet } = await h.open(ACCOUNTS.claimAll, "#/stake");
    await wallet.reportChain(8453);
    await page.getByTestId("chain-wrong").waitFor();
    await page.getByTestId("chain-switch").click();
    await page.getByTestId("chain-wrong").waitFor({ state: "detached" });
    expect(wallet.reportedChain()).to.equal(h.fx.chainId);
    const switches = wallet.requests.filter((r) => r.method === "wallet_switchEthereumChain");
    expect(switches.map((r) => r.params)).to.deep.equal([[{ chainId: "0x7a69" }]]);
  });
});
