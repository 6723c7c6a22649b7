import pdfmake from 'pdfmake'
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces'
import { STATE_COLORS } from '../../../shared/progress/charts'
import type { Slide, SlideItem } from '../../../shared/progress/slides'
import { loadFonts, REPORT_FONT } from './fonts'
import { configurePdfmake } from './pdf'
import { pdfText } from './pdf-text'

/** 16:9 at 960 × 540 pt: readable from the back of a room, and what projectors expect. */
export const SLIDE_SIZE = { width: 960, height: 540 }
const M = 48
const BAR_W = 300

function bar(item: SlideItem): Content {
  const filled = Math.round(Math.min(1, item.ratio ?? 0) * BAR_W)
  return {
    canvas: [
      { type: 'rect', x: 0, y: 0, w: BAR_W, h: 18, color: '#ffffff', lineColor: '#1a1a1a', lineWidth: 1 },
      ...(filled > 0 ? [{ type: 'rect' as const, x: 0, y: 0, w: filled, h: 18, color: STATE_COLORS[item.state], lineColor: '#1a1a1a', lineWidth: 0.5 }] : [])
    ]
  }
}

export async function renderSlidesPdf(slides: Slide[], meta: { title: string; author: string }, opts: { fontsDir?: string; createdAt?: Date } = {}): Promise<{ bytes: Buffer; missingGlyphs: string[] }> {
  const fonts = loadFonts(opts.fontsDir)
  configurePdfmake(fonts)
  const missing = new Set<string>()
  const t = (s: string) => pdfText(s, fonts, missing)
  const content: Content[] = slides.map((slide, i): Content => {
    const pageBreak = i > 0 ? ('before' as const) : undefined
    if (slide.kind === 'title')
      return {
        stack: [
          { text: t(slide.heading), fontSize: 40, bold: true, color: '#1f3a5f', margin: [0, 130, 0, 20] },
          { text: t(slide.subheading), fontSize: 22, color: '#1a1a1a' }
        ],
        pageBreak
      }
    return {
      stack: [
        { text: t(slide.heading), fontSize: slide.heading.length > 90 ? 22 : 28, bold: true, color: '#1f3a5f', margin: [0, 0, 0, 6] },
        { text: t(slide.subheading), fontSize: 16, color: '#1a1a1a', margin: [0, 0, 0, 16] },
        ...slide.items.map(
          (item): Content => ({
            stack: [
              {
                columns: [
                  { text: t(item.text), fontSize: 16, width: '*' },
                  {
                    stack: [
                      ...(item.ratio !== null ? [bar(item)] : []),
                      { text: t(item.progress ? `${item.progress} · ${item.stateLabel}` : item.stateLabel), fontSize: 14, bold: true, margin: [0, 3, 0, 0] }
                    ],
                    width: BAR_W
                  }
                ],
                columnGap: 20
              },
              ...(item.latest ? [{ text: t(item.latest), fontSize: 12, color: '#3c4650', margin: [0, 3, 0, 0] as [number, number, number, number] }] : [])
            ],
            margin: [0, 0, 0, 12],
            unbreakable: true
          })
        )
      ],
      pageBreak
    }
  })
  const doc: TDocumentDefinitions = {
    pageSize: SLIDE_SIZE,
    pageMargins: [M, M - 8, M, M],
    language: 'sv-SE',
    info: { title: meta.title, author: meta.author, subject: 'Presentation av medborgarlöften', creator: 'Medborgarlöften', producer: 'Medborgarlöften', creationDate: opts.createdAt ?? new Date() },
    footer: (page, count) => ({ text: `${page} / ${count}`, alignment: 'right', fontSize: 10, color: '#4a5560', margin: [M, 12, M, 0] }),
    content,
    defaultStyle: { font: REPORT_FONT.family, lineHeight: 1.15, color: '#1a1a1a' }
  }
  return { bytes: Buffer.from(await pdfmake.createPdf(doc).getBuffer()), missingGlyphs: [...missing] }
}
