// The native-keccak EIP-55 checksum equals viem's getAddress (the round's schemas rely on it).
import { expect } from "chai";
import { getAddress, keccak256, toHex } from "viem";

import { checksumAddress } from "../../src/aggregator";
import { checksumIfAddress } from "../../src/aggregator/checksum";

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

  it("checksumIfAddress gives the same checksum in one pass, and undefined for anything but 0x + 40 hex digits", function () {
    for (let i = 0; i < 500; i++) {
      const hex = keccak256(toHex(`address-if-${i}`)).slice(26);
      expect(checksumIfAddress(`0x${i % 2 === 0 ? hex : hex.toUpperCase()}`), `address ${i}`).to.equal(getAddress(`0x${hex}`));
    }
    const good = "1234567890abcdefABCDEF123456789012345678";
    for (const bad of ["", "0x", `0X${good}`, `1x${good}`, `0x${good}0`, `0x${good.slice(1)}`, `0x${good.slice(1)}g`, `0x${good.slice(1)}G`, `0x${good.slice(1)} `, `0x${good.slice(1)}é`, `0x${good.slice(1)}\u0010`]) {
      expect(checksumIfAddress(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});
