// FL Alliance's pure core, no node: FedAvg in fixed point, the vote rule, the poisoned update, the AERU envelope.
import { expect } from "chai";
import { keccak256 } from "viem";

import { DatasetSpecSchema, heldOutSet, trainerShard } from "../../src/worker/data/synthetic";
import { ModelRejectedError } from "../../src/worker/errors";
import { DEFAULT_VOTE_TOLERANCE, FEDAVG_MAX_ABS, fedAvg, poisonParameters, voteFromScores } from "../../src/worker/fl/fedavg";
import { decodeUpdate, encodeUpdate, updateHash, UPDATE_HEADER_BYTES } from "../../src/worker/fl/update";
import { softmaxRegressionPlugin } from "../../src/worker/plugin";

const SPEC = DatasetSpecSchema.parse({ seed: "fl-test", classes: 4, features: 8, separation: 0.8 });
const plugin = softmaxRegressionPlugin(SPEC, { epochs: 10 });
const U = 2 ** -32; // one fixed-point unit
const f = (...xs: number[]) => Float64Array.from(xs);

describe("worker/fl: fedAvg", () => {
  it("weights by reported samples", () => {
    expect(Array.from(fedAvg([{ samples: 1n, values: f(1, -1) }, { samples: 3n, values: f(3, 1) }]))).to.deep.equal([2.5, 0.5]);
  });

  it("rounds S / N to the nearest unit of 2^-32, ties away from zero", () => {
    // (1 + 2) / 2 = 1.5 units → 2 units; (−1 − 2) / 2 → −2 units; (1 + 1 + 2) / 3 = 1.33 units → 1 unit
    expect(Array.from(fedAvg([{ samples: 1n, values: f(U, -U) }, { samples: 1n, values: f(2 * U, -2 * U) }]))).to.deep.equal([2 * U, -2 * U]);
    expect(Array.from(fedAvg([{ samples: 2n, values: f(U) }, { samples: 1n, values: f(2 * U) }]))).to.deep.equal([U]);
  });

  it("gives the same bytes in any order of the updates", () => {
    const shards = [0, 1, 2].map((i) => trainerShard(SPEC, i, { size: 50 + 40 * i }));
    const updates = shards.map((shard, i) => ({ samples: BigInt(shard.n), values: plugin.toParameters(plugin.train({ round: 0n, start: null, shard }) as Uint8Array), i }));
    const a = plugin.fromParameters(fedAvg(updates));
    const b = plugin.fromParameters(fedAvg([updates[2]!, updates[0]!, updates[1]!]));
    expect(keccak256(a)).to.equal(keccak256(b));
    expect(Buffer.from(a).equals(Buffer.from(b))).to.equal(true);
  });

  it("refuses no updates, unequal lengths, zero samples, and non-finite or huge parameters", () => {
    expect(() => fedAvg([])).to.throw(RangeError, "fedAvg: no updates to average");
    expect(() => fedAvg([{ samples: 1n, values: f(1, 2) }, { samples: 1n, values: f(1) }])).to.throw(RangeError, "fedAvg: update 1 has 1 parameters, update 0 has 2");
    expect(() => fedAvg([{ samples: 0n, values: f(1) }])).to.throw(RangeError, "fedAvg: update 0 reports 0 samples, expected at least 1");
    expect(() => fedAvg([{ samples: 1n, values: f(Number.NaN) }])).to.throw(RangeError, "fedAvg: update 0 parameter 0 is NaN");
    expect(() => fedAvg([{ samples: 1n, values: f(FEDAVG_MAX_ABS * 2) }])).to.throw(RangeError, `magnitude at most ${FEDAVG_MAX_ABS}`);
  });
});

describe("worker/fl: voteFromScores", () => {
  it("votes the improvement, 0 within the tolerance, the loss beyond it, clamped to ±1e6", () => {
    expect(DEFAULT_VOTE_TOLERANCE).to.equal(2_000n);
    expect(voteFromScores(605_000n, 600_000n)).to.equal(5_000n);
    expect(voteFromScores(599_000n, 600_000n)).to.equal(0n);
    expect(voteFromScores(598_000n, 600_000n)).to.equal(0n);
    expect(voteFromScores(597_999n, 600_000n)).to.equal(-2_001n);
    expect(voteFromScores(1_000_000n, 0n, 0n)).to.equal(1_000_000n);
    expect(voteFromScores(0n, 1_000_000n, 0n)).to.equal(-1_000_000n);
    expect(voteFromScores(2_000_000n, 0n)).to.equal(1_000_000n);
    expect(() => voteFromScores(1n, 1n, -1n)).to.throw(RangeError, "tolerance must be >= 0, got -1");
  });
});

