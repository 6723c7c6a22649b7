import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fillDemo } from '../../../electron/main/services/demo'
import { renderReport } from '../../../electron/main/services/export-report'
import { applyFollowUpImport, previewFollowUpImport } from '../../../electron/main/services/import-followup'
import { importPeriods } from '../../../electron/main/services/import-page'
import * as items from '../../../electron/main/services/items'
import { copyPeriod, getPeriodTree } from '../../../electron/main/services/periods'
import type { PeriodTree } from '../../../shared/domain/entities'
import { parsePage } from '../../../shared/import/parse-page'
import type { ParsedPeriod } from '../../../shared/import/types'
import { publishPromisePage, type PublishFormat } from '../../../shared/publish/promise-page'
import { buildReportModel } from '../../../shared/report/model'
import { reportToHtml } from '../../../shared/publish/report-html'
import { SEEDS_DIR, seedsAvailable } from '../../helpers/seed-followup'
import { useTempDir } from '../../helpers/temp'
import { createWorkspace } from '../../helpers/workspace'

/** The structure that must survive a round trip; activities compared regardless of order within a goal. */
function shape(p: ParsedPeriod) {
  return {
    title: p.title,
    start: p.start,
    end: p.end,
    goals: p.goals.map((g) => ({ text: g.text, activities: [...g.activities].map((a) => ({ ...a })).sort((x, y) => x.text.localeCompare(y.text)) })),
    signatories: p.signatories,
    situation: p.situation,
    effect: p.effect,
    followUpPlan: p.followUpPlan,
    signedDate: p.signedDate
  }
}

describe.skipIf(!seedsAvailable)('import and publish round trips on the reference pages', () => {
  const tempDir = useTempDir()

  it.each(['000_3916883672e4c244', '002_e1f8064c8cfc4af7', '003_ce47e0c094c5aeb9', '004_9d60ccaea8afeb8d'])(
    '%s: parse → save → publish (txt, md, html) → parse gives the same structure',
    (seed) => {
      const ws = createWorkspace(tempDir())
      const first = parsePage(readFileSync(join(SEEDS_DIR, `${seed}.txt`), 'utf8'))
      const ids = importPeriods(ws, first.municipality!, first.periods)
      expect(ids).toHaveLength(first.periods.length)
      for (const format of ['txt', 'md', 'html'] as PublishFormat[]) {
        const again = ids.map((id) => parsePage(publishPromisePage(getPeriodTree(ws, id), format)).periods)
        expect(again.every((ps) => ps.length === 1), format).toBe(true)
        expect(again.map((ps) => shape(ps[0])), format).toEqual(first.periods.map(shape))
        expect(again.flatMap((ps) => ps[0].unparsed), format).toEqual([])
      }
      ws.close()
    }
  )
})

