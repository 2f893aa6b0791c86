// Round-message reconciliation as real processes over real sockets (docs/NODE.md): a `hardhat node` and three
// committee members; messages sent to some members only, a validator equivocating (two commitments to different
// members), and evidence refusals. Every member computes the same bundle from the merged messages and the round
// settles. Two members also list three broken peers (one answering garbage, one never answering, one down): the
// round computes after the timeout all the same.
import { expect } from "chai";
import { createServer, type Server } from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { keccak256, toBytes, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { EQUIVOCATION_REASON } from "../../src/aggregator/messages";
import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { aerieDomain, scoresCommitment, signScores, signScoresCommit, signSubmission, type Scores } from "../../src/lib/eip712";
import { NodeClientError, postScoresCommit, postScoresReveal, postSubmission } from "../../src/node/client";
import { OPERATORS } from "../../src/demo/run";
import { getRoundStatus, RoundStatus } from "../../src/sdk";
import { hardhatKey, setupDemoTask, startDevnet, waitFor, type DemoTask, type Devnet } from "../../scripts/network/devnet";
import { freePort } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const V2_SPEC_PATH = "examples/tasks/demo-3-rounds-v2.json";
const v2Spec = parseTaskSpec(JSON.parse(readFileSync(join(ROOT, V2_SPEC_PATH), "utf8")));
// long enough for a real peer on a loaded machine (a run at load 30 saw real peers answer after more than 2 s)
const RECONCILE_TIMEOUT_MS = 20_000;
const salt = (n: number) => keccak256(toBytes(`salt ${n}`));

type Bundle = {
  inputs: { submissions: { message: { trainer: Address } }[]; scoresCommits: { message: { validator: Address; commitment: Hex }; signature: Hex }[] };
  selection: { rejected: { kind: string; signer: Address; signature: Hex; reason: string }[]; acceptedScores: { validator: Address; signature: Hex }[]; missingReveals: Address[] };
};

describe("node round-message reconciliation: members exchange the round's messages before computing it", function () {
  this.timeout(900_000);
  let net: Devnet;
  let task: DemoTask;
  let tmp: string;
  const broken: Server[] = [];
  let brokenUrls: string[] = [];
  const accountOf = (name: string) => privateKeyToAccount(hardhatKey(OPERATORS.find((o) => o.name === name)!.account));

  before(async function () {
    tmp = mkdtempSync(join(tmpdir(), "aerie-reconcile-"));
    net = await startDevnet({
      dir: join(tmp, "net"),
      specs: [join(ROOT, V2_SPEC_PATH)],
      nodes: [
        { name: "member-1", role: "committee", account: 1 },
        { name: "member-2", role: "committee", account: 2 },
        { name: "member-3", role: "committee", account: 3 },
      ],
    });
    task = await setupDemoTask(net, v2Spec);
    // three broken peers: garbage on the messages route, no answer at all on it, and a port nobody listens on
    const serve = (handler: (url: string, res: import("node:http").ServerResponse) => void) =>
      new Promise<string>((res) => {
        const s = createServer((req, r) => handler(req.url ?? "", r));
        broken.push(s);
        s.listen(0, "127.0.0.1", () => res(`http://127.0.0.1:${(s.address() as { port: number }).port}`));
      });
    const garbage = await serve((url, r) => (url.endsWith("/messages") ? r.writeHead(200, { "content-type": "application/json" }).end("{not json") : r.writeHead(404).end()));
    const silent = await serve((url, r) => (url.endsWith("/messages") ? undefined : r.writeHead(404).end()));
    brokenUrls = [garbage, silent, `http://127.0.0.1:${await freePort()}`];
    for (const [i, n] of net.nodes.entries()) {
      const config = JSON.parse(readFileSync(n.configPath, "utf8")) as { peers: string[]; committee: Record<string, unknown> };
      config.committee.reconcileTimeoutMs = RECONCILE_TIMEOUT_MS;
      if (i < 2) config.peers.push(...brokenUrls);
      writeFileSync(n.configPath, JSON.stringify(config, null, 2) + "\n");
    }
    for (let i = 0; i < net.nodes.length; i++) await net.start(i);
  });

  afterEach(function () {
    if (this.currentTest?.state !== "failed" || net === undefined) return;
    for (const n of net.nodes) process.stderr.write(`--- ${n.name} (${n.logPath}), last lines:\n${readFileSync(n.logPath, "utf8").split("\n").slice(-20).join("\n")}\n`);
  });
  after(async function () {
    if (net) await net.stop();
    for (const s of broken) {
      s.closeAllConnections();
      s.close();
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  it("a message sent to one member, an equivocation and evidence refusals: the same bundle at every member, the round settles", async function () {
    const [start, end] = (await net.ctx.publicClient.readContract({ ...net.c.registry, functionName: "roundWindow", args: [task.taskId, 0n] })) as [bigint, bigint];
    const scoring = BigInt(v2Spec.scoringWindowSeconds);
    const revealWindow = BigInt(v2Spec.policy.revealWindowSeconds as number);
    const domain = aerieDomain(net.ctx.chainId, net.addresses.taskRegistry);
    const [m1, m2, m3] = net.nodes.map((n) => n.url) as [string, string, string];
    const trainers = task.trainers.map((t) => t.address);
    const v = Object.fromEntries(task.validators.map((x) => [x.name, x.address])) as Record<"V1" | "V2" | "V3", Address>;

    // --- the round: T1 and T2 submit to every member, T3 to member-2 only
    await net.setTime(start + 60n);
    for (const t of task.trainers) {
      const message = { taskId: task.taskId, round: 0n, trainer: t.address, modelHash: keccak256(toBytes(`model:${t.name}`)), modelURI: `ipfs://demo/${t.name}` };
      const signature = await signSubmission(accountOf(t.name), domain, message);
      for (const url of t.name === "T3" ? [m2] : [m1, m2, m3]) await postSubmission(url, { message, signature, domain });
    }

    // --- scoring window: V1 and V3 commit to every member; V2 commits to scores A at member-1 and to B at 2 and 3
    await net.setTime(end + 60n);
    const scores = (name: string, values: bigint[]): Scores => ({ taskId: task.taskId, round: 0n, validator: v[name as "V1"], trainers, scores: values });
    const plan = {
      V1: scores("V1", [700_000n, 402_000n, 900_000n]),
      V2A: scores("V2", [704_000n, 400_000n, 905_000n]),
      V2B: scores("V2", [100_000n, 100_000n, 100_000n]),
      V3: scores("V3", [702_000n, 398_000n, 910_000n]),
    };
    const salts = { V1: salt(1), V2A: salt(2), V2B: salt(3), V3: salt(4) };
    const commitOf = async (key: keyof typeof plan) => {
      const s = plan[key];
      const message = { taskId: task.taskId, round: 0n, validator: s.validator, commitment: scoresCommitment(s, salts[key]) };
      return { message, signature: await signScoresCommit(accountOf(key.slice(0, 2)), domain, message), domain };
    };
    const commits = { V1: await commitOf("V1"), V2A: await commitOf("V2A"), V2B: await commitOf("V2B"), V3: await commitOf("V3") };
    for (const url of [m1, m2, m3]) for (const key of ["V1", "V3"] as const) await postScoresCommit(url, commits[key]);
    await postScoresCommit(m1, commits.V2A);
    for (const url of [m2, m3]) await postScoresCommit(url, commits.V2B);

    // --- reveal window: V1 reveals to member-3 only; V2 reveals both A and B everywhere (each member refuses the one
    // that does not open its commitment: evidence); V3 reveals everywhere, and a wrong salt to member-2 first
    await net.setTime(end + scoring + 60n);
    const revealOf = async (key: keyof typeof plan, s: Hex = salts[key]) => ({ message: plan[key], signature: await signScores(accountOf(key.slice(0, 2)), domain, plan[key]), domain, salt: s });
    const refused = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        return (e as NodeClientError).code;
      }
      return "accepted";
    };
    await postScoresReveal(m3, await revealOf("V1"));
    const v2Answers = [];
    for (const url of [m1, m2, m3]) for (const key of ["V2A", "V2B"] as const) v2Answers.push(await refused(postScoresReveal(url, await revealOf(key))));
    expect(v2Answers).to.deep.equal(["accepted", "REVEAL_MISMATCH", "REVEAL_MISMATCH", "accepted", "REVEAL_MISMATCH", "accepted"]);
    expect(await refused(postScoresReveal(m2, await revealOf("V3", salt(99))))).to.equal("REVEAL_MISMATCH");
    for (const url of [m1, m2, m3]) await postScoresReveal(url, await revealOf("V3"));

    // --- after the reveal window: every member reconciles (the broken peers time out), computes, signs; it settles
    await net.setTime(end + scoring + revealWindow + 1n);
    const status = () => getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round: 0n });
    const proposal = await waitFor("round 0 proposed", async () => (await status()).proposal ?? undefined, 240_000);
    const texts = await waitFor("every member's bundle", async () => {
      const got = await Promise.all([m1, m2, m3].map(async (url) => {
        const res = await fetch(`${url}/v1/tasks/${task.taskId}/rounds/0/bundle`);
        return res.status === 200 ? res.text() : undefined;
      }));
      return got.every((t) => t !== undefined) ? (got as string[]) : undefined;
    });
    const hashes = texts.map((t) => keccak256(toBytes(t)));
    expect(hashes).to.deep.equal([proposal.bundleHash, proposal.bundleHash, proposal.bundleHash]);
    const CHALLENGE_WINDOW = (await net.ctx.publicClient.readContract({ ...net.c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
    await net.setTime(proposal.proposedAt + CHALLENGE_WINDOW);
    await waitFor("round 0 finalized", async () => ((await status()).status === RoundStatus.Finalized ? true : undefined));

    const bundle = JSON.parse(texts[0]!) as Bundle;
    // T3's submission (member-2 only) and V1's reveal (member-3 only) count everywhere
    expect(bundle.inputs.submissions.map((s) => s.message.trainer).sort()).to.deep.equal([...trainers].sort());
    // V2's equivocation: both commitments are inputs; the greater signature counts, the other is rejected as
    // equivocation, and of V2's two reveals the one opening the winner counts
    const [winner, loser] = [commits.V2A, commits.V2B].sort((a, b) => (a.signature.toLowerCase() > b.signature.toLowerCase() ? -1 : 1)) as [typeof commits.V2A, typeof commits.V2A];
    const v2Commits = bundle.inputs.scoresCommits.filter((c) => c.message.validator === v.V2).map((c) => c.signature);
    expect([...v2Commits].sort()).to.deep.equal([commits.V2A.signature, commits.V2B.signature].sort());
    // acceptedScores name each counted reveal by its signature (RFC 6979 signatures: signing again gives the same bytes)
    const revealSignature = (key: keyof typeof plan) => signScores(accountOf(key.slice(0, 2)), domain, plan[key]);
    const counted = winner === commits.V2A ? "V2A" : "V2B";
    expect(bundle.selection.acceptedScores.map((s) => [s.validator, s.signature])).to.deep.equal(
      [
        [v.V1, await revealSignature("V1")],
        [v.V2, await revealSignature(counted)],
        [v.V3, await revealSignature("V3")],
      ].sort((a, b) => ((a[0] as string).toLowerCase() < (b[0] as string).toLowerCase() ? -1 : 1)),
    );
    expect(bundle.selection.missingReveals).to.deep.equal([]);
    const rejected = bundle.selection.rejected.map((r) => [r.kind, r.signer, r.reason.split(":")[0]]);
    expect(bundle.selection.rejected.find((r) => r.kind === "scoresCommit")).to.deep.include({ signer: v.V2, signature: loser.signature, reason: EQUIVOCATION_REASON });
    // evidence: V2's reveal of the losing commitment (refused by some members only) is rejected with its reason;
    // V3's wrong salt is not, as its right salt opens the commitment (a salt is not signed: anyone can attach one)
    expect(rejected).to.deep.equal([
      ["scores", v.V2, "reveal does not match its commitment"],
      ["scoresCommit", v.V2, "equivocation"],
    ]);

    // the broken peers: each logged once by the members listing them, and they did not hold the round up
    for (const n of net.nodes.slice(0, 2)) {
      const log = readFileSync(n.logPath, "utf8");
      expect(log, n.name).to.include(`no messages from ${brokenUrls[0]} (the answer is not JSON)`);
      expect(log, n.name).to.include(`no messages from ${brokenUrls[1]} (no answer within ${RECONCILE_TIMEOUT_MS} ms)`);
      expect(log, n.name).to.include(`no messages from ${brokenUrls[2]} (ECONNREFUSED)`);
      expect(log, n.name).to.match(/reconciliation: [1-9][0-9]* messages learned from peers/);
    }
  });
});
