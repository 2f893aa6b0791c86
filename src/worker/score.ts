// From a model's evaluation (loss, accuracy) to a score in [0, 1_000_000], in integers (docs/WORKER.md, "Scores").
import type { Evaluation } from "./model/softmaxRegression";

/** The largest score (the Scores message's range). */
export const SCORE_MAX = 1_000_000n;
/** Share of the score from accuracy, score units. */
export const ACCURACY_POINTS = 700_000n;
/** Share of the score from the loss, score units. */
export const LOSS_POINTS = 300_000n;

/**
 * The mean loss in micro-nats, the only float → integer step: `round(loss × 10⁶)`, clamped to `[0, 10¹²]`.
 * Two machines whose losses differ by less than 0.5 µnat (float rounding) give the same integer unless the loss
 * sits within that distance of a half-unit; everything after this step is bigint maths.
 */
export function quantiseLoss(loss: number): bigint {
  if (!Number.isFinite(loss) || loss > 1e6) return 1_000_000_000_000n;
  return BigInt(Math.max(0, Math.round(loss * 1e6)));
}

/** The loss of predicting every class with probability 1/K, micro-nats: `round(ln K × 10⁶)`. */
export function uniformLossMicro(classes: number): bigint {
  return BigInt(Math.round(Math.log(classes) * 1e6));
}

/**
 * The score of an evaluation on a K-class held-out set:
 * `floor(700_000 × correct / n) + floor(300_000 × max(0, L₀ − L) / L₀)` where `L = quantiseLoss(loss)` and
 * `L₀ = uniformLossMicro(K)`. A perfect, confident model scores 1_000_000; the all-zero model scores
 * `floor(700_000 / K)` on balanced data (its loss is exactly L₀); a model worse than uniform on loss gets no loss points.
 * An empty data set scores 0.
 */
export function scoreEvaluation(e: Evaluation, classes: number): bigint {
  if (e.n === 0) return 0n;
  const accuracy = (ACCURACY_POINTS * BigInt(e.correct)) / BigInt(e.n);
  const l0 = uniformLossMicro(classes);
  const l = quantiseLoss(e.loss);
  const lossPart = l >= l0 ? 0n : (LOSS_POINTS * (l0 - l)) / l0;
  return accuracy + lossPart;
}
