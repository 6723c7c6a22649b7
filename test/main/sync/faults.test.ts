import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readFileSync, renameSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../../electron/main/db/migrate'
import { MIGRATIONS } from '../../../electron/main/db/migrations'
import * as items from '../../../electron/main/services/items'
import { getPeriodTree } from '../../../electron/main/services/periods'
import { openWorkspace } from '../../../electron/main/services/workspace'
import { AppError } from '../../../shared/errors'
import { createApp } from '../../helpers/app'
import { samplePeriod } from '../../helpers/sample'
import { useTempDir } from '../../helpers/temp'
import { createWorkspace } from '../../helpers/workspace'

const ROOT = join(__dirname, '..', '..', '..')

describe('faults', () => {
  const tempDir = useTempDir()

  it('rolls back the hot journal a crashed writer left, and keeps everything committed before', () => {
    const ws = createWorkspace(tempDir())
    const { p } = samplePeriod(ws)
    ws.close()
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, 'hot-journal-writer.ts'), ws.file], { cwd: ROOT })
    expect(r.signal).toBe('SIGKILL')
    expect(existsSync(`${ws.file}-journal`)).toBe(true)
    const again = openWorkspace(ws.file, { actor: { name: 'x', organisation: '' } })
    expect(again.db.prepare('SELECT COUNT(*) FROM meta').pluck().get()).toBe(0)
    expect(getPeriodTree(again, p.id).goals[0].activities).toHaveLength(2)
    expect(again.db.pragma('integrity_check', { simple: true })).toBe('ok')
    again.close()
  })

  it('reports a file truncated while open as a typed error, not a crash', () => {
    const ws = createWorkspace(tempDir())
    const { p } = samplePeriod(ws)
    truncateSync(ws.file, Math.floor(statSync(ws.file).size / 3))
    let error: unknown
    try {
      getPeriodTree(ws, p.id)
      items.createGoal(ws, { periodId: p.id, text: 'Efter avkortningen' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect(['CORRUPT', 'IO_ERROR', 'NOT_FOUND']).toContain((error as AppError).code)
    ws.close()
  })

  it('keeps working when the file is renamed away and back while open, and refuses writes meanwhile', () => {
    const ws = createWorkspace(tempDir())
    const { g } = samplePeriod(ws)
    renameSync(ws.file, `${ws.file}.borta`)
    expect(() => items.updateGoal(ws, { id: g.id, expectedVersion: 1, patch: { text: 'Medan filen var borta' } })).toThrow(AppError)
    renameSync(`${ws.file}.borta`, ws.file)
    const reopened = openWorkspace(ws.file, { actor: { name: 'x', organisation: '' } })
    expect(items.updateGoal(reopened, { id: g.id, expectedVersion: 1, patch: { text: 'Tillbaka' } }).text).toBe('Tillbaka')
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok')
    reopened.close()
    ws.close()
  })

  it('migrates an older file only when nobody else has it open, after a backup', () => {
    const dir = tempDir()
    const file = join(dir, 'gammal.mlof')
    const old = new Database(file)
    old.pragma('journal_mode = DELETE')
    migrate(old, 'gammal', MIGRATIONS.slice(0, 2))
    old.prepare("INSERT INTO session (id, user_name, started_at, heartbeat_at) VALUES ('s', 'Kalle Kommun', ?, ?)").run(new Date().toISOString(), new Date().toISOString())
    old.close()
    const app = createApp(dir)
    expect(app.openFile(file).readonly).toBe(true)
    expect(app.warningsForFile()[0]).toMatch(/Kalle Kommun har den öppen/)
    app.close()
    const db = new Database(file)
    db.exec('DELETE FROM session')
    db.close()
    const ws = app.openFile(file)
    expect(ws.readonly).toBe(false)
    expect(ws.schemaVersion).toBe(MIGRATIONS.length)
    expect(app.listBackups()).toHaveLength(1)
    app.close()
  })

  it.skipIf(!existsSync('/usr/bin/fiu-run'))('stays consistent when writes and fsyncs fail at random (fiu-run)', () => {
    const ws = createWorkspace(tempDir())
    const { g } = samplePeriod(ws)
    ws.close()
    let acked: string[] = []
    for (let run = 0; run < 6; run++) {
      const r = spawnSync(
        'fiu-run',
        ['-x', '-c', 'enable_random name=posix/io/rw/pwrite,probability=0.03', '-c', 'enable_random name=posix/io/sync/fsync,probability=0.03', process.execPath, '--import', 'tsx', join(__dirname, 'fault-writer.ts'), ws.file, g.id, String(run)],
        { cwd: ROOT, encoding: 'utf8' }
      )
      acked = acked.concat(r.stdout.split('\n').filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4)))
    }
    const check = openWorkspace(ws.file, { actor: { name: 'x', organisation: '' } })
    expect(check.db.pragma('integrity_check', { simple: true })).toBe('ok')
    const goals = check.db.prepare('SELECT text FROM goal WHERE period_id = (SELECT period_id FROM goal WHERE id = ?)').pluck().all(g.id) as string[]
    for (const a of acked) expect(goals).toContain(a)
    expect(acked.length).toBeGreaterThan(0)
    // The faults really happened: some writes were refused (and never acknowledged).
    expect(acked.length).toBeLessThan(6 * 40)
    check.close()
  })

  it.skipIf(process.getuid?.() !== 0 || !existsSync('/usr/bin/setpriv'))('opens a file the user may not write read-only (run as an unprivileged user)', () => {
    const dir = tempDir()
    chmodSync(dir, 0o755)
    const ws = createWorkspace(dir)
    samplePeriod(ws)
    ws.close()
    chmodSync(ws.file, 0o644)
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '--import', 'tsx', join(__dirname, 'readonly-probe.ts'), ws.file, dir], {
      cwd: ROOT,
      encoding: 'utf8'
    })
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({ readonly: true, periods: 1, warning: true, writeError: 'READ_ONLY' })
    expect(readFileSync(ws.file).length).toBeGreaterThan(0)
  })
})

