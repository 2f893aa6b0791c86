import { expect } from "chai";
import { keccak256, toBytes } from "viem";

import { canonicalHash, canonicalJson, CanonicalJsonError, toJsonValue } from "../../src/aggregator";

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
});
