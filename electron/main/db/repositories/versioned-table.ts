import type { EntityKind } from '../../../../shared/domain/entities'
import { ConflictError, NotFoundError } from '../../../../shared/errors'
import type { Db } from '../connection'
import { fieldsChangedSince, lastChange, writeChange } from './change-log'
import type { WriteContext } from './context'

export interface Tracked {
  id: string
  version: number
  createdAt: string
  updatedAt: string
  updatedBy: string
}

type Row = Record<string, unknown>

/**
 * Describes one editable table: which fields map to which columns, how to find the period a
 * row belongs to (for history per period) and, for ordered rows, the parent column.
 * Every write through this module is version-checked and logged in the same transaction.
 */
export interface TableSpec<T extends Tracked> {
  entity: EntityKind
  table: string
  /** Definite Swedish noun for messages: "Aktiviteten". */
  label: string
  /** Entity field → column, for every field except the tracked ones. */
  fields: { [K in Exclude<keyof T, keyof Tracked>]: string }
  periodOf: (db: Db, row: T) => string | null
  /** For ordered rows: the column whose value groups siblings (e.g. goal_id). */
  parentColumn?: string
}

type Fields<T extends Tracked> = Omit<T, keyof Tracked>

/** Ordered rows get the next position among their siblings unless one is given. */
export type InsertValues<T extends Tracked> = Omit<Fields<T>, 'position'> &
  Partial<Pick<Fields<T>, Extract<'position', keyof Fields<T>>>>

const TRACKED_COLUMNS: Record<keyof Tracked, string> = {
  id: 'id',
  version: 'version',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  updatedBy: 'updated_by'
}

function fromRow<T extends Tracked>(spec: TableSpec<T>, row: Row): T {
  const out: Row = {}
  for (const [field, col] of Object.entries({ ...TRACKED_COLUMNS, ...spec.fields })) out[field] = row[col as string]
  return out as T
}

function rawById(db: Db, spec: TableSpec<Tracked>, id: string): Row | undefined {
  return db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Row | undefined
}

export function getById<T extends Tracked>(db: Db, spec: TableSpec<T>, id: string): T | null {
  const row = rawById(db, spec as unknown as TableSpec<Tracked>, id)
  return row && row.deleted_at == null ? fromRow(spec, row) : null
}

export function requireById<T extends Tracked>(db: Db, spec: TableSpec<T>, id: string): T {
  const found = getById(db, spec, id)
  if (!found) throw new NotFoundError(spec.label)
  return found
}

/** Live rows matching `where` (a SQL condition on the table's columns). */
export function listWhere<T extends Tracked>(db: Db, spec: TableSpec<T>, where: string, params: unknown[], orderBy = 'rowid'): T[] {
  const rows = db
    .prepare(`SELECT * FROM ${spec.table} WHERE deleted_at IS NULL AND (${where}) ORDER BY ${orderBy}`)
    .all(...params) as Row[]
  return rows.map((r) => fromRow(spec, r))
}

function nextPosition(db: Db, spec: TableSpec<Tracked>, parentId: unknown): number {
  const r = db
    .prepare(`SELECT MAX(position) AS p FROM ${spec.table} WHERE ${spec.parentColumn} = ? AND deleted_at IS NULL`)
    .get(parentId) as { p: number | null }
  return (r.p ?? 0) + 1
}

