// The CLI's commit–reveal salts: what a validator or voter committed to, kept in its data directory until the reveal,
// so a reveal after a restart (or on another day) opens the commitment. One JSON file per (chain, task, round, kind,
// signer), written atomically with mode 0600 before the commitment is sent.
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";

import { InvalidFileError } from "../lib/errors";
import { readJsonFile, writeFileAtomic } from "./jsonFile";

/** What was committed: `scores` (a Scores message's trainers and scores) or `vote`. */
export type CommitKind = "scores" | "vote";

/** A saved commitment: the payload to reveal (decimal strings), its salt and the commitment sent. */
export type SavedCommit = {
  kind: CommitKind;
  chainId: number;
  taskId: string;
  round: string;
  signer: string;
  /** `scores`: `{trainers, scores}`; `vote`: `{vote}` (decimal strings). */
  payload: { trainers?: string[]; scores?: string[]; vote?: string };
  /** 32 bytes of hex. */
  salt: string;
  /** `scoresCommitment` / `voteCommitment` of the payload and salt. */
  commitment: string;
};

const SavedCommitSchema = z.strictObject({
  kind: z.enum(["scores", "vote"]),
  chainId: z.number().int().positive(),
  taskId: z.string().regex(/^\d+$/),
  round: z.string().regex(/^\d+$/),
  signer: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  payload: z.strictObject({ trainers: z.array(z.string()).optional(), scores: z.array(z.string()).optional(), vote: z.string().regex(/^-?\d+$/).optional() }),
  salt: z.string().regex(/^0x[0-9a-f]{64}$/),
  commitment: z.string().regex(/^0x[0-9a-f]{64}$/),
});

/** The CLI's data directory: `--data-dir`, else `$AERIE_DATA_DIR`, else `~/.aerie`. */
export function cliDataDir(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option ?? env.AERIE_DATA_DIR ?? join(homedir(), ".aerie");
}

/** The file of a commitment: `<dataDir>/commits/<chainId>-<taskId>-<round>-<kind>-<signer>.json`. */
export function commitFile(dataDir: string, key: Pick<SavedCommit, "kind" | "chainId" | "taskId" | "round" | "signer">): string {
  return join(dataDir, "commits", `${key.chainId}-${key.taskId}-${key.round}-${key.kind}-${key.signer.toLowerCase()}.json`);
}

/** Writes `commit` (atomically; the file 0600 from its creation, in a 0700 `commits` directory) and returns its path. */
export function saveCommit(dataDir: string, commit: SavedCommit): string {
  const file = commitFile(dataDir, commit);
  // owner-only from the first byte: the temporary file is created 0600 in a 0700 directory (a later chmod would leave
  // the salt readable by others in between); both are set again in case they existed with wider modes
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  chmodSync(dirname(file), 0o700);
  writeFileAtomic(file, `${JSON.stringify(commit, null, 2)}\n`, 0o600);
  chmodSync(file, 0o600);
  return file;
}

/**
 * The saved commitment of `key`, or `undefined` if there is none.
 * @throws {InvalidFileError} if the file exists but is not a saved commitment.
 */
export function loadCommit(dataDir: string, key: Pick<SavedCommit, "kind" | "chainId" | "taskId" | "round" | "signer">): SavedCommit | undefined {
  const file = commitFile(dataDir, key);
  if (!existsSync(file)) return undefined;
  const parsed = SavedCommitSchema.safeParse(readJsonFile(file, "saved commitment"));
  if (!parsed.success) throw new InvalidFileError(`saved commitment ${file} is malformed (${parsed.error.issues[0]!.message}): commit again`, file);
  return parsed.data as SavedCommit;
}
