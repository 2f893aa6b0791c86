import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root (this file is test/ci/repoFiles.ts). */
export const ROOT = resolve(__dirname, "..", "..");

/** Build output and dependencies, never scanned. */
const SKIP_DIRS = new Set(["node_modules", "artifacts", "cache", "typechain-types", "forge-out", "forge-cache", "dist", "coverage", "out"]);

/**
 * The repository's files under the given folders (and the given single files), as root-relative paths with
 * forward slashes, sorted, skipping build output. A file inside a folder is kept if its name ends with one of
 * `exts`, or always when the folder is `tools/` (its scripts have no extension).
 * @param entries folders or files relative to the root; missing ones are skipped (not every branch has `app/`).
 * @param exts name endings to keep, e.g. `[".ts", ".md"]`.
 */
export function repoFiles(entries: string[], exts: string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = join(ROOT, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isFile()) {
      out.push(rel);
      return;
    }
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (SKIP_DIRS.has(e.name)) continue;
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (rel === "tools" || exts.some((x) => e.name.endsWith(x))) out.push(child);
    }
  };
  entries.forEach(walk);
  return out.sort();
}
