import { useCallback, useEffect, useState } from 'react'
import type { PeriodTree } from '../../shared/domain/entities'
import type { PresenceView, UserSettings, WorkspaceInfo } from '../../shared/ipc/contract'

interface WriteStatus {
  waiting: boolean
  holder: string | null
  queued: number
  failed: Array<{ id: number; text: string; reason: string }>
}
import { call, messageOf } from './api/client'
import { Notice, type NoticeMessage } from './components/Notice'
import { FirstStart } from './pages/FirstStart'
import { FollowUpPage } from './pages/FollowUpPage'
import { HistoryPage } from './pages/HistoryPage'
import { Overview } from './pages/Overview'
import { PromisePage } from './pages/PromisePage'
import { ReportPage } from './pages/ReportPage'
import { ImportPage } from './pages/ImportPage'
import { AreaOverview } from './pages/AreaOverview'
import { BackupsPage } from './pages/BackupsPage'
import { PresentationMode } from './pages/PresentationMode'
import { defaultTertial } from './pages/FollowUpPage'

type Tab = 'oversikt' | 'lofte' | 'uppfoljning' | 'rapport' | 'historik' | 'import' | 'omrade' | 'sakerhet'
const TABS: Array<[Tab, string]> = [
  ['oversikt', 'Översikt'],
  ['lofte', 'Medborgarlöfte'],
  ['uppfoljning', 'Uppföljning'],
  ['rapport', 'Rapport'],
  ['historik', 'Historik'],
  ['import', 'Importera'],
  ['omrade', 'Område'],
  ['sakerhet', 'Säkerhetskopior']
]

/** Tabs that show one period and need one chosen. */
const PERIOD_TABS = new Set<Tab>(['lofte', 'uppfoljning', 'rapport', 'historik'])

