import { createMunicipality } from '../../electron/main/services/municipalities'
import { createPeriod } from '../../electron/main/services/periods'
import { createActivity, createGoal } from '../../electron/main/services/items'
import type { Workspace } from '../../electron/main/services/workspace'

/** A small period: one municipality, one goal, two activities. */
export function samplePeriod(ws: Workspace) {
  const m = createMunicipality(ws, { name: 'Östra Tallby kommun' })
  const p = createPeriod(ws, { municipalityId: m.id, title: 'Medborgarlöfte 2024–2025', startDate: '2024-01-01', endDate: '2025-12-31' })
  const g = createGoal(ws, { periodId: p.id, text: 'Att öka tryggheten i centrum.' })
  const a1 = createActivity(ws, { goalId: g.id, text: 'Polisen patrullerar till fots.', party: 'polisen', targetCount: 10, targetUnit: 'pass' })
  const a2 = createActivity(ws, { goalId: g.id, text: 'Kommunen ser över belysningen.', party: 'kommunen' })
  return { m, p, g, a1, a2 }
}
