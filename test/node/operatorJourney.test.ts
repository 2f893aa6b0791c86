// The node-operator journey's findings (newcomer run 7): three members and a guardian as real `aerie node`
// processes against a real `hardhat node`, over real sockets — the rounds gauge (the chain's view), a peer's
// return logged by any contact, a guardian-only node's committee routes, the OpenAPI document against every
// route's real answers, and a start with its HTTP port taken.
import { expect } from "chai";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keccak256, toBytes } from "viem";

import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { getRoundStatus } from "../../src/sdk/actions/getRoundStatus";
import { RoundStatus } from "../../src/sdk/enums";
import { taskRegistryAbi } from "../../src/sdk/abis";
import { hardhatKey, ROOT, sendRoundMessages, setupDemoTask, startDevnet, waitFor, type DemoTask, type Devnet } from "../../scripts/network/devnet";
import { SPEC_PATH } from "../../src/demo/run";

const SPEC_FILE = join(ROOT, SPEC_PATH);
const spec = parseTaskSpec(JSON.parse(readFileSync(SPEC_FILE, "utf8")));

/** The JSON log lines of a node's log file. */
function logLines(path: string): Record<string, unknown>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** `aerie_rounds{state}` of a Prometheus text. */
function roundsGauge(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of text.matchAll(/^aerie_rounds\{state="([a-z_]+)"\} (\d+)$/gm)) out[m[1]!] = Number(m[2]);
  return out;
}

/** The gauge the chain's view implies for the task: every active round's `getRoundStatus`, in the gauge's states. */
async function chainGauge(net: Devnet, taskId: bigint): Promise<Record<string, number>> {
  const task = await net.ctx.publicClient.readContract({ address: net.addresses.taskRegistry, abi: taskRegistryAbi, functionName: "getTask", args: [taskId] });
  const out: Record<string, number> = { pending: 0, running: 0, scoring: 0, awaiting_result: 0, proposed: 0, challenged: 0, final: 0, skipped: 0 };
  for (let round = 0n; round < BigInt(task.activeRounds); round++) {
    const s = await getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId, round });
    const state = {
      [RoundStatus.Pending]: "pending",
      [RoundStatus.Running]: "running",
      [RoundStatus.AwaitingResult]: s.timestamp < s.roundEnd + BigInt(spec.scoringWindowSeconds) ? "scoring" : "awaiting_result",
      [RoundStatus.Skippable]: "awaiting_result",
      [RoundStatus.Challenged]: "challenged",
      [RoundStatus.Proposed]: "proposed",
      [RoundStatus.Finalizable]: "proposed",
      [RoundStatus.Finalized]: "final",
      [RoundStatus.Skipped]: "skipped",
    }[s.status]!;
    out[state]!++;
  }
  return out;
}

/** Waits until node `url`'s gauge equals the chain's view, and returns it. */
async function expectGaugeIsChainView(net: Devnet, taskId: bigint, url: string): Promise<Record<string, number>> {
  const want = await chainGauge(net, taskId);
  let got: Record<string, number> = {};
  await waitFor(
    `${url}'s aerie_rounds = ${JSON.stringify(want)}`,
    async () => {
      got = roundsGauge(await (await fetch(`${url}/metrics`)).text());
      return JSON.stringify(got) === JSON.stringify(want) ? true : undefined;
    },
    30_000,
  ).catch(() => undefined);
  expect(got).to.deep.equal(want);
  return got;
}

type JsonSchema = { $ref?: string; type?: string; properties?: Record<string, unknown>; required?: string[] };
type OpenApi = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }> }>>; components: { schemas: Record<string, JsonSchema> } };

/** Follows a `$ref` into the document's components. */
function resolve(doc: OpenApi, s: JsonSchema): JsonSchema {
  return s.$ref !== undefined ? resolve(doc, doc.components.schemas[s.$ref.replace("#/components/schemas/", "")]!) : s;
}

/** Checks one real answer against the document: its status is declared, and a JSON body has exactly the declared keys. */
async function expectDeclared(doc: OpenApi, path: string, method: string, res: Response): Promise<void> {
  const where = `${method.toUpperCase()} ${path} answered ${res.status}`;
  const declared = doc.paths[path]![method]!.responses[String(res.status)];
  expect(declared, `${where}: status not in the document`).to.not.equal(undefined);
  const text = await res.text();
  const json = declared!.content?.["application/json"]?.schema;
  if (json === undefined) return;
  const schema = resolve(doc, json);
  if (schema.type !== "object" || schema.properties === undefined) return;
  const body = JSON.parse(text) as Record<string, unknown>;
  const keys = Object.keys(schema.properties);
  for (const k of Object.keys(body)) expect(keys, `${where}: key ${k} not declared`).to.include(k);
  for (const k of schema.required ?? []) expect(body, `${where}: required key ${k} missing`).to.have.property(k);
  if (json.$ref === "#/components/schemas/Error") expect(Object.keys(body.error as object).sort()).to.deep.equal(["code", "message"]);
}

