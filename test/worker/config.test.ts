// The worker's config: zod validation with one-line errors, and `aerie worker --config` failing as one line.
import { expect } from "chai";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { parseWorkerConfig, type WorkerConfigInput } from "../../src/worker/config";
import { WorkerConfigError } from "../../src/worker/errors";

const ROOT = resolve(__dirname, "..", "..");

describe("worker: config", () => {
  let dir: string;
  const base = (): WorkerConfigInput => ({
    role: "trainer",
    key: { env: "AERIE_WORKER_KEY" },
    rpc: { url: "http://127.0.0.1:8545" },
    addressBook: "book.json",
    nodes: ["http://127.0.0.1:8640"],
    taskId: "1",
    spec: join(ROOT, "examples/tasks/demo-3-rounds.json"),
    dataset: { seed: "s" },
    trainer: { shard: { index: 0, size: 100 } },
  });
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "aerie-worker-config-"));
    writeFileSync(join(dir, "book.json"), "{}");
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const error = (raw: unknown) => {
    try {
      parseWorkerConfig(raw, dir, "w.json");
    } catch (e) {
      expect(e).to.be.instanceOf(WorkerConfigError);
      return (e as WorkerConfigError).message;
    }
    throw new Error("accepted");
  };

  it("applies defaults and resolves paths against the config's directory", () => {
    const c = parseWorkerConfig(base(), dir, "w.json");
    expect(c.addressBook).to.equal(join(dir, "book.json"));
    expect(c.dataset).to.deep.equal({ seed: "s", classes: 4, features: 8, separation: 1 });
    expect(c.model).to.deep.equal({ plugin: "softmax-regression", options: {} });
    expect(c.trainer).to.deep.equal({ shard: { index: 0, size: 100, labelNoise: 0 }, behaviour: "honest" });
    expect(c.serve).to.deep.equal({ host: "127.0.0.1", port: 0 });
  });

  it("names the first bad field in one line", () => {
    expect(error({ ...base(), role: "miner" })).to.equal('worker config w.json: role: expected one of "trainer", "validator", "fl" (see docs/WORKER.md)');
    expect(error({ ...base(), role: "fl" })).to.equal('worker config w.json: fl: missing: role "fl" needs it: add "fl": { "shard": { "index": 0, "size": 500 }, "heldOut": { "index": 0, "size": 500 } } (see docs/WORKER.md)');
    expect(error({ ...base(), role: "fl", fl: { shard: { index: 0, size: 10 }, heldOut: { index: 0, size: 10 }, proposer: { kind: "flip" } } })).to.match(/^worker config w\.json: fl\.proposer(\.kind)?: expected/);
    expect(error({ ...base(), extra: 1 })).to.equal("worker config w.json: extra: unknown field: remove it (see docs/WORKER.md)");
    expect(error({ ...base(), trainer: undefined })).to.equal('worker config w.json: trainer: missing: role "trainer" needs it: add "trainer": { "shard": { "index": 0, "size": 500 } } (see docs/WORKER.md)');
    expect(error({ ...base(), role: "validator", validator: { heldOut: { index: 0, size: 10 }, behaviour: "sloppy" } })).to.equal('worker config w.json: validator.behaviour: expected one of "honest", "lazy", "invert" (see docs/WORKER.md)');
    expect(error({ ...base(), nodes: ["http://127.0.0.1:8640/v1"] })).to.equal(
      "worker config w.json: nodes.0: expected a node's base URL without a path, such as http://127.0.0.1:8640 (the worker adds /v1/… itself): remove the path (see docs/WORKER.md)",
    );
    expect(parseWorkerConfig({ ...base(), nodes: ["http://127.0.0.1:8640/"] }, dir, "w.json").nodes).to.deep.equal(["http://127.0.0.1:8640/"]);
    expect(error({ ...base(), addressBook: "missing.json" })).to.equal(`worker config w.json: addressBook: ${join(dir, "missing.json")} does not exist: fix the path`);
  });

  it("a chain read with the RPC down names the URL and the fix (worker start, and the CLI's actions)", async () => {
    const { createPublicClient, http } = await import("viem");
    const { getTask } = await import("../../src/sdk");
    const rpc = "http://127.0.0.1:1";
    const client = createPublicClient({ transport: http(rpc, { retryCount: 0 }) });
    const addresses = { taskRegistry: "0x0000000000000000000000000000000000000001" } as unknown as Parameters<typeof getTask>[1]["addresses"];
    const e = await getTask(client, { addresses, taskId: 1n }).then(() => undefined, (x: Error) => x);
    expect(e?.message).to.equal(`getTask failed: cannot reach the chain at ${rpc}/: start it, or point the RPC URL at a running node`);
  });

  it("aerie worker --config with a missing file prints one line and exits 1", async () => {
    const { runCli } = await import("../../src/cli/index");
    const err: string[] = [];
    const sink = { write: (t: string) => err.push(t) };
    const code = await runCli(["node", "aerie", "worker", "--config", join(dir, "nope.json")], { errors: { stderr: sink, stdout: sink }, io: { out: () => {} } });
    expect(code).to.equal(1);
    expect(err.join("").trim().split("\n")).to.deep.equal([`error: worker config ${join(dir, "nope.json")} does not exist: check the path`]);
  });
});
