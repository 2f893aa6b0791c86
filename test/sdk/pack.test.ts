import { expect } from "chai";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPublicClient, createWalletClient, getAddress, http, parseUnits } from "viem";
import {
  aerieAddresses,
  approve,
  deployAerie,
  mint,
  registerOperator,
  resolveDeployParams,
  stake,
  waitForReceipt,
  type AerieWalletClient,
  type WriteReturnType,
} from "../../src/sdk";

const ROOT = join(__dirname, "..", "..");
const TOKEN = (n: number) => parseUnits(String(n), 18);

/** A TCP port nobody listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts `hardhat node` on `port` and resolves once it accepts JSON-RPC. */
async function startNode(port: number): Promise<ChildProcess> {
  const child = spawn(join(ROOT, "node_modules", ".bin", "hardhat"), ["node", "--hostname", "127.0.0.1", "--port", String(port)], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hardhat node did not start on port ${port}: ${output.slice(-500)}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Started HTTP and WebSocket JSON-RPC server")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`hardhat node exited with ${code}: ${output.slice(-500)}`)));
  });
  return child;
}

const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_update_notifier: "false" } });

/**
 * The package as a third party gets it: `npm pack`, install the tarball into an empty project, and from there
 * call `getPosition` (CommonJS and ESM, and type-check a TypeScript consumer) against a local `hardhat node`.
 */
describe("sdk: the packed package works for a third party", function () {
  this.timeout(900_000);
  let node: ChildProcess | undefined;

  after(function () {
    if (node?.pid !== undefined) process.kill(node.pid, "SIGKILL");
  });

  it("npm pack → npm install <tgz> → getPosition against a local node returns the exact position", async function () {
    // build dist/ (JS + .d.ts) and pack it
    execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "pipe" });
    const work = mkdtempSync(join(tmpdir(), "aerie-pack-"));
    const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", work], ROOT)) as { filename: string; files: { path: string }[] }[];
    const tarball = join(work, packed[0]!.filename);
    const files = packed[0]!.files.map((f) => f.path);
    expect(files).to.include("dist/src/sdk/index.js");
    expect(files).to.include("dist/src/sdk/index.d.ts");
    expect(files).to.include("dist/src/cli/index.js");
    expect(files.filter((f) => f.startsWith("test/") || f.startsWith("contracts/") || f.startsWith("src/"))).to.deep.equal([]);

    // a fresh integrator project (install scripts skipped: native modules of the node service are not the SDK's)
    const app = join(work, "app");
    execFileSync("mkdir", ["-p", app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "integrator", version: "1.0.0", private: true }));
    npm(["install", tarball, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], app);
    expect(readdirSync(join(app, "node_modules"))).to.include("aerie");

    // a local node with a deployed system and one delegation
    const port = await freePort();
    node = await startNode(port);
    const rpc = `http://127.0.0.1:${port}`;
    const publicClient = createPublicClient({ transport: http(rpc) });
    const accounts = (await createWalletClient({ transport: http(rpc) }).getAddresses()).map((a) => getAddress(a));
    const wallet = (i: number): AerieWalletClient => createWalletClient({ transport: http(rpc), account: accounts[i]! });
    const bookDir = join(work, "deployments");
    const params = resolveDeployParams("localhost", accounts, join(ROOT, "config", "deploy.json"));
    const { book } = await deployAerie(wallet(0), { network: "localhost", params, dir: bookDir });
    const addresses = aerieAddresses(book);
    const mined = async (w: Promise<WriteReturnType>) => waitForReceipt(publicClient, await w);
    const operator = accounts[6]!;
    const delegator = accounts[7]!;
    await mined(mint(wallet(0), { addresses, to: operator, amount: TOKEN(1000) }));
    await mined(mint(wallet(0), { addresses, to: delegator, amount: TOKEN(250) }));
    await mined(registerOperator(wallet(6), { addresses, commissionBps: 500n, metadataURI: "" }));
    for (const [i, amount] of [[6, TOKEN(1000)], [7, TOKEN(250)]] as const) {
      await mined(approve(wallet(i), { addresses, spender: addresses.stakingVault, amount }));
      await mined(stake(wallet(i), { addresses, operator, amount }));
    }
    const shares = (TOKEN(250) * (TOKEN(1000) * 1_000_000n + 1_000_000n)) / (TOKEN(1000) + 1n);
    const expected = {
      operator,
      account: delegator,
      shares: shares.toString(),
      assets: ((shares * (TOKEN(1250) + 1n)) / (TOKEN(1000) * 1_000_000n + shares + 1_000_000n)).toString(),
      poolStake: TOKEN(1250).toString(),
      poolShares: (TOKEN(1000) * 1_000_000n + shares).toString(),
    };

    const script = (imports: string) => `${imports}
const main = async () => {
  const client = createPublicClient({ transport: http(process.env.RPC) });
  const book = loadAddressBook(31337, process.env.BOOK_DIR);
  await checkDeployment(client, { book });
  if (!stakingVaultAbi.some((i) => i.type === "function" && i.name === "sharesOf")) throw new Error("no sharesOf in stakingVaultAbi");
  const p = await getPosition(client, { addresses: aerieAddresses(book), operator: process.env.OPERATOR, account: process.env.ACCOUNT });
  const hardhatLoaded = Object.keys(typeof require === "undefined" ? {} : require.cache).some((k) => k.includes("/hardhat/"));
  console.log(JSON.stringify({ ...p, hardhatLoaded }, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
};
main().catch((e) => { console.error(e.message); process.exit(1); });
`;
    writeFileSync(join(app, "check.cjs"), script(`const { aerieAddresses, checkDeployment, getPosition, loadAddressBook, stakingVaultAbi } = require("aerie");\nconst { createPublicClient, http } = require("viem");`));
    writeFileSync(join(app, "check.mjs"), script(`import { aerieAddresses, checkDeployment, getPosition, loadAddressBook, stakingVaultAbi } from "aerie";\nimport { createPublicClient, http } from "viem";`));
    const env = { ...process.env, RPC: rpc, BOOK_DIR: bookDir, OPERATOR: operator, ACCOUNT: delegator };
    for (const file of ["check.cjs", "check.mjs"]) {
      const out = JSON.parse(execFileSync(process.execPath, [file], { cwd: app, env, encoding: "utf8" })) as Record<string, unknown>;
      expect(out, file).to.deep.equal({ ...expected, hardhatLoaded: false });
    }

    // a TypeScript consumer type-checks against the shipped .d.ts (the result is typed, no casts)
    writeFileSync(
      join(app, "check.mts"),
      `import { getPosition, stakingVaultAbi, type AerieAddresses, type GetPositionReturnType } from "aerie";
import { createPublicClient, http } from "viem";
declare const addresses: AerieAddresses;
const client = createPublicClient({ transport: http() });
const p: GetPositionReturnType = await getPosition(client, { addresses, operator: "0x0000000000000000000000000000000000000001", account: "0x0000000000000000000000000000000000000002" });
const shares: bigint = p.shares;
const fn: "sharesOf" | string = stakingVaultAbi[0].type;
export { shares, fn };
`,
    );
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--skipLibCheck", "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", "check.mts"],
      { cwd: app, stdio: "pipe" },
    );
  });
});
