import type { Party } from '../domain/party'
import { toBlocks, type Block } from './blocks'
import { findDateRange, standaloneDate } from './dates'
import { detectParty, partyHeading } from './party'
import { assignToGoals, similarity } from './similarity'
import { findTarget } from './target'
import type { ParsedActivity, ParsedPage, ParsedPeriod } from './types'

type Mode = 'start' | 'goals' | 'activities' | 'situation' | 'effect' | 'followup' | 'info' | 'signatures' | 'table'

const SECTIONS: Array<[RegExp, Mode]> = [
  [/^(aktiviteter|aktiviteterna|det ska vi göra|så här gör vi|.*följande aktiviteter|aktiviteter för att.*)$/i, 'activities'],
  [/^(medborgarlöftet|medborgarlöftena|löften|löftet|löftena|mål|målen|våra löften|våra mål|löften och aktiviteter)$/i, 'goals'],
  [/^(lägesbild|lägesbilden|lokal lägesbild|situation|situationen|bakgrund|nuläge)$/i, 'situation'],
  [/^(effekt|effekter|förväntad effekt|önskad effekt|det här ska vi åstadkomma tillsammans|detta vill vi uppnå)$/i, 'effect'],
  [/^(uppföljning|uppföljningen|följ med i hur det går!?|utvärdering|så följer vi upp)$/i, 'followup'],
  [/^(om medborgarlöften|om medborgarlöftet|vad är medborgarlöften\??)$/i, 'info'],
  [/^(undertecknat|underskrifter|undertecknare|undertecknat av)$/i, 'signatures']
]

function sectionOf(line: string): Mode | null {
  const t = line.replace(/:$/, '').trim()
  if (t.length > 60) return null
  return SECTIONS.find(([re]) => re.test(t))?.[1] ?? null
}

function isPeriodHeading(line: string): boolean {
  return line.length <= 90 && !/[.!?]$/.test(line) && /medborgarlöf|^\s*(?:19|20)\d\d\b/i.test(line) && findDateRange(line) !== null
}

/** "Polismyndigheten och Eskilstuna kommun lovar att under 2019": introduces a list, says nothing itself. */
function isLeadIn(line: string): boolean {
  return /:$/.test(line) || /\blovar(?: gemensamt)? att(?: under (?:året|\d{4}))?$/i.test(line)
}

const NAME = /^[\p{Lu}][\p{L}'’-]+(?: [\p{Lu}][\p{L}'’-]+){1,3}$/u

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('sv') + s.slice(1)
}

function municipalityOf(blocks: Block[]): string | null {
  for (const b of blocks.slice(0, 8)) {
    if (b.kind !== 'line') continue
    const m = /^(.+?)\s*[–—-]\s*medborgarlöften$/i.exec(b.text)
    if (m) return m[1].trim()
    const i = /[Mm]edborgarlöften i ([\p{Lu}][\p{L}-]+)/u.exec(b.text)
    if (i) return i[1]
  }
  for (const b of blocks) {
    const text = b.kind === 'row' ? b.cells.join(' ') : b.text
    const k = /\b([\p{Lu}][\p{L}-]+) kommun\b/u.exec(text)
    if (k) return k[1]
  }
  return null
}

interface Draft extends ParsedPeriod {
  mode: Mode
  sectionParty: Party | null
  /** Goals that came as a bullet list under "Medborgarlöftet"-like headings (may really be activities). */
  goalBullets: number
  /** The heading the goal bullets stood under ("Medborgarlöftet"). */
  goalHeading: string | null
  loose: ParsedActivity[]
  tableGoal: number | null
  /** The goal named by the last "Löfte N:" heading: activities below belong to it. */
  currentGoal: number | null
  sectionPartyName: string
  pendingName: string | null
}

