// The commit–reveal and FL Alliance CLI commands end to end (issue 9): a `hardhat node`, three committee member
// processes, and the `aerie` bin as its own process for every command. One task of policy `aerie-consensus-v2`
// (each validator runs commit-scores in the scoring window and reveal-scores in the reveal window; a reveal before
// the window and one with a wrong salt are refused with their codes) and one of `flock-fl-alliance-v1` (the drawn
// proposer runs propose-update, the drawn voters vote commit and vote reveal, signers not drawn are refused; the
// refusals kept as evidence — a voter's model update, a vote out of range — are rejected in the bundle). Both
// rounds settle through the members' committee loop; every account claims exactly the amounts derived here from the
// policies' rules.
import { expect } from "chai";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getAddress, keccak256, toBytes, type Address, type Hex } from "viem";
import { getContractEvents } from "viem/actions";
import { privateKeyToAccount } from "viem/accounts";

import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { aerieDomain, signSubmission, signVote } from "../../src/lib/eip712";
import { commitFile } from "../../src/io/salts";
import { NodeClientError, postSubmission, postVote } from "../../src/node/client";
import { DELEGATORS, OPERATORS } from "../../src/demo/run";
import { getRoundStatus, RoundStatus } from "../../src/sdk";
import { addDemoTask, hardhatKey, setupDemoTask, startDevnet, waitFor, type DemoTask, type Devnet } from "../../scripts/network/devnet";
import { aerieProcess, buildCliBundle } from "./helpers";

const ROOT = join(__dirname, "..", "..");
const V2_SPEC_PATH = "examples/tasks/demo-3-rounds-v2.json";
const FL_SPEC_PATH = "examples/tasks/demo-fl-alliance.json";
const v2Spec = parseTaskSpec(JSON.parse(readFileSync(join(ROOT, V2_SPEC_PATH), "utf8")));
const flSpec = parseTaskSpec(JSON.parse(readFileSync(join(ROOT, FL_SPEC_PATH), "utf8")));
const E18 = 10n ** 18n;
const BPS = 10_000n;
/** Honest scores of T1, T2, T3 by validator (the middle one per trainer is the stake-weighted median: no validator holds half). */
const SCORES: Record<string, bigint[]> = { V1: [700_000n, 402_000n, 900_000n], V2: [704_000n, 400_000n, 905_000n], V3: [702_000n, 398_000n, 910_000n] };
const CONSENSUS = [702_000n, 400_000n, 905_000n];

type Account = { account: Address; cumulativeAmount: string };
type Bundle = {
  outputs: { operators: { operator: Address; reward: string; commission: string; dust: string }[]; accounts: Account[]; totalReward: string; unspent: string };
  inputs: { scoresCommits?: { message: { validator: Address; commitment: Hex } }[] };
  selection: Record<string, unknown> & { rejected: { kind: string; signer: Address; reason: string }[] };
  slashes: { operator: Address; bps: number | string }[];
};

/** Stake of each demo operator at the round's start (self-stake plus delegations), wei. */
function demoStake(name: string): bigint {
  const self = BigInt(OPERATORS.find((o) => o.name === name)!.selfStake);
  const delegated = DELEGATORS.flatMap((d) => d.to).filter(([op]) => op === name).reduce((s, [, n]) => s + BigInt(n), 0n);
  return (self + delegated) * E18;
}

