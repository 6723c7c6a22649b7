import { parsedPeriodSchema, type ParsedPeriodInput } from '../../../shared/import/schema'
import { svCompare } from '../../../shared/domain/sort'
import { InvalidInputError } from '../../../shared/errors'
import { activities, goals, municipalities, periods, signatories } from '../db/repositories/tables'
import { insert, listWhere } from '../db/repositories/versioned-table'
import type { Workspace } from './workspace'

/**
 * Saves a parsed promise page (as the user corrected it) in one transaction: either the whole
 * period with its goals, activities and signatories is written, or nothing.
 */
export function importPeriods(ws: Workspace, municipalityName: string, raw: ParsedPeriodInput[]): string[] {
  const name = municipalityName.trim()
  if (!name) throw new InvalidInputError('Ange vilken kommun medborgarlöftet gäller.')
  const parsed = raw.map((p) => parsedPeriodSchema.parse(p))
  return ws.write(() => {
    const { db, ctx } = ws
    const existing = listWhere(db, municipalities, '1', []).find((m) => svCompare(m.name, name) === 0)
    const m = existing ?? insert(db, ctx, municipalities, { name })
    return parsed.map((p) => {
      const period = insert(db, ctx, periods, {
        municipalityId: m.id,
        title: p.title,
        startDate: p.start,
        endDate: p.end,
        signedDate: p.signedDate,
        signedPlace: p.signedPlace,
        situation: p.situation,
        effect: p.effect,
        followUpPlan: p.followUpPlan,
        state: 'gallande'
      })
      for (const g of p.goals) {
        const goal = insert(db, ctx, goals, { periodId: period.id, text: g.text })
        for (const a of g.activities)
          insert(db, ctx, activities, {
            goalId: goal.id,
            text: a.text,
            party: a.party,
            partyName: a.party === 'annan' ? (a.partyName ?? '') : '',
            targetCount: a.target?.count ?? null,
            targetUnit: a.target?.unit ?? ''
          })
      }
      for (const s of p.signatories) insert(db, ctx, signatories, { periodId: period.id, name: s.name, title: s.title, organisation: '' })
      return period.id
    })
  })
}
