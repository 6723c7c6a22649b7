import type { ChangeLogEntry, EntityKind } from '../../../../shared/domain/entities'
import type { Db } from '../connection'
import type { WriteContext } from './context'

type Op = ChangeLogEntry['op']

/** Values are stored as text; null stays null so "emptied" and "never set" differ. */
export function logValue(value: unknown): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export function writeChange(
  db: Db,
  ctx: WriteContext,
  at: string,
  entry: { entity: EntityKind; entityId: string; periodId: string | null; op: Op; field?: string | null; oldValue?: unknown; newValue?: unknown; version?: number }
): void {
  db.prepare(
    `INSERT INTO change_log (at, user, entity, entity_id, period_id, op, field, old_value, new_value, version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  ).run(
    at,
    ctx.user,
    entry.entity,
    entry.entityId,
    entry.periodId,
    entry.op,
    entry.field ?? null,
    logValue(entry.oldValue),
    logValue(entry.newValue),
    entry.version ?? null
  )
}

/** The fields of a row that changed after a version (null: unknown, e.g. logged before versions were). */
export function fieldsChangedSince(db: Db, entityId: string, version: number): Set<string> | null {
  const rows = db.prepare('SELECT op, field, version FROM change_log WHERE entity_id = ? AND (version IS NULL OR version > ?)').all(entityId, version) as Array<{
    op: Op
    field: string | null
    version: number | null
  }>
  if (rows.some((r) => r.version === null && r.op !== 'create')) return null
  const out = new Set<string>()
  for (const r of rows) {
    if (r.version === null) continue
    if (r.op !== 'update' && r.op !== 'move') return null // deleted, restored…: a person decides
    out.add(r.field ?? '')
  }
  return out
}

interface ChangeRow {
  id: number
  at: string
  user: string
  entity: EntityKind
  entity_id: string
  period_id: string | null
  op: Op
  field: string | null
  old_value: string | null
  new_value: string | null
}

function toEntry(r: ChangeRow): ChangeLogEntry {
  return {
    id: r.id,
    at: r.at,
    user: r.user,
    entity: r.entity,
    entityId: r.entity_id,
    periodId: r.period_id,
    op: r.op,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value
  }
}

/** Newest first. */
export function historyOfEntity(db: Db, entity: EntityKind, id: string, limit = 500): ChangeLogEntry[] {
  return (
    db
      .prepare('SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?')
      .all(entity, id, limit) as ChangeRow[]
  ).map(toEntry)
}

/** Everything that happened under one period (its goals, activities, follow-ups…), newest first. */
export function historyOfPeriod(db: Db, periodId: string, limit = 2000): ChangeLogEntry[] {
  return (
    db.prepare('SELECT * FROM change_log WHERE period_id = ? ORDER BY id DESC LIMIT ?').all(periodId, limit) as ChangeRow[]
  ).map(toEntry)
}

/** The last change to a row: who collided with us, for the conflict message. */
export function lastChange(db: Db, entity: EntityKind, id: string): { user: string; at: string } | null {
  return (
    (db
      .prepare('SELECT user, at FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1')
      .get(entity, id) as { user: string; at: string } | undefined) ?? null
  )
}
