import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHandlers } from '../../../electron/main/ipc/handlers'
import { ChangeWatcher } from '../../../electron/main/services/live-changes'
import { entityHistory, revertChange } from '../../../electron/main/services/history'
import * as items from '../../../electron/main/services/items'
import { Outbox } from '../../../electron/main/services/outbox'
import { getPeriodTree } from '../../../electron/main/services/periods'
import { Presence } from '../../../electron/main/services/presence'
import { WriteGate, type GateStatus } from '../../../electron/main/services/write-gate'
import { ConflictError } from '../../../shared/errors'
import { createApp } from '../../helpers/app'
import { samplePeriod } from '../../helpers/sample'
import { useTempDir } from '../../helpers/temp'
import { createWorkspace, openAs } from '../../helpers/workspace'

/** Another process takes the write lock and keeps it for `ms`. */
function holdLock(file: string, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'lock-holder.ts'), file, String(ms)], { stdio: ['ignore', 'pipe', 'inherit'] })
    child.stdout.on('data', (d) => String(d).includes('LOCKED') && resolve())
    child.on('error', reject)
  })
}

describe('writing while the other computer holds the file', () => {
  const tempDir = useTempDir()

  it('waits out a 2 s lock with asynchronous retries: the write succeeds and the app keeps ticking', { timeout: 30_000 }, async () => {
    const dir = tempDir()
    const ws = createWorkspace(dir)
    const { a1 } = samplePeriod(ws)
    const statuses: GateStatus[] = []
    const outbox = new Outbox(join(dir, 'outbox.sqlite'))
    const gate = new WriteGate(outbox, () => ws.file, { deadlineMs: 20_000, holder: () => 'Kalle Kommun', onStatus: (s) => statuses.push(s) })
    await holdLock(ws.file, 2000)
    let ticks = 0
    const ticker = setInterval(() => ticks++, 50)
    const started = Date.now()
    const updated = await gate.run('updateActivity', { id: a1.id }, () => items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { text: 'Sparad efter låset' } }))
    clearInterval(ticker)
    expect(updated.text).toBe('Sparad efter låset')
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500)
    // The event loop ran throughout: a frozen process would tick once.
    expect(ticks).toBeGreaterThan(15)
    expect(statuses[0]).toMatchObject({ waiting: true, holder: 'Kalle Kommun' })
    expect(statuses.at(-1)).toMatchObject({ waiting: false })
    expect(outbox.list()).toEqual([])
    outbox.close()
    ws.close()
  })

  it('keeps an edit in the outbox when a 30 s lock outlasts the 20 s deadline, and replays it later', { timeout: 60_000 }, async () => {
    const dir = tempDir()
    const app = createApp(dir)
    app.openDefault()
    const { p, a1 } = samplePeriod(app.workspace()!)
    const handlers = createHandlers(app)
    await holdLock(app.workspace()!.file, 30_000)
    let ticks = 0
    const ticker = setInterval(() => ticks++, 100)
    const started = Date.now()
    let error: unknown
    try {
      await handlers.updateActivity({ id: a1.id, expectedVersion: 1, patch: { text: 'Skrivet medan filen var låst' } })
    } catch (e) {
      error = e
    }
    clearInterval(ticker)
    const waited = Date.now() - started
    expect(waited).toBeGreaterThanOrEqual(19_000)
    expect(waited).toBeLessThan(29_000)
    expect(ticks).toBeGreaterThan(150) // the app kept running while it waited
    expect(error).toMatchObject({ code: 'BUSY', details: { queued: true } })
    expect((error as Error).message).toContain('sparas så snart filen är ledig')
    const queued = (app as unknown as { outbox: Outbox }).outbox.list(app.workspace()!.file, 'pending')
    expect(queued.map((q) => q.channel)).toEqual(['updateActivity'])
    // Still locked: the replay keeps the edit queued.
    expect(await app.replayOutbox()).toEqual({ applied: 0, failed: 0, pending: 1 })
    await new Promise((r) => setTimeout(r, 30_500 - (Date.now() - started)))
    expect(await app.replayOutbox()).toEqual({ applied: 1, failed: 0, pending: 0 })
    expect(getPeriodTree(app.workspace()!, p.id).goals[0].activities[0].text).toBe('Skrivet medan filen var låst')
    app.dispose()
  })

  it('marks a replayed edit that now conflicts as failed instead of overwriting', async () => {
    const dir = tempDir()
    const ws = createWorkspace(dir)
    const { p, a1 } = samplePeriod(ws)
    const outbox = new Outbox(join(dir, 'outbox.sqlite'))
    const statuses: GateStatus[] = []
    const gate = new WriteGate(outbox, () => ws.file, { onStatus: (s) => statuses.push(s) })
    outbox.add(ws.file, 'updateActivity', { id: a1.id, expectedVersion: 1, patch: { text: 'gammal' } })
    items.updateActivity(openAs(ws.file, 'Kalle Kommun'), { id: a1.id, expectedVersion: 1, patch: { text: 'Kalles' } })
    const r = await gate.replay(async (_channel, payload) => {
      try {
        items.updateActivity(ws, payload as never)
        return { ok: true }
      } catch (e) {
        return { ok: false, code: (e as ConflictError).code, message: (e as Error).message }
      }
    })
    expect(r).toEqual({ applied: 0, failed: 1, pending: 0 })
    expect(outbox.list(ws.file, 'failed')).toHaveLength(1)
    // The user is told, with their own text to enter again; once handled it goes away.
    expect(statuses.at(-1)!.failed).toEqual([expect.objectContaining({ text: 'gammal' })])
    gate.dismiss(statuses.at(-1)!.failed[0].id)
    expect(statuses.at(-1)!.failed).toEqual([])
    expect(getPeriodTree(ws, p.id).goals[0].activities[0].text).toBe('Kalles')
    outbox.close()
    ws.close()
  })
})

