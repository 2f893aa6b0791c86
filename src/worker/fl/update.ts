// FL Alliance model updates as content-addressed artefacts: the AERU v1 envelope (reported samples + model bytes).
import type { Hex } from "viem";

import { ModelRejectedError } from "../errors";
import { modelHash } from "../model/format";

// ------------------------------------------------------------------ constants

/** The first 4 bytes of every update artefact, ASCII `AERU`. */
export const UPDATE_MAGIC = 0x41455255;
/** The envelope version this code writes and reads. */
export const UPDATE_VERSION = 1;
/** Envelope header length, bytes. */
export const UPDATE_HEADER_BYTES = 16;
/** The largest sample count an update may report (2^53 − 1: exact as a JS number and as a u64). */
export const MAX_REPORTED_SAMPLES = BigInt(Number.MAX_SAFE_INTEGER);

// ------------------------------------------------------------------ types

/** A decoded update: the samples its proposer reports having trained on, and the model artefact it trained. */
export type ModelUpdateArtefact = {
  /** Training samples the proposer reports (FedAvg's weight), in `[1, 2^53 − 1]`. */
  samples: bigint;
  /** The proposer's locally trained model, in the plug-in's artefact format (AERW v1 for the reference model). */
  model: Uint8Array;
};

// ------------------------------------------------------------------ functions

/**
 * Serialises an update: `"AERU"` (4 bytes) ‖ version u16 LE = 1 ‖ reserved u16 LE = 0 ‖ samples u64 LE ‖ the model
 * artefact bytes. The signed `ModelUpdate` carries no sample count, so it lives here, under `updateHash`.
 *
 * @throws {RangeError} if `samples` is outside `[1, 2^53 − 1]`.
 */
export function encodeUpdate(u: ModelUpdateArtefact): Uint8Array {
  if (u.samples < 1n || u.samples > MAX_REPORTED_SAMPLES) throw new RangeError(`update: samples must be in [1, ${MAX_REPORTED_SAMPLES}], got ${u.samples}`);
  const bytes = new Uint8Array(UPDATE_HEADER_BYTES + u.model.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, UPDATE_MAGIC, false);
  view.setUint16(4, UPDATE_VERSION, true);
  view.setUint16(6, 0, true);
  view.setBigUint64(8, u.samples, true);
  bytes.set(u.model, UPDATE_HEADER_BYTES);
  return bytes;
}

/**
 * Parses an update envelope (the model bytes inside are checked by the plug-in's codec).
 *
 * @throws {ModelRejectedError} `bad_format` (short, magic, version, reserved field) or `bad_samples` (0 or above 2^53 − 1).
 */
export function decodeUpdate(bytes: Uint8Array): ModelUpdateArtefact {
  if (bytes.length < UPDATE_HEADER_BYTES) throw new ModelRejectedError("bad_format", `update is ${bytes.length} bytes, shorter than the ${UPDATE_HEADER_BYTES}-byte AERU header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, false) !== UPDATE_MAGIC) throw new ModelRejectedError("bad_format", "update does not start with the AERU magic bytes");
  const version = view.getUint16(4, true);
  if (version !== UPDATE_VERSION) throw new ModelRejectedError("bad_format", `update envelope version ${version}, expected ${UPDATE_VERSION}`);
  if (view.getUint16(6, true) !== 0) throw new ModelRejectedError("bad_format", "update envelope's reserved field is not 0");
  const samples = view.getBigUint64(8, true);
  if (samples < 1n || samples > MAX_REPORTED_SAMPLES) throw new ModelRejectedError("bad_samples", `update reports ${samples} samples, expected 1 to ${MAX_REPORTED_SAMPLES}`);
  return { samples, model: bytes.slice(UPDATE_HEADER_BYTES) };
}

/** The `updateHash` of an update artefact: keccak256 of its bytes (as `modelHash`). */
export function updateHash(bytes: Uint8Array): Hex {
  return modelHash(bytes);
}
