import type { ReportModel } from '../../../shared/report/model'

/** The report as the PDF shows it, from the same model; text is always rendered as text. */
export function ReportPreview({ model }: { model: ReportModel }) {
  return (
    <article className="report-preview" aria-label="Förhandsvisning av rapporten">
      <h3 className="report-title">{model.title}</h3>
      <p className="muted">
        {model.periodTitle} ({model.periodDates})
      </p>
      <p>{model.coverage}</p>
      {model.situation && (
        <>
          <h4>Lägesbild</h4>
          <p className="pre">{model.situation}</p>
        </>
      )}
      <h4>Medborgarlöften {model.municipality}</h4>
      <ul>
        {model.goals.map((g, i) => (
          <li key={i}>
            <strong>{g}</strong>
          </li>
        ))}
      </ul>
      {model.summary && (
        <section aria-label="Sammanfattning">
          <h4>Sammanfattning</h4>
          <p>
            Läge: {model.summary.state}. Tid som gått av perioden: {model.summary.elapsedPercent} %.
          </p>
          {model.summary.goals.map((g, i) => (
            <figure key={i} className="summary-goal">
              <figcaption>
                <strong>{g.goal}</strong> – {g.state.toLowerCase()}
                {g.percent !== null && `, ${g.percent} % av målen`}
              </figcaption>
              {/* SVG as an image: it is drawn, never run, whatever text it carries. */}
              <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(g.barChart)}`} alt={`Stapeldiagram: ${g.rows.filter((r) => r.target !== null).map((r) => `${r.activity}: ${r.count} av ${r.target}`).join('; ') || 'inga mål i antal'}`} />
              <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(g.timeline)}`} alt="Status per tertial för varje aktivitet" />
            </figure>
          ))}
        </section>
      )}
      {model.sections.map((s, si) => (
        <table key={si} className="report-table">
          <caption>{s.goal}</caption>
          <thead>
            <tr>
              <th scope="col">Aktivitet</th>
              {model.columns.map((c) => (
                <th scope="col" key={c.tertial}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {s.rows.map((r, ri) => (
              <tr key={ri}>
                <td>
                  {r.activity}
                  {r.activityNotes.map((n) => (
                    <div key={n} className="note">
                      {n}
                    </div>
                  ))}
                </td>
                {r.cells.map((c, ci) => (
                  <td key={ci}>
                    {c && (
                      <>
                        {r.contributor && <div className="note">{r.contributor}:</div>}
                        {c.status && (
                          <div className={`status status-${c.status.key}`}>
                            <span aria-hidden="true">● </span>
                            {c.status.label}
                          </div>
                        )}
                        <div className="pre">{c.text}</div>
                        {c.progress && <div className="note">{c.progress}</div>}
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {model.signatories && model.signatories.length > 0 && (
        <>
          <h4>Undertecknat av</h4>
          <ul>
            {model.signatories.map((s, i) => (
              <li key={i}>{[s.name, s.title, s.organisation].filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}
