// The native-keccak EIP-55 checksum equals viem's getAddress (the round's schemas rely on it).
import { expect } from "chai";
import { getAddress, keccak256, toHex } from "viem";

import { checksumAddress } from "../../src/aggregator";

describe("checksumAddress", function () {
  it("equals viem's getAddress on 2,000 random addresses in lower, upper and mixed case", function () {
    for (let i = 0; i < 2_000; i++) {
      const hex = keccak256(toHex(`address-${i}`)).slice(26);
      const expected = getAddress(`0x${hex}`);
      expect(checksumAddress(`0x${hex}`), `address ${i}`).to.equal(expected);
      expect(checksumAddress(`0x${hex.toUpperCase()}`)).to.equal(expected);
      expect(checksumAddress(expected)).to.equal(expected);
    }
  });

  it("keeps the all-digit and zero addresses", function () {
    expect(checksumAddress("0x0000000000000000000000000000000000000000")).to.equal(getAddress("0x0000000000000000000000000000000000000000"));
    expect(checksumAddress("0x1234567890123456789012345678901234567890")).to.equal(getAddress("0x1234567890123456789012345678901234567890"));
  });
});
