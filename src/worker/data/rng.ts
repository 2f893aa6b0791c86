// A seeded pseudo-random stream for the synthetic data set: xoshiro128** seeded from keccak256(seed/stream).
import { keccak256, toBytes } from "viem";

/**
 * A deterministic stream of pseudo-random numbers (xoshiro128**, Blackman & Vigna), seeded with the first 16 bytes
 * of `keccak256("<seed>/<stream>")`. The same `(seed, stream)` gives the same numbers on every machine: only 32-bit
 * integer operations are used, and {@link Rng.uniform} divides an integer by 2^32 (exact in binary64).
 */
export class Rng {
  readonly #s: Uint32Array;

  /**
   * @param seed the data set's seed (any string, e.g. `"aerie-demo-1"`).
   * @param stream a name for this stream (e.g. `"trainer/0"`), so shards and held-out sets never share samples.
   */
  constructor(seed: string, stream: string) {
    const h = toBytes(keccak256(toBytes(`${seed}/${stream}`)));
    const view = new DataView(h.buffer, h.byteOffset, h.byteLength);
    this.#s = new Uint32Array([view.getUint32(0, true), view.getUint32(4, true), view.getUint32(8, true), view.getUint32(12, true)]);
    if (this.#s.every((x) => x === 0)) this.#s[0] = 1; // the all-zero state is a fixed point
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const s = this.#s;
    const result = Math.imul(_rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = _rotl(s[3]!, 11);
    return result;
  }

  /** A uniform number in [0, 1): `nextUint32() / 2^32`. */
  uniform(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A uniform integer in [0, n) (n ≤ 2^32; the tiny modulo bias is irrelevant for synthetic data). */
  int(n: number): number {
    return this.nextUint32() % n;
  }

  /** A standard normal number (Box–Muller on two uniforms; `1 − u` keeps the logarithm's argument in (0, 1]). */
  normal(): number {
    const u = 1 - this.uniform();
    const v = this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

function _rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
