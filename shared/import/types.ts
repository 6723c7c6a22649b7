import type { Party } from '../domain/party'
import type { Target } from './target'

export interface ParsedActivity {
  text: string
  party: Party
  /** The named actor when party is "annan". */
  partyName?: string
  target: Target | null
}

export interface ParsedGoal {
  text: string
  activities: ParsedActivity[]
}

export interface ParsedPeriod {
  title: string
  /** ISO dates. */
  start: string
  end: string
  goals: ParsedGoal[]
  signatories: Array<{ name: string; title: string }>
  /** Lines that belong to the period but were not understood; shown to the user. */
  unparsed: string[]
  situation: string
  effect: string
  followUpPlan: string
  signedDate: string | null
  signedPlace: string
}

export interface ParsedPage {
  /** The municipality the page is about, when it says so ("Eksjö"). */
  municipality: string | null
  periods: ParsedPeriod[]
  /** Text before the first period that was not understood. */
  unparsed: string[]
}

/** The JSON printed by `parse-page`: the documented shape, nothing more. */
export function toPublicJson(page: ParsedPage) {
  return {
    periods: page.periods.map((p) => ({
      title: p.title,
      start: p.start,
      end: p.end,
      goals: p.goals.map((g) => ({ text: g.text, activities: g.activities.map((a) => ({ text: a.text, party: a.party, target: a.target })) })),
      signatories: p.signatories,
      unparsed: p.unparsed
    }))
  }
}
