// The CLI against real node processes (issue 7): `aerie node` starts a member, `submit`/`score --node` post to the
// intakes, a leader nobody pushes to pulls the signatures it needs, `claim --node` claims with a node's proof
// checked against the chain, and a challenged round is re-settled by the committee loop. A `hardhat node`, three
// member processes (one started through the CLI), the CLI in this process.
import { expect } from "chai";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getAddress, keccak256, toBytes, type Address, type Hex } from "viem";
import { getContractEvents } from "viem/actions";

import { computeRound } from "../../src/aggregator";
import { DISHONEST, OPERATORS, SPEC_PATH, trueQuality } from "../../src/demo/run";
import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { specHash } from "../../src/lib/taskSpec";
import { fetchPeerBundle } from "../../src/node/committee/peers";
import { rotationPosition } from "../../src/node/committee/loop";
import { challenge, getRoundInputs, getRoundStatus, propose, RoundStatus, signRoundResult, waitForReceipt } from "../../src/sdk";
import { ROOT, sendRoundMessages, setupDemoTask, startDevnet, waitFor, type DemoTask, type Devnet } from "../../scripts/network/devnet";
import { cli } from "../cli/helpers";
import { freePort } from "./helpers";

const SPEC_FILE = join(ROOT, SPEC_PATH);
const spec = parseTaskSpec(JSON.parse(readFileSync(SPEC_FILE, "utf8")));

