import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { updateFollowUp } from '../../electron/main/services/follow-ups'
import { getPeriodTree, listPeriods } from '../../electron/main/services/periods'
import { openWorkspace } from '../../electron/main/services/workspace'
import { createApp, fakeDesktop } from '../helpers/app'
import { accessibilityViolations, openApp, screenshot, useBrowser } from './harness'

const hasChromium = existsSync('/usr/bin/chromium')

describe.skipIf(!hasChromium)('the app in Chromium, over a real database file', () => {
  const { browser: getBrowser, url: getUrl } = useBrowser()

  it('walks a coordinator from first start to an exported report, and shows a conflict', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mlof-e2e-'))
    const exportDir = mkdtempSync(join(tmpdir(), 'mlof-e2e-out-'))
    const app = createApp(dataDir, fakeDesktop(exportDir))
    app.openDefault()
    const { page, errors } = await openApp(getBrowser(), getUrl(), app)

    // First start: who are you?
    await page.getByRole('heading', { name: 'Välkommen till Medborgarlöften' }).waitFor()
    await page.getByLabel('Ditt namn').fill('Anna Andersson')
    await page.getByLabel('Polisen').check()
    await screenshot(page, '01-forsta-start')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Fortsätt' }).click()
    await page.getByText('Inloggad som Anna Andersson, Polisen').waitFor()
    await page.getByText('Filen är tom').waitFor()

    // A new promise period with a goal and an activity.
    await page.getByRole('button', { name: 'Nytt medborgarlöfte' }).click()
    await page.getByLabel('Kommun').fill('Tallby kommun')
    await page.getByLabel('Rubrik').fill('Medborgarlöfte Tallby 2026–2027')
    await page.getByRole('button', { name: 'Skapa' }).click()
    await page.getByRole('heading', { name: 'Medborgarlöfte', exact: true }).waitFor()
    await page.getByLabel('Nytt löfte').fill('Att öka tryggheten i Tallby centrum.')
    await page.getByRole('button', { name: 'Lägg till löfte' }).click()
    await page.getByLabel('Ny aktivitet').fill('Polisen genomför minst tio trygghetsskapande insatser.')
    await page.getByRole('button', { name: 'Lägg till aktivitet' }).click()
    await page.getByLabel('Aktivitet 1', { exact: true }).waitFor()
    await page.getByLabel('Mål (antal)').fill('10')
    await page.getByLabel('Enhet').fill('insatser')
    await page.getByLabel('Enhet').blur()
    await page.getByText('Sparat').first().waitFor()
    await screenshot(page, '02-medborgarlofte')

    // The follow-up of this tertial, for both parties.
    await page.getByRole('button', { name: 'Uppföljning' }).click()
    await page.getByRole('heading', { name: /^Uppföljning T\d \d{4}$/ }).waitFor()
    await page.getByLabel('År', { exact: true }).selectOption('2026')
    await page.getByLabel('Tertial', { exact: true }).selectOption('3')
    const police = page.getByRole('group', { name: /^Polisen/ })
    await police.getByLabel('Status').selectOption('genomford')
    await police.getByText('Sparat').waitFor()
    await police.getByLabel('Antal').fill('4')
    await police.getByLabel('Vad har gjorts?').fill('Fyra insatser i centrum, bland annat vid busstationen.')
    await police.getByLabel('Vad har gjorts?').blur()
    await page.getByText('4 av 10 insatser').waitFor()
    const municipality = page.getByRole('group', { name: /^Kommunen/ })
    await municipality.getByLabel('Vad har gjorts?').fill('Kommunen har förbättrat belysningen vid torget.')
    await municipality.getByLabel('Vad har gjorts?').blur()
    await municipality.getByText('Sparat').waitFor()
    await screenshot(page, '03-uppfoljning')

    // The file really holds what was typed.
    const check = openWorkspace(app.workspace()!.file, { actor: { name: 'Kontroll', organisation: '' }, readonly: true })
    const tree = getPeriodTree(check, listPeriods(check)[0].id)
    expect(tree.followUps.map((f) => [f.party, f.text, f.status, f.count]).sort()).toEqual([
      ['kommunen', 'Kommunen har förbättrat belysningen vid torget.', null, null],
      ['polisen', 'Fyra insatser i centrum, bland annat vid busstationen.', 'genomford', 4]
    ])
    expect(tree.followUps.every((f) => f.updatedBy === 'Anna Andersson')).toBe(true)
    check.close()

    // The preview and an export.
    await page.getByRole('button', { name: 'Rapport' }).click()
    const preview = page.getByRole('article', { name: 'Förhandsvisning av rapporten' })
    await preview.getByText('Uppföljning av medborgarlöften för Tallby kommun').waitFor()
    await preview.getByText('Fyra insatser i centrum, bland annat vid busstationen.').waitFor()
    await preview.getByText('Kommunen har förbättrat belysningen vid torget.').waitFor()
    await screenshot(page, '04-rapport')
    await page.getByRole('button', { name: 'Exportera som PDF' }).click()
    await page.getByText(/Rapporten sparades som ”Uppföljning medborgarlöften Tallby kommun tertial 3 2026\.pdf”/).waitFor()
    const pdf = join(exportDir, 'Uppföljning medborgarlöften Tallby kommun tertial 3 2026.pdf')
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-')
    expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain('Fyra insatser i centrum')
    await page.getByRole('button', { name: 'Exportera som Excel' }).click()
    await page.getByText(/tertial 3 2026\.xlsx”/).waitFor()
    expect(readdirSync(exportDir).sort()).toEqual([
      'Uppföljning medborgarlöften Tallby kommun tertial 3 2026.pdf',
      'Uppföljning medborgarlöften Tallby kommun tertial 3 2026.xlsx'
    ])

    // Someone else changes the same text meanwhile: a conflict, shown with both texts.
    const other = openWorkspace(app.workspace()!.file, { actor: { name: 'Kalle Kommun', organisation: 'Kommunen' } })
    const theirs = getPeriodTree(other, listPeriods(other)[0].id).followUps.find((f) => f.party === 'polisen')!
    updateFollowUp(other, { id: theirs.id, expectedVersion: theirs.version, patch: { text: 'Kalles version av texten.' } })
    other.close()
    await page.getByRole('button', { name: 'Uppföljning' }).click()
    await page.getByLabel('År', { exact: true }).selectOption('2026')
    await page.getByLabel('Tertial', { exact: true }).selectOption('3')
    const police2 = page.getByRole('group', { name: /^Polisen/ })
    await police2.getByLabel('Vad har gjorts?').fill('Annas nya text som krockar.')
    await police2.getByLabel('Vad har gjorts?').blur()
    const conflict = page.getByRole('group', { name: 'Konflikt' })
    await conflict.getByText('Kalles version av texten.').waitFor()
    expect(await police2.getByRole('alert').textContent()).toContain('Någon annan har ändrat detta av Kalle Kommun')
    expect(await police2.getByLabel('Vad har gjorts?').inputValue()).toBe('Annas nya text som krockar.')
    await screenshot(page, '05-konflikt')
    expect(await accessibilityViolations(page)).toEqual([])
    // "Redigera båda": both texts in the field, edited into one and saved over Kalle's version.
    await conflict.getByRole('button', { name: 'Redigera båda' }).click()
    expect(await police2.getByLabel('Vad har gjorts?').inputValue()).toBe('Kalles version av texten.\n\nAnnas nya text som krockar.')
    await police2.getByLabel('Vad har gjorts?').fill('Kalles version av texten. Annas nya text som krockar.')
    await police2.getByLabel('Vad har gjorts?').blur()
    await police2.getByText('Sparat').waitFor()

    // Invalid input is refused with a Swedish message, and the text stays.
    await page.getByRole('button', { name: 'Medborgarlöfte' }).click()
    await page.getByLabel('Löfte 1', { exact: true }).fill('')
    await page.getByLabel('Löfte 1', { exact: true }).blur()
    await page.getByText('Fältet får inte vara tomt.').waitFor()

    // The history shows who changed what.
    await page.getByRole('button', { name: 'Historik' }).click()
    const history = page.getByRole('table')
    await history.getByText('Kalle Kommun').first().waitFor()
    await history.getByText('Annas nya text som krockar.').first().waitFor()
    await screenshot(page, '06-historik')
    expect(errors).toEqual([])
  })

  it('offers the demo example in an empty file and shows the overview', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mlof-e2e-'))
    const app = createApp(dataDir)
    app.saveSettings({ userName: 'Kim Kommun', organisation: 'kommunen', organisationName: '' })
    app.openDefault()
    const { page, errors } = await openApp(getBrowser(), getUrl(), app)
    await page.getByRole('button', { name: 'Fyll med exempel' }).click()
    await page.getByRole('heading', { name: 'Medborgarlöfte', exact: true }).waitFor()
    await screenshot(page, '07-medborgarlofte-exempel')
    expect(await accessibilityViolations(page)).toEqual([])
    // Reordering: by keyboard (the ↓ button) and by dragging.
    const firstGoalActivities = page.locator('ol.activities').first().locator(':scope > li')
    const texts = async () => firstGoalActivities.locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value.slice(0, 25)))
    const before = await texts()
    await page.getByRole('button', { name: 'Flytta ner aktivitet 1' }).first().click()
    await expect.poll(texts).toEqual([before[1], before[0], before[2], before[3]])
    await firstGoalActivities.nth(3).dragTo(firstGoalActivities.nth(0))
    await expect.poll(texts).toEqual([before[3], before[1], before[0], before[2]])
    await page.getByRole('button', { name: 'Översikt' }).click()
    await page.getByRole('heading', { name: 'Ekbacka kommun' }).waitFor()
    await page.getByText(/ska redovisas senast/).first().waitFor()
    await screenshot(page, '08-oversikt')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Öppna' }).click()
    await page.getByRole('button', { name: 'Uppföljning' }).click()
    await page.getByText(/av 20 patrulleringar/).first().waitFor()
    await screenshot(page, '09-uppfoljning-exempel')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Historik' }).click()
    await page.getByLabel('Visa ändringar för').selectOption({ index: 1 })
    await page.getByRole('cell', { name: /^Flyttade aktivitet/ }).first().waitFor()
    await screenshot(page, '12-historik-aktivitet')
    expect(await accessibilityViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Rapport' }).click()
    await page.getByRole('article', { name: 'Förhandsvisning av rapporten' }).waitFor()
    await screenshot(page, '10-rapport-exempel')
    expect(await accessibilityViolations(page)).toEqual([])
    // The accessibility check itself can fail: an unlabelled field is caught.
    await page.evaluate(() => document.querySelector('main')!.prepend(Object.assign(document.createElement('input'), { id: 'unlabelled' })))
    expect((await accessibilityViolations(page)).map((v) => v.split(' ')[0])).toContain('label')
    await page.evaluate(() => document.getElementById('unlabelled')!.remove())
    // Arkiv → Exportera som PDF… arrives from main as a push.
    await page.evaluate(() => (window as unknown as { __mlofEmit: (e: string, p: unknown) => void }).__mlofEmit('menuCommand', 'exportPdf'))
    await page.getByText(/Rapporten sparades som ”Uppföljning medborgarlöften Ekbacka kommun tertial \d \d{4}\.pdf”/).waitFor()
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.pdf'))).toHaveLength(1)
    // Small window and 200 % zoom: nothing may overflow sideways.
    await page.setViewportSize({ width: 1024, height: 700 })
    await page.evaluate(() => (document.body.style.zoom = '2'))
    await screenshot(page, '11-rapport-200-procent')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(1)
    // Another file opened from the menu: the app goes back to the overview of that file.
    await page.evaluate(() => (document.body.style.zoom = '1'))
    await page.evaluate(() => (window as unknown as { __mlofEmit: (e: string, p: unknown) => void }).__mlofEmit('workspaceChanged', null))
    await page.getByRole('heading', { name: 'Översikt' }).waitFor()
    expect(errors).toEqual([])
  })
})
