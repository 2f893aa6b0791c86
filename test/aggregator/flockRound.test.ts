import { expect } from "chai";
import { keccak256, toBytes, type Address, type Hex } from "viem";
import type { PrivateKeyAccount } from "viem/accounts";

import {
  computeRound,
  drawFlRoles,
  InvalidTaskSpecError,
  parseTaskSpec,
  roundDrawSeed,
  signModelUpdate,
  signVote,
  signVoteCommit,
  specHash,
  verifyBundle,
  voteCommitment,
  type RoundInputs,
  type SignedModelUpdate,
  type SignedVote,
  type SignedVoteCommit,
  type Vote,
} from "../../src/aggregator";
import { DOMAIN, E18, exampleSpec, referenceInputs, referenceParticipants, ROUND, ROUND_END, T1, T2, T3, TASK_ID, V1, V2, V3, V4, WINDOW } from "./fixtures";

const ARENA = { id: "flock-arena-v1", gammaBps: 1000, alphaBps: 5000, rankDecayBps: 5000 };
const FL = { id: "flock-fl-alliance-v1", proposerRatioBps: 3000, proposerShareBps: 6000, slashBps: 500, revealWindowSeconds: 600 };
const STAKE_BLOCK_HASH = keccak256(toBytes("stake block of round 2")) as Hex;

function specWith(policy: object) {
  return parseTaskSpec({ ...exampleSpec(), policy });
}

