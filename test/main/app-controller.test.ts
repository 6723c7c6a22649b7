import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkFile } from '../../electron/main/services/file-check'
import { listPeriods } from '../../electron/main/services/periods'
import { AppError } from '../../shared/errors'
import { createApp, fakeDesktop } from '../helpers/app'
import { makeBadFiles } from '../helpers/bad-files'
import { useTempDir } from '../helpers/temp'

describe('the app without Electron', () => {
  const tempDir = useTempDir()

  it('asks for a name on first start and writes it into the change log from then on', () => {
    const dir = tempDir()
    const app = createApp(dir)
    app.openDefault()
    expect(app.isFirstStart()).toBe(true)
    app.saveSettings({ userName: 'Åsa Öberg', organisation: 'kommunen', organisationName: '' })
    expect(app.isFirstStart()).toBe(false)
    expect(app.actor()).toEqual({ name: 'Åsa Öberg', organisation: 'Kommunen' })
    app.fillDemo()
    const user = app.workspace()!.db.prepare('SELECT DISTINCT user FROM change_log').pluck().all()
    expect(user).toEqual(['Åsa Öberg'])
    app.close()
    // Settings survive a restart; a damaged settings file falls back to defaults.
    expect(createApp(dir).settings.get().userName).toBe('Åsa Öberg')
    writeFileSync(join(dir, 'settings.json'), '{ trasig')
    expect(createApp(dir).isFirstStart()).toBe(true)
  })

  it('fills the demo only into an empty file', () => {
    const app = createApp(tempDir())
    app.openDefault()
    app.fillDemo()
    expect(() => app.fillDemo()).toThrow(AppError)
    expect(listPeriods(app.workspace()!)).toHaveLength(1)
    app.close()
  })

  it('keeps the open file when another file cannot be opened, and remembers recent files', () => {
    const dir = tempDir()
    const app = createApp(dir)
    const first = app.openDefault()
    const bad = makeBadFiles(dir).find((b) => b.name === 'foreign.sqlite')!
    expect(() => app.openFile(bad.file)).toThrowError(expect.objectContaining({ code: 'FOREIGN_FILE' }))
    expect(app.workspace()).toBe(first)
    const other = join(dir, 'annan.mlof')
    app.newFile(other)
    expect(app.workspace()!.file).toBe(other)
    expect(app.settings.get().recentFiles).toEqual([other])
    expect(() => app.newFile(other)).toThrowError(/finns redan/)
    app.close()
  })

  it('saves a consistent copy of the open file', async () => {
    const dir = tempDir()
    const app = createApp(dir)
    app.openDefault()
    app.fillDemo()
    const copy = join(dir, 'kopia.mlof')
    await app.saveCopy(copy)
    const report = checkFile(copy)
    expect(report.quickCheck).toBe('ok')
    expect(report.counts.activities).toBe(12)
    await expect(app.saveCopy(join(dir, 'finns-inte', 'x.mlof'))).rejects.toMatchObject({ code: 'IO_ERROR' })
    app.close()
  })

  it('exports through the save dialog, and does nothing when it is cancelled', async () => {
    const dir = tempDir()
    const desktop = fakeDesktop(dir)
    const app = createApp(dir, desktop)
    app.openDefault()
    const { periodId } = app.fillDemo()
    const year = new Date().getFullYear()
    const r = await app.exportReport({ periodId, year, tertial: 1 }, 'pdf')
    expect(r?.fileName).toBe(`Uppföljning medborgarlöften Ekbacka kommun tertial 1 ${year}.pdf`)
    expect(readFileSync(join(dir, r!.fileName)).subarray(0, 4).toString()).toBe('%PDF')
    await app.openLastExport('reveal')
    expect(desktop.revealed).toEqual([join(dir, r!.fileName)])
    const cancelled = createApp(tempDir(), fakeDesktop(dir, { cancel: true }))
    cancelled.openDefault()
    const p2 = cancelled.fillDemo().periodId
    expect(await cancelled.exportReport({ periodId: p2, year, tertial: 1 }, 'xlsx')).toBeNull()
    await expect(cancelled.openLastExport('open')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    app.close()
    cancelled.close()
  })
})
