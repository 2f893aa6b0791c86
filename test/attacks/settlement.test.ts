import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import { DAY, ONE, PARAMS, signResult, type RoundResult } from "../shared/fixtures";
import { SECP256K1_N } from "../shared/constants";
import { ROUND_RESULT_TYPES } from "../shared/eip712";
import { attackTaskFixture, buildResult, proofFor, proposeBuilt, sortByAddress } from "./attackFixtures";


/** Signatures of `members` (sorted by address) over `result` under an arbitrary EIP-712 domain. */
async function signUnder(members: HardhatEthersSigner[], domain: { name: string; version: string; chainId: bigint; verifyingContract: string }, result: RoundResult): Promise<string[]> {
  return Promise.all(sortByAddress(members).map((m) => m.signTypedData(domain, ROUND_RESULT_TYPES, result)));
}

/** The high-s twin of a 65-byte signature: same signer, `s' = N - s`, `v' = v ^ 1`. */
function highS(signature: string): string {
  const bytes = ethers.getBytes(signature);
  const r = ethers.hexlify(bytes.slice(0, 32));
  const s = BigInt(ethers.hexlify(bytes.slice(32, 64)));
  const v = bytes[64] === 27 ? 28 : 27;
  return ethers.concat([r, ethers.toBeHex(SECP256K1_N - s, 32), ethers.toBeHex(v, 1)]);
}

/** `attackTaskFixture` at the end of round 0, with a result rewarding two trainers ready to be signed. */
async function roundEndedFixture() {
  const f = await attackTaskFixture();
  await time.increaseTo(f.spec.startTime + DAY);
  const built = buildResult(f.taskId, 0n, [[f.trainers[0].address, 600n * ONE], [f.trainers[1].address, 300n * ONE]]);
  const digest = await f.settlement.hashResult(built.result);
  const [c0, c1, c2] = f.committee; // sorted by address
  return { ...f, built, digest, c0, c1, c2 };
}

describe("attack: one signer counted twice, unsorted signers, a signer outside the committee or from a replaced committee", function () {
  it("the same member's signature twice does not make 2 of 2 (SignersNotAscending)", async function () {
    const f = await loadFixture(roundEndedFixture);
    const [sig] = await signResult(f.settlement, [f.c0], f.built.result);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, [sig, sig]))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumSignersNotAscending")
      .withArgs(1n, f.c0.address, f.c0.address);
  });

  it("two valid signatures in descending signer order are refused (SignersNotAscending)", async function () {
    const f = await loadFixture(roundEndedFixture);
    const [s0, s1] = await signResult(f.settlement, [f.c0, f.c1], f.built.result);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, [s1, s0]))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumSignersNotAscending")
      .withArgs(1n, f.c1.address, f.c0.address);
  });

  it("a member plus a non-member is not a quorum (NotCommitteeMember), nor is one member alone (InsufficientSignatures)", async function () {
    const f = await loadFixture(roundEndedFixture);
    const sigs = await signResult(f.settlement, [f.c0, f.outsider], f.built.result);
    const index = BigInt(sortByAddress([f.c0, f.outsider]).findIndex((s) => s.address === f.outsider.address));
    await expect(f.settlement.propose(f.built.result, f.built.slashes, sigs))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumNotCommitteeMember")
      .withArgs(index, f.outsider.address);
    const [alone] = await signResult(f.settlement, [f.c0], f.built.result);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, [alone]))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumInsufficientSignatures")
      .withArgs(1n, 2n);
  });

  it("members of a replaced committee no longer count; the new members do", async function () {
    const f = await loadFixture(roundEndedFixture);
    const extra = (await ethers.getSigners())[19];
    await f.settlement.connect(f.gov).setCommittee([f.c0.address, f.outsider.address, extra.address], 2n);
    const removed = sortByAddress([f.c1, f.c2]);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, await signResult(f.settlement, removed, f.built.result)))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumNotCommitteeMember")
      .withArgs(0n, removed[0].address);
    const mixed = sortByAddress([f.c0, f.c1]);
    const removedIndex = BigInt(mixed.findIndex((s) => s.address === f.c1.address));
    await expect(f.settlement.propose(f.built.result, f.built.slashes, await signResult(f.settlement, mixed, f.built.result)))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumNotCommitteeMember")
      .withArgs(removedIndex, f.c1.address);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, await signResult(f.settlement, [f.outsider, extra], f.built.result)))
      .to.emit(f.settlement, "ResultProposed");
  });
});

