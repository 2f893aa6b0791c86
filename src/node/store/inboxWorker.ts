// The ThreadedInboxWriter's thread: its own connection to the node's database (WAL, synchronous = FULL);
// each message is one batch of puts committed in ONE transaction, answered after the commit.
import { parentPort, workerData } from "node:worker_threads";

import { openStore } from "./db";
import { InboxStore, type InboxEntry } from "./inbox";

const inbox = new InboxStore(openStore({ path: (workerData as { path: string }).path }));

parentPort!.on("message", (entries: Omit<InboxEntry, "replaced">[]) => {
  try {
    parentPort!.postMessage({ results: inbox.putMany(entries) });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
