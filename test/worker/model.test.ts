// The reference worker's pure core: seeded data, reproducible training, the AERW format and the score mapping.
import { expect } from "chai";
import { keccak256 } from "viem";

import { DatasetSpecSchema, heldOutSet, referenceSet, sample, trainerShard } from "../../src/worker/data/synthetic";
import { Rng } from "../../src/worker/data/rng";
import { ModelRejectedError } from "../../src/worker/errors";
import { decodeWeights, encodeWeights, HEADER_BYTES, modelHash } from "../../src/worker/model/format";
import { evaluateSoftmax, randomWeights, trainSoftmax, zeroWeights } from "../../src/worker/model/softmaxRegression";
import { softmaxRegressionPlugin } from "../../src/worker/plugin";
import { quantiseLoss, scoreEvaluation, uniformLossMicro } from "../../src/worker/score";

const SPEC = DatasetSpecSchema.parse({ seed: "test-seed", classes: 4, features: 8, separation: 0.8 });
const SHAPE = { inputs: 8, outputs: 4 };

describe("worker: data set", () => {
  it("the same seed and stream give the same numbers; another stream others", () => {
    const a = new Rng("s", "x");
    const b = new Rng("s", "x");
    const c = new Rng("s", "y");
    const va = [a.nextUint32(), a.nextUint32(), a.nextUint32()];
    expect([b.nextUint32(), b.nextUint32(), b.nextUint32()]).to.deep.equal(va);
    expect(c.nextUint32()).to.not.equal(va[0]);
  });

  it("shards are reproducible, of the asked size, and differ between trainers", () => {
    const s0 = trainerShard(SPEC, 0, { size: 200 });
    const again = trainerShard(SPEC, 0, { size: 200 });
    const s1 = trainerShard(SPEC, 1, { size: 200 });
    expect(s0.n).to.equal(200);
    expect(s0.x.length).to.equal(200 * 8);
    expect(Buffer.from(s0.x.buffer).equals(Buffer.from(again.x.buffer))).to.equal(true);
    expect(Array.from(s0.y)).to.deep.equal(Array.from(again.y));
    expect(Buffer.from(s0.x.buffer).equals(Buffer.from(s1.x.buffer))).to.equal(false);
    expect(Buffer.from(heldOutSet(SPEC, 0, 50).x.buffer).equals(Buffer.from(referenceSet(SPEC, 50).x.buffer))).to.equal(false);
  });

  it("label noise relabels about the asked fraction and leaves the features as they are", () => {
    const clean = sample(SPEC, "noise-test", 2000, 0);
    const noisy = sample(SPEC, "noise-test", 2000, 0.4);
    expect(Buffer.from(clean.x.buffer).equals(Buffer.from(noisy.x.buffer))).to.equal(true);
    const changed = Array.from(clean.y).filter((y, i) => y !== noisy.y[i]).length;
    // a noisy label is uniform over K = 4 classes, so 3/4 of the 40 % differ: about 600 of 2000
    expect(changed).to.be.within(500, 700);
  });
});

describe("worker: training is reproducible", () => {
  const shard = trainerShard(SPEC, 0, { size: 300 });
  const plugin = softmaxRegressionPlugin(SPEC, { epochs: 20 });

  it("the same shard and start weights give the same weights bytes and modelHash", async () => {
    const a = await plugin.train({ round: 0n, start: null, shard });
    const b = await plugin.train({ round: 0n, start: null, shard });
    expect(Buffer.from(a).equals(Buffer.from(b))).to.equal(true);
    expect(modelHash(a)).to.equal(modelHash(b));
    const a2 = await plugin.train({ round: 1n, start: a, shard });
    const b2 = await plugin.train({ round: 1n, start: b, shard });
    expect(modelHash(a2)).to.equal(modelHash(b2));
    expect(modelHash(a2)).to.not.equal(modelHash(a));
  });

  it("gives the pinned modelHash and score (the same bytes on any machine running Node 20)", async () => {
    const bytes = await plugin.train({ round: 0n, start: null, shard });
    expect(modelHash(bytes)).to.equal("0x1ba4847b8c6ac170af668dbaea728a0d14802ddd208d30ccd1357d12160e40cb");
    const e = await plugin.evaluate(bytes, heldOutSet(SPEC, 0, 500));
    expect({ n: e.n, correct: e.correct, score: e.score }).to.deep.equal({ n: 500, correct: 382, score: 704_646n });
  });

  it("another shard or other start weights give another model", async () => {
    const a = await plugin.train({ round: 0n, start: null, shard });
    const other = await plugin.train({ round: 0n, start: null, shard: trainerShard(SPEC, 1, { size: 300 }) });
    const fromRandom = await plugin.train({ round: 0n, start: encodeWeights(randomWeights(8, 4, "r", "s")), shard });
    expect(modelHash(other)).to.not.equal(modelHash(a));
    expect(modelHash(fromRandom)).to.not.equal(modelHash(a));
  });

  it("training beats the initial model, and a clean large shard beats a small noisy one", () => {
    const test = heldOutSet(SPEC, 0, 1000);
    const zero = evaluateSoftmax(zeroWeights(8, 4), test);
    const good = evaluateSoftmax(trainSoftmax(zeroWeights(8, 4), trainerShard(SPEC, 0, { size: 800 })), test);
    const bad = evaluateSoftmax(trainSoftmax(zeroWeights(8, 4), trainerShard(SPEC, 2, { size: 25, labelNoise: 0.5 })), test);
    expect(good.correct).to.be.greaterThan(bad.correct);
    expect(bad.correct).to.be.greaterThan(zero.correct);
    expect(good.loss).to.be.lessThan(zero.loss);
  });
});

