import Database from 'better-sqlite3'
import { randomUUID } from 'node:crypto'

export interface OutboxEntry {
  id: number
  file: string
  channel: string
  payload: unknown
  createdAt: string
  attempts: number
  state: 'pending' | 'failed'
  lastError: string | null
}

/**
 * Edits that could not be written to the shared file yet (it was locked, or the network
 * drive was gone) wait here, in a small SQLite file on the user's own disk, until they can
 * be replayed. An edit is removed only after its write committed; nothing is dropped.
 */
export class Outbox {
  private readonly db: Database.Database
  /** This computer's outbox identity, part of every idempotency key. */
  readonly clientId: string

  constructor(path: string) {
    this.db = new Database(path)
    // A local, private file: the rollback journal and a full sync, like the shared file.
    this.db.pragma('journal_mode = DELETE')
    this.db.pragma('synchronous = FULL')
    this.db.exec(`CREATE TABLE IF NOT EXISTS op (
      id INTEGER PRIMARY KEY,
      file TEXT NOT NULL,
      channel TEXT NOT NULL,
      payload TEXT NOT NULL,
      created_at TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      state TEXT NOT NULL DEFAULT 'pending',
      last_error TEXT
    ) STRICT;
    CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;`)
    this.db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('client_id', ?)").run(randomUUID())
    this.clientId = this.db.prepare("SELECT value FROM meta WHERE key = 'client_id'").pluck().get() as string
  }

  add(file: string, channel: string, payload: unknown): number {
    return Number(
      this.db.prepare('INSERT INTO op (file, channel, payload, created_at) VALUES (?, ?, ?, ?)').run(file, channel, JSON.stringify(payload ?? null), new Date().toISOString()).lastInsertRowid
    )
  }

  remove(id: number): void {
    this.db.prepare('DELETE FROM op WHERE id = ?').run(id)
  }

  attempted(id: number, error: string): void {
    this.db.prepare('UPDATE op SET attempts = attempts + 1, last_error = ? WHERE id = ?').run(error, id)
  }

  /** A replay that can no longer apply (e.g. a conflict): kept for the user, never retried blindly. */
  fail(id: number, error: string): void {
    this.db.prepare("UPDATE op SET state = 'failed', last_error = ? WHERE id = ?").run(error, id)
  }

  list(file?: string, state?: OutboxEntry['state']): OutboxEntry[] {
    const rows = this.db
      .prepare(`SELECT * FROM op WHERE (? IS NULL OR file = ?) AND (? IS NULL OR state = ?) ORDER BY id`)
      .all(file ?? null, file ?? null, state ?? null, state ?? null) as Array<Record<string, unknown>>
    return rows.map((r) => ({
      id: r.id as number,
      file: r.file as string,
      channel: r.channel as string,
      payload: JSON.parse(r.payload as string),
      createdAt: r.created_at as string,
      attempts: r.attempts as number,
      state: r.state as OutboxEntry['state'],
      lastError: (r.last_error as string | null) ?? null
    }))
  }

  close(): void {
    this.db.close()
  }
}