describe('import, publish and follow-up import', () => {
  const tempDir = useTempDir()

  it('publishes the demo so that parsing it gives the same goals, activities, parties and targets', () => {
    const ws = createWorkspace(tempDir())
    const { periodId } = fillDemo(ws, 2026)
    const tree = getPeriodTree(ws, periodId)
    const expected = tree.goals.map((g) => ({
      text: g.text,
      activities: g.activities
        .map((a) => ({ text: a.text, party: a.party, ...(a.party === 'annan' ? { partyName: a.partyName } : {}), target: a.targetCount === null ? null : { count: a.targetCount, unit: a.targetUnit } }))
        .sort((x, y) => x.text.localeCompare(y.text))
    }))
    for (const format of ['txt', 'md', 'html'] as PublishFormat[]) {
      const p = parsePage(publishPromisePage(tree, format)).periods[0]
      expect(p.goals.map((g) => ({ text: g.text, activities: [...g.activities].sort((x, y) => x.text.localeCompare(y.text)) })), format).toEqual(expected)
      expect(p.signedDate).toBe('2026-01-24')
      expect(p.signatories.map((s) => s.name)).toEqual(['Karin Lindqvist', 'Per Holmberg'])
    }
    ws.close()
  })

  it('never turns typed text into markup when publishing', () => {
    const ws = createWorkspace(tempDir())
    const { periodId } = fillDemo(ws, 2026)
    const tree = getPeriodTree(ws, periodId)
    const goal = tree.goals[0]
    items.updateGoal(ws, { id: goal.id, expectedVersion: goal.version, patch: { text: 'Att <script>alert(1)</script> & *fet* # rubrik' } })
    const t2 = getPeriodTree(ws, periodId)
    const html = publishPromisePage(t2, 'html')
    expect(html).toContain('Löfte 1: Att &lt;script&gt;alert(1)&lt;/script&gt; &amp; *fet* # rubrik')
    expect(html).not.toContain('<script>')
    expect(publishPromisePage(t2, 'md')).toContain('Att \\<script\\>alert(1)\\</script\\> & \\*fet\\* \\# rubrik')
    ws.close()
  })

  it('gives the follow-up report as an accessible HTML table', () => {
    const ws = createWorkspace(tempDir())
    const { periodId } = fillDemo(ws, 2026)
    const html = reportToHtml(buildReportModel(getPeriodTree(ws, periodId), { year: 2026, tertial: 2, generatedOn: '2026-09-01' }))
    expect(html.match(/<caption>/g)).toHaveLength(3)
    expect(html).toContain('<th scope="col">Aktivitet</th><th scope="col">Tertial 1</th>')
    expect(html).toMatch(/<th scope="row">Polisen genomför minst tjugo fotpatrulleringar/)
    ws.close()
  })

  it.skipIf(!seedsAvailable)('brings the reference follow-up table back as follow-ups of the right activities and tertials', async () => {
    const ws = createWorkspace(tempDir())
    const text = readFileSync(join(SEEDS_DIR, '001_e2f77156a516307a.txt'), 'utf8')
    const [periodId] = importPeriods(ws, 'Eksjö', parsePage(text).periods)
    // Someone edited an activity's wording since: it must still be matched.
    const act = getPeriodTree(ws, periodId).goals[0].activities[0]
    items.updateActivity(ws, { id: act.id, expectedVersion: act.version, patch: { text: 'Ökad polisiär närvaro i de östra delarna av Eksjö kommun' } })
    const matches = await previewFollowUpImport(ws, periodId, { text })
    expect(matches).toHaveLength(10)
    expect(matches.every((m) => m.activityId)).toBe(true)
    expect(matches[0]).toMatchObject({ activityId: act.id, sourceActivity: 'Ökad polisiär närvaro i de östra delarna av kommunen' })
    expect(matches[0].score).toBeLessThan(1)
    const r = applyFollowUpImport(ws, periodId, matches.map((m) => ({ activityId: m.activityId!, contributions: m.contributions })))
    expect(r).toEqual({ created: 19, updated: 0, unchanged: 0 })
    const tree = getPeriodTree(ws, periodId)
    const textOf = (activityStart: string, tertial: number, party: string) =>
      tree.followUps.find((f) => f.tertial === tertial && f.party === party && tree.goals.flatMap((g) => g.activities).find((a) => a.id === f.activityId)!.text.startsWith(activityStart))?.text
    expect(textOf('Ökad polisiär', 1, 'polisen')).toBe('På plats vid minst 45 tillfällen sammanlagt 116 timmar')
    expect(textOf('Ökad polisiär', 3, 'polisen')).toBe('På plats vid minst 10 tillfällen sammanlagt 20 timmar')
    expect(textOf('Kommunen genomför minst två', 2, 'kommunen')).toBe('Genomfördes 17-05-22')
    expect(textOf('Genomföra minst tio riktade', 1, 'kommunen')).toMatch(/^En DROGPOLICY OCH HANDLINGSPLAN/)
    expect(textOf('Genomföra minst tio riktade', 3, 'polisen')).toMatch(/^Genomfört sex insatser/)
    expect(tree.followUps.every((f) => f.year === 2017)).toBe(true)
    // Importing the same table again changes nothing.
    const again = await previewFollowUpImport(ws, periodId, { text })
    expect(applyFollowUpImport(ws, periodId, again.map((m) => ({ activityId: m.activityId!, contributions: m.contributions })))).toEqual({ created: 0, updated: 0, unchanged: 19 })
    ws.close()
  })

  it('reads its own Excel export back into the same follow-ups', async () => {
    const ws = createWorkspace(tempDir())
    const { periodId } = fillDemo(ws, 2026)
    const xlsx = await renderReport(ws, { periodId, year: 2026, tertial: 3 }, 'xlsx')
    const copy = copyPeriod(ws, { sourceId: periodId, title: 'Kopia', startDate: '2026-01-01', endDate: '2027-12-31' })
    const matches = await previewFollowUpImport(ws, copy.id, { xlsx: xlsx.bytes })
    expect(matches.every((m) => m.activityId && m.score === 1)).toBe(true)
    applyFollowUpImport(ws, copy.id, matches.map((m) => ({ activityId: m.activityId!, contributions: m.contributions })))
    const comparable = (tree: PeriodTree) => {
      const textOf = new Map(tree.goals.flatMap((g) => g.activities).map((a) => [a.id, a.text]))
      return tree.followUps.map((f) => [textOf.get(f.activityId), f.year, f.tertial, f.party, f.text, f.status, f.count].join('|')).sort()
    }
    expect(comparable(getPeriodTree(ws, copy.id))).toEqual(comparable(getPeriodTree(ws, periodId)))
    expect(comparable(getPeriodTree(ws, copy.id))).toHaveLength(30)
    ws.close()
  })

  it('refuses a workbook that is not ours, and a table without a year', async () => {
    const ws = createWorkspace(tempDir())
    const { periodId } = fillDemo(ws, 2026)
    await expect(previewFollowUpImport(ws, periodId, { xlsx: Buffer.from('inte en zip') })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(previewFollowUpImport(ws, periodId, { text: 'Aktivitet\tTertial 1\tTertial 2\tTertial 3\nNågot\tGjort\t\t' })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    expect((await previewFollowUpImport(ws, periodId, { text: 'Aktivitet\tTertial 1\tTertial 2\tTertial 3\nNågot helt annat\tGjort\t\t' }, { year: 2026 }))[0].activityId).toBeNull()
    ws.close()
  })
})