describe("worker: AERW artefacts", () => {
  it("encodes the header and little-endian float64 values, and decodes them back", () => {
    const w = zeroWeights(8, 4);
    w.values[0] = 1.5;
    w.values[w.values.length - 1] = -2;
    const bytes = encodeWeights(w);
    expect(bytes.length).to.equal(HEADER_BYTES + 8 * 9 * 4);
    expect(Buffer.from(bytes.subarray(0, 16)).toString("hex")).to.equal("41455257" + "0100" + "0100" + "08000000" + "04000000");
    expect(Buffer.from(bytes.subarray(16, 24)).toString("hex")).to.equal("000000000000f83f"); // 1.5 LE
    expect(Array.from(decodeWeights(bytes, SHAPE).values)).to.deep.equal(Array.from(w.values));
    expect(modelHash(bytes)).to.equal(keccak256(bytes));
  });

  const rejected = (bytes: Uint8Array) => {
    try {
      decodeWeights(bytes, SHAPE);
    } catch (e) {
      expect(e).to.be.instanceOf(ModelRejectedError);
      return (e as ModelRejectedError).reason;
    }
    throw new Error("decodeWeights accepted the bytes");
  };

  it("refuses a wrong shape, NaN or infinite weights, a bad magic and a truncated file, each with its reason", () => {
    expect(rejected(encodeWeights(zeroWeights(8, 3)))).to.equal("wrong_shape");
    const nan = zeroWeights(8, 4);
    nan.values[5] = Number.NaN;
    expect(rejected(encodeWeights(nan))).to.equal("non_finite");
    const inf = zeroWeights(8, 4);
    inf.values[0] = Number.POSITIVE_INFINITY;
    expect(rejected(encodeWeights(inf))).to.equal("non_finite");
    const bad = encodeWeights(zeroWeights(8, 4));
    bad[0] = 0;
    expect(rejected(bad)).to.equal("bad_format");
    expect(rejected(encodeWeights(zeroWeights(8, 4)).subarray(0, 100))).to.equal("bad_format");
    expect(rejected(new Uint8Array(3))).to.equal("bad_format");
  });
});

describe("worker: scores", () => {
  it("maps accuracy and loss to integers exactly as documented", () => {
    expect(uniformLossMicro(4)).to.equal(1_386_294n);
    expect(quantiseLoss(0.5)).to.equal(500_000n);
    expect(quantiseLoss(Number.NaN)).to.equal(1_000_000_000_000n);
    // perfect and confident
    expect(scoreEvaluation({ n: 10, correct: 10, loss: 0 }, 4)).to.equal(1_000_000n);
    // uniform loss: accuracy points only
    expect(scoreEvaluation({ n: 400, correct: 100, loss: Math.log(4) }, 4)).to.equal(175_000n);
    // 0.8 accuracy, loss 0.5: floor(700000·0.8) + floor(300000·(1386294 − 500000)/1386294)
    expect(scoreEvaluation({ n: 1000, correct: 800, loss: 0.5 }, 4)).to.equal(560_000n + (300_000n * 886_294n) / 1_386_294n);
    // worse than uniform on loss: no loss points; no data: 0
    expect(scoreEvaluation({ n: 4, correct: 1, loss: 5 }, 4)).to.equal(175_000n);
    expect(scoreEvaluation({ n: 0, correct: 0, loss: 0 }, 4)).to.equal(0n);
  });

  it("the same model and held-out set give the same score every time", async () => {
    const plugin = softmaxRegressionPlugin(SPEC);
    const bytes = await plugin.train({ round: 0n, start: null, shard: trainerShard(SPEC, 0, { size: 300 }) });
    const a = await plugin.evaluate(bytes, heldOutSet(SPEC, 0, 500));
    const b = await plugin.evaluate(Uint8Array.from(bytes), heldOutSet(SPEC, 0, 500));
    expect(a).to.deep.equal(b);
    expect(a.score).to.be.greaterThan(175_000n);
    expect(a.score).to.be.lessThanOrEqual(1_000_000n);
  });
});

describe("worker: Spearman rank correlation", () => {
  it("is 1 for the same order, −1 for the reverse, and averages ties", async () => {
    const { ranks, spearman } = await import("../../src/worker/stats");
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).to.equal(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).to.equal(-1);
    expect(ranks([5, 1, 5, 2])).to.deep.equal([3.5, 1, 3.5, 2]);
    // one swap of neighbours among 5: 1 − 6·2 / (5·24) = 0.9
    expect(spearman([1, 2, 3, 4, 5], [1, 2, 4, 3, 5])).to.be.closeTo(0.9, 1e-12);
    expect(spearman([1, 1], [1, 2])).to.be.NaN;
  });
});
