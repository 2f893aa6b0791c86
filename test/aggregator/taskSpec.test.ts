import { expect } from "chai";

import exampleSpecJson from "../../examples/tasks/image-classifier.json";
import { canonicalHash, InvalidTaskSpecError, parseTaskSpec, specHash } from "../../src/aggregator";

function example(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(exampleSpecJson)) as Record<string, unknown>;
}

function messageOf(json: unknown): string {
  try {
    parseTaskSpec(json);
  } catch (error) {
    expect(error).to.be.instanceOf(InvalidTaskSpecError);
    const message = (error as Error).message;
    expect(message).to.not.include("\n");
    return message;
  }
  throw new Error("expected parseTaskSpec to throw");
}

describe("task spec", function () {
  describe("parseTaskSpec", function () {
    describe("when the spec is valid", function () {
      it("parses the example image-classifier spec", function () {
        const spec = parseTaskSpec(example());
        expect(spec.rounds).to.deep.equal({ count: 3, durationSeconds: 86_400, startDelaySeconds: 300 });
        expect(BigInt(spec.rewardPerRound)).to.equal(1000n * 10n ** 18n);
        expect(spec.policy).to.deep.equal({ id: "aerie-consensus-v1", validatorShareBps: 3000, deviationThreshold: 150_000, slashBps: 1000 });
        expect(spec.scoringWindowSeconds).to.equal(3600);
      });

      it("accepts a spec without the optional description and dataset", function () {
        const json = example();
        delete json.description;
        delete json.dataset;
        expect(parseTaskSpec(json)).to.not.have.property("description");
      });
    });

    describe("when the spec is invalid", function () {
      it("names a non-string wei amount", function () {
        expect(messageOf({ ...example(), rewardPerRound: 12.5 })).to.equal(
          "task spec: rewardPerRound: expected a decimal string of wei greater than 0, got 12.5",
        );
      });

      it("names a zero reward and a non-canonical decimal", function () {
        expect(messageOf({ ...example(), rewardPerRound: "0" })).to.match(/^task spec: rewardPerRound: .* got "0"$/);
        expect(messageOf({ ...example(), minTrainerStake: "0100" })).to.equal(
          'task spec: minTrainerStake: expected a decimal string of wei, got "0100"',
        );
        expect(messageOf({ ...example(), rewardPerRound: "12.5" })).to.equal(
          'task spec: rewardPerRound: expected a decimal string of wei greater than 0, got "12.5"',
        );
        expect(messageOf({ ...example(), minTrainerStake: "-1" })).to.equal('task spec: minTrainerStake: expected a decimal string of wei, got "-1"');
        expect(messageOf({ ...example(), minValidatorStake: (2n ** 256n).toString() })).to.match(/^task spec: minValidatorStake: expected a decimal string of wei/);
      });

      it("names a missing field", function () {
        const json = example();
        delete json.name;
        expect(messageOf(json)).to.equal("task spec: name: expected a string of 1 to 100 characters, got nothing (the field is missing)");
      });

      it("names a nested field out of range", function () {
        const json = example();
        expect(messageOf({ ...json, rounds: { ...(json.rounds as object), count: 1001 } })).to.equal(
          "task spec: rounds.count: expected an integer from 1 to 1000, got 1001",
        );
        expect(messageOf({ ...json, policy: { ...(json.policy as object), slashBps: 0 } })).to.equal(
          "task spec: policy.slashBps: expected an integer from 1 to 10000 (bps), got 0",
        );
        expect(messageOf({ ...json, scoringWindowSeconds: 1.5 })).to.equal(
          "task spec: scoringWindowSeconds: expected a positive integer (seconds), got 1.5",
        );
      });

      it("names an unknown field, also nested", function () {
        expect(messageOf({ ...example(), reward: "1" })).to.equal("task spec: reward: unknown field (not part of aerie-task/1), remove it");
        const json = example();
        expect(messageOf({ ...json, policy: { ...(json.policy as object), gamma: 1 } })).to.equal(
          "task spec: policy.gamma: unknown field (not part of aerie-task/1), remove it",
        );
      });

      it("names a wrong schema or policy id", function () {
        expect(messageOf({ ...example(), schema: "aerie-task/2" })).to.equal('task spec: schema: expected the string "aerie-task/1", got "aerie-task/2"');
        const json = example();
        expect(messageOf({ ...json, policy: { ...(json.policy as object), id: "no-such-policy" } })).to.match(
          /^task spec: policy\.id: expected a registered policy id \(aerie-consensus-v1[a-z0-9, -]*\), got "no-such-policy"$/,
        );
      });

      it("rejects a document that is not an object", function () {
        expect(messageOf([1])).to.equal("task spec: (document): expected a JSON object with the aerie-task/1 fields, got [1]");
      });

      it("records the path on the error", function () {
        try {
          parseTaskSpec({ ...example(), rounds: { count: 1, durationSeconds: 0, startDelaySeconds: 0 } });
          expect.fail("should throw");
        } catch (error) {
          expect((error as InvalidTaskSpecError).path).to.equal("rounds.durationSeconds");
        }
      });
    });
  });

  describe("specHash", function () {
    it("is the canonical hash of the parsed spec, independent of key order and whitespace", function () {
      const spec = parseTaskSpec(example());
      const reordered = parseTaskSpec(JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(example()).reverse()), null, 4)));
      expect(specHash(reordered)).to.equal(specHash(spec));
      expect(specHash(spec)).to.equal(canonicalHash(exampleSpecJson));
    });

    it("changes when a parameter changes", function () {
      const spec = parseTaskSpec(example());
      expect(specHash({ ...spec, rewardPerRound: "1" })).to.not.equal(specHash(spec));
    });
  });
});
