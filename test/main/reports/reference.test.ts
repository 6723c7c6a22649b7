import type ExcelJS from 'exceljs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFollowUp } from '../../../electron/main/services/follow-ups'
import { createActivity, createGoal } from '../../../electron/main/services/items'
import { createMunicipality } from '../../../electron/main/services/municipalities'
import { createPeriod } from '../../../electron/main/services/periods'
import { exportReport } from '../../../electron/main/services/export-report'
import type { Workspace } from '../../../electron/main/services/workspace'
import { pdfText, pdfToPng, squash } from '../../helpers/pdf'
import { loadWorkbook } from '../../helpers/xlsx'
import { readFollowUpSeed, seedsAvailable } from '../../helpers/seed-followup'
import { useTempDir } from '../../helpers/temp'
import { createWorkspace } from '../../helpers/workspace'

/** Rebuilds the reference follow-up (Eksjö, T3 2017) through the services, as a user would. */
function rebuild(ws: Workspace) {
  const seed = readFollowUpSeed()
  const m = createMunicipality(ws, { name: seed.municipality })
  const p = createPeriod(ws, { municipalityId: m.id, title: 'Medborgarlöften Eksjö kommun 2017', startDate: '2017-01-01', endDate: '2017-12-31' })
  for (const table of seed.tables) {
    const g = createGoal(ws, { periodId: p.id, text: table.goal })
    let activityId = ''
    for (const row of table.rows) {
      if (row.activity) activityId = createActivity(ws, { goalId: g.id, text: row.activity, party: row.party }).id
      row.cells.forEach((text, i) => {
        if (text) createFollowUp(ws, { activityId, year: 2017, tertial: (i + 1) as 1 | 2 | 3, party: row.party, text })
      })
    }
  }
  return { seed, periodId: p.id }
}

describe.skipIf(!seedsAvailable)('the reference follow-up (../shared/seeds/001, Eksjö T3 2017)', () => {
  const tempDir = useTempDir()

  it('is reproduced in the PDF and in the Excel file, every cell in reading order', async () => {
    const dir = tempDir()
    const ws = createWorkspace(dir)
    const { seed, periodId } = rebuild(ws)
    expect(seed.tables).toHaveLength(2)
    expect(seed.tables.flatMap((t) => t.rows).filter((r) => r.activity === null).length).toBeGreaterThanOrEqual(1)

    const pdf = await exportReport(ws, { periodId, year: 2017, tertial: 3 }, 'pdf', { dir }, { now: new Date('2018-01-15T10:00:00Z') })
    expect(pdf.file).toBe(join(dir, 'Uppföljning medborgarlöften Eksjö kommun tertial 3 2017.pdf'))
    const text = squash(pdfText(pdf.bytes, 'raw'))
    expect(text).toContain(squash('Uppföljning av medborgarlöften för Eksjö kommun'))
    expect(text).toContain(squash('Uppföljningen avser tredje tertialet 2017.'))
    let at = 0
    for (const table of seed.tables) {
      for (const piece of [table.goal, ...table.rows.flatMap((r) => [r.activity ?? '', ...r.cells])].filter(Boolean)) {
        const found = text.indexOf(squash(piece), at)
        expect(found, `"${piece.slice(0, 60)}…" after offset ${at}`).toBeGreaterThanOrEqual(0)
        at = found
      }
    }
    pdfToPng(pdf.bytes, "reference-eksjo-t3-2017", { last: 2 })

    const xlsx = await exportReport(ws, { periodId, year: 2017, tertial: 3 }, 'xlsx', { dir })
    const wb = await loadWorkbook(xlsx.bytes)
    const values: string[] = []
    wb.getWorksheet('Uppföljning')!.eachRow((row) => row.eachCell((c) => values.push(String(c.value ?? ''))))
    const all = values.join('\n')
    for (const table of seed.tables)
      for (const piece of [table.goal, ...table.rows.flatMap((r) => [r.activity ?? '', ...r.cells])].filter(Boolean))
        expect(all, piece.slice(0, 60)).toContain(piece)
    // The extra contribution rows keep the activity cell empty, as in the reference.
    const sheet = wb.getWorksheet('Uppföljning')!
    const continuation = seed.tables[1].rows.find((r) => r.activity === null)!
    let rowWithIt: ExcelJS.Row | undefined
    sheet.eachRow((row) => {
      if (String(row.getCell(2).value ?? '').includes(continuation.cells[0].slice(0, 40))) rowWithIt = row
    })
    expect(rowWithIt).toBeDefined()
    expect(rowWithIt!.getCell(1).value ?? '').toBe('')
    ws.close()
  })
})
