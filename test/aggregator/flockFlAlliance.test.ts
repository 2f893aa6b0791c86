import { expect } from "chai";
import { encodeAbiParameters, getAddress, keccak256, toBytes, toHex, type Address, type Hex } from "viem";
import type { PrivateKeyAccount } from "viem/accounts";

import { InvalidInputError, InvalidTaskSpecError } from "../../src/lib/errors";
import { signModelUpdate, signVote, signVoteCommit, voteCommitment, type Vote } from "../../src/lib/eip712";
import {
  computeFlAlliance,
  drawFlRoles,
  flockFlAllianceV1,
  type FlockFlAllianceParams,
} from "../../src/aggregator/policy/flockFlAllianceV1";
import type { PolicyContext, PolicyMessages, PolicyParticipant } from "../../src/aggregator/policy/types";
import {
  parseVoteMessage,
  selectModelUpdates,
  selectVotes,
  type SignedModelUpdate,
  type SignedVote,
  type SignedVoteCommit,
} from "../../src/aggregator/messagesFl";
import { CHAIN_ID, CONTRACTS, DOMAIN, E18, ROUND, ROUND_END, signer, TASK_ID, WINDOW } from "./fixtures";

const PARAMS: FlockFlAllianceParams = { proposerRatioBps: 4000n, proposerShareBps: 6000n, slashBps: 500n, revealWindowSeconds: 600n };
const SEED = keccak256(toBytes("stake block 1234")) as Hex;

/** A recognisable address whose numeric order is `n`'s order. */
function addr(n: number): Address {
  return getAddress(`0x${n.toString().padStart(40, "0")}`);
}

function roleLists(roles: ReadonlyMap<Address, string>) {
  const proposers = [...roles].filter(([, r]) => r === "proposer").map(([a]) => a);
  const voters = [...roles].filter(([, r]) => r === "voter").map(([a]) => a);
  return { proposers, voters };
}

function context(participants: PolicyParticipant[], msgs: Partial<PolicyMessages>, budget = 1_000_000n): PolicyContext<FlockFlAllianceParams> {
  return {
    budget,
    params: PARAMS,
    round: ROUND,
    seed: SEED,
    participants,
    messages: { submissions: [], scores: [], modelUpdates: [], votes: [], missingReveals: [], ...msgs },
    previousState: null,
  };
}

function update(proposer: Address) {
  return { proposer, updateHash: keccak256(toBytes(`update ${proposer}`)), updateURI: `ipfs://update-${proposer}`, samples: 0n };
}

