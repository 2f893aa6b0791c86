import { expect } from "chai";
import hre from "hardhat";

import { aerieErrorsAbi } from "../../src/sdk/abis";

/** Names of the custom errors in an artifact's ABI. */
async function errorNames(name: string): Promise<string[]> {
  const { abi } = await hre.artifacts.readArtifact(name);
  return (abi as { type: string; name?: string }[]).filter((item) => item.type === "error").map((item) => item.name!);
}

describe("custom errors: every revert decodes", function () {
  it("puts the errors a library or the SettlementHook base raises into the consumer contract's ABI", async function () {
    const settlement = await errorNames("RoundSettlement");
    expect(settlement).to.include.members(await errorNames("SignatureQuorum"));
    expect(settlement).to.not.include.members(["RoundSettlementNotCommitteeMember", "RoundSettlementInvalidCommittee"]);
    const vault = await errorNames("StakingVault");
    expect(vault).to.include.members(["CommissionScheduleUnchanged", ...(await errorNames("ISettlementHook"))]);
    for (const name of ["TaskRegistry", "RewardDistributor"]) {
      expect(await errorNames(name)).to.include.members(await errorNames("ISettlementHook"));
    }
  });

  it("merges every Aerie error of the four contracts into the decoder's ABI", async function () {
    const merged: string[] = aerieErrorsAbi.map((item) => item.name);
    const aerie = /^(StakingVault|TaskRegistry|RoundSettlement|RewardDistributor|SettlementHook|SignatureQuorum|CommissionSchedule|TokenTransfer)/;
    for (const name of ["StakingVault", "TaskRegistry", "RoundSettlement", "RewardDistributor"]) {
      const own = (await errorNames(name)).filter((error) => aerie.test(error));
      expect(own.length, name).to.be.greaterThan(3);
      expect(merged, name).to.include.members(own);
    }
  });
});
