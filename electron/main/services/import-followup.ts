import ExcelJS from 'exceljs'
import type { Activity } from '../../../shared/domain/entities'
import { PARTY_LABELS, type Party } from '../../../shared/domain/party'
import { STATUS_LABELS, type FollowUpStatus } from '../../../shared/domain/status'
import type { Tertial } from '../../../shared/domain/tertial'
import { parseFollowUpTable, rowParty } from '../../../shared/import/followup-table'
import { similarity } from '../../../shared/import/similarity'
import { InvalidInputError } from '../../../shared/errors'
import { createFollowUp, updateFollowUp } from './follow-ups'
import { getPeriodTree } from './periods'
import type { Workspace } from './workspace'

export interface ImportedContribution {
  year: number
  tertial: Tertial
  party: Party
  text: string
  status: FollowUpStatus | null
  count: number | null
}

/** One activity of the imported file and the activity of the period it is matched to. */
export interface FollowUpMatch {
  sourceGoal: string | null
  sourceActivity: string
  activityId: string | null
  score: number
  contributions: ImportedContribution[]
}

/** Below this similarity an activity is not matched automatically; the user decides. */
export const MATCH_THRESHOLD = 0.5

function bestMatch(text: string, candidates: Activity[]): { activity: Activity | null; score: number } {
  let best: Activity | null = null
  let score = 0
  const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ')
  for (const c of candidates) {
    const s = norm(c.text) === norm(text) ? 1 : similarity(c.text, text)
    if (s > score) {
      score = s
      best = c
    }
  }
  return score >= MATCH_THRESHOLD ? { activity: best, score } : { activity: null, score }
}

/** The tab-separated table of a published follow-up (like the reference page 001). */
function fromTable(text: string, activitiesOfPeriod: Activity[], yearOverride?: number): Omit<FollowUpMatch, 'activityId' | 'score'>[] {
  const table = parseFollowUpTable(text)
  const year = yearOverride ?? table.year
  if (!year) throw new InvalidInputError('Ange vilket år uppföljningen gäller (året står inte i texten).')
  const out: Array<Omit<FollowUpMatch, 'activityId' | 'score'>> = []
  let previousParty: Party | null = null
  for (const row of table.rows) {
    const responsible = bestMatch(row.activity, activitiesOfPeriod).activity?.party ?? (/^kommunen\b/i.test(row.activity) ? 'kommunen' : 'polisen')
    const party = rowParty(responsible, row.continuation, previousParty)
    previousParty = party
    let entry = out.find((e) => e.sourceActivity === row.activity && e.sourceGoal === row.goal)
    if (!entry) {
      entry = { sourceGoal: row.goal, sourceActivity: row.activity, contributions: [] }
      out.push(entry)
    }
    row.cells.forEach((cell, i) => {
      const tertial = table.columns[i]
      if (!cell || !tertial || (table.tertial && tertial > table.tertial)) return
      entry!.contributions.push({ year, tertial, party, text: cell, status: null, count: null })
    })
  }
  return out
}

const PARTY_BY_LABEL = new Map(Object.entries(PARTY_LABELS).map(([k, v]) => [v.toLowerCase(), k as Party]))
const STATUS_BY_LABEL = new Map(Object.entries(STATUS_LABELS).map(([k, v]) => [v.toLowerCase(), k as FollowUpStatus]))

