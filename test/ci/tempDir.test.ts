import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect } from "chai";
import { ROOT } from "../../scripts/network/devnet";

/** Runs `body` in a fresh Node process with tempDir loaded; returns its exit code and the directory it printed. */
function run(body: string): { status: number | null; dir: string; out: string[] } {
  const script = `const { tempDir } = require(${JSON.stringify(join(ROOT, "test", "shared", "tempDir.ts"))});
const dir = tempDir("aerie-tempdir-test-");
require("node:fs").writeFileSync(dir + "/log.txt", "kept until exit");
process.stdout.write(dir + "\\n");
${body}`;
  const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: ROOT, encoding: "utf8" });
  const [dir, ...out] = r.stdout.trim().split("\n");
  return { status: r.status, dir: dir!, out };
}

describe("test/shared/tempDir: the runs' temporary directories do not outlive them", function () {
  this.timeout(120_000);

  it("removes the directory when the process ends normally", () => {
    const r = run("");
    expect(r.status).to.equal(0);
    expect(r.dir).to.match(/aerie-tempdir-test-/);
    expect(existsSync(r.dir)).to.equal(false);
  });

  it("removes it when the process dies of an uncaught error (a failed run)", () => {
    const r = run(`if (!require("node:fs").existsSync(dir)) process.exit(3); throw new Error("the run failed");`);
    expect(r.status).to.equal(1);
    expect(existsSync(r.dir)).to.equal(false);
  });

  it("removes it on process.exit with a failure code (mocha's exit after failed tests)", () => {
    const r = run(`process.exitCode = 2; setTimeout(() => process.exit(2), 10);`);
    expect(r.status).to.equal(2);
    expect(existsSync(r.dir)).to.equal(false);
  });

  it("removeTempDir removes it at once", () => {
    const r = run(`require(${JSON.stringify(join(ROOT, "test", "shared", "tempDir.ts"))}).removeTempDir(dir); process.stdout.write("exists after removeTempDir: " + require("node:fs").existsSync(dir));`);
    expect(r.status).to.equal(0);
    expect(r.out).to.deep.equal(["exists after removeTempDir: false"]);
  });
});
