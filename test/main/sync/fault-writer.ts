// Adds goals under fiu-run's injected I/O failures; acknowledges only what committed.
import { createGoal } from '../../../electron/main/services/items'
import { openWorkspace } from '../../../electron/main/services/workspace'

const [file, goalId, run] = process.argv.slice(2)
let ws
try {
  ws = openWorkspace(file, { actor: { name: 'fiu', organisation: '' } })
} catch {
  process.exit(0) // could not even open under the faults: nothing acknowledged
}
const periodId = ws.db.prepare('SELECT period_id FROM goal WHERE id = ?').pluck().get(goalId) as string
for (let i = 0; i < 40; i++) {
  const text = `fiu ${run}-${i}`
  try {
    createGoal(ws, { periodId, text })
    process.stdout.write(`ACK ${text}\n`)
  } catch (e) {
    if (!(e as { code?: string }).code) throw e // every failure must be a typed one
  }
}
ws.close()
