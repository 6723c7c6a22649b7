import Database from 'better-sqlite3'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { AppController } from '../../electron/main/app-controller'
import { updateActivity } from '../../electron/main/services/items'
import { getPeriodTree, listPeriods } from '../../electron/main/services/periods'
import { Presence } from '../../electron/main/services/presence'
import { openAs } from '../helpers/workspace'
import { accessibilityViolations, openApp, screenshot, useBrowser } from './harness'

describe.skipIf(!existsSync('/usr/bin/chromium'))('two people in one file, as the app shows it', () => {
  const { browser: getBrowser, url: getUrl } = useBrowser()

  it('shows who has the file open, refreshes on their changes, undoes from history and restores a backup', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mlof-e2e-co-'))
    let page: Page | null = null
    const app = new AppController({
      dataDir,
      appVersion: '0.1.0',
      desktop: {
        chooseSaveFile: async () => null,
        openPath: async () => {},
        showItemInFolder: () => {},
        // Pushes from main reach the page the way the preload delivers them.
        notify: (event, payload) =>
          void page?.evaluate(([e, p]) => (window as unknown as { __mlofEmit: (e: string, p: unknown) => void }).__mlofEmit(e as string, p), [event, payload] as const)
      }
    })
    app.saveSettings({ userName: 'Anna Polis', organisation: 'polisen', organisationName: '' })
    const ws = app.openDefault()
    const { periodId } = app.fillDemo()
    await app.backupNow()
    const kalle = openAs(ws.file, 'Kalle Kommun')
    const kallePresence = new Presence(kalle, '0.1.0')
    kallePresence.join()
    const opened = await openApp(getBrowser(), getUrl(), app)
    page = opened.page
    app.startBackground({ pollMs: 200, heartbeatMs: 60_000, replayMs: 60_000 })

    // Presence: Kalle is in the header, and on the activity he is editing.
    await page.getByText(/Öppen av Kalle Kommun \(Kommunen\)/).waitFor()
    const activity = getPeriodTree(ws, periodId).goals[0].activities[0]
    kallePresence.heartbeat({ entity: 'activity', id: activity.id })
    await page.getByRole('button', { name: 'Översikt' }).click()
    await page.getByRole('button', { name: 'Öppna' }).click()
    await page.getByRole('button', { name: 'Uppföljning' }).click()
    await page.getByText('Kalle Kommun redigerar också den här aktiviteten just nu.').waitFor()

    // While Anna types, Kalle saves a change: a notice, the screen refreshes, her text stays.
    const annasField = page.getByRole('group', { name: /^Kommunen/ }).first().getByLabel('Vad har gjorts?')
    await annasField.fill('Anna skriver fortfarande…')
    updateActivity(kalle, { id: activity.id, expectedVersion: activity.version, patch: { targetCount: 24 } })
    await page.getByText('Kalle Kommun ändrade en sak.').waitFor()
    await page.getByText(/av 24 patrulleringar/).first().waitFor()
    expect(await annasField.inputValue()).toBe('Anna skriver fortfarande…')
    await screenshot(page, '40-andrat-av-annan')

    // Undo Kalle's change from the history.
    await page.getByRole('button', { name: 'Historik' }).click()
    const row = page.getByRole('row').filter({ hasText: 'Kalle Kommun' }).filter({ hasText: 'Ändrade aktivitet (mål)' })
    await row.getByRole('button', { name: /^Ångra/ }).click()
    await page.getByRole('row').filter({ hasText: 'Anna Polis' }).filter({ hasText: 'Ändrade aktivitet (mål)' }).first().waitFor()
    expect(getPeriodTree(ws, periodId).goals[0].activities[0].targetCount).toBe(20)
    await screenshot(page, '41-historik-angra')
    expect(await accessibilityViolations(page)).toEqual([])

    // Restore the backup taken at the start: the file gets its content back.
    await page.getByRole('button', { name: 'Säkerhetskopior' }).click()
    await page.getByRole('button', { name: 'Återställ…' }).first().waitFor()
    await screenshot(page, '42-sakerhetskopior')
    const buttons = page.getByRole('button', { name: 'Återställ…' })
    await buttons.last().click()
    await page.getByRole('group', { name: 'Bekräfta återställning' }).getByRole('button', { name: 'Återställ', exact: true }).click()
    await page.getByText(/^Filen återställdes till/).waitFor()
    const restored = getPeriodTree(app.workspace()!, listPeriods(app.workspace()!)[0].id)
    expect(restored.goals[0].activities[0].targetCount).toBe(20)
    expect(restored.followUps.every((f) => f.text !== 'Anna skriver fortfarande…')).toBe(true)
    expect(opened.errors).toEqual([])
    kallePresence.leave()
    kalle.close()
    app.dispose()
  })
})

describe.skipIf(!existsSync('/usr/bin/chromium'))('fault banners', () => {
  const { browser: getBrowser, url: getUrl } = useBrowser()

  it('says why a file is read-only, and that edits wait while the file is locked', { timeout: 60_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mlof-e2e-banner-'))
    const app = new AppController({ dataDir, appVersion: '0.1.0', desktop: { chooseSaveFile: async () => null, openPath: async () => {}, showItemInFolder: () => {} } })
    app.saveSettings({ userName: 'Anna Polis', organisation: 'polisen', organisationName: '' })
    const file = app.openDefault().file
    app.fillDemo()
    app.close()
    const db = new Database(file)
    db.pragma('user_version = 99')
    db.close()
    app.openFile(file)
    const { page, errors } = await openApp(getBrowser(), getUrl(), app)
    await page.getByText(/skapad med en nyare version av Medborgarlöften.*Filen är öppnad skrivskyddad/).waitFor()
    await page.getByText('(skrivskyddad)').waitFor()
    // The write status main pushes while the other computer holds the file.
    await page.evaluate(() =>
      (window as unknown as { __mlofEmit: (e: string, p: unknown) => void }).__mlofEmit('writeStatus', {
        waiting: true,
        holder: 'Kalle Kommun',
        queued: 2,
        failed: [{ id: 7, text: 'Min text som inte hann sparas', reason: 'CONFLICT' }]
      })
    )
    await page.getByText('Filen används av Kalle Kommun – försöker igen… 2 ändringar väntar och sparas så snart filen är ledig.').waitFor()
    await page.getByText('Min text som inte hann sparas').waitFor()
    await screenshot(page, '43-banderoller', { fullPage: false })
    expect(await accessibilityViolations(page)).toEqual([])
    expect(errors).toEqual([])
    app.dispose()
  })
})