export function insert<T extends Tracked>(db: Db, ctx: WriteContext, spec: TableSpec<T>, values: InsertValues<T>): T {
  const at = ctx.now()
  const data: Row = { ...(values as Row) }
  const anySpec = spec as unknown as TableSpec<Tracked>
  if (spec.parentColumn && 'position' in spec.fields && data.position === undefined) {
    const parentField = Object.entries(spec.fields).find(([, c]) => c === spec.parentColumn)![0]
    data.position = nextPosition(db, anySpec, data[parentField])
  }
  const id = ctx.newId()
  const cols = ['id', 'version', 'created_at', 'updated_at', 'updated_by']
  const vals: unknown[] = [id, 1, at, at, ctx.user]
  for (const [field, col] of Object.entries(spec.fields) as [string, string][]) {
    cols.push(col)
    vals.push(data[field] ?? null)
  }
  db.prepare(`INSERT INTO ${spec.table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...vals)
  const created = requireById(db, spec, id)
  writeChange(db, ctx, at, {
    entity: spec.entity,
    entityId: id,
    periodId: spec.periodOf(db, created),
    op: 'create',
    newValue: fieldsOf(spec, created),
    version: 1
  })
  return created
}

function fieldsOf<T extends Tracked>(spec: TableSpec<T>, row: T): Row {
  const out: Row = {}
  for (const field of Object.keys(spec.fields)) out[field] = (row as Row)[field]
  return out
}

/** Throws the typed conflict when the row is gone or moved past the version the caller read. */
function checkVersion<T extends Tracked>(db: Db, spec: TableSpec<T>, id: string, expectedVersion: number): T {
  const row = rawById(db, spec as unknown as TableSpec<Tracked>, id)
  if (!row) throw new NotFoundError(spec.label)
  const current = fromRow(spec, row)
  const deleted = row.deleted_at != null
  if (deleted || current.version !== expectedVersion) {
    const last = lastChange(db, spec.entity, id)
    throw new ConflictError({
      entity: spec.entity,
      id,
      expectedVersion,
      current: deleted ? null : current,
      changedBy: last?.user ?? current.updatedBy,
      changedAt: last?.at ?? current.updatedAt
    })
  }
  return current
}

/** Bumps the version with a guarded UPDATE; a lost race also surfaces as a conflict. */
function writeGuarded(db: Db, ctx: WriteContext, spec: TableSpec<Tracked>, id: string, expectedVersion: number, at: string, sets: string[], params: unknown[]): void {
  const info = db
    .prepare(
      `UPDATE ${spec.table} SET ${[...sets, 'version = version + 1', 'updated_at = ?', 'updated_by = ?'].join(', ')}
       WHERE id = ? AND version = ?`
    )
    .run(...params, at, ctx.user, id, expectedVersion)
  if (info.changes !== 1) checkVersion(db, spec, id, expectedVersion)
}

/**
 * When the row moved on since the version the user read, but only in fields this edit does
 * not touch (the other person changed the target, this one the text), the edit is merged onto
 * the current version. Anything else stays a conflict for a person to decide.
 */
function mergeableBase(db: Db, spec: TableSpec<Tracked> | TableSpec<never>, id: string, expectedVersion: number, fields: string[]): number {
  const row = rawById(db, spec as unknown as TableSpec<Tracked>, id)
  if (!row || row.deleted_at != null || row.version === expectedVersion) return expectedVersion
  const changed = fieldsChangedSince(db, id, expectedVersion)
  if (!changed || fields.some((f) => changed.has(f))) return expectedVersion
  return row.version as number
}

export function update<T extends Tracked>(
  db: Db,
  ctx: WriteContext,
  spec: TableSpec<T>,
  id: string,
  expectedVersion: number,
  patch: Partial<Fields<T>>
): T {
  if (ctx.testOnlyIgnoreVersions) expectedVersion = (rawById(db, spec as unknown as TableSpec<Tracked>, id)?.version as number) ?? expectedVersion
  expectedVersion = mergeableBase(db, spec, id, expectedVersion, Object.keys(patch))
  const current = checkVersion(db, spec, id, expectedVersion)
  const changed = (Object.entries(patch) as [string, unknown][]).filter(
    ([field, value]) => value !== undefined && field in spec.fields && (current as Row)[field] !== value
  )
  if (changed.length === 0) return current
  const at = ctx.now()
  const columns = spec.fields as Record<string, string>
  writeGuarded(
    db,
    ctx,
    spec as unknown as TableSpec<Tracked>,
    id,
    expectedVersion,
    at,
    changed.map(([f]) => `${columns[f]} = ?`),
    changed.map(([, v]) => v)
  )
  const periodId = spec.periodOf(db, current)
  for (const [field, value] of changed)
    writeChange(db, ctx, at, { entity: spec.entity, entityId: id, periodId, op: 'update', field, oldValue: (current as Row)[field], newValue: value, version: expectedVersion + 1 })
  return requireById(db, spec, id)
}

export function softDelete<T extends Tracked>(db: Db, ctx: WriteContext, spec: TableSpec<T>, id: string, expectedVersion: number): void {
  const current = checkVersion(db, spec, id, expectedVersion)
  const at = ctx.now()
  writeGuarded(db, ctx, spec as unknown as TableSpec<Tracked>, id, expectedVersion, at, ['deleted_at = ?'], [at])
  writeChange(db, ctx, at, {
    entity: spec.entity,
    entityId: id,
    periodId: spec.periodOf(db, current),
    op: 'delete',
    oldValue: fieldsOf(spec, current),
    version: expectedVersion + 1
  })
}

/** Brings a soft-deleted row back; `expectedVersion` is the version it had when deleted + 1. */
export function restore<T extends Tracked>(db: Db, ctx: WriteContext, spec: TableSpec<T>, id: string): T {
  const row = rawById(db, spec as unknown as TableSpec<Tracked>, id)
  if (!row) throw new NotFoundError(spec.label)
  if (row.deleted_at == null) return fromRow(spec, row)
  const at = ctx.now()
  const version = row.version as number
  writeGuarded(db, ctx, spec as unknown as TableSpec<Tracked>, id, version, at, ['deleted_at = NULL'], [])
  const restored = requireById(db, spec, id)
  writeChange(db, ctx, at, { entity: spec.entity, entityId: id, periodId: spec.periodOf(db, restored), op: 'restore', newValue: fieldsOf(spec, restored), version: restored.version })
  return restored
}

/**
 * Moves a row to `toIndex` among its live siblings. Only the moved row changes (its position
 * becomes a value between its new neighbours), so a move never collides with someone else
 * editing a sibling's text.
 */
export function move<T extends Tracked & { position: number }>(
  db: Db,
  ctx: WriteContext,
  spec: TableSpec<T>,
  id: string,
  expectedVersion: number,
  toIndex: number
): T {
  const current = checkVersion(db, spec, id, expectedVersion)
  const parentField = Object.entries(spec.fields).find(([, c]) => c === spec.parentColumn)?.[0]
  if (!parentField) throw new Error(`${spec.table} is not ordered`)
  const parentId = (current as Row)[parentField]
  const siblingsOf = () =>
    listWhere(db, spec, `${spec.parentColumn} = ?`, [parentId], 'position, rowid')
  const all = siblingsOf()
  const fromIndex = all.findIndex((s) => s.id === id)
  let others = all.filter((s) => s.id !== id)
  const index = Math.min(Math.max(0, toIndex), others.length)
  if (index === fromIndex) return current
  let prev = others[index - 1]?.position
  let next = others[index]?.position
  if (prev !== undefined && next !== undefined && next - prev < 1e-9) {
    // Positions have been halved too often: renumber (order unchanged, so no version bump).
    const renumber = db.prepare(`UPDATE ${spec.table} SET position = ? WHERE id = ?`)
    all.forEach((s, i) => renumber.run(i + 1, s.id))
    others = siblingsOf().filter((s) => s.id !== id)
    prev = others[index - 1]?.position
    next = others[index]?.position
  }
  const position =
    prev === undefined && next === undefined ? 1 : prev === undefined ? next! - 1 : next === undefined ? prev + 1 : (prev + next) / 2
  const at = ctx.now()
  writeGuarded(db, ctx, spec as unknown as TableSpec<Tracked>, id, expectedVersion, at, ['position = ?'], [position])
  writeChange(db, ctx, at, {
    entity: spec.entity,
    entityId: id,
    periodId: spec.periodOf(db, current),
    op: 'move',
    field: 'position',
    oldValue: fromIndex + 1,
    newValue: index + 1,
    version: expectedVersion + 1
  })
  return requireById(db, spec, id)
}
