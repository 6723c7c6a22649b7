import { isIsoDate, isoDate } from '../domain/dates'

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december']
const DASH = '\\s*(?:-|–|—|till|t\\.o\\.m\\.?)\\s*'
const SV_DATE = `(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})`

export interface DateRange {
  start: string
  end: string
}

/**
 * The period a heading names: "2018-07-01—2020-06-30", "1 januari 2023 – 31 december 2024",
 * "2020-2021", "2022–2023", "2022/2023", or a single year "2017".
 */
export function findDateRange(text: string): DateRange | null {
  const iso = new RegExp(`(\\d{4}-\\d{2}-\\d{2})${DASH}(\\d{4}-\\d{2}-\\d{2})`).exec(text)
  if (iso && isIsoDate(iso[1]) && isIsoDate(iso[2]) && iso[1] <= iso[2]) return { start: iso[1], end: iso[2] }
  const sv = new RegExp(`${SV_DATE}${DASH}${SV_DATE}`, 'i').exec(text)
  if (sv) {
    const start = isoDate(Number(sv[3]), MONTHS.indexOf(sv[2].toLowerCase()) + 1, Number(sv[1]))
    const end = isoDate(Number(sv[6]), MONTHS.indexOf(sv[5].toLowerCase()) + 1, Number(sv[4]))
    if (isIsoDate(start) && isIsoDate(end) && start <= end) return { start, end }
  }
  const years = /(?<!\d)((?:19|20)\d{2})\s*(?:-|–|—|\/)\s*((?:19|20)?\d{2})(?![\d-])/.exec(text)
  if (years) {
    const from = Number(years[1])
    const to = years[2].length === 2 ? Math.floor(from / 100) * 100 + Number(years[2]) : Number(years[2])
    if (to >= from && to - from <= 10) return { start: `${from}-01-01`, end: `${to}-12-31` }
  }
  const single = /(?<![\d-])((?:19|20)\d{2})(?![\d-])/.exec(text)
  if (single) return { start: `${single[1]}-01-01`, end: `${single[1]}-12-31` }
  return null
}

/** A date standing alone on a line (a signing date): "2017-02-15" or "15 februari 2017". */
export function standaloneDate(line: string): string | null {
  const t = line.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(t) && isIsoDate(t)) return t
  const m = new RegExp(`^${SV_DATE}$`, 'i').exec(t)
  if (m) {
    const d = isoDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1]))
    return isIsoDate(d) ? d : null
  }
  return null
}
