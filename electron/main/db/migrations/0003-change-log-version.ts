import type { Database } from 'better-sqlite3'

// The row version each change produced: lets an update that collides with someone else's
// change to *other* fields be merged instead of refused.
export default function up(db: Database): void {
  db.exec(`
    ALTER TABLE change_log ADD COLUMN version INTEGER;
    CREATE INDEX change_log_entity_version ON change_log(entity_id, version);
  `)
}
