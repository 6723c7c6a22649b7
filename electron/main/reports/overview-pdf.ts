import pdfmake from 'pdfmake'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { shorten, STATE_COLORS } from '../../../shared/progress/charts'
import type { AreaRow } from '../../../shared/progress/overview'
import { tertialShortLabel } from '../../../shared/domain/tertial'
import { loadFonts, REPORT_FONT } from './fonts'
import { configurePdfmake } from './pdf'
import { pdfText } from './pdf-text'

function miniBar(ratio: number | null, state: keyof typeof STATE_COLORS, width: number): Content {
  const filled = Math.round(Math.min(1, ratio ?? 0) * width)
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: width, h: 9, color: '#ffffff', lineColor: '#1a1a1a', lineWidth: 0.7 },
      ...(filled > 0 ? [{ type: 'rect' as const, x: 0, y: 0, w: filled, h: 9, color: STATE_COLORS[state], lineColor: '#1a1a1a', lineWidth: 0.4 }] : [])
    ]
  }
}

/** One A4 landscape page: every municipality's current period, side by side. */
export async function renderOverviewPdf(rows: AreaRow[], meta: { area: string; generatedOn: string }, opts: { fontsDir?: string } = {}): Promise<Buffer> {
  const fonts = loadFonts(opts.fontsDir)
  configurePdfmake(fonts)
  const missing = new Set<string>()
  const t = (s: string) => pdfText(s, fonts, missing)
  const perRow = Math.min(3, Math.max(1, rows.length))
  const colWidth = Math.floor((841.89 - 80 - (perRow - 1) * 16) / perRow)
  // Smaller type as more goals must fit on the one page.
  const goals = Math.max(1, ...rows.map((r) => r.goals.length))
  const fs = Math.max(6.5, Math.min(10, 60 / (goals * Math.ceil(rows.length / perRow))))
  const card = (r: AreaRow): Content => ({
    stack: [
      { text: t(r.municipality), bold: true, fontSize: fs + 4, color: '#1f3a5f' },
      { text: t(`${r.periodTitle} · ${tertialShortLabel(r.at)} · tid som gått ${r.elapsedPercent} %`), fontSize: fs, margin: [0, 1, 0, 4] },
      { text: t(`Totalt: ${r.stateLabel}${r.ratio === null ? '' : `, ${Math.round(r.ratio * 100)} % av målen`}`), bold: true, fontSize: fs + 1 },
      miniBar(r.ratio, r.state, colWidth - 8),
      ...r.goals.flatMap((g): Content[] => [
        { text: t(`${shorten(g.text, 90)} – ${g.stateLabel.toLowerCase()}${g.ratio === null ? '' : ` (${Math.round(g.ratio * 100)} %)`}`), fontSize: fs, margin: [0, 5, 0, 1] },
        miniBar(g.ratio, g.state, colWidth - 8)
      ])
    ]
  })
  const lines: Content[] = []
  for (let i = 0; i < rows.length; i += perRow) lines.push({ columns: rows.slice(i, i + perRow).map((r) => ({ ...(card(r) as object), width: colWidth }) as Content), columnGap: 16, margin: [0, 0, 0, 14] })
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    language: 'sv-SE',
    info: { title: `Områdesöversikt ${meta.area}`, creator: 'Medborgarlöften', producer: 'Medborgarlöften', subject: 'Medborgarlöften, läget per kommun' },
    content: [
      { text: t(`Områdesöversikt – ${meta.area}`), fontSize: 18, bold: true, color: '#1f3a5f' },
      { text: `Medborgarlöftena som gäller, per kommun. Skapad ${meta.generatedOn}.`, fontSize: 10, margin: [0, 2, 0, 14] },
      ...(rows.length ? lines : [{ text: 'Filen innehåller inga medborgarlöften.' }])
    ],
    defaultStyle: { font: REPORT_FONT.family, color: '#1a1a1a' }
  }
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer())
}
