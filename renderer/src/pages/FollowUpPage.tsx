import { useEffect, useRef, useState } from 'react'
import type { Activity, FollowUp, PeriodTree } from '../../../shared/domain/entities'
import { PARTY_LABELS, partyLabel, type Party } from '../../../shared/domain/party'
import { STATUSES, STATUS_LABELS, type FollowUpStatus } from '../../../shared/domain/status'
import { formatProgress } from '../../../shared/domain/target'
import { tertialOfDate, tertialShortLabel, tertialsOfPeriod, yearsOfPeriod, type Tertial } from '../../../shared/domain/tertial'
import { ApiError, call, messageOf } from '../api/client'
import { SaveState, type SaveStatus } from '../components/SaveState'
import { TertialPicker } from '../components/TertialPicker'
import { formatDateTime, today } from '../format'
import type { ConflictDetails } from '../../../shared/errors'
import type { PresenceView } from '../../../shared/ipc/contract'

/** Today's tertial, or the nearest one the period covers. */
export function defaultTertial(tree: PeriodTree): { year: number; tertial: Tertial } {
  const all = tertialsOfPeriod(tree.period.startDate, tree.period.endDate)
  const now = tertialOfDate(today())
  const key = (t: { year: number; tertial: number }) => t.year * 10 + t.tertial
  return all.find((t) => key(t) === key(now)) ?? (key(now) < key(all[0]) ? all[0] : all[all.length - 1])
}

