import type { Activity, FollowUp, Goal, PeriodTree } from '../../shared/domain/entities'

let seq = 0
const tracked = () => ({ id: `id${++seq}`, version: 1, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', updatedBy: 'Test' })

/** Builds a PeriodTree in memory for pure report-model tests. */
export function tree(opts: {
  start?: string
  end?: string
  goals: Array<{ text: string; activities: Array<Partial<Activity> & { text: string; followUps?: Array<Partial<FollowUp>> }> }>
}): PeriodTree {
  const municipality = { ...tracked(), name: 'Björkvik' }
  const period = {
    ...tracked(),
    municipalityId: municipality.id,
    title: 'Medborgarlöfte Björkvik',
    startDate: opts.start ?? '2024-01-01',
    endDate: opts.end ?? '2024-12-31',
    signedDate: null,
    signedPlace: '',
    situation: 'Lägesbild: otrygghet i centrum.',
    effect: '',
    followUpPlan: '',
    state: 'gallande' as const
  }
  const followUps: FollowUp[] = []
  const goals: PeriodTree['goals'] = opts.goals.map((g, gi) => {
    const goal: Goal = { ...tracked(), periodId: period.id, text: g.text, position: gi }
    const activities: Activity[] = g.activities.map((a, ai) => {
      const act: Activity = {
        ...tracked(),
        goalId: goal.id,
        text: a.text,
        party: a.party ?? 'polisen',
        partyName: a.partyName ?? '',
        targetCount: a.targetCount ?? null,
        targetUnit: a.targetUnit ?? '',
        position: ai
      }
      for (const f of a.followUps ?? [])
        followUps.push({ ...tracked(), activityId: act.id, year: 2024, tertial: 1, party: 'polisen', text: '', status: null, count: null, ...f })
      return act
    })
    return { ...goal, activities }
  })
  return {
    municipality,
    period,
    signatories: [{ ...tracked(), periodId: period.id, name: 'Eva Ek', title: 'Lokalpolisområdeschef', organisation: 'Polisen', position: 1 }],
    goals,
    followUps
  }
}
