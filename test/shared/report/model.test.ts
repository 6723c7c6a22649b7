import { describe, expect, it } from 'vitest'
import { buildReportModel, municipalityDisplayName, reportFileBaseName } from '../../../shared/report/model'
import { tree } from '../../helpers/report-fixtures'

const ON = '2024-09-15'

describe('report model', () => {
  it('has the title, the coverage sentence and the goals list', () => {
    const m = buildReportModel(tree({ goals: [{ text: 'Mål A', activities: [] }, { text: 'Mål B', activities: [] }] }), {
      year: 2024,
      tertial: 3,
      generatedOn: ON
    })
    expect(m.title).toBe('Uppföljning av medborgarlöften för Björkvik kommun')
    expect(m.coverage).toBe('Uppföljningen avser tredje tertialet 2024.')
    expect(m.goals).toEqual(['Mål A', 'Mål B'])
    expect(m.columns.map((c) => c.label)).toEqual(['Tertial 1', 'Tertial 2', 'Tertial 3'])
    expect(reportFileBaseName(m)).toBe('Uppföljning medborgarlöften Björkvik kommun tertial 3 2024')
    expect(municipalityDisplayName('Eslövs kommun')).toBe('Eslövs kommun')
  })

  it('gives one row per contributing party, with the activity cell empty on extra rows', () => {
    const t = tree({
      goals: [
        {
          text: 'Mål',
          activities: [
            {
              text: 'Riktade insatser',
              party: 'polisen',
              targetCount: 10,
              targetUnit: 'insatser',
              followUps: [
                { tertial: 1, party: 'kommunen', text: 'Kommunens bidrag T1' },
                { tertial: 1, party: 'polisen', text: 'Fyra insatser', status: 'genomford', count: 4 },
                { tertial: 2, party: 'polisen', text: 'Tre insatser', status: 'pagar', count: 3 }
              ]
            },
            { text: 'Utan uppföljning', party: 'kommunen' }
          ]
        }
      ]
    })
    const m = buildReportModel(t, { year: 2024, tertial: 2, generatedOn: ON })
    const rows = m.sections[0].rows
    expect(rows).toHaveLength(3)
    // The responsible party's row comes first, even though the municipality wrote first.
    expect(rows[0].activity).toBe('Riktade insatser')
    expect(rows[0].contributor).toBe('Polisen')
    expect(rows[0].cells.map((c) => c?.text ?? null)).toEqual(['Fyra insatser', 'Tre insatser', null])
    expect(rows[0].cells[0]!.status).toEqual({ key: 'genomford', label: 'Genomförd' })
    expect(rows[0].cells[0]!.progress).toBe('4 insatser – hittills 4 av 10')
    expect(rows[0].cells[1]!.progress).toBe('3 insatser – hittills 7 av 10')
    expect(rows[1].activity).toBeNull()
    expect(rows[1].contributor).toBe('Kommunen')
    expect(rows[1].cells.map((c) => c?.text ?? null)).toEqual(['Kommunens bidrag T1', null, null])
    expect(rows[2]).toMatchObject({ activity: 'Utan uppföljning', contributor: null, cells: [null, null, null] })
    expect(rows[0].activityNotes).toEqual(['Mål: 10 insatser'])
  })

  it('leaves the columns after the report tertial empty, even when text exists', () => {
    const t = tree({
      goals: [{ text: 'Mål', activities: [{ text: 'A', followUps: [{ tertial: 1, text: 'T1' }, { tertial: 3, text: 'Framtid' }] }] }]
    })
    const m = buildReportModel(t, { year: 2024, tertial: 1, generatedOn: ON })
    expect(m.columns.map((c) => c.reported)).toEqual([true, false, false])
    expect(m.sections[0].rows[0].cells.map((c) => c?.text ?? null)).toEqual(['T1', null, null])
  })

  it('shows only the tertials a mid-year period covers', () => {
    const t = tree({
      start: '2018-07-01',
      end: '2020-06-30',
      goals: [{ text: 'Mål', activities: [{ text: 'A', followUps: [{ year: 2018, tertial: 2, text: 'Sommar' }, { year: 2018, tertial: 3, text: 'Höst' }] }] }]
    })
    const m2018 = buildReportModel(t, { year: 2018, tertial: 3, generatedOn: ON })
    expect(m2018.columns.map((c) => c.label)).toEqual(['Tertial 2', 'Tertial 3'])
    expect(m2018.sections[0].rows[0].cells.map((c) => c?.text)).toEqual(['Sommar', 'Höst'])
    const m2020 = buildReportModel(t, { year: 2020, tertial: 2, generatedOn: ON })
    expect(m2020.columns.map((c) => c.label)).toEqual(['Tertial 1', 'Tertial 2'])
  })

  it('counts progress over the whole period, across years', () => {
    const t = tree({
      start: '2023-01-01',
      end: '2024-12-31',
      goals: [
        {
          text: 'Mål',
          activities: [
            {
              text: 'A',
              targetCount: 20,
              followUps: [
                { year: 2023, tertial: 3, count: 8, text: 'x' },
                { year: 2024, tertial: 1, count: 5, text: 'y' },
                { year: 2024, tertial: 1, party: 'kommunen', count: 1, text: 'z' }
              ]
            }
          ]
        }
      ]
    })
    const m = buildReportModel(t, { year: 2024, tertial: 1, generatedOn: ON })
    expect(m.sections[0].rows[0].cells[0]!.progress).toBe('5 – hittills 14 av 20')
  })

  it('follows the options', () => {
    const t = tree({
      goals: [{ text: 'Mål', activities: [{ text: 'A', party: 'annan', partyName: 'Räddningstjänsten', targetCount: 2, followUps: [{ tertial: 1, party: 'annan', text: 'Gjort', status: 'installd', count: 1 }] }] }]
    })
    const off = buildReportModel(t, {
      year: 2024,
      tertial: 1,
      generatedOn: ON,
      options: { showStatus: false, showCounts: false, showParty: true, showSignatories: true, showSituation: true }
    })
    const row = off.sections[0].rows[0]
    expect(row.cells[0]).toMatchObject({ text: 'Gjort', status: null, progress: null })
    expect(row.activityNotes).toEqual(['Ansvarig: Räddningstjänsten'])
    expect(off.signatories).toEqual([{ name: 'Eva Ek', title: 'Lokalpolisområdeschef', organisation: 'Polisen' }])
    expect(off.situation).toBe('Lägesbild: otrygghet i centrum.')
    const def = buildReportModel(t, { year: 2024, tertial: 1, generatedOn: ON })
    expect(def.signatories).toBeNull()
    expect(def.situation).toBeNull()
    expect(def.sections[0].rows[0].cells[0]!.status!.label).toBe('Inställd')
    expect(def.options.orientation).toBe('landscape')
  })

  it('cleans control characters but keeps HTML as text', () => {
    const t = tree({ goals: [{ text: 'Mål\u0007', activities: [{ text: '<b>fet</b>\u0000 & <script>', followUps: [{ tertial: 1, text: 'rad1\r\nrad2\u001b' }] }] }] })
    const m = buildReportModel(t, { year: 2024, tertial: 1, generatedOn: ON })
    expect(m.goals[0]).toBe('Mål')
    expect(m.sections[0].rows[0].activity).toBe('<b>fet</b> & <script>')
    expect(m.sections[0].rows[0].cells[0]!.text).toBe('rad1\nrad2')
  })
})
