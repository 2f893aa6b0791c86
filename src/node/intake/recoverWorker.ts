// A RecoverPool worker thread: recovers packed batches with the native binding (see recoverBatch).
import { parentPort } from "node:worker_threads";

import { recoverBatch } from "./recoverNative";

parentPort!.on("message", ({ id, input }: { id: number; input: Uint8Array }) => {
  const output = recoverBatch(input);
  parentPort!.postMessage({ id, output }, [output.buffer as ArrayBuffer]);
});
parentPort!.postMessage({ ready: true });
