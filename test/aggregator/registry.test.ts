import { expect } from "chai";

import exampleV1Json from "../../examples/tasks/image-classifier.json";
import exampleV2Json from "../../examples/tasks/image-classifier-v2.json";
import {
  aerieConsensusV1,
  aerieConsensusV1Policy,
  aerieConsensusV2Policy,
  DEFAULT_POLICY_ID,
  getPolicy,
  InvalidInputError,
  InvalidTaskSpecError,
  parseTaskSpec,
  policyIds,
  toJsonValue,
} from "../../src/aggregator";

function v2(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(exampleV2Json)) as Record<string, unknown>;
}

function specError(policy: Record<string, unknown>): string {
  try {
    parseTaskSpec({ ...v2(), policy });
  } catch (error) {
    expect(error).to.be.instanceOf(InvalidTaskSpecError);
    return (error as Error).message;
  }
  throw new Error("expected parseTaskSpec to throw");
}

const V2_POLICY = (exampleV2Json as { policy: Record<string, unknown> }).policy;

describe("policy registry", function () {
  describe("getPolicy", function () {
    it("returns each registered policy by id", function () {
      expect(getPolicy("aerie-consensus-v1")).to.equal(aerieConsensusV1Policy);
      expect(getPolicy("aerie-consensus-v2")).to.equal(aerieConsensusV2Policy);
      expect(policyIds()).to.include.members(["aerie-consensus-v1", "aerie-consensus-v2"]);
      expect(policyIds()).to.deep.equal([...policyIds()].sort());
    });

    it("names v2 the default", function () {
      expect(DEFAULT_POLICY_ID).to.equal("aerie-consensus-v2");
    });

    it("refuses an unknown id in one line", function () {
      expect(() => getPolicy("no-such-policy")).to.throw(
        InvalidInputError,
        new RegExp(`^policy: unknown policy id "no-such-policy" \\(registered: ${policyIds().join(", ")}\\)$`),
      );
    });
  });

  describe("aerie-consensus-v1 as a Policy", function () {
    it("parses its parameters to bigints and keeps the v1 bundle layout", function () {
      const spec = parseTaskSpec(JSON.parse(JSON.stringify(exampleV1Json)));
      expect(aerieConsensusV1Policy.parseParams(spec.policy)).to.deep.equal({ validatorShareBps: 3000n, deviationThreshold: 150_000n, slashBps: 1000n });
      expect(aerieConsensusV1Policy.bundleSchema).to.equal("aerie-round-bundle/1");
      expect(aerieConsensusV1Policy.messages).to.deep.equal(["submission", "scores"]);
    });

    it("computes exactly what aerieConsensusV1 computes", function () {
      const T = "0x0000000000000000000000000000000000000100";
      const V = ["0x0000000000000000000000000000000000000001", "0x0000000000000000000000000000000000000002"] as const;
      const params = { validatorShareBps: 3000n, deviationThreshold: 150_000n, slashBps: 1000n };
      const direct = aerieConsensusV1({
        budget: 1000n,
        params,
        trainers: [{ operator: T, stake: 5n }],
        validators: [
          { operator: V[0], stake: 2n, scores: { [T]: 500_000n } },
          { operator: V[1], stake: 1n, scores: { [T]: 900_000n } },
        ],
      });
      const wrapped = aerieConsensusV1Policy.compute({
        budget: 1000n,
        params,
        round: 0n,
        seed: `0x${"00".repeat(32)}`,
        participants: [
          { operator: T, role: "trainer", stake: 5n },
          { operator: V[0], role: "validator", stake: 2n },
          { operator: V[1], role: "validator", stake: 1n },
        ],
        messages: {
          submissions: [{ trainer: T, modelHash: `0x${"11".repeat(32)}`, modelURI: "u" }],
          scores: [
            { validator: V[0], scores: new Map([[T, 500_000n]]) },
            { validator: V[1], scores: new Map([[T, 900_000n]]) },
          ],
          modelUpdates: [],
          votes: [],
          missingReveals: [],
        },
        previousState: null,
      });
      expect(wrapped).to.deep.equal({
        operatorRewards: direct.operatorRewards,
        slashes: direct.slashes,
        report: toJsonValue({ trainers: direct.trainers, validators: direct.validators }),
        state: null,
        flags: [],
      });
      expect(direct.slashes).to.deep.equal([{ operator: V[1], bps: 1000n }]);
    });
  });

  describe("task spec policy parameters (aerie-consensus-v2)", function () {
    it("accepts the example v2 spec", function () {
      const spec = parseTaskSpec(v2());
      expect(spec.policy).to.deep.equal(V2_POLICY);
      expect(aerieConsensusV2Policy.parseParams(spec.policy)).to.deep.equal({
        validatorShareBps: 3000n,
        stakeAlphaBps: 10_000n,
        deviationFloor: 20_000n,
        madMultiplierBps: 70_000n,
        biasMultiplierBps: 50_000n,
        recordWeightBps: 5000n,
        slashRecordBps: 6000n,
        slashBps: 500n,
        quorumBps: 6667n,
        revealWindowSeconds: 1800n,
      });
    });

    it("refuses an unknown parameter, naming it", function () {
      expect(specError({ ...V2_POLICY, gammaBps: 1 })).to.equal(
        "task spec: policy.gammaBps: unknown field (not a parameter of aerie-consensus-v2), remove it",
      );
    });

    it("refuses out-of-range parameters, naming the field", function () {
      expect(specError({ ...V2_POLICY, slashBps: 1000 })).to.equal("task spec: policy.slashBps: expected an integer from 1 to 500 (bps), got 1000");
      expect(specError({ ...V2_POLICY, stakeAlphaBps: 0 })).to.equal(
        "task spec: policy.stakeAlphaBps: expected an integer from 1 to 10000 (bps of the exponent α; 10000 = 1), got 0",
      );
      expect(specError({ ...V2_POLICY, quorumBps: 5000 })).to.equal("task spec: policy.quorumBps: expected an integer from 5001 to 10000 (bps), got 5000");
      expect(specError({ ...V2_POLICY, deviationFloor: 1_000_001 })).to.equal(
        "task spec: policy.deviationFloor: expected an integer from 0 to 1000000 (score units), got 1000001",
      );
      expect(specError({ ...V2_POLICY, madMultiplierBps: 1.5 })).to.equal(
        "task spec: policy.madMultiplierBps: expected an integer from 0 to 1000000 (bps of the MAD), got 1.5",
      );
    });

    it("names a missing parameter", function () {
      const { revealWindowSeconds: _, ...rest } = V2_POLICY;
      expect(specError(rest)).to.equal("task spec: policy.revealWindowSeconds: expected a positive integer (seconds), got nothing (the field is missing)");
    });

    it("refuses v1 parameters under the v2 id and a non-scalar parameter", function () {
      expect(specError({ ...V2_POLICY, deviationThreshold: 150_000 })).to.equal(
        "task spec: policy.deviationThreshold: unknown field (not a parameter of aerie-consensus-v2), remove it",
      );
      expect(specError({ ...V2_POLICY, slashBps: [1] })).to.equal("task spec: policy.slashBps: expected a policy parameter (a number, string or boolean), got [1]");
    });
  });
});
