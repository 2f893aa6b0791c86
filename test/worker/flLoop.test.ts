// The FL Alliance worker against a stub node (fastify, real HTTP) implementing the FL intake routes: roles by the
// round's draw, model updates, vote commit and reveal, the bundle's outcome; the global model carried round to round.
import { expect } from "chai";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import pino from "pino";
import { Writable } from "node:stream";
import { keccak256, type Address, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { WireModelUpdate, WireVote, WireVoteCommit } from "../../src/aggregator/messagesFl";
import { aerieDomain, recoverModelUpdateSigner, recoverVoteCommitSigner, recoverVoteSigner, voteCommitment } from "../../src/lib/eip712";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startArtefactServer, type ArtefactServer } from "../../src/worker/artefacts";
import { modelHash } from "../../src/worker/model/format";
import { fileArtefactStore, fileTrainerStore } from "../../src/worker/store";
import { DatasetSpecSchema, heldOutSet, trainerShard } from "../../src/worker/data/synthetic";
import { flNodeApi, type FlOutcome } from "../../src/worker/fl/nodes";
import { FlRoundWorker, type FlRoundRecord } from "../../src/worker/fl/worker";
import { softmaxRegressionPlugin, type FederatedModelPlugin } from "../../src/worker/plugin";

const CHAIN_ID = 31337;
const REGISTRY = "0x5FbDB2315678afecb367f032d93F642f64180aa3" as Address;
const TASK = 3n;
const START = 1000n;
const DURATION = 100n;
const SCORING = 20n;
const REVEAL = 20n;
const SPEC = DatasetSpecSchema.parse({ seed: "fl-loop", classes: 4, features: 8, separation: 0.8 });
const domain = aerieDomain(CHAIN_ID, REGISTRY);
const key = (i: number) => privateKeyToAccount(`0x${(i + 40).toString(16).padStart(64, "0")}`);
const [P0, P1, P2, V0, V1] = [0, 1, 2, 3, 4].map(key) as [ReturnType<typeof key>, ReturnType<typeof key>, ReturnType<typeof key>, ReturnType<typeof key>, ReturnType<typeof key>];
const FAKE = "0x00000000000000000000000000000000000000fa" as Address;