describe("attack: malleable (high-s) and 64-byte compact signatures; a result signed for another chain or contract", function () {
  it("refuses the high-s twin of a member's valid signature, alone or as a second copy of the same member", async function () {
    const f = await loadFixture(roundEndedFixture);
    const [s0, s1] = await signResult(f.settlement, [f.c0, f.c1], f.built.result);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, [highS(s0), s1]))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumInvalidSignature")
      .withArgs(0n);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, [s0, highS(s0)]))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumInvalidSignature")
      .withArgs(1n);
  });

  it("refuses 64-byte EIP-2098 compact signatures", async function () {
    const f = await loadFixture(roundEndedFixture);
    const [s0, s1] = await signResult(f.settlement, [f.c0, f.c1], f.built.result);
    const compact0 = ethers.Signature.from(s0).compactSerialized;
    expect(ethers.getBytes(compact0).length).to.equal(64);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, [compact0, s1]))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumInvalidSignature")
      .withArgs(0n);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, [s0, ethers.Signature.from(s1).compactSerialized]))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumInvalidSignature")
      .withArgs(1n);
  });

  it("a committee signature over the same result for another chain id recovers to a stranger (NotCommitteeMember)", async function () {
    const f = await loadFixture(roundEndedFixture);
    const domain = { name: "Aerie RoundSettlement", version: "1", chainId: 8453n, verifyingContract: await f.settlement.getAddress() };
    const sigs = await signUnder([f.c0, f.c1], domain, f.built.result);
    const recovered = ethers.recoverAddress(f.digest, sigs[0]);
    expect(recovered).to.not.be.oneOf(f.committee.map((m) => m.address));
    await expect(f.settlement.propose(f.built.result, f.built.slashes, sigs))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumNotCommitteeMember")
      .withArgs(0n, recovered);
  });

  it("a committee signature for another contract (another deployment's settlement) recovers to a stranger (NotCommitteeMember)", async function () {
    const f = await loadFixture(roundEndedFixture);
    const { chainId } = await ethers.provider.getNetwork();
    const domain = { name: "Aerie RoundSettlement", version: "1", chainId, verifyingContract: await f.registry.getAddress() };
    const sigs = await signUnder([f.c0, f.c1], domain, f.built.result);
    const recovered = ethers.recoverAddress(f.digest, sigs[0]);
    await expect(f.settlement.propose(f.built.result, f.built.slashes, sigs))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumNotCommitteeMember")
      .withArgs(0n, recovered);
  });
});

