import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture, time } from "@nomicfoundation/hardhat-network-helpers";
import type { HardhatEthersSigner } from "@nomicfoundation/hardhat-ethers/signers";
import {
  CHALLENGE_WINDOW,
  COMMITTEE_SIZE,
  hashSlashes,
  makeResult,
  MAX_SLASH_BPS,
  NUM_ROUNDS,
  ONE,
  RESULT_DEADLINE,
  REWARD_PER_ROUND,
  ROUND_RESULT_TYPES,
  RoundStatus,
  roundWindow,
  settlementDomain,
  settlementFixture,
  signResult,
  sortByAddress,
  THRESHOLD,
  type RoundResult,
  type SettlementFixture,
  type Slash,
} from "./shared/settleFixtures";
import { SECP256K1_N as N } from "./shared/constants";
import { roundSettlementArgs, type RoundSettlementArgs } from "./shared/system";


/** The result as the `ResultProposed` event's tuple. */
function resultTuple(r: RoundResult) {
  return [r.taskId, r.round, r.rewardsRoot, r.totalReward, r.slashesHash, r.bundleHash, r.bundleURI];
}

/** Slashes as the event's array of tuples. */
function slashTuples(slashes: Slash[]) {
  return slashes.map((s) => [s.operator, s.bps]);
}

/** The vault `ref` of a round's slashes: `keccak256(abi.encode(taskId, round))`. */
function slashRef(taskId: bigint, round: bigint): string {
  return ethers.keccak256(ethers.AbiCoder.defaultAbiCoder().encode(["uint256", "uint256"], [taskId, round]));
}

/** Sorted slashes of the given operators at `bps` each. */
function slashesOf(operators: HardhatEthersSigner[], bps: bigint): Slash[] {
  return sortByAddress(operators).map((o) => ({ operator: o.address, bps }));
}

/**
 * Proposes `result` at `at` (default: the round's end) with the first `k` committee members' signatures.
 * @returns the block timestamp of the proposal.
 */
async function proposeAt(
  f: SettlementFixture,
  result: RoundResult,
  slashes: Slash[] = [],
  opts: { at?: bigint; k?: number; sender?: HardhatEthersSigner } = {}
): Promise<bigint> {
  const at = opts.at ?? roundWindow(f.spec, result.round).end;
  const sigs = await signResult(
    await f.settlement.getAddress(),
    f.committee.slice(0, opts.k ?? Number(f.threshold)),
    result
  );
  await time.setNextBlockTimestamp(at);
  await f.settlement.connect(opts.sender ?? f.stranger).propose(result, slashes, sigs);
  return at;
}

