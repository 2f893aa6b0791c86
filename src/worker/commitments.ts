// The worker's commitments on disk: what a validator (AI Arena, commit–reveal) or voter (FL Alliance) committed to and
// the secret salt that opens it, written before the commitment is sent, so a worker killed between commit and reveal
// reveals after a restart.
import { chmodSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { writeFileDurably } from "./store";

/** What a commitment record holds: JSON with bigints written as decimal strings by the caller. */
export type CommitmentRecord = Record<string, unknown>;

/** Where a worker keeps its commitments (one record per kind, task and round). */
export type CommitmentStore = {
  /** The record of `kind` for the round, or `undefined` if none was written. */
  get(kind: CommitmentKind, taskId: bigint, round: bigint): CommitmentRecord | undefined;
  /** Writes the record durably (file and directory synced) before it returns. */
  put(kind: CommitmentKind, taskId: bigint, round: bigint, record: CommitmentRecord): void;
};

/** `scores`: an Arena validator's ScoresCommit; `vote`: an FL voter's VoteCommit. */
export type CommitmentKind = "scores" | "vote";

/** A store in memory only (tests; a worker without a data dir cannot reveal after a restart). */
export function memoryCommitmentStore(): CommitmentStore {
  const m = new Map<string, CommitmentRecord>();
  const key = (k: CommitmentKind, t: bigint, r: bigint) => `${k}/${t}/${r}`;
  return { get: (k, t, r) => m.get(key(k, t, r)), put: (k, t, r, rec) => void m.set(key(k, t, r), rec) };
}

/**
 * Commitments of `owner` (the signer) as files `<dataDir>/commitments/<owner>-<kind>-<taskId>-<round>.json`, owner-only: the directories are created
 * with mode 0700 and each file 0600 (the salt is a secret until the reveal). A put writes a temporary file, syncs it,
 * renames it over the old one and syncs the directory, so a crash leaves the old record or the new one, never half.
 */
export function fileCommitmentStore(dataDir: string, owner: string): CommitmentStore {
  const dir = join(dataDir, "commitments");
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = (k: CommitmentKind, t: bigint, r: bigint) => join(dir, `${owner.toLowerCase()}-${k}-${t}-${r}.json`);
  return {
    get(k, t, r) {
      let text: string;
      try {
        text = readFileSync(path(k, t, r), "utf8");
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
        throw e;
      }
      return JSON.parse(text) as CommitmentRecord;
    },
    put(k, t, r, record) {
      writeFileDurably(path(k, t, r), dir, JSON.stringify(record) + "\n");
    },
  };
}

/** 32 random bytes as hex (a commitment's salt). */
export function randomSalt(): `0x${string}` {
  return `0x${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("hex")}`;
}
