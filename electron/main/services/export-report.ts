import { join } from 'node:path'
import { isoDateOf } from '../../../shared/domain/dates'
import type { Tertial } from '../../../shared/domain/tertial'
import { tertialShortLabel, tertialsOfPeriodInYear } from '../../../shared/domain/tertial'
import { AppError, InvalidInputError } from '../../../shared/errors'
import { buildReportModel, reportFileBaseName, type ReportModel } from '../../../shared/report/model'
import type { ReportOptions } from '../../../shared/report/options'
import { renderReportXlsx } from '../reports/excel'
import { renderReportPdf } from '../reports/pdf'
import { writeFileAtomic } from './atomic-write'
import { reportToHtml } from '../../../shared/publish/report-html'
import { escapeHtml } from '../../../shared/publish/escape'
import { getPeriodTree } from './periods'
import type { Workspace } from './workspace'

export type ReportFormat = 'pdf' | 'xlsx' | 'html'

export interface ReportRequestInput {
  periodId: string
  year: number
  tertial: Tertial
  options?: Partial<ReportOptions>
}

export interface RenderedReport {
  model: ReportModel
  bytes: Buffer
  fileName: string
  /** Characters the PDF font could not draw and replaced with a box. */
  missingGlyphs: string[]
}

/** Reads the period in one short transaction and builds the model; rendering happens outside it. */
export function reportModelFor(ws: Workspace, req: ReportRequestInput, now = new Date()): { model: ReportModel; tree: ReturnType<typeof getPeriodTree> } {
  const tree = getPeriodTree(ws, req.periodId)
  const covered = tertialsOfPeriodInYear(tree.period.startDate, tree.period.endDate, req.year)
  if (!covered.includes(req.tertial))
    throw new InvalidInputError(
      `Medborgarlöftet ”${tree.period.title}” gäller ${tree.period.startDate} – ${tree.period.endDate} och omfattar inte ${tertialShortLabel(req)}.`
    )
  return { tree, model: buildReportModel(tree, { year: req.year, tertial: req.tertial, options: req.options, generatedOn: isoDateOf(now) }) }
}

export async function renderReport(ws: Workspace, req: ReportRequestInput, format: ReportFormat, opts: { fontsDir?: string; now?: Date } = {}): Promise<RenderedReport> {
  const now = opts.now ?? new Date()
  const { model, tree } = reportModelFor(ws, req, now)
  const fileName = `${reportFileBaseName(model)}.${format}`
  try {
    if (format === 'pdf') {
      const r = await renderReportPdf(model, { fontsDir: opts.fontsDir, createdAt: now })
      return { model, bytes: r.bytes, fileName, missingGlyphs: r.missingGlyphs }
    }
    if (format === 'html') {
      const html = `<!doctype html>\n<html lang="sv">\n<head><meta charset="utf-8"><title>${escapeHtml(model.title)}</title></head>\n<body>\n${reportToHtml(model)}</body>\n</html>\n`
      return { model, bytes: Buffer.from(html, 'utf8'), fileName, missingGlyphs: [] }
    }
    return { model, bytes: await renderReportXlsx(model, tree, { createdAt: now }), fileName, missingGlyphs: [] }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('EXPORT_FAILED', 'Rapporten kunde inte skapas. Ingenting har sparats. Försök igen eller kontakta support.', {
      reason: error instanceof Error ? error.message : String(error)
    })
  }
}

/**
 * Renders and writes the report. `out` may be a folder (the usual file name is used) or a
 * file. A failed export never leaves a half-written file.
 */
export async function exportReport(
  ws: Workspace,
  req: ReportRequestInput,
  format: ReportFormat,
  out: { dir?: string; file?: string },
  opts: { fontsDir?: string; now?: Date } = {}
): Promise<RenderedReport & { file: string }> {
  const rendered = await renderReport(ws, req, format, opts)
  const file = out.file ?? join(out.dir ?? '.', rendered.fileName)
  try {
    writeFileAtomic(file, rendered.bytes)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'okänt fel'
    throw new AppError('EXPORT_FAILED', `Rapporten kunde inte sparas (${code}). Kontrollera att mappen finns och att du får skriva där.`)
  }
  return { ...rendered, file }
}
