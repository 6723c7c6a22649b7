import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApp } from '../helpers/app'
import { accessibilityViolations, openApp, screenshot, useBrowser } from './harness'

describe.skipIf(!existsSync('/usr/bin/chromium'))('presentation mode and area overview', () => {
  const { browser: getBrowser, url: getUrl } = useBrowser()

  it('walks through every slide with the keyboard, like a clicker, and leaves with Esc', { timeout: 90_000 }, async () => {
    const app = createApp(mkdtempSync(join(tmpdir(), 'mlof-e2e-present-')))
    app.saveSettings({ userName: 'Per Presentatör', organisation: 'kommunen', organisationName: '' })
    app.openDefault()
    const { page, errors } = await openApp(getBrowser(), getUrl(), app, { width: 1280, height: 720 })
    await page.getByRole('button', { name: 'Fyll med exempel' }).click()
    await page.getByRole('heading', { name: 'Medborgarlöfte', exact: true }).waitFor()
    await page.keyboard.press('F5')
    const dialog = page.getByRole('dialog', { name: 'Presentationsläge' })
    await dialog.waitFor()
    const counter = dialog.getByRole('navigation', { name: 'Bildbyte' }).locator('[aria-live]')
    const total = Number((await counter.textContent())!.split('/')[1].trim())
    expect(total).toBe(5)
    const headings: string[] = []
    for (let i = 1; i <= total; i++) {
      expect((await counter.textContent())!.replace(/\s/g, '')).toBe(`${i}/${total}`)
      headings.push((await dialog.getByRole('heading', { level: 1 }).textContent())!)
      await screenshot(page, `30-bild-${i}`, { fullPage: false })
      // A clicker sends Page Down; the arrow keys work too.
      await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight')
    }
    expect(headings[0]).toMatch(/^Medborgarlöfte Ekbacka/)
    expect(headings.slice(1, 4).map((h) => h.slice(0, 3))).toEqual(['1. ', '2. ', '3. '])
    expect(headings[4]).toBe('Sammanfattning')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.keyboard.press('PageUp')
    expect((await counter.textContent())!.replace(/\s/g, '')).toBe(`${total - 1}/${total}`)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    // Area overview: every municipality's current period.
    await page.getByRole('button', { name: 'Område' }).click()
    await page.getByRole('article', { name: 'Ekbacka kommun' }).waitFor()
    await screenshot(page, '31-omradesoversikt')
    expect(await accessibilityViolations(page)).toEqual([])
    expect(errors).toEqual([])
  })
})
