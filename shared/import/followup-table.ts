import type { Party } from '../domain/party'
import type { Tertial } from '../domain/tertial'
import { toBlocks } from './blocks'

export interface FollowUpTableRow {
  goal: string | null
  /** The activity's text as the table has it; continuation rows repeat the one above. */
  activity: string
  /** First row of an activity, or a further contribution (the other party's). */
  continuation: boolean
  /** Text per tertial column (index 0 = Tertial 1). */
  cells: string[]
}

export interface FollowUpTable {
  year: number | null
  /** The tertial the table reports up to ("tredje tertialet" = 3). */
  tertial: Tertial | null
  /** Which tertial each text column holds (usually 1, 2, 3). */
  columns: Tertial[]
  rows: FollowUpTableRow[]
}

const ORDINAL: Record<string, Tertial> = { första: 1, andra: 2, tredje: 3 }

/**
 * Reads a published follow-up table: goal lines (➤), a header "Aktivitet | Tertial 1 | …",
 * tab-separated rows, and rows with an empty activity cell that carry a further contribution.
 */
export function parseFollowUpTable(input: string): FollowUpTable {
  const covers = /avser\s+(första|andra|tredje)\s+tertialet\s+(\d{4})/i.exec(input)
  const table: FollowUpTable = {
    year: covers ? Number(covers[2]) : (Number(/tertial\s*\d\s+(\d{4})/i.exec(input)?.[1]) || null),
    tertial: covers ? ORDINAL[covers[1].toLowerCase()] : null,
    columns: [1, 2, 3],
    rows: []
  }
  let goal: string | null = null
  let last: FollowUpTableRow | null = null
  for (const b of toBlocks(input)) {
    if (b.kind === 'tableGoal') {
      goal = b.text
      continue
    }
    if (b.kind !== 'row') continue
    const [first, ...rest] = b.cells
    if (/^aktivitet$/i.test(first)) {
      const cols = rest.map((c) => Number(/tertial\s*(\d)/i.exec(c)?.[1])).filter((n) => n >= 1 && n <= 3) as Tertial[]
      if (cols.length) table.columns = cols
      continue
    }
    if (first) {
      last = { goal, activity: first, continuation: false, cells: rest }
      table.rows.push(last)
    } else if (last) {
      table.rows.push({ goal, activity: last.activity, continuation: true, cells: rest })
    }
  }
  return table
}

/** The party of a table row: the responsible party first, the other one on continuation rows. */
export function rowParty(responsible: Party, continuation: boolean, previous: Party | null): Party {
  if (!continuation) return responsible === 'kommunen' ? 'kommunen' : responsible === 'annan' ? 'annan' : 'polisen'
  if (previous === 'polisen') return 'kommunen'
  if (previous === 'kommunen') return 'polisen'
  return 'kommunen'
}
