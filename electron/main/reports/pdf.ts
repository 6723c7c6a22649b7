import { join, resolve, sep } from 'node:path'
import pdfmake from 'pdfmake'
import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces'
import type { ReportCell, ReportModel, ReportRow } from '../../../shared/report/model'
import type { FollowUpStatus } from '../../../shared/domain/status'
import { loadFonts, REPORT_FONT, type LoadedFonts } from './fonts'
import { pdfText } from './pdf-text'
import { charsPerLine, estimateLines, FONT_SIZE, LINE_HEIGHT, splitIntoChunks } from './pdf-rows'

/** Status colours, chosen for contrast on white; the word is always printed beside the marker. */
export const STATUS_COLORS: Record<FollowUpStatus, string> = {
  genomford: '#1e7b34',
  pagar: '#1f5fa8',
  planerad: '#5f6368',
  ej_genomford: '#b3261e',
  installd: '#8a4b00'
}

const HEADER_FILL = '#1f3a5f'
const GOAL_FILL = '#e6edf5'
const LINE = '#9aa5b1'

export interface PdfResult {
  bytes: Buffer
  /** Characters the font could not draw (replaced by a box): shown to the user as a warning. */
  missingGlyphs: string[]
}

let configuredFontsDir: string | null = null

/**
 * pdfmake 0.3 is a singleton. Fonts are given as absolute paths (SVG text is drawn by pdfkit,
 * which opens fonts from disk by their name); nothing is fetched from the web, and local
 * files are readable only inside the fonts folder.
 */
export function configurePdfmake(fonts: LoadedFonts): void {
  if (configuredFontsDir === fonts.dir) return
  const files = Object.fromEntries(Object.entries(REPORT_FONT.files).map(([style, file]) => [style, join(fonts.dir, file)]))
  pdfmake.setFonts({ [REPORT_FONT.family]: files as Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> })
  pdfmake.setUrlAccessPolicy(() => false)
  const dir = resolve(fonts.dir)
  pdfmake.setLocalAccessPolicy((path) => resolve(path).startsWith(dir + sep))
  configuredFontsDir = fonts.dir
}

const PAGE = { landscape: { width: 841.89, height: 595.28 }, portrait: { width: 595.28, height: 841.89 } }
const MARGIN_X = 40

/** Fixed column widths: a `*` column can lose a long word (pdfmake #2731). */
function columnWidths(model: ReportModel): number[] {
  const content = PAGE[model.options.orientation].width - 2 * MARGIN_X
  const n = Math.max(1, model.columns.length)
  const activityShare = model.options.orientation === 'landscape' ? 0.28 : 0.3
  // Table borders and padding take 4 pt per column edge on top of the widths.
  const usable = content - (n + 1) * 8.5
  const activity = Math.floor(usable * activityShare)
  const tertial = Math.floor((usable - activity) / n)
  return [activity, ...Array(n).fill(tertial)]
}

const TOP_BOTTOM_MARGIN = 48
/** A row up to this share of the page's content height is kept whole… */
const WHOLE_ROW_SHARE = 0.55
/** …a taller one is cut into pieces this tall, which pack onto pages with little waste. */
const PIECE_SHARE = 0.3

interface CellParts {
  head: Content[]
  body: string
  tail: Content[]
  /** Lines taken by head and tail, estimated. */
  extraLines: number
}

/** Model rows → physical table rows, each short enough to be kept whole on one page. */
function physicalRows(
  row: ReportRow,
  parts: CellParts[],
  widths: number[],
  pageContentHeight: number
): Array<{ cells: TableCell[]; continuation: boolean }> {
  const lines = (share: number) => Math.max(4, Math.floor((pageContentHeight * share - 8) / LINE_HEIGHT))
  // A cell that fits in a whole row stays whole (in the first row); only taller cells are cut.
  const chunked = parts.map((p, i) => {
    const perLine = charsPerLine(widths[i] - 8)
    if (estimateLines(p.body, perLine) + p.extraLines <= lines(WHOLE_ROW_SHARE)) return [p.body]
    return splitIntoChunks(p.body, perLine, Math.max(2, lines(PIECE_SHARE) - p.extraLines))
  })
  const count = Math.max(...chunked.map((c) => c.length))
  return Array.from({ length: count }, (_, k) => ({
    continuation: k > 0,
    cells: parts.map((p, i) => {
      const chunk = chunked[i][k]
      if (chunk === undefined) return { text: '' }
      const stack: Content[] = [...(k === 0 ? p.head : []), ...(chunk ? [{ text: chunk }] : [])]
      if (k === chunked[i].length - 1) stack.push(...p.tail)
      return stack.length ? { stack } : { text: '' }
    })
  }))
}

