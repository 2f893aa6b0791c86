import { expect } from "chai";
import { ethers } from "hardhat";
import { loadFixture } from "@nomicfoundation/hardhat-network-helpers";
import type { Address, Hex } from "viem";
import {
  ROUND_RESULT_TYPES,
  SCORES_TYPES,
  SUBMISSION_TYPES,
  aerieDomain,
  hashRoundResult,
  settlementDomain,
} from "../src/lib/eip712";
import { ethersTypes } from "./shared/eip712";
import {
  AERIE_DOMAIN_NAME,
  DOMAIN_VERSION,
  EIP712_DOMAIN_TYPE,
  ROUND_RESULT_TYPE,
  SCORES_TYPE,
  SETTLEMENT_DOMAIN_NAME,
  SUBMISSION_TYPE,
} from "./shared/eip712CrossCheck";
import { deploySystem } from "./shared/system";

/** keccak256 of a type string's UTF-8 bytes. */
const typeHashOf = (type: string): string => ethers.keccak256(ethers.toUtf8Bytes(type));

/** The type string ethers encodes from a production `as const` types object (primary type with its fields). */
const encodedType = (types: Parameters<typeof ethersTypes>[0], primary: string): string =>
  ethers.TypedDataEncoder.from(ethersTypes(types)).encodeType(primary);

/**
 * The production EIP-712 types (src/lib/eip712.ts) and the contract's type hash against the one independent copy of
 * the type strings (test/shared/eip712CrossCheck.ts): a field added, renamed, retyped or reordered on one side only
 * fails here.
 */
describe("EIP-712 cross-check: production types = the independent type strings = the contract", function () {
  describe("type strings", function () {
    it("Submission", function () {
      expect(encodedType(SUBMISSION_TYPES, "Submission")).to.equal(SUBMISSION_TYPE);
      expect(typeHashOf(encodedType(SUBMISSION_TYPES, "Submission"))).to.equal(typeHashOf(SUBMISSION_TYPE));
    });

    it("Scores", function () {
      expect(encodedType(SCORES_TYPES, "Scores")).to.equal(SCORES_TYPE);
      expect(typeHashOf(encodedType(SCORES_TYPES, "Scores"))).to.equal(typeHashOf(SCORES_TYPE));
    });

    it("RoundResult", function () {
      expect(encodedType(ROUND_RESULT_TYPES, "RoundResult")).to.equal(ROUND_RESULT_TYPE);
      expect(typeHashOf(encodedType(ROUND_RESULT_TYPES, "RoundResult"))).to.equal(typeHashOf(ROUND_RESULT_TYPE));
    });
  });

  describe("domains", function () {
    it("aerieDomain and settlementDomain carry the names and version of the protocol", function () {
      const contract: Address = "0x00000000000000000000000000000000000000a1";
      expect(aerieDomain(31337, contract)).to.deep.equal({ name: AERIE_DOMAIN_NAME, version: DOMAIN_VERSION, chainId: 31337, verifyingContract: contract });
      expect(settlementDomain(31337, contract)).to.deep.equal({ name: SETTLEMENT_DOMAIN_NAME, version: DOMAIN_VERSION, chainId: 31337, verifyingContract: contract });
    });
  });

  describe("RoundSettlement", function () {
    it("ROUND_RESULT_TYPEHASH is keccak256 of the independent RoundResult type string", async function () {
      const { settlement } = await loadFixture(deploySystem);
      expect(await settlement.ROUND_RESULT_TYPEHASH()).to.equal(typeHashOf(ROUND_RESULT_TYPE));
    });

    it("hashResult equals the production digest and the digest built by hand from the independent strings", async function () {
      const { settlement } = await loadFixture(deploySystem);
      const address = (await settlement.getAddress()) as Address;
      const { chainId } = await ethers.provider.getNetwork();
      const result = {
        taskId: 7n,
        round: 2n,
        rewardsRoot: ethers.id("root") as Hex,
        totalReward: 5n * 10n ** 18n,
        slashesHash: ethers.id("slashes") as Hex,
        bundleHash: ethers.id("bundle") as Hex,
        bundleURI: "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
      };
      const coder = ethers.AbiCoder.defaultAbiCoder();
      const domainSeparator = ethers.keccak256(
        coder.encode(
          ["bytes32", "bytes32", "bytes32", "uint256", "address"],
          [typeHashOf(EIP712_DOMAIN_TYPE), typeHashOf(SETTLEMENT_DOMAIN_NAME), typeHashOf(DOMAIN_VERSION), chainId, address]
        )
      );
      const structHash = ethers.keccak256(
        coder.encode(
          ["bytes32", "uint256", "uint256", "bytes32", "uint256", "bytes32", "bytes32", "bytes32"],
          [typeHashOf(ROUND_RESULT_TYPE), result.taskId, result.round, result.rewardsRoot, result.totalReward, result.slashesHash, result.bundleHash, ethers.id(result.bundleURI)]
        )
      );
      const byHand = ethers.keccak256(ethers.concat(["0x1901", domainSeparator, structHash]));
      expect(await settlement.hashResult(result)).to.equal(byHand);
      expect(hashRoundResult(settlementDomain(Number(chainId), address), result)).to.equal(byHand);
    });
  });
});
