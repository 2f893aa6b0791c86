import { expect } from "chai";
import { keccak256, toBytes } from "viem";

import { canonicalHash, canonicalJson, CanonicalJsonError, hashCanonical, toJsonValue } from "../../src/aggregator";
import { CANONICAL_CHUNK_CHARS, writeCanonicalJson } from "../../src/lib/canonical";

/** A seeded random JSON-ish value (bigints, unicode and escapes in strings and keys, numbers of every form). */
function randomValue(next: () => number, depth: number): unknown {
  const pick = next() % (depth <= 0 ? 5 : 7);
  const strings = ["", "a", "é", "\u2028", "\"q\"", "\\", "\n\t", "😀", "\ud800", "z".repeat(70), "0x" + "ab".repeat(20)];
  switch (pick) {
    case 0:
      return strings[next() % strings.length]! + String(next() % 1000);
    case 1:
      return [0, -0, 1, -1.5, 1e21, 1e-7, 123456789.125, 2 ** 53, 5e-324, -1e300][next() % 10];
    case 2:
      return BigInt(next()) * BigInt(next()) * (next() % 2 === 0 ? 1n : -1n);
    case 3:
      return [true, false, null][next() % 3];
    case 4:
      return strings[next() % strings.length]!;
    case 5:
      return Array.from({ length: next() % 6 }, () => randomValue(next, depth - 1));
    default: {
      const out: Record<string, unknown> = {};
      for (let i = next() % 6; i > 0; i--) out[strings[next() % strings.length]! + String(next() % 30)] = randomValue(next, depth - 1);
      return out;
    }
  }
}

describe("canonical JSON", function () {
  describe("toJsonValue", function () {
    it("turns bigints into decimal strings, deeply", function () {
      expect(toJsonValue({ a: 10n ** 21n, b: [1n, { c: -5n }], d: "x", e: true, f: null, g: 1 })).to.deep.equal({
        a: "1000000000000000000000",
        b: ["1", { c: "-5" }],
        d: "x",
        e: true,
        f: null,
        g: 1,
      });
    });

    it("rejects undefined, NaN, Infinity, functions and non-plain objects, naming the path", function () {
      expect(() => toJsonValue({ a: { b: undefined } })).to.throw(CanonicalJsonError, "canonical JSON: a.b: undefined is not allowed");
      expect(() => toJsonValue([1, NaN])).to.throw(CanonicalJsonError, "[1]: NaN");
      expect(() => toJsonValue({ x: Infinity })).to.throw(CanonicalJsonError, "x: Infinity");
      expect(() => toJsonValue({ f: () => 1 })).to.throw(CanonicalJsonError, "a function");
      expect(() => toJsonValue({ m: new Map() })).to.throw(CanonicalJsonError, "only plain objects");
    });
  });

  describe("canonicalJson", function () {
    it("sorts keys and drops whitespace (RFC 8785)", function () {
      expect(canonicalJson({ b: 1, a: { d: [3, 2], c: "é" }, "10": 0 })).to.equal('{"10":0,"a":{"c":"é","d":[3,2]},"b":1}');
    });

    it("formats numbers as ECMAScript does", function () {
      expect(canonicalJson([1.0, 1e21, 0.5, -0])).to.equal("[1,1e+21,0.5,0]");
    });

    it("gives the same text for the same value built in another key order", function () {
      expect(canonicalJson({ x: 1n, y: [{ p: 1, q: 2 }] })).to.equal(canonicalJson({ y: [{ q: 2, p: 1 }], x: "1" }));
    });

    it("throws CanonicalJsonError on undefined at the root", function () {
      expect(() => canonicalJson(undefined)).to.throw(CanonicalJsonError);
    });
  });

  describe("canonicalHash", function () {
    it("is keccak256 of the UTF-8 bytes of the canonical text", function () {
      expect(canonicalHash({ b: 2n, a: "é" })).to.equal(keccak256(toBytes('{"a":"é","b":"2"}')));
    });
  });

  describe("writeCanonicalJson and hashCanonical (the streamed form)", function () {
    it("give exactly canonicalJson's text and canonicalHash's hash on 2,000 random values", function () {
      let x = 0x2545f491;
      const next = (): number => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return x >>> 0;
      };
      for (let i = 0; i < 2_000; i++) {
        const value = randomValue(next, 4);
        const chunks: string[] = [];
        writeCanonicalJson(value, (c) => chunks.push(c));
        const text = canonicalJson(value);
        expect(chunks.join(""), `value ${i}`).to.equal(text);
        const streamed = hashCanonical(value);
        expect(streamed, `value ${i}`).to.deep.equal({ hash: canonicalHash(value), bytes: Buffer.byteLength(text, "utf8") });
      }
    });

    it("cuts a large value into chunks of about CANONICAL_CHUNK_CHARS whose concatenation is the canonical text", function () {
      const value = { accounts: Array.from({ length: 5_000 }, (_, i) => ({ account: `0x${i.toString(16).padStart(40, "0")}`, amount: BigInt(i) * 10n ** 18n })) };
      const chunks: string[] = [];
      const written: string[] = [];
      const { hash } = hashCanonical(value, (c) => written.push(c));
      writeCanonicalJson(value, (c) => chunks.push(c));
      expect(chunks.length).to.be.greaterThan(3);
      for (const c of chunks.slice(0, -1)) expect(c.length).to.be.within(CANONICAL_CHUNK_CHARS, CANONICAL_CHUNK_CHARS + 100);
      expect(written).to.deep.equal(chunks);
      expect(chunks.join("")).to.equal(canonicalJson(value));
      expect(hash).to.equal(canonicalHash(value));
    });

    it("throws the CanonicalJsonError toJsonValue throws", function () {
      expect(() => writeCanonicalJson({ a: [1, undefined] }, () => {})).to.throw(CanonicalJsonError, "canonical JSON: a[1]: undefined is not allowed");
      expect(() => writeCanonicalJson({ a: new Map() }, () => {})).to.throw(CanonicalJsonError, "canonical JSON: a: only plain objects are allowed");
      expect(() => hashCanonical(NaN)).to.throw(CanonicalJsonError, "canonical JSON: (root): NaN is not allowed");
    });
  });
});
