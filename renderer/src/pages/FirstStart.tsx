import { useState } from 'react'
import { call, messageOf } from '../api/client'
import type { UserSettings } from '../../../shared/ipc/contract'

/** Asked once: who is working, for the history and for "Öppen av …". */
export function FirstStart({ onDone }: { onDone: (s: UserSettings) => void }) {
  const [userName, setUserName] = useState('')
  const [organisation, setOrganisation] = useState<UserSettings['organisation']>('polisen')
  const [organisationName, setOrganisationName] = useState('')
  const [error, setError] = useState<string | null>(null)
  return (
    <main className="first-start">
      <h1>Välkommen till Medborgarlöften</h1>
      <p>Ditt namn och din organisation visas i historiken och för den som har samma fil öppen.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault()
          call('saveSettings', { userName, organisation, organisationName })
            .then(onDone)
            .catch((err) => setError(messageOf(err)))
        }}
      >
        <label>
          Ditt namn
          <input value={userName} onChange={(e) => setUserName(e.target.value)} autoFocus required maxLength={200} />
        </label>
        <fieldset>
          <legend>Organisation</legend>
          {(['polisen', 'kommunen', 'annan'] as const).map((o) => (
            <label key={o} className="inline">
              <input type="radio" name="organisation" value={o} checked={organisation === o} onChange={() => setOrganisation(o)} />
              {{ polisen: 'Polisen', kommunen: 'Kommunen', annan: 'Annan' }[o]}
            </label>
          ))}
        </fieldset>
        {organisation === 'annan' && (
          <label>
            Vilken organisation?
            <input value={organisationName} onChange={(e) => setOrganisationName(e.target.value)} maxLength={200} />
          </label>
        )}
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary">
          Fortsätt
        </button>
      </form>
    </main>
  )
}
