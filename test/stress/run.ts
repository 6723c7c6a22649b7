import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { createActivity, createGoal } from '../../electron/main/services/items'
import { createMunicipality } from '../../electron/main/services/municipalities'
import { createPeriod } from '../../electron/main/services/periods'
import { openWorkspace } from '../../electron/main/services/workspace'

export interface StressResult {
  writers: number
  edits: number
  kills: number
  acknowledged: number
  lost: number
  conflicts: number
  integrity: string
  logAgrees: boolean
  line: string
}


/**
 * N writer processes edit one file while random ones are killed with SIGKILL and restarted.
 * Afterwards every acknowledged token must be in the text it was appended to.
 */
export async function runStress(opts: { writers: number; edits: number; seconds?: number; blind?: boolean; kill?: boolean }): Promise<StressResult> {
  const dir = mkdtempSync(join(tmpdir(), 'mlof-stress-'))
  try {
    const db = join(dir, 'shared.mlof')
    const setup = openWorkspace(db, { create: true, actor: { name: 'setup', organisation: '' } })
    const m = createMunicipality(setup, { name: 'Stressby' })
    const p = createPeriod(setup, { municipalityId: m.id, title: 'Medborgarlöfte 2026', startDate: '2026-01-01', endDate: '2026-12-31' })
    const g = createGoal(setup, { periodId: p.id, text: 'Mål' })
    const act = (text: string) => createActivity(setup, { goalId: g.id, text, party: 'polisen' }).id
    const shared = [act('Delad A'), act('Delad B')]
    const own = Array.from({ length: opts.writers }, (_, w) => act(`Egen ${w}`))
    setup.close()

    const logs = Array.from({ length: opts.writers }, (_, w) => join(dir, `w${w}.log`))
    const acked = (w: number) => (existsSync(logs[w]) ? readFileSync(logs[w], 'utf8').split('\n').filter((l) => l.startsWith('ACK ')).length : 0)
    const nextSeq = (w: number) => {
      if (!existsSync(logs[w])) return 0
      const last = readFileSync(logs[w], 'utf8').split('\n').filter((l) => l.startsWith('ACK ')).at(-1)
      return last ? Number(last.split(' ').at(-1)!.split('-')[1]) + 1 : 0
    }
    const live = new Map<number, ChildProcess>()
    let kills = 0
    const startAt = Date.now() + 2500
    const start = (w: number) =>
      new Promise<void>((resolve, reject) => {
        const from = nextSeq(w)
        if (from >= opts.edits) return resolve()
        // One process per writer (tsx as a loader, not its CLI, which would fork a child SIGKILL misses).
        const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'writer.ts'), db, String(w), String(from), String(opts.edits), opts.blind ? 'blind' : 'checked', logs[w], own[w], shared.join(','), String(startAt)], {
          stdio: ['ignore', 'pipe', 'pipe']
        })
        let err = ''
        child.stderr!.on('data', (d) => (err += d))
        live.set(w, child)
        child.on('exit', (code, signal) => {
          live.delete(w)
          if (signal === 'SIGKILL') start(w).then(resolve, reject)
          else if (code === 0) resolve()
          else reject(new Error(`writer ${w} failed (${code}): ${err.slice(-2000)}`))
        })
      })
    const deadline = Date.now() + (opts.seconds ?? 600) * 1000
    const chaos = setInterval(() => {
      if (!opts.kill || live.size === 0 || Date.now() > deadline) return
      const ws = [...live.keys()]
      const victim = live.get(ws[Math.floor(Math.random() * ws.length)])!
      // Give a fresh process a moment to start before it can be killed again.
      if (victim.pid && Math.random() < 0.6) {
        victim.kill('SIGKILL')
        kills++
      }
    }, 250)
    try {
      await Promise.all(Array.from({ length: opts.writers }, (_, w) => start(w)))
    } finally {
      clearInterval(chaos)
    }

    const check = new Database(db, { readonly: true })
    const integrity = check.pragma('integrity_check', { simple: true }) as string
    const texts = new Map((check.prepare('SELECT id, text FROM activity').all() as Array<{ id: string; text: string }>).map((r) => [r.id, r.text]))
    let acknowledged = 0
    let lost = 0
    let conflicts = 0
    for (const log of logs) {
      for (const line of readFileSync(log, 'utf8').split('\n')) {
        const [kind, id, , , token] = line.split(' ')
        if (kind === 'CONFLICT') conflicts++
        if (kind !== 'ACK') continue
        acknowledged++
        if (!` ${texts.get(id)} `.includes(` ${token} `)) lost++
      }
    }
    // The change log agrees with the final state: the last logged text of every activity is its text.
    const lastLogged = check
      .prepare(
        `SELECT entity_id AS id, new_value AS v FROM change_log c WHERE entity = 'activity' AND field = 'text'
         AND id = (SELECT MAX(id) FROM change_log d WHERE d.entity_id = c.entity_id AND d.field = 'text')`
      )
      .all() as Array<{ id: string; v: string }>
    const logAgrees = lastLogged.length > 0 && lastLogged.every((r) => texts.get(r.id) === r.v)
    check.close()
    const total = Array.from({ length: opts.writers }, (_, w) => acked(w)).reduce((a, b) => a + b, 0)
    const line = `writers=${opts.writers} edits=${opts.writers * opts.edits} kills=${kills} acknowledged=${total} lost=${lost} conflicts=${conflicts} integrity=${integrity}${opts.blind ? ' (control: version check off)' : ''}`
    return { writers: opts.writers, edits: opts.writers * opts.edits, kills, acknowledged, lost, conflicts, integrity, logAgrees, line }
  } finally {
    if (!process.env.MLOF_KEEP_STRESS) rmSync(dir, { recursive: true, force: true })
    else console.log("kept", dir)
  }
}
