// Commit–reveal in the worker against the node's real intake (in process, real HTTP): an AI Arena validator of an
// aerie-consensus-v2 task commits to its scores and reveals them with the salt; an FL voter commits and reveals its
// vote. Each commitment's salt is on disk (owner-only) before the commitment is sent, and a new worker on the same data
// dir (a restart) reveals what the first one committed to.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";
import pino from "pino";
import { keccak256, toHex, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { scoresCommitment, voteCommitment, aerieDomain } from "../../src/lib/eip712";
import { buildIntakeApp, type IntakeApp } from "../../src/node/intake/app";
import { drawRoundRoles, staticFlLookups } from "../../src/node/intake/flLookups";
import { taskPolicyOf } from "../../src/aggregator/policy/registry";
import { staticLookups } from "../../src/node/intake/lookups";
import { startArtefactServer, type ArtefactServer } from "../../src/worker/artefacts";
import { fileCommitmentStore } from "../../src/worker/commitments";
import { DatasetSpecSchema, heldOutSet, trainerShard } from "../../src/worker/data/synthetic";
import { flNodeApi } from "../../src/worker/fl/nodes";
import { FlRoundWorker } from "../../src/worker/fl/worker";
import { nodeApi } from "../../src/worker/nodes";
import { softmaxRegressionPlugin } from "../../src/worker/plugin";
import { RoundWorker, type RoundRecord } from "../../src/worker/worker";

const CHAIN_ID = 31337;
const REGISTRY = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as Address;
const ARENA = 7n;
const FL = 8n;
const START = 1000n;
const DURATION = 100n;
const SCORING = 50n;
const REVEAL = 30n;
const V2_POLICY = { id: "aerie-consensus-v2", validatorShareBps: 3000, stakeAlphaBps: 10000, deviationFloor: 50000, madMultiplierBps: 50000, biasMultiplierBps: 30000, recordWeightBps: 5000, slashRecordBps: 5000, slashBps: 500, quorumBps: 6667, revealWindowSeconds: Number(REVEAL) };
const FL_POLICY = { id: "flock-fl-alliance-v1", proposerRatioBps: 4000, proposerShareBps: 6000, slashBps: 500, revealWindowSeconds: Number(REVEAL) };
const SPEC = DatasetSpecSchema.parse({ seed: "commit-reveal-test", classes: 4, features: 8, separation: 0.8 });
const key = (i: number) => privateKeyToAccount(`0x${(i + 70).toString(16).padStart(64, "0")}`);
const trainers = [0, 1].map(key);
const validator = key(2);
const members = [3, 4, 5, 6, 7].map(key);
const STAKE_BLOCK_HASH = keccak256(toHex("commit-reveal test stake block")) as Hex;
const domain = aerieDomain(CHAIN_ID, REGISTRY);
const log = pino({ level: "silent" });

describe("worker: commit–reveal against the node's intake, salts on disk", () => {
  let node: IntakeApp;
  let url: string;
  let now = START;
  let dir: string;
  const servers: ArtefactServer[] = [];
  const round0 = (taskId: bigint) => ({ taskId: taskId.toString(), round: "0", roundStart: START.toString(), roundEnd: (START + DURATION).toString(), scoringWindowSeconds: SCORING.toString() });
  const flParticipants = members.map((m, i) => ({ address: m.address, role: "trainer" as const, stake: (BigInt(1000 + 100 * i) * 10n ** 18n).toString() }));
  const drawn = drawRoundRoles(taskPolicyOf({ policy: FL_POLICY as never }), flParticipants.map((p) => ({ operator: p.address, role: p.role, stake: BigInt(p.stake) })), STAKE_BLOCK_HASH, FL, 0n, 5n);
  const proposers = members.filter((m) => drawn.roles.get(m.address) === "proposer");
  const voters = members.filter((m) => drawn.roles.get(m.address) === "voter");

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "aerie-commit-reveal-"));
    node = await buildIntakeApp({
      chainId: CHAIN_ID,
      registry: REGISTRY,
      ...staticLookups({
        rounds: [round0(ARENA), round0(FL)],
        participants: [
          ...trainers.map((t) => ({ taskId: ARENA.toString(), round: "0", address: t.address, role: "trainer" as const })),
          { taskId: ARENA.toString(), round: "0", address: validator.address, role: "validator" as const },
          ...members.map((m) => ({ taskId: FL.toString(), round: "0", address: m.address, role: "trainer" as const })),
        ],
      }),
      fl: staticFlLookups({
        tasks: [
          { taskId: ARENA.toString(), policy: V2_POLICY },
          { taskId: FL.toString(), policy: FL_POLICY },
        ],
        rounds: [{ taskId: FL.toString(), round: "0", stakeBlock: "5", stakeBlockHash: STAKE_BLOCK_HASH, participants: flParticipants }],
      }),
      clock: () => now,
      signerRateLimit: null,
      ipRateLimit: null,
    });
    await node.app.listen({ host: "127.0.0.1", port: 0 });
    const a = node.app.server.address();
    url = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  });
  after(async () => {
    for (const s of servers) await s.close();
    await node.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const serve = async () => {
    const s = await startArtefactServer({ host: "127.0.0.1", port: 0 });
    servers.push(s);
    return s;
  };
  const chain = { now: async () => now, schedule: async () => ({ startTime: START, roundDuration: DURATION, activeRounds: 1 }) };
  const plugin = softmaxRegressionPlugin(SPEC, { epochs: 10 });

  it("AI Arena (aerie-consensus-v2): commits to scores, writes the salt 0600 first, and a restarted validator reveals them", async () => {
    const common = async (account: ReturnType<typeof key>) => ({ taskId: ARENA, account, domain, scoringWindowSeconds: SCORING, chain, nodes: nodeApi([url], ARENA), artefacts: await serve(), log });
    for (const [i, t] of trainers.entries()) {
      const w = new RoundWorker({ ...(await common(t)), role: "trainer", trainer: { plugin, shard: trainerShard(SPEC, i, { size: i === 0 ? 400 : 20 }), behaviour: "honest", randomModel: () => new Uint8Array() } });
      now = START + 10n;
      await w.tick();
      expect(w.history.map((h) => h.kind)).to.deep.equal(["submitted"]);
    }
    const dataDir = join(dir, "validator");
    const validatorOf = async () =>
      new RoundWorker({
        ...(await common(validator)),
        role: "validator",
        validator: { plugin, heldOut: heldOutSet(SPEC, 0, 300), behaviour: "honest", revealWindowSeconds: REVEAL, commitments: fileCommitmentStore(dataDir, validator.address) },
      });
    const first = await validatorOf();
    now = START + DURATION + 5n;
    await first.tick();
    const commit = node.fl.store.get("scoresCommit", ARENA, 0n, validator.address);
    expect(commit, "the node holds the ScoresCommit").to.not.equal(undefined);
    const files = readdirSync(join(dataDir, "commitments"));
    expect(files).to.deep.equal([`${validator.address.toLowerCase()}-scores-${ARENA}-0.json`]);
    expect(statSync(join(dataDir, "commitments", files[0]!)).mode & 0o777).to.equal(0o600);
    expect(statSync(join(dataDir, "commitments")).mode & 0o777).to.equal(0o700);
    expect(first.history).to.deep.equal([]); // committed, not yet revealed

    // "killed" here: a new worker on the same data dir, in the reveal window
    const second = await validatorOf();
    now = START + DURATION + SCORING + 5n;
    await second.tick();
    const scored = second.history[0] as Extract<RoundRecord, { kind: "scored" }>;
    expect(scored.kind).to.equal("scored");
    expect(scored.refused).to.deep.equal([]);
    const reveal = node.fl.store.get("scoresReveal", ARENA, 0n, validator.address)!;
    expect(reveal, "the node accepted the reveal").to.not.equal(undefined);
    const m = reveal.message as { trainers: Address[]; scores: (string | bigint)[] };
    const opened = scoresCommitment({ taskId: ARENA, round: 0n, validator: validator.address, trainers: m.trainers, scores: m.scores.map((x) => BigInt(x)) }, reveal.salt!);
    expect(opened).to.equal(String(commit!.message.commitment));
    expect(m.trainers.map((a) => a.toLowerCase())).to.have.members(trainers.map((t) => t.address.toLowerCase()));
    // the better-trained model scores higher
    const score = (a: Address) => BigInt(m.scores[m.trainers.findIndex((x) => x.toLowerCase() === a.toLowerCase())]!);
    expect(score(trainers[0]!.address) > score(trainers[1]!.address)).to.equal(true);
  });

  it("AI Arena (aerie-consensus-v2): a validator with no commitment misses the reveal window (one missed record, nothing sent)", async () => {
    const w = new RoundWorker({ taskId: ARENA, account: key(9), domain, scoringWindowSeconds: SCORING, chain, nodes: nodeApi([url], ARENA), artefacts: await serve(), log, role: "validator", validator: { plugin, heldOut: heldOutSet(SPEC, 1, 100), behaviour: "honest", revealWindowSeconds: REVEAL, commitments: fileCommitmentStore(join(dir, "other"), key(9).address) } });
    now = START + DURATION + SCORING + 5n;
    await w.tick();
    expect(w.history).to.deep.equal([{ round: 0n, kind: "missed" }]);
  });

  it("FL Alliance: a voter restarted between commit and reveal reveals from its data dir; the node accepts the vote", async () => {
    expect(proposers.length).to.be.greaterThan(0);
    expect(voters.length).to.be.greaterThan(0);
    const worker = async (account: ReturnType<typeof key>, i: number) =>
      new FlRoundWorker({
        taskId: FL,
        account,
        domain,
        scoringWindowSeconds: SCORING,
        revealWindowSeconds: REVEAL,
        chain,
        nodes: flNodeApi([url], FL),
        artefacts: await serve(),
        log,
        plugin,
        shard: trainerShard(SPEC, 10 + i, { size: 200 }),
        heldOut: heldOutSet(SPEC, 10 + i, 300),
        commitments: fileCommitmentStore(join(dir, `fl-${i}`), account.address),
      });
    now = START + 10n;
    for (const [i, p] of proposers.entries()) {
      const w = await worker(p, i);
      await w.tick();
      expect(w.history.map((h) => h.kind)).to.deep.equal(["proposed"]);
    }
    const v = voters[0]!;
    const vi = members.indexOf(v);
    const first = await worker(v, vi);
    now = START + DURATION + 5n;
    await first.tick();
    const commit = node.fl.store.get("voteCommit", FL, 0n, v.address);
    expect(commit, "the node holds the VoteCommit").to.not.equal(undefined);
    expect(statSync(join(dir, `fl-${vi}`, "commitments", `${v.address.toLowerCase()}-vote-${FL}-0.json`)).mode & 0o777).to.equal(0o600);

    const second = await worker(v, vi);
    now = START + DURATION + SCORING + 5n;
    await second.tick();
    expect(second.history.map((h) => [h.kind, (h as { refused?: string[] }).refused])).to.deep.equal([["voted", []]]);
    const vote = node.fl.store.get("vote", FL, 0n, v.address)!;
    expect(vote, "the node accepted the revealed vote").to.not.equal(undefined);
    const opened = voteCommitment({ taskId: FL, round: 0n, voter: v.address, vote: BigInt(String(vote.message.vote)) }, vote.salt!);
    expect(opened).to.equal(String(commit!.message.commitment));
    // trained from the initial (all-zero) model, the aggregate beats it: an approving vote
    expect(BigInt(String(vote.message.vote)) > 0n).to.equal(true);
  });
});
