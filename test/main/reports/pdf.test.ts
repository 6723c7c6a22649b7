import { describe, expect, it } from 'vitest'
import { renderReportPdf } from '../../../electron/main/reports/pdf'
import { breakLongWords } from '../../../electron/main/reports/pdf-text'
import { splitIntoChunks, wrapLines } from '../../../electron/main/reports/pdf-rows'
import { buildReportModel } from '../../../shared/report/model'
import { pdfInfo, pdfPages, pdfText, pdfToPng, squash } from '../../helpers/pdf'
import { tree } from '../../helpers/report-fixtures'

const LONG_WORD = 'Ö'.repeat(20) + 'x'.repeat(260) + 'SLUT' + 'å'.repeat(16)
const HUGE = Array.from({ length: 2_600 }, (_, i) => `ord${i}`).join(' ') // ~20 000 characters

function hostileTree() {
  return tree({
    goals: [
      {
        text: 'Att öka tryggheten <b>på riktigt</b> & i hela kommunen',
        activities: [
          {
            text: `Aktivitet med ett mycket långt ord: ${LONG_WORD}`,
            targetCount: 10,
            targetUnit: 'insatser',
            followUps: [
              { tertial: 1, text: HUGE, status: 'genomford', count: 4 },
              { tertial: 2, text: 'Polisbil 🚓 och klart ✅ samt 警察 här.', status: 'pagar', count: 2 },
              { tertial: 3, text: 'Styrtecken\u0007 bort\u0000 och <script>alert(1)</script> visas som text', status: 'ej_genomford' }
            ]
          },
          { text: 'Kommunen bidrar', party: 'kommunen', followUps: [{ tertial: 1, party: 'kommunen', text: 'Inställt möte', status: 'installd' }] }
        ]
      }
    ]
  })
}

describe('PDF report', () => {
  it('survives hostile text: every word is in the PDF, missing glyphs are reported', async () => {
    const model = buildReportModel(hostileTree(), { year: 2024, tertial: 3, generatedOn: '2024-12-20' })
    const { bytes, missingGlyphs } = await renderReportPdf(model, { createdAt: new Date('2024-12-20T12:00:00Z') })
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const text = squash(pdfText(bytes))
    // The 20 000-character cell: every word, in order.
    let at = 0
    for (const word of HUGE.split(' ')) {
      const i = text.indexOf(word, at)
      expect(i, word).toBeGreaterThanOrEqual(0)
      at = i
    }
    expect(text).toContain(LONG_WORD)
    expect(text).toContain(squash('<script>alert(1)</script> visas som text'))
    expect(text).toContain(squash('Styrtecken bort och'))
    expect(text).toContain(squash('<b>på riktigt</b> &'))
    expect(text).toContain('Polisbil□ochklart□samt□□här')
    expect(missingGlyphs.sort()).toEqual(['✅', '🚓', '察', '警'].sort())
    // Statuses are words, not colour alone.
    for (const word of ['Genomförd', 'Pågår', 'Ej genomförd', 'Inställd']) expect(text).toContain(squash(word))
    const pages = pdfPages(bytes)
    expect(pages.length).toBeGreaterThan(3)
    pages.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain('Aktivitet')
      expect(page, `page ${i + 1}`).toContain('Tertial 1')
      expect(page, `page ${i + 1}`).toContain(`Sida ${i + 1} av ${pages.length}`)
    })
    pdfToPng(bytes, 'hostile', { last: 2 })
  })

  it('carries metadata, the language and the page size; portrait is an option', async () => {
    const model = buildReportModel(hostileTree(), { year: 2024, tertial: 1, generatedOn: '2024-05-02', options: { orientation: 'portrait' } })
    const { bytes } = await renderReportPdf(model, { createdAt: new Date('2024-05-02T08:00:00Z') })
    const info = pdfInfo(bytes)
    expect(info.Title).toBe('Uppföljning av medborgarlöften för Björkvik kommun, tertial 1 2024')
    expect(info.Subject).toBe('Uppföljningen avser första tertialet 2024.')
    expect(info.Author).toBe('Polisen och Björkvik kommun')
    expect(info.CreationDate).toMatch(/^2024-05-02T08:00:00/)
    expect(info['Page size']).toMatch(/^595\.28 x 841\.89/)
    expect(info.Tagged).toBe('yes')
    expect(bytes.toString('latin1')).toMatch(/\/Lang \(sv-SE\)/)
    expect(pdfText(bytes)).toContain('Skapad 2024-05-02')
    const landscape = await renderReportPdf(buildReportModel(hostileTree(), { year: 2024, tertial: 1, generatedOn: '2024-05-02' }))
    expect(pdfInfo(landscape.bytes)['Page size']).toMatch(/^841\.89 x 595\.28/)
  })

  it('leaves future tertials empty and shows the activity only once for several contributions', async () => {
    const model = buildReportModel(
      tree({
        goals: [
          {
            text: 'Mål',
            activities: [
              {
                text: 'Gemensam aktivitet',
                followUps: [
                  { tertial: 1, party: 'polisen', text: 'Polisens text' },
                  { tertial: 1, party: 'kommunen', text: 'Kommunens text' },
                  { tertial: 2, party: 'polisen', text: 'Framtida text' }
                ]
              }
            ]
          }
        ]
      }),
      { year: 2024, tertial: 1, generatedOn: '2024-05-02' }
    )
    const text = pdfText((await renderReportPdf(model)).bytes)
    expect(text).toContain('Polisens text')
    expect(text).toContain('Kommunens text')
    expect(text).not.toContain('Framtida text')
    expect(text.match(/Gemensam aktivitet/g)).toHaveLength(1)
  })
})

describe('PDF text helpers', () => {
  it('puts break points into long words only', () => {
    expect(breakLongWords('kort ord')).toBe('kort ord')
    const broken = breakLongWords('a'.repeat(60))
    expect(broken.replace(/\u200B/g, '')).toBe('a'.repeat(60))
    expect(broken.split('\u200B').map((p) => p.length)).toEqual([24, 24, 12])
  })

  it('cuts tall text at line boundaries without losing or adding characters', () => {
    const text = `${'ett två tre fyra fem '.repeat(40)}\n\nny stycke ${'x'.repeat(90)} slut`
    const chunks = splitIntoChunks(text, 30, 5)
    expect(chunks.length).toBeGreaterThan(3)
    expect(squash(chunks.join(' '))).toBe(squash(text))
    for (const c of chunks) expect(wrapLines(c, 30).length).toBeLessThanOrEqual(5)
  })
})
