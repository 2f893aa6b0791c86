// Fault tests of the committee (issue 7, item 9): real node processes against a real `hardhat node`, killed
// with SIGKILL at the fault points of src/node/faults.ts. Each round must still settle, with one propose.
import { expect } from "chai";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { type Address } from "viem";
import { getContractEvents } from "viem/actions";
import { roundSettlementAbi } from "../../src/sdk/abis";

import { rotationPosition } from "../../src/node/committee/loop";
import { getMessageStatus, postSubmission } from "../../src/node/client";
import { aerieDomain, signSubmission } from "../../src/lib/eip712";
import { parseTaskSpec } from "../../src/aggregator/taskSpec";
import { getRoundStatus } from "../../src/sdk/actions/getRoundStatus";
import { RoundStatus } from "../../src/sdk/enums";
import { aerieAddresses, readAddressBook } from "../../src/sdk/addressBook";
import { privateKeyToAccount } from "viem/accounts";
import { keccak256, toBytes } from "viem";
import { hardhatKey, ROOT, sendRoundMessages, setupDemoTask, startDevnet, waitFor, type DemoTask, type Devnet } from "../../scripts/network/devnet";
import { OPERATORS, SPEC_PATH } from "../../src/demo/run";
import { readFileSync } from "node:fs";

const SPEC_FILE = join(ROOT, SPEC_PATH);
const spec = parseTaskSpec(JSON.parse(readFileSync(SPEC_FILE, "utf8")));


