// Words too common in promises to tell goals apart.
const STOPWORDS = new Set(
  ('att och i på av för med som den det de en ett till om mot vid under inom hela alla andra samt även bland utifrån ' +
    'polisen polis polisens polismyndigheten kommunen kommun kommunens lovar lova ska skall kommer genomföra genomför ' +
    'arbeta arbetar arbete minst öka minska året aktiviteter aktörer tillsammans gemensamt gemensamma fler mer ' +
    'lokalpolisområde lokala lokal medborgarlöfte medborgarlöften').split(' ')
)

/** Content words of a text, cut to a four-letter stem so "droger" meets "drogberoende". */
export function stems(text: string): Set<string> {
  const out = new Set<string>()
  for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (w.length < 4 || STOPWORDS.has(w)) continue
    out.add(w.slice(0, 4))
  }
  return out
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0
  for (const x of a) if (b.has(x)) n++
  return n
}

/** Dice similarity of two texts by their stems: 0 (nothing shared) … 1 (same words). */
export function similarity(a: string, b: string): number {
  const sa = stems(a)
  const sb = stems(b)
  if (sa.size === 0 || sb.size === 0) return a.trim().toLowerCase() === b.trim().toLowerCase() ? 1 : 0
  return (2 * overlap(sa, sb)) / (sa.size + sb.size)
}

/**
 * Which goal an activity listed apart from the goals belongs to: the goal sharing most words
 * with it; without any shared word, the goal of the activity before it (lists are usually
 * grouped), else the first goal.
 */
export function assignToGoals(goals: string[], activities: string[]): number[] {
  const goalStems = goals.map(stems)
  let previous = 0
  return activities.map((a) => {
    const s = stems(a)
    const scores = goalStems.map((g) => overlap(s, g))
    const best = Math.max(...scores)
    if (best > 0) previous = scores[previous] === best ? previous : scores.indexOf(best)
    return previous
  })
}
