// The `aerie` bin as `npm run build:cli` bundles it: the node's worker-thread modules sit next to the bundle (a
// single-file bundle made the node recover and commit in its event-loop thread), and the native add-ons stay
// external (bundled, keccak and secp256k1 silently fall back to their pure-JS code).
import { expect } from "chai";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { workerModule } from "../../src/node/threads/spawn";
import { buildCliBundle } from "./helpers";

const ROOT = join(__dirname, "..", "..");

describe("the bundled aerie bin (npm run build:cli)", function () {
  this.timeout(180_000);
  let outdir: string;

  before(function () {
    outdir = mkdtempSync(join(tmpdir(), "aerie-bundle-"));
    buildCliBundle(outdir);
  });
  after(function () {
    rmSync(outdir, { recursive: true, force: true });
  });

  it("puts the inbox writer and the recovery worker next to the bin, where the node looks for them", function () {
    const bin = join(outdir, "index.js");
    expect(existsSync(bin)).to.equal(true);
    expect(workerModule(outdir, "inboxWorker", bin)).to.equal(join(outdir, "inboxWorker.js"));
    expect(workerModule(outdir, "recoverWorker", bin)).to.equal(join(outdir, "recoverWorker.js"));
  });

  it("keeps keccak, secp256k1 and better-sqlite3 external (their native builds load from node_modules)", function () {
    const bin = readFileSync(join(outdir, "index.js"), "utf8");
    expect(bin).to.include('require("keccak")');
    expect(bin).to.include('require("better-sqlite3")');
    expect(readFileSync(join(outdir, "recoverWorker.js"), "utf8")).to.include('require("secp256k1/bindings")');
  });

  it("runs: `aerie --help` answers from the bundle", function () {
    const out = execFileSync(process.execPath, [join(outdir, "index.js"), "--help"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NODE_PATH: join(ROOT, "node_modules") } });
    expect(out).to.match(/^Usage: aerie /);
  });
});
