import { expect } from "chai";
import { encodeAbiParameters, hashTypedData, keccak256, type Hex } from "viem";

import {
  aerieDomain,
  hashRoundResult,
  hashSlashes,
  recoverRoundResultSigner,
  recoverScoresSigner,
  recoverSubmissionSigner,
  ROUND_RESULT_TYPES,
  settlementDomain,
  signRoundResult,
  signScores,
  signSubmission,
  type RoundResult,
} from "../../src/aggregator";
import { CHAIN_ID, CONTRACTS, DOMAIN, signer } from "./fixtures";
import { DOMAIN_VERSION, EIP712_DOMAIN_TYPE, ROUND_RESULT_TYPE, SETTLEMENT_DOMAIN_NAME } from "../shared/eip712CrossCheck";

const alice = signer(0);
const bob = signer(1);
const HASH: Hex = `0x${"ab".repeat(32)}`;

describe("EIP-712 messages", function () {
  describe("domains", function () {
    it("aerieDomain names the registry", function () {
      expect(aerieDomain(CHAIN_ID, CONTRACTS.registry)).to.deep.equal({
        name: "Aerie",
        version: "1",
        chainId: CHAIN_ID,
        verifyingContract: CONTRACTS.registry,
      });
    });

    it("settlementDomain names the settlement", function () {
      expect(settlementDomain(8453, CONTRACTS.settlement)).to.deep.equal({
        name: "Aerie RoundSettlement",
        version: "1",
        chainId: 8453,
        verifyingContract: CONTRACTS.settlement,
      });
    });
  });

  describe("signSubmission / recoverSubmissionSigner", function () {
    const message = { taskId: 1n, round: 0n, trainer: alice.address, modelHash: HASH, modelURI: "ipfs://m" };

    it("recovers the signer", async function () {
      const signature = await signSubmission(alice, DOMAIN, message);
      expect(await recoverSubmissionSigner(DOMAIN, message, signature)).to.equal(alice.address);
    });

    it("recovers another address for another domain or content", async function () {
      const signature = await signSubmission(alice, DOMAIN, message);
      expect(await recoverSubmissionSigner(aerieDomain(1, CONTRACTS.registry), message, signature)).to.not.equal(alice.address);
      expect(await recoverSubmissionSigner(DOMAIN, { ...message, modelURI: "ipfs://n" }, signature)).to.not.equal(alice.address);
    });
  });

  describe("signScores / recoverScoresSigner", function () {
    it("recovers the signer", async function () {
      const message = { taskId: 1n, round: 3n, validator: bob.address, trainers: [alice.address], scores: [5n] };
      const signature = await signScores(bob, DOMAIN, message);
      expect(await recoverScoresSigner(DOMAIN, message, signature)).to.equal(bob.address);
    });
  });

  describe("signRoundResult / recoverRoundResultSigner / hashRoundResult", function () {
    const domain = settlementDomain(CHAIN_ID, CONTRACTS.settlement);
    const result: RoundResult = { taskId: 1n, round: 2n, rewardsRoot: HASH, totalReward: 10n ** 18n, slashesHash: HASH, bundleHash: HASH, bundleURI: "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi" };

    it("recovers the committee member", async function () {
      const signature = await signRoundResult(bob, domain, result);
      expect(await recoverRoundResultSigner(domain, result, signature)).to.equal(bob.address);
    });

    it("hashes the exact RoundResult type string", function () {
      expect(hashRoundResult(domain, result)).to.equal(
        hashTypedData({ domain, types: ROUND_RESULT_TYPES, primaryType: "RoundResult", message: result }),
      );
      const typeHash = keccak256(new TextEncoder().encode(ROUND_RESULT_TYPE));
      const structHash = keccak256(
        encodeAbiParameters(
          [{ type: "bytes32" }, { type: "uint256" }, { type: "uint256" }, { type: "bytes32" }, { type: "uint256" }, { type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }],
          [typeHash, result.taskId, result.round, result.rewardsRoot, result.totalReward, result.slashesHash, result.bundleHash, keccak256(new TextEncoder().encode(result.bundleURI))],
        ),
      );
      const domainHash = keccak256(
        encodeAbiParameters(
          [{ type: "bytes32" }, { type: "bytes32" }, { type: "bytes32" }, { type: "uint256" }, { type: "address" }],
          [
            keccak256(new TextEncoder().encode(EIP712_DOMAIN_TYPE)),
            keccak256(new TextEncoder().encode(SETTLEMENT_DOMAIN_NAME)),
            keccak256(new TextEncoder().encode(DOMAIN_VERSION)),
            BigInt(CHAIN_ID),
            CONTRACTS.settlement,
          ],
        ),
      );
      expect(hashRoundResult(domain, result)).to.equal(keccak256(`0x1901${domainHash.slice(2)}${structHash.slice(2)}`));
    });
  });

  describe("hashSlashes", function () {
    it("is keccak256(abi.encode((address,uint256)[]))", function () {
      const slashes = [
        { operator: alice.address, bps: 1000n },
        { operator: bob.address, bps: 5000n },
      ];
      // abi.encode of a dynamic tuple array: offset 0x20, length, then the static tuples
      const manual = encodeAbiParameters(
        [{ type: "uint256" }, { type: "uint256" }, { type: "address" }, { type: "uint256" }, { type: "address" }, { type: "uint256" }],
        [32n, 2n, alice.address, 1000n, bob.address, 5000n],
      );
      expect(hashSlashes(slashes)).to.equal(keccak256(manual));
    });

    it("hashes an empty list as offset and zero length", function () {
      expect(hashSlashes([])).to.equal(keccak256(encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }], [32n, 0n])));
    });
  });
});
