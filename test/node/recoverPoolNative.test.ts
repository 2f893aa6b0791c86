// Regression: secp256k1@4's native addon, loaded on the main thread and in the recovery pool's worker threads,
// corrupted the heap when pool threads exited ("free(): invalid next size", "corrupted size vs. prev_size",
// segfaults): a node or test process that started and closed pools a few times died at random (it aborted a full
// `npm test` run twice). secp256k1@5 is safe across threads. The process below does exactly that.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect } from "chai";

const ROOT = join(__dirname, "..", "..");

describe("node signature recovery: the native binding across worker threads", function () {
  this.timeout(300_000);

  it("a process that recovers on its main thread and starts and closes a 2-thread pool 8 times exits 0", function () {
    const script = `
      const { nativeRecoverer, RecoverPool } = require("./src/node/intake/recover");
      (async () => {
        const bad = ["0x" + "11".repeat(32), "0x" + "00".repeat(32) + "01".repeat(32) + "1b"];
        await nativeRecoverer().recover(...bad).catch(() => 0);
        for (let i = 0; i < 8; i++) {
          const pool = RecoverPool.start({ threads: 2 });
          await pool.ready;
          await pool.recover(...bad).catch(() => 0);
          await pool.close();
        }
        process.stdout.write("closed 8 pools\\n");
      })();
    `;
    const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], { cwd: ROOT, encoding: "utf8", timeout: 240_000 });
    expect({ status: run.status, signal: run.signal, stdout: run.stdout, stderr: run.stderr.split("\n").slice(-3).join("\n") }).to.deep.equal({ status: 0, signal: null, stdout: "closed 8 pools\n", stderr: "" });
  });
});
