import type { PeriodTree } from '../domain/entities'
import { compareYearTertial, tertialOfDate, tertialsOfPeriod, type YearTertial } from '../domain/tertial'
import { municipalityDisplayName } from '../report/model'
import { periodProgress, PROGRESS_LABELS, type ProgressState } from './model'

export interface AreaRow {
  municipality: string
  periodId: string
  periodTitle: string
  at: YearTertial
  elapsedPercent: number
  ratio: number | null
  state: ProgressState
  stateLabel: string
  goals: Array<{ text: string; ratio: number | null; state: ProgressState; stateLabel: string }>
}

/** The tertial to show a period at: today's, or the nearest one inside the period. */
export function tertialWithin(tree: PeriodTree, today: string): YearTertial {
  const all = tertialsOfPeriod(tree.period.startDate, tree.period.endDate)
  const now = tertialOfDate(today)
  if (all.length === 0) return now
  if (compareYearTertial(now, all[0]) < 0) return all[0]
  if (compareYearTertial(now, all[all.length - 1]) > 0) return all[all.length - 1]
  return now
}

/** Of a municipality's periods: the one in force today, else the one that started last. */
export function currentPeriod<T extends { startDate: string; endDate: string; state: string }>(periods: T[], today: string): T | null {
  const live = periods.filter((p) => p.state !== 'utkast')
  const pool = live.length ? live : periods
  return pool.find((p) => p.startDate <= today && today <= p.endDate) ?? [...pool].sort((a, b) => b.startDate.localeCompare(a.startDate))[0] ?? null
}

/** Every municipality's current period and its progress, side by side. */
export function areaOverview(trees: PeriodTree[], today: string): AreaRow[] {
  return trees.map((tree) => {
    const at = tertialWithin(tree, today)
    const p = periodProgress(tree, at)
    return {
      municipality: municipalityDisplayName(tree.municipality.name),
      periodId: tree.period.id,
      periodTitle: tree.period.title,
      at,
      elapsedPercent: Math.round(p.elapsed * 100),
      ratio: p.ratio,
      state: p.state,
      stateLabel: PROGRESS_LABELS[p.state],
      goals: p.goals.map((g) => ({ text: g.text, ratio: g.ratio, state: g.state, stateLabel: PROGRESS_LABELS[g.state] }))
    }
  })
}
