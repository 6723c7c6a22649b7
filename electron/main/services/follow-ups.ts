import type { FollowUp } from '../../../shared/domain/entities'
import { createFollowUpInput, type CreateFollowUpInput, type DeleteInput, type UpdateFollowUpInput } from '../../../shared/domain/inputs'
import { ConflictError } from '../../../shared/errors'
import { lastChange } from '../db/repositories/change-log'
import { activities, followUps } from '../db/repositories/tables'
import { insert, requireById, restore, softDelete, update } from '../db/repositories/versioned-table'
import type { Workspace } from './workspace'

/**
 * Writes a new contribution for activity × year × tertial × party. If the other coordinator
 * created the same cell a moment ago, that is a conflict (their text is returned), never an
 * overwrite. A cell deleted earlier is brought back, so its history stays in one place.
 */
export function createFollowUp(ws: Workspace, raw: CreateFollowUpInput): FollowUp {
  const input = createFollowUpInput.parse(raw)
  return ws.write(() => {
    requireById(ws.db, activities, input.activityId)
    const existing = ws.db
      .prepare('SELECT id, deleted_at FROM follow_up WHERE activity_id = ? AND year = ? AND tertial = ? AND party = ?')
      .get(input.activityId, input.year, input.tertial, input.party) as { id: string; deleted_at: string | null } | undefined
    if (!existing) return insert(ws.db, ws.ctx, followUps, input)
    if (existing.deleted_at === null) {
      const current = requireById(ws.db, followUps, existing.id)
      const last = lastChange(ws.db, 'followUp', existing.id)
      throw new ConflictError({
        entity: 'followUp',
        id: existing.id,
        expectedVersion: 0,
        current,
        changedBy: last?.user ?? current.updatedBy,
        changedAt: last?.at ?? current.updatedAt
      })
    }
    const revived = restore(ws.db, ws.ctx, followUps, existing.id)
    return update(ws.db, ws.ctx, followUps, revived.id, revived.version, {
      text: input.text,
      status: input.status,
      count: input.count
    })
  })
}

export const updateFollowUp = (ws: Workspace, i: UpdateFollowUpInput): FollowUp =>
  ws.write(() => update(ws.db, ws.ctx, followUps, i.id, i.expectedVersion, i.patch))

export const deleteFollowUp = (ws: Workspace, i: DeleteInput): void =>
  ws.write(() => softDelete(ws.db, ws.ctx, followUps, i.id, i.expectedVersion))
