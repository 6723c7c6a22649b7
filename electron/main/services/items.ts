import type { Activity, Goal, Signatory } from '../../../shared/domain/entities'
import {
  createActivityInput,
  createSignatoryInput,
  type CreateActivityInput,
  type CreateGoalInput,
  type CreateSignatoryInput,
  type DeleteInput,
  type MoveInput,
  type UpdateActivityInput,
  type UpdateGoalInput,
  type UpdateSignatoryInput
} from '../../../shared/domain/inputs'
import { activities, goals, periods, signatories } from '../db/repositories/tables'
import { insert, move, requireById, softDelete, update } from '../db/repositories/versioned-table'
import type { Workspace } from './workspace'

// Signatories, goals and activities: the ordered items under a period.

export function createSignatory(ws: Workspace, raw: CreateSignatoryInput): Signatory {
  const input = createSignatoryInput.parse(raw)
  return ws.write(() => {
    requireById(ws.db, periods, input.periodId)
    return insert(ws.db, ws.ctx, signatories, input)
  })
}
export const updateSignatory = (ws: Workspace, i: UpdateSignatoryInput): Signatory =>
  ws.write(() => update(ws.db, ws.ctx, signatories, i.id, i.expectedVersion, i.patch))
export const deleteSignatory = (ws: Workspace, i: DeleteInput): void =>
  ws.write(() => softDelete(ws.db, ws.ctx, signatories, i.id, i.expectedVersion))
export const moveSignatory = (ws: Workspace, i: MoveInput): Signatory =>
  ws.write(() => move(ws.db, ws.ctx, signatories, i.id, i.expectedVersion, i.toIndex))

export function createGoal(ws: Workspace, input: CreateGoalInput): Goal {
  return ws.write(() => {
    requireById(ws.db, periods, input.periodId)
    return insert(ws.db, ws.ctx, goals, { periodId: input.periodId, text: input.text })
  })
}
export const updateGoal = (ws: Workspace, i: UpdateGoalInput): Goal =>
  ws.write(() => update(ws.db, ws.ctx, goals, i.id, i.expectedVersion, i.patch))
export const deleteGoal = (ws: Workspace, i: DeleteInput): void =>
  ws.write(() => softDelete(ws.db, ws.ctx, goals, i.id, i.expectedVersion))
export const moveGoal = (ws: Workspace, i: MoveInput): Goal =>
  ws.write(() => move(ws.db, ws.ctx, goals, i.id, i.expectedVersion, i.toIndex))

export function createActivity(ws: Workspace, raw: CreateActivityInput): Activity {
  const input = createActivityInput.parse(raw)
  return ws.write(() => {
    requireById(ws.db, goals, input.goalId)
    return insert(ws.db, ws.ctx, activities, input)
  })
}
export const updateActivity = (ws: Workspace, i: UpdateActivityInput): Activity =>
  ws.write(() => update(ws.db, ws.ctx, activities, i.id, i.expectedVersion, i.patch))
export const deleteActivity = (ws: Workspace, i: DeleteInput): void =>
  ws.write(() => softDelete(ws.db, ws.ctx, activities, i.id, i.expectedVersion))
export const moveActivity = (ws: Workspace, i: MoveInput): Activity =>
  ws.write(() => move(ws.db, ws.ctx, activities, i.id, i.expectedVersion, i.toIndex))
