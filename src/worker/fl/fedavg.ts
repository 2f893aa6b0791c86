// FL Alliance's pure core: FedAvg in fixed point, the voter's rule, and the poisoned proposer's update.
import { MAX_VOTE } from "../../aggregator/policy/flockFlAllianceV1";
import type { ProposerBehaviour } from "../behaviour";

// ------------------------------------------------------------------ constants

/** FedAvg's fixed-point scale: parameters are averaged as integers of `2^-FEDAVG_FRACTION_BITS`. */
export const FEDAVG_FRACTION_BITS = 32;
const SCALE = 2 ** FEDAVG_FRACTION_BITS;
/** The largest |parameter| FedAvg accepts (2^52 / 2^32 = 2^20): beyond it `p × 2^32` could lose integer exactness. */
export const FEDAVG_MAX_ABS = 2 ** 20;
/** The voter's default tolerance, score units: an aggregate at most this much worse than the previous global model votes 0 (accept). */
export const DEFAULT_VOTE_TOLERANCE = 2_000n;

// ------------------------------------------------------------------ types

/** One accepted update's parameters (a flat float64 vector, see `ParameterCodec`) and the samples it reports. */
export type WeightedParameters = { samples: bigint; values: Float64Array };

// ------------------------------------------------------------------ FedAvg

/**
 * FedAvg weighted by reported samples, exact and independent of order and machine:
 *
 * 1. each parameter `p` becomes the integer `q = Math.round(p × 2^32)` (multiplying by a power of two is exact in
 *    binary64; `Math.round` rounds half towards +∞);
 * 2. per index, `S = Σ samplesᵢ × qᵢ` and `N = Σ samplesᵢ` in bigint (exact; order does not matter);
 * 3. `avg = sign(S) × floor((2|S| + N) / 2N)`: `S / N` rounded to nearest, ties away from zero;
 * 4. the parameter is `Number(avg) / 2^32` (`Number` of a bigint rounds to nearest-even; dividing by 2^32 is exact).
 *
 * The same updates give the same bytes in any order, on any machine. Resolution 2^-32 ≈ 2.3e-10.
 *
 * @throws {RangeError} for no updates, vectors of different lengths, a sample count below 1, or a parameter that is
 *   not finite or above {@link FEDAVG_MAX_ABS} in magnitude (callers refuse such updates before, with a reason).
 */
export function fedAvg(updates: readonly WeightedParameters[]): Float64Array {
  if (updates.length === 0) throw new RangeError("fedAvg: no updates to average");
  const length = updates[0]!.values.length;
  let total = 0n;
  for (const [i, u] of updates.entries()) {
    if (u.values.length !== length) throw new RangeError(`fedAvg: update ${i} has ${u.values.length} parameters, update 0 has ${length}`);
    if (u.samples < 1n) throw new RangeError(`fedAvg: update ${i} reports ${u.samples} samples, expected at least 1`);
    total += u.samples;
  }
  const out = new Float64Array(length);
  for (let k = 0; k < length; k++) {
    let sum = 0n;
    for (const [i, u] of updates.entries()) {
      const p = u.values[k]!;
      if (!Number.isFinite(p) || Math.abs(p) > FEDAVG_MAX_ABS) throw new RangeError(`fedAvg: update ${i} parameter ${k} is ${p}, expected a finite number of magnitude at most ${FEDAVG_MAX_ABS}`);
      sum += u.samples * BigInt(Math.round(p * SCALE));
    }
    const negative = sum < 0n;
    const magnitude = ((negative ? -sum : sum) * 2n + total) / (2n * total);
    out[k] = Number(negative ? -magnitude : magnitude) / SCALE;
  }
  return out;
}

// ------------------------------------------------------------------ the voter's rule

/**
 * A voter's vote on the round's aggregate from the scores (in `[0, 1_000_000]`, docs/WORKER.md "Scores") of the
 * aggregate and of the previous global model on its held-out set: `Δ = aggregate − previous`;
 * `vote = Δ ≥ −tolerance ? max(Δ, 0) : Δ`, clamped to `[−1_000_000, 1_000_000]`. So an improvement votes its size,
 * a change within the evaluation's noise votes 0 (which the policy counts as accepting), and a worse model votes
 * how much worse it is.
 *
 * @param tolerance score units, ≥ 0 (default {@link DEFAULT_VOTE_TOLERANCE}).
 */
export function voteFromScores(aggregate: bigint, previous: bigint, tolerance: bigint = DEFAULT_VOTE_TOLERANCE): bigint {
  if (tolerance < 0n) throw new RangeError(`voteFromScores: tolerance must be >= 0, got ${tolerance}`);
  const delta = aggregate - previous;
  const vote = delta >= -tolerance ? (delta > 0n ? delta : 0n) : delta;
  return vote > MAX_VOTE ? MAX_VOTE : vote < -MAX_VOTE ? -MAX_VOTE : vote;
}

// ------------------------------------------------------------------ poison

/**
 * What a proposer sends instead of its trained parameters: `honest` sends `local`; `scale` sends
 * `global + factor × (local − global)`; `signFlip` sends `global − (local − global)`. Element-wise in binary64, in
 * index order (one subtraction, one multiplication, one addition per element), so it is reproducible.
 *
 * @param global the round's global model's parameters (what the proposer started from).
 * @param local the parameters after local training.
 */
export function poisonParameters(behaviour: ProposerBehaviour, global: Float64Array, local: Float64Array): Float64Array {
  if (global.length !== local.length) throw new RangeError(`poisonParameters: ${global.length} global and ${local.length} local parameters`);
  if (behaviour.kind === "honest") return local.slice();
  const factor = behaviour.kind === "signFlip" ? -1 : behaviour.factor;
  const out = new Float64Array(local.length);
  for (let k = 0; k < local.length; k++) out[k] = global[k]! + factor * (local[k]! - global[k]!);
  return out;
}
