// Reading and writing JSON files at the edge: one-line errors naming the file, atomic writes.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

import { InvalidFileError } from "../lib/errors";

/**
 * Reads and parses a JSON file.
 *
 * @param path the file's path.
 * @param what what the file is, for the message (`"task spec"`, `"bundle"`).
 * @returns the parsed JSON value (not validated: callers parse it with their zod schema).
 * @throws {InvalidFileError} when the file does not exist or is not valid JSON.
 */
export function readJsonFile(path: string, what: string): unknown {
  if (!existsSync(path)) throw new InvalidFileError(`${what} ${path} does not exist: check the path`, path);
  const text = readFileSync(path, "utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InvalidFileError(`${what} ${path} is not valid JSON (${(error as Error).message}): fix the file or write it again`, path, { cause: error });
  }
}

/**
 * Writes `text` to `path` atomically (a temporary file in the same directory, then a rename), creating the
 * directory first, so a crash never leaves half a file behind. `mode` (e.g. `0o600`) is the temporary file's mode from
 * its creation (less the umask), so the content is never readable more widely; default: the process default.
 */
export function writeFileAtomic(path: string, text: string, mode?: number): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text, mode === undefined ? undefined : { mode });
  renameSync(tmp, path);
}

