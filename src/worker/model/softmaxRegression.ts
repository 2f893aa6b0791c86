// The reference model: multinomial logistic (softmax) regression, trained by full-batch gradient descent on
// ml-matrix, evaluated with fixed-order loops so the loss and accuracy are reproducible.
import { Matrix } from "ml-matrix";

import type { Dataset } from "../data/synthetic";
import type { Weights } from "./format";
import { Rng } from "../data/rng";

/** Hyper-parameters of {@link trainSoftmax}. */
export type SoftmaxTrainOptions = {
  /** Full-batch gradient steps (default 30). */
  epochs?: number;
  /** Step size (default 0.5). */
  learningRate?: number;
  /** L2 penalty on the weights, not the biases (default 1e-3). */
  l2?: number;
};

/** Loss and accuracy of a model on a data set: `correct` of `n` samples; `loss` the mean cross-entropy, nats. */
export type Evaluation = { n: number; correct: number; loss: number };

/** All-zero weights of shape `features × classes` (every class equally likely). */
export function zeroWeights(features: number, classes: number): Weights {
  return { inputs: features, outputs: classes, values: new Float64Array((features + 1) * classes) };
}

/** Uniform random weights in [−scale, scale) from `(seed, stream)` (the "random weights" trainer). */
export function randomWeights(features: number, classes: number, seed: string, stream: string, scale = 1): Weights {
  const rng = new Rng(seed, stream);
  const w = zeroWeights(features, classes);
  for (let i = 0; i < w.values.length; i++) w.values[i] = (rng.uniform() * 2 - 1) * scale;
  return w;
}

/**
 * Trains from `start` on `data`: `epochs` steps of `W ← W − lr·(Xᵀ(P − Y)/n + l2·W)`, `b ← b − lr·Σ(P − Y)/n`,
 * where `P = softmax(XW + b)` row-wise and `Y` the one-hot labels. Pure: the same start, data and options give the
 * same weights, bit for bit (binary64 arithmetic in a fixed order; `Math.exp` is V8's fdlibm port).
 *
 * @returns new weights (`start` is not modified).
 */
export function trainSoftmax(start: Weights, data: Dataset, options: SoftmaxTrainOptions = {}): Weights {
  const { features: D, classes: K, n } = data;
  if (start.inputs !== D || start.outputs !== K) throw new RangeError(`start weights are ${start.inputs} × ${start.outputs}, the data ${D} × ${K}`);
  const epochs = options.epochs ?? 30;
  const lr = options.learningRate ?? 0.5;
  const l2 = options.l2 ?? 1e-3;
  const X = new Matrix(n, D);
  const Y = new Matrix(n, K);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < D; d++) X.set(i, d, data.x[i * D + d]!);
    Y.set(i, data.y[i]!, 1);
  }
  const Xt = X.transpose();
  let W = new Matrix(D, K);
  const b = new Array<number>(K).fill(0);
  for (let d = 0; d < D; d++) for (let k = 0; k < K; k++) W.set(d, k, start.values[d * K + k]!);
  for (let k = 0; k < K; k++) b[k] = start.values[D * K + k]!;
  for (let e = 0; e < epochs && n > 0; e++) {
    const Z = X.mmul(W).addRowVector(b);
    _softmaxRows(Z);
    const E = Z.sub(Y); // P − Y
    const G = Xt.mmul(E).div(n).add(W.clone().mul(l2));
    W = W.sub(G.mul(lr));
    const gb = E.sum("column");
    for (let k = 0; k < K; k++) b[k] = b[k]! - (lr * gb[k]!) / n;
  }
  const out = zeroWeights(D, K);
  for (let d = 0; d < D; d++) for (let k = 0; k < K; k++) out.values[d * K + k] = W.get(d, k);
  for (let k = 0; k < K; k++) out.values[D * K + k] = b[k]!;
  return out;
}

/**
 * Loss and accuracy of `w` on `data`. Logits `z = x·W + b` are summed in index order; the predicted class is the
 * first maximum of `z` (ties go to the lower class); the loss is `logsumexp(z) − z[y]`, averaged over samples.
 * `correct` is exact; `loss` is reproducible on any machine running the same Node.js major (see docs/WORKER.md).
 */
export function evaluateSoftmax(w: Weights, data: Dataset): Evaluation {
  const { features: D, classes: K, n } = data;
  if (w.inputs !== D || w.outputs !== K) throw new RangeError(`weights are ${w.inputs} × ${w.outputs}, the data ${D} × ${K}`);
  const z = new Float64Array(K);
  let correct = 0;
  let lossSum = 0;
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < K; k++) {
      let s = w.values[D * K + k]!;
      for (let d = 0; d < D; d++) s += data.x[i * D + d]! * w.values[d * K + k]!;
      z[k] = s;
    }
    let best = 0;
    for (let k = 1; k < K; k++) if (z[k]! > z[best]!) best = k;
    if (best === data.y[i]) correct++;
    const m = z[best]!;
    let sum = 0;
    for (let k = 0; k < K; k++) sum += Math.exp(z[k]! - m);
    lossSum += m + Math.log(sum) - z[data.y[i]!]!;
  }
  return { n, correct, loss: n === 0 ? 0 : lossSum / n };
}

function _softmaxRows(Z: Matrix): void {
  for (let i = 0; i < Z.rows; i++) {
    let m = -Infinity;
    for (let k = 0; k < Z.columns; k++) m = Math.max(m, Z.get(i, k));
    let sum = 0;
    for (let k = 0; k < Z.columns; k++) {
      const e = Math.exp(Z.get(i, k) - m);
      Z.set(i, k, e);
      sum += e;
    }
    for (let k = 0; k < Z.columns; k++) Z.set(i, k, Z.get(i, k) / sum);
  }
}