/** The stub node: the FL routes of the node's intake, windows on a shared clock, `{error:{code,message}}` refusals. */
function stubNode(clock: () => bigint) {
  const roles = new Map<bigint, { operator: Address; role: "proposer" | "voter" }[]>();
  const updates = new Map<bigint, { proposer: Address; updateHash: Hex; updateURI: string; receivedAt: string }[]>();
  const commits = new Map<string, Hex>();
  const votes = new Map<bigint, { voter: Address; vote: bigint }[]>();
  const outcomes = new Map<bigint, FlOutcome>();
  /** `kind:round:address` → the code to refuse that message with. */
  const refuse = new Map<string, string>();
  const app: FastifyInstance = Fastify();
  const fail = (reply: FastifyReply, status: number, code: string, message: string) => reply.code(status).send({ error: { code, message } });
  const window = (round: bigint) => {
    const end = START + (round + 1n) * DURATION;
    return { start: end - DURATION, end, commitDeadline: end + SCORING, revealDeadline: end + SCORING + REVEAL };
  };
  const roleOf = (round: bigint, a: Address) => roles.get(round)?.find((x) => x.operator.toLowerCase() === a.toLowerCase())?.role;
  const receipt = (signer: Address) => ({ id: 1, digest: keccak256(signer), signer, receivedAt: clock().toString() });

  app.get<{ Params: { round: string } }>("/v1/tasks/:taskId/rounds/:round/roles", async (req, reply) => {
    const r = roles.get(BigInt(req.params.round));
    if (r === undefined) return fail(reply, 404, "round_not_indexed", "the round's start block is not indexed yet");
    return { taskId: TASK.toString(), round: req.params.round, seedBlock: "1", seed: `0x${"ab".repeat(32)}`, roles: r };
  });
  app.get<{ Params: { round: string } }>("/v1/tasks/:taskId/rounds/:round/model-updates", async (req) => ({ updates: updates.get(BigInt(req.params.round)) ?? [] }));
  app.get<{ Params: { round: string } }>("/v1/tasks/:taskId/rounds/:round/bundle", async (req, reply) => {
    const o = outcomes.get(BigInt(req.params.round));
    return o === undefined ? fail(reply, 404, "bundle_not_found", "no bundle") : { outputs: { outcome: o } };
  });
  app.post("/v1/model-updates", async (req, reply) => {
    const { message, signature } = WireModelUpdate.parse(req.body);
    if ((await recoverModelUpdateSigner(domain, message, signature)) !== message.proposer) return fail(reply, 400, "BAD_SIGNATURE", "bad signature");
    const code = refuse.get(`modelUpdate:${message.round}:${message.proposer}`);
    if (code !== undefined) return fail(reply, 409, code, `${code}: refused by the test`);
    if (roleOf(message.round, message.proposer) !== "proposer") return fail(reply, 403, "NOT_PROPOSER", `${message.proposer} was not drawn as a proposer`);
    if (clock() > window(message.round).end) return fail(reply, 409, "LATE", "model updates closed");
    const list = updates.get(message.round) ?? [];
    list.push({ proposer: message.proposer, updateHash: message.updateHash, updateURI: message.updateURI, receivedAt: clock().toString() });
    updates.set(message.round, list.sort((a, b) => a.proposer.toLowerCase().localeCompare(b.proposer.toLowerCase())));
    return receipt(message.proposer);
  });
  app.post("/v1/vote-commits", async (req, reply) => {
    const { message, signature } = WireVoteCommit.parse(req.body);
    if ((await recoverVoteCommitSigner(domain, message, signature)) !== message.voter) return fail(reply, 400, "BAD_SIGNATURE", "bad signature");
    if (roleOf(message.round, message.voter) !== "voter") return fail(reply, 403, "NOT_VOTER", `${message.voter} was not drawn as a voter`);
    const w = window(message.round);
    if (clock() <= w.end || clock() > w.commitDeadline) return fail(reply, 409, "LATE", "outside the scoring window");
    commits.set(`${message.round}:${message.voter}`, message.commitment);
    return receipt(message.voter);
  });
  app.post("/v1/votes", async (req, reply) => {
    const { message, salt, signature } = WireVote.parse(req.body);
    if ((await recoverVoteSigner(domain, message, signature)) !== message.voter) return fail(reply, 400, "BAD_SIGNATURE", "bad signature");
    const w = window(message.round);
    if (clock() <= w.commitDeadline) return fail(reply, 409, "EARLY_REVEAL", "reveals open after the commit deadline");
    if (clock() > w.revealDeadline) return fail(reply, 409, "LATE", "reveals closed");
    if (message.vote < -1_000_000n || message.vote > 1_000_000n) return fail(reply, 400, "VOTE_OUT_OF_RANGE", "vote out of range");
    const c = commits.get(`${message.round}:${message.voter}`);
    if (c === undefined) return fail(reply, 409, "NO_COMMITMENT", "no commitment");
    if (voteCommitment(message, salt) !== c) return fail(reply, 409, "REVEAL_MISMATCH", "does not open the commitment");
    votes.set(message.round, [...(votes.get(message.round) ?? []), { voter: message.voter, vote: message.vote }]);
    return receipt(message.voter);
  });
  /** What the policy decides (equal stakes): accepted iff the sum of the revealed votes is ≥ 0. */
  const decide = (round: bigint): FlOutcome => {
    const v = votes.get(round) ?? [];
    const o: FlOutcome = v.length === 0 ? "undecided" : v.reduce((s, x) => s + x.vote, 0n) >= 0n ? "accepted" : "rejected";
    outcomes.set(round, o);
    return o;
  };
  return { app, roles, updates, votes, refuse, decide };
}

