// The store's numbered migrations, applied in order by `migrate` (db.ts). Append only; never edit a shipped one.

/** One schema step: `id` is strictly increasing, `sql` runs in one transaction. */
export type Migration = { id: number; name: string; sql: string };

/**
 * The signed-message inbox (intake): one row per (kind, task, round, signer), the signer's latest accepted
 * message. uint256 values are decimal TEXT; `received_at` is unix seconds; `message` is canonical JSON.
 */
const INBOX: Migration = {
  id: 1,
  name: "inbox",
  sql: `
    CREATE TABLE inbox (
      kind        TEXT    NOT NULL CHECK (kind IN ('submission', 'scores')),
      task_id     TEXT    NOT NULL,
      round       TEXT    NOT NULL,
      signer      TEXT    NOT NULL,
      digest      TEXT    NOT NULL,
      signature   TEXT    NOT NULL,
      message     TEXT    NOT NULL,
      received_at INTEGER NOT NULL,
      replaced    INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (kind, task_id, round, signer)
    ) WITHOUT ROWID;
  `,
};

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [INBOX];
