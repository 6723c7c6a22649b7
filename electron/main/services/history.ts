import type { ChangeLogEntry, EntityKind } from '../../../shared/domain/entities'
import { historyOfEntity, historyOfPeriod } from '../db/repositories/change-log'
import type { Workspace } from './workspace'
import { TABLES } from '../db/repositories/tables'
import { restore, type TableSpec, type Tracked } from '../db/repositories/versioned-table'

const SPECS: Record<EntityKind, TableSpec<Tracked>> = {
  municipality: TABLES.municipalities,
  period: TABLES.periods,
  signatory: TABLES.signatories,
  goal: TABLES.goals,
  activity: TABLES.activities,
  followUp: TABLES.followUps
} as unknown as Record<EntityKind, TableSpec<Tracked>>

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
