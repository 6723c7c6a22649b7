import type { Database } from 'better-sqlite3'

// Idempotency keys of edits replayed from a computer's local outbox: written in the same
// transaction as the edit, so an edit that committed just before a crash (but was still in
// the outbox) is recognised at replay instead of being applied twice.
export default function up(db: Database): void {
  db.exec(`
    CREATE TABLE applied_op (
      key TEXT PRIMARY KEY,
      at TEXT NOT NULL
    ) STRICT;
  `)
}
