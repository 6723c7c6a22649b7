import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import type { Workspace } from './workspace'

/** Someone else with the file open, as "Öppen av …" shows them. */
export interface PresenceEntry {
  name: string
  organisation: string
  host: string
  since: string
  editing: { entity: string; id: string } | null
}

/** No heartbeat for this long: the computer crashed or lost the network; ignored and cleaned. */
export const STALE_MS = 2 * 60_000

/**
 * Presence is informational only (correctness comes from locks and row versions), so its
 * writes are tiny, outside the change log, and a failure to write one is not an error.
 */
export class Presence {
  readonly id = randomUUID()

  constructor(private readonly ws: Workspace, private readonly appVersion: string, private readonly now: () => number = Date.now) {}

  private insert(at: string): void {
    this.ws.db
      .prepare('INSERT INTO session (id, user_name, organisation, host, pid, app_version, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(this.id, this.ws.actor.name, this.ws.actor.organisation, hostname(), process.pid, this.appVersion, at, at)
  }

  join(): void {
    this.ws.write(() => this.insert(new Date(this.now()).toISOString()))
  }

  heartbeat(editing?: { entity: string; id: string } | null): void {
    const at = new Date(this.now()).toISOString()
    const stale = new Date(this.now() - STALE_MS).toISOString()
    this.ws.write(() => {
      const set = editing === undefined ? '' : ', editing_entity = @entity, editing_id = @eid'
      const changed = this.ws.db
        .prepare(`UPDATE session SET heartbeat_at = @at${set} WHERE id = @id`)
        .run({ at, id: this.id, ...(editing === undefined ? {} : { entity: editing?.entity ?? null, eid: editing?.id ?? null }) }).changes
      // Cleaned by someone else after a long pause (a sleeping laptop): join again.
      if (changed === 0) this.insert(at)
      this.ws.db.prepare('DELETE FROM session WHERE heartbeat_at < ?').run(stale)
    })
  }

  leave(): void {
    this.ws.write(() => this.ws.db.prepare('DELETE FROM session WHERE id = ?').run(this.id))
  }

  others(): PresenceEntry[] {
    const fresh = new Date(this.now() - STALE_MS).toISOString()
    const rows = this.ws.read(() =>
      this.ws.db.prepare('SELECT * FROM session WHERE id <> ? AND heartbeat_at >= ? ORDER BY started_at').all(this.id, fresh)
    ) as Array<Record<string, string | null>>
    return rows.map((r) => ({
      name: r.user_name ?? '',
      organisation: r.organisation ?? '',
      host: r.host ?? '',
      since: r.started_at ?? '',
      editing: r.editing_entity && r.editing_id ? { entity: r.editing_entity, id: r.editing_id } : null
    }))
  }
}
