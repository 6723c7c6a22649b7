// better-sqlite3 is a native module built for one runtime at a time. Tests, the CLI and the
// benchmarks run under plain Node; the app runs under Electron. This guard makes sure the
// binary matches the runtime that is about to use it, so `npm test` and `npm start` work in
// any order. Usage: node scripts/ensure-native-abi.mjs node|electron
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = process.argv[2]
const marker = join(root, 'node_modules', '.better-sqlite3-abi')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

// Loading in a child process: a wrong-ABI binary throws on load, and we must not crash here.
function loadsUnderNode() {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    stdio: 'pipe'
  })
  return r.status === 0
}

if (target === 'node') {
  if (!loadsUnderNode()) {
    console.log('better-sqlite3 är inte byggd för Node – bygger om (kan ta en dryg minut)…')
    run(npm, ['rebuild', 'better-sqlite3'])
    if (!loadsUnderNode()) {
      console.error('better-sqlite3 kunde inte laddas under Node efter ombyggnad.')
      process.exit(1)
    }
  }
  writeFileSync(marker, 'node')
} else if (target === 'electron') {
  const current = existsSync(marker) ? readFileSync(marker, 'utf8') : ''
  if (current !== 'electron') {
    console.log('Bygger better-sqlite3 för Electron (kräver internet)…')
    run(npm, ['exec', '--', 'electron-builder', 'install-app-deps'])
    writeFileSync(marker, 'electron')
  }
} else {
  console.error('usage: ensure-native-abi.mjs node|electron')
  process.exit(2)
}
