// Error classes of the Aerie TypeScript code (docs/CONVENTIONS.md §11: one base with a short message, details and cause).

// ------------------------------------------------------------------ base

/** Options every {@link AerieError} accepts. */
export type AerieErrorParameters = {
  /** Extra, possibly multi-line, information (values, hints). Not part of `message`. */
  details?: string | undefined;
  /** The error that caused this one, if any. */
  cause?: unknown;
};

/**
 * Base class of every error thrown by Aerie code (modelled on viem's `BaseError`).
 *
 * `message` equals `shortMessage`: ONE line a person can act on (docs/CONVENTIONS.md §14). Longer context goes to
 * `details`; the underlying error, if any, to `cause`.
 */
export class AerieError extends Error {
  /**
   * A stable, machine-readable name of the failure, printed as `error.code` in JSON output: the class name in
   * `SCREAMING_SNAKE` without the `Error` suffix (`AddressBookError` → `ADDRESS_BOOK`, `AerieError` → `AERIE`).
   * Every subclass gets one by setting `name`; scripts and services may branch on it (messages may change, codes not).
   */
  get code(): string {
    return this.name
      .replace(/Error$/, "")
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .toUpperCase();
  }
  /** The one-line description, also the `message`. */
  readonly shortMessage: string;
  /** Extra information (may span lines); `undefined` if none. */
  readonly details?: string;
  /** The error that caused this one; `undefined` if none. */
  override readonly cause?: unknown;

  /**
   * @param shortMessage one line, without a trailing period.
   * @param parameters optional `details` and `cause`.
   */
  constructor(shortMessage: string, parameters: AerieErrorParameters = {}) {
    super(shortMessage);
    this.name = "AerieError";
    this.shortMessage = shortMessage;
    if (parameters.details !== undefined) this.details = parameters.details;
    if (parameters.cause !== undefined) this.cause = parameters.cause;
  }
}

// ------------------------------------------------------------------ subclasses

/** A value cannot be turned into canonical JSON (undefined, NaN, Infinity, a function, a Map…). */
export class CanonicalJsonError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "CanonicalJsonError";
  }
}

/** A task-spec JSON file does not match the `aerie-task/1` schema. The message names the first bad field. */
export class InvalidTaskSpecError extends AerieError {
  /** The dotted path of the offending field (`""` for the document itself). */
  readonly path: string;
  constructor(shortMessage: string, path: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "InvalidTaskSpecError";
    this.path = path;
  }
}

/** `specHash` given to the aggregator is not the canonical hash of the given spec. */
export class SpecHashMismatchError extends AerieError {
  readonly expected: string;
  readonly actual: string;
  constructor(expected: string, actual: string) {
    super(`spec hash mismatch: the task's specHash is ${expected} but the spec hashes to ${actual}`, {
      details: "Pass the exact task-spec JSON whose canonical keccak256 hash the task was created with.",
    });
    this.name = "SpecHashMismatchError";
    this.expected = expected;
    this.actual = actual;
  }
}

/** A signed message (Submission, Scores) or a signature is malformed. */
export class InvalidMessageError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "InvalidMessageError";
  }
}

/** Inputs handed to a pure aggregator function break its preconditions (duplicates, negative values…). */
export class InvalidInputError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "InvalidInputError";
  }
}

/** A round bundle JSON does not have the `aerie-round-bundle/1` shape. */
export class InvalidBundleError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "InvalidBundleError";
  }
}

/** A round bundle differs from the bundle recomputed from its own inputs. */
export class BundleMismatchError extends AerieError {
  /** Dotted path of the first differing value. */
  readonly path: string;
  /**
   * @param path dotted path of the first differing value (`""` for the whole bundle).
   * @param detail what differs, e.g. `bundle has "5", recomputed "4"`.
   */
  constructor(path: string, detail: string, parameters?: AerieErrorParameters) {
    super(`bundle mismatch at ${path === "" ? "(root)" : path}: ${detail}`, parameters);
    this.name = "BundleMismatchError";
    this.path = path;
  }
}

/** A command-line argument or option is missing or malformed; the message names it and the expected form. */
export class UsageError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "UsageError";
  }
}

/** A file Aerie reads or writes (inbox, bundle store, JSON input) is missing, unreadable or malformed. */
export class InvalidFileError extends AerieError {
  /** The file's path. */
  readonly path: string;
  constructor(shortMessage: string, path: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "InvalidFileError";
    this.path = path;
  }
}

/** The chosen network is unknown, unreachable, or not the chain the caller expects (wrong chain id). */
export class NetworkError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "NetworkError";
  }
}
