// Run as an unprivileged user: opens a file it may read but not write.
import { AppController } from '../../../electron/main/app-controller'
import { listPeriods } from '../../../electron/main/services/periods'
import { createMunicipality } from '../../../electron/main/services/municipalities'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const [file] = process.argv.slice(2)
const app = new AppController({
  dataDir: mkdtempSync(join(tmpdir(), 'mlof-nobody-')),
  appVersion: '0',
  desktop: { chooseSaveFile: async () => null, openPath: async () => {}, showItemInFolder: () => {} }
})
const ws = app.openFile(file)
let writeError = ''
try {
  createMunicipality(ws, { name: 'x' })
} catch (e) {
  writeError = (e as { code: string }).code
}
process.stdout.write(JSON.stringify({ readonly: ws.readonly, periods: listPeriods(ws).length, warning: app.warningsForFile().some((w) => w.includes('skrivskyddad')), writeError }))
app.dispose()
