// Errors of the reference worker (src/worker): config, model artefacts, and the worker loop.
import { AerieError, type AerieErrorParameters } from "../lib/errors";

/** A worker config file is missing, not JSON, or has a bad field. `field` names it; the message says the fix. */
export class WorkerConfigError extends AerieError {
  constructor(
    readonly field: string,
    shortMessage: string,
    parameters?: AerieErrorParameters,
  ) {
    super(shortMessage, parameters);
    this.name = "WorkerConfigError";
  }
}

/**
 * Why a model artefact scores 0 (docs/WORKER.md, "Bad input"): it could not be fetched (`unreachable`, `timeout`,
 * `http_status`, `too_large`), its bytes do not hash to the submitted `modelHash` (`hash_mismatch`), or they are not a
 * model the evaluator accepts (`bad_format`, `wrong_shape`, `non_finite`); an FL update also if it reports no or too
 * many samples (`bad_samples`).
 */
export type ModelRejectionReason = "unreachable" | "timeout" | "http_status" | "too_large" | "bad_uri" | "hash_mismatch" | "bad_format" | "wrong_shape" | "non_finite" | "bad_samples";

/** A model artefact was refused; `reason` is the stable code, the message one line with the detail. */
export class ModelRejectedError extends AerieError {
  constructor(
    readonly reason: ModelRejectionReason,
    shortMessage: string,
    parameters?: AerieErrorParameters,
  ) {
    super(shortMessage, parameters);
    this.name = "ModelRejectedError";
  }
}

/**
 * A model plug-in refused its `model.options` (raised through `PluginContext.refuse`): `field` is the option's name
 * inside `model.options`, the message what it expects.
 */
export class PluginOptionsError extends AerieError {
  constructor(
    readonly field: string,
    shortMessage: string,
    parameters?: AerieErrorParameters,
  ) {
    super(shortMessage, parameters);
    this.name = "PluginOptionsError";
  }
}

/**
 * A file under the worker's `dataDir` is corrupt (an artefact whose bytes do not hash to its name, a trainer state
 * that is not the expected JSON, a last model that does not match its recorded hash). `path` names the file; the
 * message says the fix. Such a file is never served or trained from.
 */
export class WorkerStoreError extends AerieError {
  constructor(
    readonly path: string,
    shortMessage: string,
    parameters?: AerieErrorParameters,
  ) {
    super(shortMessage, parameters);
    this.name = "WorkerStoreError";
  }
}
