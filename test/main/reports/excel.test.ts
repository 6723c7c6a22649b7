import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { renderReportXlsx } from '../../../electron/main/reports/excel'
import { buildReportModel } from '../../../shared/report/model'
import { tree } from '../../helpers/report-fixtures'
import { loadWorkbook } from '../../helpers/xlsx'

const FORMULA_LIKE = ['=1+1', '+41 70 123', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1', '=HYPERLINK("https://evil.example","klicka")']

/** One activity; each text becomes a follow-up in T1 2024 (the police's unless `parties` says). */
function sample(texts: string[] = ['Vanlig text'], parties: Array<'polisen' | 'kommunen'> = []) {
  return tree({
    goals: [
      {
        text: '=Mål som ser ut som en formel',
        activities: [
          {
            text: 'Riktade insatser',
            targetCount: 10,
            targetUnit: 'insatser',
            followUps: texts.map((text, i) => ({
              tertial: 1 as const,
              year: 2024,
              party: parties[i] ?? 'polisen',
              text,
              status: 'genomford' as const,
              count: 2
            }))
          }
        ]
      }
    ]
  })
}

async function sheetXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/') && n.endsWith('.xml'))
  return (await Promise.all(parts.map((p) => zip.file(p)!.async('string')))).join('\n')
}

describe('Excel report', () => {
  it('has the report layout with styles, frozen header and print setup', async () => {
    const t = sample(['Fyra insatser', 'Kommunens bidrag'], ['polisen', 'kommunen'])
    const model = buildReportModel(t, { year: 2024, tertial: 3, generatedOn: '2024-12-20' })
    const wb = await loadWorkbook(await renderReportXlsx(model, t))
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Uppföljning', 'Data'])
    const ws = wb.getWorksheet('Uppföljning')!
    expect(ws.getCell('A1').value).toBe('Uppföljning av medborgarlöften för Björkvik kommun')
    expect(ws.getCell('A1').font.bold).toBe(true)
    expect(String(ws.getCell('A2').value)).toContain('Uppföljningen avser tredje tertialet 2024.')
    expect(['A4', 'B4', 'C4', 'D4'].map((a) => ws.getCell(a).value)).toEqual(['Aktivitet', 'Tertial 1', 'Tertial 2', 'Tertial 3'])
    expect(ws.getCell('B4').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } })
    expect(ws.getCell('B4').font.color?.argb).toBe('FFFFFFFF')
    expect(ws.getCell('A5').value).toBe('=Mål som ser ut som en formel')
    expect(ws.getCell('A5').isMerged).toBe(true)
    expect(ws.getCell('A6').value).toContain('Riktade insatser')
    expect(ws.getCell('B6').value).toContain('Fyra insatser')
    expect(ws.getCell('B6').value).toContain('Status: Genomförd')
    expect(ws.getCell('B6').alignment.wrapText).toBe(true)
    expect(ws.getCell('A7').value ?? '').toBe('') // the second contribution: activity cell empty
    expect(ws.getCell('B7').value).toContain('Kommunens bidrag')
    expect(ws.getRow(6).height).toBeGreaterThan(15)
    expect(ws.getColumn(1).width).toBeGreaterThan(20)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 })
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:4' })
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5 })
    expect(ws.headerFooter.oddFooter).toContain('Sida &P av &N')
    expect(ws.headerFooter.oddHeader).toContain('Uppföljning av medborgarlöften för Björkvik kommun')
  })

  it('has one data row per follow-up with the columns for filtering', async () => {
    const t = sample(['Fyra insatser', 'Kommunens bidrag'], ['polisen', 'kommunen'])
    t.followUps.push({ ...t.followUps[0], id: 'later', tertial: 3, text: 'Efter rapportens tertial' })
    const model = buildReportModel(t, { year: 2024, tertial: 2, generatedOn: '2024-09-01' })
    const wb = await loadWorkbook(await renderReportXlsx(model, t))
    const data = wb.getWorksheet('Data')!
    const header = (data.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(['Kommun', 'Period', 'Löfte', 'Aktivitet', 'Part', 'År', 'Tertial', 'Status', 'Antal', 'Mål', 'Enhet', 'Text', 'Ändrad av', 'Ändrad'])
    // T3 lies after the report's tertial: two follow-ups, two rows.
    expect(data.rowCount).toBe(3)
    expect((data.getRow(2).values as unknown[]).slice(1, 12)).toEqual([
      'Björkvik kommun',
      'Medborgarlöfte Björkvik',
      '=Mål som ser ut som en formel',
      'Riktade insatser',
      'Polisen',
      2024,
      1,
      'Genomförd',
      2,
      10,
      'insatser'
    ])
    expect(data.autoFilter).toBeDefined()
  })

  it('never turns user text into a formula', async () => {
    const t = sample(FORMULA_LIKE)
    const model = buildReportModel(t, { year: 2024, tertial: 3, generatedOn: '2024-12-20' })
    const bytes = await renderReportXlsx(model, t)
    expect(await sheetXml(bytes)).not.toMatch(/<f[ >]/)
    const wb = await loadWorkbook(bytes)
    const texts: unknown[] = []
    wb.getWorksheet('Data')!.eachRow((row, n) => n > 1 && texts.push(row.getCell(12).value))
    // Carriage return is normalised to a line break by the report's text cleaning; the rest is byte-exact.
    expect(texts).toEqual(FORMULA_LIKE.map((s) => s.replace(/\r/g, '').replace(/\t/g, ' ').trim()))
    wb.getWorksheet('Data')!.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()))
  })

  it('keeps arbitrary formula-prefixed text as text (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('=', '+', '-', '@', '＝', ' =', '\n='),
        fc.string({ maxLength: 40 }),
        async (prefix, rest) => {
          const text = `${prefix}${rest}`
          const t = sample([text])
          const bytes = await renderReportXlsx(buildReportModel(t, { year: 2024, tertial: 3, generatedOn: '2024-12-20' }), t)
          expect(await sheetXml(bytes)).not.toMatch(/<f[ >]/)
        }
      ),
      { numRuns: 40 }
    )
  })
})