/** The summary page: per goal its progress in words and the two charts. */
function summaryContent(model: ReportModel, t: (s: string) => string, width: number): Content[] {
  const s = model.summary
  if (!s) return []
  const out: Content[] = [
    { text: 'Sammanfattning', style: 'heading', pageBreak: 'before' },
    { text: t(`Läget efter tertial ${model.tertial} ${model.year}: ${s.state.toLowerCase()}. Tid som gått av perioden: ${s.elapsedPercent} %.`), margin: [0, 0, 0, 8] }
  ]
  for (const g of s.goals)
    out.push({
      stack: [
        { text: t(`${g.goal} – ${g.state.toLowerCase()}${g.percent === null ? '' : `, ${g.percent} % av målen`}`), bold: true, margin: [0, 6, 0, 4] },
        { svg: g.barChart, width },
        { svg: g.timeline, width, margin: [0, 6, 0, 10] }
      ],
      unbreakable: true
    })
  return out
}

export async function renderReportPdf(model: ReportModel, opts: { fontsDir?: string; createdAt?: Date } = {}): Promise<PdfResult> {
  const fonts = loadFonts(opts.fontsDir)
  configurePdfmake(fonts)
  const missing = new Set<string>()
  const t = (s: string) => pdfText(s, fonts, missing)
  const ncols = model.columns.length + 1

  const cellParts = (cell: ReportCell | null, row: ReportRow): CellParts => {
    if (!cell) return { head: [], body: '', tail: [], extraLines: 0 }
    const head: Content[] = []
    if (row.contributor) head.push({ text: `${t(row.contributor)}:`, style: 'contributor' })
    if (cell.status)
      head.push({ text: [{ text: '● ', color: STATUS_COLORS[cell.status.key] }, { text: cell.status.label, bold: true }], style: 'status' })
    const tail: Content[] = cell.progress ? [{ text: t(cell.progress), style: 'progress' }] : []
    return { head, body: t(cell.text), tail, extraLines: head.length + tail.length * 2 }
  }

  const pageSize = PAGE[model.options.orientation]
  const pageContentHeight = pageSize.height - 2 * TOP_BOTTOM_MARGIN
  const widths = columnWidths(model)

  const table = (section: ReportModel['sections'][number]): ContentTable => {
    const continuationRows = new Set<number>()
    const body: TableCell[][] = [
      [{ text: t(section.goal), style: 'goalHeading', colSpan: ncols, fillColor: GOAL_FILL }, ...Array(ncols - 1).fill({})],
      [{ text: 'Aktivitet', style: 'columnHeading' }, ...model.columns.map((c) => ({ text: c.label, style: 'columnHeading' }))]
    ]
    for (const row of section.rows) {
      const activity: CellParts =
        row.activity === null
          ? { head: [], body: '', tail: [], extraLines: 0 }
          : { head: [], body: t(row.activity), tail: row.activityNotes.map((n) => ({ text: t(n), style: 'note' })), extraLines: row.activityNotes.length }
      for (const physical of physicalRows(row, [activity, ...row.cells.map((c) => cellParts(c, row))], widths, pageContentHeight)) {
        if (physical.continuation) continuationRows.add(body.length)
        body.push(physical.cells)
      }
    }
    if (section.rows.length === 0) body.push([{ text: 'Inga aktiviteter.', italics: true, colSpan: ncols }, ...Array(ncols - 1).fill({})])
    return {
      table: { headerRows: 2, keepWithHeaderRows: 1, dontBreakRows: true, widths, body },
      layout: {
        // No rule between a row and its own continuation: it reads as one row over two pages.
        hLineWidth: (i: number) => (continuationRows.has(i) ? 0 : 0.5),
        vLineWidth: () => 0.5,
        hLineColor: () => LINE,
        vLineColor: () => LINE,
        fillColor: (rowIndex: number) => (rowIndex === 1 ? HEADER_FILL : null),
        paddingLeft: () => 4,
        paddingRight: () => 4,
        paddingTop: (i: number) => (continuationRows.has(i) ? 0 : 3),
        paddingBottom: (i: number) => (continuationRows.has(i + 1) ? 0 : 3)
      },
      margin: [0, 6, 0, 14]
    }
  }

  const content: Content[] = [
    { text: t(model.title), style: 'title' },
    { text: t(`${model.periodTitle} (${model.periodDates})`), style: 'subtitle' },
    { text: t(model.coverage), margin: [0, 0, 0, 10] }
  ]
  if (model.situation) content.push({ text: 'Lägesbild', style: 'heading' }, { text: t(model.situation), margin: [0, 0, 0, 10] })
  content.push(
    { text: t(`Medborgarlöften ${model.municipality}`), style: 'heading' },
    { ul: model.goals.map((g) => ({ text: t(g), bold: true })), margin: [0, 0, 0, 12] },
    ...summaryContent(model, t, PAGE[model.options.orientation].width - 2 * MARGIN_X),
    { text: t(`Uppföljning av aktiviteterna i medborgarlöftena för ${model.municipality}`), style: 'heading', ...(model.summary ? { pageBreak: 'before' as const } : {}) },
    ...model.sections.map(table)
  )
  if (model.signatories?.length)
    content.push(
      { text: 'Undertecknat av', style: 'heading' },
      ...model.signatories.map((s) => ({
        text: [{ text: t(s.name), bold: true }, t([s.title, s.organisation].filter(Boolean).map((x) => `, ${x}`).join(''))]
      }))
    )

  const createdAt = opts.createdAt ?? new Date()
  const doc: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: model.options.orientation,
    pageMargins: [MARGIN_X, TOP_BOTTOM_MARGIN, MARGIN_X, TOP_BOTTOM_MARGIN],
    language: 'sv-SE',
    tagged: true,
    displayTitle: true,
    info: {
      title: `${model.title}, tertial ${model.tertial} ${model.year}`,
      author: `Polisen och ${model.municipality}`,
      subject: model.coverage,
      keywords: 'medborgarlöften, uppföljning, tertial',
      creator: 'Medborgarlöften',
      producer: 'Medborgarlöften',
      creationDate: createdAt
    },
    header: (currentPage) =>
      currentPage > 1
        ? { text: t(`${model.title} – tertial ${model.tertial} ${model.year}`), style: 'pageHeader', margin: [MARGIN_X, 22, MARGIN_X, 0] }
        : null,
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: `Skapad ${model.generatedOn}`, style: 'pageFooter' },
        { text: `Sida ${currentPage} av ${pageCount}`, style: 'pageFooter', alignment: 'right' }
      ],
      margin: [MARGIN_X, 16, MARGIN_X, 0]
    }),
    content,
    defaultStyle: { font: REPORT_FONT.family, fontSize: FONT_SIZE, lineHeight: 1.15, color: '#1a1a1a' },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4], color: HEADER_FILL },
      subtitle: { fontSize: 11, color: '#3c4650', margin: [0, 0, 0, 8] },
      heading: { fontSize: 12, bold: true, margin: [0, 6, 0, 4], color: HEADER_FILL },
      goalHeading: { fontSize: 10.5, bold: true, margin: [0, 2, 0, 2] },
      columnHeading: { bold: true, color: '#ffffff' },
      status: { fontSize: 8.5, margin: [0, 0, 0, 1] },
      contributor: { fontSize: 8.5, italics: true, color: '#3c4650' },
      progress: { fontSize: 8.5, italics: true, color: '#3c4650', margin: [0, 1, 0, 0] },
      note: { fontSize: 8.5, color: '#3c4650', margin: [0, 2, 0, 0] },
      pageHeader: { fontSize: 8, color: '#5f6368' },
      pageFooter: { fontSize: 8, color: '#5f6368' }
    }
  }
  const bytes = Buffer.from(await pdfmake.createPdf(doc).getBuffer())
  return { bytes, missingGlyphs: [...missing] }
}
