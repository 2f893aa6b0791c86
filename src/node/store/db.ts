// The node's SQLite store: better-sqlite3 in WAL mode with synchronous=FULL, migrated on open.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { StoreError } from "../errors";
import { MIGRATIONS, type Migration } from "./migrations";

/** An open store (a better-sqlite3 handle). Writes made inside `db.transaction` are durable once it returns. */
export type Store = Database.Database;

/** The database file inside a data directory. */
export const DB_FILE = "node.db";

/** Options of {@link openStore}. */
export type OpenStoreParameters = {
  /** Directory holding `node.db` (created if missing), or `:memory:` for a throw-away store. */
  dataDir?: string;
  /** Or: the database file itself (its directory is created if missing), or `:memory:`. */
  path?: string;
  /** Migrations to apply (default: {@link MIGRATIONS}). */
  migrations?: readonly Migration[];
};

/**
 * Opens (creating if needed) the node's database and applies pending migrations.
 *
 * Pragmas: `journal_mode=WAL` (readers never block the writer), `synchronous=FULL` (a committed
 * transaction survives power loss: anything acknowledged to a client is durable first),
 * `foreign_keys=ON`, `busy_timeout=5000` ms.
 * @throws StoreError when the directory is not writable or the database is newer than this node.
 */
export function openStore(parameters: OpenStoreParameters): Store {
  const { migrations = MIGRATIONS } = parameters;
  const dataDir = parameters.dataDir ?? parameters.path;
  if (dataDir === undefined) throw new StoreError("openStore needs a dataDir or a path");
  let db: Store;
  try {
    if (dataDir === ":memory:") db = new Database(":memory:");
    else if (parameters.dataDir !== undefined) {
      mkdirSync(dataDir, { recursive: true });
      db = new Database(join(dataDir, DB_FILE));
    } else {
      mkdirSync(dirname(dataDir), { recursive: true });
      db = new Database(dataDir);
    }
  } catch (e) {
    throw new StoreError(`cannot open the database in ${dataDir} (${(e as Error).message}): make dataDir a writable directory`, { cause: e });
  }
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db, migrations);
  return db;
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own IMMEDIATE transaction, in order.
 * @returns the versions applied now.
 * @throws StoreError for a list out of order, or a database holding a version this list does not know.
 */
export function migrate(db: Store, migrations: readonly Migration[] = MIGRATIONS): number[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new StoreError(`migration "${m.name}" has version ${m.version}, expected ${i + 1}: number migrations 1, 2, 3, … in order`);
  });
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_ms INTEGER NOT NULL)");
  const applied = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
  const newest = Math.max(0, ...applied);
  if (newest > migrations.length) {
    throw new StoreError(`the database is at schema version ${newest}, this node knows ${migrations.length}: upgrade the node or use another dataDir`);
  }
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_ms) VALUES (?, ?, ?)");
  const done: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    // IMMEDIATE: `up` may read before it writes, and a deferred transaction that does cannot upgrade while the
    // inbox's writer thread commits (SQLITE_BUSY at once, no busy wait); this one waits its turn (busy_timeout)
    db.transaction(() => {
      db.exec(m.up);
      record.run(m.version, m.name, Date.now());
    }).immediate();
    done.push(m.version);
  }
  return done;
}

/** The highest applied migration version (0 for a fresh database). */
export function schemaVersion(db: Store): number {
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number | null };
  return row.v ?? 0;
}
