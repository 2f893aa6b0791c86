// The WebAssembly keccak256 (src/aggregator/keccakWasm.ts) equals the `keccak` package's native one and viem's, on
// every one-block message length and on 64-byte pairs.
import { expect } from "chai";
import createKeccak from "keccak";
import { bytesToHex, keccak256 } from "viem";

import { KECCAK_BLOCK_BYTES, KECCAK_SCRATCH, keccakMachine, padBlock } from "../../src/aggregator/keccakWasm";
import { rng as prng } from "./fixtures";

// ------------------------------------------------------------------ helpers

function randomBytes(rand: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(rand() * 256));
}

const native = (...parts: Uint8Array[]): string => {
  const hash = createKeccak("keccak256");
  for (const part of parts) hash.update(Buffer.from(part));
  return `0x${hash.digest("hex")}`;
};

// ------------------------------------------------------------------ tests

describe("WebAssembly keccak256 (keccakWasm)", function () {
  const machine = keccakMachine(4096);
  const BLOCK = KECCAK_SCRATCH;
  const OUT = 1024;
  const digest = (): string => bytesToHex(machine.bytes.slice(OUT, OUT + 32));

  describe("block", function () {
    it("equals the native keccak and viem on every message length from 0 to 135 bytes, 8 random messages each", function () {
      const rand = prng(0x6b656363);
      for (let length = 0; length < KECCAK_BLOCK_BYTES; length++) {
        for (let k = 0; k < 8; k++) {
          const message = randomBytes(rand, length);
          machine.bytes.set(message, BLOCK);
          padBlock(machine.bytes, BLOCK, length);
          machine.block(BLOCK, OUT);
          expect(digest(), `length ${length}, message ${k}`).to.equal(native(message));
          expect(digest()).to.equal(keccak256(message));
        }
      }
    });

    it("hashes the empty message to keccak256's known digest", function () {
      padBlock(machine.bytes, BLOCK, 0);
      machine.block(BLOCK, OUT);
      expect(digest()).to.equal("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    });
  });

  describe("pair", function () {
    it("equals keccak256(a ‖ b) on 500 random pairs, wherever the words lie", function () {
      const rand = prng(0x70616972);
      for (let k = 0; k < 500; k++) {
        const a = randomBytes(rand, 32);
        const b = randomBytes(rand, 32);
        const at = 2048 + 8 * Math.floor(rand() * 60);
        const bt = 3000 - 8 * Math.floor(rand() * 50);
        machine.bytes.set(a, at);
        machine.bytes.set(b, bt);
        machine.pair(at, bt, OUT);
        expect(digest(), `pair ${k}`).to.equal(native(a, b));
      }
    });
  });
});
