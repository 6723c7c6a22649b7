import { join } from 'node:path'
import { fillDemo } from '../../electron/main/services/demo'
import { renderReport } from '../../electron/main/services/export-report'
import { createFollowUp } from '../../electron/main/services/follow-ups'
import { createActivity, createGoal } from '../../electron/main/services/items'
import { createMunicipality } from '../../electron/main/services/municipalities'
import { createPeriod } from '../../electron/main/services/periods'
import { openWorkspace, type Workspace } from '../../electron/main/services/workspace'
import { measure, type BenchLine } from './measure'

const SENTENCE = 'Insatsen genomfördes tillsammans med kommunens fältassistenter och skolans personal under kvällstid. '

/** 8 goals × 7–8 activities (60), all three tertials, both parties on every third activity. */
function fillLarge(ws: Workspace): string {
  const m = createMunicipality(ws, { name: 'Storby kommun' })
  const p = createPeriod(ws, { municipalityId: m.id, title: 'Medborgarlöfte Storby 2025', startDate: '2025-01-01', endDate: '2025-12-31' })
  let n = 0
  for (let g = 0; g < 8; g++) {
    const goal = createGoal(ws, { periodId: p.id, text: `Mål ${g + 1}: att öka tryggheten i stadsdel ${g + 1} genom samverkan och närvaro.` })
    for (let a = 0; a < (g < 4 ? 8 : 7); a++, n++) {
      const act = createActivity(ws, {
        goalId: goal.id,
        text: `Aktivitet ${n + 1}: polisen och kommunen genomför riktade insatser i området, minst tio gånger under året.`,
        party: n % 2 ? 'kommunen' : 'polisen',
        targetCount: 10,
        targetUnit: 'insatser'
      })
      for (const tertial of [1, 2, 3] as const) {
        createFollowUp(ws, { activityId: act.id, year: 2025, tertial, party: act.party, text: SENTENCE.repeat(1 + (n % 4)), status: 'genomford', count: 3 })
        if (n % 3 === 0)
          createFollowUp(ws, { activityId: act.id, year: 2025, tertial, party: act.party === 'polisen' ? 'kommunen' : 'polisen', text: SENTENCE.repeat(2), status: 'pagar' })
      }
    }
  }
  return p.id
}

export async function reportBench(dir: string): Promise<BenchLine[]> {
  const demo = openWorkspace(join(dir, 'demo.mlof'), { create: true, actor: { name: 'Bench', organisation: '' } })
  const demoPeriod = fillDemo(demo, 2026).periodId
  const large = openWorkspace(join(dir, 'large.mlof'), { create: true, actor: { name: 'Bench', organisation: '' } })
  const largePeriod = fillLarge(large)
  const lines: BenchLine[] = []
  const demoReq = { periodId: demoPeriod, year: 2026, tertial: 3 as const }
  const largeReq = { periodId: largePeriod, year: 2025, tertial: 3 as const }
  const pages = async (ws: Workspace, req: typeof demoReq) => {
    const r = await renderReport(ws, req, 'pdf')
    return (r.bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
  }
  lines.push(await measure(`report pdf  demo  (${await pages(demo, demoReq)} pages)`, () => renderReport(demo, demoReq, 'pdf'), { runs: 15, targetMs: 150 }))
  lines.push(await measure('report xlsx demo', () => renderReport(demo, demoReq, 'xlsx'), { runs: 15, targetMs: 80 }))
  lines.push(await measure(`report pdf  large (${await pages(large, largeReq)} pages)`, () => renderReport(large, largeReq, 'pdf'), { runs: 5, targetMs: 1500 }))
  lines.push(await measure('report xlsx large', () => renderReport(large, largeReq, 'xlsx'), { runs: 5, targetMs: 500 }))
  demo.close()
  large.close()
  return lines
}
