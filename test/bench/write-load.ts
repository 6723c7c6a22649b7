// A colleague editing their own activity as fast as they can, for the latency benchmark.
import { updateActivity } from '../../electron/main/services/items'
import { openWorkspace } from '../../electron/main/services/workspace'

const [file, id] = process.argv.slice(2)
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
let ws: ReturnType<typeof openWorkspace> | null = null
while (!ws) {
  try {
    ws = openWorkspace(file, { actor: { name: 'load', organisation: '' } })
  } catch {
    sleep(10)
  }
}
let version = 1
for (let i = 0; ; i++) {
  sleep(5) // a person saves a few times a second at most; this is far busier
  try {
    version = updateActivity(ws, { id, expectedVersion: version, patch: { text: `load ${i}` } }).version
  } catch (e) {
    if ((e as { code?: string }).code !== 'BUSY') throw e
  }
}
