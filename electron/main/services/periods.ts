import type { PeriodSummary, PeriodTree, PromisePeriod } from '../../../shared/domain/entities'
import type { CopyPeriodInput, CreatePeriodInput, DeleteInput, UpdatePeriodInput } from '../../../shared/domain/inputs'
import { createPeriodInput } from '../../../shared/domain/inputs'
import { InvalidInputError } from '../../../shared/errors'
import { activities, followUps, goals, municipalities, periods, signatories } from '../db/repositories/tables'
import { insert, listWhere, requireById, softDelete, update } from '../db/repositories/versioned-table'
import type { Workspace } from './workspace'

/** Periods, newest first, optionally of one municipality. */
export function listPeriods(ws: Workspace, municipalityId?: string): PeriodSummary[] {
  return ws.read(() => {
    const names = new Map(listWhere(ws.db, municipalities, '1', []).map((m) => [m.id, m.name]))
    const rows = municipalityId
      ? listWhere(ws.db, periods, 'municipality_id = ?', [municipalityId], 'start_date DESC, title')
      : listWhere(ws.db, periods, '1', [], 'start_date DESC, title')
    return rows.filter((p) => names.has(p.municipalityId)).map((p) => ({ ...p, municipalityName: names.get(p.municipalityId)! }))
  })
}

/**
 * Finds a period by id or by title (case-insensitive); without a reference, the file's only
 * period. Used by the command line, where people type what they see.
 */
export function findPeriod(ws: Workspace, ref?: string): PeriodSummary {
  const all = listPeriods(ws)
  if (!ref) {
    if (all.length === 1) return all[0]
    throw new InvalidInputError(
      all.length === 0 ? 'Filen innehåller inga medborgarlöften.' : `Filen innehåller ${all.length} medborgarlöften: ange vilket med --period.`
    )
  }
  const byId = all.find((p) => p.id === ref)
  if (byId) return byId
  const lower = ref.trim().toLocaleLowerCase('sv')
  const byTitle = all.filter((p) => p.title.toLocaleLowerCase('sv') === lower)
  if (byTitle.length === 1) return byTitle[0]
  if (byTitle.length > 1) throw new InvalidInputError(`Flera medborgarlöften heter ”${ref}”: ange id i stället.`)
  throw new InvalidInputError(`Hittade inget medborgarlöfte ”${ref}”. Finns: ${all.map((p) => `”${p.title}” (${p.id})`).join(', ')}.`)
}

/** A period with its signatories, goals, activities and all follow-ups, read in one transaction. */
export function getPeriodTree(ws: Workspace, periodId: string): PeriodTree {
  return ws.read(() => {
    const period = requireById(ws.db, periods, periodId)
    const municipality = requireById(ws.db, municipalities, period.municipalityId)
    const goalRows = listWhere(ws.db, goals, 'period_id = ?', [periodId], 'position, rowid')
    const acts = listWhere(
      ws.db,
      activities,
      'goal_id IN (SELECT id FROM goal WHERE period_id = ? AND deleted_at IS NULL)',
      [periodId],
      'position, rowid'
    )
    const fus = listWhere(
      ws.db,
      followUps,
      `activity_id IN (SELECT a.id FROM activity a JOIN goal g ON g.id = a.goal_id
                        WHERE g.period_id = ? AND a.deleted_at IS NULL AND g.deleted_at IS NULL)`,
      [periodId],
      'year, tertial, party'
    )
    return {
      municipality,
      period,
      signatories: listWhere(ws.db, signatories, 'period_id = ?', [periodId], 'position, rowid'),
      goals: goalRows.map((g) => ({ ...g, activities: acts.filter((a) => a.goalId === g.id) })),
      followUps: fus
    }
  })
}

export function createPeriod(ws: Workspace, raw: CreatePeriodInput): PromisePeriod {
  const input = createPeriodInput.parse(raw)
  return ws.write(() => {
    requireById(ws.db, municipalities, input.municipalityId)
    return insert(ws.db, ws.ctx, periods, input)
  })
}

export function updatePeriod(ws: Workspace, input: UpdatePeriodInput): PromisePeriod {
  return ws.write(() => {
    const current = requireById(ws.db, periods, input.id)
    const start = input.patch.startDate ?? current.startDate
    const end = input.patch.endDate ?? current.endDate
    if (end < start) throw new InvalidInputError('Slutdatum kan inte vara före startdatum.')
    return update(ws.db, ws.ctx, periods, input.id, input.expectedVersion, input.patch)
  })
}

export function deletePeriod(ws: Workspace, input: DeleteInput): void {
  ws.write(() => softDelete(ws.db, ws.ctx, periods, input.id, input.expectedVersion))
}

/**
 * Starts a renewed promise from an old one: goals and activities (with parties and targets) are
 * carried forward, the texts about the situation too; follow-ups and signatures are not.
 */
export function copyPeriod(ws: Workspace, input: CopyPeriodInput): PromisePeriod {
  return ws.write(() => {
    const src = requireById(ws.db, periods, input.sourceId)
    const copy = insert(ws.db, ws.ctx, periods, {
      municipalityId: src.municipalityId,
      title: input.title,
      startDate: input.startDate,
      endDate: input.endDate,
      signedDate: null,
      signedPlace: '',
      situation: src.situation,
      effect: src.effect,
      followUpPlan: src.followUpPlan,
      state: 'utkast'
    })
    for (const g of listWhere(ws.db, goals, 'period_id = ?', [src.id], 'position, rowid')) {
      const goal = insert(ws.db, ws.ctx, goals, { periodId: copy.id, text: g.text, position: g.position })
      for (const a of listWhere(ws.db, activities, 'goal_id = ?', [g.id], 'position, rowid')) {
        insert(ws.db, ws.ctx, activities, {
          goalId: goal.id,
          text: a.text,
          party: a.party,
          partyName: a.partyName,
          targetCount: a.targetCount,
          targetUnit: a.targetUnit,
          position: a.position
        })
      }
    }
    return copy
  })
}
