import { useEffect, useState } from 'react'
import type { PeriodTree } from '../../../shared/domain/entities'
import { yearsOfPeriod, tertialsOfPeriodInYear } from '../../../shared/domain/tertial'
import type { ReportModel } from '../../../shared/report/model'
import { DEFAULT_REPORT_OPTIONS, type ReportOptions } from '../../../shared/report/options'
import { call, messageOf } from '../api/client'
import type { NoticeMessage } from '../components/Notice'
import { ReportPreview } from '../components/ReportPreview'
import { TertialPicker } from '../components/TertialPicker'
import { defaultTertial } from './FollowUpPage'

const OPTION_LABELS: Array<[keyof Omit<ReportOptions, 'orientation'>, string]> = [
  ['showStatus', 'Visa status'],
  ['showCounts', 'Visa antal och mål'],
  ['showParty', 'Visa ansvarig part'],
  ['showSituation', 'Visa lägesbild'],
  ['showSignatories', 'Visa undertecknare'],
  ['showSummary', 'Sammanfattning med diagram']
]

export function ReportPage(props: {
  tree: PeriodTree
  notify: (n: NoticeMessage) => void
  /** An export asked for from the menu (Arkiv → Exportera som …). */
  pendingExport?: 'pdf' | 'xlsx' | null
  onExportStarted?: () => void
}) {
  const { tree, notify, pendingExport, onExportStarted } = props
  const [sel, setSel] = useState(() => defaultTertial(tree))
  const [options, setOptions] = useState<ReportOptions>(DEFAULT_REPORT_OPTIONS)
  const [model, setModel] = useState<ReportModel | null>(null)
  const [previewError, setPreviewError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'pdf' | 'xlsx' | null>(null)
  const covered = tertialsOfPeriodInYear(tree.period.startDate, tree.period.endDate, sel.year).includes(sel.tertial)

  useEffect(() => {
    if (!covered) return
    call('getReportModel', { periodId: tree.period.id, year: sel.year, tertial: sel.tertial, options })
      .then((m) => {
        setModel(m)
        setPreviewError(null)
      })
      .catch((e) => setPreviewError(messageOf(e)))
  }, [tree, sel, options, covered])

  const exportAs = async (format: 'pdf' | 'xlsx') => {
    setBusy(format)
    try {
      const r = await call('exportReport', { periodId: tree.period.id, year: sel.year, tertial: sel.tertial, options, format })
      if (!r) return
      const warning = r.missingGlyphs.length ? ` Tecken som typsnittet saknar ersattes med □: ${r.missingGlyphs.join(' ')}` : ''
      notify({
        kind: 'success',
        text: `Rapporten sparades som ”${r.fileName}”.${warning}`,
        action: { label: 'Öppna', run: () => void call('openExport', { mode: 'open' }).catch((e) => notify({ kind: 'error', text: messageOf(e) })) }
      })
    } catch (e) {
      notify({ kind: 'error', text: messageOf(e) })
    } finally {
      setBusy(null)
    }
  }

  useEffect(() => {
    if (!pendingExport || !covered) return
    // Started from a timer so the page has rendered first (and StrictMode's second run cancels the first).
    const timer = setTimeout(() => {
      onExportStarted?.()
      void exportAs(pendingExport)
    }, 0)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pendingExport])

  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Rapport</h2>
      <div className="card report-controls">
        <TertialPicker years={yearsOfPeriod(tree.period.startDate, tree.period.endDate)} year={sel.year} tertial={sel.tertial} onChange={(year, tertial) => setSel({ year, tertial })} />
        <fieldset>
          <legend>Innehåll</legend>
          {OPTION_LABELS.map(([key, label]) => (
            <label key={key} className="inline">
              <input type="checkbox" checked={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} />
              {label}
            </label>
          ))}
          <label className="inline">
            <input type="checkbox" checked={options.orientation === 'portrait'} onChange={(e) => setOptions({ ...options, orientation: e.target.checked ? 'portrait' : 'landscape' })} />
            Stående PDF
          </label>
        </fieldset>
        <div className="row">
          <button type="button" className="primary" disabled={!covered || busy !== null} onClick={() => void exportAs('pdf')}>
            {busy === 'pdf' ? 'Skapar PDF…' : 'Exportera som PDF'}
          </button>
          <button type="button" disabled={!covered || busy !== null} onClick={() => void exportAs('xlsx')}>
            {busy === 'xlsx' ? 'Skapar Excel…' : 'Exportera som Excel'}
          </button>
          <button
            type="button"
            disabled={!covered || busy !== null}
            onClick={() =>
              call('exportSlides', { periodId: tree.period.id, year: sel.year, tertial: sel.tertial })
                .then((r) => r && notify({ kind: 'success', text: `Presentationen sparades som ”${r.fileName}”.` }))
                .catch((e) => notify({ kind: 'error', text: messageOf(e) }))
            }
          >
            Exportera presentation (16:9)
          </button>
          <button type="button" className="link" onClick={() => void call('openExport', { mode: 'reveal' }).catch((e) => notify({ kind: 'error', text: messageOf(e) }))}>
            Visa i mapp
          </button>
        </div>
      </div>
      {!covered && <p role="alert">Medborgarlöftet omfattar inte den valda tertialen.</p>}
      {previewError && <p role="alert" className="error">{previewError}</p>}
      {covered && model && <ReportPreview model={model} />}
    </section>
  )
}
