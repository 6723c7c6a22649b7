import Database from 'better-sqlite3'
import { accessSync, constants, statSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import {
  AppError,
  CorruptDatabaseError,
  EmptyFileError,
  FileNotFoundError,
  ForeignFileError,
  NewerSchemaError,
  NotADatabaseError,
  ReadOnlyError
} from '../../../shared/errors'
import { APPLICATION_ID, readFileHeader } from './header'
import { migrate } from './migrate'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { translateSqliteError } from './sqlite-errors'

export type Db = Database.Database

export interface OpenOptions {
  /** Create the file when it does not exist. */
  create?: boolean
  /** Open without writing anything: no pragmas that write, no migration. */
  readonly?: boolean
  /**
   * How long SQLite itself waits for a lock. Kept short because better-sqlite3 blocks the
   * whole process while it waits; longer waits are retried asynchronously by the caller.
   */
  busyTimeoutMs?: number
  /** With readonly: open a file from a newer app version to read it. */
  allowNewer?: boolean
}

export interface OpenedDatabase {
  db: Db
  file: string
  readonly: boolean
  schemaVersion: number
  created: boolean
}

/** A name for messages: the file's own name, never the whole path. */
export function fileLabel(file: string): string {
  return basename(file)
}

/**
 * Refuses what is not ours before SQLite opens it: empty, not SQLite, another program's
 * database, a newer schema, or a file shorter than its header says (truncated).
 */
export function assertOurFile(file: string, opts: { allowMissing?: boolean; allowNewer?: boolean } = {}): 'missing' | 'ok' {
  const label = fileLabel(file)
  const header = readFileHeader(file)
  switch (header.kind) {
    case 'missing':
      if (opts.allowMissing) return 'missing'
      throw new FileNotFoundError(label)
    case 'empty':
      throw new EmptyFileError(label)
    case 'not-sqlite':
      throw new NotADatabaseError(label)
    case 'sqlite':
      if (header.applicationId !== APPLICATION_ID) throw new ForeignFileError(label)
      if (header.userVersion > LATEST_SCHEMA_VERSION && !opts.allowNewer)
        throw new NewerSchemaError(label, header.userVersion, LATEST_SCHEMA_VERSION)
      // Whether the file is shorter than its header says is checked after opening, under a
      // read lock: read here, a colleague's commit in progress would look like damage.
      return 'ok'
  }
}

/** A file shorter than its pages: checked inside a read transaction, so no commit is half-written. */
function assertNotTruncated(db: Db, file: string, label: string): void {
  db.transaction(() => {
    const pages = db.pragma('page_count', { simple: true }) as number
    const pageSize = db.pragma('page_size', { simple: true }) as number
    if (statSync(file).size < pages * pageSize) throw new CorruptDatabaseError(label, 'filen är avkortad')
  }).deferred()
}

function applyPragmas(db: Db, readonly: boolean, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`)
  db.pragma('foreign_keys = ON')
  if (readonly) return
  // Rollback journal: WAL needs shared memory and is unsafe on network shares (see DESIGN.md).
  // A file left in WAL mode is switched back; if another program holds it, that fails.
  const wasWal = (db.pragma('journal_mode', { simple: true }) as string) === 'wal'
  let mode: string
  try {
    mode = db.pragma('journal_mode = DELETE', { simple: true }) as string
  } catch (error) {
    if (wasWal) throw new AppError('WAL_IN_USE', 'Filen används i WAL-läge av ett annat program.')
    throw error
  }
  if (mode !== 'delete') throw new AppError('WAL_IN_USE', 'Filen används i WAL-läge av ett annat program.')
  db.pragma('synchronous = FULL')
}

/** Opens (or creates) one of our files, checks it, and migrates it to the current schema. */
export function openDatabase(file: string, opts: OpenOptions = {}): OpenedDatabase {
  const label = fileLabel(file)
  const readonly = opts.readonly ?? false
  const state = assertOurFile(file, { allowMissing: opts.create && !readonly, allowNewer: readonly && opts.allowNewer })
  const created = state === 'missing'
  // SQLite quietly opens a file it may not write as read-only; say so instead (the journal
  // also needs the folder to be writable).
  if (!readonly) {
    try {
      accessSync(created ? dirname(file) : file, constants.W_OK)
      accessSync(dirname(file), constants.W_OK)
    } catch {
      throw new ReadOnlyError(label)
    }
  }
  let db: Db | undefined
  try {
    db = new Database(file, { readonly, fileMustExist: !created, timeout: opts.busyTimeoutMs ?? 250 })
    applyPragmas(db, readonly, opts.busyTimeoutMs ?? 250)
    assertNotTruncated(db, file, label)
    const check = db.pragma('quick_check', { simple: true }) as string
    if (check !== 'ok') throw new CorruptDatabaseError(label, check)
    let schemaVersion = db.pragma('user_version', { simple: true }) as number
    if (!readonly) schemaVersion = migrate(db, label).to
    return { db, file, readonly, schemaVersion, created }
  } catch (error) {
    db?.close()
    throw translateSqliteError(error, label)
  }
}
