import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../electron/main/db/connection'
import { APPLICATION_ID } from '../../../electron/main/db/header'
import { migrate } from '../../../electron/main/db/migrate'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/main/db/migrations'
import { NewerSchemaError } from '../../../shared/errors'
import { useTempDir } from '../../helpers/temp'

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[])

/** A file as an older app version left it: application id set, migrated up to `version` only. */
function fileAtVersion(file: string, version: number): Database.Database {
  const db = new Database(file)
  db.pragma('journal_mode = DELETE')
  migrate(db, 'test', MIGRATIONS.slice(0, version))
  return db
}

describe('migrations', () => {
  const tempDir = useTempDir()

  it('creates a new file with our application id, the latest schema and safe pragmas', () => {
    const { db, created, schemaVersion } = openDatabase(join(tempDir(), 'ny.mlof'), { create: true })
    expect(created).toBe(true)
    expect(schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(tables(db)).toEqual(
      expect.arrayContaining(['municipality', 'period', 'signatory', 'goal', 'activity', 'follow_up', 'change_log', 'meta', 'session'])
    )
    db.close()
  })

  it.each(MIGRATIONS.slice(0, -1).map((m) => m.version))('migrates a file from version %i, keeping its data', (version) => {
    const file = join(tempDir(), `v${version}.mlof`)
    const old = fileAtVersion(file, version)
    old
      .prepare("INSERT INTO municipality (id, name, created_at, updated_at, updated_by) VALUES ('m1', 'Åsele kommun', 'x', 'x', 'Test')")
      .run()
    old.close()
    const { db, schemaVersion } = openDatabase(file)
    expect(schemaVersion).toBe(LATEST_SCHEMA_VERSION)
    expect(db.prepare("SELECT name FROM municipality WHERE id = 'm1'").pluck().get()).toBe('Åsele kommun')
    expect(tables(db)).toContain('session')
    db.close()
  })

  it('applies all pending migrations or none', () => {
    const file = join(tempDir(), 'atomic.mlof')
    const db = new Database(file)
    const failing = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (d: Database.Database) => d.exec('CREATE TABLE half (x); SELECT * FROM no_such_table')
      }
    ]
    expect(() => migrate(db, 'test', failing)).toThrow()
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    expect(tables(db)).toEqual([])
    db.close()
  })

  it('refuses to migrate a file from a newer version', () => {
    const file = join(tempDir(), 'newer.mlof')
    const db = fileAtVersion(file, LATEST_SCHEMA_VERSION)
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    expect(() => migrate(db, 'newer.mlof')).toThrow(NewerSchemaError)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1)
    db.close()
  })

  it('rejects a migration list that is not numbered 1, 2, 3 …', () => {
    const db = new Database(':memory:')
    expect(() => migrate(db, 'x', [{ ...MIGRATIONS[0], version: 2 }])).toThrow(/expected 1/)
    db.close()
  })

  it('switches a file found in WAL mode back to the rollback journal', () => {
    const file = join(tempDir(), 'wal.mlof')
    const db = fileAtVersion(file, LATEST_SCHEMA_VERSION)
    db.pragma('journal_mode = WAL')
    db.close()
    const opened = openDatabase(file)
    expect(opened.db.pragma('journal_mode', { simple: true })).toBe('delete')
    opened.db.close()
  })
})
