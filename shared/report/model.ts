import type { FollowUp, PeriodTree } from '../domain/entities'
import { PARTY_ORDER, partyLabel, type Party } from '../domain/party'
import { STATUS_LABELS, type FollowUpStatus } from '../domain/status'
import { formatNumber } from '../domain/target'
import { tertialColumnLabel, tertialLongLabel, tertialsOfPeriodInYear, type Tertial } from '../domain/tertial'
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from './options'
import { cleanReportText } from './text'
import { periodProgress, PROGRESS_LABELS } from '../progress/model'
import { goalBarChart, statusTimeline } from '../progress/charts'

export interface ReportCell {
  text: string
  status: { key: FollowUpStatus; label: string } | null
  /** "3 insatser" or "3 insatser – hittills 7 av 10" */
  progress: string | null
}

export interface ReportRow {
  activityId: string
  /** The activity text on its first row; null on the extra rows of further contributions. */
  activity: string | null
  /** Responsible party and target, under the activity text (first row only). */
  activityNotes: string[]
  /** Whose contribution the row holds, when the activity has contributions from several parties. */
  contributor: string | null
  /** One entry per column; null where nothing is reported or the tertial lies ahead. */
  cells: Array<ReportCell | null>
}

export interface ReportSection {
  goal: string
  rows: ReportRow[]
}

export interface ReportSummary {
  /** "Tid som gått: 67 %" of the period at the report's tertial. */
  elapsedPercent: number
  state: string
  goals: Array<{
    goal: string
    state: string
    /** Mean progress toward targets, 0–100, or null without targets. */
    percent: number | null
    barChart: string
    timeline: string
    rows: Array<{ activity: string; count: number; target: number | null; unit: string; state: string }>
  }>
}

export interface ReportModel {
  municipality: string
  periodTitle: string
  periodDates: string
  year: number
  tertial: Tertial
  /** "Uppföljning av medborgarlöften för Ekbacka kommun" */
  title: string
  /** "Uppföljningen avser tredje tertialet 2017." */
  coverage: string
  goals: string[]
  situation: string | null
  signatories: Array<{ name: string; title: string; organisation: string }> | null
  /** The tertials of the report's year that the period covers: the table's columns. */
  columns: Array<{ tertial: Tertial; label: string; reported: boolean }>
  sections: ReportSection[]
  options: ReportOptions
  summary: ReportSummary | null
  /** YYYY-MM-DD */
  generatedOn: string
}

export interface ReportRequest {
  year: number
  tertial: Tertial
  options?: Partial<ReportOptions>
  /** The date printed on the report, YYYY-MM-DD. */
  generatedOn: string
}

/** A municipality's name as the report title wants it: "Eksjö" → "Eksjö kommun". */
export function municipalityDisplayName(name: string): string {
  const n = name.trim()
  return /kommun$/i.test(n) ? n : `${n} kommun`
}

function progressText(fu: FollowUp, cumulative: number, target: number | null, unit: string): string | null {
  if (fu.count === null) return null
  const u = unit ? ` ${unit}` : ''
  if (target === null) return `${formatNumber(fu.count)}${u}`
  return `${formatNumber(fu.count)}${u} – hittills ${formatNumber(cumulative)} av ${formatNumber(target)}`
}

/**
 * The one report model the preview, the PDF and the Excel file all render: per goal a table
 * Aktivitet | Tertial 1 | Tertial 2 | Tertial 3 for the report's year, filled up to the
 * report's tertial. An activity with contributions from several parties gets one row per
 * party; the activity cell is empty on the extra rows.
 */
