import { parseArgs } from 'node:util'
import { runStress } from './run'

// npm run test:stress -- --writers 4 --edits 500 [--seconds 120] [--control]
const { values } = parseArgs({
  options: { writers: { type: 'string', default: '4' }, edits: { type: 'string', default: '500' }, seconds: { type: 'string', default: '600' }, control: { type: 'boolean', default: false } }
})
runStress({ writers: Number(values.writers), edits: Number(values.edits), seconds: Number(values.seconds), kill: true, blind: values.control }).then(
  (r) => {
    console.log(r.line)
    const ok = r.integrity === 'ok' && r.logAgrees && (values.control ? r.lost > 0 : r.lost === 0)
    process.exitCode = ok ? 0 : 1
  },
  (e) => {
    console.error(e)
    process.exitCode = 1
  }
)
