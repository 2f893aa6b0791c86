// The intake's chain-read lookups against the real contracts (in-process Hardhat network), and the intake
// served by them end to end.
import hre from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import { expect } from "chai";
import { getAddress, keccak256, toHex, type Address, type PublicClient } from "viem";

import { aerieDomain, SUBMISSION_TYPES } from "../../src/lib/eip712";
import { buildIntakeApp } from "../../src/node/intake/app";
import { chainClock, chainParticipantLookup, chainRoundLookup } from "../../src/node/intake/lookups";
import { DAY, taskFixture } from "../shared/fixtures";

describe("node intake chain lookups (TaskRegistry reads)", function () {
  async function fixture() {
    const f = await taskFixture();
    const client = (await hre.viem.getPublicClient()) as unknown as PublicClient;
    const registry = getAddress(await f.registry.getAddress());
    let now = BigInt(await time.latest());
    const clock = () => now;
    const params = { client, registry, clock, scoringWindow: (h: `0x${string}`) => (h === f.spec.specHash ? 3_600n : undefined) };
    return { ...f, client, registry, clock, setNow: (t: bigint) => void (now = t), params };
  }

  it("reads a round's windows from getTask and the scoring window from the task's spec", async function () {
    const f = await loadFixture(fixture);
    const rounds = chainRoundLookup(f.params);
    expect(await rounds(1n, 0n)).to.deep.equal({ roundStart: f.spec.startTime, roundEnd: f.spec.startTime + DAY, scoringWindowSeconds: 3_600n });
    expect(await rounds(1n, 2n)).to.deep.equal({ roundStart: f.spec.startTime + 2n * DAY, roundEnd: f.spec.startTime + 3n * DAY, scoringWindowSeconds: 3_600n });
  });

  it("names an unknown task, a round beyond the task and a spec the node lacks", async function () {
    const f = await loadFixture(fixture);
    expect(await chainRoundLookup(f.params)(99n, 0n)).to.deep.equal({ unknown: "task" });
    expect(await chainRoundLookup(f.params)(1n, 3n)).to.deep.equal({ unknown: "round" });
    expect(await chainRoundLookup({ ...f.params, scoringWindow: () => undefined })(1n, 0n)).to.deep.equal({ unknown: "spec" });
  });

  it("answers each operator's role at the round's start; a delegator is no participant", async function () {
    const f = await loadFixture(fixture);
    await time.increaseTo(f.spec.startTime);
    f.setNow(f.spec.startTime);
    const participants = chainParticipantLookup(f.params);
    expect(await participants(1n, 0n, f.trainers[0]!.address as Address)).to.equal("trainer");
    expect(await participants(1n, 0n, f.validators[2]!.address as Address)).to.equal("validator");
    expect(await participants(1n, 0n, f.delegators[0]!.address as Address)).to.equal(undefined);
    expect(await participants(1n, 3n, f.trainers[0]!.address as Address)).to.equal(undefined);
  });

  it("chainClock follows the latest block's timestamp, also after evm_increaseTime", async function () {
    const f = await loadFixture(fixture);
    const chain = chainClock(f.client, { refreshMs: 50 });
    try {
      await chain.ready;
      expect(chain.clock()).to.equal(BigInt(await time.latest()));
      await time.increase(5 * 86_400);
      const target = BigInt(await time.latest());
      for (let i = 0; i < 100 && chain.clock() !== target; i++) await new Promise((r) => setTimeout(r, 20));
      expect(chain.clock()).to.equal(target);
    } finally {
      chain.stop();
    }
  });

  it("serves the intake: a trainer's submission is accepted, a delegator's refused with not_participant", async function () {
    const f = await loadFixture(fixture);
    await time.increaseTo(f.spec.startTime + 10n);
    f.setNow(f.spec.startTime + 10n);
    const node = await buildIntakeApp({
      dbPath: ":memory:",
      chainId: 31337,
      registry: f.registry,
      participants: chainParticipantLookup(f.params),
      rounds: chainRoundLookup(f.params),
      clock: f.clock,
    });
    try {
      const wallets = await hre.viem.getWalletClients();
      const sign = async (who: Address) => {
        const wallet = wallets.find((w) => w.account.address.toLowerCase() === who.toLowerCase())!;
        const message = { taskId: 1n, round: 0n, trainer: wallet.account.address, modelHash: keccak256(toHex(who)), modelURI: "ipfs://m" };
        const signature = await wallet.signTypedData({ domain: aerieDomain(31337, f.registry), types: SUBMISSION_TYPES, primaryType: "Submission", message });
        return { message: { ...message, taskId: "1", round: "0" }, signature, domain: aerieDomain(31337, f.registry) };
      };
      const ok = await node.app.inject({ method: "POST", url: "/v1/submissions", payload: await sign(f.trainers[1]!.address as Address) });
      expect(ok.statusCode, ok.body).to.equal(200);
      expect(ok.json()).to.include({ signer: getAddress(f.trainers[1]!.address), receivedAt: String(f.spec.startTime + 10n) });
      const refused = await node.app.inject({ method: "POST", url: "/v1/submissions", payload: await sign(f.delegators[1]!.address as Address) });
      expect(refused.statusCode).to.equal(403);
      expect(refused.json().error.code).to.equal("not_participant");
      expect(node.inbox.count()).to.equal(1);
    } finally {
      await node.close();
    }
  });
});
