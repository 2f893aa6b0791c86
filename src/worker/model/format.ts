// The weights artefact format `AERW` v1 (docs/WORKER.md): a 16-byte header and little-endian binary64 weights.
import { keccak256, type Hex } from "viem";

import { ModelRejectedError } from "../errors";

// ------------------------------------------------------------------ constants

/** The first 4 bytes of every artefact, ASCII `AERW`. */
export const WEIGHTS_MAGIC = 0x41455257;
/** The format version this code writes and reads. */
export const WEIGHTS_VERSION = 1;
/** dtype code of IEEE-754 binary64, little-endian. */
export const DTYPE_FLOAT64_LE = 1;
/** Header length, bytes. */
export const HEADER_BYTES = 16;

// ------------------------------------------------------------------ types

/**
 * A linear model's parameters: `values` holds `(inputs + 1) × outputs` numbers row-major; row `d < inputs` is
 * input d's weights to each output, the last row the biases. The reference softmax regression uses
 * `inputs = features`, `outputs = classes`.
 */
export type Weights = { inputs: number; outputs: number; values: Float64Array };

// ------------------------------------------------------------------ functions

/**
 * Serialises weights: `"AERW"` (4 bytes) ‖ version u16 LE ‖ dtype u16 LE ‖ inputs u32 LE ‖ outputs u32 LE ‖
 * `(inputs + 1) × outputs` binary64 LE. The same weights always give the same bytes (−0 and NaN payloads included).
 */
export function encodeWeights(w: Weights): Uint8Array {
  const count = (w.inputs + 1) * w.outputs;
  if (w.values.length !== count) throw new RangeError(`weights: ${w.values.length} values for shape (${w.inputs} + 1) × ${w.outputs} = ${count}`);
  const bytes = new Uint8Array(HEADER_BYTES + 8 * count);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, WEIGHTS_MAGIC, false);
  view.setUint16(4, WEIGHTS_VERSION, true);
  view.setUint16(6, DTYPE_FLOAT64_LE, true);
  view.setUint32(8, w.inputs, true);
  view.setUint32(12, w.outputs, true);
  for (let i = 0; i < count; i++) view.setFloat64(HEADER_BYTES + 8 * i, w.values[i]!, true);
  return bytes;
}

/**
 * Parses an artefact and checks it is a model of the expected shape with finite weights.
 *
 * @param expected the shape the evaluator's data needs (`inputs` = features, `outputs` = classes).
 * @throws {ModelRejectedError} `bad_format` (magic, version, dtype or length wrong), `wrong_shape`, `non_finite`
 *   (a NaN or ±Infinity weight, naming its index).
 */
export function decodeWeights(bytes: Uint8Array, expected: { inputs: number; outputs: number }): Weights {
  if (bytes.length < HEADER_BYTES) throw new ModelRejectedError("bad_format", `model is ${bytes.length} bytes, shorter than the ${HEADER_BYTES}-byte AERW header`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, false) !== WEIGHTS_MAGIC) throw new ModelRejectedError("bad_format", "model does not start with the AERW magic bytes");
  const version = view.getUint16(4, true);
  const dtype = view.getUint16(6, true);
  if (version !== WEIGHTS_VERSION) throw new ModelRejectedError("bad_format", `model format version ${version}, expected ${WEIGHTS_VERSION}`);
  if (dtype !== DTYPE_FLOAT64_LE) throw new ModelRejectedError("bad_format", `model dtype ${dtype}, expected ${DTYPE_FLOAT64_LE} (float64 LE)`);
  const inputs = view.getUint32(8, true);
  const outputs = view.getUint32(12, true);
  if (inputs !== expected.inputs || outputs !== expected.outputs) {
    throw new ModelRejectedError("wrong_shape", `model shape ${inputs} inputs × ${outputs} outputs, expected ${expected.inputs} × ${expected.outputs}`);
  }
  const count = (inputs + 1) * outputs;
  if (bytes.length !== HEADER_BYTES + 8 * count) {
    throw new ModelRejectedError("bad_format", `model is ${bytes.length} bytes, shape ${inputs} × ${outputs} needs ${HEADER_BYTES + 8 * count}`);
  }
  const values = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const v = view.getFloat64(HEADER_BYTES + 8 * i, true);
    if (!Number.isFinite(v)) throw new ModelRejectedError("non_finite", `model weight ${i} is ${v}: weights must be finite`);
    values[i] = v;
  }
  return { inputs, outputs, values };
}

/** The `modelHash` of an artefact: keccak256 of its bytes. */
export function modelHash(bytes: Uint8Array): Hex {
  return keccak256(bytes);
}
