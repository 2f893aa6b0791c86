// The ThreadedInboxWriter's thread: its own connection to the node's database (WAL, synchronous = FULL);
// each message is one batch of puts committed in ONE transaction, answered after the commit.
import { parentPort, workerData } from "node:worker_threads";

import { openStore } from "./db";
import { InboxStore, type InboxEntry } from "./inbox";

const inbox = new InboxStore(openStore({ path: (workerData as { path: string }).path }));

parentPort!.on("message", (entries: Omit<InboxEntry, "replaced">[]) => {
  try {
    // a stored or replaced entry is the one sent, so only its outcome and count travel back (no second clone)
    parentPort!.postMessage({ results: inbox.putMany(entries).map((r) => (r.outcome === "duplicate" ? r : { outcome: r.outcome, replaced: r.entry.replaced })) });
  } catch (e) {
    parentPort!.postMessage({ error: (e as Error).message, code: (e as { code?: unknown }).code });
  }
});
parentPort!.postMessage({ ready: true });
