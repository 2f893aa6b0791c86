import { expect } from "chai";
import hre from "hardhat";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { runDemo } from "../../src/demo/run";
import { runFlDemo } from "../../src/demo/runFl";

/** `npm run demo -- --policy …` for the v2 (commit–reveal) and FL Alliance policies, in process. */
describe("e2e: the demo under aerie-consensus-v2 and flock-fl-alliance-v1", function () {
  this.timeout(900_000);

  it("flock-fl-alliance-v1: 3 rounds, accepted, accepted with a dissenter slashed, rejected with its proposers slashed", async function () {
    const outDir = mkdtempSync(join(tmpdir(), "aerie-demo-fl-"));
    const s = await runFlDemo(hre, { outDir, bookPath: join(outDir, "book.json"), log: () => {} });
    expect(s.rounds.map((r) => r.outcome)).to.deep.equal(["accepted", "accepted", "rejected"]);
    expect(s.rounds[0]!.slashes).to.deep.equal([]);
    expect(s.rounds[1]!.slashes.map((x) => x.bps)).to.deep.equal(["500"]);
    // round 2: every proposer with an update and the one voter who approved
    expect(s.rounds[2]!.slashes.map((x) => x.name).sort()).to.deep.equal([...s.rounds[2]!.proposers, s.rounds[2]!.voters[0]!.name].sort());
    expect(s.totals.claimed).to.equal(s.totals.rewarded);
    expect(BigInt(s.totals.slashed)).to.be.greaterThan(0n);
  });

  it("aerie-consensus-v2: commit–reveal rounds settle and the books balance", async function () {
    const outDir = mkdtempSync(join(tmpdir(), "aerie-demo-v2-"));
    const s = await runDemo(hre, { outDir, bookPath: join(outDir, "book.json"), log: () => {}, policy: "aerie-consensus-v2" });
    expect(s.rounds).to.have.length(3);
    expect(s.totals.claimed).to.equal(s.totals.rewarded);
    expect(BigInt(s.totals.slashed)).to.be.greaterThan(0n);
  });
});
