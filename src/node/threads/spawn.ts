// Starting the node's worker threads (signature recovery, inbox writer) from TypeScript sources or compiled JS.
import { existsSync } from "node:fs";
import { extname, join } from "node:path";
import { Worker } from "node:worker_threads";

/**
 * The path of a worker module next to the caller (`dir`/`name` + the caller's own extension, `.ts` under
 * ts-node, `.js` when compiled), or `undefined` when it is not there (e.g. inside a single-file bundle: the
 * caller then works in-thread).
 */
export function workerModule(dir: string, name: string, callerFile: string): string | undefined {
  const file = join(dir, `${name}${extname(callerFile)}`);
  return existsSync(file) ? file : undefined;
}

/**
 * Starts `file` as a worker thread with `workerData`. A `.ts` module is loaded through ts-node
 * (transpile-only, as the node's own processes run); a `.js` module directly.
 */
export function startWorker(file: string, workerData: unknown): Worker {
  if (extname(file) !== ".ts") return new Worker(file, { workerData });
  const boot = `require(${JSON.stringify(require.resolve("ts-node"))}).register({ transpileOnly: true, skipProject: true, compilerOptions: { module: "commonjs", target: "es2022", esModuleInterop: true } }); require(${JSON.stringify(file)});`;
  return new Worker(boot, { eval: true, workerData });
}
