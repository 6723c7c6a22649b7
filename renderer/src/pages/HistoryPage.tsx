import { useEffect, useState } from 'react'
import type { ChangeLogEntry, PeriodTree } from '../../../shared/domain/entities'
import { call, messageOf } from '../api/client'
import { formatDateTime } from '../format'
import { STATUS_LABELS, type FollowUpStatus } from '../../../shared/domain/status'
import { PARTY_LABELS, type Party } from '../../../shared/domain/party'

const ENTITY_LABELS: Record<ChangeLogEntry['entity'], string> = {
  municipality: 'Kommun',
  period: 'Medborgarlöfte',
  signatory: 'Undertecknare',
  goal: 'Löfte',
  activity: 'Aktivitet',
  followUp: 'Uppföljning'
}
const OP_LABELS: Record<ChangeLogEntry['op'], string> = {
  create: 'Skapade',
  update: 'Ändrade',
  delete: 'Tog bort',
  restore: 'Återställde',
  move: 'Flyttade'
}
const FIELD_LABELS: Record<string, string> = {
  text: 'text',
  title: 'rubrik',
  status: 'status',
  count: 'antal',
  party: 'ansvarig',
  targetCount: 'mål',
  targetUnit: 'enhet',
  situation: 'lägesbild',
  effect: 'effekt',
  startDate: 'startdatum',
  endDate: 'slutdatum',
  position: 'plats',
  name: 'namn'
}

/** A short, readable value: creates and deletes are stored as JSON of the whole row. */
function shown(value: string | null, field: string | null): string {
  if (value === null) return '–'
  if (field === 'status' && value in STATUS_LABELS) return STATUS_LABELS[value as FollowUpStatus]
  if (field === 'party' && value in PARTY_LABELS) return PARTY_LABELS[value as Party]
  if (value.startsWith('{')) {
    try {
      const v = JSON.parse(value) as Record<string, unknown>
      return String(v.text ?? v.title ?? v.name ?? value)
    } catch {
      return value
    }
  }
  return value
}

export function HistoryPage({ tree, onError, onChanged }: { tree: PeriodTree; onError: (m: string) => void; onChanged?: () => void }) {
  const [entries, setEntries] = useState<ChangeLogEntry[] | null>(null)
  const [reload, setReload] = useState(0)
  const [activityId, setActivityId] = useState('')
  const activities = tree.goals.flatMap((g) => g.activities)
  // An activity's history includes its follow-ups.
  const followUpIds = new Set(tree.followUps.filter((f) => f.activityId === activityId).map((f) => f.id))
  const shownEntries = activityId ? (entries ?? []).filter((e) => e.entityId === activityId || followUpIds.has(e.entityId)) : (entries ?? [])
  useEffect(() => {
    call('getPeriodHistory', { id: tree.period.id })
      .then(setEntries)
      .catch((e) => onError(messageOf(e)))
  }, [tree, onError, reload])
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Historik</h2>
      <label className="history-filter">
        Visa ändringar för
        <select value={activityId} onChange={(e) => setActivityId(e.target.value)}>
          <option value="">Hela medborgarlöftet</option>
          {activities.map((a, i) => (
            <option key={a.id} value={a.id}>
              Aktivitet: {a.text.length > 70 ? `${a.text.slice(0, 70)}…` : a.text || `nr ${i + 1}`}
            </option>
          ))}
        </select>
      </label>
      {!entries ? (
        <p>Läser in…</p>
      ) : (
        <table className="history">
          <caption className="visually-hidden">Ändringar i {tree.period.title}, senaste först</caption>
          <thead>
            <tr>
              <th scope="col">När</th>
              <th scope="col">Vem</th>
              <th scope="col">Vad</th>
              <th scope="col">Före</th>
              <th scope="col">Efter</th>
              <th scope="col">
                <span className="visually-hidden">Ångra</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shownEntries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{formatDateTime(e.at)}</td>
                <td>{e.user}</td>
                <td>
                  {OP_LABELS[e.op]} {ENTITY_LABELS[e.entity].toLowerCase()}
                  {e.field && ` (${FIELD_LABELS[e.field] ?? e.field})`}
                </td>
                <td className="pre">{e.op === 'create' ? '–' : shown(e.oldValue, e.field)}</td>
                <td className="pre">{e.op === 'delete' ? '–' : shown(e.newValue, e.field)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() =>
                      call('revertChange', { changeId: e.id })
                        .then(() => setReload((n) => n + 1))
                        .then(onChanged)
                        .catch((err) => onError(messageOf(err)))
                    }
                  >
                    Ångra<span className="visually-hidden"> ändringen {formatDateTime(e.at)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
