// `aerie node --config <file>` as a real process: each start-up failure is one line naming the field or URL and
// the fix, with exit code 1 (the running node itself is exercised by test/node/cliNode.test.ts).
import { expect } from "chai";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { freePort } from "../node/helpers";

const ROOT = join(__dirname, "..", "..");
const KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

/** Runs `aerie node --config <path>` (ts-node, no build) to its exit. */
function aerieNode(configPath: string, env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(ROOT, "src", "cli", "index.ts"), "node", "--config", configPath], {
    cwd: ROOT,
    env: { ...process.env, HARDHAT_NETWORK: "", AERIE_TEST_KEY: undefined, ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

/** A directory with a v1 address book (chain 31337) and a config writer. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "aerie-cli-node-"));
  const entry = (n: number) => ({ address: `0x${String(n).repeat(40)}`, deploymentTx: null, block: 5, constructorArgs: [] });
  const book = { network: "localhost", chainId: 31337, contracts: { AerieTestToken: entry(1), StakingVault: entry(2), TaskRegistry: entry(3), RewardDistributor: entry(4), RoundSettlement: entry(5) }, params: {} };
  writeFileSync(join(dir, "31337.json"), JSON.stringify(book));
  const write = (name: string, config: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof config === "string" ? config : JSON.stringify(config));
    return path;
  };
  const base = { role: "committee", key: { env: "AERIE_TEST_KEY" }, rpc: { urls: ["http://127.0.0.1:8545"], timeoutMs: 1_000, retries: 0 }, addressBook: "31337.json", dataDir: "./data" };
  return { dir, write, base };
}

describe("aerie node --config (CLI process start-up failures)", function () {
  this.timeout(240_000);

  it("bad JSON, an unknown field, a missing key variable, an unreachable RPC: one line each, exit 1", async function () {
    const w = workspace();
    const rpcUrl = `http://127.0.0.1:${await freePort()}`;
    const cases = [
      { what: "bad JSON", path: w.write("bad.json", "{ role: "), env: {}, line: new RegExp(`^error: config ${w.dir}/bad\\.json is not valid JSON \\(.+\\): fix the syntax$`) },
      {
        what: "unknown field",
        path: w.write("unknown.json", { ...w.base, colour: "red" }),
        env: {},
        line: new RegExp(`^error: config ${w.dir}/unknown\\.json: colour: unknown field "colour": see docs/NODE\\.md for the config fields$`),
      },
      {
        what: "missing key variable",
        path: w.write("nokey.json", w.base),
        env: {},
        line: new RegExp(`^error: config ${w.dir}/nokey\\.json: key\\.env: environment variable AERIE_TEST_KEY is not set: export AERIE_TEST_KEY=0x<64 hex digits>$`),
      },
      {
        what: "unreachable RPC",
        path: w.write("rpc.json", { ...w.base, rpc: { urls: [rpcUrl], timeoutMs: 1_000, retries: 0 } }),
        env: { AERIE_TEST_KEY: KEY },
        line: new RegExp(`^error: rpc ${rpcUrl} is unreachable \\(.+\\): start the node or fix rpc\\.urls$`),
      },
    ];
    const runs = await Promise.all(cases.map((c) => aerieNode(c.path, c.env)));
    for (const [i, c] of cases.entries()) {
      const r = runs[i]!;
      expect(r.code, `${c.what}: ${r.stderr}`).to.equal(1);
      const lines = r.stderr.trimEnd().split("\n");
      expect(lines, c.what).to.have.length(1);
      expect(lines[0], c.what).to.match(c.line);
      expect(r.stdout, c.what).to.equal("");
    }
  });
});
