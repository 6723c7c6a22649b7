import ExcelJS from 'exceljs'
import type { PeriodTree } from '../../../shared/domain/entities'
import { partyLabel } from '../../../shared/domain/party'
import { STATUS_LABELS } from '../../../shared/domain/status'
import type { ReportCell, ReportModel, ReportRow } from '../../../shared/report/model'
import { cleanReportText } from '../../../shared/report/text'

const FONT = 'Arial'
const HEADER_FILL = 'FF1F3A5F'
const GOAL_FILL = 'FFE6EDF5'
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FF9AA5B1' } },
  left: { style: 'thin', color: { argb: 'FF9AA5B1' } },
  bottom: { style: 'thin', color: { argb: 'FF9AA5B1' } },
  right: { style: 'thin', color: { argb: 'FF9AA5B1' } }
}
/** White bold text on the dark fill: every table header in the workbook. */
function styleHeaderCell(c: ExcelJS.Cell): void {
  c.font = { name: FONT, bold: true, color: { argb: 'FFFFFFFF' } }
  c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }
}

const ACTIVITY_WIDTH = 36
const TERTIAL_WIDTH = 38
/** Excel's cell limit is 32 767 characters; our texts are capped lower, but never trust that. */
const CELL_LIMIT = 32_000

/**
 * Every user text goes in as a plain string: exceljs writes strings as shared strings, never
 * as formulas, so "=HYPERLINK(…)" stays text. The tests check the XML for <f> elements.
 */
function textValue(s: string): string {
  return s.length > CELL_LIMIT ? `${s.slice(0, CELL_LIMIT)} …` : s
}

/** Header/footer codes use &: a literal & must be doubled. */
function headerText(s: string): string {
  return s.replace(/&/g, '&&')
}

function cellLines(cell: ReportCell | null, row: ReportRow): string {
  if (!cell) return ''
  return [row.contributor && `${row.contributor}:`, cell.status && `Status: ${cell.status.label}`, cell.text, cell.progress]
    .filter(Boolean)
    .join('\n')
}

/** exceljs does not size rows for wrapped text, and LibreOffice does not either: estimate. */
function rowHeight(texts: string[], widths: number[]): number {
  const lines = texts.map((t, i) =>
    t.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / (widths[i] * 1.15))), 0)
  )
  return Math.min(409, Math.max(15, Math.max(...lines) * 12.75 + 4))
}

function addReportSheet(wb: ExcelJS.Workbook, model: ReportModel): void {
  const ncols = model.columns.length + 1
  const ws = wb.addWorksheet('Uppföljning', {
    properties: { defaultRowHeight: 15 },
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: '4:4'
    },
    headerFooter: {
      oddHeader: `&L&8${headerText(`${model.title} – tertial ${model.tertial} ${model.year}`)}`,
      oddFooter: `&L&8Skapad ${model.generatedOn}&R&8Sida &P av &N`
    },
    views: [{ state: 'frozen', xSplit: 0, ySplit: 4, topLeftCell: 'A5', activeCell: 'A5' }]
  })
  const widths = [ACTIVITY_WIDTH, ...model.columns.map(() => TERTIAL_WIDTH)]
  ws.columns = widths.map((width) => ({ width }))

  const merged = (rowNumber: number, value: string, font: Partial<ExcelJS.Font>, height?: number) => {
    const row = ws.getRow(rowNumber)
    row.getCell(1).value = textValue(value)
    row.getCell(1).font = { name: FONT, ...font }
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' }
    ws.mergeCells(rowNumber, 1, rowNumber, ncols)
    if (height) row.height = height
    return row
  }
  merged(1, model.title, { size: 16, bold: true, color: { argb: HEADER_FILL } }, 24)
  merged(2, `${model.periodTitle} (${model.periodDates}). ${model.coverage}`, { size: 10 }, 18)
  const goalsText = [`Medborgarlöften ${model.municipality}:`, ...model.goals.map((g) => `• ${g}`)].join('\n')
  merged(3, goalsText, { size: 10, bold: true }, rowHeight([goalsText], [widths.reduce((a, b) => a + b, 0)]))

  const header = ws.getRow(4)
  ;['Aktivitet', ...model.columns.map((c) => c.label)].forEach((label, i) => {
    const c = header.getCell(i + 1)
    c.value = label
    styleHeaderCell(c)
    c.border = BORDER
    c.alignment = { vertical: 'middle' }
  })
  header.height = 18

  let r = 5
  for (const section of model.sections) {
    const goalRow = ws.getRow(r)
    for (let i = 1; i <= ncols; i++) {
      const c = goalRow.getCell(i)
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: GOAL_FILL } }
      c.border = BORDER
    }
    goalRow.getCell(1).value = textValue(section.goal)
    goalRow.getCell(1).font = { name: FONT, bold: true, size: 11 }
    goalRow.getCell(1).alignment = { wrapText: true, vertical: 'top' }
    ws.mergeCells(r, 1, r, ncols)
    goalRow.height = rowHeight([section.goal], [widths.reduce((a, b) => a + b, 0)])
    r++
    for (const row of section.rows) {
      const texts = [
        row.activity === null ? '' : [row.activity, ...row.activityNotes].join('\n'),
        ...row.cells.map((cell) => cellLines(cell, row))
      ]
      const excelRow = ws.getRow(r)
      texts.forEach((text, i) => {
        const c = excelRow.getCell(i + 1)
        c.value = text ? textValue(text) : null
        c.font = { name: FONT, size: 10 }
        c.alignment = { wrapText: true, vertical: 'top' }
        c.border = BORDER
      })
      excelRow.height = rowHeight(texts, widths)
      r++
    }
    r++ // a blank row between goals
  }
  if (model.signatories?.length) {
    merged(r++, 'Undertecknat av', { bold: true, size: 11 })
    for (const s of model.signatories) merged(r++, [s.name, s.title, s.organisation].filter(Boolean).join(', '), { size: 10 })
  }
}

