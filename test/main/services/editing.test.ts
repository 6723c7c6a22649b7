import { describe, expect, it } from 'vitest'
import { createFollowUp, deleteFollowUp, updateFollowUp } from '../../../electron/main/services/follow-ups'
import { entityHistory, periodHistory } from '../../../electron/main/services/history'
import * as items from '../../../electron/main/services/items'
import { listMunicipalities, updateMunicipality } from '../../../electron/main/services/municipalities'
import { copyPeriod, getPeriodTree, listPeriods, updatePeriod } from '../../../electron/main/services/periods'
import { ConflictError, NotFoundError } from '../../../shared/errors'
import { createWorkspace, openAs } from '../../helpers/workspace'
import { samplePeriod } from '../../helpers/sample'
import { useTempDir } from '../../helpers/temp'

describe('editing through the services', () => {
  const tempDir = useTempDir()

  it('creates a period tree and reads it back in order', () => {
    const ws = createWorkspace(tempDir())
    const { p, g, a1, a2 } = samplePeriod(ws)
    const tree = getPeriodTree(ws, p.id)
    expect(tree.municipality.name).toBe('Östra Tallby kommun')
    expect(tree.goals.map((x) => x.id)).toEqual([g.id])
    expect(tree.goals[0].activities.map((x) => x.id)).toEqual([a1.id, a2.id])
    expect(tree.goals[0].activities[0]).toMatchObject({ party: 'polisen', targetCount: 10, targetUnit: 'pass', version: 1, updatedBy: 'Anna Polis' })
    expect(listPeriods(ws).map((x) => x.municipalityName)).toEqual(['Östra Tallby kommun'])
    ws.close()
  })

  it('bumps the version on update and refuses an update based on an old version', () => {
    const ws = createWorkspace(tempDir())
    const { p, a1 } = samplePeriod(ws)
    const v2 = items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { text: 'Polisen patrullerar oftare.' } })
    expect(v2.version).toBe(2)
    let err: unknown
    try {
      items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { text: 'Min gamla version' } })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ConflictError)
    const details = (err as ConflictError).details
    expect(details.current).toMatchObject({ text: 'Polisen patrullerar oftare.', version: 2 })
    expect(details.changedBy).toBe('Anna Polis')
    expect(getPeriodTree(ws, p.id).goals[0].activities[0].text).toBe('Polisen patrullerar oftare.')
    ws.close()
  })

  it('detects the conflict between two users on two connections to the same file', () => {
    const ws = createWorkspace(tempDir())
    const { p } = samplePeriod(ws)
    const other = openAs(ws.file, 'Kalle Kommun')
    const mine = getPeriodTree(ws, p.id).period
    const theirs = getPeriodTree(other, p.id).period
    updatePeriod(other, { id: theirs.id, expectedVersion: theirs.version, patch: { situation: 'Kalles lägesbild' } })
    expect(() => updatePeriod(ws, { id: mine.id, expectedVersion: mine.version, patch: { situation: 'Annas lägesbild' } })).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', details: expect.objectContaining({ changedBy: 'Kalle Kommun' }) })
    )
    expect(getPeriodTree(ws, p.id).period.situation).toBe('Kalles lägesbild')
    other.close()
    ws.close()
  })

  it('treats deleting what someone else just edited as a conflict, and editing a deleted row too', () => {
    const ws = createWorkspace(tempDir())
    const { a2 } = samplePeriod(ws)
    items.updateActivity(ws, { id: a2.id, expectedVersion: 1, patch: { targetCount: 3 } })
    expect(() => items.deleteActivity(ws, { id: a2.id, expectedVersion: 1 })).toThrow(ConflictError)
    items.deleteActivity(ws, { id: a2.id, expectedVersion: 2 })
    expect(() => items.updateActivity(ws, { id: a2.id, expectedVersion: 3, patch: { text: 'x' } })).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', details: expect.objectContaining({ current: null }) })
    )
    // Soft delete: the row is still in the file for history.
    expect(ws.db.prepare('SELECT deleted_at IS NOT NULL FROM activity WHERE id = ?').pluck().get(a2.id)).toBe(1)
    ws.close()
  })

  it('writes a change-log row for every change in the same transaction', () => {
    const ws = createWorkspace(tempDir())
    const { p, a1 } = samplePeriod(ws)
    items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { text: 'Ny text', targetCount: 12 } })
    const h = entityHistory(ws, 'activity', a1.id)
    expect(h.map((e) => [e.op, e.field, e.oldValue, e.newValue])).toEqual([
      ['update', 'targetCount', '10', '12'],
      ['update', 'text', 'Polisen patrullerar till fots.', 'Ny text'],
      ['create', null, null, expect.stringContaining('Polisen patrullerar till fots.')]
    ])
    expect(h.every((e) => e.user === 'Anna Polis' && e.periodId === p.id)).toBe(true)
    // A rejected update leaves no trace in the log.
    expect(() => items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { text: 'x' } })).toThrow(ConflictError)
    expect(entityHistory(ws, 'activity', a1.id)).toHaveLength(3)
    // An update that changes nothing writes nothing.
    items.updateActivity(ws, { id: a1.id, expectedVersion: 2, patch: { text: 'Ny text' } })
    expect(entityHistory(ws, 'activity', a1.id)).toHaveLength(3)
    expect(periodHistory(ws, p.id).length).toBeGreaterThanOrEqual(6)
    ws.close()
  })

  it('reorders goals and activities by moving one item, without touching the others', () => {
    const ws = createWorkspace(tempDir())
    const { p, g, a1, a2 } = samplePeriod(ws)
    const a3 = items.createActivity(ws, { goalId: g.id, text: 'Tredje', party: 'gemensamt' })
    const order = () => getPeriodTree(ws, p.id).goals[0].activities.map((a) => a.text)
    items.moveActivity(ws, { id: a3.id, expectedVersion: 1, toIndex: 0 })
    expect(order()).toEqual(['Tredje', 'Polisen patrullerar till fots.', 'Kommunen ser över belysningen.'])
    items.moveActivity(ws, { id: a1.id, expectedVersion: 1, toIndex: 2 })
    expect(order()).toEqual(['Tredje', 'Kommunen ser över belysningen.', 'Polisen patrullerar till fots.'])
    const tree = getPeriodTree(ws, p.id)
    expect(tree.goals[0].activities.find((a) => a.id === a2.id)!.version).toBe(1)
    expect(entityHistory(ws, 'activity', a1.id)[0]).toMatchObject({ op: 'move', oldValue: '2', newValue: '3' })
    // Many moves between the same neighbours never break the order.
    let cur = tree.goals[0].activities.find((a) => a.id === a3.id)!
    for (let i = 0; i < 80; i++) cur = items.moveActivity(ws, { id: cur.id, expectedVersion: cur.version, toIndex: i % 2 === 0 ? 1 : 0 })
    expect(new Set(order()).size).toBe(3)
    const g2 = items.createGoal(ws, { periodId: p.id, text: 'Andra målet' })
    items.moveGoal(ws, { id: g2.id, expectedVersion: 1, toIndex: 0 })
    expect(getPeriodTree(ws, p.id).goals.map((x) => x.text)).toEqual(['Andra målet', 'Att öka tryggheten i centrum.'])
    ws.close()
  })

  it('copies a period with goals and activities but without follow-ups', () => {
    const ws = createWorkspace(tempDir())
    const { p, a1 } = samplePeriod(ws)
    createFollowUp(ws, { activityId: a1.id, year: 2024, tertial: 1, party: 'polisen', text: 'Gjort', status: 'genomford', count: 4 })
    const copy = copyPeriod(ws, { sourceId: p.id, title: 'Medborgarlöfte 2026–2027', startDate: '2026-01-01', endDate: '2027-12-31' })
    const tree = getPeriodTree(ws, copy.id)
    expect(tree.period).toMatchObject({ title: 'Medborgarlöfte 2026–2027', state: 'utkast', signedDate: null })
    expect(tree.goals.map((g) => g.text)).toEqual(['Att öka tryggheten i centrum.'])
    expect(tree.goals[0].activities.map((a) => [a.text, a.party, a.targetCount])).toEqual([
      ['Polisen patrullerar till fots.', 'polisen', 10],
      ['Kommunen ser över belysningen.', 'kommunen', null]
    ])
    expect(tree.followUps).toEqual([])
    expect(getPeriodTree(ws, p.id).followUps).toHaveLength(1)
    ws.close()
  })

  it('keeps one follow-up per activity, year, tertial and party', () => {
    const ws = createWorkspace(tempDir())
    const { a1 } = samplePeriod(ws)
    const f = createFollowUp(ws, { activityId: a1.id, year: 2024, tertial: 2, party: 'polisen', text: 'Fyra pass', count: 4 })
    expect(() => createFollowUp(ws, { activityId: a1.id, year: 2024, tertial: 2, party: 'polisen', text: 'Dubblett' })).toThrowError(
      expect.objectContaining({ code: 'CONFLICT', details: expect.objectContaining({ current: expect.objectContaining({ text: 'Fyra pass' }) }) })
    )
    createFollowUp(ws, { activityId: a1.id, year: 2024, tertial: 2, party: 'kommunen', text: 'Kommunens bidrag' })
    const u = updateFollowUp(ws, { id: f.id, expectedVersion: 1, patch: { status: 'pagar' } })
    deleteFollowUp(ws, { id: u.id, expectedVersion: u.version })
    const again = createFollowUp(ws, { activityId: a1.id, year: 2024, tertial: 2, party: 'polisen', text: 'Ny text' })
    expect(again.id).toBe(f.id)
    expect(again.text).toBe('Ny text')
    expect(entityHistory(ws, 'followUp', f.id).map((e) => e.op)).toEqual(['update', 'update', 'update', 'restore', 'delete', 'update', 'create'])
    ws.close()
  })

  it('refuses invalid data: unknown parents, inverted dates', () => {
    const ws = createWorkspace(tempDir())
    const { p } = samplePeriod(ws)
    expect(() => items.createGoal(ws, { periodId: 'nope', text: 'x' })).toThrow(NotFoundError)
    expect(() => updatePeriod(ws, { id: p.id, expectedVersion: 1, patch: { endDate: '2020-01-01' } })).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' })
    )
    const m = listMunicipalities(ws)[0]
    expect(updateMunicipality(ws, { id: m.id, expectedVersion: 1, patch: { name: 'Västra Tallby kommun' } }).name).toBe('Västra Tallby kommun')
    ws.close()
  })
})

describe('merging edits of different fields', () => {
  const tempDir = useTempDir()

  it('merges an edit onto a newer version when the other person changed other fields only', () => {
    const ws = createWorkspace(tempDir())
    const { a1 } = samplePeriod(ws)
    const other = openAs(ws.file, 'Kalle Kommun')
    items.updateActivity(other, { id: a1.id, expectedVersion: 1, patch: { targetCount: 25 } })
    items.moveActivity(other, { id: a1.id, expectedVersion: 2, toIndex: 1 })
    const merged = items.updateActivity(ws, { id: a1.id, expectedVersion: 1, patch: { text: 'Annas text' } })
    expect(merged).toMatchObject({ text: 'Annas text', targetCount: 25, version: 4 })
    // The same field is still a conflict, shown to a person.
    expect(() => items.updateActivity(other, { id: a1.id, expectedVersion: 3, patch: { text: 'Kalles text' } })).toThrow(ConflictError)
    // And so is editing something the other person deleted.
    items.deleteActivity(other, { id: a1.id, expectedVersion: 4 })
    expect(() => items.updateActivity(ws, { id: a1.id, expectedVersion: 4, patch: { targetCount: 1 } })).toThrow(ConflictError)
    other.close()
    ws.close()
  })
})
