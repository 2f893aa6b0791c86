// Temporary directories of a test or bench run (fixtures' chains and nodes, builds, generated files): each is
// removed when its owner is done with it, and whatever is left when the process exits, passed or failed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const live = new Set<string>();
let hooked = false;

/**
 * Creates a directory `<os tmpdir>/<prefix>XXXXXX` that is removed by {@link removeTempDir}, or at the latest
 * when the process exits (normally, by an uncaught error, or by `process.exit`; not by SIGKILL).
 * @returns its absolute path.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  live.add(dir);
  if (!hooked) {
    hooked = true;
    process.once("exit", () => {
      for (const d of live) rmSync(d, { recursive: true, force: true });
    });
  }
  return dir;
}

/** Removes a directory made by {@link tempDir} (and everything in it) now; no error if it is gone already. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  live.delete(dir);
}
