import type { Party } from '../domain/party'

const POLICE = '(?:polisen|polismyndigheten|polis|lokalpolisområde(?:t)?(?: [\\p{Lu}][\\p{L}-]+)?)'
const MUNICIPALITY = '(?:kommunen|[\\p{Lu}][\\p{L}-]+s? kommun)'
const BOTH = new RegExp(`^(?:${POLICE} och ${MUNICIPALITY}|${MUNICIPALITY} och ${POLICE})\\b`, 'iu')
const TOGETHER = /\b(tillsammans med (?:polisen|kommunen)|gemensam(?:t|ma)?|samfällt)\b/iu
const POLICE_START = new RegExp(`^${POLICE}\\b`, 'iu')
const MUNICIPALITY_START = new RegExp(`^${MUNICIPALITY}\\b`, 'iu')

/** The party a promise names ("Polisen lovar…", "Kommunen ska tillsammans med polisen…"). */
export function detectParty(text: string, fallback: Party): Party {
  const t = text.trim().replace(/^att\s+/i, '')
  if (BOTH.test(t) || TOGETHER.test(t)) return 'gemensamt'
  if (POLICE_START.test(t)) return 'polisen'
  if (MUNICIPALITY_START.test(t)) return 'kommunen'
  return fallback
}

/** "Polisen lovar:" / "Kommunen lovar:" section headings. */
export function partyHeading(line: string): Party | null {
  const m = new RegExp(`^(${POLICE}|${MUNICIPALITY})(?: och (${POLICE}|${MUNICIPALITY}))? lovar(?: gemensamt)?:?$`, 'iu').exec(line.trim())
  if (!m) return null
  if (m[2] || /gemensamt/i.test(line)) return 'gemensamt'
  return new RegExp(`^${POLICE}$`, 'iu').test(m[1]) ? 'polisen' : 'kommunen'
}
