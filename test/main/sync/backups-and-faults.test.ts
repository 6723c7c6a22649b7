import Database from 'better-sqlite3'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupDirFor, listBackups, pruneBackups } from '../../../electron/main/services/backups'
import { fillDemo } from '../../../electron/main/services/demo'
import * as items from '../../../electron/main/services/items'
import { getPeriodTree, listPeriods } from '../../../electron/main/services/periods'
import { createApp } from '../../helpers/app'
import { useTempDir } from '../../helpers/temp'

describe('backups', () => {
  const tempDir = useTempDir()

  it('backs up, lists with counts, and restores after backing up the current state', async () => {
    const dir = tempDir()
    let clock = Date.UTC(2026, 10, 23, 9)
    const app = new (createApp(dir).constructor as typeof import('../../../electron/main/app-controller').AppController)({
      dataDir: dir,
      appVersion: '0.1.0',
      desktop: { chooseSaveFile: async () => null, openPath: async () => {}, showItemInFolder: () => {} },
      now: () => new Date((clock += 60_000))
    })
    app.openDefault()
    const { periodId } = app.fillDemo()
    const first = await app.backupNow()
    const act = getPeriodTree(app.workspace()!, periodId).goals[0].activities[0]
    items.updateActivity(app.workspace()!, { id: act.id, expectedVersion: act.version, patch: { text: 'Ändrad efter kopian' } })
    const list = app.listBackups()
    expect(list).toHaveLength(1)
    expect(list[0]).toMatchObject({ id: first, counts: { periods: 1, activities: 12, followUps: 30 } })
    await app.restoreBackup(first!)
    const tree = getPeriodTree(app.workspace()!, listPeriods(app.workspace()!)[0].id)
    expect(tree.goals[0].activities[0].text).toBe(act.text)
    // The state before the restore was backed up first: nothing is lost by restoring.
    expect(app.listBackups()).toHaveLength(2)
    app.dispose()
  })

  it('keeps the newest 20 and one per day for 30 days', () => {
    const dir = join(tempDir(), 'b')
    mkdirSync(dir)
    const now = new Date(Date.UTC(2026, 10, 23, 12))
    const names: string[] = []
    for (let d = 0; d < 40; d++)
      for (const h of [8, 12, 16]) {
        const at = new Date(Date.UTC(2026, 10, 23 - d, h))
        const name = `${at.toISOString().replace(/:/g, '-').replace('.', '-')}.mlof`
        names.push(name)
        writeFileSync(join(dir, name), '')
      }
    pruneBackups(dir, now)
    const left = listBackups(dir).map((b) => b.createdAt)
    // 20 newest (about a week of three a day) plus the newest of each older day within 30 days.
    expect(left.length).toBe(20 + (31 - 7))
    expect(left.filter((a) => a < '2026-10-24')).toEqual([])
  })

  it('puts the newest good backup in place of a damaged file, keeping the damaged one aside', async () => {
    const dir = tempDir()
    const app = createApp(dir)
    const ws = app.openDefault()
    fillDemo(ws, 2026)
    await app.backupNow()
    const file = ws.file
    app.close()
    const bytes = readFileSync(file)
    for (let i = 8192; i < bytes.length; i += 5) bytes[i] = 0xa5
    writeFileSync(file, bytes)
    expect(() => app.openFile(file)).toThrowError(expect.objectContaining({ code: 'CORRUPT' }))
    await app.restoreNewestInto(file)
    expect(listPeriods(app.workspace()!)).toHaveLength(1)
    expect(backupDirFor(dir, file)).toContain('backups')
    app.dispose()
  })
})

describe('files that must be opened read-only', () => {
  const tempDir = useTempDir()

  it('opens a file from a newer app version read-only, with a message to update', () => {
    const dir = tempDir()
    const app = createApp(dir)
    const file = app.openDefault().file
    app.close()
    const db = new Database(file)
    db.pragma('user_version = 99')
    db.close()
    const before = readFileSync(file)
    const ws = app.openFile(file)
    expect(ws.readonly).toBe(true)
    expect(app.warningsForFile()[0]).toMatch(/nyare version.*skrivskyddad/)
    expect(() => app.fillDemo()).toThrow()
    app.close()
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('opens read-only when another program holds the file in WAL mode', () => {
    const dir = tempDir()
    const app = createApp(dir)
    const file = app.openDefault().file
    app.close()
    const other = new Database(file)
    other.pragma('journal_mode = WAL')
    other.exec('BEGIN')
    other.prepare('SELECT COUNT(*) FROM period').get()
    const ws = app.openFile(file)
    expect(ws.readonly).toBe(true)
    expect(app.warningsForFile()[0]).toContain('WAL')
    other.exec('COMMIT')
    other.close()
    app.close()
  })

  it('warns about a cloud-synced folder', () => {
    const dir = tempDir()
    const cloud = join(dir, 'OneDrive - Polisen', 'Delat')
    mkdirSync(cloud, { recursive: true })
    const app = createApp(dir)
    app.openFile(join(cloud, 'gemensam.mlof'), { create: true })
    expect(app.warningsForFile()[0]).toMatch(/OneDrive, Dropbox/)
    app.close()
  })
})
