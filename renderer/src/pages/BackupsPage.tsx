import { useEffect, useState } from 'react'
import type { BackupView } from '../../../shared/ipc/contract'
import { call, messageOf } from '../api/client'
import type { NoticeMessage } from '../components/Notice'
import { formatDateTime } from '../format'

/** Arkiv → Återställ från säkerhetskopia…: the local backups of the open file. */
export function BackupsPage({ notify, onRestored }: { notify: (n: NoticeMessage) => void; onRestored: () => void }) {
  const [backups, setBackups] = useState<BackupView[] | null>(null)
  const [confirm, setConfirm] = useState<string | null>(null)
  const [reload, setReload] = useState(0)
  useEffect(() => {
    call('listBackups')
      .then(setBackups)
      .catch((e) => notify({ kind: 'error', text: messageOf(e) }))
  }, [notify, reload])
  return (
    <section aria-labelledby="backups-heading">
      <h2 id="backups-heading">Säkerhetskopior</h2>
      <p className="muted">
        Appen kopierar filen till din egen dator när den öppnas och var femtonde minut när något har ändrats. De 20 senaste sparas, och en per dag i 30 dagar.
      </p>
      {!backups ? (
        <p>Läser in…</p>
      ) : backups.length === 0 ? (
        <p>Det finns inga säkerhetskopior av den här filen på datorn ännu.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Säkerhetskopior, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">Tid</th>
              <th scope="col">Innehåll</th>
              <th scope="col">
                <span className="visually-hidden">Återställ</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((b) => (
              <tr key={b.id}>
                <td className="nowrap">{formatDateTime(b.createdAt)}</td>
                <td>{b.counts ? `${b.counts.periods} medborgarlöften, ${b.counts.activities} aktiviteter, ${b.counts.followUps} uppföljningar` : 'Skadad – kan inte användas'}</td>
                <td>
                  {confirm === b.id ? (
                    <span className="row" role="group" aria-label="Bekräfta återställning">
                      <span>Filen får innehållet från {formatDateTime(b.createdAt)}. Det som finns nu säkerhetskopieras först.</span>
                      <button
                        type="button"
                        className="primary"
                        onClick={() =>
                          call('restoreBackup', { id: b.id })
                            .then(() => {
                              setConfirm(null)
                              setReload((n) => n + 1)
                              notify({ kind: 'success', text: `Filen återställdes till ${formatDateTime(b.createdAt)}.` })
                              onRestored()
                            })
                            .catch((e) => notify({ kind: 'error', text: messageOf(e) }))
                        }
                      >
                        Återställ
                      </button>
                      <button type="button" onClick={() => setConfirm(null)}>
                        Avbryt
                      </button>
                    </span>
                  ) : (
                    <button type="button" disabled={!b.counts} onClick={() => setConfirm(b.id)}>
                      Återställ…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