function newPeriod(title: string, range: { start: string; end: string }): Draft {
  return {
    title,
    start: range.start,
    end: range.end,
    goals: [],
    signatories: [],
    unparsed: [],
    situation: '',
    effect: '',
    followUpPlan: '',
    signedDate: null,
    signedPlace: '',
    mode: 'start',
    sectionParty: null,
    goalBullets: 0,
    goalHeading: null,
    loose: [],
    tableGoal: null,
    currentGoal: null,
    sectionPartyName: '',
    pendingName: null
  }
}

/** "(mål: 20 patrulleringar)" written after an activity, as our own publishing does. */
const TARGET_SUFFIX = /\s*\(mål:\s*(\d{1,6})\s+([^)]{1,100})\)\s*$/i

function activity(raw: string, party: Party, partyName = ''): ParsedActivity {
  const explicit = TARGET_SUFFIX.exec(raw)
  const text = explicit ? raw.slice(0, explicit.index) : raw
  const target = explicit ? { count: Number(explicit[1]), unit: explicit[2].trim() } : findTarget(text)
  return partyName ? { text, party, partyName, target } : { text, party, target }
}

/** "Löfte 1: Att öka tryggheten …": a goal whose activities follow it. */
const GOAL_HEADING = /^(?:löfte|mål|medborgarlöfte)\s+\d{1,2}\s*[:.–-]\s*(.+)$/i
/** "Gäller 2018-07-01 – 2020-06-30": the exact dates of the period above. */
const VALIDITY = /^(?:gäller|period|giltighetstid)\b/i

function append(existing: string, text: string): string {
  return existing ? `${existing}\n\n${text}` : text
}

function finish(d: Draft): ParsedPeriod {
  // A promise list with no separate activities: the promises are the activities (Eslöv 2017).
  if (d.loose.length === 0 && d.goals.every((g) => g.activities.length === 0) && d.goalBullets > 0 && d.goalBullets === d.goals.length) {
    d.loose = d.goals.map((g) => activity(g.text, detectParty(g.text, 'gemensamt')))
    d.goals = []
  }
  if (d.goals.length === 0 && d.loose.length > 0) d.goals.push({ text: d.goalHeading ?? d.title, activities: [] })
  const owners = assignToGoals(
    d.goals.map((g) => g.text),
    d.loose.map((a) => a.text)
  )
  d.loose.forEach((a, i) => d.goals[owners[i]].activities.push(a))
  if (d.pendingName) d.unparsed.push(d.pendingName)
  return {
    title: d.title,
    start: d.start,
    end: d.end,
    goals: d.goals.map((g) => ({ ...g, text: capitalise(g.text) })),
    signatories: d.signatories,
    unparsed: d.unparsed,
    situation: d.situation,
    effect: d.effect,
    followUpPlan: d.followUpPlan,
    signedDate: d.signedDate,
    signedPlace: d.signedPlace
  }
}

/**
 * Reads a published promise page: every period with its goals, activities (party, target),
 * lägesbild, effect, follow-up plan, signing date and signatories. What it does not understand
 * is kept in `unparsed`, never dropped silently; page furniture is dropped.
 */