export function App() {
  const [settings, setSettings] = useState<UserSettings | null>(null)
  const [info, setInfo] = useState<WorkspaceInfo | null>(null)
  const [tab, setTab] = useState<Tab>('oversikt')
  const [periodId, setPeriodId] = useState<string | null>(null)
  const [tree, setTree] = useState<PeriodTree | null>(null)
  const [notice, setNotice] = useState<NoticeMessage | null>(null)
  const [empty, setEmpty] = useState(false)
  const [version, setVersion] = useState(0)

  const [pendingExport, setPendingExport] = useState<'pdf' | 'xlsx' | null>(null)
  const [presenting, setPresenting] = useState(false)
  const [writeStatus, setWriteStatus] = useState<WriteStatus | null>(null)
  const [others, setOthers] = useState<PresenceView[]>([])
  const showError = useCallback((text: string) => setNotice({ kind: 'error', text }), [])

  // Pushes from main: another file was opened, or a menu command needs the page.
  useEffect(() => {
    const offFile = window.api.on('workspaceChanged', (payload) => {
      const change = payload as { kind?: string; summary?: string } | null
      if (change?.kind === 'external') {
        // Someone else saved: refresh what is shown; fields being typed in keep their text.
        setVersion((v) => v + 1)
        setNotice({ kind: 'info', text: change.summary ?? 'Någon annan har ändrat i filen.' })
        return
      }
      setPeriodId(null)
      setTree(null)
      setTab('oversikt')
      setNotice(null)
      setVersion((v) => v + 1)
    })
    const offWrite = window.api.on('writeStatus', (payload) => setWriteStatus(payload as WriteStatus))
    const offMenu = window.api.on('menuCommand', (command) => {
      if (command === 'present') return setPresenting(true)
      if (command === 'areaOverview') return setTab('omrade')
      if (command === 'restoreBackup') return setTab('sakerhet')
      if (command !== 'exportPdf' && command !== 'exportXlsx') return
      setTab('rapport')
      setPendingExport(command === 'exportPdf' ? 'pdf' : 'xlsx')
    })
    return () => {
      offFile()
      offMenu()
      offWrite()
    }
  }, [])

  useEffect(() => {
    call('getSettings').then(setSettings).catch((e) => showError(messageOf(e)))
  }, [showError])

  useEffect(() => {
    if (!settings || settings.firstStart) return
    call('getWorkspaceInfo').then(setInfo).catch((e) => showError(messageOf(e)))
    call('listMunicipalities')
      .then((ms) => setEmpty(ms.length === 0))
      .catch((e) => showError(messageOf(e)))
  }, [settings, showError, version])

  const reload = useCallback(async () => {
    if (!periodId) return
    try {
      setTree(await call('getPeriodTree', { id: periodId }))
    } catch (e) {
      showError(messageOf(e))
    }
  }, [periodId, showError])

  useEffect(() => {
    if (!periodId) return
    let current = true
    call('getPeriodTree', { id: periodId })
      .then((t) => current && setTree(t))
      .catch((e) => current && showError(messageOf(e)))
    return () => {
      current = false
    }
  }, [periodId, showError, version])

  // Who else has the file open, refreshed now and then.
  useEffect(() => {
    if (!settings || settings.firstStart) return
    const load = () => void call('getPresence').then(setOthers).catch(() => {})
    load()
    const t = setInterval(load, 15_000)
    return () => clearInterval(t)
  }, [settings, version])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F5') {
        e.preventDefault()
        setPresenting(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  if (!settings) return <p className="loading">Startar…</p>
  // While presenting, the slides are the whole window: nothing else to tab into or scroll.
  if (presenting && tree) return <PresentationMode tree={tree} at={defaultTertial(tree)} onClose={() => setPresenting(false)} />
  if (settings.firstStart) return <FirstStart onDone={setSettings} />

  const open = (id: string) => {
    setPeriodId(id)
    setTab('lofte')
    setVersion((v) => v + 1)
  }
  const needsPeriod = PERIOD_TABS.has(tab)

  return (
    <div className="app">
      <header className="app-header">
        <h1>Medborgarlöften</h1>
        <p className="muted">
          {info ? (
            <>
              Fil: <strong>{info.fileName}</strong>
              {info.readonly && ' (skrivskyddad)'} · Inloggad som {info.user}
              {info.organisation && `, ${info.organisation}`}
              {others.length > 0 && ` · Öppen av ${others.map((o) => `${o.name}${o.organisation ? ` (${o.organisation})` : ''}`).join(', ')}`}
            </>
          ) : (
            'Ingen fil är öppen'
          )}
        </p>
      </header>
      <nav aria-label="Huvudmeny" className="tabs">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            className={tab === id ? 'tab active' : 'tab'}
            aria-current={tab === id ? 'page' : undefined}
            disabled={PERIOD_TABS.has(id) && !periodId}
            onClick={() => {
              setTab(id)
              if (id === 'oversikt') setVersion((v) => v + 1)
            }}
          >
            {label}
          </button>
        ))}
        {tree && <span className="current-period">{tree.period.title}</span>}
        {tree && (
          <button type="button" className="tab" onClick={() => setPresenting(true)}>
            Presentera (F5)
          </button>
        )}
      </nav>
      {info?.warnings.map((w) => (
        <p key={w} className="notice notice-info banner" role="status">
          {w}
        </p>
      ))}
      {writeStatus?.waiting && (
        <p className="notice notice-error banner" role="status">
          Filen används av {writeStatus.holder ?? 'någon annan'} – försöker igen…
          {writeStatus.queued > 0 && ` ${writeStatus.queued} ändring${writeStatus.queued === 1 ? '' : 'ar'} väntar och sparas så snart filen är ledig.`}
        </p>
      )}
      {(writeStatus?.failed ?? []).map((f) => (
        <div key={f.id} className="notice notice-error banner" role="alert">
          <span>
            En ändring som väntade på att filen skulle bli ledig kunde inte sparas, eftersom någon annan hann ändra samma sak. Din text finns kvar här – kopiera den och
            skriv in den igen där den ska stå:
            {f.text && <span className="pre failed-text">{f.text}</span>}
          </span>
          <button
            type="button"
            onClick={() => void call('dismissFailedEdit', { id: f.id }).catch((e) => showError(messageOf(e)))}
          >
            Jag har tagit hand om den
          </button>
        </div>
      ))}
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {presenting && !tree && (
        <p role="alert" className="notice notice-error">
          Öppna ett medborgarlöfte först för att presentera.{' '}
          <button type="button" onClick={() => setPresenting(false)}>
            Stäng
          </button>
        </p>
      )}
      <main className="content">
        {empty && tab === 'oversikt' && (
          <div className="card offer">
            <p>Filen är tom. Vill du fylla den med ett påhittat exempel (Ekbacka kommun) för att prova?</p>
            <button
              type="button"
              onClick={() =>
                call('fillDemo')
                  .then(({ periodId: id }) => open(id))
                  .catch((e) => showError(messageOf(e)))
              }
            >
              Fyll med exempel
            </button>
          </div>
        )}
        {tab === 'oversikt' && <Overview onOpen={open} onError={showError} version={version} />}
        {needsPeriod && !tree && <p role="status">Välj först ett medborgarlöfte i översikten.</p>}
        {needsPeriod && tree && tab === 'lofte' && <PromisePage tree={tree} reload={reload} notify={setNotice} />}
        {needsPeriod && tree && tab === 'uppfoljning' && <FollowUpPage tree={tree} reload={reload} others={others} />}
        {needsPeriod && tree && tab === 'rapport' && <ReportPage tree={tree} notify={setNotice} pendingExport={pendingExport} onExportStarted={() => setPendingExport(null)} />}
        {needsPeriod && tree && tab === 'historik' && <HistoryPage tree={tree} onError={showError} onChanged={() => void reload()} />}
        {tab === 'omrade' && <AreaOverview notify={setNotice} />}
        {tab === 'sakerhet' && (
          <BackupsPage
            notify={setNotice}
            onRestored={() => {
              setVersion((v) => v + 1)
            }}
          />
        )}
        {tab === 'import' && <ImportPage notify={setNotice} tree={tree} onImported={(id) => open(id)} />}
      </main>
    </div>
  )
}
