import { describe, expect, it } from 'vitest'
import { runStress } from './run'

// The short form of `npm run test:stress`: real processes, real SIGKILLs, one shared file.
describe('co-editing under crashes', () => {
  it('loses no acknowledged edit while writers are killed and restarted', { timeout: 120_000 }, async () => {
    const r = await runStress({ writers: 3, edits: 60, kill: true })
    console.log(r.line)
    expect(r.integrity).toBe('ok')
    expect(r.acknowledged).toBe(180)
    expect(r.lost).toBe(0)
    expect(r.logAgrees).toBe(true)
    expect(r.kills).toBeGreaterThan(0)
  })

  it('control: with the version check switched off, the same test sees lost updates', { timeout: 120_000 }, async () => {
    const r = await runStress({ writers: 3, edits: 60, kill: false, blind: true })
    console.log(r.line)
    expect(r.integrity).toBe('ok')
    expect(r.lost).toBeGreaterThan(0)
    expect(r.conflicts).toBe(0)
  })
})
