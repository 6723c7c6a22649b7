import type { Workspace } from './workspace'

export interface ExternalChange {
  /** "Kalle Kommun ändrade 3 saker" */
  summary: string
  users: string[]
  count: number
}

/**
 * Notices commits by other connections: PRAGMA data_version changes only when someone else
 * committed (not for our own writes), and costs one header read per poll.
 */
export class ChangeWatcher {
  private version: number
  private lastSeen: number

  constructor(private readonly ws: Workspace) {
    this.version = this.dataVersion()
    this.lastSeen = this.maxChangeId()
  }

  private dataVersion(): number {
    return this.ws.db.pragma('data_version', { simple: true }) as number
  }

  private maxChangeId(): number {
    return (this.ws.db.prepare('SELECT COALESCE(MAX(id), 0) FROM change_log').pluck().get() as number) ?? 0
  }

  /** Null when nothing that matters changed (presence heartbeats bump data_version too). */
  poll(): ExternalChange | null {
    const v = this.dataVersion()
    if (v === this.version) return null
    this.version = v
    const rows = this.ws.read(
      () => this.ws.db.prepare('SELECT id, user FROM change_log WHERE id > ? ORDER BY id').all(this.lastSeen) as Array<{ id: number; user: string }>
    )
    if (rows.length === 0) return null
    this.lastSeen = rows[rows.length - 1].id
    const others = rows.filter((r) => r.user !== this.ws.actor.name)
    if (others.length === 0) return null
    const users = [...new Set(others.map((r) => r.user))]
    return {
      users,
      count: others.length,
      summary: `${users.join(' och ')} ändrade ${others.length === 1 ? 'en sak' : `${others.length} saker`}.`
    }
  }

  /** Our own writes are not news: move past them. */
  seenOwnWrites(): void {
    this.lastSeen = this.maxChangeId()
  }
}
