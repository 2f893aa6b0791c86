// Intake routes through fastify's inject: acceptance, idempotency, replacement, status, and every bad input
// of issue 7 answering 4xx with a named code while leaving the inbox exactly as it was.
import { expect } from "chai";
import { signTypedData } from "viem/accounts";
import { keccak256, toHex } from "viem";

import { aerieDomain, SUBMISSION_TYPES } from "../../src/lib/eip712";
import {
  account,
  CHAIN_ID,
  OUTSIDER,
  REGISTRY,
  ROUND_END,
  ROUND_START,
  SCORING_WINDOW,
  scoresBody,
  submissionBody,
  testApp,
  TRAINERS,
  VALIDATORS,
} from "./helpers";

type App = Awaited<ReturnType<typeof testApp>>;

/** Every inbox row, for before/after comparisons. */
function snapshot(app: App): unknown[] {
  return app.db.prepare("SELECT * FROM inbox ORDER BY kind, task_id, round, signer").all();
}

async function post(app: App, url: string, payload: unknown) {
  return app.app.inject({ method: "POST", url, payload: payload as object });
}

describe("node intake (HTTP routes)", function () {
  let app: App;
  beforeEach(async function () {
    app = await testApp();
  });
  afterEach(async function () {
    await app.close();
  });

  /** Asserts `res` is the error `status`/`code` and the inbox did not change. */
  async function expectRefused(res: Awaited<ReturnType<typeof post>>, status: number, code: string, before: unknown[]) {
    expect(res.statusCode, res.body).to.equal(status);
    const body = res.json() as { error: { code: string; message: string } };
    expect(Object.keys(body)).to.deep.equal(["error"]);
    expect(body.error.code).to.equal(code);
    expect(body.error.message).to.be.a("string").and.not.include("\n");
    expect(snapshot(app)).to.deep.equal(before);
  }

  describe("POST /v1/submissions", function () {
    it("accepts a trainer's signed submission and stores it before answering", async function () {
      const body = await submissionBody(TRAINERS[0]!);
      const res = await post(app, "/v1/submissions", body);
      expect(res.statusCode).to.equal(200);
      const answer = res.json();
      expect(answer).to.deep.equal({
        status: "accepted",
        kind: "submission",
        taskId: "1",
        round: "0",
        signer: TRAINERS[0]!.address,
        digest: answer.digest,
        receivedAt: "1500",
        replaced: 0,
      });
      const stored = app.inbox.get("submission", 1n, 0n, TRAINERS[0]!.address)!;
      expect(stored.signature).to.equal(body.signature);
      expect(stored.receivedAt).to.equal(1500n);
      expect(stored.message).to.deep.equal({ ...body.message, taskId: 1n, round: 0n });
      expect(app.inbox.submissions(1n, 0n)).to.have.length(1);
    });

    it("is idempotent: the same message twice gives the same answer and one row", async function () {
      const body = await submissionBody(TRAINERS[0]!);
      const first = await post(app, "/v1/submissions", body);
      app.clock.set(1_600n);
      const second = await post(app, "/v1/submissions", body);
      expect(second.statusCode).to.equal(first.statusCode).and.equal(200);
      expect(second.json()).to.deep.equal(first.json());
      expect(app.inbox.count()).to.equal(1);
    });

    it("two identical requests at once give the same answer and one row", async function () {
      const body = await submissionBody(TRAINERS[2]!);
      const [a, b] = await Promise.all([post(app, "/v1/submissions", body), post(app, "/v1/submissions", body)]);
      expect([a.statusCode, b.statusCode]).to.deep.equal([200, 200]);
      expect(b.json()).to.deep.equal(a.json());
      expect(app.inbox.count()).to.equal(1);
    });

    it("answers a replay the same even after the window closed", async function () {
      const body = await submissionBody(TRAINERS[0]!);
      const first = await post(app, "/v1/submissions", body);
      app.clock.set(ROUND_END + 10n);
      const again = await post(app, "/v1/submissions", body);
      expect(again.statusCode).to.equal(200);
      expect(again.json()).to.deep.equal(first.json());
    });

    it("replaces the signer's earlier message with a later one", async function () {
      await post(app, "/v1/submissions", await submissionBody(TRAINERS[0]!));
      app.clock.set(1_700n);
      const later = await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://v2" });
      const res = await post(app, "/v1/submissions", later);
      expect(res.statusCode).to.equal(200);
      expect(res.json()).to.include({ replaced: 1, receivedAt: "1700" });
      expect(app.inbox.count()).to.equal(1);
      const stored = app.inbox.get("submission", 1n, 0n, TRAINERS[0]!.address)!;
      expect(stored.signature).to.equal(later.signature);
      expect((stored.message as { modelURI: string }).modelURI).to.equal("ipfs://v2");
    });

    it("accepts uint256 fields as JSON numbers too", async function () {
      const body = await submissionBody(TRAINERS[1]!);
      const res = await post(app, "/v1/submissions", { ...body, message: { ...body.message, taskId: 1, round: 0 } });
      expect(res.statusCode).to.equal(200);
    });

    it("accepts the domain when it matches", async function () {
      const body = await submissionBody(TRAINERS[1]!);
      const res = await post(app, "/v1/submissions", { ...body, domain: aerieDomain(CHAIN_ID, REGISTRY) });
      expect(res.statusCode).to.equal(200);
    });
  });

  describe("bad input: 4xx with a named code, nothing changed", function () {
    let before: unknown[];
    beforeEach(async function () {
      // one earlier valid message per kind, so "nothing changed" covers replacement too
      await post(app, "/v1/submissions", await submissionBody(TRAINERS[0]!));
      await post(app, "/v1/scores", await scoresBody(VALIDATORS[0]!));
      before = snapshot(app);
      expect(before).to.have.length(2);
    });

    it("malformed JSON → 400 malformed_json", async function () {
      const res = await app.app.inject({ method: "POST", url: "/v1/submissions", headers: { "content-type": "application/json" }, payload: '{"message": ' });
      await expectRefused(res, 400, "malformed_json", before);
    });

    it("prototype-poisoning JSON → 400 malformed_json", async function () {
      const res = await app.app.inject({ method: "POST", url: "/v1/submissions", headers: { "content-type": "application/json" }, payload: '{"__proto__": {"x": 1}}' });
      await expectRefused(res, 400, "malformed_json", before);
    });

    it("empty JSON body → 400 malformed_json", async function () {
      const res = await app.app.inject({ method: "POST", url: "/v1/scores", headers: { "content-type": "application/json" }, payload: "" });
      await expectRefused(res, 400, "malformed_json", before);
    });

    it("a body failing the schema → 400 invalid_body naming the field", async function () {
      const body = await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://other" });
      const res = await post(app, "/v1/submissions", { ...body, message: { ...body.message, modelHash: "0x12" } });
      await expectRefused(res, 400, "invalid_body", before);
      expect(res.json().error.message).to.match(/^body: message\.modelHash: expected 32 bytes of hex/);
    });

    it("an unknown field → 400 invalid_body", async function () {
      const body = await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://other" });
      const res = await post(app, "/v1/submissions", { ...body, extra: 1 });
      await expectRefused(res, 400, "invalid_body", before);
      expect(res.json().error.message).to.equal("body: extra: unknown field");
    });

    it("a non-JSON content type → 415 unsupported_media_type", async function () {
      const res = await app.app.inject({ method: "POST", url: "/v1/submissions", headers: { "content-type": "application/xml" }, payload: "<x/>" });
      await expectRefused(res, 415, "unsupported_media_type", before);
    });

    it("a body above the limit → 413 body_too_large", async function () {
      const small = await testApp({ bodyLimit: 1024 });
      try {
        const body = await submissionBody(TRAINERS[0]!, { modelURI: "x".repeat(2000) });
        const res = await small.app.inject({ method: "POST", url: "/v1/submissions", payload: body });
        expect(res.statusCode).to.equal(413);
        expect(res.json()).to.deep.equal({ error: { code: "body_too_large", message: "request body too large: send one message per request" } });
        expect(small.inbox.count()).to.equal(0);
      } finally {
        await small.close();
      }
    });

    it("a signature by another key → 403 signer_mismatch", async function () {
      const same = { modelURI: "ipfs://forged", modelHash: keccak256(toHex("forged")) };
      const mine = await submissionBody(TRAINERS[0]!, same);
      const forged = await submissionBody(OUTSIDER, { ...same, trainer: TRAINERS[0]!.address });
      expect(forged.message).to.deep.equal(mine.message);
      const res = await post(app, "/v1/submissions", forged);
      await expectRefused(res, 403, "signer_mismatch", before);
      expect(res.json().error.message).to.include(`recovers to ${OUTSIDER.address}, not the message's trainer ${TRAINERS[0]!.address}`);
    });

    it("a signature with v = 29 → 400 invalid_signature", async function () {
      const body = await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://other" });
      const res = await post(app, "/v1/submissions", { ...body, signature: `${body.signature.slice(0, 130)}1d` });
      await expectRefused(res, 400, "invalid_signature", before);
      expect(res.json().error.message).to.match(/^malformed signature: v must be 27 or 28/);
    });

    it("a high-s (malleated) signature → 400 invalid_signature", async function () {
      const body = await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://other" });
      const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
      const s = BigInt(`0x${body.signature.slice(66, 130)}`);
      const v = Number.parseInt(body.signature.slice(130), 16);
      const malleated = `${body.signature.slice(0, 66)}${(n - s).toString(16).padStart(64, "0")}${(v === 27 ? 28 : 27).toString(16)}`;
      const res = await post(app, "/v1/submissions", { ...body, signature: malleated });
      await expectRefused(res, 400, "invalid_signature", before);
      expect(res.json().error.message).to.match(/^non-canonical signature/);
    });

    it("a 64-byte (compact) signature → 400 invalid_signature", async function () {
      const body = await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://other" });
      const res = await post(app, "/v1/submissions", { ...body, signature: body.signature.slice(0, 130) });
      await expectRefused(res, 400, "invalid_signature", before);
    });

    it("signed for another chain, with its domain → 400 wrong_chain", async function () {
      const domain = aerieDomain(8453, REGISTRY);
      const body = await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://other" }, domain);
      const res = await post(app, "/v1/submissions", { ...body, domain });
      await expectRefused(res, 400, "wrong_chain", before);
      expect(res.json().error.message).to.equal(`the message is signed for chain 8453, this node serves chain ${CHAIN_ID}: sign it for chain ${CHAIN_ID}`);
    });

    it("signed for another contract, with its domain → 400 wrong_contract", async function () {
      const other = account(500).address;
      const domain = aerieDomain(CHAIN_ID, other);
      const body = await scoresBody(VALIDATORS[0]!, { scores: [1n, 2n, 3n] }, domain);
      const res = await post(app, "/v1/scores", { ...body, domain });
      await expectRefused(res, 400, "wrong_contract", before);
    });

    it("signed for another chain, without its domain → 403 signer_mismatch", async function () {
      const body = await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://other" }, aerieDomain(8453, REGISTRY));
      const res = await post(app, "/v1/submissions", body);
      await expectRefused(res, 403, "signer_mismatch", before);
    });

    it("a non-participant → 403 not_participant", async function () {
      const res = await post(app, "/v1/submissions", await submissionBody(OUTSIDER));
      await expectRefused(res, 403, "not_participant", before);
      expect(res.json().error.message).to.include(`${OUTSIDER.address} is not a trainer of task 1 round 0`);
    });

    it("a validator sending a submission → 403 not_participant", async function () {
      const res = await post(app, "/v1/submissions", await submissionBody(VALIDATORS[0]!));
      await expectRefused(res, 403, "not_participant", before);
      expect(res.json().error.message).to.include("(at the round's start it is validator)");
    });

    it("a trainer sending scores → 403 not_participant", async function () {
      const res = await post(app, "/v1/scores", await scoresBody(TRAINERS[1]!));
      await expectRefused(res, 403, "not_participant", before);
    });

    it("a submission at roundEnd → 409 window_closed, and it does not replace the earlier one", async function () {
      app.clock.set(ROUND_END);
      const res = await post(app, "/v1/submissions", await submissionBody(TRAINERS[0]!, { modelURI: "ipfs://late" }));
      await expectRefused(res, 409, "window_closed", before);
      expect(res.json().error.message).to.equal(`submissions for task 1 round 0 closed at ${ROUND_END} (now ${ROUND_END}): the round no longer takes them`);
    });

    it("a submission before roundStart → 409 round_not_started", async function () {
      app.clock.set(ROUND_START - 1n);
      const res = await post(app, "/v1/submissions", await submissionBody(TRAINERS[1]!));
      await expectRefused(res, 409, "round_not_started", before);
    });

    it("scores at roundEnd + scoringWindow → 409 window_closed; one second earlier is accepted", async function () {
      app.clock.set(ROUND_END + SCORING_WINDOW);
      const late = await post(app, "/v1/scores", await scoresBody(VALIDATORS[1]!));
      await expectRefused(late, 409, "window_closed", before);
      app.clock.set(ROUND_END + SCORING_WINDOW - 1n);
      const inTime = await post(app, "/v1/scores", await scoresBody(VALIDATORS[1]!));
      expect(inTime.statusCode).to.equal(200);
      expect(inTime.json().receivedAt).to.equal((ROUND_END + SCORING_WINDOW - 1n).toString());
    });

    it("a score above 1,000,000 → 422 score_out_of_range", async function () {
      const res = await post(app, "/v1/scores", await scoresBody(VALIDATORS[0]!, { scores: [1n, 1_000_001n, 3n] }));
      await expectRefused(res, 422, "score_out_of_range", before);
      expect(res.json().error.message).to.equal(
        `score 1000001 for trainer ${TRAINERS[1]!.address} is outside [0, 1000000]: fix the scores and sign again`,
      );
    });

    it("a negative score → 400 invalid_body", async function () {
      const body = await scoresBody(VALIDATORS[0]!);
      const res = await post(app, "/v1/scores", { ...body, message: { ...body.message, scores: ["1", "-2", "3"] } });
      await expectRefused(res, 400, "invalid_body", before);
    });

    it("a trainer scored twice → 422 duplicate_trainer", async function () {
      const t = TRAINERS.map((a) => a.address);
      const res = await post(app, "/v1/scores", await scoresBody(VALIDATORS[0]!, { trainers: [t[0]!, t[1]!, t[0]!] }));
      await expectRefused(res, 422, "duplicate_trainer", before);
      expect(res.json().error.message).to.equal(`trainer ${t[0]} is scored twice: fix the scores and sign again`);
    });

    it("fewer scores than trainers → 422 length_mismatch", async function () {
      const res = await post(app, "/v1/scores", await scoresBody(VALIDATORS[0]!, { scores: [1n, 2n] }));
      await expectRefused(res, 422, "length_mismatch", before);
    });

    it("an unknown task → 404 unknown_task", async function () {
      const res = await post(app, "/v1/submissions", await submissionBody(TRAINERS[0]!, { taskId: 7n }));
      await expectRefused(res, 404, "unknown_task", before);
    });

    it("an unknown route → 404 not_found in the error shape", async function () {
      const res = await app.app.inject({ method: "GET", url: "/v1/nothing?x=1" });
      await expectRefused(res, 404, "not_found", before);
      expect(res.json().error.message).to.equal("no route GET /v1/nothing: see GET /v1/openapi.json");
    });
  });

  describe("GET /v1/{submissions,scores}/:taskId/:round/:signer", function () {
    it("returns the signer's current message status, in any address case", async function () {
      const accepted = (await post(app, "/v1/scores", await scoresBody(VALIDATORS[0]!))).json();
      const res = await app.app.inject({ method: "GET", url: `/v1/scores/1/0/${VALIDATORS[0]!.address.toLowerCase()}` });
      expect(res.statusCode).to.equal(200);
      expect(res.json()).to.deep.equal(accepted);
    });

    it("answers 404 message_not_found for a signer without a message", async function () {
      const res = await app.app.inject({ method: "GET", url: `/v1/submissions/1/0/${TRAINERS[2]!.address}` });
      expect(res.statusCode).to.equal(404);
      expect(res.json().error.code).to.equal("message_not_found");
    });

    it("answers 400 invalid_params for a bad address or round", async function () {
      const res = await app.app.inject({ method: "GET", url: "/v1/submissions/1/x/0x12" });
      expect(res.statusCode).to.equal(400);
      expect(res.json().error).to.deep.equal({ code: "invalid_params", message: "path: round: expected a decimal integer, got \"x\"" });
    });
  });

  describe("rate limits", function () {
    it("refuses a signer beyond its bucket with 429 rate_limited and retry-after", async function () {
      const limited = await testApp({ signerRateLimit: { burst: 2, perSecond: 0.5 } });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 3; i++) {
          const res = await limited.app.inject({ method: "POST", url: "/v1/submissions", payload: await submissionBody(TRAINERS[0]!, { modelURI: `ipfs://${i}` }) });
          codes.push(res.statusCode);
          if (i === 2) {
            expect(res.json().error.code).to.equal("rate_limited");
            expect(res.headers["retry-after"]).to.equal("2");
          }
        }
        expect(codes).to.deep.equal([200, 200, 429]);
        // another signer still has its own bucket
        const other = await limited.app.inject({ method: "POST", url: "/v1/submissions", payload: await submissionBody(TRAINERS[1]!) });
        expect(other.statusCode).to.equal(200);
      } finally {
        await limited.close();
      }
    });

    it("refuses an IP beyond its bucket before reading the body", async function () {
      const limited = await testApp({ ipRateLimit: { burst: 1, perSecond: 0.001 } });
      try {
        expect((await limited.app.inject({ method: "GET", url: "/healthz" })).statusCode).to.equal(200);
        const res = await limited.app.inject({ method: "POST", url: "/v1/submissions", payload: "{" , headers: { "content-type": "application/json" } });
        expect(res.statusCode).to.equal(429);
        expect(res.json().error.code).to.equal("rate_limited");
      } finally {
        await limited.close();
      }
    });
  });

  describe("CORS, health, metrics, OpenAPI", function () {
    it("allows the wallet app's origin in a preflight, and no other", async function () {
      const withCors = await testApp({ corsOrigins: ["https://wallet.aerie.test"] });
      try {
        const ok = await withCors.app.inject({
          method: "OPTIONS",
          url: "/v1/submissions",
          headers: { origin: "https://wallet.aerie.test", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
        });
        expect(ok.statusCode).to.equal(204);
        expect(ok.headers["access-control-allow-origin"]).to.equal("https://wallet.aerie.test");
        const other = await withCors.app.inject({ method: "GET", url: "/healthz", headers: { origin: "https://evil.test" } });
        expect(other.headers["access-control-allow-origin"]).to.equal(undefined);
      } finally {
        await withCors.close();
      }
    });

    it("GET /healthz reports the store", async function () {
      await post(app, "/v1/submissions", await submissionBody(TRAINERS[0]!));
      const res = await app.app.inject({ method: "GET", url: "/healthz" });
      expect(res.statusCode).to.equal(200);
      expect(res.json()).to.deep.equal({ status: "ok", db: "ok", inbox: 1 });
    });

    it("GET /metrics counts accepted and rejected messages by reason, and exposes fed gauges", async function () {
      await post(app, "/v1/submissions", await submissionBody(TRAINERS[0]!));
      const body = await submissionBody(TRAINERS[1]!);
      await post(app, "/v1/submissions", body);
      await post(app, "/v1/submissions", body);
      await post(app, "/v1/submissions", await submissionBody(OUTSIDER));
      await post(app, "/v1/scores", await scoresBody(VALIDATORS[0]!, { scores: [1n, 2n, 2_000_000n] }));
      app.metrics.setRoundsByState({ running: 2, final: 5 });
      app.metrics.setChainHeadLag(3n);
      app.metrics.countRpcError("eth_getLogs");
      const res = await app.app.inject({ method: "GET", url: "/metrics" });
      expect(res.statusCode).to.equal(200);
      expect(res.headers["content-type"]).to.match(/^text\/plain/);
      const text = res.body;
      expect(text).to.include('aerie_intake_accepted_total{kind="submission",outcome="stored"} 2');
      expect(text).to.include('aerie_intake_accepted_total{kind="submission",outcome="duplicate"} 1');
      expect(text).to.include('aerie_intake_rejected_total{kind="submission",reason="not_participant"} 1');
      expect(text).to.include('aerie_intake_rejected_total{kind="scores",reason="score_out_of_range"} 1');
      expect(text).to.include('aerie_rounds{state="running"} 2');
      expect(text).to.include('aerie_rounds{state="final"} 5');
      expect(text).to.include('aerie_rounds{state="skipped"} 0');
      expect(text).to.include("aerie_chain_head_lag_blocks 3");
      expect(text).to.include('aerie_rpc_errors_total{method="eth_getLogs"} 1');
      expect(text).to.include("aerie_inbox_messages 2");
    });

    it("GET /v1/openapi.json is an OpenAPI 3.1 document of every route, built from the zod schemas", async function () {
      const res = await app.app.inject({ method: "GET", url: "/v1/openapi.json" });
      expect(res.statusCode).to.equal(200);
      const doc = res.json();
      expect(doc.openapi).to.equal("3.1.0");
      expect(Object.keys(doc.paths).sort()).to.deep.equal([
        "/healthz",
        "/metrics",
        "/v1/model-updates",
        "/v1/openapi.json",
        "/v1/scores",
        "/v1/scores-commits",
        "/v1/scores/{taskId}/{round}/{signer}",
        "/v1/submissions",
        "/v1/submissions/{taskId}/{round}/{signer}",
        "/v1/tasks/{taskId}/rounds/{round}/model-updates",
        "/v1/tasks/{taskId}/rounds/{round}/roles",
        "/v1/tasks/{taskId}/rounds/{round}/submissions",
        "/v1/vote-commits",
        "/v1/votes",
      ]);
      const post = doc.paths["/v1/submissions"].post;
      expect(post.requestBody.content["application/json"].schema).to.deep.equal({ $ref: "#/components/schemas/SignedSubmission" });
      const schema = doc.components.schemas.SignedSubmission;
      expect(schema.required).to.deep.equal(["message", "signature"]);
      expect(schema.additionalProperties).to.equal(false);
      expect(Object.keys(schema.properties.message.properties)).to.deep.equal(["taskId", "round", "trainer", "modelHash", "modelURI"]);
      expect(post.responses["403"].content["application/json"].schema).to.deep.equal({ $ref: "#/components/schemas/Error" });
      expect(doc.components.schemas.Error.properties.error.required).to.deep.equal(["code", "message"]);
      const params = doc.paths["/v1/scores/{taskId}/{round}/{signer}"].get.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`);
      expect(params).to.deep.equal(["path:taskId", "path:round", "path:signer"]);
    });
  });

  it("signTypedData of the SUBMISSION_TYPES is what the intake verifies (shared EIP-712 types)", async function () {
    const who = TRAINERS[2]!;
    const message = { taskId: 1n, round: 0n, trainer: who.address, modelHash: keccak256(toHex("m")), modelURI: "u" };
    const signature = await signTypedData({
      privateKey: keccak256(toHex("aerie-node-test-3")),
      domain: aerieDomain(CHAIN_ID, REGISTRY),
      types: SUBMISSION_TYPES,
      primaryType: "Submission",
      message,
    });
    const res = await post(app, "/v1/submissions", { message: { ...message, taskId: "1", round: "0" }, signature });
    expect(res.statusCode).to.equal(200);
  });
});

describe("node intake (the node's own trouble)", function () {
  it("a failing chain read answers 503 chain_unavailable, counts an RPC error and stores nothing", async function () {
    const app = await testApp({
      rounds: async () => {
        throw new Error("HTTP request failed: connect ECONNREFUSED");
      },
    });
    try {
      const res = await app.app.inject({ method: "POST", url: "/v1/submissions", payload: await submissionBody(TRAINERS[0]!) });
      expect(res.statusCode).to.equal(503);
      expect(res.headers["retry-after"]).to.equal("5");
      expect(res.json()).to.deep.equal({ error: { code: "chain_unavailable", message: "the node cannot read the chain right now: retry in a few seconds" } });
      expect(app.inbox.count()).to.equal(0);
      expect((await app.app.inject({ method: "GET", url: "/metrics" })).body).to.include('aerie_rpc_errors_total{method="getTask"} 1');
    } finally {
      await app.close();
    }
  });

  it("a failing store answers 503 store_unavailable and /healthz 503 unhealthy", async function () {
    const app = await testApp();
    try {
      app.inbox.putMany = () => {
        throw new Error("SQLITE_FULL: database or disk is full");
      };
      const res = await app.app.inject({ method: "POST", url: "/v1/submissions", payload: await submissionBody(TRAINERS[0]!) });
      expect(res.statusCode).to.equal(503);
      expect(res.json()).to.deep.equal({ error: { code: "store_unavailable", message: "the node cannot store messages right now (the cause is in its log): retry later" } });
      expect(app.db.prepare("SELECT COUNT(*) AS n FROM inbox").get()).to.deep.equal({ n: 0 });
      app.db.close();
      const health = await app.app.inject({ method: "GET", url: "/healthz" });
      expect(health.statusCode).to.equal(503);
      expect(health.json().error.code).to.equal("unhealthy");
    } finally {
      await app.close();
    }
  });
});
