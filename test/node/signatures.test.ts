// The committee routes: POST /v1/signatures holds only committee signatures over this node's digest; bundle and claim.
import { expect } from "chai";
import type { FastifyInstance } from "fastify";
import { keccak256, toHex, type Hex } from "viem";
import { privateKeyToAccount } from "viem/accounts";

import { computeRound } from "../../src/aggregator";
import { hashRoundResult, settlementDomain, signRoundResult } from "../../src/lib/eip712";
import { CommitteeStore } from "../../src/node/committee/store";
import { rotationPosition } from "../../src/node/committee/loop";
import { createNodeMetrics } from "../../src/node/http/metrics";
import { buildServer } from "../../src/node/http/server";
import { registerCommitteeRoutes } from "../../src/node/http/signatures";
import { openStore, type Store } from "../../src/node/store/db";
import { referenceInputs, CONTRACTS, CHAIN_ID } from "../aggregator/fixtures";

const key = (i: number) => privateKeyToAccount(keccak256(toHex(`aerie-committee-test-${i}`)));
const M = [key(1), key(2), key(3)];
const OUTSIDER = key(9);
const members = M.map((m) => m.address).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
const domain = settlementDomain(CHAIN_ID, CONTRACTS.settlement);

describe("committee routes", function () {
  let db: Store;
  let bundles: CommitteeStore;
  let app: FastifyInstance;
  let out: Awaited<ReturnType<typeof computeRound>>;
  let digest: Hex;

  beforeEach(async function () {
    db = openStore({ dataDir: ":memory:" });
    bundles = new CommitteeStore(db);
    app = await buildServer({ metrics: createNodeMetrics(false), routes: (api) => registerCommitteeRoutes(api, { store: db, bundles, committee: async () => ({ members, threshold: 2 }) }) });
    out = await computeRound(await referenceInputs());
    digest = hashRoundResult(domain, out.result);
  });
  afterEach(async function () {
    await app.close();
    db.close();
  });

  const body = async (who = M[0]!, over: Record<string, unknown> = {}) => ({
    taskId: out.result.taskId.toString(),
    round: out.result.round.toString(),
    digest,
    bundleHash: out.bundleHash,
    signer: who.address,
    signature: await signRoundResult(who, domain, out.result),
    ...over,
  });
  const post = async (payload: unknown) => app.inject({ method: "POST", url: "/v1/signatures", payload: payload as object });
  const computed = () => {
    bundles.putBundle(out.result.taskId, out.result.round, out.bundleHash, digest, out.canonical);
    bundles.putRound({ taskId: out.result.taskId, round: out.result.round, bundleHash: out.bundleHash, digest, result: out.result, slashes: out.slashes, state: "signed", firstDifference: null });
  };

  it("answers 409 round_not_computed before this node computed the round, then holds the signature (idempotent)", async function () {
    const b = await body();
    const early = await post(b);
    expect(early.statusCode).to.equal(409);
    expect(early.json().error.code).to.equal("round_not_computed");
    computed();
    const ok = await post(b);
    expect(ok.statusCode).to.equal(200);
    expect(ok.json()).to.deep.equal({ status: "accepted", signatures: 1 });
    expect((await post(b)).json()).to.deep.equal({ status: "accepted", signatures: 1 });
    expect((await post(await body(M[1]!))).json()).to.deep.equal({ status: "accepted", signatures: 2 });
    expect(bundles.signatures(digest).map((s) => s.signer)).to.deep.equal([...members].filter((m) => m === M[0]!.address || m === M[1]!.address));
  });

  it("refuses a non-member, a signature by someone else, and a signature over another digest; holds nothing", async function () {
    computed();
    const outsider = await post(await body(OUTSIDER));
    expect(outsider.statusCode).to.equal(403);
    expect(outsider.json().error.code).to.equal("not_committee_member");
    const forged = await post({ ...(await body(M[1]!)), signer: M[0]!.address });
    expect(forged.statusCode).to.equal(403);
    expect(forged.json().error).to.deep.equal({ code: "invalid_signature", message: `the signature recovers to ${M[1]!.address}, not ${M[0]!.address}: sign with the member's own key` });
    const other = { ...out.result, totalReward: out.result.totalReward - 1n };
    const otherDigest = hashRoundResult(domain, other);
    const mismatch = await post({ ...(await body()), digest: otherDigest, signature: await signRoundResult(M[0]!, domain, other), bundleHash: `0x${"11".repeat(32)}` });
    expect(mismatch.statusCode).to.equal(409);
    expect(mismatch.json().error.code).to.equal("digest_mismatch");
    expect(bundles.signatures(digest)).to.deep.equal([]);
    expect(bundles.signatures(otherDigest)).to.deep.equal([]);
    const malformed = await post({ ...(await body()), signature: "0x12" });
    expect(malformed.statusCode).to.equal(400);
  });

  it("serves the stored bundle byte for byte, by round or by hash, and 404 for another hash", async function () {
    computed();
    const res = await app.inject({ method: "GET", url: `/v1/tasks/${out.result.taskId}/rounds/${out.result.round}/bundle` });
    expect(res.statusCode).to.equal(200);
    expect(res.body).to.equal(out.canonical);
    const byHash = await app.inject({ method: "GET", url: `/v1/tasks/${out.result.taskId}/rounds/${out.result.round}/bundle?hash=${out.bundleHash}` });
    expect(byHash.body).to.equal(out.canonical);
    const missing = await app.inject({ method: "GET", url: `/v1/tasks/${out.result.taskId}/rounds/${out.result.round}/bundle?hash=0x${"22".repeat(32)}` });
    expect(missing.statusCode).to.equal(404);
    expect(missing.json().error.code).to.equal("bundle_not_found");
  });

  it("serves a claim from the last finalized bundle (amount and proof as the aggregator's), 404 before any", async function () {
    computed();
    const c = out.claims[0]!;
    const before = await app.inject({ method: "GET", url: `/v1/tasks/${out.result.taskId}/accounts/${c.account}/claim` });
    expect(before.json().error.code).to.equal("no_finalized_round");
    db.prepare("INSERT INTO events (block_number, log_index, block_hash, tx_hash, address, name, args) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
      10,
      0,
      `0x${"aa".repeat(32)}`,
      `0x${"bb".repeat(32)}`,
      CONTRACTS.settlement,
      "RoundFinalized",
      JSON.stringify({ taskId: out.result.taskId.toString(), round: out.result.round.toString(), rewardsRoot: out.result.rewardsRoot, totalReward: out.result.totalReward.toString(), bundleHash: out.bundleHash }),
    );
    const res = await app.inject({ method: "GET", url: `/v1/tasks/${out.result.taskId}/accounts/${c.account.toLowerCase()}/claim` });
    expect(res.statusCode).to.equal(200);
    expect(res.json()).to.deep.equal({
      taskId: out.result.taskId.toString(),
      account: c.account,
      round: out.result.round.toString(),
      cumulativeAmount: c.cumulativeAmount.toString(),
      proof: c.proof,
      rewardsRoot: out.result.rewardsRoot,
      bundleHash: out.bundleHash,
    });
    const none = await app.inject({ method: "GET", url: `/v1/tasks/${out.result.taskId}/accounts/${OUTSIDER.address}/claim` });
    expect(none.json().error.code).to.equal("no_claim");
  });

  it("rotates the leader by (taskId + round) mod n over the sorted members", function () {
    const committee = { members, threshold: 2 };
    for (const [round, leader] of [[0n, 1], [1n, 2], [2n, 0], [3n, 1]] as const) {
      expect(rotationPosition(committee, 1n, round, members[leader]!)).to.equal(0);
      expect(rotationPosition(committee, 1n, round, members[(leader + 1) % 3]!)).to.equal(1);
    }
    expect(rotationPosition(committee, 1n, 0n, OUTSIDER.address)).to.equal(-1);
  });
});