describe("worker/fl: poisonParameters", () => {
  const global = f(1, 1, 0);
  const local = f(2, 0, 0.5);
  it("honest sends the local parameters (a copy)", () => {
    const out = poisonParameters({ kind: "honest" }, global, local);
    expect(Array.from(out)).to.deep.equal([2, 0, 0.5]);
    expect(out).to.not.equal(local);
  });
  it("scale multiplies the delta from the global model; signFlip negates it", () => {
    expect(Array.from(poisonParameters({ kind: "scale", factor: 3 }, global, local))).to.deep.equal([4, -2, 1.5]);
    expect(Array.from(poisonParameters({ kind: "signFlip" }, global, local))).to.deep.equal([0, 2, -0.5]);
  });
  it("a poisoned update drags the aggregate below the global model on held-out data; an honest one lifts it", async () => {
    const heldOut = heldOutSet(SPEC, 0, 400);
    const start = plugin.train({ round: 0n, start: null, shard: trainerShard(SPEC, 9, { size: 60 }) }) as Uint8Array;
    const g = plugin.toParameters(start);
    const shards = [0, 1, 2].map((i) => trainerShard(SPEC, i, { size: 200 }));
    const locals = shards.map((shard) => plugin.toParameters(plugin.train({ round: 1n, start, shard }) as Uint8Array));
    const honest = fedAvg(locals.map((values) => ({ samples: 200n, values })));
    const poisoned = fedAvg(locals.map((values, i) => ({ samples: 200n, values: i === 2 ? poisonParameters({ kind: "scale", factor: -6 }, g, values) : values })));
    const score = async (values: Float64Array) => (await plugin.evaluate(plugin.fromParameters(values), heldOut)).score;
    const before = await score(g);
    expect(voteFromScores(await score(honest), before) > 0n).to.equal(true);
    expect(voteFromScores(await score(poisoned), before) < 0n).to.equal(true);
  });
});

describe("worker/fl: the AERU update envelope", () => {
  const model = plugin.initial();
  it("round-trips samples and model bytes; updateHash is keccak256 of the envelope", () => {
    const bytes = encodeUpdate({ samples: 123n, model });
    expect(bytes.length).to.equal(UPDATE_HEADER_BYTES + model.length);
    expect(Buffer.from(bytes.subarray(0, 4)).toString("ascii")).to.equal("AERU");
    const back = decodeUpdate(bytes);
    expect(back.samples).to.equal(123n);
    expect(Buffer.from(back.model).equals(Buffer.from(model))).to.equal(true);
    expect(updateHash(bytes)).to.equal(keccak256(bytes));
  });
  it("refuses a short or foreign envelope and a sample count of 0 with the reason", () => {
    const reason = (b: Uint8Array) => {
      try {
        decodeUpdate(b);
        return "ok";
      } catch (e) {
        return `${(e as ModelRejectedError).reason}: ${(e as Error).message}`;
      }
    };
    expect(reason(new Uint8Array(8))).to.equal("bad_format: update is 8 bytes, shorter than the 16-byte AERU header");
    expect(reason(model)).to.equal("bad_format: update does not start with the AERU magic bytes");
    const zero = encodeUpdate({ samples: 1n, model });
    new DataView(zero.buffer).setBigUint64(8, 0n, true);
    expect(reason(zero)).to.equal("bad_samples: update reports 0 samples, expected 1 to 9007199254740991");
    expect(() => encodeUpdate({ samples: 0n, model })).to.throw(RangeError, "update: samples must be in [1, 9007199254740991], got 0");
  });
  it("the reference plug-in's codec round-trips its artefacts", () => {
    const trained = plugin.train({ round: 0n, start: null, shard: trainerShard(SPEC, 0, { size: 80 }) }) as Uint8Array;
    expect(Buffer.from(plugin.fromParameters(plugin.toParameters(trained))).equals(Buffer.from(trained))).to.equal(true);
  });
});
