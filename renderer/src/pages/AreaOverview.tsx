import { useEffect, useState } from 'react'
import { STATE_COLORS } from '../../../shared/progress/charts'
import type { AreaRow } from '../../../shared/progress/overview'
import { tertialShortLabel } from '../../../shared/domain/tertial'
import { call, messageOf } from '../api/client'
import type { NoticeMessage } from '../components/Notice'

function Meter({ ratio, state, label }: { ratio: number | null; state: AreaRow['state']; label: string }) {
  if (ratio === null) return <span className="muted">{label}</span>
  return (
    <span className="meter" role="img" aria-label={label}>
      <span className="meter-fill" style={{ width: `${Math.round(Math.min(1, ratio) * 100)}%`, background: STATE_COLORS[state] }} />
    </span>
  )
}

/** Every municipality's current period side by side. */
export function AreaOverview({ notify }: { notify: (n: NoticeMessage) => void }) {
  const [rows, setRows] = useState<AreaRow[] | null>(null)
  useEffect(() => {
    call('getAreaOverview')
      .then(setRows)
      .catch((e) => notify({ kind: 'error', text: messageOf(e) }))
  }, [notify])
  return (
    <section aria-labelledby="area-heading">
      <div className="row spread">
        <h2 id="area-heading">Områdesöversikt</h2>
        <button
          type="button"
          onClick={() =>
            call('exportAreaOverview')
              .then((r) => r && notify({ kind: 'success', text: `Översikten sparades som ”${r.fileName}”.` }))
              .catch((e) => notify({ kind: 'error', text: messageOf(e) }))
          }
        >
          Exportera som PDF
        </button>
      </div>
      {!rows ? (
        <p>Läser in…</p>
      ) : rows.length === 0 ? (
        <p>Filen innehåller inga medborgarlöften.</p>
      ) : (
        <div className="area-grid">
          {rows.map((r) => {
            const total = `${r.stateLabel}${r.ratio === null ? '' : `, ${Math.round(r.ratio * 100)} % av målen`}`
            return (
              <article key={r.periodId} className="card" aria-label={r.municipality}>
                <h3>{r.municipality}</h3>
                <p className="muted">
                  {r.periodTitle} · {tertialShortLabel(r.at)} · tid som gått {r.elapsedPercent} %
                </p>
                <p>
                  <strong>Totalt: {total}</strong>
                </p>
                <Meter ratio={r.ratio} state={r.state} label={total} />
                <ul className="plain">
                  {r.goals.map((g, i) => {
                    const label = `${g.stateLabel}${g.ratio === null ? '' : `, ${Math.round(g.ratio * 100)} %`}`
                    return (
                      <li key={i}>
                        <div>
                          {g.text} – <strong>{label}</strong>
                        </div>
                        <Meter ratio={g.ratio} state={g.state} label={label} />
                      </li>
                    )
                  })}
                </ul>
              </article>
            )
          })}
        </div>
      )}
    </section>
  )
}