describe('seeing each other', () => {
  const tempDir = useTempDir()

  it('notices commits by others, not its own', () => {
    const ws = createWorkspace(tempDir())
    const { a1 } = samplePeriod(ws)
    const watcher = new ChangeWatcher(ws)
    items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { text: 'Min egen' } })
    expect(watcher.poll()).toBeNull()
    const other = openAs(ws.file, 'Kalle Kommun')
    items.updateActivity(other, { id: a1.id, expectedVersion: 2, patch: { text: 'Kalles', targetCount: 3 } })
    expect(watcher.poll()).toEqual({ users: ['Kalle Kommun'], count: 2, summary: 'Kalle Kommun ändrade 2 saker.' })
    expect(watcher.poll()).toBeNull()
    other.close()
    ws.close()
  })

  it('shows who else has the file open and what they edit, and forgets stale sessions', () => {
    const ws = createWorkspace(tempDir())
    let clock = Date.UTC(2026, 10, 23, 9)
    const mine = new Presence(ws, '0.1.0', () => clock)
    const other = openAs(ws.file, 'Kalle Kommun')
    const theirs = new Presence(other, '0.1.0', () => clock)
    mine.join()
    theirs.join()
    theirs.heartbeat({ entity: 'activity', id: 'a1' })
    expect(mine.others()).toEqual([expect.objectContaining({ name: 'Kalle Kommun', organisation: 'Kommunen', editing: { entity: 'activity', id: 'a1' } })])
    clock += 3 * 60_000 // Kalle's computer went to sleep
    expect(mine.others()).toEqual([])
    mine.heartbeat()
    expect(ws.db.prepare('SELECT COUNT(*) FROM session').pluck().get()).toBe(1)
    theirs.heartbeat() // back again: rejoins
    expect(mine.others().map((o) => o.name)).toEqual(['Kalle Kommun'])
    theirs.leave()
    expect(mine.others()).toEqual([])
    other.close()
    ws.close()
  })
})

describe('undoing a change from the history', () => {
  const tempDir = useTempDir()

  it('reverts an update, a delete, a create and a move, each as a logged change', () => {
    const ws = createWorkspace(tempDir())
    const { g, a1, a2 } = samplePeriod(ws)
    items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { targetCount: 12 } })
    const change = entityHistory(ws, 'activity', a1.id)[0]
    revertChange(ws, change.id)
    const text = () => ws.db.prepare('SELECT target_count FROM activity WHERE id = ?').pluck().get(a1.id)
    expect(text()).toBe(10)
    expect(entityHistory(ws, 'activity', a1.id)[0]).toMatchObject({ op: 'update', field: 'targetCount', oldValue: '12', newValue: '10' })

    items.deleteActivity(ws, { id: a2.id, expectedVersion: 1 })
    revertChange(ws, entityHistory(ws, 'activity', a2.id)[0].id)
    expect(ws.db.prepare('SELECT deleted_at FROM activity WHERE id = ?').pluck().get(a2.id)).toBeNull()

    const a3 = items.createActivity(ws, { goalId: g.id, text: 'Av misstag', party: 'polisen' })
    revertChange(ws, entityHistory(ws, 'activity', a3.id)[0].id)
    expect(ws.db.prepare('SELECT deleted_at IS NOT NULL FROM activity WHERE id = ?').pluck().get(a3.id)).toBe(1)

    const moved = items.moveActivity(ws, { id: a2.id, expectedVersion: 3, toIndex: 0 })
    revertChange(ws, entityHistory(ws, 'activity', moved.id)[0].id)
    expect(ws.db.prepare("SELECT id FROM activity WHERE goal_id = ? AND deleted_at IS NULL ORDER BY position").pluck().all(g.id)).toEqual([a1.id, a2.id])
    ws.close()
  })

  it('refuses to undo a change whose field has changed again since', () => {
    const ws = createWorkspace(tempDir())
    const { a1 } = samplePeriod(ws)
    items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { text: 'Andra' } })
    const first = entityHistory(ws, 'activity', a1.id)[0]
    items.updateActivity(openAs(ws.file, 'Kalle Kommun'), { id: a1.id, expectedVersion: 2, patch: { text: 'Tredje' } })
    expect(() => revertChange(ws, first.id)).toThrow(ConflictError)
    expect(ws.db.prepare('SELECT text FROM activity WHERE id = ?').pluck().get(a1.id)).toBe('Tredje')
    ws.close()
  })
})

describe('replaying the outbox after a crash', () => {
  const tempDir = useTempDir()

  it('does not apply twice an edit that committed just before the crash', async () => {
    const dir = tempDir()
    const ws = createWorkspace(dir)
    const { p } = samplePeriod(ws)
    const outbox = new Outbox(join(dir, 'outbox.sqlite'))
    const gate = new WriteGate(outbox, () => ws.file, { withKey: (k, fn) => ws.withOpKey(k, fn), applied: (k) => ws.applied(k) })
    // The edit reached the file, but the app died before it could take it off the outbox.
    const id = outbox.add(ws.file, 'createGoal', { periodId: p.id, text: 'Nytt löfte' })
    ws.withOpKey(`${outbox.clientId}:${id}`, () => items.createGoal(ws, { periodId: p.id, text: 'Nytt löfte' }))
    let replayed = 0
    const r = await gate.replay(async () => {
      replayed++
      return { ok: true }
    })
    expect(replayed).toBe(0)
    expect(r).toEqual({ applied: 1, failed: 0, pending: 0 })
    expect(getPeriodTree(ws, p.id).goals.filter((g) => g.text === 'Nytt löfte')).toHaveLength(1)
    outbox.close()
    ws.close()
  })
})
