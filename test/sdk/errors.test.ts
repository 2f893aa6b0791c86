import { expect } from "chai";
import { BaseError, encodeErrorResult } from "viem";
import { aerieErrorsAbi, AerieError, ContractRevertError, decodeRevert, PreconditionError, REVERT_HINTS } from "../../src/sdk";

describe("sdk: decodeRevert", function () {
  it("every hint names a real Aerie, token or OpenZeppelin error", function () {
    const names = new Set<string>(aerieErrorsAbi.map((e) => e.name));
    expect(Object.keys(REVERT_HINTS).filter((n) => !names.has(n))).to.deep.equal([]);
  });

  it("decodes revert data found anywhere in the cause chain, with arguments and a hint", function () {
    const data = encodeErrorResult({ abi: aerieErrorsAbi, errorName: "StakingVaultRequestLocked", args: [7n, 1_000n, 900n] });
    const nested = new Error("outer", { cause: new Error("middle", { cause: { data } }) });
    const e = decodeRevert(nested, "withdraw");
    expect(e).to.be.instanceOf(ContractRevertError);
    if (!(e instanceof ContractRevertError)) throw e;
    expect([e.errorName, e.args]).to.deep.equal(["StakingVaultRequestLocked", [7n, 1_000n, 900n]]);
    expect(e.message).to.equal("withdraw reverted: StakingVaultRequestLocked(7, 1000, 900): unstake request 7 unlocks at 1000 (chain time 900): wait, then withdraw again");
    expect(e.cause).to.equal(nested);
  });

  it("keeps a one-line message for errors without a hint, unknown selectors and non-revert failures", function () {
    const noHint = decodeRevert({ data: encodeErrorResult({ abi: aerieErrorsAbi, errorName: "RewardDistributorEmptyBatch" }) }, "claimMany");
    expect(noHint.message).to.equal("claimMany reverted: RewardDistributorEmptyBatch(): see the error's documentation in the contract interfaces");
    const unknown = decodeRevert(new BaseError("execution reverted", { cause: { data: "0xdeadbeef" } as never }), "stake");
    expect(unknown).to.be.instanceOf(ContractRevertError);
    expect(unknown.message).to.equal("stake failed: execution reverted");
    expect(decodeRevert(new Error("socket hang up\nmore"), "stake").message).to.equal("stake failed: socket hang up");
    const own = new PreconditionError("already an AerieError");
    expect(decodeRevert(own)).to.equal(own);
    expect(own).to.be.instanceOf(AerieError);
  });
});
