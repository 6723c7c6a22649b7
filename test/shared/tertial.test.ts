import { describe, expect, it } from 'vitest'
import {
  tertialEnd,
  tertialLongLabel,
  tertialOfDate,
  tertialShortLabel,
  tertialStart,
  tertialsOfPeriod,
  tertialsOfPeriodInYear,
  yearsOfPeriod
} from '../../shared/domain/tertial'
import { isIsoDate } from '../../shared/domain/dates'

describe('tertial arithmetic', () => {
  it.each([
    ['2017-01-01', 1],
    ['2017-04-30', 1],
    ['2017-05-01', 2],
    ['2017-08-31', 2],
    ['2017-09-01', 3],
    ['2017-12-31', 3]
  ])('%s lies in T%i', (date, t) => {
    expect(tertialOfDate(date)).toEqual({ year: 2017, tertial: t })
  })

  it('gives start and end dates of each tertial, leap years included', () => {
    expect([1, 2, 3].map((t) => tertialStart(2024, t as 1 | 2 | 3))).toEqual(['2024-01-01', '2024-05-01', '2024-09-01'])
    expect([1, 2, 3].map((t) => tertialEnd(2024, t as 1 | 2 | 3))).toEqual(['2024-04-30', '2024-08-31', '2024-12-31'])
  })

  it('labels tertials in Swedish', () => {
    expect(tertialLongLabel({ year: 2017, tertial: 3 })).toBe('tredje tertialet 2017')
    expect(tertialLongLabel({ year: 2024, tertial: 1 })).toBe('första tertialet 2024')
    expect(tertialShortLabel({ year: 2024, tertial: 2 })).toBe('T2 2024')
  })

  it('lists the tertials of a two-year period', () => {
    const ts = tertialsOfPeriod('2023-01-01', '2024-12-31')
    expect(ts).toHaveLength(6)
    expect(ts[0]).toEqual({ year: 2023, tertial: 1 })
    expect(ts[5]).toEqual({ year: 2024, tertial: 3 })
  })

  it('handles a period that starts mid-year (2018-07-01 – 2020-06-30)', () => {
    const ts = tertialsOfPeriod('2018-07-01', '2020-06-30')
    expect(ts.map(tertialShortLabel)).toEqual(['T2 2018', 'T3 2018', 'T1 2019', 'T2 2019', 'T3 2019', 'T1 2020', 'T2 2020'])
    expect(tertialsOfPeriodInYear('2018-07-01', '2020-06-30', 2018)).toEqual([2, 3])
    expect(tertialsOfPeriodInYear('2018-07-01', '2020-06-30', 2019)).toEqual([1, 2, 3])
    expect(tertialsOfPeriodInYear('2018-07-01', '2020-06-30', 2020)).toEqual([1, 2])
    expect(tertialsOfPeriodInYear('2018-07-01', '2020-06-30', 2021)).toEqual([])
    expect(yearsOfPeriod('2018-07-01', '2020-06-30')).toEqual([2018, 2019, 2020])
  })

  it('returns nothing for an inverted period', () => {
    expect(tertialsOfPeriod('2020-01-01', '2019-12-31')).toEqual([])
  })

  it('validates real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2023-13-01')).toBe(false)
    expect(isIsoDate('23-01-01')).toBe(false)
  })
})
