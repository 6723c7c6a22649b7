import { dateParts, daysInMonth, isoDate, type IsoDate } from './dates'

/** T1 = jan–apr, T2 = maj–aug, T3 = sep–dec. */
export type Tertial = 1 | 2 | 3
export const TERTIALS: readonly Tertial[] = [1, 2, 3]

export interface YearTertial {
  year: number
  tertial: Tertial
}

const ORDINALS: Record<Tertial, string> = { 1: 'första', 2: 'andra', 3: 'tredje' }

/** The tertial a date falls in. */
export function tertialOfDate(date: IsoDate): YearTertial {
  const { year, month } = dateParts(date)
  return { year, tertial: tertialOfMonth(month) }
}

export function tertialOfMonth(month: number): Tertial {
  if (month < 1 || month > 12) throw new RangeError(`Ogiltig månad: ${month}`)
  return (Math.floor((month - 1) / 4) + 1) as Tertial
}

/** First day of a tertial (1 jan, 1 maj, 1 sep). */
export function tertialStart(year: number, tertial: Tertial): IsoDate {
  return isoDate(year, (tertial - 1) * 4 + 1, 1)
}

/** Last day of a tertial (30 apr, 31 aug, 31 dec). */
export function tertialEnd(year: number, tertial: Tertial): IsoDate {
  const month = tertial * 4
  return isoDate(year, month, daysInMonth(year, month))
}

/** Every tertial that overlaps the period, in order; a period starting 1 July starts with T2. */
export function tertialsOfPeriod(start: IsoDate, end: IsoDate): YearTertial[] {
  if (end < start) return []
  const out: YearTertial[] = []
  let cur = tertialOfDate(start)
  const last = tertialOfDate(end)
  while (compareYearTertial(cur, last) <= 0) {
    out.push(cur)
    cur = nextTertial(cur)
  }
  return out
}

/** The tertials (1–3) of one calendar year that a period covers: the columns of that year's report. */
export function tertialsOfPeriodInYear(start: IsoDate, end: IsoDate, year: number): Tertial[] {
  return tertialsOfPeriod(start, end)
    .filter((t) => t.year === year)
    .map((t) => t.tertial)
}

/** The calendar years a period touches. */
export function yearsOfPeriod(start: IsoDate, end: IsoDate): number[] {
  if (end < start) return []
  const from = dateParts(start).year
  const to = dateParts(end).year
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

export function nextTertial({ year, tertial }: YearTertial): YearTertial {
  return tertial === 3 ? { year: year + 1, tertial: 1 } : { year, tertial: (tertial + 1) as Tertial }
}

export function compareYearTertial(a: YearTertial, b: YearTertial): number {
  return a.year !== b.year ? a.year - b.year : a.tertial - b.tertial
}

/** "tredje tertialet 2017", as in "Uppföljningen avser tredje tertialet 2017." */
export function tertialLongLabel({ year, tertial }: YearTertial): string {
  return `${ORDINALS[tertial]} tertialet ${year}`
}

/** "T3 2017" */
export function tertialShortLabel({ year, tertial }: YearTertial): string {
  return `T${tertial} ${year}`
}

/** "Tertial 3": a column heading of the report. */
export function tertialColumnLabel(tertial: Tertial): string {
  return `Tertial ${tertial}`
}

