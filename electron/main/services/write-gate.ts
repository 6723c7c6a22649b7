import { AppError, BusyError } from '../../../shared/errors'
import type { Outbox } from './outbox'

export interface GateStatus {
  /** The shared file is locked (or unreachable) and writes are being retried. */
  waiting: boolean
  /** Who holds it, when known ("Kalle Kommun"). */
  holder: string | null
  /** Edits waiting in the local outbox. */
  queued: number
  /**
   * Queued edits that could not be applied when replayed (someone else changed the same
   * thing meanwhile), with the text the user had written, so it can be entered again.
   */
  failed: Array<{ id: number; text: string; reason: string }>
}

/** The user's own words in a queued edit, whatever kind of edit it was. */
function textOf(payload: unknown): string {
  const p = payload as { patch?: Record<string, unknown>; text?: unknown; name?: unknown } | null
  const t = p?.patch?.text ?? p?.text ?? p?.patch?.name ?? p?.name
  return typeof t === 'string' ? t : ''
}

export interface GateOptions {
  /** How long one edit keeps retrying before it is left in the outbox (ms). */
  deadlineMs?: number
  holder?: () => string | null
  onStatus?: (status: GateStatus) => void
  sleep?: (ms: number) => Promise<void>
}

function retryable(e: unknown): boolean {
  return e instanceof AppError && (e.code === 'BUSY' || e.code === 'IO_ERROR' || e.code === 'FILE_NOT_FOUND')
}

/**
 * Every edit goes through here. It is first written to the local outbox, then to the shared
 * file in one short transaction; while the file is locked by the other computer (or the
 * drive is gone) it is retried asynchronously, so the app never freezes. After the deadline
 * the edit stays in the outbox and is replayed later, still version-checked.
 */
export class WriteGate {
  private waiting = false

  constructor(
    private readonly outbox: Outbox,
    private readonly file: () => string,
    private readonly opts: GateOptions & {
      /** Runs an apply under the outbox entry's idempotency key (the workspace records it). */
      withKey?: <T>(key: string, fn: () => T | Promise<T>) => T | Promise<T>
      /** Whether an edit with this key already committed. */
      applied?: (key: string) => boolean
    } = {}
  ) {}

  /** Unique across computers: this outbox's identity and the entry's number. */
  private key(id: number): string {
    return `${this.outbox.clientId}:${id}`
  }

  private status(waiting: boolean): void {
    this.waiting = waiting
    this.opts.onStatus?.({
      waiting,
      holder: waiting ? (this.opts.holder?.() ?? null) : null,
      queued: this.outbox.list(this.file(), 'pending').length,
      failed: this.outbox.list(this.file(), 'failed').map((e) => ({ id: e.id, text: textOf(e.payload), reason: e.lastError ?? '' }))
    })
  }

  /** The user has seen a failed edit (and copied its text): take it off the list. */
  dismiss(id: number): void {
    if (this.outbox.list(this.file(), 'failed').some((e) => e.id === id)) this.outbox.remove(id)
    this.status(this.waiting)
  }

  async run<T>(channel: string, payload: unknown, apply: () => T | Promise<T>): Promise<T> {
    const id = this.outbox.add(this.file(), channel, payload)
    const deadline = Date.now() + (this.opts.deadlineMs ?? 20_000)
    const sleep = this.opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
    let delay = 50
    for (;;) {
      try {
        const value = await (this.opts.withKey ? this.opts.withKey(this.key(id), apply) : apply())
        this.outbox.remove(id)
        if (this.waiting) this.status(false)
        return value
      } catch (error) {
        if (!retryable(error)) {
          // A conflict or an invalid edit goes back to the user, whose text is still on screen.
          this.outbox.remove(id)
          if (this.waiting) this.status(false)
          throw error
        }
        this.outbox.attempted(id, (error as AppError).code)
        if (Date.now() + delay > deadline) {
          this.status(true)
          const holder = this.opts.holder?.() ?? undefined
          throw new AppError('BUSY', new BusyError(holder).message, { queued: true })
        }
        if (!this.waiting) this.status(true)
        await sleep(delay + Math.random() * delay)
        delay = Math.min(800, delay * 2)
      }
    }
  }

  /**
   * Replays what waits in the outbox for this file, oldest first. Each edit is applied as
   * it was asked for, version check included; one that now conflicts is kept as failed.
   */
  async replay(apply: (channel: string, payload: unknown) => Promise<{ ok: boolean; code?: string; message?: string }>): Promise<{ applied: number; failed: number; pending: number }> {
    let applied = 0
    let failed = 0
    for (const entry of this.outbox.list(this.file(), 'pending')) {
      // Committed just before a crash, while still listed here: done already, not twice.
      if (this.opts.applied?.(this.key(entry.id))) {
        this.outbox.remove(entry.id)
        applied++
        continue
      }
      const run = () => apply(entry.channel, entry.payload)
      const r = await (this.opts.withKey ? this.opts.withKey(this.key(entry.id), run) : run())
      if (r.ok) {
        this.outbox.remove(entry.id)
        applied++
      } else if (r.code === 'BUSY' || r.code === 'IO_ERROR' || r.code === 'FILE_NOT_FOUND') {
        this.outbox.attempted(entry.id, r.code)
        break // still locked: keep the order, try later
      } else {
        this.outbox.fail(entry.id, r.message ?? r.code ?? 'fel')
        failed++
      }
    }
    const pending = this.outbox.list(this.file(), 'pending').length
    this.status(pending > 0)
    return { applied, failed, pending }
  }
}
