// The reference worker's classification data set, generated from a seed: Gaussian class blobs, per-trainer shards
// (of chosen size and label noise) and per-validator held-out sets, all from disjoint pseudo-random streams.
import { z } from "zod";

import { Rng } from "./rng";

// ------------------------------------------------------------------ types

/** The data set's definition (what every worker of a task must agree on; it is part of the worker config). */
export const DatasetSpecSchema = z.strictObject({
  /** Seed of every stream (class means, shards, held-out sets). */
  seed: z.string().min(1),
  /** Number of classes K (2..64). */
  classes: z.number().int().min(2).max(64).default(4),
  /** Number of features D (1..1024). */
  features: z.number().int().min(1).max(1024).default(8),
  /** Standard deviation of the class means around 0 (the noise around a mean has deviation 1): higher is easier. */
  separation: z.number().positive().max(100).default(1),
});

/** A parsed {@link DatasetSpecSchema}. */
export type DatasetSpec = z.output<typeof DatasetSpecSchema>;

/**
 * Labelled samples: `x` holds `n × features` numbers row-major (sample i's feature d at `x[i * features + d]`),
 * `y[i]` the label of sample i in `[0, classes)`.
 */
export type Dataset = { n: number; features: number; classes: number; x: Float64Array; y: Uint16Array };

/** How a trainer's shard is drawn: `size` samples, and a fraction `labelNoise` of them relabelled at random. */
export type ShardOptions = { size: number; labelNoise?: number };

// ------------------------------------------------------------------ generation

/**
 * The class means: K vectors of D numbers, drawn from N(0, separation²) on stream `"means"`.
 * @returns `K × D` numbers row-major.
 */
export function classMeans(spec: DatasetSpec): Float64Array {
  const rng = new Rng(spec.seed, "means");
  const means = new Float64Array(spec.classes * spec.features);
  for (let i = 0; i < means.length; i++) means[i] = rng.normal() * spec.separation;
  return means;
}

/**
 * `count` samples from stream `stream`: label uniform in [0, K), features `mean[label] + N(0, 1)`; then with
 * probability `labelNoise` the label is replaced by a uniform label (the features keep the true class).
 */
export function sample(spec: DatasetSpec, stream: string, count: number, labelNoise = 0): Dataset {
  const means = classMeans(spec);
  const rng = new Rng(spec.seed, stream);
  const { classes: K, features: D } = spec;
  const x = new Float64Array(count * D);
  const y = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const label = rng.int(K);
    for (let d = 0; d < D; d++) x[i * D + d] = means[label * D + d]! + rng.normal();
    const noisy = rng.uniform() < labelNoise;
    const other = rng.int(K); // drawn always, so the stream does not depend on labelNoise's outcome
    y[i] = noisy ? other : label;
  }
  return { n: count, features: D, classes: K, x, y };
}

/** Trainer `index`'s shard (stream `"trainer/<index>"`): shards of different trainers never share samples. */
export function trainerShard(spec: DatasetSpec, index: number, options: ShardOptions): Dataset {
  return sample(spec, `trainer/${index}`, options.size, options.labelNoise ?? 0);
}

/** Validator `index`'s held-out set (stream `"validator/<index>"`, clean labels). */
export function heldOutSet(spec: DatasetSpec, index: number, size: number): Dataset {
  return sample(spec, `validator/${index}`, size, 0);
}

/** The reference test set (stream `"reference"`, clean labels): what the demo measures "true" accuracy on. */
export function referenceSet(spec: DatasetSpec, size: number): Dataset {
  return sample(spec, "reference", size, 0);
}
