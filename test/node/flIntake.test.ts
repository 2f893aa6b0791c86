// The commit–reveal and FL Alliance intake as a real process over real sockets (docs/NODE-API.md): each named
// rejection code answered 4xx AND recorded in the round's bundle with its reason; scores hidden before the reveal
// window; a kill -9 between commit and reveal loses nothing. The round's windows move by restarting the node on the
// same database with shifted lookup files (the node's clock is the wall clock).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect } from "chai";
import { keccak256, toHex, type Address, type Hex } from "viem";
import type { PrivateKeyAccount } from "viem/accounts";

import { computeRound, parseTaskSpec, roundDrawSeed, specHash, type RoundInputs } from "../../src/aggregator";
import { scoresCommitment, signModelUpdate, signScores, signScoresCommit, signVote, signVoteCommit, voteCommitment, type Scores, type Vote } from "../../src/lib/eip712";
import { roundMessageInputs } from "../../src/node/committee/roundMessages";
import { roundInputMessages } from "../../src/node/committee/reconcile";
import { drawRoundRoles, taskPolicyOf } from "../../src/node/intake/flLookups";
import { openStore } from "../../src/node/store/db";
import exampleSpec from "../../examples/tasks/image-classifier.json";
import { account, CHAIN_ID, DOMAIN, REGISTRY, TRAINERS } from "./helpers";
import { killHard, startNodeProcess, type NodeProcess } from "./process";

const FL_POLICY = { id: "flock-fl-alliance-v1", proposerRatioBps: 3000, proposerShareBps: 6000, slashBps: 500, revealWindowSeconds: 600 };
const V2_POLICY = {
  id: "aerie-consensus-v2",
  validatorShareBps: 3000,
  stakeAlphaBps: 10000,
  deviationFloor: 50000,
  madMultiplierBps: 50000,
  biasMultiplierBps: 30000,
  recordWeightBps: 5000,
  slashRecordBps: 5000,
  slashBps: 500,
  quorumBps: 6667,
  revealWindowSeconds: 600,
};
const SCORING = 3600n;
const FL_TASK = 1n;
const V2_TASK = 2n;
const E18 = 10n ** 18n;
/** Seven FL participants with distinct stakes; two validators of the v2 task. */
const MEMBERS = Array.from({ length: 7 }, (_, i) => account(200 + i));
const STAKES = MEMBERS.map((_, i) => BigInt(1000 + 250 * i) * E18);
const V2_VALIDATORS = [account(11), account(12)];
const STAKE_BLOCK_HASH = keccak256(toHex("stake block of round 0")) as Hex;

type Phase = "running" | "scoring" | "reveal" | "closed";
/** The round's [start, end) for each phase, relative to now: windows are commit until end + 3600, reveal 600 after. */
function timing(phase: Phase, now: bigint): { roundStart: bigint; roundEnd: bigint } {
  const end = { running: now + 10_000n, scoring: now - 100n, reveal: now - SCORING - 100n, closed: now - SCORING - 10_000n }[phase];
  return { roundStart: end - 20_000n, roundEnd: end };
}

