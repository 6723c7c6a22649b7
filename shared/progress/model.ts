import type { Activity, FollowUp, PeriodTree } from '../domain/entities'
import type { FollowUpStatus } from '../domain/status'
import { compareYearTertial, tertialsOfPeriod, type YearTertial } from '../domain/tertial'

/**
 * Where an activity stands. "installd" is an addition to the five states of the brief: a
 * cancelled activity is neither behind nor done, and is left out of the aggregates.
 */
export type ProgressState = 'klar' | 'i_fas' | 'efter' | 'ej_paborjad' | 'inget_mal' | 'installd'

export const PROGRESS_LABELS: Record<ProgressState, string> = {
  klar: 'Klar',
  i_fas: 'I fas',
  efter: 'Efter',
  ej_paborjad: 'Ej påbörjad',
  inget_mal: 'Inget mål',
  installd: 'Inställd'
}

export interface ActivityProgress {
  activityId: string
  text: string
  target: number | null
  unit: string
  /** Sum of counts from all parties, over the tertials so far. */
  count: number
  /** count / target, not capped (overshoot shows as > 1); null without a target. */
  ratio: number | null
  state: ProgressState
  /** Per tertial of the period so far: the latest status reported by any party. */
  timeline: Array<YearTertial & { status: FollowUpStatus | null }>
  /** The texts of the latest tertial with any text, for slides. */
  latestText: string
}

export interface GroupProgress {
  /** Mean of min(ratio, 1) over activities with a target (cancelled ones left out). */
  ratio: number | null
  state: ProgressState
  counts: Record<ProgressState, number>
}

export interface GoalProgress extends GroupProgress {
  goalId: string
  text: string
  activities: ActivityProgress[]
}

export interface PeriodProgress extends GroupProgress {
  /** Share of the period's tertials that have passed at the reference tertial (0–1). */
  elapsed: number
  at: YearTertial
  goals: GoalProgress[]
}

/** How far behind the period's clock an activity may be and still count as "i fas". */
const TOLERANCE = 0.1

const STATUS_RANK: Record<FollowUpStatus, number> = { installd: 5, genomford: 4, ej_genomford: 3, pagar: 2, planerad: 1 }

function latestStatus(fus: FollowUp[]): FollowUpStatus | null {
  const withStatus = fus.filter((f) => f.status !== null)
  if (withStatus.length === 0) return null
  const latest = withStatus.reduce((a, b) => (compareYearTertial(a, b) >= 0 ? a : b))
  const same = withStatus.filter((f) => compareYearTertial(f, latest) === 0)
  // Several parties in the same tertial: the most decisive status tells where it stands.
  return same.map((f) => f.status!).sort((a, b) => STATUS_RANK[b] - STATUS_RANK[a])[0]
}

export function activityProgress(a: Activity, followUps: FollowUp[], tertials: YearTertial[], elapsed: number): ActivityProgress {
  const last = tertials[tertials.length - 1]
  const mine = followUps.filter((f) => f.activityId === a.id && (!last || compareYearTertial(f, last) <= 0))
  const count = mine.reduce((s, f) => s + (f.count ?? 0), 0)
  const ratio = a.targetCount ? count / a.targetCount : a.targetCount === 0 ? 1 : null
  const status = latestStatus(mine)
  const started = mine.some((f) => f.status === 'pagar' || f.status === 'genomford' || (f.count ?? 0) > 0 || (f.status === null && f.text.trim() !== ''))
  let state: ProgressState
  if (status === 'installd') state = 'installd'
  else if (ratio !== null) {
    if (ratio >= 1) state = 'klar'
    else if (!started) state = 'ej_paborjad'
    else state = ratio + TOLERANCE >= elapsed ? 'i_fas' : 'efter'
  } else if (status === 'genomford') state = 'klar'
  else if (!started && mine.length === 0) state = 'ej_paborjad'
  else if (status === 'ej_genomford') state = 'efter'
  else state = 'inget_mal'
  const latestWithText = [...mine].filter((f) => f.text.trim()).sort((x, y) => compareYearTertial(y, x))[0]
  return {
    activityId: a.id,
    text: a.text,
    target: a.targetCount,
    unit: a.targetUnit,
    count,
    ratio,
    state,
    timeline: tertials.map((t) => ({ ...t, status: latestStatus(mine.filter((f) => compareYearTertial(f, t) === 0)) })),
    latestText: latestWithText
      ? mine
          .filter((f) => compareYearTertial(f, latestWithText) === 0 && f.text.trim())
          .map((f) => f.text.trim())
          .join(' ')
      : ''
  }
}

function aggregate(items: ActivityProgress[], elapsed: number): GroupProgress {
  const counts = { klar: 0, i_fas: 0, efter: 0, ej_paborjad: 0, inget_mal: 0, installd: 0 } as Record<ProgressState, number>
  for (const i of items) counts[i.state]++
  const measured = items.filter((i) => i.state !== 'installd' && i.ratio !== null)
  const ratio = measured.length ? measured.reduce((s, i) => s + Math.min(1, i.ratio!), 0) / measured.length : null
  const live = items.filter((i) => i.state !== 'installd')
  let state: ProgressState
  if (live.length === 0) state = items.length ? 'installd' : 'inget_mal'
  else if (live.every((i) => i.state === 'klar')) state = 'klar'
  else if (live.every((i) => i.state === 'ej_paborjad')) state = 'ej_paborjad'
  else if (ratio === null) state = counts.efter > 0 ? 'efter' : 'inget_mal'
  else state = ratio + TOLERANCE >= elapsed && counts.efter <= live.length / 2 ? 'i_fas' : 'efter'
  return { ratio, state, counts }
}

/**
 * Progress of a period at a tertial ("so far"): per activity the counts toward its target
 * from all parties, per goal and for the period the same aggregated, and the share of the
 * period that has passed. A period that starts mid-year counts only its own tertials.
 */
export function periodProgress(tree: PeriodTree, at: YearTertial): PeriodProgress {
  const all = tertialsOfPeriod(tree.period.startDate, tree.period.endDate)
  const sofar = all.filter((t) => compareYearTertial(t, at) <= 0)
  const elapsed = all.length ? sofar.length / all.length : 0
  const goals = tree.goals.map((g) => {
    const activities = g.activities.map((a) => activityProgress(a, tree.followUps, sofar, elapsed))
    return { goalId: g.id, text: g.text, activities, ...aggregate(activities, elapsed) }
  })
  return { elapsed, at, goals, ...aggregate(goals.flatMap((g) => g.activities), elapsed) }
}
