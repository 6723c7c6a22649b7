import { useEffect, useId, useState } from 'react'
import type { PeriodSummary, PeriodTree } from '../../../shared/domain/entities'
import { PARTIES, PARTY_LABELS, type Party } from '../../../shared/domain/party'
import { parsePage } from '../../../shared/import/parse-page'
import type { ParsedPeriod } from '../../../shared/import/types'
import type { FollowUpMatchView } from '../../../shared/ipc/contract'
import { call, messageOf } from '../api/client'
import type { NoticeMessage } from '../components/Notice'

type Notify = (n: NoticeMessage) => void

/** Reads a chosen file in the page (no path ever leaves the renderer). */
function readFile(file: File, as: 'text' | 'base64'): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(new Error('read'))
    reader.onload = () => {
      if (as === 'text') resolve(String(reader.result))
      else resolve(String(reader.result).replace(/^data:[^,]*,/, ''))
    }
    if (as === 'text') reader.readAsText(file, 'utf-8')
    else reader.readAsDataURL(file)
  })
}

export function ImportPage(props: { notify: Notify; onImported: (periodId: string) => void; tree: PeriodTree | null }) {
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Importera</h2>
      <PageImport {...props} />
      <FollowUpImport {...props} />
    </section>
  )
}

function PageImport({ notify, onImported }: { notify: Notify; onImported: (periodId: string) => void }) {
  const [text, setText] = useState('')
  const [municipality, setMunicipality] = useState('')
  const [periods, setPeriods] = useState<ParsedPeriod[] | null>(null)
  const [include, setInclude] = useState<boolean[]>([])
  const fileId = useId()

  const interpret = () => {
    const r = parsePage(text)
    setPeriods(r.periods)
    setInclude(r.periods.map(() => true))
    if (r.municipality && !municipality) setMunicipality(r.municipality)
    if (r.periods.length === 0) notify({ kind: 'error', text: 'Hittade inga medborgarlöften i texten. Kontrollera att rubriken med årtal (t.ex. ”Medborgarlöfte 2024–2025”) finns med.' })
  }
  const update = (pi: number, fn: (p: ParsedPeriod) => ParsedPeriod) => setPeriods((ps) => ps!.map((p, i) => (i === pi ? fn(p) : p)))

  const save = async () => {
    try {
      const chosen = periods!.filter((_, i) => include[i])
      const r = await call('importPeriods', { municipality, periods: chosen })
      notify({ kind: 'success', text: `Sparade ${r.periodIds.length} medborgarlöfte${r.periodIds.length === 1 ? '' : 'n'}.` })
      setPeriods(null)
      setText('')
      onImported(r.periodIds[0])
    } catch (e) {
      notify({ kind: 'error', text: messageOf(e) })
    }
  }

  return (
    <div className="card">
      <h3>Medborgarlöften från en webbsida</h3>
      <p className="muted">Klistra in texten från polisens eller kommunens sida, eller välj en sparad fil. Inget sparas förrän du har granskat resultatet.</p>
      <label>
        Text från sidan
        <textarea rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="row">
        <span className="stack">
          <label htmlFor={fileId}>Eller välj en fil (.txt, .html)</label>
          <input
            id={fileId}
            type="file"
            accept=".txt,.html,.htm,text/plain,text/html"
            onChange={(e) => {
              const f = e.target.files?.[0]
              if (f) readFile(f, 'text').then(setText).catch(() => notify({ kind: 'error', text: 'Filen kunde inte läsas.' }))
            }}
          />
        </span>
        <button type="button" className="primary" disabled={!text.trim()} onClick={interpret}>
          Tolka texten
        </button>
      </div>
      {periods && periods.length > 0 && (
        <div className="import-preview" aria-label="Granska importen" role="region">
          <label>
            Kommun
            <input value={municipality} onChange={(e) => setMunicipality(e.target.value)} required />
          </label>
          {periods.map((p, pi) => (
            <fieldset key={pi} className="card">
              <legend>
                <label className="inline">
                  <input type="checkbox" checked={include[pi]} onChange={(e) => setInclude(include.map((v, i) => (i === pi ? e.target.checked : v)))} />
                  Ta med {p.title}
                </label>
              </legend>
              <div className="row">
                <label className="grow">
                  Rubrik
                  <input value={p.title} onChange={(e) => update(pi, (x) => ({ ...x, title: e.target.value }))} />
                </label>
                <label>
                  Från
                  <input value={p.start} size={11} onChange={(e) => update(pi, (x) => ({ ...x, start: e.target.value }))} />
                </label>
                <label>
                  Till
                  <input value={p.end} size={11} onChange={(e) => update(pi, (x) => ({ ...x, end: e.target.value }))} />
                </label>
              </div>
              {p.goals.map((g, gi) => (
                <div key={gi} className="import-goal">
                  <label>
                    Löfte {gi + 1}
                    <input
                      value={g.text}
                      onChange={(e) => update(pi, (x) => ({ ...x, goals: x.goals.map((y, j) => (j === gi ? { ...y, text: e.target.value } : y)) }))}
                    />
                  </label>
                  <ol>
                    {g.activities.map((a, ai) => {
                      const setAct = (patch: Partial<typeof a>) =>
                        update(pi, (x) => ({
                          ...x,
                          goals: x.goals.map((y, j) => (j === gi ? { ...y, activities: y.activities.map((z, k) => (k === ai ? { ...z, ...patch } : z)) } : y))
                        }))
                      return (
                        <li key={ai} className="row">
                          <label className="grow">
                            Aktivitet {ai + 1} under löfte {gi + 1}
                            <textarea rows={2} value={a.text} onChange={(e) => setAct({ text: e.target.value })} />
                          </label>
                          <label>
                            Ansvarig
                            <select value={a.party} onChange={(e) => setAct({ party: e.target.value as Party })}>
                              {PARTIES.map((pt) => (
                                <option key={pt} value={pt}>
                                  {PARTY_LABELS[pt]}
                                </option>
                              ))}
                            </select>
                          </label>
                          <label>
                            Mål
                            <input
                              type="number"
                              min={0}
                              value={a.target?.count ?? ''}
                              onChange={(e) => setAct({ target: e.target.value === '' ? null : { count: Number(e.target.value), unit: a.target?.unit ?? '' } })}
                            />
                          </label>
                          <label>
                            Enhet
                            <input value={a.target?.unit ?? ''} disabled={!a.target} onChange={(e) => a.target && setAct({ target: { ...a.target, unit: e.target.value } })} />
                          </label>
                          <button
                            type="button"
                            onClick={() =>
                              update(pi, (x) => ({ ...x, goals: x.goals.map((y, j) => (j === gi ? { ...y, activities: y.activities.filter((_, k) => k !== ai) } : y)) }))
                            }
                          >
                            Ta bort<span className="visually-hidden"> aktivitet {ai + 1}</span>
                          </button>
                        </li>
                      )
                    })}
                  </ol>
                </div>
              ))}
              {p.unparsed.length > 0 && (
                <details>
                  <summary>Kunde inte tolkas ({p.unparsed.length} stycken) – kontrollera om något saknas ovan</summary>
                  <ul>
                    {p.unparsed.map((u, i) => (
                      <li key={i} className="pre">
                        {u}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </fieldset>
          ))}
          <button type="button" className="primary" disabled={!municipality.trim() || !include.some(Boolean)} onClick={() => void save()}>
            Spara medborgarlöftena
          </button>
        </div>
      )}
    </div>
  )
}

function FollowUpImport({ notify, tree }: { notify: Notify; tree: PeriodTree | null }) {
  const [periods, setPeriods] = useState<PeriodSummary[]>([])
  const [periodId, setPeriodId] = useState(tree?.period.id ?? '')
  const [text, setText] = useState('')
  const [xlsx, setXlsx] = useState<string | null>(null)
  const [year, setYear] = useState('')
  const [matches, setMatches] = useState<FollowUpMatchView[] | null>(null)
  const [target, setTarget] = useState<PeriodTree | null>(null)
  const fileId = useId()

  useEffect(() => {
    call('listPeriods', {})
      .then(setPeriods)
      .catch((e) => notify({ kind: 'error', text: messageOf(e) }))
  }, [notify])

  const preview = async () => {
    try {
      const input = xlsx ? { periodId, xlsxBase64: xlsx } : { periodId, text, ...(year ? { year: Number(year) } : {}) }
      const [m, t] = await Promise.all([call('previewFollowUpImport', input), call('getPeriodTree', { id: periodId })])
      setMatches(m)
      setTarget(t)
    } catch (e) {
      notify({ kind: 'error', text: messageOf(e) })
    }
  }
  const apply = async () => {
    try {
      const chosen = matches!.filter((m) => m.activityId).map((m) => ({ activityId: m.activityId!, contributions: m.contributions }))
      const r = await call('applyFollowUpImport', { periodId, matches: chosen })
      notify({ kind: 'success', text: `Uppföljningen sparades: ${r.created} nya, ${r.updated} ändrade, ${r.unchanged} oförändrade.` })
      setMatches(null)
    } catch (e) {
      notify({ kind: 'error', text: messageOf(e) })
    }
  }
  const activities = target?.goals.flatMap((g) => g.activities) ?? []

  return (
    <div className="card">
      <h3>Uppföljning från en tabell eller Excel-fil</h3>
      <div className="row">
        <label>
          Till medborgarlöftet
          <select value={periodId} onChange={(e) => setPeriodId(e.target.value)}>
            <option value="">Välj…</option>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.municipalityName}: {p.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          År (om det inte står i texten)
          <input value={year} onChange={(e) => setYear(e.target.value)} inputMode="numeric" size={6} />
        </label>
      </div>
      <label>
        Tabellen (klistra in)
        <textarea rows={5} value={text} onChange={(e) => { setText(e.target.value); setXlsx(null) }} />
      </label>
      <div className="row">
        <span className="stack">
          <label htmlFor={fileId}>Eller välj en fil (.txt, .xlsx från Medborgarlöften)</label>
          <input
            id={fileId}
            type="file"
            accept=".txt,.xlsx"
            onChange={(e) => {
              const f = e.target.files?.[0]
              if (!f) return
              const isXlsx = /\.xlsx$/i.test(f.name)
              readFile(f, isXlsx ? 'base64' : 'text')
                .then((v) => (isXlsx ? setXlsx(v) : (setText(v), setXlsx(null))))
                .catch(() => notify({ kind: 'error', text: 'Filen kunde inte läsas.' }))
            }}
          />
        </span>
        <button type="button" className="primary" disabled={!periodId || (!text.trim() && !xlsx)} onClick={() => void preview()}>
          Läs in uppföljningen
        </button>
      </div>
      {matches && (
        <div role="region" aria-label="Matchning av aktiviteter">
          <table>
            <caption>Kontrollera vilken aktivitet varje rad hör till</caption>
            <thead>
              <tr>
                <th scope="col">I filen</th>
                <th scope="col">Aktivitet i medborgarlöftet</th>
                <th scope="col">Bidrag</th>
              </tr>
            </thead>
            <tbody>
              {matches.map((m, i) => (
                <tr key={i}>
                  <td>{m.sourceActivity}</td>
                  <td>
                    <label className="visually-hidden" htmlFor={`match-${i}`}>
                      Aktivitet för rad {i + 1}
                    </label>
                    <select id={`match-${i}`} value={m.activityId ?? ''} onChange={(e) => setMatches(matches.map((x, j) => (j === i ? { ...x, activityId: e.target.value || null } : x)))}>
                      <option value="">Hoppa över</option>
                      {activities.map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.text.length > 90 ? `${a.text.slice(0, 90)}…` : a.text}
                        </option>
                      ))}
                    </select>
                    {m.activityId && m.score < 1 && <div className="note">Liknar till {Math.round(m.score * 100)} %</div>}
                  </td>
                  <td>{m.contributions.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="primary" onClick={() => void apply()}>
            Spara uppföljningen
          </button>
        </div>
      )}
    </div>
  )
}
