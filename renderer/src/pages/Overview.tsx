import { useEffect, useState } from 'react'
import type { PeriodSummary, PeriodTree } from '../../../shared/domain/entities'
import { PERIOD_STATE_LABELS } from '../../../shared/domain/status'
import { svCompare } from '../../../shared/domain/sort'
import { compareYearTertial, tertialEnd, tertialOfDate, tertialShortLabel, tertialsOfPeriod, type YearTertial } from '../../../shared/domain/tertial'
import { call, messageOf } from '../api/client'
import { today } from '../format'

/** A tertial is due for reporting by the 15th of the month after it ends. */
function dueDate(t: YearTertial): string {
  const end = tertialEnd(t.year, t.tertial)
  const [y, m] = end.split('-').map(Number)
  return m === 12 ? `${y + 1}-01-15` : `${y}-${String(m + 1).padStart(2, '0')}-15`
}

function TertialStatus({ tree }: { tree: PeriodTree }) {
  const activities = tree.goals.flatMap((g) => g.activities)
  const tertials = tertialsOfPeriod(tree.period.startDate, tree.period.endDate)
  const now = tertialOfDate(today())
  const next = tertials.find((t) => compareYearTertial(t, now) >= 0) ?? null
  return (
    <>
      <table className="compact">
        <caption className="visually-hidden">Uppföljning per tertial</caption>
        <thead>
          <tr>
            <th scope="col">Tertial</th>
            <th scope="col">Med uppföljning</th>
            <th scope="col">Genomförda</th>
          </tr>
        </thead>
        <tbody>
          {tertials.map((t) => {
            const fus = tree.followUps.filter((f) => f.year === t.year && f.tertial === t.tertial)
            const withFollowUp = new Set(fus.map((f) => f.activityId)).size
            const done = new Set(fus.filter((f) => f.status === 'genomford').map((f) => f.activityId)).size
            return (
              <tr key={`${t.year}-${t.tertial}`}>
                <th scope="row">{tertialShortLabel(t)}</th>
                <td>
                  {withFollowUp} av {activities.length}
                </td>
                <td>{done}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {next && (
        <p className="due">
          {tertialShortLabel(next)} ska redovisas senast {dueDate(next)}.
        </p>
      )}
    </>
  )
}

export function Overview(props: { onOpen: (periodId: string) => void; onError: (m: string) => void; version: number }) {
  const [periods, setPeriods] = useState<PeriodSummary[] | null>(null)
  const [trees, setTrees] = useState<Record<string, PeriodTree>>({})
  const [creating, setCreating] = useState(false)
  const { onError, version } = props

  useEffect(() => {
    call('listPeriods', {})
      .then(async (ps) => {
        setPeriods(ps)
        const loaded = await Promise.all(ps.map((p) => call('getPeriodTree', { id: p.id })))
        setTrees(Object.fromEntries(loaded.map((t) => [t.period.id, t])))
      })
      .catch((e) => onError(messageOf(e)))
  }, [onError, version])

  if (!periods) return <p>Läser in…</p>
  const byMunicipality = new Map<string, PeriodSummary[]>()
  for (const p of periods) byMunicipality.set(p.municipalityName, [...(byMunicipality.get(p.municipalityName) ?? []), p])
  return (
    <section aria-labelledby="overview-heading">
      <div className="row spread">
        <h2 id="overview-heading">Översikt</h2>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          Nytt medborgarlöfte
        </button>
      </div>
      {creating && <NewPeriod onCreated={(id) => props.onOpen(id)} onCancel={() => setCreating(false)} onError={onError} />}
      {periods.length === 0 && !creating && <p>Filen innehåller inga medborgarlöften ännu. Börja med ”Nytt medborgarlöfte”.</p>}
      {[...byMunicipality.keys()].sort(svCompare).map((name) => (
        <div key={name} className="card">
          <h3>{name}</h3>
          {byMunicipality.get(name)!.map((p) => (
            <article key={p.id} className="period">
              <div className="row spread">
                <h4>
                  {p.title} <span className="muted">({p.startDate} – {p.endDate}, {PERIOD_STATE_LABELS[p.state]})</span>
                </h4>
                <button type="button" onClick={() => props.onOpen(p.id)}>
                  Öppna
                </button>
              </div>
              {trees[p.id] && <TertialStatus tree={trees[p.id]} />}
            </article>
          ))}
        </div>
      ))}
    </section>
  )
}

function NewPeriod(props: { onCreated: (id: string) => void; onCancel: () => void; onError: (m: string) => void }) {
  const year = Number(today().slice(0, 4))
  const [municipality, setMunicipality] = useState('')
  const [title, setTitle] = useState(`Medborgarlöfte ${year}–${year + 1}`)
  const [startDate, setStart] = useState(`${year}-01-01`)
  const [endDate, setEnd] = useState(`${year + 1}-12-31`)
  return (
    <form
      className="card"
      aria-label="Nytt medborgarlöfte"
      onSubmit={async (e) => {
        e.preventDefault()
        try {
          const existing = (await call('listMunicipalities')).find((m) => svCompare(m.name, municipality.trim()) === 0)
          const m = existing ?? (await call('createMunicipality', { name: municipality }))
          const p = await call('createPeriod', { municipalityId: m.id, title, startDate, endDate })
          props.onCreated(p.id)
        } catch (err) {
          props.onError(messageOf(err))
        }
      }}
    >
      <label>
        Kommun
        <input value={municipality} onChange={(e) => setMunicipality(e.target.value)} required placeholder="t.ex. Ekbacka kommun" />
      </label>
      <label>
        Rubrik
        <input value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <div className="row">
        <label>
          Från (ÅÅÅÅ-MM-DD)
          <input value={startDate} onChange={(e) => setStart(e.target.value)} required pattern="\d{4}-\d{2}-\d{2}" inputMode="numeric" size={11} />
        </label>
        <label>
          Till (ÅÅÅÅ-MM-DD)
          <input value={endDate} onChange={(e) => setEnd(e.target.value)} required pattern="\d{4}-\d{2}-\d{2}" inputMode="numeric" size={11} />
        </label>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          Skapa
        </button>
        <button type="button" onClick={props.onCancel}>
          Avbryt
        </button>
      </div>
    </form>
  )
}