describe("computeRound with the FLock policies", function () {
  describe("task spec", function () {
    it("accepts both policies and refuses out-of-range or unknown parameters, naming the field", function () {
      expect(specWith(ARENA).policy).to.deep.equal(ARENA);
      expect(specWith(FL).policy).to.deep.equal(FL);
      expect(() => specWith({ ...ARENA, gammaBps: 6000 })).to.throw(
        InvalidTaskSpecError,
        "task spec: policy.gammaBps: expected an integer from 0 to 5000 (bps), got 6000",
      );
      expect(() => specWith({ ...ARENA, alphaBps: 0 })).to.throw(InvalidTaskSpecError, "policy.alphaBps: expected an integer from 1 to 10000 (bps), got 0");
      expect(() => specWith({ ...FL, proposerRatioBps: 10_000 })).to.throw(InvalidTaskSpecError, "policy.proposerRatioBps");
      expect(() => specWith({ ...FL, deviationThreshold: 5 })).to.throw(InvalidTaskSpecError, "policy.deviationThreshold: unknown field");
    });
  });

  describe("flock-arena-v1", function () {
    it("pays by the arena formulas, splits by commission and delegation, and verifies", async function () {
      const base = await referenceInputs();
      const spec = specWith(ARENA);
      const inputs: RoundInputs = { ...base, spec, specHash: specHash(spec), stakeBlockHash: STAKE_BLOCK_HASH };
      const out = await computeRound(inputs);
      const bundle = out.bundle as unknown as {
        schema: string;
        policy: string;
        outputs: { policy: { trainerPool: string; validatorPool: string }; operators: { operator: Address; reward: string; commission: string }[]; accounts: { account: Address; amount: string }[] };
        slashes: unknown[];
      };
      expect(bundle.schema).to.equal("aerie-round-bundle/3");
      expect(bundle.policy).to.equal("flock-arena-v1");
      // budget 1,000 tokens; trainers 400, validators 500 (stakes): 1000 × (0.1 + 0.8 × 400/900) = 455.5…, 1000 × (0.1 + 0.8 × 500/900) = 544.4…
      expect(bundle.outputs.policy.trainerPool).to.equal("455555555555555555555");
      expect(bundle.outputs.policy.validatorPool).to.equal("544444444444444444444");
      expect(bundle.slashes).to.deep.equal([]);
      // T1 (10 % commission, D1 holds 40 % of its shares): commission 10 % of its reward, D1 gets 40 % of the rest
      const t1 = bundle.outputs.operators.find((o) => o.operator === T1.address)!;
      expect(BigInt(t1.commission)).to.equal(BigInt(t1.reward) / 10n);
      const total = out.result.totalReward;
      expect(total <= 1000n * E18).to.equal(true);
      expect(await verifyBundle(JSON.parse(out.canonical))).to.deep.equal({ ok: true, bundleHash: out.bundleHash, result: out.result });
      // the same round's older aerie-round-bundle/2 (with the tree dump) still verifies, to the same root
      const legacy = await computeRound(inputs, { legacyBundle: true });
      expect((legacy.bundle as { schema: string }).schema).to.equal("aerie-round-bundle/2");
      expect(await verifyBundle(legacy.canonical)).to.deep.equal({ ok: true, bundleHash: legacy.bundleHash, result: legacy.result });
      expect(legacy.result.rewardsRoot).to.equal(out.result.rewardsRoot);
    });
  });

  describe("flock-fl-alliance-v1", function () {
    const accounts = [T1, T2, T3, V1, V2, V3, V4];
    const participants = referenceParticipants();
    // the draw is seeded by the stake block's hash bound to the task and the round (roundDrawSeed)
    const roles = drawFlRoles(participants.map((p) => ({ operator: p.operator, role: p.role, stake: p.stake })), roundDrawSeed(STAKE_BLOCK_HASH, TASK_ID, ROUND), {
      proposerRatioBps: 3000n,
      proposerShareBps: 6000n,
      slashBps: 500n,
      revealWindowSeconds: 600n,
    });
    const proposers = accounts.filter((a) => roles.get(a.address) === "proposer");
    const voters = accounts.filter((a) => roles.get(a.address) === "voter");
    const commitDeadline = ROUND_END + WINDOW;
    const salt = (a: PrivateKeyAccount) => keccak256(toBytes(`salt of ${a.address}`));

    async function update(a: PrivateKeyAccount): Promise<SignedModelUpdate> {
      const message = { taskId: TASK_ID, round: ROUND, proposer: a.address, updateHash: keccak256(toBytes(a.address)), updateURI: `ipfs://u/${a.address}` };
      return { message, signature: await signModelUpdate(a, DOMAIN, message), receivedAt: ROUND_END - 60n };
    }
    async function commitAndReveal(a: PrivateKeyAccount, committed: bigint, revealed = committed): Promise<[SignedVoteCommit, SignedVote]> {
      const vote = (v: bigint): Vote => ({ taskId: TASK_ID, round: ROUND, voter: a.address, vote: v });
      const commit = { taskId: TASK_ID, round: ROUND, voter: a.address, commitment: voteCommitment(vote(committed), salt(a)) };
      return [
        { message: commit, signature: await signVoteCommit(a, DOMAIN, commit), receivedAt: commitDeadline - 60n },
        { message: vote(revealed), salt: salt(a), signature: await signVote(a, DOMAIN, vote(revealed)), receivedAt: commitDeadline + 60n },
      ];
    }

    it("draws 2 proposers of 7 (floor(7 × 0.3)) and carries the draw in the bundle", function () {
      expect(proposers).to.have.length(2);
      expect(voters).to.have.length(5);
    });

    it("draws independently for two tasks (and two rounds) whose rounds share a stake block", async function () {
      const base = await referenceInputs();
      const spec = specWith(FL);
      const drawOf = async (taskId: bigint, round: bigint) => {
        const out = await computeRound({ ...base, taskId, round, spec, specHash: specHash(spec), submissions: [], scores: [], stakeBlockHash: STAKE_BLOCK_HASH });
        const sel = (out.bundle as unknown as { selection: { drawSeed: Hex; roles: { operator: Address; role: string }[] } }).selection;
        expect(sel.drawSeed).to.equal(roundDrawSeed(STAKE_BLOCK_HASH, taskId, round));
        return sel.roles.filter((r) => r.role === "proposer").map((r) => r.operator);
      };
      const a = await drawOf(TASK_ID, ROUND);
      const b = await drawOf(TASK_ID + 1n, ROUND);
      const c = await drawOf(TASK_ID, ROUND + 1n);
      expect(a).to.have.length(2);
      // with the stake block's hash alone as the seed, all three were the same draw
      expect(b).to.not.deep.equal(a);
      expect(c).to.not.deep.equal(a);
    });

    it("rewards and slashes by the aggregate vote, records every rejection with its code, and verifies", async function () {
      const base = await referenceInputs();
      const spec = specWith(FL);
      const [w1, w2, w3, w4, w5] = voters as [PrivateKeyAccount, PrivateKeyAccount, PrivateKeyAccount, PrivateKeyAccount, PrivateKeyAccount];
      const pairs = [
        await commitAndReveal(w1, 900_000n),
        await commitAndReveal(w2, 400_000n),
        await commitAndReveal(w3, -200_000n), // losing side: slashed
        await commitAndReveal(w4, 5n, 6n), // reveal does not match: slashed as a missing reveal
        await commitAndReveal(w5, 2_000_000n), // out of range: rejected, and so a missing reveal
      ];
      const inputs: RoundInputs = {
        ...base,
        spec,
        specHash: specHash(spec),
        submissions: [],
        scores: [],
        stakeBlockHash: STAKE_BLOCK_HASH,
        modelUpdates: [...(await Promise.all(proposers.map(update))), await update(w1)],
        voteCommits: pairs.map(([c]) => c),
        votes: pairs.map(([, v]) => v),
      };
      const out = await computeRound(inputs);
      const bundle = out.bundle as unknown as {
        selection: {
          roles: { operator: Address; role: string }[];
          acceptedModelUpdates: { proposer: Address }[];
          acceptedVotes: { voter: Address; vote: string }[];
          missingVoteReveals: Address[];
          rejected: { kind: string; signer: Address; reason: string }[];
        };
        outputs: { policy: { outcome: string; aggregateVote: string } };
      };
      expect(bundle.selection.roles.filter((r) => r.role === "proposer").map((r) => r.operator)).to.deep.equal(
        proposers.map((p) => p.address).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)),
      );
      expect(bundle.selection.acceptedModelUpdates.map((u) => u.proposer).sort()).to.deep.equal(proposers.map((p) => p.address).sort());
      expect(bundle.selection.acceptedVotes.map((v) => v.voter).sort()).to.deep.equal([w1, w2, w3].map((a) => a.address).sort());
      expect(bundle.selection.missingVoteReveals.sort()).to.deep.equal([w4, w5].map((a) => a.address).sort());
      const reasons = bundle.selection.rejected.map((r) => `${r.kind} ${r.signer} ${r.reason.split(":")[0]}`).sort();
      expect(reasons).to.deep.equal(
        [`modelUpdate ${w1.address} NOT_PROPOSER`, `vote ${w4.address} REVEAL_MISMATCH`, `vote ${w5.address} VOTE_OUT_OF_RANGE`].sort(),
      );
      const stake = (a: PrivateKeyAccount) => participants.find((p) => p.operator === a.address)!.stake;
      const aggregate = stake(w1) * 900_000n + stake(w2) * 400_000n - stake(w3) * 200_000n;
      expect(bundle.outputs.policy.aggregateVote).to.equal(aggregate.toString());
      expect(bundle.outputs.policy.outcome).to.equal("accepted");
      expect(out.slashes).to.deep.equal(
        [w3, w4, w5].map((a) => ({ operator: a.address, bps: 500n })).sort((a, b) => (a.operator.toLowerCase() < b.operator.toLowerCase() ? -1 : 1)),
      );
      expect(await verifyBundle(JSON.parse(out.canonical))).to.deep.equal({ ok: true, bundleHash: out.bundleHash, result: out.result });
    });
  });
});
