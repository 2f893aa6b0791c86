// A committee member that was down for a round, and a node that cannot start (issue 7, the fresh try's findings):
// real node processes against a real `hardhat node`, talking over real sockets.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { keccak256, toBytes, type Address, type Hex } from "viem";

import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { rotationPosition } from "../../src/node/committee/loop";
import { fetchBundleByHash } from "../../src/node/committee/peers";
import { getRoundStatus } from "../../src/sdk/actions/getRoundStatus";
import { RoundStatus } from "../../src/sdk/enums";
import { hardhatKey, ROOT, sendRoundMessages, setupDemoTask, spawnListening, startDevnet, waitFor, type DemoTask, type Devnet } from "../../scripts/network/devnet";
import { SPEC_PATH } from "../../src/demo/run";
import { freePort } from "./helpers";
import { killHard } from "./process";

const SPEC_FILE = join(ROOT, SPEC_PATH);
const spec = parseTaskSpec(JSON.parse(readFileSync(SPEC_FILE, "utf8")));

/** Runs `aerie node --config <path>` (the CLI, as a newcomer does) to its exit; SIGKILLed after `timeoutMs`. */
function runCliNode(configPath: string, env: Record<string, string>, timeoutMs = 300_000): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(ROOT, "src/cli/index.ts"), "node", "--config", configPath], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}

/** The JSON log lines of a node's log file. */
function logLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Sum of `aerie_rounds{state}` in a Prometheus text. */
function roundsGauge(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^aerie_rounds\{state="([a-z_]+)"\} (\d+)$/gm)) out[m[1]!] = Number(m[2]);
  return out;
}

