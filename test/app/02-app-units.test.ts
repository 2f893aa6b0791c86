// The wallet app's pure helpers (no browser): amount parsing and display, round statuses from settlement events,
// the estimated yield.
import { expect } from "chai";
import type { Address, Hex } from "viem";

import { bpsPercent, duration, parseAmount, shortUnits, withDates } from "../../app/src/lib/amount";
import { estimatedYieldBps, YEAR_SECONDS, type BundleFacts } from "../../app/src/lib/bundleFacts";
import { nodeStatusOf, recheckBundleClaim, verifyClaim } from "../../app/src/lib/claims";
import type { NodeClaim } from "../../app/src/lib/node";
import { StandardMerkleTree } from "@openzeppelin/merkle-tree";
import { REWARD_LEAF_ENCODING } from "../../src/aggregator/leaf";
import { deriveRounds } from "../../app/src/lib/world";
import { RoundStatus } from "../../src/sdk/enums";

const E18 = 10n ** 18n;

describe("app: pure helpers", function () {
  describe("parseAmount", function () {
    it("parses token units into exact wei", function () {
      expect(parseAmount("123.456", 18)).to.deep.equal({ ok: true, value: 123_456n * 10n ** 15n });
      expect(parseAmount(" 1 ", 18)).to.deep.equal({ ok: true, value: E18 });
      expect(parseAmount("0.000000000000000001", 18)).to.deep.equal({ ok: true, value: 1n });
      expect(parseAmount("5", 18, 5n * E18)).to.deep.equal({ ok: true, value: 5n * E18 });
    });
    it("refuses empty, not a number, too many decimals, zero and above the balance, with the reason", function () {
      expect(parseAmount("", 18)).to.deep.equal({ ok: false, reason: "Enter an amount." });
      expect(parseAmount("1e3", 18)).to.deep.equal({ ok: false, reason: '"1e3" is not a number: use digits and at most one decimal point, e.g. 12.5.' });
      expect(parseAmount("1.2.3", 18)).to.deep.equal({ ok: false, reason: '"1.2.3" is not a number: use digits and at most one decimal point, e.g. 12.5.' });
      expect(parseAmount("-1", 18)).to.deep.equal({ ok: false, reason: '"-1" is not a number: use digits and at most one decimal point, e.g. 12.5.' });
      expect(parseAmount("0.1234567", 6)).to.deep.equal({ ok: false, reason: "Too many decimals: the token has 6, you typed 7." });
      expect(parseAmount("0.000", 18)).to.deep.equal({ ok: false, reason: "Enter an amount above 0." });
      expect(parseAmount("5.000000000000000001", 18, 5n * E18, "your balance", "AERIE")).to.deep.equal({ ok: false, reason: "Above your balance of 5 AERIE." });
    });
  });

  describe("display", function () {
    it("cuts (never rounds) to 4 decimals, groups digits, marks the cut", function () {
      expect(shortUnits(1_234_567_899_999n * 10n ** 12n, 18)).to.equal("1,234,567.8999…");
      expect(shortUnits(15n * 10n ** 17n, 18)).to.equal("1.5");
      expect(shortUnits(0n, 18)).to.equal("0");
      expect(shortUnits(1n, 18)).to.equal("0…");
    });
    it("bps as percent and seconds as a duration, from integers", function () {
      expect(bpsPercent(1_234n)).to.equal("12.34%");
      expect(bpsPercent(5n)).to.equal("0.05%");
      expect(duration(1_209_600n)).to.equal("14d 0h 0m 0s");
      expect(duration(61n)).to.equal("1m 1s");
      expect(duration(-5n)).to.equal("0s");
    });
  });

  describe("deriveRounds", function () {
    const task = { taskId: 1n, startTime: 1_000n, roundDuration: 100n, numRounds: 6, activeRounds: 6, cancelled: false };
    const hash = (n: number): Hex => `0x${n.toString(16).padStart(64, "0")}`;
    it("maps settlement events and chain time to each round's status and reward", function () {
      const rounds = deriveRounds(
        task,
        {
          proposed: [
            { round: 0n, totalReward: 900n, bundleHash: hash(1), finalizableAt: 1_200n, order: 0 },
            { round: 1n, totalReward: 800n, bundleHash: hash(2), finalizableAt: 1_400n, order: 2 },
            { round: 2n, totalReward: 700n, bundleHash: hash(3), finalizableAt: 9_999n, order: 4 },
          ],
          challenged: [{ round: 1n, order: 3 }],
          finalized: [{ round: 0n, totalReward: 900n, bundleHash: hash(1) }],
          skipped: [],
        },
        1_450n,
        10_000n,
      );
      expect(rounds.map((r) => r.status)).to.deep.equal([
        RoundStatus.Finalized,
        RoundStatus.Challenged,
        RoundStatus.Proposed,
        RoundStatus.AwaitingResult,
        RoundStatus.Running,
        RoundStatus.Pending,
      ]);
      expect(rounds.map((r) => r.totalReward)).to.deep.equal([900n, null, 700n, null, null, null]);
      expect(rounds[4]).to.include({ start: 1_400n, end: 1_500n });
    });
    it("says skipped for skipped rounds and for the rounds a cancel dropped, skippable after the deadline", function () {
      const rounds = deriveRounds({ ...task, numRounds: 3, activeRounds: 2, cancelled: true }, { proposed: [], challenged: [], finalized: [], skipped: [{ round: 0n }] }, 5_000n, 1_000n);
      expect(rounds.map((r) => r.status)).to.deep.equal([RoundStatus.Skipped, RoundStatus.Skippable, RoundStatus.Skipped]);
    });
  });

  describe("estimatedYieldBps", function () {
    const op = "0x00000000000000000000000000000000000000aa" as Address;
    const facts = (round: bigint, start: bigint, reward: bigint, commission: bigint): BundleFacts => ({
      taskId: 1n,
      round,
      roundStart: start,
      roundEnd: start + 100n,
      operators: [{ operator: op, reward, commission }],
      accounts: [],
      participants: [{ operator: op, commissionBps: 1_000n, shares: [] }],
    });
    it("annualizes the pool's rewards net of commission over the rounds' span, in bps of the stake", function () {
      // 2 rounds of 100 s: 2 × (100 − 10) = 180 wei per 200 s on a stake of 1e6 wei
      const bps = estimatedYieldBps([facts(0n, 0n, 100n, 10n), facts(1n, 100n, 100n, 10n)], op, 1_000_000n);
      expect(bps).to.equal((180n * 10_000n * YEAR_SECONDS) / (1_000_000n * 200n));
    });
    it("is null without rounds of the operator or without stake", function () {
      expect(estimatedYieldBps([], op, 1n)).to.equal(null);
      expect(estimatedYieldBps([facts(0n, 0n, 100n, 10n)], op, 0n)).to.equal(null);
    });
  });

  describe("withDates", function () {
    it("writes a revert hint's unix times as dates (the creator's cancel reason, a locked withdrawal) and leaves other numbers", function () {
      expect(withDates("the last round of task 3 has started (at 1767225600): nothing left to cancel")).to.equal("the last round of task 3 has started (at 1 Jan 2026, 00:00 UTC): nothing left to cancel");
      expect(withDates("unstake request 3 unlocks at 1767225600 (chain time 1767139200): wait, then withdraw again")).to.equal(
        "unstake request 3 unlocks at 1 Jan 2026, 00:00 UTC (chain time 31 Dec 2025, 00:00 UTC): wait, then withdraw again",
      );
      expect(withDates("task 1767225600 needs 1000 wei")).to.equal("task 1767225600 needs 1000 wei");
    });
  });

  describe("verifyClaim (newcomer finding: a node answering another account's genuine claim)", function () {
    const me = "0x1111111111111111111111111111111111111111" as Address;
    const other = "0x2222222222222222222222222222222222222222" as Address;
    const tree = StandardMerkleTree.of(
      [
        ["7", me, (5n * E18).toString()],
        ["7", other, (900n * E18).toString()],
        ["8", me, E18.toString()],
      ],
      [...REWARD_LEAF_ENCODING],
    );
    const root = tree.root as Hex;
    const claimOf = (i: number): NodeClaim => {
      const [taskId, account, amount] = tree.at(i)! as [string, Address, string];
      return { taskId: BigInt(taskId), account, round: 0n, cumulativeAmount: BigInt(amount), proof: tree.getProof(i) as Hex[], rewardsRoot: root, bundleHash: `0x${"ab".repeat(32)}` };
    };
    it("accepts the asked account's claim of the asked task (any address case)", function () {
      expect(verifyClaim(claimOf(0), root, { taskId: 7n, account: me })).to.equal(null);
      expect(verifyClaim(claimOf(0), root, { taskId: 7n, account: me.toUpperCase().replace("0X", "0x") as Address })).to.equal(null);
    });
    it("refuses another account's genuine claim, and one of another task, though both proofs verify", function () {
      expect(verifyClaim(claimOf(1), root, { taskId: 7n, account: me })).to.equal(
        `The node answered with the claim of ${other.slice(0, 10)}… in task 7, not yours in task 7: it is not offered; load a bundle URL from another source.`,
      );
      expect(verifyClaim(claimOf(2), root, { taskId: 7n, account: me })).to.equal(
        `The node answered with the claim of ${me.slice(0, 10)}… in task 8, not yours in task 7: it is not offered; load a bundle URL from another source.`,
      );
    });
  });

  describe("nodeStatusOf (newcomer finding: 'The node answered.' with the node down and no finalized round)", function () {
    it("with no claim asked, the /healthz probe decides: down is unreachable, never 'answered'", function () {
      expect(nodeStatusOf([], false)).to.deep.equal({ state: "unreachable", text: "The node is unreachable (no answer to /healthz): claims will need a bundle URL." });
      expect(nodeStatusOf([], true)).to.deep.equal({ state: "idle", text: "The node answers; no task has a finalized round yet, so there is nothing to claim." });
      expect(nodeStatusOf([], undefined)).to.deep.equal({ state: "idle", text: "Checking the node…" });
    });
    it("with claims asked, their answers decide", function () {
      expect(nodeStatusOf([{ state: "verified" }, { state: "unreachable" }], true).state).to.equal("unreachable");
      expect(nodeStatusOf([{ state: "invalid" }], undefined).state).to.equal("invalid");
      expect(nodeStatusOf([{ state: "none" }], undefined)).to.deep.equal({ state: "ok", text: "The node answered." });
    });
  });

  describe("recheckBundleClaim (newcomer findings: a bundle-URL row never re-checked; Claim left enabled after claiming)", function () {
    const root: Hex = `0x${"ab".repeat(32)}`;
    const newer: Hex = `0x${"cd".repeat(32)}`;
    it("a newer finalized round (another on-chain root) makes the loaded amount stale, never 0 as if known", function () {
      expect(recheckBundleClaim({ cumulativeAmount: 67n, root }, { taskId: 2n, root: newer, claimed: 67n })).to.deep.equal({
        state: "stale",
        claimable: 0n,
        message: "The loaded bundle's root is no longer task 2's on-chain root (a newer round has finalized): load the latest finalized round's bundle.",
      });
    });
    it("the same root: claimable is cumulative − claimed now, so a claim made leaves nothing to claim", function () {
      expect(recheckBundleClaim({ cumulativeAmount: 67n, root }, { taskId: 2n, root: root.toUpperCase().replace("0X", "0x") as Hex, claimed: 20n })).to.deep.equal({ state: "verified", claimable: 47n, message: "From the bundle URL; verified against the on-chain root." });
      expect(recheckBundleClaim({ cumulativeAmount: 67n, root }, { taskId: 2n, root, claimed: 67n })).to.deep.equal({ state: "none", claimable: 0n, message: "From the bundle URL: nothing left to claim." });
    });
  });
});
