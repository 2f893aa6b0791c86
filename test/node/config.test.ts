// The node's config and store, and the `aerie node` process's start-up failures (one line, exit 1).
import { expect } from "chai";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encryptKeystoreJson } from "ethers";
import { privateKeyToAccount } from "viem/accounts";
import { checkRpc, loadNodeAccount, loadNodeConfig, parseNodeConfig } from "../../src/node/config";
import { NodeConfigError, RpcUnreachableError, StoreError } from "../../src/node/errors";
import { migrate, openStore, schemaVersion } from "../../src/node/store/db";
import { MIGRATIONS } from "../../src/node/store/migrations";
import { freePort } from "./helpers";

const KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const ADDRESS = privateKeyToAccount(KEY).address;

/** A directory with a v1 address book (chain 31337) and a config writer. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), "aerie-cfg-"));
  const entry = (n: number) => ({ address: `0x${String(n).repeat(40)}`, deploymentTx: null, block: 5, constructorArgs: [] });
  const book = { network: "localhost", chainId: 31337, contracts: { AerieTestToken: entry(1), StakingVault: entry(2), TaskRegistry: entry(3), RewardDistributor: entry(4), RoundSettlement: entry(5) }, params: {} };
  writeFileSync(join(dir, "31337.json"), JSON.stringify(book));
  const write = (config: unknown) => {
    const path = join(dir, "node.json");
    writeFileSync(path, typeof config === "string" ? config : JSON.stringify(config));
    return path;
  };
  const base = { role: "committee", key: { env: "AERIE_TEST_KEY" }, rpc: { urls: ["http://127.0.0.1:8545"] }, addressBook: "31337.json", dataDir: "./data" };
  return { dir, write, base };
}

describe("node config", function () {
  describe("parseNodeConfig", function () {
    it("applies defaults and resolves paths against the config's directory", function () {
      const w = workspace();
      const c = loadNodeConfig(w.write(w.base));
      expect(c.addressBook).to.equal(join(w.dir, "31337.json"));
      expect(c.dataDir).to.equal(join(w.dir, "data"));
      expect(c.http).to.deep.equal({ host: "127.0.0.1", port: 8640, corsOrigins: [], signerRateLimit: { burst: 20, perSecond: 2 } });
      expect(c.indexer).to.deep.equal({ logWindow: 2_000, confirmations: 2, pollIntervalMs: 2_000 });
      expect(c.rpc).to.deep.equal({ urls: ["http://127.0.0.1:8545"], timeoutMs: 10_000, retries: 3 });
      expect(c.peers).to.deep.equal([]);
    });

    it("reads the CORS origins the wallet app is served from", function () {
      const w = workspace();
      const c = loadNodeConfig(w.write({ ...w.base, http: { port: 8641, corsOrigins: ["https://app.aerie.example"] } }));
      expect(c.http).to.deep.equal({ host: "127.0.0.1", port: 8641, corsOrigins: ["https://app.aerie.example"], signerRateLimit: { burst: 20, perSecond: 2 } });
    });

    it("reads the per-signer rate limit of the intake, or null to turn it off", function () {
      const w = workspace();
      expect(loadNodeConfig(w.write({ ...w.base, http: { signerRateLimit: { burst: 5, perSecond: 0.5 } } })).http.signerRateLimit).to.deep.equal({ burst: 5, perSecond: 0.5 });
      expect(loadNodeConfig(w.write({ ...w.base, http: { signerRateLimit: null } })).http.signerRateLimit).to.equal(null);
    });

    const bad: [string, (b: Record<string, unknown>) => unknown, string, RegExp][] = [
      ["an unknown role", (b) => ({ ...b, role: "miner" }), "role", /role: one of "committee", "guardian", "both": set "role"/],
      ["no RPC URL", (b) => ({ ...b, rpc: { urls: [] } }), "rpc.urls", /rpc\.urls: at least one RPC URL/],
      ["a non-http RPC URL", (b) => ({ ...b, rpc: { urls: ["ws://x"] } }), "rpc.urls.0", /rpc\.urls\.0: an http\(s\) URL/],
      ["an unknown field", (b) => ({ ...b, colour: "red" }), "colour", /colour: unknown field "colour"/],
      ["a bad key source", (b) => ({ ...b, key: { file: "k" } }), "key", /key: either/],
      ["a log window of 0", (b) => ({ ...b, indexer: { logWindow: 0 } }), "indexer.logWindow", /indexer\.logWindow: .*set "indexer"/],
      ["a missing address book", (b) => ({ ...b, addressBook: "nope.json" }), "addressBook", /addressBook: .*nope\.json does not exist: deploy first/],
    ];
    for (const [what, mutate, field, message] of bad) {
      it(`rejects ${what}, naming the field and the fix`, function () {
        const w = workspace();
        try {
          parseNodeConfig(mutate(w.base as Record<string, unknown>), w.dir, "node.json");
          expect.fail("expected a NodeConfigError");
        } catch (e) {
          expect(e).to.be.instanceOf(NodeConfigError);
          expect((e as NodeConfigError).field).to.equal(field);
          expect((e as Error).message).to.match(message);
          expect((e as Error).message).to.not.include("\n");
        }
      });
    }

    it("rejects a file that is not JSON", function () {
      const w = workspace();
      expect(() => loadNodeConfig(w.write("{ role: "))).to.throw(NodeConfigError, /is not valid JSON .*: fix the syntax/);
    });
  });

  describe("loadNodeAccount", function () {
    it("reads the key from the named environment variable", async function () {
      const w = workspace();
      const c = loadNodeConfig(w.write(w.base));
      expect((await loadNodeAccount(c, { AERIE_TEST_KEY: KEY })).address).to.equal(ADDRESS);
      await loadNodeAccount(c, {}).then(
        () => expect.fail("expected a NodeConfigError"),
        (e: Error) => expect(e.message).to.match(/key\.env: environment variable AERIE_TEST_KEY is not set: export AERIE_TEST_KEY=0x/),
      );
      await loadNodeAccount(c, { AERIE_TEST_KEY: "0x12" }).then(
        () => expect.fail("expected a NodeConfigError"),
        (e: Error) => expect(e.message).to.match(/is not a 0x-prefixed 32-byte hex private key/),
      );
    });

    it("decrypts an encrypted JSON keystore, and names a wrong password", async function () {
      const w = workspace();
      const json = await encryptKeystoreJson({ address: ADDRESS, privateKey: KEY }, "s3cret", { scrypt: { N: 1 << 10 } });
      writeFileSync(join(w.dir, "key.json"), json);
      const c = loadNodeConfig(w.write({ ...w.base, key: { keystore: "key.json", passwordEnv: "AERIE_TEST_PW" } }));
      expect((await loadNodeAccount(c, { AERIE_TEST_PW: "s3cret" })).address).to.equal(ADDRESS);
      await loadNodeAccount(c, { AERIE_TEST_PW: "wrong" }).then(
        () => expect.fail("expected a NodeConfigError"),
        (e: Error) => expect(e.message).to.match(/key\.keystore: wrong password for .*key\.json: set AERIE_TEST_PW/),
      );
    });
  });

  describe("checkRpc", function () {
    it("names an unreachable URL and the fix", async function () {
      const url = `http://127.0.0.1:${await freePort()}`;
      await checkRpc([url], 31337, 1_000).then(
        () => expect.fail("expected an RpcUnreachableError"),
        (e: Error) => {
          expect(e).to.be.instanceOf(RpcUnreachableError);
          expect((e as RpcUnreachableError).url).to.equal(url);
          expect(e.message).to.match(new RegExp(`^rpc ${url} is unreachable \\(.*\\): start the node or fix rpc\\.urls$`));
        },
      );
    });
  });

  describe("aerie node process start-up", function () {
    const run = (configPath: string, env: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", join(__dirname, "..", "..", "src", "node", "main.ts"), "--config", configPath], {
        cwd: join(__dirname, "..", ".."),
        env: { ...process.env, ...env },
        encoding: "utf8",
        timeout: 60_000,
      });

    it("a bad config prints one line naming the field and exits 1", function () {
      const w = workspace();
      const r = run(w.write({ ...w.base, role: "miner" }));
      expect(r.status).to.equal(1);
      expect(r.stderr.trim().split("\n")).to.have.length(1);
      expect(r.stderr).to.match(/^aerie node: config .*node\.json: role: one of "committee", "guardian", "both": set "role"/);
    });

    it("an unreachable RPC prints one line naming the URL and exits 1", async function () {
      const w = workspace();
      const url = `http://127.0.0.1:${await freePort()}`;
      const r = run(w.write({ ...w.base, rpc: { urls: [url], timeoutMs: 1_000 } }), { AERIE_TEST_KEY: KEY });
      expect(r.status).to.equal(1);
      expect(r.stderr.trim().split("\n")).to.have.length(1);
      expect(r.stderr).to.match(new RegExp(`^aerie node: rpc ${url} is unreachable .*: start the node or fix rpc\\.urls`));
    });
  });
});

describe("node store", function () {
  it("opens in WAL mode with synchronous=FULL and applies every migration once", function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-db-"));
    const db = openStore({ dataDir: dir });
    expect(db.pragma("journal_mode", { simple: true })).to.equal("wal");
    expect(db.pragma("synchronous", { simple: true })).to.equal(2); // FULL
    expect(schemaVersion(db)).to.equal(MIGRATIONS.length);
    expect(migrate(db)).to.deep.equal([]);
    db.close();
    const again = openStore({ dataDir: dir });
    expect(schemaVersion(again)).to.equal(MIGRATIONS.length);
    const tables = (again.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).to.include.members(["blocks", "bundles", "cursors", "events", "meta", "schema_migrations", "shares_changes", "signatures", "task_members", "txs"]);
    again.close();
  });

  it("applies a migration appended later, and only that one", function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-db-"));
    openStore({ dataDir: dir }).close();
    const more = [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: "extra", up: "CREATE TABLE extra (x INTEGER)" }];
    const db = openStore({ dataDir: dir, migrations: more });
    expect(schemaVersion(db)).to.equal(MIGRATIONS.length + 1);
    db.close();
  });

  it("refuses a database newer than the node, and a misnumbered list", function () {
    const dir = mkdtempSync(join(tmpdir(), "aerie-db-"));
    openStore({ dataDir: dir, migrations: [...MIGRATIONS, { version: MIGRATIONS.length + 1, name: "future", up: "SELECT 1" }] }).close();
    expect(() => openStore({ dataDir: dir })).to.throw(StoreError, `the database is at schema version ${MIGRATIONS.length + 1}, this node knows ${MIGRATIONS.length}: upgrade the node or use another dataDir`);
    expect(() => openStore({ dataDir: ":memory:", migrations: [{ version: 2, name: "x", up: "" }] })).to.throw(StoreError, 'migration "x" has version 2, expected 1');
  });
});
