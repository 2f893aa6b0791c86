// The native keccak256 of the aggregator's hot paths (the rewards tree, address checksums, the streamed bundle hash):
// the `keccak` package's sponge, reused across hashes, or its public stream API where the sponge is not exposed.
import createKeccak from "keccak";

// ------------------------------------------------------------------ constants

/** keccak256's sponge parameters (bits) and padding suffix. */
export const KECCAK_RATE = 1088;
export const KECCAK_CAPACITY = 512;
export const KECCAK_SUFFIX = 0x01;

// ------------------------------------------------------------------ types

/** The sponge interface shared by the `keccak` package's native and JavaScript states. */
export type KeccakSponge = {
  initialize(rate: number, capacity: number): void;
  absorb(data: Buffer): void;
  absorbLastFewBits(bits: number): void;
  squeeze(length: number): Buffer;
};

// ------------------------------------------------------------------ functions

/**
 * One reusable keccak sponge. The `keccak` package's hash objects are single-use streams (costly to create per
 * hash); their `_state` is the sponge itself, which `initialize` resets, so one serves every hash of a build.
 */
export function keccakSponge(): KeccakSponge {
  const state = (createKeccak("keccak256") as unknown as { _state?: KeccakSponge })._state;
  if (state !== undefined && typeof state.squeeze === "function") return state;
  return streamSponge();
}

/**
 * The same interface over the `keccak` package's public stream API (one hash object per hash): slower, used only if a
 * future version of the package no longer exposes its sponge. The rate, capacity and suffix are keccak256's.
 */
export function streamSponge(): KeccakSponge {
  let hash = createKeccak("keccak256");
  return {
    initialize: () => {
      hash = createKeccak("keccak256");
    },
    absorb: (data) => {
      hash.update(data);
    },
    absorbLastFewBits: () => {},
    squeeze: () => hash.digest(),
  };
}

/** keccak256 of `data` (32 bytes) with `sponge`. */
export function keccakWith(sponge: KeccakSponge, data: Buffer): Buffer {
  sponge.initialize(KECCAK_RATE, KECCAK_CAPACITY);
  sponge.absorb(data);
  sponge.absorbLastFewBits(KECCAK_SUFFIX);
  return sponge.squeeze(32);
}

/**
 * An incremental keccak256 (the `keccak` package's streaming API): `update` with chunks, `digest` once. What the
 * streamed canonical-JSON hash feeds (src/aggregator/bundleStream.ts).
 */
export function incrementalKeccak(): { update(chunk: string | Buffer): void; digest(): Buffer } {
  const hash = createKeccak("keccak256");
  return {
    update: (chunk) => {
      if (typeof chunk === "string") hash.update(chunk, "utf8");
      else hash.update(chunk);
    },
    digest: () => hash.digest(),
  };
}
