import { randomUUID } from 'node:crypto'
import { fileLabel, openDatabase, type Db, type OpenOptions } from '../db/connection'
import type { WriteContext } from '../db/repositories/context'
import { translateSqliteError } from '../db/sqlite-errors'
import { ReadOnlyError } from '../../../shared/errors'
import type { Actor } from '../../../shared/domain/entities'

/** One open file and who is working in it. Every use case takes a Workspace. */
export interface Workspace {
  readonly db: Db
  readonly file: string
  readonly label: string
  readonly readonly: boolean
  readonly schemaVersion: number
  readonly actor: Actor
  readonly ctx: WriteContext
  /** One short BEGIN IMMEDIATE transaction; never spans an await. */
  write<T>(fn: () => T): T
  /**
   * Runs `fn` with an idempotency key: every transaction it commits also records the key,
   * so a replay can tell that the edit already happened.
   */
  withOpKey<T>(key: string, fn: () => T): T
  /** True when an edit with this key has committed. */
  applied(key: string): boolean
  /** One consistent read (a deferred transaction), so a screen never mixes two states. */
  read<T>(fn: () => T): T
  close(): void
}

export interface WorkspaceOptions extends OpenOptions {
  actor: Actor
  now?: () => string
  newId?: () => string
  /** Test-only: see WriteContext.testOnlyIgnoreVersions. */
  testOnlyIgnoreVersions?: boolean
}

export function openWorkspace(file: string, opts: WorkspaceOptions): Workspace {
  const opened = openDatabase(file, opts)
  const { db } = opened
  const label = fileLabel(file)
  const ctx: WriteContext = {
    user: opts.actor.name,
    now: opts.now ?? (() => new Date().toISOString()),
    newId: opts.newId ?? (() => randomUUID()),
    testOnlyIgnoreVersions: opts.testOnlyIgnoreVersions
  }
  let opKey: string | null = null
  const guard = <T>(fn: () => T): T => {
    try {
      return fn()
    } catch (e) {
      throw translateSqliteError(e, label)
    }
  }
  return {
    db,
    file,
    label,
    readonly: opened.readonly,
    schemaVersion: opened.schemaVersion,
    actor: opts.actor,
    ctx,
    write: (fn) => {
      if (opened.readonly) throw new ReadOnlyError(label)
      return guard(() =>
        db
          .transaction(() => {
            const result = fn()
            if (opKey) db.prepare('INSERT OR IGNORE INTO applied_op (key, at) VALUES (?, ?)').run(opKey, ctx.now())
            return result
          })
          .immediate()
      )
    },
    withOpKey: (key, fn) => {
      const outer = opKey
      opKey = key
      try {
        return fn()
      } finally {
        opKey = outer
      }
    },
    applied: (key) => guard(() => db.prepare('SELECT 1 FROM applied_op WHERE key = ?').get(key) !== undefined),
    read: (fn) => guard(() => db.transaction(fn).deferred()),
    close: () => db.close()
  }
}
