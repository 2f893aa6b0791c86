// What a worker keeps under its dataDir besides its commitments: every artefact it serves (content-addressed, by the
// round it was published in) and a trainer's rounds and last model, each written durably before the message that
// references it is sent, so a worker killed after a node acknowledged a submission serves it again and goes on.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Hex } from "viem";

import { WorkerStoreError } from "./errors";
import { modelHash } from "./model/format";

// ------------------------------------------------------------------ constants

/** Rounds whose artefacts a worker keeps by default (the newest three it published in; see {@link fileArtefactStore}). */
export const DEFAULT_RETAIN_ROUNDS = 3;

/** An artefact file's name: `r<round>-<keccak256 of its bytes>.bin`. */
const ARTEFACT_FILE = /^r(0|[1-9][0-9]*)-(0x[0-9a-f]{64})\.bin$/;

// ------------------------------------------------------------------ durable writes

/**
 * Writes `data` to `target` so a crash leaves the old file or the new one, never half: a temporary file is written and
 * synced, renamed over `target`, and the directory synced (as the commitment store does).
 */
export function writeFileDurably(target: string, dir: string, data: Uint8Array | string, mode = 0o600): void {
  const tmp = `${target}.tmp`;
  const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const fd = openSync(tmp, "w", mode);
  try {
    for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, target);
  syncDir(dir);
}

function syncDir(dir: string): void {
  const dfd = openSync(dir, "r");
  try {
    fsyncSync(dfd);
  } finally {
    closeSync(dfd);
  }
}

// ------------------------------------------------------------------ artefacts

/** A persisted artefact: its bytes, hash and the newest round it was published in. */
export type StoredArtefact = { modelHash: Hex; round: bigint; bytes: Uint8Array };

/** Where an artefact server keeps what it serves (see {@link fileArtefactStore}). */
export type ArtefactStore = {
  /** Every artefact on disk, each checked against its name. @throws {WorkerStoreError} naming a corrupt file. */
  load(): StoredArtefact[];
  /** Writes `bytes` (published in `round`) durably before it returns, then drops artefacts of rounds out of retention. */
  put(hash: Hex, round: bigint, bytes: Uint8Array): void;
};

/**
 * Artefacts as files `<dataDir>/artefacts/r<round>-<modelHash>.bin`. A put writes the file durably
 * ({@link writeFileDurably}); then it deletes the files of rounds older than the newest `retainRounds` rounds present
 * (round `r` kept while `r > newest − retainRounds`), so disk use is bounded by `retainRounds` rounds of artefacts.
 * {@link ArtefactStore.load} refuses, with one line naming the file, a file whose bytes do not hash to its name.
 */
export function fileArtefactStore(dataDir: string, retainRounds = DEFAULT_RETAIN_ROUNDS): ArtefactStore {
  const dir = join(dataDir, "artefacts");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const files = () => readdirSync(dir).flatMap((name) => {
    const m = ARTEFACT_FILE.exec(name);
    return m === null ? [] : [{ name, round: BigInt(m[1]!), hash: m[2]! as Hex }];
  });
  return {
    load() {
      const out: StoredArtefact[] = [];
      for (const f of files()) {
        const path = join(dir, f.name);
        const bytes = new Uint8Array(readFileSync(path));
        const actual = modelHash(bytes);
        if (actual !== f.hash) throw new WorkerStoreError(path, `worker data dir: ${path} hashes to ${actual}, not the ${f.hash} its name says: the file is corrupt; delete it (the worker will not serve it) and start again`);
        out.push({ modelHash: f.hash, round: f.round, bytes });
      }
      return out;
    },
    put(hash, round, bytes) {
      const target = join(dir, `r${round}-${hash.toLowerCase()}.bin`);
      if (!existsSync(target)) writeFileDurably(target, dir, bytes);
      const all = files();
      const newest = all.reduce((m, f) => (f.round > m ? f.round : m), round);
      let removed = false;
      for (const f of all) {
        if (f.round <= newest - BigInt(retainRounds)) {
          unlinkSync(join(dir, f.name));
          removed = true;
        }
      }
      if (removed) syncDir(dir);
    },
  };
}

