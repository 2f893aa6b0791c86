// The store's migration runner and the inbox DAO (replacement, idempotency, group commit, durability on disk).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect } from "chai";
import type { Hex } from "viem";

import { migrate, openStore, schemaVersion } from "../../src/node/store/db";
import { MIGRATIONS } from "../../src/node/store/migrations";
import { InboxStore, InboxWriter, ThreadedInboxWriter } from "../../src/node/store/inbox";
import { TRAINERS } from "./helpers";

const entry = (i: number, uri = "ipfs://a") => ({
  kind: "submission" as const,
  taskId: 1n,
  round: 0n,
  signer: TRAINERS[i]!.address,
  digest: `0x${uri.length.toString(16).padStart(2, "0")}${"ab".repeat(31)}` as Hex,
  signature: `0x${"11".repeat(65)}` as Hex,
  message: { taskId: 1n, round: 0n, trainer: TRAINERS[i]!.address, modelHash: `0x${"22".repeat(32)}` as Hex, modelURI: uri },
  receivedAt: 1_500n,
});

describe("node store", function () {
  let dir: string;
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), "aerie-nodeb-store-"));
  });
  afterEach(function () {
    rmSync(dir, { recursive: true, force: true });
  });

  // openStore and the migration runner are nodea's (schema_migrations, numbered versions); their tests are in
  // test/node/config.test.ts. The inbox is migration 3 of that list since the merge.

  describe("InboxStore", function () {
    it("stores, replaces on a new digest, and changes nothing on the same digest", function () {
      const inbox = new InboxStore(openStore({ path: ":memory:" }));
      expect(inbox.put(entry(0)).outcome).to.equal("stored");
      expect(inbox.put({ ...entry(0), receivedAt: 1_600n }).outcome).to.equal("duplicate");
      expect(inbox.get("submission", 1n, 0n, TRAINERS[0]!.address)!.receivedAt).to.equal(1_500n);
      const later = { ...entry(0, "ipfs://later"), receivedAt: 1_700n };
      const replaced = inbox.put(later);
      expect(replaced.outcome).to.equal("replaced");
      expect(replaced.entry.replaced).to.equal(1);
      expect(inbox.get("submission", 1n, 0n, TRAINERS[0]!.address.toLowerCase() as Hex)).to.deep.equal({ ...later, replaced: 1 });
      expect(inbox.count()).to.equal(1);
      expect(inbox.submissions(1n, 0n)).to.deep.equal([{ message: later.message, signature: later.signature, receivedAt: 1_700n }]);
    });

    it("InboxWriter commits the puts of one event-loop turn in one transaction", async function () {
      const inbox = new InboxStore(openStore({ path: join(dir, "w.db") }));
      let transactions = 0;
      const putMany = inbox.putMany.bind(inbox);
      inbox.putMany = (entries) => {
        transactions++;
        return putMany(entries);
      };
      const writer = new InboxWriter(inbox);
      const results = await Promise.all([writer.put(entry(0)), writer.put(entry(1)), writer.put(entry(2)), writer.put(entry(0))]);
      expect(results.map((r) => r.outcome)).to.deep.equal(["stored", "stored", "stored", "duplicate"]);
      expect(transactions).to.equal(1);
      // a second connection sees the committed rows on disk
      const reader = new Database(join(dir, "w.db"), { readonly: true });
      expect(reader.prepare("SELECT COUNT(*) AS n FROM inbox").get()).to.deep.equal({ n: 3 });
      reader.close();
    });

    it("ThreadedInboxWriter commits in its own thread and answers after the commit; a second connection sees the rows", async function () {
      this.timeout(120_000);
      const inbox = new InboxStore(openStore({ path: join(dir, "t.db") }));
      const writer = ThreadedInboxWriter.start({ store: inbox, path: join(dir, "t.db") })!;
      try {
        await writer.ready;
        const results = await Promise.all([writer.put(entry(0)), writer.put(entry(1)), writer.put(entry(0))]);
        expect(results.map((r) => r.outcome)).to.deep.equal(["stored", "stored", "duplicate"]);
        expect(results[0]!.entry).to.deep.equal({ ...entry(0), replaced: 0 });
        const reader = new Database(join(dir, "t.db"), { readonly: true });
        expect(reader.prepare("SELECT COUNT(*) AS n FROM inbox").get()).to.deep.equal({ n: 2 });
        reader.close();
        // a batch breaking the CHECK constraint rejects every put of it and keeps none
        const outcomes = await Promise.allSettled([writer.put(entry(2)), writer.put({ ...entry(1), kind: "bogus" as never })]);
        expect(outcomes.map((o) => o.status)).to.deep.equal(["rejected", "rejected"]);
        expect(inbox.count()).to.equal(2);
      } finally {
        await writer.close();
      }
    });

    it("ThreadedInboxWriter keeps every put while the main connection writes to the same file (no SQLITE_BUSY)", async function () {
      // The store_unavailable once seen with the writer thread under load: its deferred transaction read first
      // and then failed to upgrade to a write (SQLITE_BUSY, no busy wait) whenever the node's main connection
      // (indexer, committee) was writing at that moment. The writer now begins IMMEDIATE and waits its turn.
      this.timeout(120_000);
      const path = join(dir, "shared.db");
      const db = openStore({ path });
      db.exec("CREATE TABLE side (n INTEGER NOT NULL)");
      const side = db.prepare("INSERT INTO side (n) VALUES (?)");
      const inbox = new InboxStore(db);
      const writer = ThreadedInboxWriter.start({ store: inbox, path })!;
      const N = 600;
      try {
        await writer.ready;
        const puts: Promise<string | undefined>[] = [];
        for (let i = 0; i < N; i++) {
          const signer = `0x${(i + 1).toString(16).padStart(40, "0")}` as Hex;
          const put = writer.put({ ...entry(0), signer, digest: `0x${i.toString(16).padStart(64, "0")}` as Hex });
          puts.push(put.then(() => undefined, (e: Error) => e.message));
          side.run(i); // a write of the main connection (its own transaction, fsync) while the thread commits
          if (i % 3 === 0) await new Promise((r) => setImmediate(r));
        }
        const failures = (await Promise.all(puts)).filter((m) => m !== undefined);
        expect(failures.slice(0, 3), `${failures.length} of ${N} puts rejected`).to.deep.equal([]);
        expect(inbox.count()).to.equal(N);
        expect(db.prepare("SELECT COUNT(*) AS n FROM side").get()).to.deep.equal({ n: N });
      } finally {
        await writer.close();
        db.close();
      }
    });

    it("migrate applies a migration that reads before it writes while the writer thread commits (IMMEDIATE, no SQLITE_BUSY)", async function () {
      // A deferred transaction that reads first cannot upgrade to a write while another connection commits
      // (SQLITE_BUSY at once, no busy wait): the main connection's transactions (migrations, indexer) begin
      // IMMEDIATE so they wait for the writer thread's commit instead of failing.
      this.timeout(120_000);
      const path = join(dir, "migrate.db");
      const db = openStore({ path });
      const inbox = new InboxStore(db);
      const writer = ThreadedInboxWriter.start({ store: inbox, path })!;
      const extra = Array.from({ length: 30 }, (_, i) => ({
        version: MIGRATIONS.length + i + 1,
        name: `backfill ${i}`,
        // a data migration: counts what is there, then writes
        up: `SELECT COUNT(*) FROM inbox; CREATE TABLE backfill_${i} AS SELECT COUNT(*) AS n FROM inbox`,
      }));
      let stop = false;
      try {
        await writer.ready;
        let n = 0;
        const load = (async () => {
          while (!stop) {
            const signer = `0x${(++n).toString(16).padStart(40, "0")}` as Hex;
            await writer.put({ ...entry(0), signer, digest: `0x${n.toString(16).padStart(64, "0")}` as Hex });
          }
        })();
        const failures: string[] = [];
        for (let k = 1; k <= extra.length; k++) {
          try {
            migrate(db, [...MIGRATIONS, ...extra.slice(0, k)]);
          } catch (e) {
            failures.push((e as Error).message);
          }
          await new Promise((r) => setTimeout(r, 2));
        }
        stop = true;
        await load;
        expect(failures.slice(0, 3), `${failures.length} of ${extra.length} migrations failed`).to.deep.equal([]);
        expect(schemaVersion(db)).to.equal(MIGRATIONS.length + extra.length);
      } finally {
        stop = true;
        await writer.close();
        db.close();
      }
    });

    it("InboxWriter rejects every put of a batch whose commit fails, and keeps none of it", async function () {
      const inbox = new InboxStore(openStore({ path: ":memory:" }));
      const writer = new InboxWriter(inbox);
      // the second row breaks the table's CHECK constraint inside the transaction: the first must roll back too
      const outcomes = await Promise.allSettled([writer.put(entry(1)), writer.put({ ...entry(2), kind: "bogus" as never })]);
      expect(outcomes.map((o) => o.status)).to.deep.equal(["rejected", "rejected"]);
      expect(inbox.count()).to.equal(0);
      expect((await writer.put(entry(1))).outcome).to.equal("stored");
    });
  });
});
