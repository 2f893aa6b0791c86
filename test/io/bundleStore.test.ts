import { expect } from "chai";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { computeRound, type RoundOutput } from "../../src/aggregator";
import { InvalidBundleError, InvalidFileError } from "../../src/lib/errors";
import { PreconditionError } from "../../src/sdk/errors";
import { bundlePath, readVerifiedBundle, storedRounds, writeBundle } from "../../src/io/bundleStore";
import { assertPreviousMatchesChain, findPreviousBundle } from "../../src/io/previousBundle";
import { referenceInputs, ROUND, TASK_ID } from "../aggregator/fixtures";

const ZERO = `0x${"0".repeat(64)}` as const;

describe("io: bundle store and previous bundle", function () {
  let dir: string;
  let first: RoundOutput;
  before(async function () {
    const inputs = await referenceInputs();
    first = await computeRound(inputs);
  });
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-bundles-"));
  });

  describe("writeBundle / readVerifiedBundle", function () {
    it("writes the canonical bytes and a newline at task-<id>-round-<r>.json", function () {
      const path = writeBundle(join(dir, "new"), first);
      expect(path).to.equal(bundlePath(join(dir, "new"), TASK_ID, ROUND));
      expect(readFileSync(path, "utf8")).to.equal(first.canonical + "\n");
    });

    it("reads a bundle back with the recomputed result, slashes and claims", async function () {
      const path = writeBundle(dir, first);
      const stored = await readVerifiedBundle(path);
      expect(stored.path).to.equal(path);
      expect(stored.output.bundleHash).to.equal(first.bundleHash);
      expect(stored.output.result).to.deep.equal(first.result);
      expect(stored.output.slashes).to.deep.equal(first.slashes);
      expect(stored.output.claims).to.deep.equal(first.claims);
    });

    it("refuses a bundle whose outputs were edited, naming the field", async function () {
      const json = JSON.parse(first.canonical);
      json.outputs.totalReward = "1";
      const path = bundlePath(dir, TASK_ID, ROUND);
      writeFileSync(path, JSON.stringify(json));
      const error = await readVerifiedBundle(path).catch((e: unknown) => e);
      expect(error).to.be.instanceOf(InvalidBundleError);
      expect((error as Error).message).to.equal(
        `bundle ${path} does not verify (bundle mismatch at outputs.totalReward: bundle has "1", recomputed "${first.result.totalReward}"): refusing to use it; recompute it with \`aerie aggregate\` or fetch the committee's copy`,
      );
    });

    it("names a missing file and a file that is not JSON", async function () {
      const missing = join(dir, "nope.json");
      expect((await readVerifiedBundle(missing).catch((e: unknown) => e)) as Error).to.be.instanceOf(InvalidFileError).with.property("message", `bundle ${missing} does not exist: check the path`);
      writeFileSync(join(dir, "bad.json"), "{");
      const e = (await readVerifiedBundle(join(dir, "bad.json")).catch((x: unknown) => x)) as Error;
      expect(e).to.be.instanceOf(InvalidFileError);
      expect(e.message).to.match(/^bundle .*bad\.json is not valid JSON \(.*\): fix the file or write it again$/);
    });
  });

  describe("storedRounds", function () {
    it("lists the task's rounds ascending, ignoring other tasks and other files", function () {
      for (const name of ["task-7-round-10.json", "task-7-round-2.json", "task-70-round-1.json", "task-7-round-3.jsonl", "task-7-round-03.json", "notes.txt"]) writeFileSync(join(dir, name), "{}");
      expect(storedRounds(dir, 7n)).to.deep.equal([2n, 10n]);
      expect(storedRounds(join(dir, "missing"), 7n)).to.deep.equal([]);
    });
  });

  describe("findPreviousBundle", function () {
    it("returns null when the store has no earlier round", async function () {
      writeBundle(dir, first);
      expect(await findPreviousBundle(dir, TASK_ID, ROUND)).to.equal(null);
      expect(await findPreviousBundle(dir, TASK_ID + 1n, ROUND + 1n)).to.equal(null);
    });

    it("picks the latest earlier round and turns its claims into the next round's previous input", async function () {
      writeBundle(dir, first);
      const found = await findPreviousBundle(dir, TASK_ID, ROUND + 5n);
      expect(found?.round).to.equal(ROUND);
      expect(found?.previous).to.deep.equal({ bundleHash: first.bundleHash, cumulative: first.claims.map((c) => ({ account: c.account, amount: c.cumulativeAmount })) });
    });

    it("fails on a latest bundle that does not verify instead of falling back to an older one", async function () {
      writeBundle(dir, first);
      // a later round's file that was tampered with (its outputs no longer recompute)
      const json = JSON.parse(first.canonical);
      json.outputs.totalReward = "1";
      writeFileSync(bundlePath(dir, TASK_ID, ROUND + 1n), JSON.stringify(json));
      const e = await findPreviousBundle(dir, TASK_ID, ROUND + 2n).catch((x: unknown) => x);
      expect(e).to.be.instanceOf(InvalidBundleError);
    });
  });

  describe("assertPreviousMatchesChain", function () {
    it("accepts anything while the chain has no root, and the matching bundle once it has one", async function () {
      writeBundle(dir, first);
      const previous = await findPreviousBundle(dir, TASK_ID, ROUND + 1n);
      expect(() => assertPreviousMatchesChain({ taskId: TASK_ID, round: ROUND + 1n, onChainRoot: ZERO, previous: null, dir })).not.to.throw();
      expect(() => assertPreviousMatchesChain({ taskId: TASK_ID, round: ROUND + 1n, onChainRoot: ZERO, previous, dir })).not.to.throw();
      const root = first.result.rewardsRoot.toUpperCase().replace("0X", "0x") as `0x${string}`;
      expect(() => assertPreviousMatchesChain({ taskId: TASK_ID, round: ROUND + 1n, onChainRoot: root, previous, dir })).not.to.throw();
    });

    it("refuses when the chain has rewards but the store has no earlier bundle", function () {
      const root = first.result.rewardsRoot;
      expect(() => assertPreviousMatchesChain({ taskId: TASK_ID, round: 4n, onChainRoot: root, previous: null, dir })).to.throw(
        PreconditionError,
        `task ${TASK_ID} already has rewards (root ${root}) but ${dir} holds no bundle of a round before 4: put the latest finalized bundle there, or the new root would drop earlier rewards`,
      );
    });

    it("refuses a stale previous bundle whose root is not the chain's", async function () {
      writeBundle(dir, first);
      const previous = await findPreviousBundle(dir, TASK_ID, ROUND + 1n);
      const other = `0x${"ab".repeat(32)}` as const;
      expect(() => assertPreviousMatchesChain({ taskId: TASK_ID, round: ROUND + 1n, onChainRoot: other, previous, dir })).to.throw(
        PreconditionError,
        `the latest bundle in ${dir} (round ${ROUND}) has root ${first.result.rewardsRoot} but task ${TASK_ID}'s on-chain root is ${other}: use the bundle of the latest finalized round`,
      );
    });
  });
});
