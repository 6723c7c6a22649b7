import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getPeriodTree, listPeriods } from '../../electron/main/services/periods'
import { parsePage } from '../../shared/import/parse-page'
import { createApp } from '../helpers/app'
import { SEEDS_DIR, seedsAvailable } from '../helpers/seed-followup'
import { accessibilityViolations, openApp, screenshot, useBrowser } from './harness'

describe.skipIf(!existsSync('/usr/bin/chromium') || !seedsAvailable)('importing the reference pages through the dialog', () => {
  const { browser: getBrowser, url: getUrl } = useBrowser()

  it('imports the four promise pages and the follow-up table, with a correction before saving', { timeout: 120_000 }, async () => {
    const app = createApp(mkdtempSync(join(tmpdir(), 'mlof-e2e-import-')))
    app.saveSettings({ userName: 'Ina Import', organisation: 'polisen', organisationName: '' })
    app.openDefault()
    const { page, errors } = await openApp(getBrowser(), getUrl(), app)
    const seeds = ['000_3916883672e4c244', '002_e1f8064c8cfc4af7', '003_ce47e0c094c5aeb9', '004_9d60ccaea8afeb8d', '001_e2f77156a516307a']
    for (const [i, seed] of seeds.entries()) {
      const text = readFileSync(join(SEEDS_DIR, `${seed}.txt`), 'utf8')
      const parsed = parsePage(text)
      await page.getByRole('button', { name: 'Importera', exact: true }).click()
      await page.getByLabel('Text från sidan').fill(text)
      await page.getByRole('button', { name: 'Tolka texten' }).click()
      const preview = page.getByRole('region', { name: 'Granska importen' })
      await preview.waitFor()
      const activityCount = parsed.periods.reduce((n, p) => n + p.goals.reduce((m, g) => m + g.activities.length, 0), 0)
      expect(await preview.getByLabel(/^Aktivitet \d+ under löfte/).count()).toBe(activityCount)
      expect(await preview.getByLabel('Kommun', { exact: true }).inputValue()).toBe(parsed.municipality)
      if (i === 2) {
        // Sävsjö: the reader corrects the party of the last activity before saving.
        await preview.getByLabel('Ansvarig').last().selectOption('gemensamt')
        await screenshot(page, '20-import-granska')
        expect(await accessibilityViolations(page)).toEqual([])
      }
      await preview.getByRole('button', { name: 'Spara medborgarlöftena' }).click()
      await page.getByText(/^Sparade \d medborgarlöfte/).waitFor()
    }
    const ws = app.workspace()!
    const periods = listPeriods(ws)
    expect(periods).toHaveLength(2 + 2 + 1 + 2 + 1)
    const savsjo = getPeriodTree(ws, periods.find((p) => p.title === 'Medborgarlöfte 2023–2024')!.id)
    expect(savsjo.goals.at(-1)!.activities.at(-1)).toMatchObject({ text: 'Kommunen ska arbeta för en hög skolnärvaro.', party: 'gemensamt' })
    expect(savsjo.goals[1].activities[1]).toMatchObject({ targetCount: 15, targetUnit: 'riktade insatser' })
    expect(savsjo.municipality.name).toBe('Sävsjö')

    // The follow-up table of 001, matched to the activities of the period just imported.
    await page.getByRole('button', { name: 'Importera', exact: true }).click()
    const eksjo2017 = periods.find((p) => p.title === 'Medborgarlöften Eksjö kommun 2017')!
    await page.getByLabel('Till medborgarlöftet').selectOption(eksjo2017.id)
    await page.getByLabel('Tabellen (klistra in)').fill(readFileSync(join(SEEDS_DIR, '001_e2f77156a516307a.txt'), 'utf8'))
    await page.getByRole('button', { name: 'Läs in uppföljningen' }).click()
    const matches = page.getByRole('region', { name: 'Matchning av aktiviteter' })
    await matches.waitFor()
    expect(await matches.getByRole('row').count()).toBe(11)
    await screenshot(page, '21-import-uppfoljning')
    await matches.getByRole('button', { name: 'Spara uppföljningen' }).click()
    await page.getByText('Uppföljningen sparades: 19 nya, 0 ändrade, 0 oförändrade.').waitFor()
    expect(getPeriodTree(ws, eksjo2017.id).followUps).toHaveLength(19)
    expect(errors).toEqual([])
  })
})
