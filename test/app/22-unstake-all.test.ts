import { expect } from "chai";
import { createWalletClient, formatUnits, http, parseUnits } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import { shortAddress } from "../../app/src/lib/amount";
import { approve, mint, stake } from "../../src/sdk";
import { ACCOUNTS } from "./fixture";
import { useHarness, waitForAttr } from "./session";

/** A Hardhat account no other scenario uses: holds one position, and unstakes all of it. */
const HOLDER = 23;

describe("app: 'Unstake all' keeps its confirmation on screen (newcomer finding 4)", function () {
  this.timeout(600_000);
  const h = useHarness();

  it("the position's row goes with the position; the page still shows the confirmation, and the request is listed", async () => {
    const { fx } = h;
    const client = fx.net.ctx.publicClient;
    const t3 = fx.operators.get("T3")!.address;
    const amount = parseUnits("30.5", 18);
    const holder = createWalletClient({ account: privateKeyToAccount(fx.key(HOLDER)), chain: fx.net.ctx.wallets[0]!.chain, transport: http(fx.rpcUrl) });
    await fx.mined(mint(fx.wallet(ACCOUNTS.governance), { addresses: fx.addresses, to: holder.account.address, amount }));
    await fx.mined(approve(holder, { addresses: fx.addresses, spender: fx.addresses.stakingVault, amount }));
    await fx.mined(stake(holder, { addresses: fx.addresses, operator: t3, amount }));
    const symbol = await client.readContract({ ...fx.net.c.token, functionName: "symbol" });
    const value = await client.readContract({ ...fx.net.c.vault, functionName: "convertToAssets", args: [t3, await client.readContract({ ...fx.net.c.vault, functionName: "sharesOf", args: [t3, holder.account.address] })] });

    const { page } = await h.open(HOLDER, "#/stake");
    const id = t3.toLowerCase();
    await page.getByTestId(`unstake-all-${id}`).click();
    await waitForAttr(page, "tx-unstake-all-done", "data-state", "confirmed");
    expect(await page.getByTestId(`position-row-${id}`).count()).to.equal(0);
    await page.getByTestId("positions-empty").waitFor();
    const requestId = (await client.readContract({ ...fx.net.c.vault, functionName: "nextRequestId" })) - 1n;
    const request = await client.readContract({ ...fx.net.c.vault, functionName: "getRequest", args: [requestId] });
    expect(request.owner).to.equal(holder.account.address);
    const hash = (await client.getContractEvents({ ...fx.net.c.vault, eventName: "UnstakeRequested", args: { requestId }, fromBlock: fx.fromBlock, strict: true }))[0]!.transactionHash;
    expect(await page.getByTestId("tx-unstake-all-done-message").textContent()).to.equal(
      `Confirmed: transaction ${hash.slice(0, 10)}… mined. Requested to unstake ${formatUnits(value, 18)} ${symbol} from operator ${shortAddress(t3)}: the request is listed below; withdraw it when it unlocks.`,
    );
    await page.getByTestId(`request-row-${requestId}`).waitFor();
  });
});
