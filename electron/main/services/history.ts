import type { ChangeLogEntry, EntityKind } from '../../../shared/domain/entities'
import { historyOfEntity, historyOfPeriod } from '../db/repositories/change-log'
import type { Workspace } from './workspace'
import { TABLES } from '../db/repositories/tables'
import { getById, move, restore, softDelete, update, type TableSpec, type Tracked } from '../db/repositories/versioned-table'
import { logValue } from '../db/repositories/change-log'
import { ConflictError, InvalidInputError, NotFoundError } from '../../../shared/errors'

const SPECS: Record<EntityKind, TableSpec<Tracked>> = {
  municipality: TABLES.municipalities,
  period: TABLES.periods,
  signatory: TABLES.signatories,
  goal: TABLES.goals,
  activity: TABLES.activities,
  followUp: TABLES.followUps
} as unknown as Record<EntityKind, TableSpec<Tracked>>

interface ChangeRow {
  id: number
  entity: EntityKind
  entity_id: string
  op: 'create' | 'update' | 'delete' | 'restore' | 'move'
  field: string | null
  old_value: string | null
  new_value: string | null
}

/** A logged text back to the field's type (numbers stay numbers, null stays null). */
function typed(value: string | null, like: unknown): unknown {
  if (value === null) return null
  if (typeof like === 'number') return Number(value)
  if (like === null && /^-?\d+$/.test(value)) return Number(value)
  return value
}

/**
 * Undoes one change from the history, as a new, logged change. Only while the field still
 * holds what that change wrote: if someone changed it again since, that is a conflict for a
 * person to look at, not something to overwrite.
 */
export function revertChange(ws: Workspace, changeId: number): void {
  ws.write(() => {
    const c = ws.db.prepare('SELECT * FROM change_log WHERE id = ?').get(changeId) as ChangeRow | undefined
    if (!c) throw new NotFoundError('Ändringen')
    const spec = SPECS[c.entity]
    const row = ws.db.prepare(`SELECT * FROM ${spec.table} WHERE id = ?`).get(c.entity_id) as Record<string, unknown> | undefined
    if (!row) throw new NotFoundError('Det ändrade')
    const live = getById(ws.db, spec, c.entity_id)
    switch (c.op) {
      case 'update': {
        if (!live || !c.field) throw new InvalidInputError('Det som ändrades är borttaget; återställ det först.')
        const current = (live as unknown as Record<string, unknown>)[c.field]
        if (logValue(current) !== c.new_value)
          throw new ConflictError({ entity: c.entity, id: c.entity_id, expectedVersion: live.version, current: live, changedBy: live.updatedBy, changedAt: live.updatedAt })
        update(ws.db, ws.ctx, spec, c.entity_id, live.version, { [c.field]: typed(c.old_value, current) } as never)
        return
      }
      case 'create':
      case 'restore':
        if (live) softDelete(ws.db, ws.ctx, spec, c.entity_id, live.version)
        return
      case 'delete':
        if (!live) restore(ws.db, ws.ctx, spec, c.entity_id)
        return
      case 'move':
        if (!live) throw new InvalidInputError('Det som flyttades är borttaget; återställ det först.')
        move(ws.db, ws.ctx, spec as unknown as TableSpec<Tracked & { position: number }>, c.entity_id, live.version, Number(c.old_value) - 1)
        return
    }
  })
}

/** Brings back something deleted (the "Ångra" after a delete); itself a logged change. */
export function restoreItem(ws: Workspace, entity: EntityKind, id: string): void {
  ws.write(() => restore(ws.db, ws.ctx, SPECS[entity], id))
}

export function entityHistory(ws: Workspace, entity: EntityKind, id: string): ChangeLogEntry[] {
  return ws.read(() => historyOfEntity(ws.db, entity, id))
}

export function periodHistory(ws: Workspace, periodId: string): ChangeLogEntry[] {
  return ws.read(() => historyOfPeriod(ws.db, periodId))
}
