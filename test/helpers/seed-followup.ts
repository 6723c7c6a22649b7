import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Party } from '../../shared/domain/party'

/** The reference pages beside the repository (../shared/seeds); tests read them at run time. */
export const SEEDS_DIR = join(__dirname, '..', '..', '..', 'shared', 'seeds')
export const FOLLOW_UP_SEED = join(SEEDS_DIR, '001_e2f77156a516307a.txt')
export const seedsAvailable = existsSync(FOLLOW_UP_SEED)

export interface SeedRow {
  activity: string | null
  party: Party
  cells: [string, string, string]
}

export interface SeedTable {
  goal: string
  rows: SeedRow[]
}

const clean = (s: string) =>
  s
    .replace(/<\/?p>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * A deliberately small reader of the 001 follow-up table, for the report test only: goal
 * headings start with ➤, rows are tab-separated, an empty first cell continues the activity
 * above with the other party's contribution.
 */
export function readFollowUpSeed(): { municipality: string; year: number; tertial: 3; goals: string[]; tables: SeedTable[] } {
  const lines = readFileSync(FOLLOW_UP_SEED, 'utf8').split('\n')
  const tables: SeedTable[] = []
  let current: SeedTable | null = null
  let lastParty: Party = 'polisen'
  for (const raw of lines) {
    if (raw.startsWith('➤')) {
      current = { goal: clean(raw.slice(1)), rows: [] }
      tables.push(current)
      continue
    }
    if (!current || !raw.includes('\t') || raw.startsWith('Aktivitet\t')) continue
    const [a, t1 = '', t2 = '', t3 = ''] = raw.split('\t')
    const activity = clean(a) || null
    const party: Party = activity ? (/^Kommunen/.test(activity) ? 'kommunen' : 'polisen') : lastParty === 'polisen' ? 'kommunen' : 'polisen'
    if (activity) lastParty = party
    current.rows.push({ activity, party, cells: [clean(t1), clean(t2), clean(t3)] })
  }
  return { municipality: 'Eksjö', year: 2017, tertial: 3, goals: tables.map((t) => t.goal), tables }
}
