import { isoDateOf } from '../../../shared/domain/dates'
import { svCompare } from '../../../shared/domain/sort'
import type { Tertial } from '../../../shared/domain/tertial'
import { areaOverview, currentPeriod, tertialWithin, type AreaRow } from '../../../shared/progress/overview'
import { buildSlides } from '../../../shared/progress/slides'
import { municipalityDisplayName } from '../../../shared/report/model'
import { renderOverviewPdf } from '../reports/overview-pdf'
import { renderSlidesPdf } from '../reports/slides-pdf'
import { getPeriodTree, listPeriods } from './periods'
import type { Workspace } from './workspace'

/** The 16:9 presentation of a period as PDF, at a tertial (default: today's, within the period). */
export async function renderPresentation(ws: Workspace, periodId: string, at?: { year: number; tertial: Tertial }, opts: { fontsDir?: string; now?: Date } = {}) {
  const tree = getPeriodTree(ws, periodId)
  const when = at ?? tertialWithin(tree, isoDateOf(opts.now ?? new Date()))
  const slides = buildSlides(tree, when)
  const name = municipalityDisplayName(tree.municipality.name)
  const r = await renderSlidesPdf(slides, { title: `${tree.period.title} – presentation`, author: `Polisen och ${name}` }, { fontsDir: opts.fontsDir, createdAt: opts.now })
  return { ...r, slides, fileName: `Medborgarlöften ${name} presentation T${when.tertial} ${when.year}.pdf` }
}

/** Every municipality's current period and its progress. */
export function areaRows(ws: Workspace, today: string): AreaRow[] {
  const periods = listPeriods(ws)
  const byMunicipality = new Map<string, typeof periods>()
  for (const p of periods) byMunicipality.set(p.municipalityId, [...(byMunicipality.get(p.municipalityId) ?? []), p])
  const trees = [...byMunicipality.values()]
    .map((ps) => currentPeriod(ps, today))
    .filter((p): p is (typeof periods)[number] => p !== null)
    .map((p) => getPeriodTree(ws, p.id))
  return areaOverview(trees, today).sort((a, b) => svCompare(a.municipality, b.municipality))
}

export async function renderAreaOverview(ws: Workspace, opts: { fontsDir?: string; now?: Date } = {}) {
  const today = isoDateOf(opts.now ?? new Date())
  const rows = areaRows(ws, today)
  const area = rows.map((r) => r.municipality).join(', ') || ws.label
  return { rows, bytes: await renderOverviewPdf(rows, { area, generatedOn: today }, { fontsDir: opts.fontsDir }), fileName: `Områdesöversikt medborgarlöften ${today}.pdf` }
}