export function FollowUpPage({ tree, reload, others = [] }: { tree: PeriodTree; reload: () => Promise<void>; others?: PresenceView[] }) {
  const [sel, setSel] = useState(() => defaultTertial(tree))
  const key = sel.year * 10 + sel.tertial
  return (
    <section aria-labelledby="followup-heading">
      <div className="row spread">
        <h2 id="followup-heading">Uppföljning {tertialShortLabel(sel)}</h2>
        <TertialPicker years={yearsOfPeriod(tree.period.startDate, tree.period.endDate)} year={sel.year} tertial={sel.tertial} onChange={(year, tertial) => setSel({ year, tertial })} />
      </div>
      {tree.goals.map((goal) => (
        <div key={goal.id} className="card">
          <h3>{goal.text}</h3>
          {goal.activities.map((a) => {
            const mine = tree.followUps.filter((f) => f.activityId === a.id)
            const sum = mine.filter((f) => f.year * 10 + f.tertial <= key).reduce((s, f) => s + (f.count ?? 0), 0)
            const earlier = mine.filter((f) => f.year * 10 + f.tertial < key).sort((x, y) => y.year * 10 + y.tertial - (x.year * 10 + x.tertial))
            const parties = partiesFor(a, mine.filter((f) => f.year === sel.year && f.tertial === sel.tertial))
            return (
              <article
                key={a.id}
                className="activity-followup"
                aria-label={a.text}
                onFocus={() => void call('setEditing', { entity: 'activity', id: a.id }).catch(() => {})}
              >
                <h4>{a.text}</h4>
                {others
                  .filter((o) => o.editing?.id === a.id)
                  .map((o) => (
                    <p key={o.name + o.host} className="editing-now" role="status">
                      {o.name} redigerar också den här aktiviteten just nu.
                    </p>
                  ))}
                <p className="muted">
                  Ansvarig: {partyLabel(a.party, a.partyName)}
                  {a.targetCount !== null && (
                    <>
                      {' · '}
                      <strong className="progress">{formatProgress(sum, a.targetCount, a.targetUnit)}</strong>
                      <progress max={a.targetCount || 1} value={Math.min(sum, a.targetCount)} aria-label="Framsteg mot målet" />
                    </>
                  )}
                </p>
                {earlier.length > 0 && (
                  <details className="earlier">
                    <summary>Tidigare tertial ({earlier.length})</summary>
                    <ul className="plain">
                      {earlier.map((f) => (
                        <li key={f.id}>
                          <strong>
                            {tertialShortLabel(f)} · {PARTY_LABELS[f.party]}
                            {f.status && ` · ${STATUS_LABELS[f.status]}`}:
                          </strong>{' '}
                          {f.text}
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                {parties.map((party) => (
                  <Contribution
                    key={`${party}-${sel.year}-${sel.tertial}`}
                    activity={a}
                    party={party}
                    year={sel.year}
                    tertial={sel.tertial}
                    existing={mine.find((f) => f.year === sel.year && f.tertial === sel.tertial && f.party === party) ?? null}
                    reload={reload}
                  />
                ))}
              </article>
            )
          })}
        </div>
      ))}
    </section>
  )
}

/** The parties whose contribution fields are shown: the responsible ones, and whoever has written. */
function partiesFor(a: Activity, present: FollowUp[]): Party[] {
  const base: Party[] = a.party === 'gemensamt' ? ['polisen', 'kommunen'] : [a.party]
  const all = new Set<Party>([...base, ...present.map((f) => f.party)])
  if (a.party !== 'gemensamt' && a.party !== 'annan') all.add(a.party === 'polisen' ? 'kommunen' : 'polisen')
  return [...all]
}

interface Draft {
  text: string
  status: FollowUpStatus | null
  count: number | null
}

function Contribution(props: { activity: Activity; party: Party; year: number; tertial: Tertial; existing: FollowUp | null; reload: () => Promise<void> }) {
  const { existing } = props
  const fromRow = (f: FollowUp | null): Draft => ({ text: f?.text ?? '', status: f?.status ?? null, count: f?.count ?? null })
  const [draft, setDraft] = useState<Draft>(() => fromRow(existing))
  const [status, setStatus] = useState<SaveStatus>('idle')
  const [error, setError] = useState<string | null>(null)
  const [conflict, setConflict] = useState<ConflictDetails | null>(null)
  const dirty = useRef(false)
  // The newest draft, for saves fired by timers and blur events from an older render.
  const latest = useRef(draft)
  // After "Redigera båda", the next save builds on the other person's version.
  const base = useRef<FollowUp | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const idBase = `fu-${props.activity.id}-${props.party}`

  // Someone else's saved change shows up, unless the user is typing here.
  useEffect(() => {
    if (!dirty.current) {
      latest.current = fromRow(existing)
      setDraft(latest.current)
    }
  }, [existing])

  const save = async (next: Draft, on: FollowUp | null = base.current ?? existing) => {
    if (timer.current) clearTimeout(timer.current)
    setStatus('saving')
    try {
      if (on) await call('updateFollowUp', { id: on.id, expectedVersion: on.version, patch: next })
      else await call('createFollowUp', { activityId: props.activity.id, year: props.year, tertial: props.tertial, party: props.party, ...next })
      // Typing that went on during the save is still unsaved.
      dirty.current = JSON.stringify(latest.current) !== JSON.stringify(next)
      base.current = null
      setStatus(dirty.current ? 'dirty' : 'saved')
      setError(null)
      setConflict(null)
      await props.reload()
    } catch (e) {
      setStatus('error')
      if (e instanceof ApiError && e.code === 'CONFLICT') setConflict(e.details as ConflictDetails)
      setError(messageOf(e))
    }
  }
  const change = (patch: Partial<Draft>, immediate = false) => {
    const next = { ...latest.current, ...patch }
    latest.current = next
    setDraft(next)
    dirty.current = true
    setStatus('dirty')
    if (timer.current) clearTimeout(timer.current)
    if (immediate) void save(next)
    else timer.current = setTimeout(() => void save(next), 1200)
  }
  const theirs = conflict?.current as FollowUp | null | undefined

  return (
    <fieldset className="contribution">
      <legend>
        {PARTY_LABELS[props.party]} <SaveState status={status} />
      </legend>
      <div className="row">
        <label htmlFor={`${idBase}-status`}>
          Status
          <select id={`${idBase}-status`} value={draft.status ?? ''} onChange={(e) => change({ status: (e.target.value || null) as FollowUpStatus | null }, true)}>
            <option value="">Ingen status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${idBase}-count`}>
          Antal
          <input
            id={`${idBase}-count`}
            type="number"
            min={0}
            inputMode="numeric"
            value={draft.count ?? ''}
            onChange={(e) => change({ count: e.target.value === '' ? null : Math.max(0, Math.floor(Number(e.target.value))) })}
            onBlur={() => dirty.current && void save(latest.current)}
          />
        </label>
      </div>
      <label htmlFor={`${idBase}-text`}>Vad har gjorts?</label>
      <textarea
        id={`${idBase}-text`}
        rows={3}
        value={draft.text}
        aria-invalid={status === 'error' || undefined}
        onChange={(e) => change({ text: e.target.value })}
        onBlur={() => dirty.current && void save(latest.current)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {conflict && (
        <div className="conflict" role="group" aria-label="Konflikt">
          <div>
            <h5>Din text</h5>
            <p>{draft.text || '(tom)'}</p>
          </div>
          <div>
            <h5>
              {conflict.changedBy ?? 'Någon annan'}s text{conflict.changedAt && ` (${formatDateTime(conflict.changedAt)})`}
            </h5>
            <p>{theirs ? theirs.text || '(tom)' : '(borttagen)'}</p>
          </div>
          <div className="row">
            <button type="button" onClick={() => theirs && void save(latest.current, theirs)} disabled={!theirs}>
              Behåll min
            </button>
            <button
              type="button"
              disabled={!theirs}
              onClick={() => {
                // Both texts in the field, to be edited into one and saved over theirs.
                base.current = theirs ?? null
                latest.current = { ...latest.current, text: `${theirs?.text ?? ''}\n\n${latest.current.text}`.trim() }
                setDraft(latest.current)
                setConflict(null)
                setError(null)
                setStatus('dirty')
              }}
            >
              Redigera båda
            </button>
            <button
              type="button"
              onClick={() => {
                dirty.current = false
                setConflict(null)
                setError(null)
                setStatus('idle')
                if (theirs) {
                  latest.current = fromRow(theirs)
                  setDraft(latest.current)
                }
                void props.reload()
              }}
            >
              Behåll deras
            </button>
          </div>
        </div>
      )}
    </fieldset>
  )
}