export function buildReportModel(tree: PeriodTree, req: ReportRequest): ReportModel {
  const options: ReportOptions = { ...DEFAULT_REPORT_OPTIONS, ...req.options }
  const { period } = tree
  const covered = tertialsOfPeriodInYear(period.startDate, period.endDate, req.year)
  const columns = covered.map((t) => ({ tertial: t, label: tertialColumnLabel(t), reported: t <= req.tertial }))
  const municipality = municipalityDisplayName(tree.municipality.name)

  // Counts so far, per activity, in period order (all years up to the report's tertial).
  const reportKey = req.year * 10 + req.tertial
  const inReport = (f: FollowUp) => f.year * 10 + f.tertial <= reportKey
  const byActivity = new Map<string, FollowUp[]>()
  for (const f of tree.followUps) {
    if (!inReport(f)) continue
    const list = byActivity.get(f.activityId) ?? []
    list.push(f)
    byActivity.set(f.activityId, list)
  }

  const sections: ReportSection[] = tree.goals.map((goal) => ({
    goal: cleanReportText(goal.text),
    rows: goal.activities.flatMap((activity): ReportRow[] => {
      const all = byActivity.get(activity.id) ?? []
      const cumulativeUpTo = (year: number, tertial: number) =>
        all.filter((f) => f.year * 10 + f.tertial <= year * 10 + tertial).reduce((s, f) => s + (f.count ?? 0), 0)
      const thisYear = all.filter((f) => f.year === req.year && covered.includes(f.tertial))
      const rank = (p: Party) => (p === activity.party ? -1 : PARTY_ORDER[p])
      const parties = [...new Set(thisYear.map((f) => f.party))].sort((a, b) => rank(a) - rank(b))
      const notes: string[] = []
      if (options.showParty) notes.push(`Ansvarig: ${partyLabel(activity.party, activity.partyName)}`)
      if (options.showCounts && activity.targetCount !== null)
        notes.push(`Mål: ${formatNumber(activity.targetCount)}${activity.targetUnit ? ` ${activity.targetUnit}` : ''}`)
      const rowFor = (party: Party | null, first: boolean): ReportRow => ({
        activityId: activity.id,
        activity: first ? cleanReportText(activity.text) : null,
        activityNotes: first ? notes : [],
        contributor: party && parties.length > 1 ? partyLabel(party, party === 'annan' ? activity.partyName : null) : null,
        cells: columns.map(({ tertial, reported }) => {
          const fu = party && reported ? thisYear.find((f) => f.tertial === tertial && f.party === party) : undefined
          if (!fu) return null
          return {
            text: cleanReportText(fu.text),
            status: options.showStatus && fu.status ? { key: fu.status, label: STATUS_LABELS[fu.status] } : null,
            progress: options.showCounts
              ? progressText(fu, cumulativeUpTo(fu.year, fu.tertial), activity.targetCount, activity.targetUnit)
              : null
          }
        })
      })
      return parties.length === 0 ? [rowFor(null, true)] : parties.map((p, i) => rowFor(p, i === 0))
    })
  }))

  return {
    municipality,
    periodTitle: cleanReportText(period.title),
    periodDates: `${period.startDate} – ${period.endDate}`,
    year: req.year,
    tertial: req.tertial,
    title: `Uppföljning av medborgarlöften för ${municipality}`,
    coverage: `Uppföljningen avser ${tertialLongLabel({ year: req.year, tertial: req.tertial })}.`,
    goals: tree.goals.map((g) => cleanReportText(g.text)),
    situation: options.showSituation && period.situation.trim() ? cleanReportText(period.situation) : null,
    signatories: options.showSignatories
      ? tree.signatories.map((s) => ({ name: cleanReportText(s.name), title: cleanReportText(s.title), organisation: cleanReportText(s.organisation) }))
      : null,
    columns,
    sections,
    options,
    summary: options.showSummary ? buildSummary(tree, req) : null,
    generatedOn: req.generatedOn
  }
}

function buildSummary(tree: PeriodTree, req: ReportRequest): ReportSummary {
  const progress = periodProgress(tree, { year: req.year, tertial: req.tertial })
  return {
    elapsedPercent: Math.round(progress.elapsed * 100),
    state: PROGRESS_LABELS[progress.state],
    goals: progress.goals.map((g) => ({
      goal: cleanReportText(g.text),
      state: PROGRESS_LABELS[g.state],
      percent: g.ratio === null ? null : Math.round(g.ratio * 100),
      barChart: goalBarChart(g, progress.elapsed, { fontSize: 9 }),
      timeline: statusTimeline(g, { fontSize: 8.5 }),
      rows: g.activities.map((a) => ({ activity: cleanReportText(a.text), count: a.count, target: a.target, unit: a.unit, state: PROGRESS_LABELS[a.state] }))
    }))
  }
}

/** "Uppföljning medborgarlöften Ekbacka kommun tertial 3 2017", the name people publish under. */
export function reportFileBaseName(model: Pick<ReportModel, 'municipality' | 'tertial' | 'year'>): string {
  return `Uppföljning medborgarlöften ${model.municipality} tertial ${model.tertial} ${model.year}`.replace(/[\\/:*?"<>|]/g, '-')
}
