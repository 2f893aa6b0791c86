// The intake's digests equal viem's hashTypedData on random messages (the fast path must not drift).
import { expect } from "chai";
import { getAddress, hashTypedData, keccak256, toHex, type Hex } from "viem";

import { aerieDomain, SCORES_TYPES, SUBMISSION_TYPES, type Scores, type Submission } from "../../src/lib/eip712";
import { MessageDigester } from "../../src/node/intake/digest";
import { checksumAddress, IntakeAddressSchema } from "../../src/node/intake/address";
import { keccak256Bytes, keccakImplementation } from "../../src/node/intake/keccak";

describe("node intake digests (MessageDigester)", function () {
  let seed = 0;
  const rand = (label: string) => keccak256(toHex(`${label}-${seed++}`));
  const uint = () => {
    const h = rand("u");
    const bytes = Number.parseInt(h.slice(2, 4), 16) % 33; // 0..32 bytes: small, large and 2^256 - 1 region values
    return bytes === 0 ? 0n : BigInt(`0x${h.slice(2, 2 + bytes * 2) || "0"}`);
  };
  const address = () => getAddress(`0x${rand("a").slice(26)}`);
  const domains = [aerieDomain(31337, address()), aerieDomain(8453, address()), aerieDomain(1, "0x0000000000000000000000000000000000000000")];

  it("Submission: equal on 200 random messages (incl. empty and unicode URIs, max uint256)", function () {
    for (let i = 0; i < 200; i++) {
      const domain = domains[i % domains.length]!;
      const m: Submission = {
        taskId: i === 0 ? (1n << 256n) - 1n : uint(),
        round: uint(),
        trainer: address(),
        modelHash: rand("h") as Hex,
        modelURI: ["", "ipfs://x", "é漢🙂".repeat(i % 7), rand("s").repeat(i % 5)][i % 4]!,
      };
      expect(new MessageDigester(domain).submission(m), `message ${i}`).to.equal(hashTypedData({ domain, types: SUBMISSION_TYPES, primaryType: "Submission", message: m }));
    }
  });

  it("Scores: equal on 200 random messages (0 to 40 trainers)", function () {
    for (let i = 0; i < 200; i++) {
      const domain = domains[i % domains.length]!;
      const n = i % 41;
      const m: Scores = {
        taskId: uint(),
        round: uint(),
        validator: address(),
        trainers: Array.from({ length: n }, address),
        scores: Array.from({ length: n }, uint),
      };
      expect(new MessageDigester(domain).scores(m), `message ${i}`).to.equal(hashTypedData({ domain, types: SCORES_TYPES, primaryType: "Scores", message: m }));
    }
  });

  it("keccak256Bytes (the native binding here) equals viem's keccak256 on 0 to 300 bytes, incl. subarray views", function () {
    expect(keccakImplementation).to.equal("native");
    for (let n = 0; n <= 300; n += 7) {
      const whole = new Uint8Array(n + 9).map((_, i) => (i * 31 + n) & 0xff);
      const view = whole.subarray(4, 4 + n); // an offset view: the binding must hash only the view's bytes
      expect(toHex(keccak256Bytes(view)), `${n} bytes`).to.equal(keccak256(view));
    }
  });

  it("checksumAddress equals viem's getAddress on 300 random addresses given in lower, upper and checksum case", function () {
    for (let i = 0; i < 300; i++) {
      const lower = `0x${rand("c").slice(26)}`;
      const expected = getAddress(lower);
      for (const given of [lower, `0x${lower.slice(2).toUpperCase()}`, expected]) expect(checksumAddress(given), given).to.equal(expected);
    }
    expect(checksumAddress("0x0000000000000000000000000000000000000000")).to.equal("0x0000000000000000000000000000000000000000");
  });

  it("IntakeAddressSchema refuses what the aggregator's AddressSchema refuses, with its error text", function () {
    for (const bad of ["0x123", `0x${"g".repeat(40)}`, `${"a".repeat(42)}`, 7]) {
      const parsed = IntakeAddressSchema.safeParse(bad);
      expect(parsed.success, String(bad)).to.equal(false);
      expect(parsed.error!.issues[0]!.message).to.equal("an address (0x + 40 hex digits)");
    }
  });
});
