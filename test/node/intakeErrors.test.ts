// The intake's refusals over a real socket: content types, the rejection counter of /metrics for failures answered
// before the intake runs, and scores naming someone who is not a trainer of the round.
import { expect } from "chai";

import { keccak256, toHex } from "viem";

import { MODEL_UPDATE_TYPES } from "../../src/lib/eip712";
import { DOMAIN, OUTSIDER, scoresBody, submissionBody, testApp, TRAINERS, VALIDATORS } from "./helpers";

type Listening = Awaited<ReturnType<typeof testApp>> & { url: string };

async function listening(over: Parameters<typeof testApp>[0] = {}): Promise<Listening> {
  const app = await testApp(over);
  const url = (await app.app.listen({ host: "127.0.0.1", port: 0 })).replace(/\/$/, "");
  return { ...app, url };
}

async function post(url: string, body: string, contentType = "application/json"): Promise<{ status: number; code: string | undefined }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": contentType }, body });
  const json = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: json.error?.code };
}

describe("intake refusals over a socket", function () {
  this.timeout(60_000);
  let node: Listening;

  beforeEach(async function () {
    node = await listening({ bodyLimit: 2_048 });
  });
  afterEach(async function () {
    await node.close();
  });

  it("a text/plain body → 415 unsupported_media_type (not 400), nothing stored", async function () {
    const body = JSON.stringify(await submissionBody(TRAINERS[0]!));
    expect(await post(`${node.url}/v1/submissions`, body, "text/plain")).to.deep.equal({ status: 415, code: "unsupported_media_type" });
    expect(await post(`${node.url}/v1/scores`, body, "text/plain; charset=utf-8")).to.deep.equal({ status: 415, code: "unsupported_media_type" });
    expect(node.inbox.count()).to.equal(0);
  });

  it("aerie_intake_rejected_total counts malformed_json, invalid_body, body_too_large and unsupported_media_type by kind", async function () {
    const good = JSON.stringify(await submissionBody(TRAINERS[0]!));
    expect(await post(`${node.url}/v1/submissions`, '{"message": ')).to.deep.equal({ status: 400, code: "malformed_json" });
    expect(await post(`${node.url}/v1/submissions`, JSON.stringify({ message: {}, signature: "0x" }))).to.deep.equal({ status: 400, code: "invalid_body" });
    expect(await post(`${node.url}/v1/scores`, JSON.stringify({ pad: "x".repeat(4_000) }))).to.deep.equal({ status: 413, code: "body_too_large" });
    expect(await post(`${node.url}/v1/scores`, good, "application/xml")).to.deep.equal({ status: 415, code: "unsupported_media_type" });
    expect(await post(`${node.url}/v1/scores`, good, "text/plain")).to.deep.equal({ status: 415, code: "unsupported_media_type" });
    // a route that is not the intake's counts nothing
    expect((await post(`${node.url}/v1/nowhere`, "{}")).status).to.equal(404);
    expect((await post(`${node.url}/v1/nowhere`, "{")).status).to.equal(400);
    const text = await (await fetch(`${node.url}/metrics`)).text();
    const rejected = [...text.matchAll(/^aerie_intake_rejected_total\{kind="(\w+)",reason="(\w+)"\} (\d+)$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`).sort();
    expect(rejected).to.deep.equal(["scores body_too_large 1", "scores unsupported_media_type 2", "submission invalid_body 1", "submission malformed_json 1"]);
  });

  it("the commit–reveal and FL routes count the refusals answered before their handler by kind", async function () {
    expect(await post(`${node.url}/v1/votes`, '{"message": ')).to.deep.equal({ status: 400, code: "malformed_json" });
    expect(await post(`${node.url}/v1/model-updates`, JSON.stringify({ message: {}, signature: "0x" }))).to.deep.equal({ status: 400, code: "invalid_body" });
    expect(await post(`${node.url}/v1/scores-commits`, "{}", "text/plain")).to.deep.equal({ status: 415, code: "unsupported_media_type" });
    const text = await (await fetch(`${node.url}/metrics`)).text();
    const rejected = [...text.matchAll(/^aerie_intake_rejected_total\{kind="(\w+)",reason="(\w+)"\} (\d+)$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]}`).sort();
    expect(rejected).to.deep.equal(["modelUpdate invalid_body 1", "scoresCommit unsupported_media_type 1", "vote malformed_json 1"]);
  });

  it("an FL message is authenticated against its own EIP-712 digest: another key → 403 WRONG_SIGNER, no signer → 400 BAD_SIGNATURE", async function () {
    const message = { taskId: 1n, round: 0n, proposer: TRAINERS[0]!.address, updateHash: keccak256(toHex("update")), updateURI: "https://u.example/1" };
    const wire = (signature: string) => JSON.stringify({ message: { ...message, taskId: "1", round: "0" }, signature });
    const byOther = await TRAINERS[1]!.signTypedData({ domain: DOMAIN, types: MODEL_UPDATE_TYPES, primaryType: "ModelUpdate", message });
    expect(await post(`${node.url}/v1/model-updates`, wire(byOther))).to.deep.equal({ status: 403, code: "WRONG_SIGNER" });
    // r = s = 0 with a valid v: well formed, but no public key recovers from it
    expect(await post(`${node.url}/v1/model-updates`, wire(`0x${"00".repeat(64)}1b`))).to.deep.equal({ status: 400, code: "BAD_SIGNATURE" });
    const own = await TRAINERS[0]!.signTypedData({ domain: DOMAIN, types: MODEL_UPDATE_TYPES, primaryType: "ModelUpdate", message });
    // the right signer gets past authentication (this test node knows no FL task: refused by policy lookup, not signature)
    expect((await post(`${node.url}/v1/model-updates`, wire(own))).code).to.not.be.oneOf(["WRONG_SIGNER", "BAD_SIGNATURE"]);
  });

  it("scores naming someone who is not a trainer of the round → 422 unknown_trainer, nothing stored, counted", async function () {
    for (const stranger of [OUTSIDER.address, VALIDATORS[1]!.address]) {
      const body = await scoresBody(VALIDATORS[0]!, { trainers: [TRAINERS[0]!.address, stranger, TRAINERS[2]!.address] });
      const res = await fetch(`${node.url}/v1/scores`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect(res.status).to.equal(422);
      const role = stranger === OUTSIDER.address ? "not a participant" : "validator";
      expect(await res.json()).to.deep.equal({
        error: {
          code: "unknown_trainer",
          message: `trainers[1] ${stranger} is not a trainer of task 1 round 0 (at the round's start it is ${role}): score only the round's trainers (GET /v1/tasks/1/rounds/0/submissions) and sign again`,
        },
      });
    }
    expect(node.inbox.count()).to.equal(0);
    const text = await (await fetch(`${node.url}/metrics`)).text();
    expect(text).to.include('aerie_intake_rejected_total{kind="scores",reason="unknown_trainer"} 2');
    // the same validator scoring only the round's trainers is taken
    const ok = await fetch(`${node.url}/v1/scores`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(await scoresBody(VALIDATORS[0]!)) });
    expect(ok.status).to.equal(200);
  });
});
