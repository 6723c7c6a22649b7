import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, cliProcess } from '../helpers/cli'
import { pdfInfo, pdfPages, pdfToPng } from '../helpers/pdf'
import { loadWorkbook } from '../helpers/xlsx'
import { useTempDir } from '../helpers/temp'

describe('export from the command line', () => {
  const tempDir = useTempDir()

  it('writes the demo report as PDF and Excel under the name people publish', async () => {
    const dir = tempDir()
    const db = join(dir, 'd.db')
    expect((await cli('demo', db, '--year', '2026')).code).toBe(0)
    const pdf = cliProcess('export', db, '--year', '2026', '--tertial', '2', '--format', 'pdf', '--out', dir)
    expect(pdf.err).toBe('')
    expect(pdf.code).toBe(0)
    const pdfFile = join(dir, 'Uppföljning medborgarlöften Ekbacka kommun tertial 2 2026.pdf')
    expect(pdf.out).toContain(pdfFile)
    const bytes = readFileSync(pdfFile)
    expect(pdfInfo(bytes).Pages).toMatch(/^[1-9]/)
    const pages = pdfPages(bytes)
    expect(pages[0]).toContain('Uppföljning av medborgarlöften för Ekbacka kommun')
    expect(pages[0]).toContain('Uppföljningen avser andra tertialet 2026.')
    pdfToPng(bytes, 'demo-t2-2026', { last: 3 })

    const xlsx = await cli('export', db, '--year', '2026', '--tertial', '2', '--format', 'xlsx', '--out', join(dir, 'rapport.xlsx'), '--party')
    expect(xlsx.code).toBe(0)
    const wb = await loadWorkbook(readFileSync(join(dir, 'rapport.xlsx')))
    expect(wb.getWorksheet('Uppföljning')!.getCell('A1').value).toBe('Uppföljning av medborgarlöften för Ekbacka kommun')
    expect(wb.getWorksheet('Data')!.rowCount).toBeGreaterThan(15)
    // Nothing half-written is left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('explains a tertial outside the period, a bad format and an unwritable target', async () => {
    const dir = tempDir()
    const db = join(dir, 'd.db')
    await cli('demo', db, '--year', '2026')
    const outside = await cli('export', db, '--year', '2030', '--tertial', '1', '--format', 'pdf', '--out', dir)
    expect(outside.code).toBe(1)
    expect(outside.err).toContain('omfattar inte T1 2030')
    expect((await cli('export', db, '--year', '2026', '--tertial', '1', '--format', 'docx')).code).toBe(2)
    expect((await cli('export', db, '--year', '2026', '--tertial', '4')).code).toBe(2)
    const missingDir = await cli('export', db, '--year', '2026', '--tertial', '1', '--format', 'pdf', '--out', join(dir, 'finns-inte', 'x.pdf'))
    expect(missingDir.code).toBe(1)
    expect(missingDir.err).toContain('kunde inte sparas')
    expect(existsSync(join(dir, 'finns-inte'))).toBe(false)
    const other = await cli('export', db, '--year', '2026', '--tertial', '1', '--period', 'Finns inte')
    expect(other.err).toContain('Hittade inget medborgarlöfte')
  })

  it('never replaces a good report with a half-written one', async () => {
    const dir = tempDir()
    const db = join(dir, 'd.db')
    await cli('demo', db, '--year', '2026')
    const target = join(dir, 'rapport.pdf')
    writeFileSync(target, 'gammal rapport')
    // A tertial outside the period fails after the file name is known: the old file stays.
    await cli('export', db, '--year', '2031', '--tertial', '1', '--out', target)
    expect(readFileSync(target, 'utf8')).toBe('gammal rapport')
    expect((await cli('export', db, '--year', '2026', '--tertial', '1', '--out', target)).code).toBe(0)
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-')
  })
})
