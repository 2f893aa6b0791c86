import { expect } from "chai";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getAddress, keccak256 } from "viem";

import { rpc, startAnvil } from "../shared/anvil";
import { aerieProcess as aerie } from "./helpers";

const CONTRACTS = ["AerieTestToken", "StakingVault", "TaskRegistry", "RewardDistributor", "RoundSettlement"] as const;
const RUNTIME = "0x6080604052600080fd00"; // any code: what matters is that its hash differs from the book's
const A0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"; // test account 0

/** A v2 address book for chain 31337 whose contracts sit at `addresses`, recording `codeHash` for each. */
function writeBook(dir: string, addresses: string[], codeHash: string | null): void {
  const contracts = Object.fromEntries(CONTRACTS.map((name, i) => [name, { address: addresses[i], deploymentTx: null, block: 0, constructorArgs: [], codeHash }]));
  writeFileSync(join(dir, "31337.json"), JSON.stringify({ version: 2, network: "localhost", chainId: 31337, aerieVersion: "0.1.0", token: addresses[0], contracts, params: {} }));
}

/**
 * The CLI as a real process: exit codes, the one-line human error and the JSON error shape, and the bad-input rules
 * (wrong network, stale or foreign address book, code-hash mismatch: one line, and nothing is sent).
 */
describe("CLI as a process (exit codes, error shapes, bad input)", function () {
  this.timeout(180_000);
  const addresses = CONTRACTS.map((_, i) => getAddress(`0x${(0xa000 + i).toString(16).padStart(40, "0")}`));
  let anvil: { url: string; proc: ChildProcess } | undefined;
  after(function () {
    anvil?.proc.kill("SIGKILL");
  });

  it("prints help and exits 0", async function () {
    const r = await aerie(["--help"]);
    expect(r.code).to.equal(0);
    expect(r.stdout).to.match(/^Usage: aerie \[options\] \[command\]/);
    expect(r.stdout).to.include("position [options]");
  });

  it("answers a malformed option with one line and exit 1, or the JSON error shape with --json", async function () {
    const human = await aerie(["task", "show", "--task", "one"]);
    expect(human.code).to.equal(1);
    expect(human.stderr).to.equal("error: --task: expected a whole number, got 'one'\n");
    expect(human.stdout).to.equal("");
    const json = await aerie(["task", "show", "--task", "one", "--json"]);
    expect(json.code).to.equal(1);
    expect(JSON.parse(json.stdout)).to.deep.equal({ error: { code: "USAGE", message: "--task: expected a whole number, got 'one'" } });
  });

  it("names an unknown network", async function () {
    const r = await aerie(["position", "--network", "mainnet", "--address", A0, "--json"]);
    expect(r.code).to.equal(1);
    expect(JSON.parse(r.stdout).error).to.deep.equal({ code: "NETWORK", message: "unknown network 'mainnet': use one of hardhat, localhost, baseSepolia, base (--network or HARDHAT_NETWORK)" });
  });

  it("refuses a node of another chain than the network's", async function () {
    const other = await startAnvil(999);
    try {
      const r = await aerie(["position", "--network", "localhost", "--address", A0], { LOCALHOST_RPC_URL: other.url });
      expect(r.code).to.equal(1);
      expect(r.stderr).to.equal(`error: the node at ${other.url} is chain 999, but localhost is chain 31337: pick the --network of that node, or point LOCALHOST_RPC_URL at a localhost node\n`);
    } finally {
      other.proc.kill("SIGKILL");
    }
  });

  it("refuses a stale book (no code at its addresses) and a foreign one (other code), sending nothing", async function () {
    anvil = await startAnvil(31337);
    const dir = mkdtempSync(join(tmpdir(), "aerie-book-"));
    writeBook(dir, addresses, `0x${"11".repeat(32)}`);
    const env = { LOCALHOST_RPC_URL: anvil.url, AERIE_DEPLOYMENTS: dir };
    const stale = await aerie(["position", "--network", "localhost", "--address", A0, "--json"], env);
    expect(stale.code).to.equal(1);
    expect(JSON.parse(stale.stdout).error).to.deep.equal({
      code: "ADDRESS_BOOK",
      message: `${join(dir, "31337.json")}: AerieTestToken at ${addresses[0]} has no code on chain 31337 (was the node restarted?): delete the book and deploy again`,
    });
    for (const a of addresses) await rpc(anvil.url, "anvil_setCode", [a, RUNTIME]);
    const nonce = await rpc(anvil.url, "eth_getTransactionCount", [A0, "latest"]);
    const foreign = await aerie(["register", "--network", "localhost", "--commission-bps", "100"], env);
    expect(foreign.code).to.equal(1);
    expect(foreign.stderr).to.match(/^error: .*31337\.json: AerieTestToken at 0x[0-9a-fA-F]{40} has code hash 0x[0-9a-f]{64}, the book recorded 0x(11){32} \(a foreign or stale book\): delete the book and deploy again\n$/);
    expect(await rpc(anvil.url, "eth_getTransactionCount", [A0, "latest"])).to.equal(nonce);
  });

  it("refuses code that matches the book but not this Aerie version (code-hash mismatch with the artifacts)", async function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-book-"));
    writeBook(dir, addresses, keccak256(RUNTIME));
    const r = await aerie(["register", "--network", "localhost", "--commission-bps", "100", "--json"], { LOCALHOST_RPC_URL: anvil!.url, AERIE_DEPLOYMENTS: dir });
    expect(r.code).to.equal(1);
    expect(JSON.parse(r.stdout).error).to.deep.equal({
      code: "ADDRESS_BOOK",
      message: `${join(dir, "31337.json")}: AerieTestToken at ${addresses[0]} was built from other sources than this Aerie version's: redeploy it (delete its entry) or use the matching SDK version`,
    });
  });

  it("says where no address book exists for the chain", async function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-book-"));
    const r = await aerie(["task", "show", "--network", "localhost", "--task", "1"], { LOCALHOST_RPC_URL: anvil!.url, AERIE_DEPLOYMENTS: dir });
    expect(r.code).to.equal(1);
    expect(r.stderr).to.equal(`error: no address book for chain 31337 in ${dir}: deploy Aerie to this chain first (npm run deploy -- --network <name>)\n`);
  });
});
