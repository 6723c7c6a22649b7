import { describe, expect, it } from 'vitest'
import { periodProgress } from '../../../shared/progress/model'
import { tree } from '../../helpers/report-fixtures'

describe('progress model', () => {
  const year = (goals: Parameters<typeof tree>[0]['goals'], start = '2024-01-01', end = '2024-12-31') => tree({ start, end, goals })

  it('sums counts from all parties over the tertials so far and compares with the clock', () => {
    const t = year([
      {
        text: 'Mål',
        activities: [
          { text: 'I fas', targetCount: 9, followUps: [{ tertial: 1, count: 2, status: 'pagar' }, { tertial: 1, party: 'kommunen', count: 1 }] },
          { text: 'Efter', targetCount: 10, followUps: [{ tertial: 1, count: 1, status: 'pagar' }] },
          { text: 'Ej påbörjad', targetCount: 5 },
          { text: 'Klar', targetCount: 2, followUps: [{ tertial: 1, count: 2, status: 'genomford' }] },
          { text: 'Senare räknas inte', targetCount: 4, followUps: [{ tertial: 3, count: 4, status: 'genomford' }] }
        ]
      }
    ])
    const p = periodProgress(t, { year: 2024, tertial: 1 })
    expect(p.elapsed).toBeCloseTo(1 / 3)
    const byText = Object.fromEntries(p.goals[0].activities.map((a) => [a.text, a]))
    expect(byText['I fas']).toMatchObject({ count: 3, state: 'i_fas' })
    expect(byText['Efter']).toMatchObject({ count: 1, state: 'efter' })
    expect(byText['Ej påbörjad']).toMatchObject({ count: 0, state: 'ej_paborjad' })
    expect(byText['Klar']).toMatchObject({ count: 2, state: 'klar', ratio: 1 })
    expect(byText['Senare räknas inte']).toMatchObject({ count: 0, state: 'ej_paborjad' })
    expect(p.goals[0].counts).toMatchObject({ i_fas: 1, efter: 1, ej_paborjad: 2, klar: 1 })
  })

  it('counts only the tertials of a period that starts mid-year', () => {
    const t = year([{ text: 'Mål', activities: [{ text: 'A', targetCount: 6, followUps: [{ year: 2018, tertial: 2, count: 2, status: 'pagar' }] }] }], '2018-07-01', '2020-06-30')
    const p = periodProgress(t, { year: 2018, tertial: 2 })
    expect(p.elapsed).toBeCloseTo(1 / 7)
    expect(p.goals[0].activities[0].timeline.map((x) => [x.year, x.tertial, x.status])).toEqual([[2018, 2, 'pagar']])
    expect(p.goals[0].activities[0].state).toBe('i_fas')
  })

  it('shows overshoot as a ratio above 1 but caps it in the aggregate', () => {
    const t = year([
      {
        text: 'Mål',
        activities: [
          { text: 'Över', targetCount: 10, followUps: [{ tertial: 1, count: 15, status: 'genomford' }] },
          { text: 'Hälften', targetCount: 10, followUps: [{ tertial: 1, count: 5, status: 'pagar' }] }
        ]
      }
    ])
    const p = periodProgress(t, { year: 2024, tertial: 3 })
    expect(p.goals[0].activities[0]).toMatchObject({ ratio: 1.5, state: 'klar' })
    expect(p.goals[0].ratio).toBeCloseTo((1 + 0.5) / 2)
    expect(p.goals[0].state).toBe('efter')
  })

  it('gives activities without a target a state from their statuses', () => {
    const t = year([
      {
        text: 'Mål',
        activities: [
          { text: 'Genomförd', followUps: [{ tertial: 1, status: 'genomford', text: 'Gjort' }] },
          { text: 'Pågår', followUps: [{ tertial: 1, status: 'pagar', text: 'Pågår' }] },
          { text: 'Ej genomförd', followUps: [{ tertial: 1, status: 'ej_genomford' }] },
          { text: 'Inget', followUps: [] }
        ]
      }
    ])
    const states = periodProgress(t, { year: 2024, tertial: 2 }).goals[0].activities.map((a) => [a.text, a.state, a.ratio])
    expect(states).toEqual([
      ['Genomförd', 'klar', null],
      ['Pågår', 'inget_mal', null],
      ['Ej genomförd', 'efter', null],
      ['Inget', 'ej_paborjad', null]
    ])
  })

  it('leaves cancelled activities out of the aggregate', () => {
    const t = year([
      {
        text: 'Mål',
        activities: [
          { text: 'Inställd', targetCount: 10, followUps: [{ tertial: 1, count: 0, status: 'installd' }] },
          { text: 'Klar', targetCount: 2, followUps: [{ tertial: 1, count: 2, status: 'genomford' }] }
        ]
      }
    ])
    const p = periodProgress(t, { year: 2024, tertial: 1 })
    expect(p.goals[0].activities[0].state).toBe('installd')
    expect(p.goals[0]).toMatchObject({ ratio: 1, state: 'klar' })
    expect(p).toMatchObject({ state: 'klar' })
  })

  it('takes the latest status, and the most decisive one when parties report in the same tertial', () => {
    const t = year([
      {
        text: 'Mål',
        activities: [{ text: 'A', followUps: [{ tertial: 1, status: 'ej_genomford' }, { tertial: 2, status: 'pagar' }, { tertial: 2, party: 'kommunen', status: 'genomford' }] }]
      }
    ])
    const a = periodProgress(t, { year: 2024, tertial: 2 }).goals[0].activities[0]
    expect(a.timeline.map((x) => x.status)).toEqual(['ej_genomford', 'genomford'])
    expect(a.state).toBe('klar')
  })
})
