// One co-editing user in its own process: appends a token to activity texts through the
// project's own services, read-modify-write like the UI, and acknowledges only after commit.
import { appendFileSync, closeSync, fsyncSync, openSync } from 'node:fs'
import { requireById } from '../../electron/main/db/repositories/versioned-table'
import { activities } from '../../electron/main/db/repositories/tables'
import { updateActivity } from '../../electron/main/services/items'
import { openWorkspace } from '../../electron/main/services/workspace'
import { AppError, ConflictError } from '../../shared/errors'

const [dbPath, writerId, fromSeq, toSeq, mode, log, ownIds, sharedIds, startAt] = process.argv.slice(2)
const own = ownIds.split(',')
const shared = sharedIds.split(',')
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
let seed = Number(writerId) * 7919 + Number(fromSeq)
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)

function open() {
  for (;;) {
    try {
      return openWorkspace(dbPath, { actor: { name: `w${writerId}`, organisation: '' }, testOnlyIgnoreVersions: mode === 'blind' })
    } catch (e) {
      if (e instanceof AppError && e.code === 'BUSY') sleep(20)
      else throw e
    }
  }
}
const ws = open()
// All writers begin together, so their edits really overlap.
const wait = Number(startAt) - Date.now()
if (wait > 0) sleep(wait)
const fd = openSync(log, 'a')
const record = (line: string) => {
  appendFileSync(fd, `${line}\n`)
  fsyncSync(fd)
}

for (let seq = Number(fromSeq); seq < Number(toSeq); seq++) {
  const target = seq % 2 === 0 ? own[seq % own.length] : shared[Math.floor(random() * shared.length)]
  const token = `w${writerId}-${seq}`
  for (;;) {
    try {
      const current = ws.read(() => requireById(ws.db, activities, target))
      sleep(1 + random() * 5) // the user thinks
      const next = updateActivity(ws, { id: target, expectedVersion: current.version, patch: { text: `${current.text} ${token}` } })
      record(`ACK ${target} text ${next.version} ${token}`)
      break
    } catch (e) {
      if (e instanceof ConflictError) {
        record(`CONFLICT ${target} ${token}`)
        continue // shown to the user, who merges by applying the edit to the new text
      }
      if (e instanceof AppError && e.code === 'BUSY') {
        sleep(5 + random() * 20)
        continue
      }
      throw e
    }
  }
}
closeSync(fd)
ws.close()
process.stdout.write('DONE\n')
