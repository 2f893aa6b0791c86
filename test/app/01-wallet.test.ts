import { expect } from "chai";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { encodeFunctionData, hashTypedData, recoverMessageAddress, recoverTypedDataAddress, type Hex } from "viem";
import { aerieTestTokenAbi, getBalance, stakingVaultAbi } from "../../src/sdk";
import { ACCOUNTS, sharedAppFixture, TOKEN, type AppFixture } from "./fixture";
import { launchChromium, runtimeConfig, serveApp, type AppServer } from "./helpers";
import { installTestWallet, TEST_WALLET_NAME, TEST_WALLET_RDNS, type TestWallet } from "./wallet";
import { removeTempDir, tempDir } from "../shared/tempDir";

/** Calls `window.ethereum.request` in the page; resolves with `{result}` or the thrown `{code, message, data}`. */
function request(page: Page, method: string, params: unknown[] = []): Promise<{ result?: unknown; code?: number; message?: string; data?: unknown }> {
  return page.evaluate(
    async ([m, p]) => {
      const eth = (globalThis as unknown as { ethereum: { request(a: { method: string; params: unknown[] }): Promise<unknown> } }).ethereum;
      try {
        return { result: await eth.request({ method: m, params: p }) };
      } catch (e) {
        const err = e as { code?: number; message?: string; data?: unknown };
        return { code: err.code, message: err.message, data: err.data };
      }
    },
    [method, params] as const,
  );
}