describe("node faults: kill -9 of committee members (3 node processes, hardhat node)", function () {
  this.timeout(900_000);
  let net: Devnet;
  let task: DemoTask;
  let addresses: ReturnType<typeof aerieAddresses>;
  const members = { members: [] as Address[], threshold: 2 };

  before(async function () {
    net = await startDevnet({
      dir: mkdtempSync(join(tmpdir(), "aerie-faults-")),
      specs: [SPEC_FILE],
      nodes: [
        { name: "member-1", role: "committee", account: 1 },
        { name: "member-2", role: "committee", account: 2 },
        { name: "member-3", role: "committee", account: 3 },
      ],
      proposeTimeoutMs: 2_000,
    });
    for (let i = 0; i < 3; i++) await net.start(i);
    task = await setupDemoTask(net, spec);
    addresses = aerieAddresses(readAddressBook(net.bookPath)!);
    members.members = net.nodes.map((n) => n.address).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  });

  after(async function () {
    if (net) await net.stop();
  });

  /** Index (in net.nodes) of the node at rotation position `p` of `round`. */
  const at = (round: bigint, p: number) => net.nodes.findIndex((n) => rotationPosition(members, task.taskId, round, n.address) === p);
  const window = async (round: bigint) => (await net.ctx.publicClient.readContract({ ...net.c.registry, functionName: "roundWindow", args: [task.taskId, round] })) as [bigint, bigint];
  const live = () => net.nodes.filter((n) => n.proc !== undefined && n.proc.exitCode === null && n.proc.signalCode === null).map((n) => n.url);

  /** ResultProposed events of the task's round. */
  async function proposals(round: bigint) {
    return getContractEvents(net.ctx.publicClient, {
      address: addresses.roundSettlement,
      abi: roundSettlementAbi,
      eventName: "ResultProposed",
      args: { taskId: task.taskId, round },
      fromBlock: 0n,
      strict: true,
    });
  }

  /** Propose transactions journaled by all nodes for the round (each node's own database). */
  function journaledProposes(round: bigint): number {
    let n = 0;
    for (const node of net.nodes) {
      const db = new Database(join(node.dataDir, "node.db"), { readonly: true, fileMustExist: true });
      n += (db.prepare("SELECT COUNT(*) AS n FROM txs WHERE intent LIKE ? AND status IN ('sent', 'mined')").get(`propose:${task.taskId}:${round}:%`) as { n: number }).n;
      db.close();
    }
    return n;
  }

  /** Moves time past the scoring window, waits for one proposal and its finalization by the nodes. */
  async function settle(round: bigint, opts: { whileProposing?: () => Promise<void> } = {}) {
    const [, roundEnd] = await window(round);
    await net.setTime(roundEnd + BigInt(spec.scoringWindowSeconds) + 1n);
    await opts.whileProposing?.();
    const proposal = await waitFor(`round ${round} proposed`, async () => {
      const s = await getRoundStatus(net.ctx.publicClient, { addresses, taskId: task.taskId, round });
      return s.status === RoundStatus.Proposed ? s.proposal! : undefined;
    });
    const window_ = (await net.ctx.publicClient.readContract({ ...net.c.settlement, functionName: "CHALLENGE_WINDOW" })) as bigint;
    await net.setTime(proposal.proposedAt + window_);
    await waitFor(`round ${round} finalized`, async () => {
      const s = await getRoundStatus(net.ctx.publicClient, { addresses, taskId: task.taskId, round });
      return s.status === RoundStatus.Finalized ? true : undefined;
    });
    return proposal;
  }

  it("round 0: a member killed right after acknowledging a message still holds it; a member killed after signing re-signs; one propose", async function () {
    const round = 0n;
    const [roundStart, roundEnd] = await window(round);
    // member-1 dies the moment it has answered 200 to the first submission
    await net.kill(0);
    await net.start(0, { AERIE_FAULT: "after-intake-ack" });
    await net.setTime(roundStart + 60n);
    const t = task.trainers[0]!;
    const domain = aerieDomain(net.ctx.chainId, net.c.registry.address);
    const message = { taskId: task.taskId, round, trainer: t.address, modelHash: keccak256(toBytes(`model:${task.taskId}:0:${t.name}`)), modelURI: `ipfs://demo/${task.taskId}/0/${t.name}.safetensors` };
    const signature = await signSubmission(privateKeyToAccount(hardhatKey(OPERATORS.find((o) => o.name === t.name)!.account)), domain, message);
    const ack = await postSubmission(net.nodes[0]!.url, { message, signature, domain });
    expect(ack.status).to.equal("accepted");
    expect(await net.exited(0)).to.equal("SIGKILL");
    await net.start(0);
    const after = await getMessageStatus(net.nodes[0]!.url, { kind: "submission", taskId: task.taskId, round, signer: t.address });
    expect(after?.digest).to.equal(ack.digest);
    expect(after?.receivedAt).to.equal(ack.receivedAt);

    // a non-leader dies right after signing, before sending its signature to anyone
    const signer = at(round, 1);
    await net.kill(signer);
    await net.start(signer, { AERIE_FAULT: "after-sign" });
    await sendRoundMessages(net, { taskId: task.taskId, round, roundStart, roundEnd, trainers: task.trainers, validators: task.validators, urls: live() });
    await settle(round, {
      whileProposing: async () => {
        expect(await net.exited(signer)).to.equal("SIGKILL");
        await net.start(signer);
      },
    });
    expect((await proposals(round)).length).to.equal(1);
    expect(journaledProposes(round)).to.equal(1);
  });

  it("round 1: the leader killed after broadcasting its propose (before the receipt) reconciles on restart; no second propose", async function () {
    const round = 1n;
    const [roundStart, roundEnd] = await window(round);
    const leader = at(round, 0);
    await net.kill(leader);
    await net.start(leader, { AERIE_FAULT: "after-propose-send" });
    await sendRoundMessages(net, { taskId: task.taskId, round, roundStart, roundEnd, trainers: task.trainers, validators: task.validators, urls: live() });
    const proposal = await settle(round, {
      whileProposing: async () => {
        expect(await net.exited(leader)).to.equal("SIGKILL");
        await net.start(leader);
      },
    });
    expect(proposal.proposer).to.equal(net.nodes[leader]!.address);
    expect((await proposals(round)).length).to.equal(1);
    expect(journaledProposes(round)).to.equal(1);
  });

  it("round 2: with one member down, the leader killed after the receipt (before recording it): the other member settles; one propose", async function () {
    const round = 2n;
    const [roundStart, roundEnd] = await window(round);
    const leader = at(round, 0);
    const down = at(round, 2);
    await net.kill(down);
    await net.kill(leader);
    await net.start(leader, { AERIE_FAULT: "after-propose-receipt" });
    await sendRoundMessages(net, { taskId: task.taskId, round, roundStart, roundEnd, trainers: task.trainers, validators: task.validators, urls: live() });
    await settle(round, {
      whileProposing: async () => {
        expect(await net.exited(leader)).to.equal("SIGKILL");
        await net.start(leader);
      },
    });
    expect((await proposals(round)).length).to.equal(1);
    expect(journaledProposes(round)).to.equal(1);
    await net.start(down);
    const finalized = await net.ctx.publicClient.readContract({ ...net.c.settlement, functionName: "nextRound", args: [task.taskId] });
    expect(finalized).to.equal(3n);
  });
});