describe("CLI against node processes: aerie node, --node on submit/score/claim, signature pull, a challenged round", function () {
  this.timeout(900_000);
  let net: Devnet;
  let task: DemoTask;
  let down: string;
  const committee = { members: [] as Address[], threshold: 2 };
  const savedRpc = process.env.LOCALHOST_RPC_URL;
  const run = (...args: string[]) => cli(["--network", "localhost", "--deployments", join(net.bookPath, ".."), ...args]);
  const at = (round: bigint, p: number) => net.nodes.findIndex((n) => rotationPosition(committee, task.taskId, round, n.address) === p);
  const window = async (round: bigint) => (await net.ctx.publicClient.readContract({ ...net.c.registry, functionName: "roundWindow", args: [task.taskId, round] })) as [bigint, bigint];
  const urls = () => net.nodes.map((n) => n.url).join(",");
  const status = (round: bigint) => getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round });
  const accountOf = (name: string) => OPERATORS.find((o) => o.name === name)!.account;

  before(async function () {
    net = await startDevnet({
      dir: mkdtempSync(join(tmpdir(), "aerie-cli-node-")),
      specs: [SPEC_FILE],
      nodes: [
        { name: "member-1", role: "committee", account: 1, cli: true },
        { name: "member-2", role: "committee", account: 2 },
        { name: "member-3", role: "committee", account: 3 },
      ],
      // successors wait a minute: a leader that cannot gather k signatures would be replaced only after that
      proposeTimeoutMs: 60_000,
    });
    process.env.LOCALHOST_RPC_URL = net.chain.url;
    committee.members = net.nodes.map((n) => n.address).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    task = await setupDemoTask(net, spec);
    // Round 0's leader knows its peers and their keys; the others know no peer: nobody pushes a signature to the
    // leader, which must pull them.
    const leader = at(0n, 0);
    for (const [i, n] of net.nodes.entries()) {
      const config = JSON.parse(readFileSync(n.configPath, "utf8")) as { peers: unknown[] };
      config.peers = i === leader ? net.nodes.filter((_, j) => j !== i).map((p) => ({ url: p.url, address: p.address })) : [];
      writeFileSync(n.configPath, JSON.stringify(config, null, 2));
    }
    for (let i = 0; i < net.nodes.length; i++) await net.start(i);
    down = `http://127.0.0.1:${await freePort()}`;
  });

  after(async function () {
    if (savedRpc === undefined) delete process.env.LOCALHOST_RPC_URL;
    else process.env.LOCALHOST_RPC_URL = savedRpc;
    if (net) await net.stop();
  });

  it("submit --node and score --node deliver to every node and print each one's status; refusals are one line with the node's code", async function () {
    const round = 0n;
    const [roundStart, roundEnd] = await window(round);
    await net.setTime(roundStart + 60n);
    for (const t of task.trainers) {
      const r = await run("submit", "--account", String(accountOf(t.name)), "--task", task.taskId.toString(), "--round", "0", "--model-hash", keccak256(toBytes(`model:${task.taskId}:0:${t.name}`)), "--model-uri", `ipfs://demo/${task.taskId}/0/${t.name}.safetensors`, "--node", urls());
      expect(r.code, r.err).to.equal(0);
      const lines = r.out.trimEnd().split("\n");
      expect(lines).to.have.length(3);
      for (const [i, n] of net.nodes.entries()) expect(lines[i]).to.match(new RegExp(`^submission accepted by ${n.url}: digest 0x[0-9a-f]{64}, receivedAt \\d+$`));
    }
    const offline = await run("submit", "--account", String(accountOf(task.trainers[0]!.name)), "--task", task.taskId.toString(), "--round", "0", "--model-hash", keccak256(toBytes("x")), "--model-uri", "ipfs://x", "--node", down);
    expect(offline.code).to.equal(1);
    expect(offline.err).to.equal(`error: unreachable: cannot reach the node at ${down}: check the URL and that the node is running\n`);

    await net.setTime(roundEnd + 60n);
    for (const [vi, v] of task.validators.entries()) {
      const scores = task.trainers.map((_, ti) => (v.name === DISHONEST ? 1_000_000n - trueQuality(ti, 0) : trueQuality(ti, 0) + BigInt((vi * 7 + ti * 3) % 5) * 2_000n - 4_000n));
      const r = await run("score", "--account", String(accountOf(v.name)), "--task", task.taskId.toString(), "--round", "0", "--trainers", task.trainers.map((t) => t.address).join(","), "--scores", scores.join(","), "--node", urls(), "--json");
      expect(r.code, r.err).to.equal(0);
      expect(r.json().nodes.map((x: { url: string; status: { status: string; kind: string; signer: string } }) => [x.url, x.status.status, x.status.kind, x.status.signer])).to.deep.equal(
        net.nodes.map((n) => [n.url, "accepted", "scores", v.address]),
      );
    }
    // the submission window is over: the node's refusal, with its code
    const late = await run("submit", "--account", String(accountOf(task.trainers[0]!.name)), "--task", task.taskId.toString(), "--round", "0", "--model-hash", keccak256(toBytes("late")), "--model-uri", "ipfs://late", "--node", net.nodes[1]!.url);
    expect(late.code).to.equal(1);
    expect(late.err).to.match(new RegExp(`^error: node ${net.nodes[1]!.url} answered 409 window_closed: submissions for task ${task.taskId} round 0 closed at ${roundEnd} \\(now \\d+\\): the round no longer takes them\\n$`));
    const lateJson = await run("submit", "--account", String(accountOf(task.trainers[0]!.name)), "--task", task.taskId.toString(), "--round", "0", "--model-hash", keccak256(toBytes("late")), "--model-uri", "ipfs://late", "--node", urls(), "--json");
    expect(lateJson.json().error.code).to.equal("window_closed");
    expect(lateJson.json().error.message).to.match(/\(no node took the message: all 3 answered window_closed\)$/);
  });

  it("the leader nobody pushes to pulls the signatures it needs and proposes at once; the round finalizes", async function () {
    const round = 0n;
    const [, roundEnd] = await window(round);
    const leader = at(round, 0);
    await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
    const proposal = await waitFor("round 0 proposed", async () => ((await status(round)).proposal ?? undefined), 50_000);
    expect(proposal.proposer).to.equal(net.nodes[leader]!.address);
    const CHALLENGE_WINDOW = (await net.ctx.publicClient.readContract({ ...net.c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
    await net.setTime(proposal.proposedAt + CHALLENGE_WINDOW);
    await waitFor("round 0 finalized", async () => ((await status(round)).status === RoundStatus.Finalized ? true : undefined));
  });

  it("claim --node claims the node's cumulative amount, its proof checked against the on-chain root; node refusals are one line", async function () {
    const d2 = task.delegators.find((d) => d.name === "D2")!;
    // the nodes' index must have seen the finalization before they serve the claim
    await waitFor("the claim served", async () => ((await fetch(`${net.nodes[0]!.url}/v1/tasks/${task.taskId}/accounts/${d2.address}/claim`)).status === 200 ? true : undefined));
    const served = (await (await fetch(`${net.nodes[0]!.url}/v1/tasks/${task.taskId}/accounts/${d2.address}/claim`)).json()) as { cumulativeAmount: string };
    const balance = () => net.ctx.publicClient.readContract({ ...net.c.token, functionName: "balanceOf", args: [d2.address] }) as Promise<bigint>;
    const before = await balance();
    const r = await run("claim", "--account", "13", "--node", net.nodes[0]!.url, "--task", task.taskId.toString(), "--json");
    expect(r.code, r.err).to.equal(0);
    expect(r.json()).to.include({ taskId: task.taskId.toString(), account: d2.address, paid: served.cumulativeAmount });
    expect((await balance()) - before).to.equal(BigInt(served.cumulativeAmount));
    const again = await run("claim", "--account", "13", "--node", net.nodes[1]!.url, "--task", task.taskId.toString());
    expect(again.out).to.equal(`nothing left to claim for ${d2.address}\n`);
    const offline = await run("claim", "--account", "13", "--node", down, "--task", task.taskId.toString());
    expect(offline.err).to.equal(`error: unreachable: cannot reach the node at ${down}: check the URL and that the node is running\n`);
    const stranger = getAddress(net.ctx.wallets[19]!.account.address);
    const none = await run("claim", "--account", "19", "--node", net.nodes[0]!.url, "--task", task.taskId.toString());
    expect(none.err).to.equal(`error: node ${net.nodes[0]!.url} answered 404 no_claim: ${stranger} has nothing to claim in task ${task.taskId}\n`);
    const usage = await run("claim", "--account", "13", "--node", net.nodes[0]!.url);
    expect(usage.err).to.equal("error: --node needs --task <id>: the task whose rewards to claim\n");
  });

  it("a challenged round is re-settled by the committee loop with the honest result", async function () {
    const round = 1n;
    const [roundStart, roundEnd] = await window(round);
    const sent = await sendRoundMessages(net, { taskId: task.taskId, round, roundStart, roundEnd, trainers: task.trainers, validators: task.validators, urls: net.nodes.map((n) => n.url) });
    const [finalized0] = await getContractEvents(net.ctx.publicClient, { ...net.c.settlement, eventName: "RoundFinalized", args: { taskId: task.taskId, round: 0n }, fromBlock: net.fromBlock, strict: true });
    const bundle0 = JSON.parse((await fetchPeerBundle(net.nodes[0]!.url, task.taskId, 0n, finalized0!.args.bundleHash))!) as { outputs: { accounts: { account: Address; cumulativeAmount: string }[] } };
    const cumulative = bundle0.outputs.accounts.map((a) => ({ account: getAddress(a.account), amount: BigInt(a.cumulativeAmount) }));
    // the members are down while two colluding keys propose a result that drops an account's earlier rewards
    for (let i = 0; i < net.nodes.length; i++) await net.kill(i);
    await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
    const earner = cumulative.find((c) => c.amount > 0n)!;
    const base = { addresses: net.addresses, fromBlock: net.fromBlock, taskId: task.taskId, round, spec, specHash: specHash(spec), submissions: sent.submissions, scores: sent.scores };
    const honest = await computeRound(await getRoundInputs(net.ctx.publicClient, { ...base, previous: { bundleHash: finalized0!.args.bundleHash, cumulative } }));
    const forged = await computeRound(await getRoundInputs(net.ctx.publicClient, { ...base, previous: { bundleHash: finalized0!.args.bundleHash, cumulative: cumulative.filter((c) => c !== earner) } }));
    expect(forged.bundleHash).to.not.equal(honest.bundleHash);
    const [w1, w2, guardian] = [net.ctx.wallets[1]!, net.ctx.wallets[2]!, net.ctx.wallets[4]!];
    const signatures = await Promise.all([w1, w2].map((w) => signRoundResult(w, { addresses: net.addresses, result: forged.result })));
    await waitForReceipt(net.ctx.publicClient, await propose(w1, { addresses: net.addresses, result: forged.result, slashes: forged.slashes, signatures }));
    await waitForReceipt(net.ctx.publicClient, await challenge(guardian, { addresses: net.addresses, taskId: task.taskId, round, reason: "drops an account's earlier rewards" }));
    expect((await status(round)).status).to.equal(RoundStatus.Challenged);

    for (let i = 0; i < net.nodes.length; i++) await net.start(i);
    await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 2n);
    const proposal = await waitFor("round 1 re-proposed", async () => ((await status(round)).proposal ?? undefined), 120_000);
    expect(proposal.bundleHash).to.equal(honest.bundleHash);
    const CHALLENGE_WINDOW = (await net.ctx.publicClient.readContract({ ...net.c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
    await net.setTime(proposal.proposedAt + CHALLENGE_WINDOW);
    await waitFor("round 1 finalized", async () => ((await status(round)).status === RoundStatus.Finalized ? true : undefined));
    const rewards = (await net.ctx.publicClient.readContract({ ...net.c.distributor, functionName: "taskRewards", args: [task.taskId] })) as { root: Hex };
    expect(rewards.root).to.equal(honest.result.rewardsRoot);
  });
  it("an honest result the guardian challenges is never proposed again: each member says so once; the round is skipped at its deadline", async function () {
    const round = 2n;
    const [roundStart, roundEnd] = await window(round);
    await sendRoundMessages(net, { taskId: task.taskId, round, roundStart, roundEnd, trainers: task.trainers, validators: task.validators, urls: net.nodes.map((n) => n.url) });
    await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
    const proposal = await waitFor("round 2 proposed", async () => ((await status(round)).proposal ?? undefined), 120_000);
    await waitForReceipt(net.ctx.publicClient, await challenge(net.ctx.wallets[4]!, { addresses: net.addresses, taskId: task.taskId, round, reason: "guardian test: refuse an honest result" }));
    const challenged = await status(round);
    expect(challenged.status).to.equal(RoundStatus.Challenged);
    expect(challenged.challengedDigests).to.have.length(1);
    // every member sees it and stops: one error line each, and no second ResultProposed
    const line = "the guardian challenged this member's result; it cannot be proposed again";
    await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 10n);
    for (const n of net.nodes) await waitFor(`${n.name} reports the challenged result`, async () => (readFileSync(n.logPath, "utf8").includes(line) ? true : undefined), 120_000);
    await new Promise((r) => setTimeout(r, 6_000));
    const proposed = await getContractEvents(net.ctx.publicClient, { ...net.c.settlement, eventName: "ResultProposed", args: { taskId: task.taskId, round }, fromBlock: net.fromBlock, strict: true });
    expect(proposed.map((e) => e.args.result.bundleHash)).to.deep.equal([proposal.bundleHash]);
    for (const n of net.nodes) expect(readFileSync(n.logPath, "utf8").split(line).length - 1, n.name).to.equal(1);
    // at the result deadline the loop skips the round: its budget becomes refundable
    await net.setTime(challenged.deadline);
    await waitFor("round 2 skipped", async () => ((await status(round)).status === RoundStatus.Skipped ? true : undefined), 120_000);
  });
});
