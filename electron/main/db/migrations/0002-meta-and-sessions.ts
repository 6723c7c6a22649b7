import type { Database } from 'better-sqlite3'

// meta: facts about the file itself (which app version created it, the oldest app version
// allowed to write it). sessions: who has the file open, with heartbeats, for "Öppen av …".
export default function up(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE session (
      id TEXT PRIMARY KEY,
      user_name TEXT NOT NULL,
      organisation TEXT NOT NULL DEFAULT '',
      host TEXT NOT NULL DEFAULT '',
      pid INTEGER NOT NULL DEFAULT 0,
      app_version TEXT NOT NULL DEFAULT '',
      started_at TEXT NOT NULL,
      heartbeat_at TEXT NOT NULL,
      editing_entity TEXT,
      editing_id TEXT
    ) STRICT;
  `)
}