const DATA_COLUMNS = [
  { header: 'Kommun', key: 'municipality', width: 20 },
  { header: 'Period', key: 'period', width: 28 },
  { header: 'Löfte', key: 'goal', width: 40 },
  { header: 'Aktivitet', key: 'activity', width: 50 },
  { header: 'Part', key: 'party', width: 18 },
  { header: 'År', key: 'year', width: 7 },
  { header: 'Tertial', key: 'tertial', width: 8 },
  { header: 'Status', key: 'status', width: 14 },
  { header: 'Antal', key: 'count', width: 8 },
  { header: 'Mål', key: 'target', width: 8 },
  { header: 'Enhet', key: 'unit', width: 16 },
  { header: 'Text', key: 'text', width: 80 },
  { header: 'Ändrad av', key: 'updatedBy', width: 20 },
  { header: 'Ändrad', key: 'updatedAt', width: 20 }
]

/** One row per follow-up, for filters and pivot tables. */
function addDataSheet(wb: ExcelJS.Workbook, model: ReportModel, tree: PeriodTree): void {
  const ws = wb.addWorksheet('Data', {
    views: [{ state: 'frozen', ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' }
  })
  ws.columns = DATA_COLUMNS
  ws.getRow(1).eachCell(styleHeaderCell)
  const reportKey = model.year * 10 + model.tertial
  for (const goal of tree.goals)
    for (const activity of goal.activities)
      for (const f of tree.followUps.filter((x) => x.activityId === activity.id && x.year * 10 + x.tertial <= reportKey)) {
        const row = ws.addRow({
          municipality: textValue(model.municipality),
          period: textValue(model.periodTitle),
          goal: textValue(cleanReportText(goal.text)),
          activity: textValue(cleanReportText(activity.text)),
          party: partyLabel(f.party, f.party === 'annan' ? activity.partyName : null),
          year: f.year,
          tertial: f.tertial,
          status: f.status ? STATUS_LABELS[f.status] : '',
          count: f.count,
          target: activity.targetCount,
          unit: textValue(cleanReportText(activity.targetUnit)),
          text: textValue(cleanReportText(f.text)),
          updatedBy: textValue(f.updatedBy),
          updatedAt: f.updatedAt.replace('T', ' ').slice(0, 19)
        })
        row.font = { name: FONT, size: 10 }
      }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, ws.rowCount), column: DATA_COLUMNS.length } }
}

/** exceljs cannot draw charts: the summary is the figures behind them, as a table. */
function addSummarySheet(wb: ExcelJS.Workbook, model: ReportModel): void {
  const s = model.summary
  if (!s) return
  const ws = wb.addWorksheet('Sammanfattning', {
    views: [{ state: 'frozen', ySplit: 3, topLeftCell: 'A4', activeCell: 'A4' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' }
  })
  ws.columns = [{ width: 40 }, { width: 50 }, { width: 9 }, { width: 9 }, { width: 18 }, { width: 12 }, { width: 14 }]
  ws.getCell('A1').value = textValue(`Sammanfattning – ${model.title}, tertial ${model.tertial} ${model.year}`)
  ws.getCell('A1').font = { name: FONT, bold: true, size: 14 }
  ws.getCell('A2').value = `Läge: ${s.state}. Tid som gått av perioden: ${s.elapsedPercent} %.`
  const header = ws.getRow(3)
  ;['Löfte', 'Aktivitet', 'Antal', 'Mål', 'Enhet', 'Andel av mål', 'Läge'].forEach((h, i) => {
    const c = header.getCell(i + 1)
    c.value = h
    styleHeaderCell(c)
  })
  for (const g of s.goals)
    for (const r of g.rows) {
      const row = ws.addRow([
        textValue(g.goal),
        textValue(r.activity),
        r.count,
        r.target,
        textValue(r.unit),
        r.target ? Math.min(9.99, r.count / r.target) : null,
        r.state
      ])
      row.font = { name: FONT, size: 10 }
      row.getCell(6).numFmt = '0%'
      row.alignment = { wrapText: true, vertical: 'top' }
    }
}

/** The report as an .xlsx: the layout sheet, then the data sheet. */
export async function renderReportXlsx(model: ReportModel, tree: PeriodTree, opts: { createdAt?: Date } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const created = opts.createdAt ?? new Date()
  wb.creator = 'Medborgarlöften'
  wb.title = `${model.title}, tertial ${model.tertial} ${model.year}`
  wb.subject = model.coverage
  wb.created = created
  wb.modified = created
  addReportSheet(wb, model)
  addSummarySheet(wb, model)
  addDataSheet(wb, model, tree)
  return Buffer.from(await wb.xlsx.writeBuffer())
}