describe("worker/fl: proposers and voters against a stub node", () => {
  let now = START;
  const stub = stubNode(() => now);
  let url: string;
  const servers: ArtefactServer[] = [];
  const lines: Record<string, unknown>[] = [];

  before(async () => {
    await stub.app.listen({ host: "127.0.0.1", port: 0 });
    const a = stub.app.server.address();
    url = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
  });
  after(async () => {
    for (const s of servers) await s.close();
    await stub.app.close();
  });

  it("trains from the global model, votes the FedAvg aggregate up, votes a poisoned one down, carries the global model", async () => {
    const base = softmaxRegressionPlugin(SPEC, { epochs: 15 });
    const starts: Hex[] = [];
    const plugin: FederatedModelPlugin = { ...base, train: (i) => (starts.push(keccak256(i.start!)), base.train(i)) };
    const accounts = [P0, P1, P2, V0, V1];
    const workers = await Promise.all(
      accounts.map(async (account, i) => {
        const artefacts = await startArtefactServer({ host: "127.0.0.1", port: 0 });
        servers.push(artefacts);
        const log = pino({ level: "info" }, new Writable({ write: (chunk, _e, cb) => (lines.push({ worker: i, ...JSON.parse(chunk.toString()) }), cb()) }));
        return new FlRoundWorker({
          taskId: TASK,
          account,
          domain,
          scoringWindowSeconds: SCORING,
          revealWindowSeconds: REVEAL,
          chain: { now: async () => now, schedule: async () => ({ startTime: START, roundDuration: DURATION, activeRounds: 2 }) },
          nodes: flNodeApi([url], TASK),
          artefacts,
          log,
          plugin,
          shard: trainerShard(SPEC, i, { size: 150 + 50 * i }),
          heldOut: heldOutSet(SPEC, i, 300),
          proposer: account === P2 ? { kind: "scale", factor: -6 } : { kind: "honest" },
          salt: () => keccak256(`0x${i.toString(16).padStart(2, "0")}${now.toString(16).padStart(8, "0")}`),
        });
      }),
    );
    const tickAll = async (t: bigint) => {
      now = t;
      for (const w of workers) await w.tick();
    };
    const record = (w: FlRoundWorker, r: bigint) => w.history.find((h) => h.round === r)!;
    const voted = (w: FlRoundWorker, r: bigint) => record(w, r) as Extract<FlRoundRecord, { kind: "voted" }>;
    // round 0: P0 and P1 proposers (P1's update refused as late), the rest voters; round 1: P0, P1, P2 (poisoned) proposers
    stub.roles.set(0n, [{ operator: P0.address, role: "proposer" }, { operator: P1.address, role: "proposer" }, { operator: P2.address, role: "voter" }, { operator: V0.address, role: "voter" }, { operator: V1.address, role: "voter" }]);
    stub.roles.set(1n, [{ operator: P0.address, role: "proposer" }, { operator: P1.address, role: "proposer" }, { operator: P2.address, role: "proposer" }, { operator: V0.address, role: "voter" }, { operator: V1.address, role: "voter" }]);
    stub.refuse.set(`modelUpdate:0:${P1.address}`, "LATE");

    await tickAll(START + 10n);
    const initial = workers[0]!.globals.get(0n)!;
    expect(starts).to.deep.equal([initial.modelHash, initial.modelHash]); // P0 and P1 train from round 0's global model
    expect(stub.updates.get(0n)!.map((u) => u.proposer)).to.deep.equal([P0.address]);
    const refused = lines.filter((l) => l.event === "refused");
    expect(refused).to.have.length(1);
    expect(refused[0]).to.include({ worker: 1, round: "0", code: "LATE", status: 409, msg: "round 0: the node refused the message: LATE: LATE: refused by the test" });
    expect(record(workers[1]!, 0n)).to.include({ kind: "proposed" });

    await tickAll(START + DURATION + 5n); // round 0's commit window; round 1 proposers wait for round 0's outcome
    expect(lines.filter((l) => l.event === "committed" && l.round === "0").map((l) => l.worker)).to.have.members([2, 3, 4]);
    expect(lines.some((l) => l.event === "retry" && l.round === "1" && /global model of round 1 is not known yet/.test(String(l.msg)))).to.equal(true);
    await tickAll(START + DURATION + SCORING + 5n); // reveal
    for (const i of [2, 3, 4]) {
      const v = voted(workers[i]!, 0n);
      expect(v.refused).to.deep.equal([]);
      expect(v.vote > 0n).to.equal(true); // the aggregate beats the all-zero model
      expect(v.vote).to.equal(v.aggregateScore - v.previousScore);
      expect(v.updates).to.deep.equal([{ proposer: P0.address, updateHash: stub.updates.get(0n)![0]!.updateHash, ok: true, samples: 150n }]);
    }
    expect(stub.votes.get(0n)!.map((v) => v.vote)).to.deep.equal([2, 3, 4].map((i) => voted(workers[i]!, 0n).vote));
    expect(stub.decide(0n)).to.equal("accepted");

    await tickAll(START + DURATION + 50n); // round 0's bundle is out: global model 1 = round 0's aggregate; proposers send
    const g1 = workers.map((w) => w.globals.get(1n)!.modelHash);
    expect(new Set(g1).size).to.equal(1);
    expect(g1[0]).to.not.equal(initial.modelHash);
    expect(starts.slice(2)).to.deep.equal([g1[0], g1[0], g1[0]]);
    expect(stub.updates.get(1n)!.map((u) => u.proposer)).to.have.members([P0.address, P1.address, P2.address]);
    expect((record(workers[2]!, 1n) as Extract<FlRoundRecord, { kind: "proposed" }>).behaviour).to.equal("scale");
    // a listed update whose bytes do not match its hash is left out of the aggregate with its reason
    stub.updates.get(1n)!.push({ proposer: FAKE, updateHash: `0x${"00".repeat(32)}`, updateURI: stub.updates.get(1n)![0]!.updateURI, receivedAt: "1150" });

    await tickAll(START + 2n * DURATION + 5n);
    await tickAll(START + 2n * DURATION + SCORING + 5n);
    for (const i of [3, 4]) {
      const v = voted(workers[i]!, 1n);
      expect(v.vote < 0n).to.equal(true); // the poisoned update drags the aggregate below global model 1
      expect(v.updates.filter((u) => u.ok).map((u) => u.proposer)).to.have.members([P0.address, P1.address, P2.address]);
      expect(v.updates.find((u) => u.proposer === FAKE)).to.deep.include({ ok: false, reason: "hash_mismatch" });
    }
    expect(stub.decide(1n)).to.equal("rejected");
    await tickAll(START + 2n * DURATION + 50n);
    for (const w of workers) {
      expect(w.globals.get(2n)!.modelHash).to.equal(g1[0]); // rejected: the global model stays
      expect(await w.finished()).to.equal(true);
    }
    // the global models are published by every worker's artefact server
    const published = (await (await fetch(`${servers[3]!.url}/global/${TASK}/2`)).json()) as { modelHash: Hex; modelURI: string };
    expect(published.modelHash).to.equal(g1[0]);
    expect(keccak256(new Uint8Array(await (await fetch(published.modelURI)).arrayBuffer()))).to.equal(g1[0]);
  });
});

