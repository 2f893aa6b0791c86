// Errors raised by the Aerie node's foundation (config, store, indexer, transaction queue).
import { AerieError, type AerieErrorParameters } from "../lib/errors";

/** The node's config file is missing, unreadable or invalid; the message names the field and the fix. */
export class NodeConfigError extends AerieError {
  /** Dotted path of the offending field (`rpc.urls.0`), or `(file)` for a file-level problem. */
  readonly field: string;
  constructor(field: string, shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "NodeConfigError";
    this.field = field;
  }
}

/** An RPC endpoint cannot be reached or serves another chain; the message names the URL and the fix. */
export class RpcUnreachableError extends AerieError {
  /** The endpoint that failed. */
  readonly url: string;
  constructor(url: string, shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "RpcUnreachableError";
    this.url = url;
  }
}

/** The node's database cannot be opened or migrated (e.g. it was written by a newer node). */
export class StoreError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "StoreError";
  }
}

/** A provider returned fewer logs than the chain holds (detected by a cross-check); the window is retried. */
export class TruncatedLogsError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "TruncatedLogsError";
  }
}

/** The index has not reached the block a query needs yet (retry once the indexer has caught up). */
export class IndexBehindError extends AerieError {
  /** Last indexed block and the block the query needs. */
  readonly indexed: bigint;
  readonly needed: bigint;
  constructor(indexed: bigint, needed: bigint) {
    super(`the index is at block ${indexed}, block ${needed} is needed: wait for the indexer to catch up`);
    this.name = "IndexBehindError";
    this.indexed = indexed;
    this.needed = needed;
  }
}

/** A round cannot be computed yet or at all (not started, unknown task, spec mismatch); the message says why. */
export class RoundNotReadyError extends AerieError {
  constructor(shortMessage: string, parameters?: AerieErrorParameters) {
    super(shortMessage, parameters);
    this.name = "RoundNotReadyError";
  }
}
