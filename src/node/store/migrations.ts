// Numbered schema migrations of the node's SQLite store, applied in order by `migrate` (db.ts).
// Append new migrations at the end with the next number; never edit one that has shipped.

/** One schema step: applied once, inside a transaction, recorded in `schema_migrations`. */
export type Migration = {
  /** 1, 2, 3, … without gaps. */
  version: number;
  /** Short name, kept in `schema_migrations.name`. */
  name: string;
  /** SQL statements (executed with `db.exec`). */
  up: string;
};

/**
 * The store's migrations, in order. Amounts (wei, shares) and uint256 ids are decimal TEXT; block numbers,
 * log indexes and timestamps (seconds, or milliseconds where the column says `_ms`) are INTEGER.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "chain index",
    up: `
      -- What the index belongs to (chain id, contract addresses): a data dir is bound to one deployment.
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      -- Blocks the indexer has seen (window ends and blocks holding events), to detect a reorg by hash.
      CREATE TABLE blocks (
        number INTEGER PRIMARY KEY,
        hash TEXT NOT NULL,
        timestamp INTEGER
      );

      -- How far each indexer got: every log up to and including block is stored.
      CREATE TABLE cursors (
        name TEXT PRIMARY KEY,
        block INTEGER NOT NULL,
        hash TEXT NOT NULL,
        updated_ms INTEGER NOT NULL
      );

      -- Every decoded log of the Aerie contracts (args as canonical JSON, uint256 as decimal strings).
      CREATE TABLE events (
        block_number INTEGER NOT NULL,
        log_index INTEGER NOT NULL,
        block_hash TEXT NOT NULL,
        tx_hash TEXT NOT NULL,
        address TEXT NOT NULL,
        name TEXT NOT NULL,
        args TEXT NOT NULL,
        PRIMARY KEY (block_number, log_index)
      );
      CREATE INDEX events_by_name ON events (name, block_number);

      -- StakingVault SharesChanged: an account's absolute active shares after each change, with the pool total.
      CREATE TABLE shares_changes (
        block_number INTEGER NOT NULL,
        log_index INTEGER NOT NULL,
        operator TEXT NOT NULL,
        account TEXT NOT NULL,
        account_shares TEXT NOT NULL,
        pool_shares TEXT NOT NULL,
        pool_assets TEXT NOT NULL,
        PRIMARY KEY (block_number, log_index)
      );
      CREATE INDEX shares_by_holder ON shares_changes (operator, account, block_number, log_index);

      -- TaskRegistry TaskJoined (joined = 1) and TaskLeft (joined = 0).
      CREATE TABLE task_members (
        block_number INTEGER NOT NULL,
        log_index INTEGER NOT NULL,
        task_id TEXT NOT NULL,
        operator TEXT NOT NULL,
        role INTEGER NOT NULL,
        joined INTEGER NOT NULL,
        PRIMARY KEY (block_number, log_index)
      );
      CREATE INDEX members_by_task ON task_members (task_id, block_number);
    `,
  },
  {
    version: 2,
    name: "bundles, signatures, transaction journal",
    up: `
      -- Bundles this node computed or received (canonical JSON) and the RoundResult digest they sign.
      CREATE TABLE bundles (
        task_id TEXT NOT NULL,
        round TEXT NOT NULL,
        bundle_hash TEXT NOT NULL,
        digest TEXT NOT NULL,
        bundle TEXT NOT NULL,
        created_ms INTEGER NOT NULL,
        PRIMARY KEY (task_id, round, bundle_hash)
      );

      -- Committee signatures over a RoundResult digest (one per signer and digest).
      CREATE TABLE signatures (
        digest TEXT NOT NULL,
        signer TEXT NOT NULL,
        task_id TEXT NOT NULL,
        round TEXT NOT NULL,
        signature TEXT NOT NULL,
        received_ms INTEGER NOT NULL,
        PRIMARY KEY (digest, signer)
      );
      CREATE INDEX signatures_by_round ON signatures (task_id, round);

      -- Every transaction, written (signed, with its hash) before it is broadcast.
      -- status: signed → sent → mined | reverted; or dropped (its nonce was used by another tx) / failed (never sent).
      CREATE TABLE txs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        intent TEXT,
        sender TEXT NOT NULL,
        nonce INTEGER NOT NULL,
        to_address TEXT NOT NULL,
        data TEXT NOT NULL,
        value TEXT NOT NULL,
        gas TEXT NOT NULL,
        raw TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        status TEXT NOT NULL CHECK (status IN ('signed', 'sent', 'mined', 'reverted', 'dropped', 'failed')),
        block_number INTEGER,
        error TEXT,
        created_ms INTEGER NOT NULL,
        updated_ms INTEGER NOT NULL
      );
      CREATE INDEX txs_by_intent ON txs (intent, id);
      CREATE INDEX txs_open ON txs (sender, status, nonce);
    `,
  },
  {
    version: 3,
    name: "inbox",
    up: `
      -- The signed-message inbox (intake): one row per (kind, task, round, signer), the signer's latest accepted
      -- message. uint256 values are decimal TEXT; received_at is unix seconds; message is canonical JSON.
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
  },
  {
    version: 4,
    name: "committee rounds, guardian checks",
    up: `
      -- A committee member's view of each round it worked on. state: computed → signed → proposed → final |
      -- skipped | mismatch (a peer's bundle differs; first_difference names the field).
      CREATE TABLE committee_rounds (
        task_id TEXT NOT NULL,
        round TEXT NOT NULL,
        bundle_hash TEXT NOT NULL,
        digest TEXT NOT NULL,
        result TEXT NOT NULL,
        slashes TEXT NOT NULL,
        state TEXT NOT NULL,
        first_difference TEXT,
        updated_ms INTEGER NOT NULL,
        PRIMARY KEY (task_id, round)
      );

      -- Every ResultProposed the guardian checked, with its verdict (ok, or the reason it challenged).
      CREATE TABLE guardian_checks (
        task_id TEXT NOT NULL,
        round TEXT NOT NULL,
        digest TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('ok', 'challenge', 'challenged', 'late')),
        reason TEXT,
        checked_ms INTEGER NOT NULL,
        PRIMARY KEY (task_id, round, digest)
      );
    `,
  },
  {
    version: 5,
    name: "commit-reveal and FL Alliance messages",
    up: `
      -- Commit–reveal and FL Alliance messages (intake, src/node/intake/flIntake.ts): one row per (kind, task,
      -- round, signer), the signer's latest accepted message. kind: scoresCommit | scoresReveal (a Scores message
      -- revealed with its salt) | modelUpdate | voteCommit | vote. salt: the reveal's 32-byte salt (reveals only).
      -- message is canonical JSON (uint256/int256 as decimal strings); received_at is unix seconds.
      CREATE TABLE round_messages (
        kind        TEXT    NOT NULL CHECK (kind IN ('scoresCommit', 'scoresReveal', 'modelUpdate', 'voteCommit', 'vote')),
        task_id     TEXT    NOT NULL,
        round       TEXT    NOT NULL,
        signer      TEXT    NOT NULL,
        digest      TEXT    NOT NULL,
        signature   TEXT    NOT NULL,
        message     TEXT    NOT NULL,
        salt        TEXT,
        received_at INTEGER NOT NULL,
        replaced    INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (kind, task_id, round, signer)
      ) WITHOUT ROWID;

      -- Messages the intake refused with a named code (4xx) whose signature recovers to the message's signer:
      -- the committee feeds them to the round's selection so the bundle records each as rejected with its reason.
      -- One row per distinct message (digest); at most a few per signer and round (the intake caps them).
      CREATE TABLE rejected_messages (
        kind        TEXT    NOT NULL CHECK (kind IN ('scoresCommit', 'scoresReveal', 'modelUpdate', 'voteCommit', 'vote')),
        task_id     TEXT    NOT NULL,
        round       TEXT    NOT NULL,
        signer      TEXT    NOT NULL,
        digest      TEXT    NOT NULL,
        code        TEXT    NOT NULL,
        signature   TEXT    NOT NULL,
        message     TEXT    NOT NULL,
        salt        TEXT,
        received_at INTEGER NOT NULL,
        PRIMARY KEY (kind, task_id, round, signer, digest)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 6,
    name: "round messages learned from peers",
    up: `
      -- Round messages this member fetched from its peers before computing a round (round-message reconciliation,
      -- src/node/committee/reconcile.ts): each authenticated (signature, signer field, task and round, a participant
      -- of the round). kind: submission | scores | scoresCommit | scoresReveal | modelUpdate | voteCommit | vote.
      -- One row per distinct (kind, signature, salt); at most MAX_PEER_ROWS_PER_SIGNER rows per (kind, task, round,
      -- signer), the greatest signatures. message is canonical JSON (uint256/int256 as decimal strings); salt is
      -- '' for kinds without one (a primary-key column cannot be NULL).
      CREATE TABLE peer_messages (
        kind        TEXT    NOT NULL CHECK (kind IN ('submission', 'scores', 'scoresCommit', 'scoresReveal', 'modelUpdate', 'voteCommit', 'vote')),
        task_id     TEXT    NOT NULL,
        round       TEXT    NOT NULL,
        signer      TEXT    NOT NULL,
        signature   TEXT    NOT NULL,
        salt        TEXT    NOT NULL,
        digest      TEXT    NOT NULL,
        message     TEXT    NOT NULL,
        PRIMARY KEY (task_id, round, kind, signer, signature, salt)
      ) WITHOUT ROWID;
    `,
  },
];