describe("worker/fl: a proposer restarted on the same data dir", () => {
  let now = START;
  const stub = stubNode(() => now);
  let url: string;
  let dir: string;
  before(async () => {
    await stub.app.listen({ host: "127.0.0.1", port: 0 });
    url = `http://127.0.0.1:${(stub.app.server.address() as { port: number }).port}`;
    dir = mkdtempSync(join(tmpdir(), "aerie-fl-restart-"));
  });
  after(async () => {
    await stub.app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("sends the update written before a restart again instead of retraining, and does not resend an answered one", async () => {
    const base = softmaxRegressionPlugin(SPEC, { epochs: 5 });
    let trainings = 0;
    const plugin: FederatedModelPlugin = { ...base, train: (i) => (trainings++, base.train(i)) };
    stub.roles.set(0n, [{ operator: P0.address, role: "proposer" }, { operator: V0.address, role: "voter" }]);
    let port = 0;
    /** One run of the proposer: a new artefact server (same port, same store) and a new worker on the same data dir. */
    const run = async () => {
      const artefacts = await startArtefactServer({ host: "127.0.0.1", port, store: fileArtefactStore(dir) });
      port = Number(new URL(artefacts.url).port);
      const worker = new FlRoundWorker({
        taskId: TASK,
        account: P0,
        domain,
        scoringWindowSeconds: SCORING,
        revealWindowSeconds: REVEAL,
        chain: { now: async () => now, schedule: async () => ({ startTime: START, roundDuration: DURATION, activeRounds: 1 }) },
        nodes: flNodeApi([url], TASK),
        artefacts,
        log: pino({ level: "silent" }),
        plugin,
        shard: trainerShard(SPEC, 0, { size: 120 }),
        heldOut: heldOutSet(SPEC, 0, 100),
        proposals: fileTrainerStore(dir, P0.address, TASK),
      });
      return { artefacts, worker };
    };

    // first run: the update is written, the node answers "not yet" and the process dies before it is sent
    stub.refuse.set(`modelUpdate:0:${P0.address}`, "rate_limited");
    const first = await run();
    now = START + 10n;
    await first.worker.tick();
    expect(first.worker.history).to.deep.equal([]);
    expect(trainings).to.equal(1);
    await first.artefacts.close();

    // second run: the same update is sent, not a retrained one
    stub.refuse.delete(`modelUpdate:0:${P0.address}`);
    const second = await run();
    now = START + 20n;
    await second.worker.tick();
    expect(trainings, "not retrained").to.equal(1);
    const proposed = second.worker.history[0] as Extract<FlRoundRecord, { kind: "proposed" }>;
    expect([proposed.kind, proposed.refused, proposed.samples]).to.deep.equal(["proposed", [], 120n]);
    expect(stub.updates.get(0n)!.map((u) => [u.updateHash, u.updateURI])).to.deep.equal([[proposed.updateHash, proposed.updateURI]]);
    await second.artefacts.close();

    // third run: the answered round is done (restored), nothing is sent again, the update is still served
    const third = await run();
    try {
      expect(third.worker.history).to.deep.equal([{ ...proposed, restored: true }]);
      now = START + 30n;
      await third.worker.tick();
      expect(stub.updates.get(0n)!.length, "not resent").to.equal(1);
      expect(trainings).to.equal(1);
      const res = await fetch(proposed.updateURI);
      expect(modelHash(new Uint8Array(await res.arrayBuffer()))).to.equal(proposed.updateHash);
    } finally {
      await third.artefacts.close();
    }
  });
});