describe("RoundSettlement", function () {
  describe("constructor", function () {
    it("reads the windows from the vault and sets the committee, guardian and wiring", async function () {
      const { settlement, vault, registry, distributor, deployer, guardian, committee } = await loadFixture(
        settlementFixture
      );
      expect(await settlement.CHALLENGE_WINDOW()).to.equal(CHALLENGE_WINDOW);
      expect(await settlement.RESULT_DEADLINE()).to.equal(RESULT_DEADLINE);
      expect(await settlement.MAX_SLASH_BPS()).to.equal(MAX_SLASH_BPS);
      expect(await settlement.MAX_SLASHES()).to.equal(64n);
      expect(await settlement.MAX_COMMITTEE_SIZE()).to.equal(32n);
      expect(await settlement.VAULT()).to.equal(await vault.getAddress());
      expect(await settlement.REGISTRY()).to.equal(await registry.getAddress());
      expect(await settlement.DISTRIBUTOR()).to.equal(await distributor.getAddress());
      expect(await settlement.owner()).to.equal(deployer.address);
      expect(await settlement.guardian()).to.equal(guardian.address);
      const [members, threshold, epoch] = await settlement.committee();
      expect(members).to.deep.equal(committee.map((m) => m.address));
      expect(threshold).to.equal(THRESHOLD);
      expect(epoch).to.equal(1n);
    });

    it("emits CommitteeSet and GuardianSet", async function () {
      const { vault, registry, distributor, deployer, guardian, committee } = await loadFixture(settlementFixture);
      const members = committee.map((m) => m.address);
      const factory = await ethers.getContractFactory("RoundSettlement");
      const settlement = await factory.deploy(
        ...roundSettlementArgs({
          vault: await vault.getAddress(),
          registry: await registry.getAddress(),
          distributor: await distributor.getAddress(),
          owner: deployer.address,
          members,
          threshold: 2n,
          guardian: guardian.address,
        })
      );
      const tx = settlement.deploymentTransaction();
      await expect(tx).to.emit(settlement, "CommitteeSet").withArgs(1n, members, 2n);
      await expect(tx).to.emit(settlement, "GuardianSet").withArgs(guardian.address);
    });

    context("when it fails", function () {
      async function deployWith(f: SettlementFixture, overrides: Partial<RoundSettlementArgs>) {
        const args = roundSettlementArgs({
          vault: await f.vault.getAddress(),
          registry: await f.registry.getAddress(),
          distributor: await f.distributor.getAddress(),
          owner: f.deployer.address,
          members: f.committee.map((m) => m.address),
          threshold: THRESHOLD,
          guardian: f.guardian.address,
          ...overrides,
        });
        const factory = await ethers.getContractFactory("RoundSettlement");
        return { factory, deploy: factory.deploy(...args) };
      }

      it("reverts for a zero vault, registry or distributor", async function () {
        const f = await loadFixture(settlementFixture);
        for (const wiring of ["vault", "registry", "distributor"] as const) {
          const { factory, deploy } = await deployWith(f, { [wiring]: ethers.ZeroAddress });
          await expect(deploy).to.be.revertedWithCustomError(factory, "RoundSettlementZeroAddress");
        }
      });

      it("reverts for a zero owner", async function () {
        const f = await loadFixture(settlementFixture);
        const { factory, deploy } = await deployWith(f, { owner: ethers.ZeroAddress });
        await expect(deploy).to.be.revertedWithCustomError(factory, "OwnableInvalidOwner").withArgs(ethers.ZeroAddress);
      });

      it("reverts for an invalid committee", async function () {
        const f = await loadFixture(settlementFixture);
        const { factory, deploy } = await deployWith(f, { threshold: 6n });
        await expect(deploy)
          .to.be.revertedWithCustomError(factory, "SignatureQuorumInvalidCommittee")
          .withArgs(COMMITTEE_SIZE, 6n);
      });

      it("reverts for a zero guardian", async function () {
        const f = await loadFixture(settlementFixture);
        const { factory, deploy } = await deployWith(f, { guardian: ethers.ZeroAddress });
        await expect(deploy).to.be.revertedWithCustomError(factory, "RoundSettlementZeroAddress");
      });
    });
  });

  describe("setCommittee", function () {
    context("when the owner replaces the committee", function () {
      it("starts a new epoch, emits CommitteeSet and drops former members", async function () {
        const { settlement, members, committee } = await loadFixture(settlementFixture);
        const next = [members[5].address, committee[1].address, members[6].address];
        await expect(settlement.setCommittee(next, 2n)).to.emit(settlement, "CommitteeSet").withArgs(2n, next, 2n);
        const [stored, threshold, epoch] = await settlement.committee();
        expect(stored).to.deep.equal(next);
        expect(threshold).to.equal(2n);
        expect(epoch).to.equal(2n);
        expect(await settlement.isCommitteeMember(committee[0].address)).to.equal(false);
        expect(await settlement.isCommitteeMember(committee[1].address)).to.equal(true);
        expect(await settlement.isCommitteeMember(members[5].address)).to.equal(true);
      });

      it("accepts MAX_COMMITTEE_SIZE members", async function () {
        const { settlement } = await loadFixture(settlementFixture);
        const many = Array.from({ length: 32 }, () => ethers.Wallet.createRandom().address);
        await expect(settlement.setCommittee(many, 32n)).to.emit(settlement, "CommitteeSet").withArgs(2n, many, 32n);
      });
    });

    context("when it fails", function () {
      it("reverts for another caller than the owner", async function () {
        const { settlement, stranger } = await loadFixture(settlementFixture);
        await expect(settlement.connect(stranger).setCommittee([stranger.address], 1n))
          .to.be.revertedWithCustomError(settlement, "OwnableUnauthorizedAccount")
          .withArgs(stranger.address);
      });

      it("reverts for a zero threshold, a threshold above the size, an empty or oversized committee", async function () {
        const { settlement, members } = await loadFixture(settlementFixture);
        const three = members.slice(0, 3).map((m) => m.address);
        const many = Array.from({ length: 33 }, () => ethers.Wallet.createRandom().address);
        const cases: [string[], bigint][] = [
          [three, 0n],
          [three, 4n],
          [[], 0n],
          [many, 3n],
        ];
        for (const [list, k] of cases) {
          await expect(settlement.setCommittee(list, k))
            .to.be.revertedWithCustomError(settlement, "SignatureQuorumInvalidCommittee")
            .withArgs(list.length, k);
        }
      });

      it("reverts for a zero member", async function () {
        const { settlement, members } = await loadFixture(settlementFixture);
        await expect(
          settlement.setCommittee([members[0].address, ethers.ZeroAddress], 1n)
        )
          .to.be.revertedWithCustomError(settlement, "SignatureQuorumZeroMember")
          .withArgs(1n);
      });

      it("reverts for a duplicate member", async function () {
        const { settlement, members } = await loadFixture(settlementFixture);
        const list = [members[0].address, members[1].address, members[0].address];
        await expect(settlement.setCommittee(list, 2n))
          .to.be.revertedWithCustomError(settlement, "SignatureQuorumDuplicateMember")
          .withArgs(members[0].address);
      });
    });
  });

  describe("setGuardian", function () {
    it("lets the owner set it and emits GuardianSet", async function () {
      const { settlement, stranger } = await loadFixture(settlementFixture);
      await expect(settlement.setGuardian(stranger.address))
        .to.emit(settlement, "GuardianSet")
        .withArgs(stranger.address);
      expect(await settlement.guardian()).to.equal(stranger.address);
    });

    it("reverts for another caller than the owner", async function () {
      const { settlement, stranger } = await loadFixture(settlementFixture);
      await expect(settlement.connect(stranger).setGuardian(stranger.address))
        .to.be.revertedWithCustomError(settlement, "OwnableUnauthorizedAccount")
        .withArgs(stranger.address);
    });

    it("reverts for the zero address", async function () {
      const { settlement } = await loadFixture(settlementFixture);
      await expect(settlement.setGuardian(ethers.ZeroAddress)).to.be.revertedWithCustomError(
        settlement,
        "RoundSettlementZeroAddress"
      );
    });
  });

  describe("transferOwnership (Ownable2Step)", function () {
    it("needs the new owner to accept", async function () {
      const { settlement, deployer, stranger } = await loadFixture(settlementFixture);
      await settlement.transferOwnership(stranger.address);
      expect(await settlement.owner()).to.equal(deployer.address);
      await settlement.connect(stranger).acceptOwnership();
      expect(await settlement.owner()).to.equal(stranger.address);
    });
  });

  describe("propose", function () {
    context("when the result is valid", function () {
      it("stores the proposal, locks slashed operators and emits ResultProposed", async function () {
        const f = await loadFixture(settlementFixture);
        const { settlement, vault, stranger, spec, trainers, validators } = f;
        const slashes = slashesOf([trainers[1], validators[0]], 1_000n);
        const result = makeResult(0n, 600n * ONE, slashes);
        const sigs = await signResult(await settlement.getAddress(), f.committee.slice(0, 3), result);
        const end = roundWindow(spec, 0n).end;
        const digest = await settlement.hashResult(result);

        await time.setNextBlockTimestamp(end);
        const tx = settlement.connect(stranger).propose(result, slashes, sigs);
        await expect(tx)
          .to.emit(settlement, "ResultProposed")
          .withArgs(
            1n,
            0n,
            digest,
            resultTuple(result),
            slashTuples(slashes),
            stranger.address,
            end + CHALLENGE_WINDOW
          );
        for (const s of slashes) {
          await expect(tx)
            .to.emit(vault, "MockWithdrawalsLocked")
            .withArgs(await settlement.getAddress(), s.operator, 1n);
          expect(await vault.locks(s.operator)).to.equal(1n);
        }

        const [proposal, storedSlashes] = await settlement.getProposal(1n);
        expect(proposal.round).to.equal(result.round);
        expect(proposal.digest).to.equal(await settlement.hashResult(result));
        expect(proposal.rewardsRoot).to.equal(result.rewardsRoot);
        expect(proposal.totalReward).to.equal(result.totalReward);
        expect(proposal.bundleHash).to.equal(result.bundleHash);
        expect(proposal.proposer).to.equal(stranger.address);
        expect(proposal.proposedAt).to.equal(end);
        expect(storedSlashes).to.deep.equal(slashTuples(slashes));
        expect(await settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.Proposed);
        expect(await settlement.nextRound(1n)).to.equal(0n);
      });

      it("accepts every committee signature, and a zero reward with a zero root", async function () {
        const f = await loadFixture(settlementFixture);
        const result = makeResult(0n, 0n);
        await proposeAt(f, result, [], { k: COMMITTEE_SIZE });
        expect(await f.settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.Proposed);
      });

      it("accepts the whole round budget in the last second before the deadline", async function () {
        const f = await loadFixture(settlementFixture);
        const result = makeResult(0n, REWARD_PER_ROUND);
        const last = roundWindow(f.spec, 0n).end + RESULT_DEADLINE - 1n;
        expect(await proposeAt(f, result, [], { at: last })).to.equal(last);
        expect((await f.settlement.getProposal(1n))[0].proposedAt).to.equal(last);
      });
    });

    context("when the round is not the one to settle", function () {
      it("reverts for a round after the next one", async function () {
        const f = await loadFixture(settlementFixture);
        const result = makeResult(1n, ONE);
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), result);
        await time.increaseTo(roundWindow(f.spec, 1n).end);
        await expect(f.settlement.propose(result, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementOutOfOrder")
          .withArgs(1n, 1n, 0n);
      });

      it("reverts for a round dropped by a cancellation", async function () {
        const f = await loadFixture(settlementFixture);
        await f.registry.connect(f.creator).cancelTask(1n); // before round 0 starts: activeRounds = 0
        const result = makeResult(0n, ONE);
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), result);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        await expect(f.settlement.propose(result, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementOutOfOrder")
          .withArgs(1n, 0n, 0n);
      });

      it("reverts for an unknown task", async function () {
        const f = await loadFixture(settlementFixture);
        const result = { ...makeResult(0n, ONE), taskId: 9n };
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), result);
        await expect(f.settlement.propose(result, [], sigs))
          .to.be.revertedWithCustomError(f.registry, "TaskRegistryUnknownTask")
          .withArgs(9n);
      });
    });

    context("when the timing is wrong", function () {
      it("reverts one second before the round's end", async function () {
        const f = await loadFixture(settlementFixture);
        const result = makeResult(0n, ONE);
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), result);
        const end = roundWindow(f.spec, 0n).end;
        await time.setNextBlockTimestamp(end - 1n);
        await expect(f.settlement.propose(result, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementRoundNotEnded")
          .withArgs(1n, 0n, end, end - 1n);
      });

      it("reverts at the result deadline", async function () {
        const f = await loadFixture(settlementFixture);
        const result = makeResult(0n, ONE);
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), result);
        const deadline = roundWindow(f.spec, 0n).end + RESULT_DEADLINE;
        await time.setNextBlockTimestamp(deadline);
        await expect(f.settlement.propose(result, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementDeadlinePassed")
          .withArgs(1n, 0n, deadline, deadline);
      });

      it("reverts while a result of the round is live", async function () {
        const f = await loadFixture(settlementFixture);
        await proposeAt(f, makeResult(0n, ONE));
        const other = { ...makeResult(0n, 2n * ONE) };
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), other);
        await expect(f.settlement.propose(other, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementAlreadyProposed")
          .withArgs(1n, 0n);
      });
    });

    context("when the result's amounts are wrong", function () {
      it("reverts for a total reward above the round budget", async function () {
        const f = await loadFixture(settlementFixture);
        const result = makeResult(0n, REWARD_PER_ROUND + 1n);
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), result);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        await expect(f.settlement.propose(result, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementRewardExceedsBudget")
          .withArgs(REWARD_PER_ROUND + 1n, REWARD_PER_ROUND);
      });

      it("reverts for a zero root with a positive reward", async function () {
        const f = await loadFixture(settlementFixture);
        const result = { ...makeResult(0n, ONE), rewardsRoot: ethers.ZeroHash };
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), result);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        await expect(f.settlement.propose(result, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementZeroRoot")
          .withArgs(1n, 0n);
      });
    });

    context("when the slashes are wrong", function () {
      async function expectSlashRevert(
        f: SettlementFixture,
        slashes: Slash[],
        error: string,
        args: unknown[],
        signedSlashes: Slash[] = slashes
      ) {
        const result = makeResult(0n, ONE, signedSlashes);
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), result);
        await expect(f.settlement.propose(result, slashes, sigs))
          .to.be.revertedWithCustomError(f.settlement, error)
          .withArgs(...args);
      }

      it("reverts when they do not match the signed hash", async function () {
        const f = await loadFixture(settlementFixture);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        const signed = slashesOf([f.trainers[0]], 100n);
        const sent = slashesOf([f.trainers[0]], 200n);
        await expectSlashRevert(
          f,
          sent,
          "RoundSettlementSlashesHashMismatch",
          [hashSlashes(signed), hashSlashes(sent)],
          signed
        );
      });

      it("reverts for more than MAX_SLASHES", async function () {
        const f = await loadFixture(settlementFixture);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        const many = Array.from({ length: 65 }, (_, i) => ({
          operator: ethers.getAddress(ethers.toBeHex(i + 1, 20)),
          bps: 1n,
        }));
        await expectSlashRevert(f, many, "RoundSettlementTooManySlashes", [65n, 64n]);
      });

      it("reverts for unsorted or repeated operators", async function () {
        const f = await loadFixture(settlementFixture);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        const [a, b] = sortByAddress([f.trainers[0], f.validators[1]]).map((s) => s.address);
        await expectSlashRevert(
          f,
          [
            { operator: b, bps: 1n },
            { operator: a, bps: 1n },
          ],
          "RoundSettlementSlashesNotSorted",
          [1n, b, a]
        );
        await expectSlashRevert(
          f,
          [
            { operator: a, bps: 1n },
            { operator: a, bps: 2n },
          ],
          "RoundSettlementSlashesNotSorted",
          [1n, a, a]
        );
      });

      it("reverts for a zero bps or one above MAX_SLASH_BPS", async function () {
        const f = await loadFixture(settlementFixture);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        const op = f.trainers[0].address;
        await expectSlashRevert(f, [{ operator: op, bps: 0n }], "RoundSettlementInvalidSlashBps", [
          op,
          0n,
          MAX_SLASH_BPS,
        ]);
        await expectSlashRevert(f, [{ operator: op, bps: MAX_SLASH_BPS + 1n }], "RoundSettlementInvalidSlashBps", [
          op,
          MAX_SLASH_BPS + 1n,
          MAX_SLASH_BPS,
        ]);
      });

      it("reverts for an operator that did not take part in the round", async function () {
        const f = await loadFixture(settlementFixture);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        const outsider = f.operators[4].address;
        await expectSlashRevert(f, [{ operator: outsider, bps: 10n }], "RoundSettlementNotParticipant", [
          1n,
          0n,
          outsider,
        ]);
      });
    });

    context("when the signatures are wrong", function () {
      async function expectSigRevert(
        f: SettlementFixture,
        result: RoundResult,
        sigs: string[],
        error: string,
        args: unknown[]
      ) {
        await expect(f.settlement.propose(result, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, error)
          .withArgs(...args);
      }

      async function setUp() {
        const f = await loadFixture(settlementFixture);
        await time.increaseTo(roundWindow(f.spec, 0n).end);
        const result = makeResult(0n, ONE);
        const address = await f.settlement.getAddress();
        return { f, result, address };
      }

      it("reverts below the threshold", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 2), result);
        await expectSigRevert(f, result, sigs, "SignatureQuorumInsufficientSignatures", [2n, THRESHOLD]);
        await expectSigRevert(f, result, [], "SignatureQuorumInsufficientSignatures", [0n, THRESHOLD]);
      });

      it("reverts for a duplicate signer", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 3), result);
        const dup = [sigs[0], sigs[1], sigs[1]];
        const second = f.committee[1].address;
        await expectSigRevert(f, result, dup, "SignatureQuorumSignersNotAscending", [2n, second, second]);
      });

      it("reverts for signers out of order", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 3), result);
        const swapped = [sigs[1], sigs[0], sigs[2]];
        await expectSigRevert(f, result, swapped, "SignatureQuorumSignersNotAscending", [
          1n,
          f.committee[1].address,
          f.committee[0].address,
        ]);
      });

      it("reverts for a signer outside the committee", async function () {
        const { f, result, address } = await setUp();
        const outsider = f.members[5];
        const signers = sortByAddress([f.committee[0], f.committee[1], outsider]);
        const sigs = await signResult(address, signers, result);
        const index = signers.findIndex((s) => s.address === outsider.address);
        await expectSigRevert(f, result, sigs, "SignatureQuorumNotCommitteeMember", [index, outsider.address]);
      });

      it("reverts for a member of a replaced committee", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 3), result);
        // New epoch: members 0 and 1 stay, member 2 is replaced.
        await f.settlement.setCommittee(
          [f.committee[0].address, f.committee[1].address, f.committee[3].address, f.committee[4].address],
          3n
        );
        await expectSigRevert(f, result, sigs, "SignatureQuorumNotCommitteeMember", [2n, f.committee[2].address]);
      });

      it("reverts for a high-s signature", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 3), result);
        const sig = ethers.Signature.from(sigs[1]);
        const highS = ethers.concat([
          sig.r,
          ethers.toBeHex(N - BigInt(sig.s), 32),
          ethers.toBeHex(sig.v === 27 ? 28 : 27, 1),
        ]);
        // The ecrecover precompile itself still returns the signer: only the malleability check refuses it.
        const raw = await ethers.provider.call({
          to: "0x0000000000000000000000000000000000000001",
          data: ethers.concat([
            await f.settlement.hashResult(result),
            ethers.toBeHex(sig.v === 27 ? 28 : 27, 32),
            sig.r,
            ethers.toBeHex(N - BigInt(sig.s), 32),
          ]),
        });
        expect(ethers.getAddress(ethers.dataSlice(raw, 12))).to.equal(f.committee[1].address);
        await expectSigRevert(f, result, [sigs[0], highS, sigs[2]], "SignatureQuorumInvalidSignature", [1n]);
      });

      it("reverts for a 64-byte (EIP-2098) signature", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 3), result);
        const compact = ethers.Signature.from(sigs[2]).compactSerialized;
        expect(ethers.dataLength(compact)).to.equal(64);
        await expectSigRevert(f, result, [sigs[0], sigs[1], compact], "SignatureQuorumInvalidSignature", [2n]);
      });

      it("reverts for a result signed for another chain id", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 3), result, 8453n);
        const domain = await settlementDomain(address);
        const recovered = ethers.verifyTypedData(domain, ROUND_RESULT_TYPES, result, sigs[0]);
        await expectSigRevert(f, result, sigs, "SignatureQuorumNotCommitteeMember", [0n, recovered]);
      });

      it("reverts for a result signed for another verifying contract", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(await f.registry.getAddress(), f.committee.slice(0, 3), result);
        const recovered = ethers.verifyTypedData(await settlementDomain(address), ROUND_RESULT_TYPES, result, sigs[0]);
        await expectSigRevert(f, result, sigs, "SignatureQuorumNotCommitteeMember", [0n, recovered]);
      });

      it("reverts for signatures over other contents", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 3), result);
        const tampered = { ...result, totalReward: result.totalReward + 1n };
        const recovered = ethers.verifyTypedData(
          await settlementDomain(address),
          ROUND_RESULT_TYPES,
          tampered,
          sigs[0]
        );
        await expectSigRevert(f, tampered, sigs, "SignatureQuorumNotCommitteeMember", [0n, recovered]);
      });

      it("refuses the committee's signatures with another bundleURI, so a front-runner cannot re-point the bundle", async function () {
        const { f, result, address } = await setUp();
        const sigs = await signResult(address, f.committee.slice(0, 3), result);
        // A front-runner copies the signatures from the mempool and swaps the pointer for its own.
        const repointed = { ...result, bundleURI: "https://attacker.example/bundle.json" };
        expect(await f.settlement.hashResult(repointed)).to.not.equal(await f.settlement.hashResult(result));
        const recovered = ethers.verifyTypedData(await settlementDomain(address), ROUND_RESULT_TYPES, repointed, sigs[0]);
        expect(recovered).to.not.equal(f.committee[0].address);
        await expect(f.settlement.connect(f.stranger).propose(repointed, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "SignatureQuorumNotCommitteeMember")
          .withArgs(0n, recovered);
        expect(await f.settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.None);

        // The honest proposal still goes through and publishes the signed pointer.
        const at = BigInt(await time.latest()) + 1n;
        await time.setNextBlockTimestamp(at);
        await expect(f.settlement.propose(result, [], sigs))
          .to.emit(f.settlement, "ResultProposed")
          .withArgs(1n, 0n, await f.settlement.hashResult(result), resultTuple(result), [], f.deployer.address, at + CHALLENGE_WINDOW);
        // The URI is not stored: the event carries it, and the stored digest commits to it.
        expect((await f.settlement.getProposal(1n))[0].digest).to.equal(await f.settlement.hashResult(result));
      });
    });
  });

  describe("challenge", function () {
    context("when the guardian challenges within the window", function () {
      it("voids the proposal at proposedAt + CHALLENGE_WINDOW - 1, unlocks and emits ResultChallenged", async function () {
        const f = await loadFixture(settlementFixture);
        const { settlement, vault, guardian } = f;
        const slashes = slashesOf([f.validators[1]], 2_500n);
        const result = makeResult(0n, ONE, slashes);
        const proposedAt = await proposeAt(f, result, slashes);
        const digest = await settlement.hashResult(result);

        await time.setNextBlockTimestamp(proposedAt + CHALLENGE_WINDOW - 1n);
        const tx = settlement.connect(guardian).challenge(1n, 0n, "wrong scores");
        await expect(tx)
          .to.emit(settlement, "ResultChallenged")
          .withArgs(1n, 0n, digest, guardian.address, "wrong scores");
        await expect(tx)
          .to.emit(vault, "MockWithdrawalsUnlocked")
          .withArgs(await settlement.getAddress(), f.validators[1].address, 0n);
        expect(await vault.locks(f.validators[1].address)).to.equal(0n);
        expect(await settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.None);
        const [proposal, stored] = await settlement.getProposal(1n);
        expect(proposal.proposedAt).to.equal(0n);
        expect(proposal.proposer).to.equal(ethers.ZeroAddress);
        expect(stored).to.deep.equal([]);
      });

      it("lets a corrected result be proposed afterwards", async function () {
        const f = await loadFixture(settlementFixture);
        const proposedAt = await proposeAt(f, makeResult(0n, ONE));
        await f.settlement.connect(f.guardian).challenge(1n, 0n, "bad");
        const corrected = makeResult(0n, 2n * ONE);
        const again = await proposeAt(f, corrected, [], { at: proposedAt + 10n });
        const [proposal] = await f.settlement.getProposal(1n);
        expect(proposal.totalReward).to.equal(2n * ONE);
        expect(proposal.digest).to.equal(await f.settlement.hashResult(corrected));
        expect(proposal.proposedAt).to.equal(again);
      });
    });

    context("when it fails", function () {
      it("reverts at proposedAt + CHALLENGE_WINDOW", async function () {
        const f = await loadFixture(settlementFixture);
        const proposedAt = await proposeAt(f, makeResult(0n, ONE));
        const closedAt = proposedAt + CHALLENGE_WINDOW;
        await time.setNextBlockTimestamp(closedAt);
        await expect(f.settlement.connect(f.guardian).challenge(1n, 0n, "late"))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementChallengeWindowClosed")
          .withArgs(1n, 0n, closedAt, closedAt);
      });

      it("reverts for another caller than the guardian", async function () {
        const f = await loadFixture(settlementFixture);
        await proposeAt(f, makeResult(0n, ONE));
        await expect(f.settlement.connect(f.deployer).challenge(1n, 0n, "x"))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementNotGuardian")
          .withArgs(f.deployer.address);
      });

      it("reverts without a live proposal for the round", async function () {
        const f = await loadFixture(settlementFixture);
        await expect(f.settlement.connect(f.guardian).challenge(1n, 0n, "x"))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementNotProposed")
          .withArgs(1n, 0n);
        await proposeAt(f, makeResult(0n, ONE));
        await expect(f.settlement.connect(f.guardian).challenge(1n, 1n, "x"))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementNotProposed")
          .withArgs(1n, 1n);
      });
    });
  });

  describe("finalize", function () {
    context("when the challenge window has passed", function () {
      it("pays the distributor, allocates, slashes and emits RoundFinalized at proposedAt + CHALLENGE_WINDOW", async function () {
        const f = await loadFixture(settlementFixture);
        const { settlement, registry, distributor, vault, token, stranger } = f;
        const slashes = slashesOf([f.trainers[0], f.validators[0], f.validators[1]], 500n);
        const total = 600n * ONE;
        const result = makeResult(0n, total, slashes);
        const proposedAt = await proposeAt(f, result, slashes);
        const settlementAddress = await settlement.getAddress();

        await time.setNextBlockTimestamp(proposedAt + CHALLENGE_WINDOW);
        const tx = settlement.connect(stranger).finalize(1n, 0n);
        await expect(tx)
          .to.emit(settlement, "RoundFinalized")
          .withArgs(1n, 0n, result.rewardsRoot, total, result.bundleHash);
        await expect(tx)
          .to.emit(registry, "RoundPaid")
          .withArgs(1n, 0n, await distributor.getAddress(), total, REWARD_PER_ROUND - total);
        await expect(tx).to.emit(distributor, "RootUpdated").withArgs(1n, 0n, result.rewardsRoot, total, total);
        await expect(tx).to.changeTokenBalances(token, [registry, distributor], [-total, total]);
        for (const s of slashes) {
          await expect(tx).to.emit(vault, "MockWithdrawalsUnlocked").withArgs(settlementAddress, s.operator, 0n);
          await expect(tx)
            .to.emit(vault, "MockSlashed")
            .withArgs(settlementAddress, s.operator, s.bps, roundWindow(f.spec, 0n).start, slashRef(1n, 0n));
        }
        expect(await vault.slashCallCount()).to.equal(3n);

        expect(await settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.Finalized);
        expect(await settlement.nextRound(1n)).to.equal(1n);
        expect((await settlement.getProposal(1n))[0].proposedAt).to.equal(0n);
        const rewards = await distributor.taskRewards(1n);
        expect(rewards.root).to.equal(result.rewardsRoot);
        expect(rewards.allocated).to.equal(total);
        const task = await registry.getTask(1n);
        expect(task.escrow).to.equal((NUM_ROUNDS - 1n) * REWARD_PER_ROUND);
        expect(task.refundable).to.equal(REWARD_PER_ROUND - total);
      });

      it("lets the next round be proposed only after this one is final", async function () {
        const f = await loadFixture(settlementFixture);
        const proposedAt = await proposeAt(f, makeResult(0n, ONE));
        const next = makeResult(1n, ONE);
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), next);
        await time.setNextBlockTimestamp(roundWindow(f.spec, 1n).end);
        await expect(f.settlement.propose(next, [], sigs))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementOutOfOrder")
          .withArgs(1n, 1n, 0n);
        expect(roundWindow(f.spec, 1n).end).to.be.greaterThanOrEqual(proposedAt + CHALLENGE_WINDOW);
        await f.settlement.finalize(1n, 0n);
        await f.settlement.propose(next, [], sigs);
        expect(await f.settlement.roundStatus(1n, 1n)).to.equal(RoundStatus.Proposed);
      });
    });

    context("when it fails", function () {
      it("reverts at proposedAt + CHALLENGE_WINDOW - 1", async function () {
        const f = await loadFixture(settlementFixture);
        const proposedAt = await proposeAt(f, makeResult(0n, ONE));
        const at = proposedAt + CHALLENGE_WINDOW - 1n;
        await time.setNextBlockTimestamp(at);
        await expect(f.settlement.finalize(1n, 0n))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementChallengeWindowOpen")
          .withArgs(1n, 0n, proposedAt + CHALLENGE_WINDOW, at);
      });

      it("reverts without a live proposal", async function () {
        const f = await loadFixture(settlementFixture);
        await expect(f.settlement.finalize(1n, 0n))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementNotProposed")
          .withArgs(1n, 0n);
      });

      it("reverts for a round out of order, including a second finalization", async function () {
        const f = await loadFixture(settlementFixture);
        const proposedAt = await proposeAt(f, makeResult(0n, ONE));
        await expect(f.settlement.finalize(1n, 1n))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementOutOfOrder")
          .withArgs(1n, 1n, 0n);
        await time.increaseTo(proposedAt + CHALLENGE_WINDOW);
        await f.settlement.finalize(1n, 0n);
        await expect(f.settlement.finalize(1n, 0n))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementOutOfOrder")
          .withArgs(1n, 0n, 1n);
      });

      it("reverts after a challenge", async function () {
        const f = await loadFixture(settlementFixture);
        const proposedAt = await proposeAt(f, makeResult(0n, ONE));
        await f.settlement.connect(f.guardian).challenge(1n, 0n, "x");
        await time.increaseTo(proposedAt + CHALLENGE_WINDOW);
        await expect(f.settlement.finalize(1n, 0n))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementNotProposed")
          .withArgs(1n, 0n);
      });
    });
  });

  describe("skip", function () {
    context("when the deadline passed without a live result", function () {
      it("marks the round skipped at roundEnd + RESULT_DEADLINE and makes its budget refundable", async function () {
        const f = await loadFixture(settlementFixture);
        const { settlement, registry, token, creator, stranger } = f;
        const deadline = roundWindow(f.spec, 0n).end + RESULT_DEADLINE;
        await time.setNextBlockTimestamp(deadline);
        const tx = settlement.connect(stranger).skip(1n, 0n);
        await expect(tx).to.emit(settlement, "RoundSkipped").withArgs(1n, 0n);
        await expect(tx).to.emit(registry, "RoundRefunded").withArgs(1n, 0n, REWARD_PER_ROUND);
        expect(await settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.Skipped);
        expect(await settlement.nextRound(1n)).to.equal(1n);
        await expect(registry.withdrawRefund(1n)).to.changeTokenBalances(
          token,
          [creator, registry],
          [REWARD_PER_ROUND, -REWARD_PER_ROUND]
        );
      });

      it("lets the next round be proposed after a skip", async function () {
        const f = await loadFixture(settlementFixture);
        await time.increaseTo(roundWindow(f.spec, 0n).end + RESULT_DEADLINE);
        await f.settlement.skip(1n, 0n);
        const next = makeResult(1n, ONE);
        const sigs = await signResult(await f.settlement.getAddress(), f.committee.slice(0, 3), next);
        await expect(f.settlement.propose(next, [], sigs)).to.emit(f.settlement, "ResultProposed");
      });

      it("skips a round whose only proposal was challenged after the deadline", async function () {
        const f = await loadFixture(settlementFixture);
        const end = roundWindow(f.spec, 0n).end;
        await proposeAt(f, makeResult(0n, ONE), [], { at: end + RESULT_DEADLINE - 1n });
        await f.settlement.connect(f.guardian).challenge(1n, 0n, "x");
        await expect(f.settlement.skip(1n, 0n)).to.emit(f.settlement, "RoundSkipped").withArgs(1n, 0n);
      });
    });

    context("when it fails", function () {
      it("reverts one second before the deadline", async function () {
        const f = await loadFixture(settlementFixture);
        const deadline = roundWindow(f.spec, 0n).end + RESULT_DEADLINE;
        await time.setNextBlockTimestamp(deadline - 1n);
        await expect(f.settlement.skip(1n, 0n))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementDeadlineNotReached")
          .withArgs(1n, 0n, deadline, deadline - 1n);
      });

      it("reverts while a result is live, even past the deadline", async function () {
        const f = await loadFixture(settlementFixture);
        const end = roundWindow(f.spec, 0n).end;
        await proposeAt(f, makeResult(0n, ONE), [], { at: end + RESULT_DEADLINE - 1n });
        await expect(f.settlement.skip(1n, 0n))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementAlreadyProposed")
          .withArgs(1n, 0n);
      });

      it("reverts for a round out of order or beyond the active rounds", async function () {
        const f = await loadFixture(settlementFixture);
        await time.increaseTo(roundWindow(f.spec, NUM_ROUNDS - 1n).end + RESULT_DEADLINE);
        await expect(f.settlement.skip(1n, 1n))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementOutOfOrder")
          .withArgs(1n, 1n, 0n);
        for (let r = 0n; r < NUM_ROUNDS; r++) await f.settlement.skip(1n, r);
        await expect(f.settlement.skip(1n, NUM_ROUNDS))
          .to.be.revertedWithCustomError(f.settlement, "RoundSettlementOutOfOrder")
          .withArgs(1n, NUM_ROUNDS, NUM_ROUNDS);
      });
    });
  });

  describe("cancellation and settlement together", function () {
    it("keeps started rounds payable after a cancel and never returns finalized rewards to the creator", async function () {
      const f = await loadFixture(settlementFixture);
      const { settlement, registry, distributor, token, creator } = f;
      const distributorAddress = await distributor.getAddress();
      const total = 600n * ONE;
      const proposedAt = await proposeAt(f, makeResult(0n, total));
      await time.increaseTo(proposedAt + CHALLENGE_WINDOW);
      await settlement.finalize(1n, 0n);

      // Cancel during round 2: rounds 0 and 1 have ended and round 2 is running, so only round 3 is refunded, with
      // round 0's 400 unspent.
      await time.setNextBlockTimestamp(roundWindow(f.spec, 2n).start + 100n);
      const refunded = REWARD_PER_ROUND + (REWARD_PER_ROUND - total);
      await expect(registry.connect(creator).cancelTask(1n)).to.changeTokenBalances(
        token,
        [creator, registry, distributorAddress],
        [refunded, -refunded, 0n]
      );
      expect((await registry.getTask(1n)).escrow).to.equal(2n * REWARD_PER_ROUND);

      // Round 1 still settles; round 2 (running at the cancel) expires without a result and becomes refundable;
      // round 3 no longer exists.
      const at = roundWindow(f.spec, 2n).start + 200n;
      await proposeAt(f, makeResult(1n, REWARD_PER_ROUND), [], { at });
      await time.increaseTo(at + CHALLENGE_WINDOW);
      await expect(settlement.finalize(1n, 1n)).to.changeTokenBalances(
        token,
        [registry, distributorAddress],
        [-REWARD_PER_ROUND, REWARD_PER_ROUND]
      );
      await time.increaseTo(roundWindow(f.spec, 2n).end + RESULT_DEADLINE);
      await expect(settlement.skip(1n, 2n)).to.emit(registry, "RoundRefunded").withArgs(1n, 2n, REWARD_PER_ROUND);
      await expect(settlement.skip(1n, 3n))
        .to.be.revertedWithCustomError(settlement, "RoundSettlementOutOfOrder")
        .withArgs(1n, 3n, 3n);
      await expect(registry.withdrawRefund(1n)).to.changeTokenBalances(
        token,
        [creator, registry],
        [REWARD_PER_ROUND, -REWARD_PER_ROUND]
      );
      expect(await token.balanceOf(await registry.getAddress())).to.equal(0n);
      expect(await token.balanceOf(distributorAddress)).to.equal(total + REWARD_PER_ROUND);
    });

    it("a cancel at roundEnd - 1 leaves that round to the committee: its result is proposed and finalized", async function () {
      // The scenario of issue 9: the creator cancels one second before round 0 ends, after the trainers delivered.
      // Under the old rule the running round was refunded and this result reverted RoundSettlementOutOfOrder.
      const f = await loadFixture(settlementFixture);
      const { settlement, registry, distributor, token, creator } = f;
      const distributorAddress = await distributor.getAddress();
      await time.setNextBlockTimestamp(roundWindow(f.spec, 0n).end - 1n);
      const dropped = (NUM_ROUNDS - 1n) * REWARD_PER_ROUND;
      await expect(registry.connect(creator).cancelTask(1n))
        .to.emit(registry, "TaskCancelled")
        .withArgs(1n, 1n, dropped);
      expect((await registry.getTask(1n)).escrow).to.equal(REWARD_PER_ROUND);

      const total = 700n * ONE;
      const slashes = slashesOf([f.validators[0]], 1000n);
      const result = makeResult(0n, total, slashes);
      const proposedAt = await proposeAt(f, result, slashes);
      expect(await settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.Proposed);
      await time.setNextBlockTimestamp(proposedAt + CHALLENGE_WINDOW);
      const tx = settlement.finalize(1n, 0n);
      await expect(tx).to.emit(settlement, "RoundFinalized").withArgs(1n, 0n, result.rewardsRoot, total, result.bundleHash);
      await expect(tx).to.emit(registry, "RoundPaid").withArgs(1n, 0n, distributorAddress, total, REWARD_PER_ROUND - total);
      await expect(tx).to.changeTokenBalances(token, [registry, distributorAddress], [-total, total]);
      expect(await settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.Finalized);
      // The unspent 300 is the creator's; no later round exists.
      const task = await registry.getTask(1n);
      expect(task.escrow).to.equal(0n);
      expect(task.refundable).to.equal(REWARD_PER_ROUND - total);
      await time.increaseTo(roundWindow(f.spec, 1n).end + RESULT_DEADLINE);
      await expect(settlement.skip(1n, 1n))
        .to.be.revertedWithCustomError(settlement, "RoundSettlementOutOfOrder")
        .withArgs(1n, 1n, 1n);
    });

    it("a cancel at roundEnd - 1 keeps the round until it expires; then its budget is refundable", async function () {
      const f = await loadFixture(settlementFixture);
      const { settlement, registry, token, creator } = f;
      await time.setNextBlockTimestamp(roundWindow(f.spec, 0n).end - 1n);
      await registry.connect(creator).cancelTask(1n);
      await expect(registry.withdrawRefund(1n))
        .to.be.revertedWithCustomError(registry, "TaskRegistryNothingToRefund")
        .withArgs(1n);
      await time.increaseTo(roundWindow(f.spec, 0n).end + RESULT_DEADLINE);
      await expect(settlement.skip(1n, 0n)).to.emit(registry, "RoundRefunded").withArgs(1n, 0n, REWARD_PER_ROUND);
      await expect(registry.withdrawRefund(1n)).to.changeTokenBalances(
        token,
        [creator, registry],
        [REWARD_PER_ROUND, -REWARD_PER_ROUND]
      );
      expect(await token.balanceOf(await registry.getAddress())).to.equal(0n);
    });
  });

  describe("views", function () {
    it("hashResult is the EIP-712 digest of the domain and message", async function () {
      const f = await loadFixture(settlementFixture);
      const result = makeResult(2n, 5n * ONE, slashesOf([f.trainers[0]], 7n));
      const domain = await settlementDomain(await f.settlement.getAddress());
      expect(await f.settlement.hashResult(result)).to.equal(
        ethers.TypedDataEncoder.hash(domain, ROUND_RESULT_TYPES, result)
      );
    });

    it("hashSlashes is keccak256(abi.encode(slashes))", async function () {
      const f = await loadFixture(settlementFixture);
      const slashes = slashesOf([f.trainers[0], f.validators[1]], 42n);
      expect(await f.settlement.hashSlashes(slashes)).to.equal(hashSlashes(slashes));
      expect(await f.settlement.hashSlashes([])).to.equal(hashSlashes([]));
    });

    it("isCommitteeMember, nextRound, roundStatus and getProposal start empty", async function () {
      const f = await loadFixture(settlementFixture);
      expect(await f.settlement.isCommitteeMember(f.committee[4].address)).to.equal(true);
      expect(await f.settlement.isCommitteeMember(f.members[5].address)).to.equal(false);
      expect(await f.settlement.nextRound(1n)).to.equal(0n);
      expect(await f.settlement.roundStatus(1n, 0n)).to.equal(RoundStatus.None);
      const [proposal, slashes] = await f.settlement.getProposal(1n);
      expect(proposal.proposedAt).to.equal(0n);
      expect(slashes).to.deep.equal([]);
    });
  });
});