describe("CLI commit–reveal end to end: commit-scores / reveal-scores (v2), propose-update / vote (FL Alliance), settled and claimed", function () {
  this.timeout(1_800_000);
  let net: Devnet;
  let v2: DemoTask;
  let fl: DemoTask;
  let bin: string;
  let tmp: string;
  let dataDir: string;
  const accountOf = (name: string) => OPERATORS.find((o) => o.name === name)!.account;
  const nodeUrls = () => net.nodes.map((n) => n.url).join(",");
  const aerie = (...args: string[]) => aerieProcess(["--network", "localhost", "--deployments", join(net.bookPath, ".."), ...args], { LOCALHOST_RPC_URL: net.chain.url, AERIE_DATA_DIR: dataDir }, bin);
  const ok = async (run: ReturnType<typeof aerieProcess>, what: string) => {
    const r = await run;
    expect(r.code, `${what}: ${r.stderr}`).to.equal(0);
    expect(r.stderr, what).to.equal("");
    return r.stdout;
  };
  const window = async (task: DemoTask) => (await net.ctx.publicClient.readContract({ ...net.c.registry, functionName: "roundWindow", args: [task.taskId, 0n] })) as [bigint, bigint];
  const status = (task: DemoTask) => getRoundStatus(net.ctx.publicClient, { addresses: net.addresses, taskId: task.taskId, round: 0n });
  const byName = (task: DemoTask, address: Address) => [...task.operators.values()].find((o) => o.address === getAddress(address))!.name;

  before(async function () {
    tmp = mkdtempSync(join(tmpdir(), "aerie-cli-cr-"));
    dataDir = join(tmp, "cli-data");
    bin = buildCliBundle(join(tmp, "bin"));
    net = await startDevnet({
      dir: join(tmp, "net"),
      specs: [join(ROOT, V2_SPEC_PATH), join(ROOT, FL_SPEC_PATH)],
      nodes: [
        { name: "member-1", role: "committee", account: 1 },
        { name: "member-2", role: "committee", account: 2 },
        { name: "member-3", role: "committee", account: 3 },
      ],
    });
    v2 = await setupDemoTask(net, v2Spec);
    fl = await addDemoTask(net, v2, flSpec, FL_SPEC_PATH);
    for (let i = 0; i < net.nodes.length; i++) await net.start(i);
  });

  afterEach(function () {
    // a failure shows what the members logged last (their processes are gone after `after`)
    if (this.currentTest?.state !== "failed" || net === undefined) return;
    for (const n of net.nodes) process.stderr.write(`--- ${n.name} (${n.logPath}), last lines:\n${readFileSync(n.logPath, "utf8").split("\n").slice(-15).join("\n")}\n`);
  });
  after(async function () {
    if (net) await net.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it("runs both rounds through the CLI: each message in its window, refusals one line with the node's code", async function () {
    const [v2Start, v2End] = await window(v2);
    const [flStart, flEnd] = await window(fl);
    const start = v2Start > flStart ? v2Start : flStart;
    const end = v2End < flEnd ? v2End : flEnd;
    const scoring = BigInt(v2Spec.scoringWindowSeconds);
    expect(BigInt(flSpec.scoringWindowSeconds)).to.equal(scoring);
    const task = (t: DemoTask) => ["--task", t.taskId.toString(), "--round", "0"];

    // --- the round runs: v2 trainers submit; the FL task's drawn proposer proposes its update
    await net.setTime(start + 60n);
    const domain = aerieDomain(net.ctx.chainId, net.addresses.taskRegistry);
    for (const t of v2.trainers) {
      const message = { taskId: v2.taskId, round: 0n, trainer: t.address, modelHash: keccak256(toBytes(`model:${t.name}`)), modelURI: `ipfs://demo/${t.name}` };
      const signature = await signSubmission(privateKeyToAccount(hardhatKey(accountOf(t.name))), domain, message);
      for (const n of net.nodes) await postSubmission(n.url, { message, signature, domain });
    }
    const roles = await waitFor("the FL draw", async () => {
      const res = await fetch(`${net.nodes[0]!.url}/v1/tasks/${fl.taskId}/rounds/0/roles`);
      return res.status === 200 ? ((await res.json()) as { roles: { operator: Address; role: string }[] }).roles : undefined;
    });
    const proposers = roles.filter((r) => r.role === "proposer").map((r) => byName(fl, r.operator));
    const voters = roles.filter((r) => r.role === "voter").map((r) => byName(fl, r.operator));
    expect(proposers).to.have.length(1); // k = clamp(floor(6 × 3000 / 10 000), 1, 5)
    expect(voters).to.have.length(5);
    const proposer = proposers[0]!;
    const updateHash = keccak256(toBytes("aggregated update, round 0"));
    const proposed = JSON.parse(await ok(aerie("propose-update", "--account", String(accountOf(proposer)), ...task(fl), "--update-hash", updateHash, "--update-uri", "ipfs://fl/0", "--node", nodeUrls(), "--json"), "propose-update")) as {
      nodes: { url: string; status: { status: string; kind: string; signer: Address } }[];
    };
    expect(proposed.nodes.map((x) => [x.url, x.status.status, x.status.kind, x.status.signer])).to.deep.equal(net.nodes.map((n) => [n.url, "accepted", "modelUpdate", fl.operators.get(proposer)!.address]));
    const notProposer = await aerie("propose-update", "--account", String(accountOf(voters[0]!)), ...task(fl), "--update-hash", updateHash, "--update-uri", "ipfs://fl/x", "--node", net.nodes[0]!.url);
    expect(notProposer.code).to.equal(1);
    expect(notProposer.stderr).to.match(new RegExp(`^error: node ${net.nodes[0]!.url} answered 403 NOT_PROPOSER: [^\\n]+\\n$`));

    // --- scoring window: v2 commitments (salts kept owner-only); FL vote commitments; early reveals refused
    await net.setTime(end + 60n);
    const commitments = new Map<string, Hex>();
    for (const v of v2.validators) {
      const out = await ok(aerie("commit-scores", "--account", String(accountOf(v.name)), ...task(v2), "--trainers", v2.trainers.map((t) => t.address).join(","), "--scores", SCORES[v.name]!.join(","), "--node", nodeUrls(), "--data-dir", dataDir), "commit-scores");
      const file = commitFile(dataDir, { kind: "scores", chainId: net.ctx.chainId, taskId: v2.taskId.toString(), round: "0", signer: v.address });
      const lines = out.trimEnd().split("\n");
      expect(lines).to.have.length(4);
      for (const [i, n] of net.nodes.entries()) expect(lines[i]).to.match(new RegExp(`^scores commitment accepted by ${n.url}: digest 0x[0-9a-f]{64}, receivedAt \\d+$`));
      expect(lines[3]).to.equal(`salt kept in ${file}: run 'aerie reveal-scores' in the reveal window`);
      expect(statSync(file).mode & 0o777, "salt file").to.equal(0o600);
      commitments.set(v.address, (JSON.parse(readFileSync(file, "utf8")) as { commitment: Hex }).commitment);
    }
    expect(statSync(join(dataDir, "commits")).mode & 0o777, "commits directory").to.equal(0o700);
    expect(new Set(commitments.values()).size).to.equal(3);
    const early = await aerie("reveal-scores", "--account", String(accountOf("V1")), ...task(v2), "--node", net.nodes[0]!.url, "--data-dir", dataDir);
    expect(early.code).to.equal(1);
    expect(early.stderr).to.match(new RegExp(`^error: node ${net.nodes[0]!.url} answered 409 EARLY_REVEAL: [^\\n]+\\n$`));
    // scores hidden: no member has a bundle (nothing computed) and none serves the scores before the reveal window
    for (const n of net.nodes) expect((await fetch(`${n.url}/v1/tasks/${v2.taskId}/rounds/0/bundle`)).status).to.equal(404);

    const smallest = [...voters].sort((a, b) => (demoStake(a) < demoStake(b) ? -1 : demoStake(a) > demoStake(b) ? 1 : 0))[0]!;
    const voteOf = (name: string) => (name === smallest ? -1_000_000n : 1_000_000n);
    for (const w of voters) await ok(aerie("vote", "commit", "--account", String(accountOf(w)), ...task(fl), "--vote", voteOf(w).toString(), "--node", nodeUrls(), "--data-dir", dataDir), `vote commit ${w}`);
    const notVoter = await aerie("vote", "commit", "--account", String(accountOf(proposer)), ...task(fl), "--vote", "1", "--node", net.nodes[1]!.url, "--data-dir", dataDir, "--json");
    expect(notVoter.code).to.equal(1);
    expect((JSON.parse(notVoter.stdout) as { error: { code: string } }).error.code).to.equal("NOT_VOTER");

    // --- reveal window: a wrong salt is refused (REVEAL_MISMATCH) and the right one then accepted; FL votes revealed
    await net.setTime(end + scoring + 60n);
    const v1File = commitFile(dataDir, { kind: "scores", chainId: net.ctx.chainId, taskId: v2.taskId.toString(), round: "0", signer: v2.operators.get("V1")!.address });
    const saved = readFileSync(v1File, "utf8");
    writeFileSync(v1File, saved.replace(/"salt": "0x[0-9a-f]{64}"/, `"salt": "0x${"ab".repeat(32)}"`));
    const wrong = await aerie("reveal-scores", "--account", String(accountOf("V1")), ...task(v2), "--node", net.nodes[0]!.url, "--data-dir", dataDir);
    expect(wrong.code).to.equal(1);
    expect(wrong.stdout).to.equal("");
    expect(wrong.stderr).to.match(new RegExp(`^error: node ${net.nodes[0]!.url} answered 422 REVEAL_MISMATCH: [^\\n]+\\n$`));
    writeFileSync(v1File, saved);
    for (const v of v2.validators) {
      const out = await ok(aerie("reveal-scores", "--account", String(accountOf(v.name)), ...task(v2), "--node", nodeUrls(), "--data-dir", dataDir), "reveal-scores");
      expect(out.trimEnd().split("\n")).to.have.length(3);
      for (const [i, n] of net.nodes.entries()) expect(out.trimEnd().split("\n")[i]).to.match(new RegExp(`^scores reveal accepted by ${n.url}: digest 0x[0-9a-f]{64}`));
    }
    for (const w of voters) await ok(aerie("vote", "reveal", "--account", String(accountOf(w)), ...task(fl), "--node", nodeUrls(), "--data-dir", dataDir), `vote reveal ${w}`);
    // a vote out of range, signed by a drawn voter and sent to member-2 only: refused there with its code (evidence)
    const outOfRange = { taskId: fl.taskId, round: 0n, voter: fl.operators.get(voters[1]!)!.address, vote: 2_000_000n };
    const rangeAnswer = await postVote(net.nodes[1]!.url, { message: outOfRange, signature: await signVote(privateKeyToAccount(hardhatKey(accountOf(voters[1]!))), domain, outOfRange), domain, salt: keccak256(toBytes("out of range")) }).catch((e: NodeClientError) => e.code);
    expect(rangeAnswer).to.equal("VOTE_OUT_OF_RANGE");

    // --- after the reveal windows: the committee settles both rounds
    const revealWindow = BigInt(v2Spec.policy.revealWindowSeconds as number);
    await net.setTime((v2End > flEnd ? v2End : flEnd) + scoring + revealWindow + 1n);
    const p2 = await waitFor("v2 round 0 proposed", async () => ((await status(v2)).proposal ?? undefined), 180_000);
    const pf = await waitFor("FL round 0 proposed", async () => ((await status(fl)).proposal ?? undefined), 180_000);
    const CHALLENGE_WINDOW = (await net.ctx.publicClient.readContract({ ...net.c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
    await net.setTime((p2.proposedAt > pf.proposedAt ? p2.proposedAt : pf.proposedAt) + CHALLENGE_WINDOW);
    for (const t of [v2, fl]) await waitFor(`task ${t.taskId} round 0 finalized`, async () => ((await status(t)).status === RoundStatus.Finalized ? true : undefined));

    // --- v2: the commitments the CLI sent, every reveal accepted, no refusal among the inputs
    const b2 = await bundleOf(v2, p2.bundleHash);
    expect(Object.fromEntries((b2.inputs.scoresCommits ?? []).map((c) => [c.message.validator, c.message.commitment]))).to.deep.equal(Object.fromEntries(commitments));
    expect(b2.selection.missingReveals).to.deep.equal([]);
    expect((b2.selection.acceptedScores as { validator: Address }[]).map((s) => s.validator).sort()).to.deep.equal(v2.validators.map((v) => v.address).sort());
    // V1's wrong salt (sent to member-1 only) is no rejection: the right salt of the same signed reveal opens the
    // commitment, and a salt is not signed (anyone could attach a wrong one)
    expect(b2.selection.rejected).to.deep.equal([]);
    expect(b2.slashes).to.deep.equal([]);
    // trainer pool = budget × (1 − validatorShare), pro rata to consensus × stake (α = 1)
    const trainerPool = (BigInt(v2Spec.rewardPerRound) * (BPS - BigInt(v2Spec.policy.validatorShareBps as number))) / BPS;
    const weights = v2.trainers.map((t, i) => CONSENSUS[i]! * demoStake(t.name));
    const totalWeight = weights.reduce((a, b) => a + b, 0n);
    const rewardOf = (b: Bundle, a: Address) => BigInt(b.outputs.operators.find((o) => o.operator === a)!.reward);
    for (const [i, t] of v2.trainers.entries()) expect(rewardOf(b2, t.address), t.name).to.equal((trainerPool * weights[i]!) / totalWeight);
    expect(BigInt(b2.outputs.totalReward) + BigInt(b2.outputs.unspent)).to.equal(BigInt(v2Spec.rewardPerRound));

    // --- FL: the update accepted (the aggregate vote is positive); proposer pool to the proposer, voter pool to the
    // voters on the winning side pro rata to stake, the dissenting voter slashed slashBps of its stake at the start
    const bf = await bundleOf(fl, pf.bundleHash);
    expect((bf.selection.acceptedModelUpdates as { proposer: Address; updateHash: Hex }[]).map((u) => [u.proposer, u.updateHash])).to.deep.equal([[fl.operators.get(proposer)!.address, updateHash]]);
    expect((bf.selection.acceptedVotes as { voter: Address; vote: string }[]).map((v) => [v.voter, v.vote]).sort()).to.deep.equal(voters.map((w) => [fl.operators.get(w)!.address, voteOf(w).toString()]).sort());
    expect(bf.selection.missingVoteReveals).to.deep.equal([]);
    // the evidence refusals, each sent to one member only, reached every member's bundle (the round settled on one
    // digest) and are rejected there with their reason: the voter's model update and the out-of-range vote
    expect(bf.selection.rejected.map((r) => [r.kind, r.signer, r.reason])).to.deep.equal([
      ["modelUpdate", fl.operators.get(voters[0]!)!.address, `NOT_PROPOSER: ${fl.operators.get(voters[0]!)!.address} was not drawn as a proposer of this round`],
      ["vote", outOfRange.voter, "VOTE_OUT_OF_RANGE: vote 2000000 is outside [-1000000, 1000000]"],
    ]);
    const budget = BigInt(flSpec.rewardPerRound);
    const proposerPool = (budget * BigInt(flSpec.policy.proposerShareBps as number)) / BPS;
    const winners = voters.filter((w) => w !== smallest);
    const winnerStake = winners.reduce((s, w) => s + demoStake(w), 0n);
    expect(rewardOf(bf, fl.operators.get(proposer)!.address)).to.equal(proposerPool);
    for (const w of winners) expect(rewardOf(bf, fl.operators.get(w)!.address), w).to.equal(((budget - proposerPool) * demoStake(w)) / winnerStake);
    expect(bf.outputs.operators.find((o) => o.operator === fl.operators.get(smallest)!.address)?.reward ?? "0").to.equal("0");
    expect(bf.slashes.map((s) => [s.operator, String(s.bps)])).to.deep.equal([[fl.operators.get(smallest)!.address, String(flSpec.policy.slashBps)]]);
    const [slashed] = await getContractEvents(net.ctx.publicClient, { ...net.c.vault, eventName: "Slashed", args: { operator: fl.operators.get(smallest)!.address }, fromBlock: net.fromBlock, strict: true });
    expect(slashed!.args.base).to.equal(demoStake(smallest));

    // --- claims: every account of both bundles claims through `aerie claim --node`; each balance moves by its amount
    for (const [t, b] of [[v2, b2], [fl, bf]] as const) {
      for (const a of b.outputs.accounts) {
        const balance = () => net.ctx.publicClient.readContract({ ...net.c.token, functionName: "balanceOf", args: [a.account] }) as Promise<bigint>;
        const before = await balance();
        const r = JSON.parse(await ok(aerie("claim", "--account", "5", "--node", net.nodes[0]!.url, "--task", t.taskId.toString(), "--for", a.account, "--json"), `claim ${a.account}`)) as { paid: string };
        expect(r.paid).to.equal(a.cumulativeAmount);
        expect((await balance()) - before).to.equal(BigInt(a.cumulativeAmount));
      }
    }
  });

  /** The finalized round's bundle as a member serves it. */
  async function bundleOf(t: DemoTask, hash: Hex): Promise<Bundle> {
    const res = await fetch(`${net.nodes[0]!.url}/v1/tasks/${t.taskId}/rounds/0/bundle?hash=${hash}`);
    expect(res.status).to.equal(200);
    return (await res.json()) as Bundle;
  }
});
