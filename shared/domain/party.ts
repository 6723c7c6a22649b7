/** Who is responsible for an activity, or who contributed a follow-up. */
export const PARTIES = ['polisen', 'kommunen', 'gemensamt', 'annan'] as const
export type Party = (typeof PARTIES)[number]

export const PARTY_LABELS: Record<Party, string> = {
  polisen: 'Polisen',
  kommunen: 'Kommunen',
  gemensamt: 'Polisen och kommunen',
  annan: 'Annan aktör'
}

/** The label of a party, using the named actor for "annan" when one is given. */
export function partyLabel(party: Party, otherName?: string | null): string {
  if (party === 'annan' && otherName && otherName.trim()) return otherName.trim()
  return PARTY_LABELS[party]
}

/** Report order of contributions within an activity: police first, then the municipality. */
export const PARTY_ORDER: Record<Party, number> = { polisen: 0, kommunen: 1, gemensamt: 2, annan: 3 }