describe("node: a member down for a round, and start-up failures (real processes)", function () {
  this.timeout(900_000);
  let net: Devnet;
  let task: DemoTask;
  let dir: string;
  const committee = { members: [] as Address[], threshold: 2 };

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-restart-"));
    net = await startDevnet({
      dir,
      specs: [SPEC_FILE],
      nodes: [
        { name: "member-1", role: "committee", account: 1 },
        { name: "member-2", role: "committee", account: 2 },
        { name: "member-3", role: "committee", account: 3 },
      ],
      proposeTimeoutMs: 1_500,
    });
    for (let i = 0; i < 3; i++) await net.start(i);
    task = await setupDemoTask(net, spec);
    committee.members = net.nodes.map((n) => n.address).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  });

  after(async function () {
    if (net) await net.stop();
  });

  describe("a member killed during a round", function () {
    const round = 0n;
    let down: number;
    let finalizedHash: Hex;

    before(async function () {
      const [roundStart, roundEnd] = (await net.ctx.publicClient.readContract({ ...net.c.registry, functionName: "roundWindow", args: [task.taskId, round] })) as [bigint, bigint];
      await sendRoundMessages(net, { taskId: task.taskId, round, roundStart, roundEnd, trainers: task.trainers, validators: task.validators, urls: net.nodes.map((n) => n.url) });
      // the member at rotation position 2 holds every message, then dies before the round is computed
      down = net.nodes.findIndex((n) => rotationPosition(committee, task.taskId, round, n.address) === 2);
      await net.kill(down);
      await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
      const proposal = await waitFor("round 0 proposed by the other two", async () => {
        const s = await getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round });
        return s.status === RoundStatus.Proposed ? s.proposal! : undefined;
      });
      const challengeWindow = (await net.ctx.publicClient.readContract({ ...net.c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
      await net.setTime(proposal.proposedAt + challengeWindow);
      await waitFor("round 0 finalized", async () => {
        const s = await getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round });
        return s.status === RoundStatus.Finalized ? true : undefined;
      });
      finalizedHash = proposal.bundleHash.toLowerCase() as Hex;
    });

    it("the live members log the dead peer once per failure streak, with its URL and error", async function () {
      const url = net.nodes[down]!.url;
      for (const [i, n] of net.nodes.entries()) {
        if (i === down) continue;
        const lines = logLines(n.logPath).filter((l) => l.peer === url && typeof l.msg === "string" && (l.msg as string).includes("is down"));
        expect(lines, `${n.name}'s peer-down lines`).to.have.length(1);
        expect(lines[0]!.level).to.equal(40);
        expect(lines[0]!.err).to.equal("ECONNREFUSED");
      }
    });

    it("after restart it fetches the round's bundle from a peer (checked by hash) and serves the bundle and claims", async function () {
      const live = net.nodes.find((_, i) => i !== down)!;
      await net.start(down);
      const url = net.nodes[down]!.url;
      const bundlePath = `/v1/tasks/${task.taskId}/rounds/${round}/bundle`;
      const text = await waitFor(
        "the restarted member's bundle route",
        async () => {
          const res = await fetch(`${url}${bundlePath}`);
          return res.status === 200 ? res.text() : undefined;
        },
        60_000,
      );
      expect(keccak256(toBytes(text))).to.equal(finalizedHash);
      expect(text).to.equal(await (await fetch(`${live.url}${bundlePath}`)).text());
      // the signed bundleURI is `<bundleBaseUrl>/v1/tasks/1/rounds/0/bundle`: the same route on any member
      const claimant = task.trainers[0]!.address;
      const claimPath = `/v1/tasks/${task.taskId}/accounts/${claimant}/claim`;
      const claim = await fetch(`${url}${claimPath}`);
      expect(claim.status).to.equal(200);
      const body = (await claim.json()) as { cumulativeAmount: string; bundleHash: string; round: string };
      expect(body).to.deep.equal(await (await fetch(`${live.url}${claimPath}`)).json());
      expect(body.bundleHash).to.equal(finalizedHash);
      expect(body.round).to.equal("0");
      expect(BigInt(body.cumulativeAmount) > 0n).to.equal(true);
      const stored = logLines(net.nodes[down]!.logPath).filter((l) => l.part === "sync" && typeof l.msg === "string" && (l.msg as string).startsWith("sync: stored the finalized bundle"));
      expect(stored).to.have.length(1);
      expect(net.nodes.filter((_, i) => i !== down).map((n) => n.url)).to.include(stored[0]!.peer);
    });

    it("a peer serving another bundle under the hash is refused and the next peer asked", async function () {
      const liar: Server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/json" }).end('{"not":"the bundle"}'));
      liar.listen(0, "127.0.0.1");
      await once(liar, "listening");
      const liarUrl = `http://127.0.0.1:${(liar.address() as AddressInfo).port}`;
      try {
        const got = await fetchBundleByHash([liarUrl, net.nodes[0]!.url], task.taskId, round, finalizedHash);
        expect(got.peer).to.equal(net.nodes[0]!.url);
        expect(keccak256(toBytes(got.text!))).to.equal(finalizedHash);
        expect(got.refused).to.deep.equal([{ peer: liarUrl, hash: keccak256(toBytes('{"not":"the bundle"}')) }]);
      } finally {
        liar.close();
      }
    });

    it("a restarted member's aerie_rounds is the chain's view from the first scrape (before its first pass)", async function () {
      const i = net.nodes.findIndex((_, k) => k !== down);
      const n = net.nodes[i]!;
      await net.kill(i);
      const db = new Database(join(n.dataDir, "node.db"), { readonly: true, fileMustExist: true });
      const rows = (db.prepare("SELECT COUNT(*) AS n FROM committee_rounds").get() as { n: number }).n;
      db.close();
      expect(rows).to.equal(1);
      await net.start(i);
      const gauge = roundsGauge(await (await fetch(`${n.url}/metrics`)).text());
      // every round of the served task, round 0 final (docs/NODE.md, aerie_rounds)
      expect(Object.values(gauge).reduce((a, b) => a + b, 0)).to.equal(spec.rounds.count);
      expect(gauge.final).to.equal(1);
    });
  });

  describe("start-up failures: one line, exit 1, the database left whole", function () {
    /** A copy of member-1's config with its own data dir and `over` applied. */
    function configCopy(name: string, over: Record<string, unknown>): { path: string; dataDir: string } {
      const base = JSON.parse(readFileSync(net.nodes[0]!.configPath, "utf8")) as Record<string, unknown>;
      const home = join(dir, name);
      mkdirSync(join(home, "data"), { recursive: true });
      const path = join(home, "config.json");
      writeFileSync(path, JSON.stringify({ ...base, dataDir: join(home, "data"), ...over }, null, 2));
      return { path, dataDir: join(home, "data") };
    }

    it("http.port in use (the chain's own port): `error: http.port … is in use`, exit 1", async function () {
      const port = net.chain.port;
      const c = configCopy("port-in-use", { http: { host: "127.0.0.1", port } });
      const r = await runCliNode(c.path, { AERIE_NODE_KEY: hardhatKey(1), AERIE_LOG_LEVEL: "warn" });
      expect(r.signal, `still running (stderr: ${r.stderr})`).to.equal(null);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.equal(`error: http.port ${port} is in use on 127.0.0.1: set another port in the config ${c.path}\n`);
      // probed before the store: the (empty) data dir is left as it was, no node.db
      expect(readdirSync(c.dataDir)).to.deep.equal([]);
    });

    it("a key that is not on the committee: one line naming the key, exit 1", async function () {
      const c = configCopy("not-member", { http: { host: "127.0.0.1", port: await freePort() } });
      const r = await runCliNode(c.path, { AERIE_NODE_KEY: hardhatKey(5), AERIE_LOG_LEVEL: "warn" });
      expect(r.signal, `still running (stderr: ${r.stderr})`).to.equal(null);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.match(/^error: config .*: key: 0x[0-9a-fA-F]{40} is not a member of the committee on chain: use a member's key or set "role": "guardian"\n$/);
      // a refused start acknowledged nothing: the (empty) data dir is left as it was, no node.db
      expect(readdirSync(c.dataDir)).to.deep.equal([]);
    });

    it("a 5xx is logged with its cause and stack (the node's pino logger, no line per request)", async function () {
      const c = configCopy("store-error", { role: "guardian", http: { host: "127.0.0.1", port: await freePort() } });
      const logPath = join(dir, "store-error", "node.log");
      const log = createWriteStream(logPath);
      const { proc, listening } = spawnListening({
        name: "store-error",
        script: "src/node/main.ts",
        args: ["--config", c.path],
        env: { AERIE_NODE_KEY: hardhatKey(4), AERIE_LOG_LEVEL: "info", AERIE_FAULT: "bundle-store-error" },
        log,
        logPath,
        timeoutMs: 180_000,
      });
      try {
        await listening;
        const url = `http://127.0.0.1:${(JSON.parse(readFileSync(c.path, "utf8")) as { http: { port: number } }).http.port}`;
        for (let k = 0; k < 3; k++) expect((await fetch(`${url}/healthz`)).status).to.equal(200);
        const res = await fetch(`${url}/v1/tasks/${task.taskId}/rounds/0/bundle`);
        expect(res.status).to.equal(500);
        expect(await res.json()).to.deep.equal({ error: { code: "internal_error", message: "internal error: the node logged it; retry later" } });
        const line = await waitFor("the 5xx log line", async () => logLines(logPath).find((l) => l.msg === "unhandled error"), 10_000);
        expect(line.level).to.equal(50);
        expect(line.part).to.equal("http");
        const err = line.err as { message: string; stack: string };
        expect(err.message).to.equal("injected fault bundle-store-error: disk I/O error reading the bundle store");
        expect(err.stack).to.match(/src\/node\/run\.ts/);
        // request logging is off: the healthz calls left no lines
        expect(logLines(logPath).filter((l) => l.msg === "incoming request" || l.msg === "request completed")).to.have.length(0);
      } finally {
        await killHard(proc);
        log.end();
      }
    });
  });
});
