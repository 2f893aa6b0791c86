// Integer-only fixed-point powers for reward weights (stake^α). Deterministic: bigint maths only, no floats.
import { InvalidInputError } from "../../lib/errors";

// ------------------------------------------------------------------ constants

/** Fractional bits of the Q64 fixed-point values this module returns (`value = real × 2^64`). */
export const FIXED_POINT_BITS = 64n;
/** `1.0` in Q64 fixed point (`2^64`). */
export const FIXED_ONE = 1n << FIXED_POINT_BITS;
/** Denominator of an exponent given in basis points (`α = alphaBps / 10_000`). */
const ALPHA_DENOMINATOR = 10_000n;

/** `2^(2^-i)` in Q64 for i = 1…64 (index 0 holds `2.0`), each the integer square root of the previous one. */
const EXP2_STEPS: readonly bigint[] = (() => {
  const steps: bigint[] = [2n * FIXED_ONE];
  for (let i = 1; i <= Number(FIXED_POINT_BITS); i++) steps.push(isqrt(steps[i - 1]! * FIXED_ONE));
  return steps;
})();

// ------------------------------------------------------------------ functions

/**
 * The integer square root: the largest `r` with `r² ≤ n` (Newton's method on bigints).
 *
 * @throws {InvalidInputError} if `n < 0`.
 */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new InvalidInputError(`isqrt: argument must be >= 0, got ${n}`);
  if (n < 2n) return n;
  let x = 1n << (BigInt(n.toString(2).length + 1) / 2n); // ≥ √n
  for (;;) {
    const y = (x + n / x) / 2n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * `x^α × 2^64`, floored, with `α = alphaBps / 10_000` in `(0, 1]`: the Q64 fixed-point weight of a stake `x` (wei).
 *
 * Method: `x^α = 2^(α · log2 x)`. `log2 x` is computed to 64 fractional bits by the bit-by-bit squaring method,
 * multiplied by α (floored to 64 bits), and `2^f` of its fractional part is the product of the precomputed
 * `2^(2^-i)` for each set bit. Every step truncates (never rounds up), so the result never exceeds the exact value.
 *
 * Precision: each of the ≤ 64 squarings and ≤ 64 products truncates less than `2^-64` relative, and the floor of
 * `α · log2 x` loses less than `2^-64` in the exponent, so the relative error is below `2^-56` (≈ 1.4 × 10^-17)
 * for every `x < 2^256` — far below one wei of any reward share. `alphaBps = 10_000` is exact: `x × 2^64`.
 * `x = 0` gives 0; `x = 1` gives `2^64`.
 *
 * @param x a non-negative integer (a stake in wei).
 * @param alphaBps the exponent in basis points, `1…10_000`.
 * @throws {InvalidInputError} if `x < 0` or `alphaBps` is outside `[1, 10_000]`.
 */
export function powFrac(x: bigint, alphaBps: bigint): bigint {
  if (x < 0n) throw new InvalidInputError(`powFrac: base must be >= 0, got ${x}`);
  if (alphaBps < 1n || alphaBps > ALPHA_DENOMINATOR) {
    throw new InvalidInputError(`powFrac: alphaBps must be in [1, 10000], got ${alphaBps}`);
  }
  if (x === 0n) return 0n;
  if (alphaBps === ALPHA_DENOMINATOR) return x << FIXED_POINT_BITS;
  const exponent = (log2Fixed(x) * alphaBps) / ALPHA_DENOMINATOR; // Q64, ≥ 0
  return exp2Fixed(exponent);
}

/**
 * `log2(x) × 2^64`, floored, for an integer `x ≥ 1` (bit-by-bit method: normalise to `[1, 2)`, square, read a bit).
 *
 * @throws {InvalidInputError} if `x < 1`.
 */
export function log2Fixed(x: bigint): bigint {
  if (x < 1n) throw new InvalidInputError(`log2Fixed: argument must be >= 1, got ${x}`);
  const n = BigInt(x.toString(2).length - 1); // floor(log2 x)
  // y = x / 2^n in Q64, in [1, 2)
  let y = n >= FIXED_POINT_BITS ? x >> (n - FIXED_POINT_BITS) : x << (FIXED_POINT_BITS - n);
  let result = n << FIXED_POINT_BITS;
  for (let bit = FIXED_POINT_BITS - 1n; bit >= 0n; bit--) {
    y = (y * y) >> FIXED_POINT_BITS;
    if (y >= 2n * FIXED_ONE) {
      y >>= 1n;
      result |= 1n << bit;
    }
  }
  return result;
}

/** `2^(e / 2^64) × 2^64`, floored, for a Q64 exponent `e ≥ 0`. */
export function exp2Fixed(e: bigint): bigint {
  if (e < 0n) throw new InvalidInputError(`exp2Fixed: exponent must be >= 0, got ${e}`);
  const whole = e >> FIXED_POINT_BITS;
  let result = FIXED_ONE;
  for (let i = 1; i <= Number(FIXED_POINT_BITS); i++) {
    if ((e >> (FIXED_POINT_BITS - BigInt(i))) & 1n) result = (result * EXP2_STEPS[i]!) >> FIXED_POINT_BITS;
  }
  return result << whole;
}