describe("node: the operator journey's findings (3 members + guardian, real processes)", function () {
  this.timeout(900_000);
  let net: Devnet;
  let task: DemoTask;
  let dir: string;
  const GUARDIAN = 3;
  const DOWN = 0; // member-1: the first peer in every other node's list

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-journey-"));
    net = await startDevnet({
      dir,
      specs: [SPEC_FILE],
      nodes: [
        { name: "member-1", role: "committee", account: 1 },
        { name: "member-2", role: "committee", account: 2 },
        { name: "member-3", role: "committee", account: 3 },
        { name: "guardian", role: "guardian", account: 4 },
      ],
      proposeTimeoutMs: 1_500,
    });
  });

  after(async function () {
    if (net) await net.stop();
  });

  describe("http.port already in use", function () {
    /** Runs `aerie node --config` (the CLI) with member-1's config, its port set to the chain's, to its exit. */
    function runTaken(dataDir: string, over: Record<string, unknown> = { http: { host: "127.0.0.1", port: net.chain.port } }): Promise<{ code: number | null; stdout: string; stderr: string; configPath: string }> {
      const base = JSON.parse(readFileSync(net.nodes[0]!.configPath, "utf8")) as Record<string, unknown>;
      const home = mkdtempSync(join(dir, "port-taken-"));
      const configPath = join(home, "config.json");
      writeFileSync(configPath, JSON.stringify({ ...base, dataDir, ...over }, null, 2));
      const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", join(ROOT, "src/cli/index.ts"), "node", "--config", configPath], {
        cwd: ROOT,
        env: { ...process.env, AERIE_NODE_KEY: hardhatKey(1), AERIE_LOG_LEVEL: "info" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
      child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
      return new Promise((res) =>
        child.once("exit", (code) => {
          clearTimeout(timer);
          res({ code, stdout, stderr, configPath });
        }),
      );
    }

    it("fails before saying ready, exits 1 with one line, and creates no data dir", async function () {
      const dataDir = join(dir, "never-created", "data");
      const r = await runTaken(dataDir);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.equal(`error: http.port ${net.chain.port} is in use on 127.0.0.1: set another port in the config ${r.configPath}\n`);
      expect(r.stdout).to.not.match(/ready|listening|started/);
      expect(existsSync(dataDir)).to.equal(false);
    });

    it("leaves an existing empty data dir empty (no node.db)", async function () {
      const dataDir = join(dir, "empty-data");
      mkdirSync(dataDir);
      const r = await runTaken(dataDir);
      expect(r.code).to.equal(1);
      expect(r.stderr).to.match(/^error: http\.port \d+ is in use on 127\.0\.0\.1: set another port in the config .*\n$/);
      expect(readdirSync(dataDir)).to.deep.equal([]);
    });

    // found by a newcomer: a book from before a chain restart (same chain id, no code) failed with viem's "returned
    // no data" after the database was created
    it("a stale address book (no code at its addresses): one line naming the contract and the fix, no data dir", async function () {
      const base = JSON.parse(readFileSync(net.nodes[0]!.configPath, "utf8")) as { addressBook: string };
      const book = JSON.parse(readFileSync(base.addressBook, "utf8")) as { contracts: Record<string, { address: string }> };
      for (const c of Object.values(book.contracts)) c.address = `0x${"0123456789".repeat(4)}`;
      const stale = join(mkdtempSync(join(dir, "stale-book-")), "31337.json");
      writeFileSync(stale, JSON.stringify(book, null, 2));
      const dataDir = join(dir, "stale-never-created", "data");
      const r = await runTaken(dataDir, { addressBook: stale });
      expect(r.code).to.equal(1);
      expect(r.stderr).to.match(/^error: config .*: addressBook: .*31337\.json: the \w+ contract at 0x0123456789\w+ has no code on chain 31337 \(was the chain restarted\?\): deploy again and point addressBook at the new book\n$/);
      expect(existsSync(dataDir)).to.equal(false);
    });
  });

  describe("the running network", function () {
    before(async function () {
      for (let i = 0; i < net.nodes.length; i++) await net.start(i);
      task = await setupDemoTask(net, spec);
    });

    it("a guardian-only node answers its committee-only routes not_committee_node (404), before reading the body", async function () {
      const g = net.nodes[GUARDIAN]!.url;
      const want = (b: unknown) => {
        expect(b).to.have.nested.property("error.code", "not_committee_node");
        expect((b as { error: { message: string } }).error.message).to.match(/guardian-only node .*committee members' nodes/);
        expect(Object.keys((b as { error: object }).error).sort()).to.deep.equal(["code", "message"]);
      };
      for (const [body, type] of [
        ["{}", "application/json"],
        ['{"taskId":"1"', "application/json"],
        ["hello", "text/plain"],
      ] as const) {
        const res = await fetch(`${g}/v1/signatures`, { method: "POST", headers: { "content-type": type }, body });
        expect(res.status, `POST ${type} ${body}`).to.equal(404);
        want(await res.json());
      }
      const res = await fetch(`${g}/v1/tasks/${task.taskId}/rounds/0/signatures`);
      expect(res.status).to.equal(404);
      want(await res.json());
      // a member answers the same empty body invalid_body: the route is its
      const m = await fetch(`${net.nodes[1]!.url}/v1/signatures`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
      expect(m.status).to.equal(400);
      expect(await m.json()).to.have.nested.property("error.code", "invalid_body");
    });

    it("aerie_rounds is the chain's view of the served task at every node, the guardian included", async function () {
      for (const n of net.nodes) {
        const got = await expectGaugeIsChainView(net, task.taskId, n.url);
        expect(Object.values(got).reduce((a, b) => a + b, 0)).to.equal(spec.rounds.count);
      }
    });

    it("every route of /v1/openapi.json answers only declared statuses and body keys (413, 415, 429 included)", async function () {
      for (const n of [net.nodes[1]!, net.nodes[GUARDIAN]!]) {
        const doc = (await (await fetch(`${n.url}/v1/openapi.json`)).json()) as OpenApi;
        const trainer = task.trainers[0]!.address;
        const fill = (p: string) =>
          p.replace("{taskId}", task.taskId.toString()).replace("{round}", "0").replace("{signer}", trainer).replace("{account}", trainer);
        let posts = 0;
        for (const [path, methods] of Object.entries(doc.paths)) {
          for (const method of Object.keys(methods)) {
            const url = `${n.url}${fill(path)}`;
            if (method === "get") {
              await expectDeclared(doc, path, method, await fetch(url));
              if (path.includes("{round}")) await expectDeclared(doc, path, method, await fetch(url.replace("/rounds/0/", "/rounds/99/")));
              if (path.includes("{taskId}")) await expectDeclared(doc, path, method, await fetch(url.replace(`/tasks/${task.taskId}/`, "/tasks/x/")));
              continue;
            }
            posts++;
            const post = (body: string, type = "application/json") => fetch(url, { method: "POST", headers: { "content-type": type }, body });
            const answers = [await post("{}"), await post("{"), await post("hello", "text/plain"), await post(JSON.stringify({ pad: "x".repeat(2 * 1024 * 1024) }))];
            const statuses = answers.map((a) => a.status);
            for (const a of answers) await expectDeclared(doc, path, method, a);
            if (!(n === net.nodes[GUARDIAN] && path === "/v1/signatures")) expect(statuses.slice(2), `${path}: text/plain and 2 MiB`).to.deep.equal([415, 413]);
          }
        }
        expect(posts).to.be.greaterThan(5);
        // every route declares 429: the per-IP limit (burst 200) answers it on any of them
        for (const [path, methods] of Object.entries(doc.paths)) for (const m of Object.values(methods)) expect(m.responses, `${path} 429`).to.have.property("429");
        // bursts of 300 in flight until the bucket runs dry (on a loaded machine one burst may be served slower than it refills)
        const limited: Response[] = [];
        for (let k = 0; k < 10 && limited.length === 0; k++) {
          const flood = await Promise.all(Array.from({ length: 300 }, () => fetch(`${n.url}/healthz`)));
          for (const r of flood) if (r.status === 429) limited.push(r);
          else await r.body?.cancel();
        }
        expect(limited.length).to.be.greaterThan(0);
        expect(limited[0]!.headers.get("retry-after")).to.match(/^\d+$/);
        await expectDeclared(doc, "/healthz", "get", limited[0]!);
        await new Promise((r) => setTimeout(r, 3_000)); // let the bucket refill
      }
    });

    describe("a member down for a round, then back", function () {
      before(async function () {
        const round = 0n;
        await net.kill(DOWN);
        const [roundStart, roundEnd] = (await net.ctx.publicClient.readContract({ ...net.c.registry, functionName: "roundWindow", args: [task.taskId, round] })) as [bigint, bigint];
        const live = net.nodes.filter((_, i) => i !== DOWN).map((n) => n.url);
        await sendRoundMessages(net, { taskId: task.taskId, round, roundStart, roundEnd, trainers: task.trainers, validators: task.validators, urls: live });
        await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
        await waitFor("round 0 proposed by the live members", async () => {
          const s = await getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round });
          return s.status === RoundStatus.Proposed ? true : undefined;
        });
      });

      it("the guardian's gauge shows the proposed round (it has no committee rows of its own)", async function () {
        const got = await expectGaugeIsChainView(net, task.taskId, net.nodes[GUARDIAN]!.url);
        expect(got.proposed).to.equal(1);
      });

      it("every live node logs the dead peer once per streak (warn), and once when any contact reaches it again (info)", async function () {
        const url = net.nodes[DOWN]!.url;
        // the guardian asked the dead member first for the proposed bundle (sync); the members fetched its bundle and pushed
        for (const [i, n] of net.nodes.entries()) {
          if (i === DOWN) continue;
          await waitFor(`${n.name}'s peer-down line`, async () => (logLines(n.logPath).some((l) => l.peer === url && String(l.msg).includes("is down")) ? true : undefined), 30_000);
        }
        const s = await getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round: 0n });
        const challengeWindow = (await net.ctx.publicClient.readContract({ ...net.c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
        await net.setTime(s.proposal!.proposedAt + challengeWindow);
        await waitFor("round 0 finalized", async () => ((await getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round: 0n })).status === RoundStatus.Finalized ? true : undefined));
        await net.start(DOWN);
        // round 1: every node contacts the returned member again (the guardian only by syncing the proposed bundle)
        const round = 1n;
        const [roundStart, roundEnd] = (await net.ctx.publicClient.readContract({ ...net.c.registry, functionName: "roundWindow", args: [task.taskId, round] })) as [bigint, bigint];
        await sendRoundMessages(net, { taskId: task.taskId, round, roundStart, roundEnd, trainers: task.trainers, validators: task.validators, urls: net.nodes.map((n) => n.url) });
        await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
        await waitFor("round 1 proposed", async () => ((await getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round })).status === RoundStatus.Proposed ? true : undefined));
        for (const [i, n] of net.nodes.entries()) {
          if (i === DOWN) continue;
          const back = await waitFor(`${n.name}'s "peer answers again"`, async () => logLines(n.logPath).find((l) => l.peer === url && l.msg === "peer answers again"), 60_000);
          expect(back.level).to.equal(30);
          expect(back.failures).to.be.a("number").and.greaterThan(0);
          const down = logLines(n.logPath).filter((l) => l.peer === url && String(l.msg).includes("is down"));
          expect(down, `${n.name}'s peer-down lines`).to.have.length(1);
          expect(down[0]!.level).to.equal(40);
          expect(down[0]!.err).to.equal("ECONNREFUSED");
        }
        await expectGaugeIsChainView(net, task.taskId, net.nodes[GUARDIAN]!.url);
      });

      it("the bundleURI names one member's URL; with that member down, the others and the guardian serve the bundle by hash", async function () {
        const s = await getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round: 1n });
        const [ev] = await net.ctx.publicClient.getContractEvents({ ...net.c.settlement, eventName: "ResultProposed", args: { taskId: task.taskId, round: 1n }, fromBlock: net.fromBlock, strict: true });
        const uri = (ev!.args.result as { bundleURI: string }).bundleURI;
        const base = (JSON.parse(readFileSync(net.nodes[0]!.configPath, "utf8")) as { committee: { bundleBaseUrl: string } }).committee.bundleBaseUrl;
        expect(uri).to.equal(`${base}/v1/tasks/${task.taskId}/rounds/1/bundle`);
        const owner = net.nodes.findIndex((n) => uri.startsWith(n.url));
        expect(owner).to.be.greaterThanOrEqual(0);
        await net.kill(owner);
        expect(await fetch(uri).then(() => "up", () => "down")).to.equal("down");
        for (const [i, n] of net.nodes.entries()) {
          if (i === owner) continue;
          const res = await waitFor(`${n.name} serves the bundle`, async () => {
            const r = await fetch(`${n.url}/v1/tasks/${task.taskId}/rounds/1/bundle?hash=${s.proposal!.bundleHash}`);
            return r.status === 200 ? r : undefined;
          }, 30_000);
          expect(keccak256(toBytes(await res.text()))).to.equal(s.proposal!.bundleHash);
        }
        await net.start(owner);
      });
    });
  });
});
