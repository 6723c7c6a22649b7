const WORDS: Record<string, number> = {
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19,
  tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90, hundra: 100
}

/** "femton" → 15, "tjugofem" → 25, "200" → 200; null for anything else. */
export function parseSwedishNumber(word: string): number | null {
  const w = word.toLowerCase()
  if (/^\d{1,6}$/.test(w)) return Number(w)
  if (w in WORDS) return WORDS[w]
  const tens = ['tjugo', 'trettio', 'fyrtio', 'femtio', 'sextio', 'sjuttio', 'åttio', 'nittio'].find((t) => w.startsWith(t))
  if (tens) {
    const rest = w.slice(tens.length)
    const ones = WORDS[rest]
    if (ones !== undefined && ones < 10) return WORDS[tens] + ones
  }
  return null
}

export const NUMBER_WORD_PATTERN = `\\d{1,6}|${Object.keys(WORDS).join('|')}|(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio)`
