import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillDemo } from '../../../electron/main/services/demo'
import { renderReport } from '../../../electron/main/services/export-report'
import { createMunicipality } from '../../../electron/main/services/municipalities'
import { copyPeriod, getPeriodTree } from '../../../electron/main/services/periods'
import { renderAreaOverview, renderPresentation } from '../../../electron/main/services/presentation'
import { updatePeriod } from '../../../electron/main/services/periods'
import { pdfInfo, pdfPages, pdfText, pdfToPng, squash, TEST_OUTPUT } from '../../helpers/pdf'
import { useTempDir } from '../../helpers/temp'
import { createWorkspace } from '../../helpers/workspace'
import { loadWorkbook } from '../../helpers/xlsx'

describe('presenting to kommunstyrelsen', () => {
  const tempDir = useTempDir()

  it('exports the presentation as a 16:9 PDF with every goal', async () => {
    const ws = createWorkspace(tempDir())
    const { periodId } = fillDemo(ws, 2026)
    const r = await renderPresentation(ws, periodId, { year: 2026, tertial: 3 })
    const info = pdfInfo(r.bytes)
    expect(info['Page size']).toMatch(/^960 x 540 pts/)
    expect(Number(info.Pages)).toBe(r.slides.length)
    expect(r.slides.length).toBe(5)
    const text = squash(pdfText(r.bytes))
    for (const g of getPeriodTree(ws, periodId).goals) expect(text).toContain(squash(g.text))
    expect(text).toContain(squash('Läget efter tredje tertialet 2026'))
    expect(r.fileName).toBe('Medborgarlöften Ekbacka kommun presentation T3 2026.pdf')
    pdfToPng(r.bytes, 'slides', { last: 5, dpi: 50 })
    ws.close()
  })

  it('puts a summary page with charts before the tables, readable in black and white', async () => {
    const ws = createWorkspace(tempDir())
    const { periodId } = fillDemo(ws, 2026)
    const r = await renderReport(ws, { periodId, year: 2026, tertial: 2, options: { showSummary: true } }, 'pdf')
    const pages = pdfPages(r.bytes)
    expect(pages[1]).toContain('Sammanfattning')
    expect(pages[1]).toContain('Tid som gått')
    expect(pages[1]).toMatch(/\d+ av 20 patrulleringar · (I fas|Efter|Klar)/)
    expect(pages[1]).toContain('G = Genomförd')
    const firstTable = pages.findIndex((p) => p.includes('Uppföljning av aktiviteterna'))
    expect(firstTable).toBeGreaterThan(1)
    // A greyscale rendering of the summary page, to look at.
    mkdirSync(TEST_OUTPUT, { recursive: true })
    const file = join(tempDir(), 'r.pdf')
    writeFileSync(file, r.bytes)
    execFileSync('pdftoppm', ['-gray', '-png', '-r', '60', '-f', '2', '-l', '2', file, join(TEST_OUTPUT, 'summary-greyscale')])
    const xlsx = await renderReport(ws, { periodId, year: 2026, tertial: 2, options: { showSummary: true } }, 'xlsx')
    const wb = await loadWorkbook(xlsx.bytes)
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Uppföljning', 'Sammanfattning', 'Data'])
    const sheet = wb.getWorksheet('Sammanfattning')!
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['Löfte', 'Aktivitet', 'Antal', 'Mål', 'Enhet', 'Andel av mål', 'Läge'])
    expect(sheet.rowCount).toBe(3 + 12)
    const patrol = (sheet.getRow(4).values as unknown[]).slice(1)
    expect(patrol.slice(2, 5)).toEqual([13, 20, 'patrulleringar'])
    ws.close()
  })

  it('shows every municipality on one overview page', async () => {
    const ws = createWorkspace(tempDir())
    const { periodId } = fillDemo(ws, 2026)
    const other = createMunicipality(ws, { name: 'Åby' })
    const copy = copyPeriod(ws, { sourceId: periodId, title: 'Medborgarlöfte Åby 2026', startDate: '2026-01-01', endDate: '2026-12-31' })
    ws.db.prepare('UPDATE period SET municipality_id = ? WHERE id = ?').run(other.id, copy.id)
    updatePeriod(ws, { id: copy.id, expectedVersion: getPeriodTree(ws, copy.id).period.version, patch: { state: 'gallande' } })
    const r = await renderAreaOverview(ws, { now: new Date('2026-11-23T10:00:00Z') })
    // Swedish order: Å comes after E.
    expect(r.rows.map((x) => x.municipality)).toEqual(['Ekbacka kommun', 'Åby kommun'])
    expect(pdfInfo(r.bytes).Pages).toBe('1')
    const text = pdfText(r.bytes)
    expect(text).toContain('Ekbacka kommun')
    expect(text).toContain('Åby kommun')
    pdfToPng(r.bytes, 'area-overview', { dpi: 60 })
    ws.close()
  })
})