export function parsePage(input: string): ParsedPage {
  const blocks = toBlocks(input)
  const municipality = municipalityOf(blocks)
  const periods: ParsedPeriod[] = []
  const preamble: string[] = []
  let d: Draft | null = null

  for (const b of blocks) {
    if (b.kind === 'line' && isPeriodHeading(b.text)) {
      const range = findDateRange(b.text)!
      if (d && d.start === range.start && d.end === range.end && d.goals.length === 0 && d.loose.length === 0) {
        d.title = b.text
        continue
      }
      if (d) periods.push(finish(d))
      d = newPeriod(b.text, range)
      continue
    }
    if (!d) {
      if (b.kind === 'line' && /medborgarlöften$/i.test(b.text) && b.text.length < 60) continue // the page title
      preamble.push(b.kind === 'row' ? b.cells.filter(Boolean).join(' | ') : b.text)
      continue
    }
    if (b.kind === 'tableGoal') {
      let index = d.goals.findIndex((g) => similarity(g.text, b.text) >= 0.8)
      if (index === -1) index = d.goals.push({ text: b.text, activities: [] }) - 1
      d.tableGoal = index
      d.mode = 'table'
      continue
    }
    if (b.kind === 'row') {
      const [first] = b.cells
      if (!first || /^aktivitet$/i.test(first)) continue // header, or a further contribution of the row above
      const act = activity(first, detectParty(first, 'gemensamt'))
      if (d.tableGoal !== null) d.goals[d.tableGoal].activities.push(act)
      else d.loose.push(act)
      continue
    }
    const text = b.text
    if (b.kind === 'line') {
      const validity = VALIDITY.test(text) ? findDateRange(text) : null
      if (validity && d.goals.length === 0) {
        d.start = validity.start
        d.end = validity.end
        continue
      }
      const goalHeading = GOAL_HEADING.exec(text)
      if (goalHeading) {
        d.currentGoal = d.goals.push({ text: goalHeading[1].trim(), activities: [] }) - 1
        d.mode = 'activities'
        d.sectionParty = null
        continue
      }
      const party = partyHeading(text)
      const other = party ? null : /^(.{2,80}) lovar:$/i.exec(text)
      if (party || other) {
        d.mode = 'activities'
        d.sectionParty = party ?? 'annan'
        d.sectionPartyName = other ? other[1].trim() : ''
        continue
      }
      const section = sectionOf(text)
      if (section) {
        if (section === 'goals') d.goalHeading = text.replace(/:$/, '')
        if (section !== 'activities') d.currentGoal = null
        d.mode = section
        d.sectionParty = null
        continue
      }
      const date = standaloneDate(text)
      if (date) {
        d.signedDate = date
        d.mode = 'signatures'
        continue
      }
    }
    switch (d.mode) {
      case 'start':
      case 'goals':
        if (b.kind === 'bullet') {
          d.goals.push({ text, activities: [] })
          if (d.mode === 'goals') d.goalBullets++
        } else if (isLeadIn(text)) {
          d.mode = 'goals'
        } else if (/\blovar\b/i.test(text)) d.goals.push({ text, activities: [] })
        else d.unparsed.push(text)
        break
      case 'activities':
        // Under an activities heading every item is an activity, bulleted or a plain line.
        if (b.kind === 'bullet' || !isLeadIn(text)) {
          // A bullet belongs to its section's party; a plain line names its own when it can.
          const party = b.kind === 'bullet' ? (d.sectionParty ?? detectParty(text, 'gemensamt')) : detectParty(text, d.sectionParty ?? 'gemensamt')
          const act = activity(text, party, party === 'annan' ? d.sectionPartyName : '')
          if (d.currentGoal !== null) d.goals[d.currentGoal].activities.push(act)
          else d.loose.push(act)
        }
        break
      case 'situation':
        d.situation = append(d.situation, text)
        break
      case 'effect':
        d.effect = append(d.effect, text)
        break
      case 'followup':
        d.followUpPlan = append(d.followUpPlan, text)
        break
      case 'signatures':
        if (/^undertecknat i /i.test(text)) d.signedPlace = text.replace(/^undertecknat i /i, '').trim()
        else if (b.kind === 'line' && d.pendingName === null && NAME.test(text) && text.length <= 50) d.pendingName = text
        else if (d.pendingName !== null) {
          d.signatories.push({ name: d.pendingName, title: text })
          d.pendingName = null
        } else d.unparsed.push(text)
        break
      case 'info':
      case 'table':
        d.unparsed.push(text)
        break
    }
  }
  if (d) periods.push(finish(d))
  if (periods.length > 0) periods[0].unparsed.unshift(...preamble)
  return { municipality, periods, unparsed: periods.length ? [] : preamble }
}
