import type { ChangeLogEntry, EntityKind } from '../../../shared/domain/entities'
import { historyOfEntity, historyOfPeriod } from '../db/repositories/change-log'
import type { Workspace } from './workspace'

export function entityHistory(ws: Workspace, entity: EntityKind, id: string): ChangeLogEntry[] {
  return ws.read(() => historyOfEntity(ws.db, entity, id))
}

export function periodHistory(ws: Workspace, periodId: string): ChangeLogEntry[] {
  return ws.read(() => historyOfPeriod(ws.db, periodId))
}
