// The committee's round inputs from the store: an EARLY_REVEAL refusal (a node whose clock lagged chain time refused a
// reveal the signer then sent again and had accepted) is left out, so members that were not early write the same bundle.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";
import { keccak256, toHex, type Hex } from "viem";

import { roundMessageInputs } from "../../src/node/committee/roundMessages";
import { taskPolicyOf } from "../../src/aggregator/policy/registry";
import { openStore, type Store } from "../../src/node/store/db";
import { RoundMessageStore } from "../../src/node/store/roundMessages";
import { account } from "./helpers";

const FL_POLICY = { id: "flock-fl-alliance-v1", proposerRatioBps: 3000, proposerShareBps: 6000, slashBps: 500, revealWindowSeconds: 600 };
const W = { roundStart: 1000n, roundEnd: 2000n, commitDeadline: 2100n, revealDeadline: 2700n };

describe("committee round inputs: EARLY_REVEAL refusals superseded by an accepted reveal", () => {
  let dir: string;
  let store: Store;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "aerie-early-reveal-"));
    store = openStore({ dataDir: dir });
  });
  after(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("leaves out the early refusal of a voter whose reveal was accepted, keeps that of one whose was not", () => {
    const [a, b] = [account(301), account(302)];
    const messages = new RoundMessageStore(store);
    const vote = (voter: Hex, v: bigint) => ({ taskId: 5n, round: 0n, voter, vote: v });
    const entry = (signer: typeof a, n: number) => ({
      kind: "vote" as const,
      taskId: 5n,
      round: 0n,
      signer: signer.address,
      digest: keccak256(toHex(`digest ${signer.address} ${n}`)),
      signature: `0x${"11".repeat(65)}` as Hex,
      message: vote(signer.address, 7n) as unknown as Record<string, unknown>,
      salt: keccak256(toHex(`salt ${signer.address}`)),
    });
    messages.putRejected({ ...entry(a, 1), receivedAt: 1500n, code: "EARLY_REVEAL" });
    messages.put({ ...entry(a, 1), receivedAt: 2150n });
    messages.putRejected({ ...entry(b, 2), receivedAt: 1600n, code: "EARLY_REVEAL" });
    const inputs = roundMessageInputs(store, taskPolicyOf({ policy: FL_POLICY as never }).policy, 5n, 0n, W);
    expect(inputs.votes!.map((v) => [v.message.voter, v.receivedAt])).to.deep.equal([
      [a.address, W.commitDeadline],
      [b.address, W.roundStart],
    ]);
  });
});
