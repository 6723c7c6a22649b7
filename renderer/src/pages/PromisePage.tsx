import { useId, useState } from 'react'
import { isIsoDate } from '../../../shared/domain/dates'
import type { Activity, Goal, PeriodTree } from '../../../shared/domain/entities'
import { PARTIES, PARTY_LABELS, type Party } from '../../../shared/domain/party'
import { PERIOD_STATES, PERIOD_STATE_LABELS } from '../../../shared/domain/status'
import { call, messageOf } from '../api/client'
import { AutoField } from '../components/AutoField'
import { useDragReorder } from '../components/useDragReorder'
import type { NoticeMessage } from '../components/Notice'

interface Props {
  tree: PeriodTree
  reload: () => Promise<void>
  notify: (n: NoticeMessage) => void
}

/** Medborgarlöfte: the period's details, its goals and activities. */
export function PromisePage({ tree, reload, notify }: Props) {
  const { period } = tree
  const savePeriod = async (patch: Record<string, unknown>) => {
    await call('updatePeriod', { id: period.id, expectedVersion: period.version, patch })
    await reload()
  }
  const guard = (fn: () => Promise<unknown>) => () =>
    fn()
      .then(reload)
      .catch((e) => notify({ kind: 'error', text: messageOf(e) }))
  const deleted = (label: string, entity: 'goal' | 'activity' | 'signatory', id: string) =>
    notify({
      kind: 'info',
      text: `${label} togs bort.`,
      action: { label: 'Ångra', run: guard(() => call('restoreItem', { entity, id })) }
    })

  const dragGoal = useDragReorder('goal', (id, toIndex) => {
    const g = tree.goals.find((x) => x.id === id)
    if (g) guard(() => call('moveGoal', { id, expectedVersion: g.version, toIndex }))()
  })

  return (
    <section aria-labelledby="promise-heading">
      <h2 id="promise-heading">Medborgarlöfte</h2>
      <div className="card">
        <h3>Uppgifter</h3>
        <AutoField label="Rubrik" value={period.title} required maxLength={500} onSave={(title) => savePeriod({ title })} />
        <div className="row">
          <DateField label="Gäller från" value={period.startDate} onSave={(startDate) => savePeriod({ startDate })} notify={notify} />
          <DateField label="Gäller till" value={period.endDate} onSave={(endDate) => savePeriod({ endDate })} notify={notify} />
          <DateField label="Undertecknat" value={period.signedDate ?? ''} onSave={(d) => savePeriod({ signedDate: d || null })} notify={notify} />
          <label>
            Status
            <select value={period.state} onChange={(e) => savePeriod({ state: e.target.value }).catch((err) => notify({ kind: 'error', text: messageOf(err) }))}>
              {PERIOD_STATES.map((s) => (
                <option key={s} value={s}>
                  {PERIOD_STATE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <AutoField label="Plats för undertecknandet" value={period.signedPlace} onSave={(signedPlace) => savePeriod({ signedPlace })} />
        <AutoField label="Lägesbild" multiline rows={4} value={period.situation} onSave={(situation) => savePeriod({ situation })} />
        <AutoField label="Effekt" multiline value={period.effect} onSave={(effect) => savePeriod({ effect })} />
        <AutoField label="Uppföljning (plan)" multiline rows={2} value={period.followUpPlan} onSave={(followUpPlan) => savePeriod({ followUpPlan })} />
      </div>

      <div className="card">
        <h3>Undertecknare</h3>
        <ul className="plain">
          {tree.signatories.map((s) => (
            <li key={s.id} className="row spread">
              <span>
                <strong>{s.name}</strong>
                {s.title && `, ${s.title}`}
                {s.organisation && `, ${s.organisation}`}
              </span>
              <button
                type="button"
                onClick={guard(async () => {
                  await call('deleteSignatory', { id: s.id, expectedVersion: s.version })
                  deleted(`Undertecknaren ${s.name}`, 'signatory', s.id)
                })}
              >
                Ta bort<span className="visually-hidden"> {s.name}</span>
              </button>
            </li>
          ))}
        </ul>
        <AddSignatory periodId={period.id} onAdded={reload} notify={notify} />
      </div>

      <h3>Löften och aktiviteter</h3>
      <ol className="goals">
        {tree.goals.map((goal, gi) => (
          <li key={goal.id} className="card goal" {...dragGoal(goal.id, gi)}>
            <GoalEditor
              goal={goal}
              index={gi}
              count={tree.goals.length}
              onChanged={reload}
              notify={notify}
              onDeleted={() => deleted('Löftet', 'goal', goal.id)}
              onActivityDeleted={(a) => deleted('Aktiviteten', 'activity', a.id)}
            />
          </li>
        ))}
      </ol>
      <AddGoal periodId={period.id} onAdded={reload} notify={notify} />
    </section>
  )
}

/** Dates typed as 2024-05-22 (a date picker would follow the operating system's format). */
function DateField(props: { label: string; value: string; onSave: (v: string) => Promise<void>; notify: Props['notify'] }) {
  const [text, setText] = useState(props.value)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  return (
    <span className="stack">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        value={text}
        size={11}
        inputMode="numeric"
        placeholder="ÅÅÅÅ-MM-DD"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          const v = text.trim()
          if (v === props.value) return
          if (v !== '' && !isIsoDate(v)) {
            setError('Skriv datumet som ÅÅÅÅ-MM-DD.')
            return
          }
          setError(null)
          props.onSave(v).catch((err) => {
            setError(messageOf(err))
          })
        }}
      />
      {error && (
        <span id={`${id}-error`} className="error" role="alert">
          {error}
        </span>
      )}
    </span>
  )
}

/** ↑/↓ (reordering by keyboard) and delete, for a goal or an activity. */
function ItemActions(props: {
  index: number
  count: number
  label: string
  deleteText?: string
  move: (toIndex: number) => Promise<unknown>
  remove: () => Promise<unknown>
  done: () => Promise<void>
  deleted: () => void
  fail: (e: unknown) => void
}) {
  const move = (toIndex: number) => props.move(toIndex).then(props.done).catch(props.fail)
  return (
    <>
      <span className="move">
        <button type="button" disabled={props.index === 0} onClick={() => move(props.index - 1)} aria-label={`Flytta upp ${props.label}`}>
          ↑
        </button>
        <button type="button" disabled={props.index === props.count - 1} onClick={() => move(props.index + 1)} aria-label={`Flytta ner ${props.label}`}>
          ↓
        </button>
      </span>
      <button type="button" onClick={() => props.remove().then(props.done).then(props.deleted).catch(props.fail)}>
        {props.deleteText ?? (
          <>
            Ta bort<span className="visually-hidden"> {props.label}</span>
          </>
        )}
      </button>
    </>
  )
}

function GoalEditor(props: {
  goal: Goal & { activities: Activity[] }
  index: number
  count: number
  onChanged: () => Promise<void>
  notify: Props['notify']
  onDeleted: () => void
  onActivityDeleted: (a: Activity) => void
}) {
  const { goal } = props
  const fail = (e: unknown) => props.notify({ kind: 'error', text: messageOf(e) })
  const dragActivity = useDragReorder(`activity-${goal.id}`, (id, toIndex) => {
    const a = goal.activities.find((x) => x.id === id)
    if (a) call('moveActivity', { id, expectedVersion: a.version, toIndex }).then(props.onChanged).catch(fail)
  })
  return (
    <>
      <div className="row spread">
        <AutoField
          label={`Löfte ${props.index + 1}`}
          value={goal.text}
          required
          multiline
          rows={2}
          onSave={async (text) => {
            await call('updateGoal', { id: goal.id, expectedVersion: goal.version, patch: { text } })
            await props.onChanged()
          }}
        />
        <span className="row">
          <ItemActions
            index={props.index}
            count={props.count}
            label={`löfte ${props.index + 1}`}
            deleteText="Ta bort löftet"
            move={(toIndex) => call('moveGoal', { id: goal.id, expectedVersion: goal.version, toIndex })}
            remove={() => call('deleteGoal', { id: goal.id, expectedVersion: goal.version })}
            done={props.onChanged}
            deleted={props.onDeleted}
            fail={fail}
          />
        </span>
      </div>
      <ol className="activities">
        {goal.activities.map((a, ai) => (
          <li key={a.id} {...dragActivity(a.id, ai)}>
            <ActivityEditor
              activity={a}
              index={ai}
              count={goal.activities.length}
              onChanged={props.onChanged}
              notify={props.notify}
              onDeleted={() => props.onActivityDeleted(a)}
            />
          </li>
        ))}
      </ol>
      <AddActivity goalId={goal.id} onAdded={props.onChanged} notify={props.notify} />
    </>
  )
}

function ActivityEditor(props: {
  activity: Activity
  index: number
  count: number
  onChanged: () => Promise<void>
  notify: Props['notify']
  onDeleted: () => void
}) {
  const a = props.activity
  const fail = (e: unknown) => props.notify({ kind: 'error', text: messageOf(e) })
  const save = async (patch: Partial<Pick<Activity, 'text' | 'party' | 'partyName' | 'targetCount' | 'targetUnit'>>) => {
    await call('updateActivity', { id: a.id, expectedVersion: a.version, patch })
    await props.onChanged()
  }
  return (
    <div className="activity">
      <AutoField label={`Aktivitet ${props.index + 1}`} value={a.text} required multiline rows={2} onSave={(text) => save({ text })} />
      <div className="row">
        <label>
          Ansvarig
          <select value={a.party} onChange={(e) => save({ party: e.target.value as Party }).catch(fail)}>
            {PARTIES.map((p) => (
              <option key={p} value={p}>
                {PARTY_LABELS[p]}
              </option>
            ))}
          </select>
        </label>
        {a.party === 'annan' && <AutoField label="Vilken aktör?" value={a.partyName} onSave={(partyName) => save({ partyName })} />}
        <label>
          Mål (antal)
          <input
            type="number"
            min={0}
            inputMode="numeric"
            defaultValue={a.targetCount ?? ''}
            key={`t${a.version}`}
            onBlur={(e) => {
              const v = e.target.value === '' ? null : Number(e.target.value)
              if (v !== a.targetCount) save({ targetCount: v }).catch(fail)
            }}
          />
        </label>
        <AutoField label="Enhet" value={a.targetUnit} maxLength={100} onSave={(targetUnit) => save({ targetUnit })} />
        <ItemActions
          index={props.index}
          count={props.count}
          label={`aktivitet ${props.index + 1}`}
          move={(toIndex) => call('moveActivity', { id: a.id, expectedVersion: a.version, toIndex })}
          remove={() => call('deleteActivity', { id: a.id, expectedVersion: a.version })}
          done={props.onChanged}
          deleted={props.onDeleted}
          fail={fail}
        />
      </div>
    </div>
  )
}

function AddGoal(props: { periodId: string; onAdded: () => Promise<void>; notify: Props['notify'] }) {
  const [text, setText] = useState('')
  return (
    <form
      className="row add"
      onSubmit={(e) => {
        e.preventDefault()
        call('createGoal', { periodId: props.periodId, text })
          .then(() => setText(''))
          .then(props.onAdded)
          .catch((err) => props.notify({ kind: 'error', text: messageOf(err) }))
      }}
    >
      <label className="grow">
        Nytt löfte
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder="Att öka tryggheten i …" required />
      </label>
      <button type="submit">Lägg till löfte</button>
    </form>
  )
}

function AddActivity(props: { goalId: string; onAdded: () => Promise<void>; notify: Props['notify'] }) {
  const [text, setText] = useState('')
  const [party, setParty] = useState<Party>('polisen')
  return (
    <form
      className="row add"
      onSubmit={(e) => {
        e.preventDefault()
        call('createActivity', { goalId: props.goalId, text, party })
          .then(() => setText(''))
          .then(props.onAdded)
          .catch((err) => props.notify({ kind: 'error', text: messageOf(err) }))
      }}
    >
      <label className="grow">
        Ny aktivitet
        <input value={text} onChange={(e) => setText(e.target.value)} required />
      </label>
      <label>
        Ansvarig
        <select value={party} onChange={(e) => setParty(e.target.value as Party)}>
          {PARTIES.map((p) => (
            <option key={p} value={p}>
              {PARTY_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">Lägg till aktivitet</button>
    </form>
  )
}

function AddSignatory(props: { periodId: string; onAdded: () => Promise<void>; notify: Props['notify'] }) {
  const [name, setName] = useState('')
  const [title, setTitle] = useState('')
  return (
    <form
      className="row add"
      onSubmit={(e) => {
        e.preventDefault()
        call('createSignatory', { periodId: props.periodId, name, title })
          .then(() => {
            setName('')
            setTitle('')
          })
          .then(props.onAdded)
          .catch((err) => props.notify({ kind: 'error', text: messageOf(err) }))
      }}
    >
      <label>
        Namn
        <input value={name} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        Titel
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Lokalpolisområdeschef" />
      </label>
      <button type="submit">Lägg till undertecknare</button>
    </form>
  )
}