describe("app: the test wallet (EIP-1193 + EIP-6963, dev key on the Node side)", function () {
  this.timeout(300_000);
  let fx: AppFixture;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let wallet: TestWallet;
  let server: AppServer;
  let dir: string | undefined;

  before(async () => {
    [fx, browser] = await Promise.all([sharedAppFixture(), launchChromium()]);
    dir = tempDir("aerie-blank-");
    writeFileSync(join(dir, "index.html"), "<!doctype html><html lang=en><title>blank</title><main>blank</main></html>");
    server = await serveApp(dir, runtimeConfig(fx), fx.nodeUrl);
  });
  beforeEach(async () => {
    context = await browser.newContext();
    wallet = await installTestWallet(context, { rpcUrl: fx.rpcUrl, chainId: fx.chainId, key: fx.key(ACCOUNTS.governance) });
    page = await context.newPage();
    await page.goto(server.url);
  });
  afterEach(() => context.close());
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) removeTempDir(dir);
  });

  it("announces itself by EIP-6963 on request and sets window.ethereum", async () => {
    const infos = await page.evaluate(
      () =>
        new Promise<{ name: string; rdns: string }[]>((resolve) => {
          const g = globalThis as unknown as { addEventListener(t: string, f: (e: { detail: { info: { name: string; rdns: string } } }) => void): void; dispatchEvent(e: unknown): void; Event: new (t: string) => unknown };
          const seen: { name: string; rdns: string }[] = [];
          g.addEventListener("eip6963:announceProvider", (e) => seen.push({ name: e.detail.info.name, rdns: e.detail.info.rdns }));
          g.dispatchEvent(new g.Event("eip6963:requestProvider"));
          setTimeout(() => resolve(seen), 50);
        }),
    );
    expect(infos).to.deep.equal([{ name: TEST_WALLET_NAME, rdns: TEST_WALLET_RDNS }]);
    expect(await page.evaluate(() => (globalThis as unknown as { ethereum?: { isAerieTestWallet?: boolean } }).ethereum?.isAerieTestWallet)).to.equal(true);
  });

  it("has no account until eth_requestAccounts, then the dev key's address", async () => {
    expect(await request(page, "eth_accounts")).to.deep.equal({ result: [] });
    expect(await request(page, "eth_requestAccounts")).to.deep.equal({ result: [wallet.address] });
    expect(await request(page, "eth_accounts")).to.deep.equal({ result: [wallet.address] });
  });

  it("forwards reads to the hardhat node (eth_chainId, eth_call)", async () => {
    expect(await request(page, "eth_chainId")).to.deep.equal({ result: "0x7a69" });
    const data = encodeFunctionData({ abi: stakingVaultAbi, functionName: "UNBONDING_PERIOD" });
    const answer = await request(page, "eth_call", [{ to: fx.addresses.stakingVault, data }, "latest"]);
    expect(BigInt(answer.result as Hex)).to.equal(1_209_600n);
  });

  it("signs personal_sign and eth_signTypedData_v4 with the dev key", async () => {
    await request(page, "eth_requestAccounts");
    const message = "0x68656c6c6f"; // "hello"
    const sig = (await request(page, "personal_sign", [message, wallet.address])).result as Hex;
    expect(await recoverMessageAddress({ message: { raw: message }, signature: sig })).to.equal(wallet.address);
    const typed = {
      domain: { name: "Aerie Test Token", version: "1", chainId: fx.chainId, verifyingContract: fx.addresses.token },
      types: {
        EIP712Domain: [
          { name: "name", type: "string" },
          { name: "version", type: "string" },
          { name: "chainId", type: "uint256" },
          { name: "verifyingContract", type: "address" },
        ],
        Permit: [
          { name: "owner", type: "address" },
          { name: "spender", type: "address" },
          { name: "value", type: "uint256" },
          { name: "nonce", type: "uint256" },
          { name: "deadline", type: "uint256" },
        ],
      },
      primaryType: "Permit",
      message: { owner: wallet.address, spender: fx.addresses.stakingVault, value: "1000000000000000000", nonce: "0", deadline: "99999999999" },
    } as const;
    const typedSig = (await request(page, "eth_signTypedData_v4", [wallet.address, JSON.stringify(typed)])).result as Hex;
    const { EIP712Domain: _d, ...types } = typed.types;
    const parsed = { ...typed, types, message: { ...typed.message, value: 10n ** 18n, nonce: 0n, deadline: 99_999_999_999n } };
    expect(hashTypedData(parsed)).to.match(/^0x[0-9a-f]{64}$/);
    expect(await recoverTypedDataAddress({ ...parsed, signature: typedSig })).to.equal(wallet.address);
  });

  it("sends a transaction signed with the dev key (a mint of exactly 7 tokens)", async () => {
    await request(page, "eth_requestAccounts");
    const to = fx.address(19);
    const before = await getBalance(fx.net.ctx.publicClient, { addresses: fx.addresses, account: to });
    const data = encodeFunctionData({ abi: aerieTestTokenAbi, functionName: "mint", args: [to, 7n * TOKEN] });
    const hash = (await request(page, "eth_sendTransaction", [{ from: wallet.address, to: fx.addresses.token, data }])).result as Hex;
    const receipt = await fx.net.ctx.publicClient.waitForTransactionReceipt({ hash });
    expect(receipt.status).to.equal("success");
    expect(receipt.from.toLowerCase()).to.equal(wallet.address.toLowerCase());
    expect((await getBalance(fx.net.ctx.publicClient, { addresses: fx.addresses, account: to })) - before).to.equal(7n * TOKEN);
  });

  it("answers a reverting transaction with the node's error and its revert data (nothing sent)", async () => {
    await request(page, "eth_requestAccounts");
    const nonceBefore = await fx.net.ctx.publicClient.getTransactionCount({ address: wallet.address });
    const data = encodeFunctionData({ abi: stakingVaultAbi, functionName: "withdraw", args: [[999n]] });
    const answer = await request(page, "eth_sendTransaction", [{ from: wallet.address, to: fx.addresses.stakingVault, data }]);
    expect(answer.result).to.equal(undefined);
    // StakingVaultUnknownRequest(999): selector + uint256
    expect(answer.data).to.be.a("string").that.matches(/^0x[0-9a-f]{8}0{61}3e7$/);
    expect(await fx.net.ctx.publicClient.getTransactionCount({ address: wallet.address })).to.equal(nonceBefore);
  });

  it("refuses the next signature with code 4001 when told to, then signs again", async () => {
    await request(page, "eth_requestAccounts");
    wallet.rejectNextSignature();
    expect(await request(page, "personal_sign", ["0x01", wallet.address])).to.deep.include({ code: 4001, message: "User rejected the request." });
    expect((await request(page, "personal_sign", ["0x01", wallet.address])).result).to.match(/^0x[0-9a-f]{130}$/);
  });

  it("reports a wrong chain (chainChanged emitted) until wallet_switchEthereumChain to the real one", async () => {
    await page.evaluate(() => {
      const g = globalThis as unknown as { ethereum: { on(e: string, f: (id: string) => void): void }; seenChains: string[] };
      g.seenChains = [];
      g.ethereum.on("chainChanged", (id) => g.seenChains.push(id));
    });
    await wallet.reportChain(8453);
    expect(await request(page, "eth_chainId")).to.deep.equal({ result: "0x2105" });
    expect(await request(page, "wallet_switchEthereumChain", [{ chainId: "0x1" }])).to.deep.include({ code: 4902 });
    expect(await request(page, "wallet_switchEthereumChain", [{ chainId: "0x7a69" }])).to.deep.equal({ result: null });
    expect(await request(page, "eth_chainId")).to.deep.equal({ result: "0x7a69" });
    expect(await page.evaluate(() => (globalThis as unknown as { seenChains: string[] }).seenChains)).to.deep.equal(["0x2105", "0x7a69"]);
  });
});