/** The "Data" sheet of our own Excel export: one row per follow-up. */
async function fromWorkbook(bytes: Uint8Array): Promise<Array<Omit<FollowUpMatch, 'activityId' | 'score'>>> {
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw new InvalidInputError('Filen kunde inte läsas som en Excel-fil.')
  }
  const sheet = wb.getWorksheet('Data')
  if (!sheet) throw new InvalidInputError('Excel-filen saknar bladet ”Data” – använd en fil som exporterats från Medborgarlöften.')
  const header = (sheet.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim())
  const col = (name: string) => header.indexOf(name)
  const need = ['Löfte', 'Aktivitet', 'Part', 'År', 'Tertial', 'Text']
  if (need.some((n) => col(n) < 0)) throw new InvalidInputError(`Bladet ”Data” saknar kolumnerna ${need.filter((n) => col(n) < 0).join(', ')}.`)
  const out: Array<Omit<FollowUpMatch, 'activityId' | 'score'>> = []
  sheet.eachRow((row, n) => {
    if (n === 1) return
    const v = (name: string) => {
      const i = col(name)
      return i < 0 ? '' : String(row.getCell(i).value ?? '').trim()
    }
    const tertial = Number(v('Tertial'))
    const year = Number(v('År'))
    if (![1, 2, 3].includes(tertial) || !Number.isInteger(year)) return
    const partyLabel = v('Part').toLowerCase()
    const countText = v('Antal')
    const contribution: ImportedContribution = {
      year,
      tertial: tertial as Tertial,
      party: PARTY_BY_LABEL.get(partyLabel) ?? 'annan',
      text: v('Text'),
      status: STATUS_BY_LABEL.get(v('Status').toLowerCase()) ?? null,
      count: countText && Number.isFinite(Number(countText)) ? Number(countText) : null
    }
    let entry = out.find((e) => e.sourceActivity === v('Aktivitet') && e.sourceGoal === v('Löfte'))
    if (!entry) {
      entry = { sourceGoal: v('Löfte'), sourceActivity: v('Aktivitet'), contributions: [] }
      out.push(entry)
    }
    entry.contributions.push(contribution)
  })
  return out
}

/** Reads a follow-up (table text or our own .xlsx) and matches its activities to the period's. */
export async function previewFollowUpImport(
  ws: Workspace,
  periodId: string,
  source: { text?: string; xlsx?: Uint8Array },
  opts: { year?: number } = {}
): Promise<FollowUpMatch[]> {
  const tree = getPeriodTree(ws, periodId)
  const acts = tree.goals.flatMap((g) => g.activities)
  const raw = source.xlsx ? await fromWorkbook(source.xlsx) : fromTable(source.text ?? '', acts, opts.year)
  if (raw.length === 0) throw new InvalidInputError('Hittade ingen uppföljningstabell i filen.')
  return raw.map((r) => {
    const m = bestMatch(r.sourceActivity, acts)
    return { ...r, activityId: m.activity?.id ?? null, score: Math.round(m.score * 100) / 100 }
  })
}

export interface FollowUpImportResult {
  created: number
  updated: number
  unchanged: number
}

/**
 * Writes the confirmed matches in one transaction. An existing text is replaced only when it
 * differs; every change is logged, so history can bring the old text back.
 */
export function applyFollowUpImport(ws: Workspace, periodId: string, matches: Array<{ activityId: string; contributions: ImportedContribution[] }>): FollowUpImportResult {
  return ws.write(() => {
    const tree = getPeriodTree(ws, periodId)
    const known = new Set(tree.goals.flatMap((g) => g.activities.map((a) => a.id)))
    const result = { created: 0, updated: 0, unchanged: 0 }
    for (const m of matches) {
      if (!known.has(m.activityId)) throw new InvalidInputError('En vald aktivitet hör inte till medborgarlöftet.')
      for (const c of m.contributions) {
        const existing = tree.followUps.find((f) => f.activityId === m.activityId && f.year === c.year && f.tertial === c.tertial && f.party === c.party)
        if (!existing) {
          createFollowUp(ws, { activityId: m.activityId, ...c })
          result.created++
        } else if (existing.text === c.text && (c.status === null || existing.status === c.status) && (c.count === null || existing.count === c.count)) {
          result.unchanged++
        } else {
          updateFollowUp(ws, {
            id: existing.id,
            expectedVersion: existing.version,
            patch: { text: c.text, ...(c.status !== null ? { status: c.status } : {}), ...(c.count !== null ? { count: c.count } : {}) }
          })
          result.updated++
        }
      }
    }
    return result
  })
}
