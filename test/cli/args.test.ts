// The CLI's value parsers: what they accept, and the one-line UsageError for what they refuse.
import { expect } from "chai";

import { address, tokens } from "../../src/cli/args";
import { UsageError } from "../../src/lib/errors";
import { decodeRevert } from "../../src/sdk/errors";
import { encodeErrorResult } from "viem";
import { aerieErrorsAbi } from "../../src/sdk/abis";

function refusal(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    expect(e).to.be.instanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error("expected a UsageError");
}

describe("cli: argument parsers", function () {
  describe("tokens", function () {
    it("turns whole tokens with up to 18 decimals into wei", function () {
      expect(tokens("12.5", "--amount")).to.equal(12_500_000_000_000_000_000n);
      expect(tokens("0.000000000000000001", "--amount")).to.equal(1n);
    });
    it("refuses 0 before anything reaches the chain", function () {
      expect(refusal(() => tokens("0", "--amount")).shortMessage).to.equal("--amount: the amount must be more than 0 tokens, got '0'");
      expect(refusal(() => tokens("0.000", "--amount")).shortMessage).to.equal("--amount: the amount must be more than 0 tokens, got '0.000'");
    });
    it("refuses text, signs, exponents and a 19th decimal", function () {
      for (const bad of ["abc", "-5", "1e3", "1.0000000000000000001", ""]) {
        expect(refusal(() => tokens(bad, "--amount")).shortMessage).to.match(/^--amount: expected an amount of tokens like 100 or 12\.5/);
      }
    });
  });

  describe("address", function () {
    const checksummed = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
    it("takes a valid checksum, all-lowercase or all-uppercase hex, and returns the checksummed form", function () {
      expect(address(checksummed, "--to")).to.equal(checksummed);
      expect(address(checksummed.toLowerCase(), "--to")).to.equal(checksummed);
      expect(address("0x" + checksummed.slice(2).toUpperCase(), "--to")).to.equal(checksummed);
    });
    it("refuses mixed case that is not the EIP-55 checksum (a likely typo), so no tokens go to it", function () {
      const typo = "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dC";
      expect(refusal(() => address(typo, "--operator")).shortMessage).to.equal(
        `--operator: '${typo}' has an invalid EIP-55 checksum (a typo?): copy the address again, or pass it in lowercase`,
      );
    });
    it("refuses what is not 20 bytes of hex", function () {
      expect(refusal(() => address("1", "--to")).shortMessage).to.equal("--to: expected a 0x-address (0x + 40 hex digits), got '1'");
    });
  });

  describe("revert hint for RoundSettlementOutOfOrder", function () {
    const hint = (round: bigint, next: bigint) =>
      decodeRevert(new Error("reverted", { cause: { data: encodeErrorResult({ abi: aerieErrorsAbi, errorName: "RoundSettlementOutOfOrder", args: [1n, round, next] }) } })).shortMessage;
    it("says a round behind the next one is already settled, not to settle an earlier round", function () {
      expect(hint(0n, 1n)).to.contain("round 0 of task 1 is already settled (round 1 is next): nothing to do for it");
    });
    it("says to settle the earlier rounds for a round ahead of the next one", function () {
      expect(hint(2n, 1n)).to.contain("task 1 settles round 1 next, not 2: settle the earlier rounds first");
    });
  });
});
