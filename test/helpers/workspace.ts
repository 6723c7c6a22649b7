import { join } from 'node:path'
import { openWorkspace, type Workspace } from '../../electron/main/services/workspace'

/** A clock that ticks one second per call, so change-log order and timestamps are predictable. */
export function fakeClock(start = Date.UTC(2026, 4, 22, 8, 0, 0)): () => string {
  let t = start
  return () => new Date((t += 1000)).toISOString()
}

export function createWorkspace(dir: string, user = 'Anna Polis', name = 'test.mlof'): Workspace {
  return openWorkspace(join(dir, name), { create: true, actor: { name: user, organisation: 'Polisen' }, now: fakeClock() })
}

/** A second user opening the same file: a separate connection, as on another computer. */
export function openAs(file: string, user: string): Workspace {
  return openWorkspace(file, { actor: { name: user, organisation: 'Kommunen' }, now: fakeClock(Date.UTC(2026, 4, 22, 9)) })
}
