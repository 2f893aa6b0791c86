// The bundle store: a directory of canonical round bundles, `<dir>/task-<taskId>-round-<round>.json`
// (docs/AGGREGATOR.md). Every bundle read back is verified by recomputation before anything uses it.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

import type { RoundOutput } from "../aggregator/round";
import { assertBundle } from "../aggregator/verify";
import { AerieError, InvalidBundleError } from "../lib/errors";
import { readJsonFile, writeFileAtomic } from "./jsonFile";
import { proofsPathFor, writeProofsFile } from "./proofsFile";

// ------------------------------------------------------------------ types

/** A bundle read from disk and verified: where it was, and the recomputed output (result, slashes, claims). */
export type StoredBundle = { path: string; output: RoundOutput };

// ------------------------------------------------------------------ functions

const NAME_RE = /^task-(0|[1-9][0-9]*)-round-(0|[1-9][0-9]*)\.json$/;

/** The store's file of one round: `<dir>/task-<taskId>-round-<round>.json`. */
export function bundlePath(dir: string, taskId: bigint, round: bigint): string {
  return join(dir, `task-${taskId}-round-${round}.json`);
}

/**
 * Writes a round's canonical bundle into the store atomically (the bytes that `bundleHash` commits to, plus a
 * final newline), and, when the output carries its rewards tree, the companion proofs file next to it
 * (`task-<taskId>-round-<round>.proofs`, `aerie-proofs/1`: what `aerie claim --bundle` reads one proof from).
 * @returns the bundle file's path.
 */
export function writeBundle(dir: string, output: Pick<RoundOutput, "canonical" | "result"> & Partial<Pick<RoundOutput, "tree" | "accounts">>): string {
  const path = bundlePath(dir, output.result.taskId, output.result.round);
  writeFileAtomic(path, output.canonical + "\n");
  if (output.tree && output.accounts) writeProofsFile(proofsPathFor(path), output.tree, output.result.taskId, output.result.bundleHash, output.accounts);
  return path;
}

/**
 * Reads a bundle file and verifies it: its outputs must recompute byte for byte from its inputs.
 *
 * @returns the path and the recomputed {@link RoundOutput} (`result` is the RoundResult to sign or propose,
 *   `slashes` the list to propose with it, `claims` every account's cumulative amount and proof).
 * @throws {InvalidFileError} when the file is missing or not JSON.
 * @throws {InvalidBundleError} when it does not verify; the message names the first bad field and what to do.
 */
export async function readVerifiedBundle(path: string): Promise<StoredBundle> {
  const json = readJsonFile(path, "bundle");
  try {
    return { path, output: await assertBundle(json) };
  } catch (error) {
    const reason = error instanceof AerieError ? error.shortMessage : String(error);
    throw new InvalidBundleError(`bundle ${path} does not verify (${reason}): refusing to use it; recompute it with \`aerie aggregate\` or fetch the committee's copy`, {
      cause: error,
    });
  }
}

/**
 * The rounds of `taskId` that the store holds, ascending. A missing directory holds none.
 */
export function storedRounds(dir: string, taskId: bigint): bigint[] {
  if (!existsSync(dir)) return [];
  const rounds: bigint[] = [];
  for (const name of readdirSync(dir)) {
    const m = NAME_RE.exec(name);
    if (m && BigInt(m[1]!) === taskId) rounds.push(BigInt(m[2]!));
  }
  return rounds.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The `bundleURI` a committee signs for a stored bundle: `given` (an `ipfs://<CID>` or `https://…` where the
 * bundle is published), or by default the file's own `file://` URI (absolute), for local chains.
 * @param path the bundle file.
 * @param given an explicit URI (`--bundle-uri`), used as is.
 */
export function bundleURIFor(path: string, given?: string): string {
  return given ?? pathToFileURL(resolve(path)).href;
}
