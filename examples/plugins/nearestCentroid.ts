// An example model plug-in for `aerie worker` (docs/WORKER.md "Plugging in your own model"): a nearest-centroid
// classifier with its own artefact format, "ANCC" v1. Config: "model": { "plugin": "<path to this file>",
// "options": { "temperature": 1 } }. Type-only imports from Aerie: at run time it needs nothing but the context.
import type { FederatedModelPlugin, PluginContext, PluginFactory } from "../../src/worker/plugin";
import type { Dataset } from "../../src/worker/data/synthetic";

const MAGIC = 0x414e4343; // "ANCC"
const HEADER = 12; // magic u32 BE, D u32 LE, K u32 LE

/**
 * The factory: a model of K class centroids in D dimensions and the number of samples behind each. Training merges
 * the shard's class means into the start model's centroids (weighted by their counts), so a trainer continues from
 * its previous model. Prediction is the nearest centroid; probabilities are `softmax(−‖x − c_k‖² / temperature)`.
 *
 * @param ctx `ctx.options.temperature`: a positive number (default 1).
 */
export const createPlugin: PluginFactory = (ctx: PluginContext): FederatedModelPlugin => {
  const { features: D, classes: K } = ctx;
  const unknown = Object.keys(ctx.options).find((k) => k !== "temperature");
  if (unknown !== undefined) throw ctx.refuse(unknown, "unknown option: remove it (this plug-in takes only temperature)");
  const temperature = ctx.options.temperature ?? 1;
  if (typeof temperature !== "number" || !(temperature > 0) || !Number.isFinite(temperature)) throw ctx.refuse("temperature", `expected a positive number such as 1, got ${JSON.stringify(temperature)}`);
  const count = K * D + K; // centroids (row-major by class), then counts

  const encode = (v: Float64Array): Uint8Array => {
    const bytes = new Uint8Array(HEADER + 8 * count);
    const dv = new DataView(bytes.buffer);
    dv.setUint32(0, MAGIC, false);
    dv.setUint32(4, D, true);
    dv.setUint32(8, K, true);
    for (let i = 0; i < count; i++) dv.setFloat64(HEADER + 8 * i, v[i]!, true);
    return bytes;
  };
  const decode = (bytes: Uint8Array): Float64Array => {
    if (bytes.length < HEADER) throw ctx.reject("bad_format", `an ANCC model has a ${HEADER}-byte header, got ${bytes.length} bytes`);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (dv.getUint32(0, false) !== MAGIC) throw ctx.reject("bad_format", "the bytes do not start with the ANCC magic");
    if (dv.getUint32(4, true) !== D || dv.getUint32(8, true) !== K) throw ctx.reject("wrong_shape", `an ANCC model of ${dv.getUint32(4, true)}×${dv.getUint32(8, true)}, the task's is ${D}×${K}`);
    if (bytes.length !== HEADER + 8 * count) throw ctx.reject("bad_format", `an ANCC ${D}×${K} model is ${HEADER + 8 * count} bytes, got ${bytes.length}`);
    const v = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const x = dv.getFloat64(HEADER + 8 * i, true);
      if (!Number.isFinite(x)) throw ctx.reject("non_finite", `parameter ${i} is ${x}`);
      v[i] = x;
    }
    return v;
  };
  const logits = (v: Float64Array, data: Dataset, i: number, out: Float64Array) => {
    for (let k = 0; k < K; k++) {
      let d2 = 0;
      for (let d = 0; d < D; d++) d2 += (data.x[i * D + d]! - v[k * D + d]!) ** 2;
      out[k] = -d2 / temperature;
    }
  };
  // a tiny deterministic generator for `random` (xorshift32 seeded by the stream's characters)
  const random = (stream: string): Uint8Array => {
    let s = 2166136261;
    for (const c of `${ctx.seed}/${stream}`) s = Math.imul(s ^ c.charCodeAt(0), 16777619) >>> 0;
    const v = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      s >>>= 0;
      v[i] = i < K * D ? (s / 0x1_0000_0000) * 8 - 4 : 1;
    }
    return encode(v);
  };

  return {
    id: "nearest-centroid",
    initial: () => encode(new Float64Array(count)),
    random,
    train: ({ start, shard }) => {
      const v = start === null ? new Float64Array(count) : decode(start);
      const sums = new Float64Array(K * D);
      const n = new Float64Array(K);
      for (let i = 0; i < shard.n; i++) {
        const y = shard.y[i]!;
        n[y]!++;
        for (let d = 0; d < D; d++) sums[y * D + d]! += shard.x[i * D + d]!;
      }
      for (let k = 0; k < K; k++) {
        const before = v[K * D + k]!;
        const total = before + n[k]!;
        if (total === 0) continue;
        for (let d = 0; d < D; d++) v[k * D + d] = (v[k * D + d]! * before + sums[k * D + d]!) / total;
        v[K * D + k] = total;
      }
      return encode(v);
    },
    evaluate: (bytes, data) => {
      const v = decode(bytes);
      const z = new Float64Array(K);
      let correct = 0;
      let loss = 0;
      for (let i = 0; i < data.n; i++) {
        logits(v, data, i, z);
        let best = 0;
        for (let k = 1; k < K; k++) if (z[k]! > z[best]!) best = k;
        let sum = 0;
        for (let k = 0; k < K; k++) sum += Math.exp(z[k]! - z[best]!);
        loss += z[best]! + Math.log(sum) - z[data.y[i]!]!;
        if (best === data.y[i]) correct++;
      }
      const e = { n: data.n, correct, loss: data.n === 0 ? 0 : loss / data.n };
      return { ...e, score: ctx.score(e, K) };
    },
    toParameters: decode,
    fromParameters: encode,
  };
};