describe("flock-fl-alliance-v1", function () {
  describe("drawRoles", function () {
    const five: PolicyParticipant[] = [1, 2, 3, 4, 5].map((n) => ({ operator: addr(n), role: "trainer", stake: BigInt(n) * 100n * E18 }));

    it("draws floor(n · proposerRatioBps / 10 000) proposers, clamped to [1, n − 1]", function () {
      expect(roleLists(drawFlRoles(five, SEED, PARAMS)).proposers).to.have.length(2); // floor(5 × 0.4)
      expect(roleLists(drawFlRoles(five, SEED, { ...PARAMS, proposerRatioBps: 1n })).proposers).to.have.length(1);
      expect(roleLists(drawFlRoles(five, SEED, { ...PARAMS, proposerRatioBps: 9999n })).proposers).to.have.length(4);
      expect(roleLists(drawFlRoles(five.slice(0, 1), SEED, PARAMS))).to.deep.equal({ proposers: [addr(1)], voters: [] });
      expect(drawFlRoles([], SEED, PARAMS).size).to.equal(0);
    });

    it("is deterministic in the seed and the stakes, and independent of the input order", function () {
      const a = drawFlRoles(five, SEED, PARAMS);
      const b = drawFlRoles([...five].reverse(), SEED, PARAMS);
      expect([...a].sort()).to.deep.equal([...b].sort());
      // pinned: the draw for this seed (keccak256("stake block 1234")) and stakes 100…500 (derived step by step below)
      expect(roleLists(a)).to.deep.equal({ proposers: [addr(4), addr(5)], voters: [addr(1), addr(2), addr(3)] });
      const other = drawFlRoles(five, keccak256(toBytes("stake block 1235")), PARAMS);
      expect(roleLists(other).proposers).to.have.length(2);
    });

    it("is stake-weighted: over 2,000 seeds a 3:1 stake is drawn proposer ≈ 75 % of the time", function () {
      const two: PolicyParticipant[] = [
        { operator: addr(1), role: "trainer", stake: 3n * E18 },
        { operator: addr(2), role: "validator", stake: 1n * E18 },
      ];
      let heavy = 0;
      for (let i = 0; i < 2000; i++) {
        if (drawFlRoles(two, keccak256(toHex(i, { size: 32 })), PARAMS).get(addr(1)) === "proposer") heavy++;
      }
      expect(heavy).to.equal(1533); // deterministic for these seeds: 76.65 %
      expect(heavy).to.be.within(1442, 1558); // 75 % ± 3σ (σ = √(2000 · 0.75 · 0.25) ≈ 19.4)
    });

    it("follows the documented rule: h_i = keccak256(abi.encode(seed, i)), pick the first cumulative stake > h_i mod W", function () {
      const h = (i: bigint) => BigInt(keccak256(encodeAbiParameters([{ type: "bytes32" }, { type: "uint256" }], [SEED, i])));
      const pick = (remaining: PolicyParticipant[], i: bigint) => {
        const total = remaining.reduce((sum, p) => sum + p.stake, 0n);
        const target = h(i) % total;
        let cumulative = 0n;
        return remaining.find((p) => (cumulative += p.stake) > target)!;
      };
      const first = pick(five, 0n);
      const second = pick(five.filter((p) => p !== first), 1n);
      expect([first.operator, second.operator].sort()).to.deep.equal(roleLists(drawFlRoles(five, SEED, PARAMS)).proposers);
    });

    it("draws uniformly by index when every stake is zero, and refuses a duplicate participant", function () {
      const zero: PolicyParticipant[] = [1, 2, 3].map((n) => ({ operator: addr(n), role: "trainer", stake: 0n }));
      expect(roleLists(drawFlRoles(zero, SEED, PARAMS)).proposers).to.have.length(1);
      expect(() => drawFlRoles([five[0]!, five[0]!], SEED, PARAMS)).to.throw(InvalidInputError, `participant ${addr(1)} is listed twice`);
    });
  });

  describe("compute", function () {
    // Six participants; the draw (4000 bps → 2 proposers) is read from drawFlRoles so the test follows the seed.
    const six: PolicyParticipant[] = [1, 2, 3, 4, 5, 6].map((n) => ({ operator: addr(n), role: "trainer", stake: BigInt(n) * 1000n }));
    const { proposers, voters } = roleLists(drawFlRoles(six, SEED, PARAMS));
    const stake = (a: Address) => six.find((p) => p.operator === a)!.stake;

    it("accepts the update when the stake-weighted vote is ≥ 0: proposers ∝ stake, winning voters ∝ stake, losers slashed", function () {
      const [v1, v2, v3, v4] = voters as [Address, Address, Address, Address];
      const votes = [
        { voter: v1, vote: 1_000_000n },
        { voter: v2, vote: 200_000n },
        { voter: v3, vote: -300_000n },
        { voter: v4, vote: 0n },
      ];
      const result = computeFlAlliance(context(six, { modelUpdates: proposers.map(update), votes }));
      const aggregate = votes.reduce((sum, v) => sum + stake(v.voter) * v.vote, 0n);
      expect(aggregate >= 0n).to.equal(true);
      const proposerStake = proposers.reduce((sum, p) => sum + stake(p), 0n);
      const winners = [v1, v2, v4];
      const winnerStake = winners.reduce((sum, v) => sum + stake(v), 0n);
      const expected = [
        ...proposers.map((p) => ({ operator: p, reward: (600_000n * stake(p)) / proposerStake })),
        ...winners.map((v) => ({ operator: v, reward: (400_000n * stake(v)) / winnerStake })),
        { operator: v3, reward: 0n },
      ].sort((a, b) => (a.operator.toLowerCase() < b.operator.toLowerCase() ? -1 : 1));
      expect(result.operatorRewards).to.deep.equal(expected);
      expect(result.slashes).to.deep.equal([{ operator: v3, bps: 500n }]);
      expect((result.report as { outcome: string; aggregateVote: string }).outcome).to.equal("accepted");
      expect((result.report as { aggregateVote: string }).aggregateVote).to.equal(aggregate.toString());
      expect(result.flags).to.deep.equal([]);
    });

    it("rejects the update when the vote is < 0: every proposer and the non-negative voters slashed, negative voters paid", function () {
      const [v1, v2, v3, v4] = voters as [Address, Address, Address, Address];
      const votes = [
        { voter: v1, vote: -1_000_000n },
        { voter: v2, vote: -1_000_000n },
        { voter: v3, vote: -1_000_000n },
        { voter: v4, vote: 1n },
      ];
      const result = computeFlAlliance(context(six, { modelUpdates: proposers.map(update), votes }));
      const losers = [v1, v2, v3];
      const loserStake = losers.reduce((sum, v) => sum + stake(v), 0n);
      const rewards = new Map(result.operatorRewards.map((r) => [r.operator, r.reward]));
      for (const p of proposers) expect(rewards.get(p)).to.equal(0n);
      for (const v of losers) expect(rewards.get(v)).to.equal((400_000n * stake(v)) / loserStake);
      expect(rewards.get(v4)).to.equal(0n);
      expect(result.slashes.map((s) => s.operator)).to.deep.equal([...proposers, v4].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
      expect((result.report as { outcome: string }).outcome).to.equal("rejected");
    });

    it("treats an aggregate of exactly 0 as accepted, and slashes a voter that committed without a matching reveal", function () {
      const [v1, , , v4] = voters as [Address, Address, Address, Address];
      const result = computeFlAlliance(context(six, { modelUpdates: [update(proposers[0]!)], votes: [{ voter: v1, vote: 0n }], missingReveals: [v4] }));
      const rewards = new Map(result.operatorRewards.map((r) => [r.operator, r.reward]));
      expect(rewards.get(proposers[0]!)).to.equal(600_000n);
      expect(rewards.get(v1)).to.equal(400_000n);
      expect(result.slashes).to.deep.equal([{ operator: v4, bps: 500n }]);
    });

    it("pays and slashes nothing without updates, and only missing reveals without votes", function () {
      const none = computeFlAlliance(context(six, { votes: [{ voter: voters[0]!, vote: 5n }] }));
      expect(none.slashes).to.deep.equal([]);
      expect(none.operatorRewards.every((r) => r.reward === 0n)).to.equal(true);
      expect(none.flags).to.deep.equal(["no-model-updates"]);
      const noVotes = computeFlAlliance(context(six, { modelUpdates: [update(proposers[0]!)], missingReveals: [voters[1]!] }));
      expect(noVotes.operatorRewards).to.deep.equal([{ operator: proposers[0]!, reward: 0n }]);
      expect(noVotes.slashes).to.deep.equal([{ operator: voters[1]!, bps: 500n }]);
      expect(noVotes.flags).to.deep.equal(["no-votes"]);
    });

    it("refuses an update from a voter and a vote out of range (selection filters them first)", function () {
      expect(() => computeFlAlliance(context(six, { modelUpdates: [update(voters[0]!)] }))).to.throw(
        InvalidInputError,
        `${voters[0]} was not drawn as a proposer of this round`,
      );
      expect(() => computeFlAlliance(context(six, { votes: [{ voter: voters[0]!, vote: 1_000_001n }] }))).to.throw(
        InvalidInputError,
        "must be in [-1000000, 1000000], got 1000001",
      );
    });
  });

  describe("selection (messagesFl)", function () {
    const accounts = [0, 1, 2, 3, 4].map((i) => signer(i));
    const participants: PolicyParticipant[] = accounts.map((a, i) => ({ operator: a.address, role: "trainer", stake: BigInt(i + 1) * E18 }));
    const roles = drawFlRoles(participants, SEED, PARAMS);
    const byRole = (role: string) => accounts.filter((a) => roles.get(a.address) === role);
    const [proposer] = byRole("proposer") as [PrivateKeyAccount];
    const [voter1, voter2, voter3] = byRole("voter") as [PrivateKeyAccount, PrivateKeyAccount, PrivateKeyAccount];
    const commitDeadline = ROUND_END + WINDOW;
    const revealDeadline = commitDeadline + PARAMS.revealWindowSeconds;
    const common = { chainId: CHAIN_ID, registry: CONTRACTS.registry, taskId: TASK_ID, round: ROUND, roles };
    const salt = (n: number) => keccak256(toBytes(`salt ${n}`));

    async function modelUpdate(account: PrivateKeyAccount, receivedAt = ROUND_END - 10n): Promise<SignedModelUpdate> {
      const message = { taskId: TASK_ID, round: ROUND, proposer: account.address, updateHash: keccak256(toBytes("u")), updateURI: "ipfs://u" };
      return { message, signature: await signModelUpdate(account, DOMAIN, message), receivedAt };
    }
    async function commit(account: PrivateKeyAccount, vote: bigint, s: Hex, receivedAt = commitDeadline - 10n): Promise<SignedVoteCommit> {
      const v: Vote = { taskId: TASK_ID, round: ROUND, voter: account.address, vote };
      const message = { taskId: TASK_ID, round: ROUND, voter: account.address, commitment: voteCommitment(v, s) };
      return { message, signature: await signVoteCommit(account, DOMAIN, message), receivedAt };
    }
    async function reveal(account: PrivateKeyAccount, vote: bigint, s: Hex, receivedAt = commitDeadline + 10n): Promise<SignedVote> {
      const message: Vote = { taskId: TASK_ID, round: ROUND, voter: account.address, vote };
      return { message, salt: s, signature: await signVote(account, DOMAIN, message), receivedAt };
    }

    it("accepts a drawn proposer's update and rejects a non-proposer's with NOT_PROPOSER", async function () {
      const good = await modelUpdate(proposer);
      const bad = await modelUpdate(voter1);
      const late = await modelUpdate(proposer, ROUND_END);
      const result = await selectModelUpdates({ ...common, roundEnd: ROUND_END, modelUpdates: [bad, good, late] });
      expect(result.accepted).to.deep.equal([good]);
      expect(result.rejected.map((r) => [r.kind, r.signer, r.reason])).to.deep.equal(
        [
          ["modelUpdate", voter1.address, `NOT_PROPOSER: ${voter1.address} was not drawn as a proposer of this round`],
          ["modelUpdate", proposer.address, `LATE: received at ${ROUND_END}, model updates closed at ${ROUND_END}`],
        ].sort((a, b) => (a[1]!.toLowerCase() < b[1]!.toLowerCase() ? -1 : 1)),
      );
    });

    it("accepts matching reveals, and rejects out-of-range, mismatched, uncommitted and early reveals with their codes", async function () {
      const commits = [await commit(voter1, 700_000n, salt(1)), await commit(voter2, -5n, salt(2))];
      const votes = [
        await reveal(voter1, 700_000n, salt(1)), // matches
        await reveal(voter2, -6n, salt(2)), // does not open the commitment
        await reveal(voter3, 1_000_001n, salt(3)), // out of range (and uncommitted)
        await reveal(voter3, 10n, salt(3), commitDeadline - 1n), // early
        await reveal(proposer, 10n, salt(4)), // not a voter
      ];
      const result = await selectVotes({ ...common, commitDeadline, revealDeadline, voteCommits: commits, votes });
      expect(result.accepted).to.deep.equal([votes[0]]);
      expect(result.acceptedCommits).to.have.length(2);
      expect(result.missingReveals).to.deep.equal([voter2.address]);
      const reasons = new Map(result.rejected.map((r) => [r.signature, r.reason]));
      expect(reasons.get(votes[1]!.signature)).to.equal(`REVEAL_MISMATCH: the revealed vote and salt do not open the commitment ${commits[1]!.message.commitment}`);
      expect(reasons.get(votes[2]!.signature)).to.equal("VOTE_OUT_OF_RANGE: vote 1000001 is outside [-1000000, 1000000]");
      expect(reasons.get(votes[3]!.signature)).to.equal(`EARLY_REVEAL: received at ${commitDeadline - 1n}, reveals open at ${commitDeadline}`);
      expect(reasons.get(votes[4]!.signature)).to.equal(`NOT_VOTER: ${proposer.address} was not drawn as a voter of this round`);
      expect(result.rejected.every((r) => r.kind === "vote")).to.equal(true);
    });

    it("rejects a reveal without a commitment, a late commit and a late reveal; the latest commit wins", async function () {
      const older = await commit(voter1, 1n, salt(5), commitDeadline - 100n);
      const newer = await commit(voter1, 2n, salt(6), commitDeadline - 50n);
      const lateCommit = await commit(voter2, 3n, salt(7), commitDeadline);
      const votes = [await reveal(voter1, 2n, salt(6), revealDeadline - 1n), await reveal(voter2, 3n, salt(7)), await reveal(voter1, 2n, salt(6), revealDeadline)];
      const result = await selectVotes({ ...common, commitDeadline, revealDeadline, voteCommits: [older, newer, lateCommit], votes });
      expect(result.accepted).to.deep.equal([votes[0]]);
      expect(result.acceptedCommits).to.deep.equal([newer]);
      const reasons = new Map(result.rejected.map((r) => [r.signature, r.reason]));
      expect(reasons.get(older.signature)).to.equal("REPLACED: replaced by a later message from the same signer");
      expect(reasons.get(lateCommit.signature)).to.equal(`LATE: received at ${commitDeadline}, commitments closed at ${commitDeadline}`);
      expect(reasons.get(votes[1]!.signature)).to.equal(`NO_COMMITMENT: ${voter2.address} has no accepted vote commitment this round`);
      expect(reasons.get(votes[2]!.signature)).to.equal(`LATE: received at ${revealDeadline}, reveals closed at ${revealDeadline}`);
    });

    it("parses a negative vote from its wire form", function () {
      const parsed = parseVoteMessage({ message: { taskId: "7", round: 2, voter: voter1.address, vote: "-42" }, salt: salt(1), signature: "0x" + "00".repeat(65) });
      expect(parsed.message.vote).to.equal(-42n);
    });
  });

  describe("parseParams", function () {
    const good = { id: "flock-fl-alliance-v1", proposerRatioBps: 4000, proposerShareBps: 6000, slashBps: 500, revealWindowSeconds: 600 };

    it("parses valid parameters into bigints", function () {
      expect(flockFlAllianceV1.parseParams(good)).to.deep.equal(PARAMS);
    });

    for (const [field, value, expected] of [
      ["proposerRatioBps", 10_000, "an integer from 1 to 9999 (bps)"],
      ["proposerShareBps", -1, "an integer from 0 to 10000 (bps)"],
      ["slashBps", 0, "an integer from 1 to 10000 (bps)"],
      ["revealWindowSeconds", 0, "a positive integer (seconds)"],
    ] as const) {
      it(`refuses ${field} = ${value}, naming the field`, function () {
        expect(() => flockFlAllianceV1.parseParams({ ...good, [field]: value })).to.throw(
          InvalidTaskSpecError,
          `task spec: policy.${field}: expected ${expected}, got ${value}`,
        );
      });
    }
  });
});
