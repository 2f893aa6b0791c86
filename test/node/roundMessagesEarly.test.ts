// The committee's round inputs from the store are its accepted messages only: a refusal (EARLY_REVEAL from a node whose
// clock lagged, or any refusal a signer provoked at one member alone) never enters them, so members that did not see
// it write the same bundle. Before the fix, a refused message sent to one member split the committee's bundles.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "chai";
import { keccak256, toHex, type Hex } from "viem";

import { roundMessageInputs } from "../../src/node/committee/roundMessages";
import { roundInputMessages } from "../../src/node/committee/reconcile";
import { taskPolicyOf } from "../../src/aggregator/policy/registry";
import { openStore, type Store } from "../../src/node/store/db";
import { RoundMessageStore } from "../../src/node/store/roundMessages";
import { account } from "./helpers";

const FL_POLICY = { id: "flock-fl-alliance-v1", proposerRatioBps: 3000, proposerShareBps: 6000, slashBps: 500, revealWindowSeconds: 600 };
const W = { roundStart: 1000n, roundEnd: 2000n, commitDeadline: 2100n, revealDeadline: 2700n };

describe("committee round inputs: refused messages are never inputs", () => {
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

  it("leaves out every refusal (an early one superseded by an accepted reveal, and one never followed by a reveal)", () => {
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
    const participants = [{ operator: a.address }, { operator: b.address }];
    const inputsOf = (db: Store) => roundMessageInputs(roundInputMessages(db, 5n, 0n, participants), taskPolicyOf({ policy: FL_POLICY as never }).policy, W);
    const inputs = inputsOf(store);
    expect(inputs.votes!.map((v) => [v.message.voter, v.receivedAt])).to.deep.equal([[a.address, W.commitDeadline]]);
    // a member that never saw either refusal computes the same inputs
    const other = openStore({ dataDir: mkdtempSync(join(tmpdir(), "aerie-early-reveal-peer-")) });
    try {
      new RoundMessageStore(other).put({ ...entry(a, 1), receivedAt: 2160n });
      expect(inputsOf(other)).to.deep.equal(inputs);
    } finally {
      other.close();
    }
  });
});