describe("node intake process: commit–reveal and FL Alliance", function () {
  this.timeout(900_000);
  let dir: string;
  let node: NodeProcess | undefined;
  const roles = drawRoundRoles(
    taskPolicyOf({ policy: FL_POLICY as never }),
    MEMBERS.map((m, i) => ({ operator: m.address, role: "trainer" as const, stake: STAKES[i]! })),
    STAKE_BLOCK_HASH,
    FL_TASK,
    0n,
    41n,
  );
  const proposers = MEMBERS.filter((m) => roles.roles.get(m.address) === "proposer");
  const voters = MEMBERS.filter((m) => roles.roles.get(m.address) === "voter");
  const salt = (a: PrivateKeyAccount) => keccak256(toHex(`salt of ${a.address}`));

  /** (Re)starts the node on the same database with the round in `phase`. */
  async function start(phase: Phase): Promise<NodeProcess> {
    if (node !== undefined) await killHard(node.child);
    const now = BigInt(Math.floor(Date.now() / 1000));
    const t = timing(phase, now);
    const round = (taskId: bigint) => ({ taskId: taskId.toString(), round: "0", roundStart: t.roundStart.toString(), roundEnd: t.roundEnd.toString(), scoringWindowSeconds: SCORING.toString() });
    writeFileSync(
      join(dir, "lookups.json"),
      JSON.stringify({
        rounds: [round(FL_TASK), round(V2_TASK)],
        participants: [
          ...MEMBERS.map((m) => ({ taskId: "1", round: "0", address: m.address, role: "trainer" })),
          ...V2_VALIDATORS.map((v) => ({ taskId: "2", round: "0", address: v.address, role: "validator" })),
        ],
      }),
    );
    writeFileSync(
      join(dir, "fl.json"),
      JSON.stringify({
        tasks: [
          { taskId: "1", policy: FL_POLICY },
          { taskId: "2", policy: V2_POLICY },
        ],
        rounds: [{ taskId: "1", round: "0", stakeBlock: "41", stakeBlockHash: STAKE_BLOCK_HASH, participants: MEMBERS.map((m, i) => ({ address: m.address, role: "trainer", stake: STAKES[i]!.toString() })) }],
      }),
    );
    const args = ["--db", join(dir, "node.db"), "--chain-id", String(CHAIN_ID), "--registry", REGISTRY, "--lookups", join(dir, "lookups.json"), "--fl-lookups", join(dir, "fl.json")];
    node = await startNodeProcess([...args, "--signer-rate", "off", "--ip-rate", "off", "--recover-threads", "0", "--writer", "inline"]);
    return node;
  }

  async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    const res = await fetch(`${node!.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v)) });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }
  async function expectRefused(path: string, body: unknown, status: number, code: string): Promise<void> {
    const res = await post(path, body);
    expect(res.status, JSON.stringify(res.json)).to.equal(status);
    const error = res.json.error as { code: string; message: string };
    expect(error.code).to.equal(code);
    expect(error.message).to.be.a("string").and.not.include("\n");
  }

  const update = async (a: PrivateKeyAccount) => {
    const message = { taskId: FL_TASK, round: 0n, proposer: a.address, updateHash: keccak256(toHex(`update of ${a.address}`)), updateURI: `ipfs://u/${a.address}` };
    return { message, signature: await signModelUpdate(a, DOMAIN, message) };
  };
  const voteOf = (a: PrivateKeyAccount, v: bigint): Vote => ({ taskId: FL_TASK, round: 0n, voter: a.address, vote: v });
  const voteCommit = async (a: PrivateKeyAccount, v: bigint) => {
    const message = { taskId: FL_TASK, round: 0n, voter: a.address, commitment: voteCommitment(voteOf(a, v), salt(a)) };
    return { message, signature: await signVoteCommit(a, DOMAIN, message) };
  };
  const vote = async (a: PrivateKeyAccount, v: bigint, s = salt(a)) => ({ message: voteOf(a, v), salt: s, signature: await signVote(a, DOMAIN, voteOf(a, v)) });
  const scoresOf = (v: PrivateKeyAccount, scores: bigint[]): Scores => ({ taskId: V2_TASK, round: 0n, validator: v.address, trainers: TRAINERS.map((t) => t.address), scores });
  const scoresCommit = async (v: PrivateKeyAccount, scores: bigint[]) => {
    const message = { taskId: V2_TASK, round: 0n, validator: v.address, commitment: scoresCommitment(scoresOf(v, scores), salt(v)) };
    return { message, signature: await signScoresCommit(v, DOMAIN, message) };
  };
  const reveal = async (v: PrivateKeyAccount, scores: bigint[], withSalt = true) => ({
    message: scoresOf(v, scores),
    signature: await signScores(v, DOMAIN, scoresOf(v, scores)),
    ...(withSalt ? { salt: salt(v) } : {}),
  });
  const HONEST = [900_000n, 500_000n, 100_000n];

  before(function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-fl-"));
    expect(proposers).to.have.length(2);
    expect(voters).to.have.length(5);
  });
  after(async function () {
    if (node !== undefined) await killHard(node.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it("takes each message in its window, refuses the others with their named codes, and records them for the bundle", async function () {
    const [p1, p2] = proposers as [PrivateKeyAccount, PrivateKeyAccount];
    const [w1, w2, w3, w4, w5] = voters as [PrivateKeyAccount, PrivateKeyAccount, PrivateKeyAccount, PrivateKeyAccount, PrivateKeyAccount];
    const [va, vb] = V2_VALIDATORS as [PrivateKeyAccount, PrivateKeyAccount];

    // --- during the round: updates from proposers; NOT_PROPOSER from a voter; EARLY_REVEAL of a vote
    await start("running");
    const roleAnswer = await (await fetch(`${node!.url}/v1/tasks/1/rounds/0/roles`)).json();
    expect(roleAnswer).to.deep.equal({
      taskId: "1",
      round: "0",
      seedBlock: "41",
      seed: roundDrawSeed(STAKE_BLOCK_HASH, FL_TASK, 0n),
      roles: [...roles.roles].map(([operator, role]) => ({ operator, role })).sort((a, b) => (a.operator.toLowerCase() < b.operator.toLowerCase() ? -1 : 1)),
    });
    const accepted = await post("/v1/model-updates", await update(p1));
    expect(accepted.status, JSON.stringify(accepted.json)).to.equal(200);
    expect(accepted.json).to.include({ status: "accepted", kind: "modelUpdate", taskId: "1", round: "0", signer: p1.address, replaced: 0 });
    await expectRefused("/v1/model-updates", await update(w1), 403, "NOT_PROPOSER");
    await expectRefused("/v1/votes", await vote(w1, 1n), 409, "EARLY_REVEAL");
    const listed = (await (await fetch(`${node!.url}/v1/tasks/1/rounds/0/model-updates`)).json()) as { updates: { proposer: Address }[] };
    expect(listed.updates.map((u) => u.proposer)).to.deep.equal([p1.address]);

    // --- scoring window: LATE update; vote and scores commits; clear scores refused (never stored); early reveal
    await start("scoring");
    await expectRefused("/v1/model-updates", await update(p2), 409, "LATE");
    for (const [w, v] of [[w1, 900_000n], [w2, -300_000n], [w3, 5n], [w4, 7n]] as const) {
      const res = await post("/v1/vote-commits", await voteCommit(w, v));
      expect(res.status, JSON.stringify(res.json)).to.equal(200);
    }
    expect((await post("/v1/scores-commits", await scoresCommit(va, HONEST))).status).to.equal(200);
    expect((await post("/v1/scores-commits", await scoresCommit(vb, HONEST))).status).to.equal(200);
    await expectRefused("/v1/scores", await reveal(va, HONEST, false), 422, "SALT_REQUIRED");
    await expectRefused("/v1/scores", await reveal(va, HONEST), 409, "EARLY_REVEAL");
    // scores hidden before the reveal window: no reveal and no clear scores held, nothing served but commitments' digests
    const mid = new Database(join(dir, "node.db"), { readonly: true });
    expect(mid.prepare("SELECT COUNT(*) AS n FROM inbox").get()).to.deep.equal({ n: 0 });
    expect(mid.prepare("SELECT COUNT(*) AS n FROM round_messages WHERE kind IN ('scoresReveal', 'vote')").get()).to.deep.equal({ n: 0 });
    mid.close();
    expect((await fetch(`${node!.url}/v1/scores/2/0/${va.address}`)).status).to.equal(404);

    // --- kill -9 between commit and reveal; the reveal window on restart: every commit is still there
    await killHard(node!.child);
    await start("reveal");
    const good = await post("/v1/votes", await vote(w1, 900_000n));
    expect(good.status, JSON.stringify(good.json)).to.equal(200);
    expect(good.json).to.include({ kind: "vote", signer: w1.address });
    expect((await post("/v1/votes", await vote(w2, -300_000n))).status).to.equal(200);
    await expectRefused("/v1/votes", await vote(w3, 6n), 422, "REVEAL_MISMATCH");
    await expectRefused("/v1/votes", await vote(w4, 2_000_000n), 422, "VOTE_OUT_OF_RANGE");
    await expectRefused("/v1/votes", await vote(w5, 1n), 409, "NO_COMMITMENT");
    await expectRefused("/v1/vote-commits", await voteCommit(w5, 1n), 409, "LATE");
    await expectRefused("/v1/votes", await vote(p1, 1n), 403, "NOT_VOTER");
    expect((await post("/v1/scores", await reveal(va, HONEST))).status).to.equal(200);
    await expectRefused("/v1/scores", await reveal(vb, [800_000n, 500_000n, 100_000n]), 422, "REVEAL_MISMATCH");
    // the same reveal again answers as the first time
    const again = await post("/v1/votes", await vote(w1, 900_000n));
    expect(again.json).to.deep.equal(good.json);

    // --- after the reveal window: LATE
    await start("closed");
    await expectRefused("/v1/votes", await vote(w3, 5n), 409, "LATE");
    await killHard(node!.child);
    node = undefined;

    // --- the bundles built from the node's database: the refusals of authentic messages kept as evidence (a reveal
    // that does not open its commitment, a vote out of range, a voter's model update) are rejected with their reason;
    // timing and role refusals (EARLY_REVEAL, LATE, NO_COMMITMENT, NOT_VOTER) are no input; what the refused signers
    // did not do shows as missing
    const store = openStore({ path: join(dir, "node.db") });
    try {
      const fl = await bundleOf(store, FL_TASK, FL_POLICY);
      const sel = fl.selection as { rejected: { kind: string; signer: Address; reason: string }[]; acceptedVotes: { voter: Address; vote: string }[]; acceptedModelUpdates: { proposer: Address }[]; missingVoteReveals: Address[] };
      expect(sel.rejected.map((r) => [r.kind, r.signer, r.reason.split(":")[0]])).to.deep.equal(
        [
          ["modelUpdate", w1.address, "NOT_PROPOSER"],
          ["vote", w3.address, "REVEAL_MISMATCH"],
          ["vote", w4.address, "VOTE_OUT_OF_RANGE"],
        ].sort((a, b) => (a[0]! + a[1]!.toLowerCase() < b[0]! + b[1]!.toLowerCase() ? -1 : 1)),
      );
      expect(sel.rejected.find((r) => r.signer === w4.address)!.reason).to.equal("VOTE_OUT_OF_RANGE: vote 2000000 is outside [-1000000, 1000000]");
      expect(sel.acceptedModelUpdates.map((u) => u.proposer)).to.deep.equal([p1.address]);
      expect(sel.acceptedVotes.map((v) => [v.voter, v.vote]).sort()).to.deep.equal([[w1.address, "900000"], [w2.address, "-300000"]].sort());
      expect([...sel.missingVoteReveals].sort()).to.deep.equal([w3.address, w4.address].sort());

      const v2 = await bundleOf(store, V2_TASK, V2_POLICY);
      const s2 = v2.selection as { rejected: { kind: string; signer: Address; reason: string }[]; acceptedCommits: { validator: Address }[]; missingReveals: Address[] };
      expect(s2.rejected.map((r) => [r.kind, r.signer, r.reason.split(":")[0]])).to.deep.equal([["scores", vb.address, "reveal does not match its commitment"]]);
      expect(s2.acceptedCommits.map((c) => c.validator).sort()).to.deep.equal([va.address, vb.address].sort());
      expect(s2.missingReveals).to.deep.equal([vb.address]);
    } finally {
      store.close();
    }
  });

  /** The round's bundle from the node's stored messages, as the committee computes it (fixed chain half). */
  async function bundleOf(store: ReturnType<typeof openStore>, taskId: bigint, policy: object): Promise<Record<string, unknown>> {
    const spec = parseTaskSpec({ ...exampleSpec, scoringWindowSeconds: Number(SCORING), policy });
    const tp = taskPolicyOf(spec);
    const roundStart = 1_000_000n;
    const roundEnd = 1_100_000n;
    const commitDeadline = roundEnd + SCORING;
    const participants =
      taskId === FL_TASK
        ? MEMBERS.map((m, i) => ({ operator: m.address, role: "trainer" as const, stake: STAKES[i]!, commissionBps: 0n, shares: [{ account: m.address, shares: 1n }] }))
        : [...TRAINERS, ...V2_VALIDATORS].map((m, i) => ({ operator: m.address, role: i < 3 ? ("trainer" as const) : ("validator" as const), stake: E18, commissionBps: 0n, shares: [{ account: m.address, shares: 1n }] }));
    const msgs = roundMessageInputs(roundInputMessages(store, taskId, 0n, participants), tp.policy, { roundStart, roundEnd, commitDeadline, revealDeadline: commitDeadline + 600n });
    const inputs: RoundInputs = {
      chainId: CHAIN_ID,
      contracts: { vault: REGISTRY, registry: REGISTRY, settlement: REGISTRY, distributor: REGISTRY },
      taskId,
      round: 0n,
      roundStart,
      roundEnd,
      stakeBlock: 41n,
      stakeBlockHash: STAKE_BLOCK_HASH,
      rewardPerRound: 1000n * E18,
      spec,
      specHash: specHash(spec),
      participants,
      submissions: [],
      previous: null,
      ...msgs,
    };
    return (await computeRound(inputs)).bundle;
  }
});
