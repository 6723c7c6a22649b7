import { NUMBER_WORD_PATTERN, parseSwedishNumber } from './numbers'

export interface Target {
  count: number
  unit: string
}

// Words that end a unit ("tio riktade insatser | mot alkohol").
const STOP = new Set(
  'mot med för i på vid under om inom som och att av till där per från samt mellan utifrån bland kring genom inför efter före hos eller men vara bli ska kommer ha har the'.split(' ')
)
// A number followed by these is an age, a duration or a share, not a target.
const NOT_UNITS = /^(år|åren|års|årig|åriga|dagar|dag|veckor|vecka|månader|månad|timmar|timme|minuter|procent|%|kr|kronor)$/i
// A number preceded by these is a label ("årskurs 4"), not a target.
const NOT_BEFORE = /(årskurs|åk|klass|nummer|nr|kapitel|sida|vecka|punkt|steg|lss|sfs)\s*$/i

const NUMBER = new RegExp(`(?<![\\p{L}\\d-])(minst\\s+|totalt\\s+|cirka\\s+|ca\\.?\\s+|upp till\\s+)?(${NUMBER_WORD_PATTERN})(?![\\p{L}\\d])`, 'giu')

/**
 * The numeric target of an activity ("minst femton riktade insatser", "200 trafik- och
 * trafikrelaterade kontroller"), or null. A number after "minst" wins over others; years,
 * ages ("21 år"), labels ("årskurs 4") and a bare "en/ett" are not targets.
 */
export function findTarget(text: string): Target | null {
  const candidates: Array<Target & { strong: boolean }> = []
  for (const m of text.matchAll(NUMBER)) {
    const qualifier = (m[1] ?? '').trim().toLowerCase()
    const word = m[2]
    const count = parseSwedishNumber(word)
    if (count === null) continue
    if (/^\d{4}$/.test(word) && count >= 1900 && count <= 2100) continue
    if (/^(en|ett)$/i.test(word) && !qualifier) continue
    if (NOT_BEFORE.test(text.slice(0, m.index))) continue
    const unit = unitAfter(text.slice(m.index! + m[0].length))
    if (!unit || NOT_UNITS.test(unit.split(' ')[0])) continue
    candidates.push({ count, unit, strong: qualifier === 'minst' })
  }
  const best = candidates.find((c) => c.strong) ?? candidates[0]
  return best ? { count: best.count, unit: best.unit } : null
}

/** Up to two words after the number, stopping at a preposition or punctuation. */
function unitAfter(rest: string): string {
  const words: string[] = []
  const tokens = rest.trimStart().split(/\s+/)
  // "två gemensamma trygghetsvandringar": "gemensamma" says who, not what is counted.
  while (tokens.length > 1 && /^gemensam(ma|t)?$/i.test(tokens[0])) tokens.shift()
  for (let i = 0; i < tokens.length && words.length < 2; i++) {
    const raw = tokens[i]
    const word = raw.replace(/[.,;:!?)”"]+$/, '')
    if (!word || !/^[\p{L}][\p{L}-]*$/u.test(word) || STOP.has(word.toLowerCase())) break
    // "trafik- och trafikrelaterade kontroller": a hyphenated first part joins its pair.
    if (word.endsWith('-') && tokens[i + 1]?.toLowerCase() === 'och' && tokens[i + 2]) {
      const second = tokens[i + 2].replace(/[.,;:!?)”"]+$/, '')
      words.push(`${word} och ${second}`)
      i += 2
      if (second !== tokens[i]) break
      continue
    }
    words.push(word)
    if (word !== raw) break
  }
  return words.join(' ')
}
