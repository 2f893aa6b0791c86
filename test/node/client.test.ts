// The intake client against a listening node (real socket): answers, the node's own errors, unreachable nodes.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect } from "chai";

import { getMessageStatus, NodeClientError, postScores, postSubmission } from "../../src/node/client";
import type { Scores, Submission } from "../../src/lib/eip712";
import { aerieDomain } from "../../src/lib/eip712";
import { CHAIN_ID, OUTSIDER, REGISTRY, scoresBody, submissionBody, testApp, TRAINERS, VALIDATORS } from "./helpers";

type App = Awaited<ReturnType<typeof testApp>>;

function asSubmission(m: Record<string, unknown>): Submission {
  return { ...m, taskId: BigInt(m.taskId as string), round: BigInt(m.round as string) } as Submission;
}
function asScores(m: Record<string, unknown>): Scores {
  return { ...m, taskId: BigInt(m.taskId as string), round: BigInt(m.round as string), scores: (m.scores as string[]).map(BigInt) } as Scores;
}

describe("node client (src/node/client.ts)", function () {
  let app: App;
  let url: string;
  before(async function () {
    app = await testApp();
    url = await app.app.listen({ port: 0, host: "127.0.0.1" });
  });
  after(async function () {
    await app.close();
  });

  it("postSubmission sends bigints as decimal strings and returns the acknowledgement", async function () {
    const b = await submissionBody(TRAINERS[0]!);
    const ack = await postSubmission(`${url}/`, { message: asSubmission(b.message), signature: b.signature });
    expect(ack).to.include({ status: "accepted", kind: "submission", taskId: "1", round: "0", signer: TRAINERS[0]!.address, receivedAt: "1500", replaced: 0 });
    expect(app.inbox.get("submission", 1n, 0n, TRAINERS[0]!.address)!.digest).to.equal(ack.digest);
  });

  it("postScores with the domain, and getMessageStatus returns the same status", async function () {
    const b = await scoresBody(VALIDATORS[0]!);
    const ack = await postScores(url, { message: asScores(b.message), signature: b.signature, domain: aerieDomain(CHAIN_ID, REGISTRY) });
    expect(await getMessageStatus(url, { kind: "scores", taskId: 1n, round: 0n, signer: VALIDATORS[0]!.address })).to.deep.equal(ack);
  });

  it("getMessageStatus returns undefined when the node has no message of the signer", async function () {
    expect(await getMessageStatus(url, { kind: "submission", taskId: 1n, round: 0n, signer: TRAINERS[2]!.address })).to.equal(undefined);
  });

  it("throws NodeClientError with the node's status, code and one-line message", async function () {
    const b = await submissionBody(OUTSIDER);
    try {
      await postSubmission(url, { message: asSubmission(b.message), signature: b.signature });
      expect.fail("should have thrown");
    } catch (e) {
      expect(e).to.be.instanceOf(NodeClientError);
      const err = e as NodeClientError;
      expect([err.status, err.code]).to.deep.equal([403, "not_participant"]);
      expect(err.message).to.include(`${OUTSIDER.address} is not a trainer of task 1 round 0`);
    }
  });

  it("throws code unreachable when nothing listens at the URL", async function () {
    const b = await submissionBody(TRAINERS[1]!);
    try {
      await postSubmission("http://127.0.0.1:9", { message: asSubmission(b.message), signature: b.signature });
      expect.fail("should have thrown");
    } catch (e) {
      expect((e as NodeClientError).code).to.equal("unreachable");
      expect((e as NodeClientError).status).to.equal(0);
      expect((e as Error).message).to.equal("cannot reach the node at http://127.0.0.1:9: check the URL and that the node is running");
    }
  });

  it("throws code bad_response / timeout for a server that is not an Aerie node", async function () {
    const other = createServer((req, res) => {
      if (req.url!.startsWith("/slow")) return; // never answers
      res.writeHead(502, { "content-type": "text/html" }).end("<html>bad gateway</html>");
    });
    await new Promise<void>((r) => other.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      const b = await submissionBody(TRAINERS[1]!);
      const err1 = await postSubmission(base, { message: asSubmission(b.message), signature: b.signature }).catch((e: NodeClientError) => e);
      expect([(err1 as NodeClientError).status, (err1 as NodeClientError).code]).to.deep.equal([502, "bad_response"]);
      const err2 = await postSubmission(`${base}/slow`, { message: asSubmission(b.message), signature: b.signature }, { timeoutMs: 200 }).catch((e: NodeClientError) => e);
      expect((err2 as NodeClientError).code).to.equal("timeout");
    } finally {
      other.closeAllConnections();
      await new Promise((r) => other.close(r));
    }
  });
});
