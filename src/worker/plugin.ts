// The trainer and evaluator plug-in interfaces of the worker (docs/WORKER.md), and the reference model behind them.
import type { Dataset, DatasetSpec } from "./data/synthetic";
import { decodeWeights, encodeWeights, type Weights } from "./model/format";
import { evaluateSoftmax, randomWeights, trainSoftmax, zeroWeights, type Evaluation, type SoftmaxTrainOptions } from "./model/softmaxRegression";
import { scoreEvaluation } from "./score";

// ------------------------------------------------------------------ interfaces

/** What a trainer plug-in is given each round. */
export type TrainInput = {
  /** The round (0-based). */
  round: bigint;
  /**
   * The bytes to start from: this trainer's previous model (AI Arena), the round's global model (FL Alliance), or
   * `null` for the plug-in's initial model.
   */
  start: Uint8Array | null;
  /** This trainer's shard. */
  shard: Dataset;
};

/**
 * A trainer: turns a start model and a shard into the artefact bytes the worker hashes, serves and submits.
 * Must be deterministic: the same `start`, `shard` and plug-in options give the same bytes (the worker's tests
 * check this for the reference model). May be async (a model trained in another process or on a GPU).
 */
export interface TrainerPlugin {
  /** A name for logs and bench output, e.g. `"softmax-regression"`. */
  readonly id: string;
  /** The artefact of `input.start` trained on `input.shard`. */
  train(input: TrainInput): Promise<Uint8Array> | Uint8Array;
  /** The initial model (what a trainer starts from in round 0, and what a "stale" trainer submits then). */
  initial(): Uint8Array;
  /**
   * A model with random parameters in the plug-in's own format, determined by `stream` (what the dishonest `random`
   * trainer submits; the worker passes `random/<operator>/<round>`). Must be a valid artefact (it scores low, not 0).
   */
  random(stream: string): Uint8Array;
}

/**
 * An evaluator: scores artefact bytes (already checked against their `modelHash`) on a held-out set.
 * `evaluate` throws {@link import("./errors").ModelRejectedError} (`bad_format`, `wrong_shape`, `non_finite`) for
 * bytes it cannot read as a model; the worker then scores the model 0 and records the reason. Must be pure:
 * the same bytes and data give the same score on any machine.
 */
export interface EvaluatorPlugin {
  readonly id: string;
  /** Loss, accuracy and the score in `[0, 1_000_000]` of `bytes` on `data`. */
  evaluate(bytes: Uint8Array, data: Dataset): Promise<ScoredEvaluation> | ScoredEvaluation;
}

/** An {@link Evaluation} with its score (integer in `[0, 1_000_000]`, docs/WORKER.md "Scores"). */
export type ScoredEvaluation = Evaluation & { score: bigint };

/**
 * FL Alliance's hook: a model's artefact as a flat vector of float64 parameters, so the worker can average updates
 * (FedAvg, `src/worker/fl/fedavg.ts`) and poison them (the `scale` / `signFlip` proposer) without knowing the model.
 * `fromParameters(toParameters(b))` must give back `b` for every artefact `b` the plug-in writes.
 */
export interface ParameterCodec {
  /**
   * The parameters of `bytes`, in a fixed order.
   * @throws {import("./errors").ModelRejectedError} (`bad_format`, `wrong_shape`, `non_finite`) as {@link EvaluatorPlugin.evaluate}.
   */
  toParameters(bytes: Uint8Array): Float64Array;
  /** The artefact of `values` (the same length as {@link ParameterCodec.toParameters} returns). */
  fromParameters(values: Float64Array): Uint8Array;
}

/** A model that can do both (the reference model does). */
export type ModelPlugin = TrainerPlugin & EvaluatorPlugin;

/**
 * What an FL Alliance worker needs: a proposer trains (`train`, from the round's global model) and its update is
 * averaged and poisoned through the codec; a voter evaluates the aggregate and the previous global model (`evaluate`).
 */
export type FederatedModelPlugin = ModelPlugin & ParameterCodec;

// ------------------------------------------------------------------ factories (`model.plugin` in the config)

/**
 * What a plug-in factory is given: the task's data set shape, the config's `model.options` (free-form: the factory
 * validates it), and the worker's helpers, so a plug-in needs no runtime import from Aerie.
 */
export type PluginContext = {
  /** Features per sample (D) and classes (K) of the task's data set, and its seed (for deterministic init). */
  features: number;
  classes: number;
  seed: string;
  /** The worker's role: an `fl` worker needs the {@link ParameterCodec} methods too. */
  role: "trainer" | "validator" | "fl";
  /** The config's `model.options` object as written (default `{}`). */
  options: Record<string, unknown>;
  /**
   * The error to throw for a bad option: `throw refuse("hidden", "expected an integer in [1, 1024], e.g. 16")`. The
   * worker prints `worker config <file>: model.options.hidden: expected …` and exits 1.
   */
  refuse(field: string, message: string): Error;
  /** The error `evaluate` / `toParameters` throw for bytes that are not one of the plug-in's models (scored 0). */
  reject(reason: "bad_format" | "wrong_shape" | "non_finite", message: string): Error;
  /** The worker's score of an evaluation on `classes` classes (docs/WORKER.md "Scores"). */
  score(evaluation: Evaluation, classes: number): bigint;
};

/**
 * A module's plug-in factory: its `createPlugin` export (or `default`). May be async. Returns a {@link ModelPlugin}
 * (AI Arena) or a {@link FederatedModelPlugin} (FL Alliance).
 * @throws the error of `context.refuse(field, message)` for a bad option.
 */
export type PluginFactory = (context: PluginContext) => ModelPlugin | FederatedModelPlugin | Promise<ModelPlugin | FederatedModelPlugin>;

// ------------------------------------------------------------------ the reference model

/**
 * The reference model: softmax regression on `spec`'s features and classes, artefacts in the AERW v1 format.
 *
 * The FL codec's parameters are the AERW weights in their stored order (row-major weights, then the biases).
 *
 * @param options gradient-descent hyper-parameters of each round's training.
 */
export function softmaxRegressionPlugin(spec: Pick<DatasetSpec, "features" | "classes" | "seed">, options: SoftmaxTrainOptions = {}): FederatedModelPlugin {
  const shape = { inputs: spec.features, outputs: spec.classes };
  return {
    id: "softmax-regression",
    initial: () => encodeWeights(zeroWeights(spec.features, spec.classes)),
    random: (stream) => encodeWeights(randomWeights(spec.features, spec.classes, spec.seed, stream)),
    train: ({ start, shard }) => {
      const from: Weights = start === null ? zeroWeights(spec.features, spec.classes) : decodeWeights(start, shape);
      return encodeWeights(trainSoftmax(from, shard, options));
    },
    evaluate: (bytes, data) => {
      const e = evaluateSoftmax(decodeWeights(bytes, shape), data);
      return { ...e, score: scoreEvaluation(e, spec.classes) };
    },
    toParameters: (bytes) => decodeWeights(bytes, shape).values,
    fromParameters: (values) => encodeWeights({ ...shape, values }),
  };
}