// ------------------------------------------------------------------ trainer state

/** A trainer's round as persisted: trained (its artefact written, the Submission maybe sent) or submitted (a node answered). */
export type TrainerRoundState = { modelHash: Hex; modelURI: string; bytes: number; trainMs: number } & ({ kind: "trained" } | { kind: "submitted"; refused: string[] });

/** What a trainer keeps across restarts: its rounds and the model it continues from. */
export type TrainerState = { rounds: Map<bigint, TrainerRoundState>; last: Uint8Array | null };

/** Where a trainer keeps its {@link TrainerState} (see {@link fileTrainerStore}). */
export type TrainerStore = {
  /** @throws {WorkerStoreError} naming a corrupt file. */
  load(): TrainerState;
  /** Records a round durably before it returns. */
  putRound(round: bigint, state: TrainerRoundState): void;
  /** Writes the model the next round trains from, durably. */
  putLast(bytes: Uint8Array): void;
};

/**
 * A trainer's state as `<dataDir>/trainer/<owner>-<taskId>.json` (`{ rounds: { "<round>": … }, lastModelHash }`) and
 * its last model as `<owner>-<taskId>-last.bin`, both written durably; the last model is written before the JSON that
 * names its hash, and a load refuses a last model that does not hash to it.
 */
export function fileTrainerStore(dataDir: string, owner: string, taskId: bigint): TrainerStore {
  const dir = join(dataDir, "trainer");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const base = join(dir, `${owner.toLowerCase()}-${taskId}`);
  const [statePath, lastPath] = [`${base}.json`, `${base}-last.bin`];
  let state: TrainerState | undefined;
  const corrupt = (path: string, what: string) => new WorkerStoreError(path, `worker data dir: ${path} ${what}: the file is corrupt; delete it (the trainer then retrains its unacknowledged rounds from scratch) and start again`);
  const load = (): TrainerState => {
    if (state !== undefined) return state;
    if (!existsSync(statePath)) return (state = { rounds: new Map(), last: null });
    let raw: { rounds?: Record<string, TrainerRoundState & { bytes: number }>; lastModelHash?: string | null };
    try {
      raw = JSON.parse(readFileSync(statePath, "utf8")) as typeof raw;
      if (typeof raw !== "object" || raw === null || typeof raw.rounds !== "object" || raw.rounds === null) throw new Error("no rounds");
    } catch {
      throw corrupt(statePath, "is not a trainer state (JSON with `rounds`)");
    }
    const rounds = new Map<bigint, TrainerRoundState>();
    for (const [r, s] of Object.entries(raw.rounds!)) {
      if (!/^(0|[1-9][0-9]*)$/.test(r) || (s.kind !== "trained" && s.kind !== "submitted") || !/^0x[0-9a-f]{64}$/i.test(String(s.modelHash))) throw corrupt(statePath, `has a bad record for round ${r}`);
      rounds.set(BigInt(r), s);
    }
    let last: Uint8Array | null = null;
    if (typeof raw.lastModelHash === "string") {
      if (!existsSync(lastPath)) throw corrupt(lastPath, `is missing (${statePath} names the last model ${raw.lastModelHash})`);
      last = new Uint8Array(readFileSync(lastPath));
      const actual = modelHash(last);
      if (actual !== raw.lastModelHash.toLowerCase()) throw corrupt(lastPath, `hashes to ${actual}, not the last model ${raw.lastModelHash} ${statePath} names`);
    }
    return (state = { rounds, last });
  };
  const save = (s: TrainerState) => {
    const rounds = Object.fromEntries([...s.rounds].map(([r, v]) => [r.toString(), v]));
    writeFileDurably(statePath, dir, JSON.stringify({ rounds, lastModelHash: s.last === null ? null : modelHash(s.last) }) + "\n");
  };
  return {
    load,
    putRound(round, rs) {
      const s = load();
      s.rounds.set(round, rs);
      save(s);
    },
    putLast(bytes) {
      const s = load();
      writeFileDurably(lastPath, dir, bytes);
      s.last = bytes;
      save(s);
    },
  };
}
