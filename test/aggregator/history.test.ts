// checkPreviousHistory: a bundle's previous cumulative amounts and previousBundleHash against the chain's history.
import { expect } from "chai";

import { checkPreviousHistory, computeRound, verifyBundle, ZERO_ROOT } from "../../src/aggregator";
import { referenceInputs } from "./fixtures";

describe("checkPreviousHistory", function () {
  async function twoRounds() {
    const inputs = await referenceInputs();
    const first = await computeRound({ ...inputs, previous: null });
    const previous = { bundleHash: first.bundleHash, cumulative: first.claims.map((c) => ({ account: c.account, amount: c.cumulativeAmount })) };
    const second = await computeRound({ ...inputs, round: inputs.round + 1n, previous });
    return { inputs, first, previous, second };
  }

  it("accepts a first round against an empty history, and an honest second round against the first's root and hash", async function () {
    const { first, second } = await twoRounds();
    expect(checkPreviousHistory(first.canonical, { root: ZERO_ROOT, bundleHash: null })).to.deep.equal({ ok: true });
    expect(checkPreviousHistory(second.canonical, { root: first.result.rewardsRoot, bundleHash: first.bundleHash })).to.deep.equal({ ok: true });
  });

  it("refuses a bundle that drops an account's earlier rewards, although it recomputes (verifyBundle passes)", async function () {
    const { inputs, first, previous } = await twoRounds();
    const dropped = previous.cumulative[0]!;
    const forged = await computeRound({ ...inputs, round: inputs.round + 1n, previous: { ...previous, cumulative: previous.cumulative.slice(1) } });
    expect((await verifyBundle(forged.canonical)).ok).to.equal(true);
    const check = checkPreviousHistory(forged.canonical, { root: first.result.rewardsRoot, bundleHash: first.bundleHash });
    expect(check.ok).to.equal(false);
    expect(check.ok === false && check.reason).to.match(new RegExp(`^previousCumulative \\(${previous.cumulative.length - 1} accounts\\) rebuilds root 0x[0-9a-f]{64}, the last finalized root on chain is ${first.result.rewardsRoot}$`));
    expect(dropped.amount > 0n).to.equal(true);
  });

  it("refuses a previousBundleHash other than the last finalized bundle, and a history where none was finalized", async function () {
    const { first, second } = await twoRounds();
    const other = `0x${"ab".repeat(32)}` as const;
    expect(checkPreviousHistory(second.canonical, { root: first.result.rewardsRoot, bundleHash: other })).to.deep.equal({
      ok: false,
      reason: `previousBundleHash is ${first.bundleHash}, the last finalized bundle on chain is ${other}`,
    });
    expect(checkPreviousHistory(second.canonical, { root: ZERO_ROOT, bundleHash: null })).to.deep.equal({
      ok: false,
      reason: `previousBundleHash is ${first.bundleHash}, the last finalized bundle on chain is none (no round finalized)`,
    });
    expect(checkPreviousHistory(first.canonical, { root: first.result.rewardsRoot, bundleHash: first.bundleHash })).to.deep.equal({
      ok: false,
      reason: `previousBundleHash is null, the last finalized bundle on chain is ${first.bundleHash}`,
    });
  });

  it("answers a parse failure in one line instead of throwing", function () {
    expect(checkPreviousHistory("{not json", { root: ZERO_ROOT, bundleHash: null })).to.deep.include({ ok: false });
  });
});
