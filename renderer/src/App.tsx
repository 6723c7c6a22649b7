import { useEffect, useState } from 'react'
import type { PeriodSummary } from '../../shared/domain/entities'

/** Placeholder shell until the screens land: lists the file's promise periods. */
export function App() {
  const [periods, setPeriods] = useState<PeriodSummary[]>([])
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void window.api.listPeriods({}).then((r) => (r.ok ? setPeriods(r.value) : setError(r.error.message)))
  }, [])
  return (
    <main>
      <h1>Medborgarlöften</h1>
      {error && <p role="alert">{error}</p>}
      <ul>
        {periods.map((p) => (
          <li key={p.id}>
            {p.municipalityName}: {p.title}
          </li>
        ))}
      </ul>
    </main>
  )
}
