import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createActivity, createGoal, updateActivity } from '../../electron/main/services/items'
import { createMunicipality } from '../../electron/main/services/municipalities'
import { createPeriod } from '../../electron/main/services/periods'
import { openWorkspace } from '../../electron/main/services/workspace'
import { ChangeWatcher } from '../../electron/main/services/live-changes'
import type { BenchLine } from './measure'

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function setup(file: string, activitiesCount: number): string[] {
  const ws = openWorkspace(file, { create: true, actor: { name: 'bench', organisation: '' } })
  const m = createMunicipality(ws, { name: 'Benchby' })
  const p = createPeriod(ws, { municipalityId: m.id, title: 'Medborgarlöfte 2026', startDate: '2026-01-01', endDate: '2026-12-31' })
  const g = createGoal(ws, { periodId: p.id, text: 'Mål' })
  const ids = Array.from({ length: activitiesCount }, (_, i) => createActivity(ws, { goalId: g.id, text: `A${i}`, party: 'polisen' }).id)
  ws.close()
  return ids
}

/** Edit-to-durable-commit latency in this process, with `others` writer processes editing alongside. */
async function latency(dir: string, others: number, edits = 200): Promise<BenchLine> {
  const file = join(dir, `latency-${others}.mlof`)
  const ids = setup(file, others + 1)
  const children = Array.from({ length: others }, (_, i) =>
    spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'write-load.ts'), file, ids[i + 1]], { stdio: ['ignore', 'ignore', 'inherit'] })
  )
  await new Promise((r) => setTimeout(r, others ? 1500 : 0))
  let ws: ReturnType<typeof openWorkspace> | null = null
  while (!ws) {
    try {
      ws = openWorkspace(file, { actor: { name: 'bench', organisation: '' } })
    } catch (e) {
      if ((e as { code?: string }).code !== 'BUSY') throw e
    }
  }
  const times: number[] = []
  let version = 1
  for (let i = 0; i < edits; i++) {
    const t0 = performance.now()
    for (;;) {
      try {
        version = updateActivity(ws, { id: ids[0], expectedVersion: version, patch: { text: `edit ${i}` } }).version
        break
      } catch (e) {
        if ((e as { code?: string }).code !== 'BUSY') throw e
      }
    }
    times.push(performance.now() - t0)
  }
  // Proof that the others were writing meanwhile.
  const theirs = ws.db.prepare('SELECT SUM(version) FROM activity WHERE id <> ?').pluck().get(ids[0]) as number
  ws.close()
  for (const c of children) c.kill('SIGKILL')
  if (others && theirs <= others) throw new Error('the load processes did not write')
  times.sort((a, b) => a - b)
  return {
    name: `edit → durable commit, ${others + 1} writer process${others ? 'es' : ''}`,
    medianMs: percentile(times, 50),
    p99Ms: percentile(times, 99),
    targetMs: 15,
    peakRssMb: process.resourceUsage().maxRSS / 1024
  }
}

/** How long until a second connection's data_version poll sees a commit (polling every 100 ms). */
async function visibility(dir: string): Promise<BenchLine> {
  const file = join(dir, 'visibility.mlof')
  const ids = setup(file, 1)
  const writer = openWorkspace(file, { actor: { name: 'A', organisation: '' } })
  const reader = openWorkspace(file, { actor: { name: 'B', organisation: '' } })
  const watcher = new ChangeWatcher(reader)
  const delays: number[] = []
  let version = 1
  // The app's own poll: every 1.5 s. Commits land at random moments between polls.
  let detected: ((t: number) => void) | null = null
  const timer = setInterval(() => {
    if (watcher.poll() && detected) detected(performance.now())
  }, 1500)
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, Math.random() * 1500))
    const seen = new Promise<number>((r) => (detected = r))
    version = updateActivity(writer, { id: ids[0], expectedVersion: version, patch: { text: `v${i}` } }).version
    const t0 = performance.now()
    delays.push((await seen) - t0)
  }
  clearInterval(timer)
  writer.close()
  reader.close()
  delays.sort((a, b) => a - b)
  return { name: 'visible to the other process (1.5 s poll)', medianMs: percentile(delays, 50), p99Ms: percentile(delays, 99), targetMs: 2000, peakRssMb: process.resourceUsage().maxRSS / 1024 }
}

export async function writeBench(dir: string): Promise<BenchLine[]> {
  return [await latency(dir, 0), await latency(dir, 3), await visibility(dir)]
}
