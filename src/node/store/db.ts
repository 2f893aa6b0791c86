// The node's SQLite store: better-sqlite3 in WAL mode with numbered migrations (issue 7, item 3).
// Minimal runner in the shape the node foundation uses (an ordered array of {id, sql}); reconcile at merge.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";

import { AerieError } from "../../lib/errors";
import { MIGRATIONS, type Migration } from "./migrations";

// ------------------------------------------------------------------ types

/** An open store (a better-sqlite3 connection). */
export type Store = Database.Database;

/** Options of {@link openStore}. */
export type OpenStoreParameters = {
  /** File path of the database (`:memory:` for tests). Its directory is created if missing. */
  path: string;
  /** Migrations to apply, in order (default: {@link MIGRATIONS}). */
  migrations?: readonly Migration[];
};

/** The store cannot be opened or migrated. */
export class StoreError extends AerieError {
  constructor(shortMessage: string, parameters?: { cause?: unknown; details?: string }) {
    super(shortMessage, parameters);
    this.name = "StoreError";
  }
}

// ------------------------------------------------------------------ functions

/**
 * Opens (creating if needed) the node's database in WAL mode with `synchronous = FULL`, so a committed
 * transaction survives a crash of the process and of the machine, then applies pending migrations.
 *
 * @throws {StoreError} if the file cannot be opened or a migration fails (nothing of that migration is kept).
 */
export function openStore(parameters: OpenStoreParameters): Store {
  const { path } = parameters;
  let db: Store;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (e) {
    throw new StoreError(`cannot open the database ${path}: ${(e as Error).message}; check the data directory`, { cause: e });
  }
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db, parameters.migrations ?? MIGRATIONS);
  return db;
}

/**
 * Applies, each in its own transaction, the migrations whose id is above the database's `user_version`.
 *
 * @returns the ids applied (empty if the database was up to date).
 * @throws {StoreError} if ids are not strictly increasing, the database is newer than the code, or a migration fails.
 */
export function migrate(db: Store, migrations: readonly Migration[]): number[] {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.id <= migrations[i - 1]!.id) throw new StoreError(`migrations out of order: id ${migrations[i]!.id} follows ${migrations[i - 1]!.id}`);
  }
  const current = db.pragma("user_version", { simple: true }) as number;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.id;
  if (current > latest) {
    throw new StoreError(`the database is at migration ${current} but this node knows only up to ${latest}: run a newer node or use another data directory`);
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.id <= current) continue;
    try {
      db.transaction(() => {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.id}`);
      })();
    } catch (e) {
      throw new StoreError(`migration ${m.id} failed: ${(e as Error).message}`, { cause: e });
    }
    applied.push(m.id);
  }
  return applied;
}