describe("attack: front-running propose with the same or another result; challenge and finalize at the window's edge", function () {
  it("a copy of the committee's own transaction landing first only changes the recorded proposer: same result, same payouts", async function () {
    const f = await loadFixture(roundEndedFixture);
    const sigs = await signResult(f.settlement, [f.c0, f.c1], f.built.result);
    const attackerTokens = await f.token.balanceOf(f.attacker.address);
    await f.settlement.connect(f.attacker).propose(f.built.result, f.built.slashes, sigs); // the front-run copy
    await expect(f.settlement.connect(f.c0).propose(f.built.result, f.built.slashes, sigs))
      .to.be.revertedWithCustomError(f.settlement, "RoundSettlementAlreadyProposed")
      .withArgs(f.taskId, 0n);
    const [proposal] = await f.settlement.getProposal(f.taskId);
    expect(proposal.proposer).to.equal(f.attacker.address);
    expect(proposal.rewardsRoot).to.equal(f.built.result.rewardsRoot);

    await time.increaseTo(proposal.proposedAt + PARAMS.challengeWindow);
    await expect(f.settlement.finalize(f.taskId, 0n))
      .to.emit(f.distributor, "RootUpdated")
      .withArgs(f.taskId, 0n, f.built.result.rewardsRoot, 900n * ONE, 900n * ONE);
    const t1 = f.trainers[0].address;
    await f.distributor.claim(f.taskId, t1, 600n * ONE, proofFor(f.built.tree!, t1));
    expect(await f.token.balanceOf(f.attacker.address)).to.equal(attackerTokens);
  });

  it("a different result without committee signatures is refused", async function () {
    const f = await loadFixture(roundEndedFixture);
    const forged = buildResult(f.taskId, 0n, [[f.attacker.address, 1_000n * ONE]], [], { tag: "forged" });
    const sigs = await signResult(f.settlement, [f.attacker, f.outsider], forged.result);
    const first = sortByAddress([f.attacker, f.outsider])[0];
    await expect(f.settlement.connect(f.attacker).propose(forged.result, forged.slashes, sigs))
      .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumNotCommitteeMember")
      .withArgs(0n, first.address);
  });

  it("a challenged result cannot be replayed with its public signatures to block the corrected one (RoundSettlementResultChallenged)", async function () {
    const f = await loadFixture(roundEndedFixture);
    const v1 = f.validators[0].address;
    // A wrong result (a faulty aggregator run) that slashes an honest validator and pays the attacker.
    const wrong = buildResult(f.taskId, 0n, [[f.attacker.address, 1_000n * ONE]], [{ operator: v1, bps: 5_000n }], { tag: "wrong" });
    const wrongSigs = await signResult(f.settlement, [f.c0, f.c1], wrong.result);
    await f.settlement.connect(f.c0).propose(wrong.result, wrong.slashes, wrongSigs);
    const wrongDigest = await f.settlement.hashResult(wrong.result);
    await f.settlement.connect(f.guardian).challenge(f.taskId, 0n, "scores do not recompute");
    expect(await f.vault.pendingSlashes(v1)).to.equal(0n);

    // The attacker copies the signatures from the first propose's calldata and sends the voided result again.
    await expect(f.settlement.connect(f.attacker).propose(wrong.result, wrong.slashes, wrongSigs))
      .to.be.revertedWithCustomError(f.settlement, "RoundSettlementResultChallenged")
      .withArgs(f.taskId, 0n, wrongDigest);
    expect(await f.vault.pendingSlashes(v1)).to.equal(0n);

    // The corrected result goes through and nobody is slashed.
    const proposedAt = await proposeBuilt(f, f.built);
    await time.increaseTo(proposedAt + PARAMS.challengeWindow);
    await f.settlement.finalize(f.taskId, 0n);
    expect(await f.vault.stakeOf(v1)).to.equal(1_000n * ONE);
    await expect(f.distributor.claim(f.taskId, f.attacker.address, 1_000n * ONE, proofFor(wrong.tree!, f.attacker.address)))
      .to.be.revertedWithCustomError(f.distributor, "RewardDistributorInvalidProof")
      .withArgs(f.taskId, f.attacker.address, 1_000n * ONE);
  });

  /** `roundEndedFixture` with the result proposed; `edge` = proposedAt + CHALLENGE_WINDOW. */
  async function proposedFixture() {
    const f = await roundEndedFixture();
    const proposedAt = await proposeBuilt(f, f.built);
    return { ...f, edge: proposedAt + PARAMS.challengeWindow };
  }

  it("finalize at proposedAt + CHALLENGE_WINDOW - 1 reverts (ChallengeWindowOpen)", async function () {
    const f = await loadFixture(proposedFixture);
    await time.setNextBlockTimestamp(f.edge - 1n);
    await expect(f.settlement.finalize(f.taskId, 0n))
      .to.be.revertedWithCustomError(f.settlement, "RoundSettlementChallengeWindowOpen")
      .withArgs(f.taskId, 0n, f.edge, f.edge - 1n);
  });

  it("challenge at proposedAt + CHALLENGE_WINDOW - 1 voids the result", async function () {
    const f = await loadFixture(proposedFixture);
    await time.setNextBlockTimestamp(f.edge - 1n);
    await expect(f.settlement.connect(f.guardian).challenge(f.taskId, 0n, "last second"))
      .to.emit(f.settlement, "ResultChallenged")
      .withArgs(f.taskId, 0n, f.digest, f.guardian.address, "last second");
    expect(await f.settlement.roundStatus(f.taskId, 0n)).to.equal(0n);
  });

  it("challenge at proposedAt + CHALLENGE_WINDOW reverts (ChallengeWindowClosed)", async function () {
    const f = await loadFixture(proposedFixture);
    await time.setNextBlockTimestamp(f.edge);
    await expect(f.settlement.connect(f.guardian).challenge(f.taskId, 0n, "too late"))
      .to.be.revertedWithCustomError(f.settlement, "RoundSettlementChallengeWindowClosed")
      .withArgs(f.taskId, 0n, f.edge, f.edge);
  });

  it("finalize at exactly proposedAt + CHALLENGE_WINDOW applies the result", async function () {
    const f = await loadFixture(proposedFixture);
    await time.setNextBlockTimestamp(f.edge);
    await expect(f.settlement.finalize(f.taskId, 0n))
      .to.emit(f.settlement, "RoundFinalized")
      .withArgs(f.taskId, 0n, f.built.result.rewardsRoot, 900n * ONE, f.built.result.bundleHash);
    expect(await f.settlement.roundStatus(f.taskId, 0n)).to.equal(2n);
  });
});
