import { userInfo } from 'node:os'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Actor } from '../../shared/domain/entities'
import { AppError } from '../../shared/errors'
import { reportFileBaseName, type ReportModel } from '../../shared/report/model'
import { defaultDatabaseFile } from './paths'
import { fillDemo } from './services/demo'
import { exportReport, reportModelFor, type ReportFormat, type ReportRequestInput } from './services/export-report'
import { openWorkspace, type Workspace } from './services/workspace'
import { SettingsStore, type Settings } from './settings'
import { Outbox } from './services/outbox'
import { Presence, STALE_MS, type PresenceEntry } from './services/presence'
import { readFileHeader } from './db/header'
import { openDatabase } from './db/connection'
import { LATEST_SCHEMA_VERSION } from './db/migrations'
import { ChangeWatcher } from './services/live-changes'
import { WriteGate } from './services/write-gate'
import { backupDirFor, listBackups, makeBackup, pruneBackups, restoreInto, type BackupInfo } from './services/backups'
import { areaRows, renderAreaOverview, renderPresentation } from './services/presentation'
import { writeFileAtomic } from './services/atomic-write'
import type { AreaRow } from '../../shared/progress/overview'
import { isoDateOf } from '../../shared/domain/dates'

/** What only the desktop shell can do; the end-to-end tests pass their own. */
export interface Desktop {
  /** Pushes an event to the window (write status, changes by others). */
  notify?(event: 'workspaceChanged' | 'writeStatus', payload: unknown): void
  /** Asks where to save; null when the user cancels. */
  chooseSaveFile(defaultName: string, format: ReportFormat): Promise<string | null>
  openPath(file: string): Promise<void>
  showItemInFolder(file: string): void
}

const ORGANISATION_LABELS: Record<Settings['organisation'], string> = { polisen: 'Polisen', kommunen: 'Kommunen', annan: '' }

/**
 * The running app without Electron: the settings, the open file, exports. The main process
 * wires it to windows and dialogs; tests drive it directly.
 */
export class AppController {
  readonly settings: SettingsStore
  private current: Workspace | null = null
  private lastExport: string | null = null
  private readonly outbox: Outbox
  private live: { presence: Presence; watcher: ChangeWatcher; gate: WriteGate } | null = null
  private timers: NodeJS.Timeout[] = []
  private warnings: string[] = []
  /** Polling for others' changes runs only while the window can be seen. */
  private visible = true
  private lastBackupChange = -1
  private replayer: ((channel: string, payload: unknown) => Promise<{ ok: boolean; code?: string; message?: string }>) | null = null

  constructor(
    private readonly opts: { dataDir: string; desktop: Desktop; appVersion: string; fontsDir?: string; now?: () => Date }
  ) {
    this.settings = new SettingsStore(join(opts.dataDir, 'settings.json'))
    this.outbox = new Outbox(join(opts.dataDir, 'outbox.sqlite'))
  }

  /** The write path of the open file (outbox, retries), or null when none is open. */
  gate(): WriteGate | null {
    return this.live?.gate ?? null
  }

  /** Set by the handler map: how a queued edit is applied again (validated like any request). */
  attachReplay(fn: (channel: string, payload: unknown) => Promise<{ ok: boolean; code?: string; message?: string }>): void {
    this.replayer = fn
  }

  async replayOutbox(): Promise<{ applied: number; failed: number; pending: number } | null> {
    if (!this.live || !this.replayer) return null
    return this.live.gate.replay(this.replayer)
  }

  warningsForFile(): string[] {
    return this.warnings
  }

  private backupDir(file = this.current?.file): string {
    return backupDirFor(this.opts.dataDir, file ?? '')
  }

  /** A backup now (on open, on a timer while there are changes, before restores). */
  async backupNow(): Promise<string | null> {
    const ws = this.current
    if (!ws) return null
    const id = await makeBackup(ws.db, this.backupDir(ws.file), this.opts.now?.() ?? new Date())
    pruneBackups(this.backupDir(ws.file), this.opts.now?.() ?? new Date())
    this.lastBackupChange = this.changeMark()
    return id
  }

  private changeMark(): number {
    const ws = this.current
    return ws ? ((ws.db.prepare('SELECT COALESCE(MAX(id), 0) FROM change_log').pluck().get() as number) ?? 0) : -1
  }

  listBackups(): BackupInfo[] {
    return this.current ? listBackups(this.backupDir()) : []
  }

  /** Restores a backup into the open file, after backing up what is there now. */
  async restoreBackup(id: string): Promise<void> {
    const ws = this.requireWorkspace()
    if (ws.readonly) throw new AppError('READ_ONLY', 'Filen är öppnad skrivskyddad; en säkerhetskopia kan inte läggas tillbaka i den.')
    await this.backupNow()
    await restoreInto(this.backupDir(ws.file), id, ws.file)
    this.openFile(ws.file)
  }

  /**
   * A damaged file: moved aside (never deleted), and the newest backup that passes its check
   * put in its place.
   */
  async restoreNewestInto(file: string): Promise<string> {
    const dir = backupDirFor(this.opts.dataDir, file)
    const good = listBackups(dir).find((b) => b.counts !== null)
    if (!good) throw new AppError('NOT_FOUND', 'Det finns ingen säkerhetskopia av filen på den här datorn.')
    if (existsSync(file)) renameSync(file, `${file}.skadad-${Date.now()}`)
    await restoreInto(dir, good.id, file)
    this.openFile(file)
    return good.id
  }

  presence(): PresenceEntry[] {
    try {
      return this.live?.presence.others() ?? []
    } catch {
      return []
    }
  }

  setEditing(editing: { entity: string; id: string } | null): void {
    try {
      this.live?.presence.heartbeat(editing)
    } catch {
      // Presence is a courtesy; a locked file must not turn it into an error.
    }
  }

  /** Polls for others' changes, keeps presence alive and replays queued edits. */
  startBackground(intervals = { pollMs: 1500, heartbeatMs: 30_000, replayMs: 5000 }): void {
    this.stopBackground()
    const every = (ms: number, fn: () => void | Promise<unknown>) => {
      const t = setInterval(() => {
        try {
          void Promise.resolve(fn()).catch(() => {})
        } catch {
          // A locked or vanished file: the next tick tries again.
        }
      }, ms)
      t.unref?.()
      this.timers.push(t)
    }
    every(intervals.pollMs, () => {
      if (this.visible) this.pollChanges()
    })
    every(intervals.heartbeatMs, () => this.live?.presence.heartbeat())
    every(intervals.replayMs, () => (this.outbox.list(this.current?.file, 'pending').length ? this.replayOutbox() : undefined))
    // Every 15 minutes, when something changed since the last backup.
    every(15 * 60_000, () => (this.current && this.changeMark() !== this.lastBackupChange ? this.backupNow() : undefined))
  }

  private pollChanges(): void {
    const change = this.live?.watcher.poll()
    if (change) this.opts.desktop.notify?.('workspaceChanged', { kind: 'external', ...change })
  }

  /** The window was hidden or shown again; on showing, catch up at once. */
  setVisible(visible: boolean): void {
    this.visible = visible
    if (visible) {
      try {
        this.pollChanges()
      } catch {
        // The next poll tries again.
      }
    }
  }

  stopBackground(): void {
    for (const t of this.timers) clearInterval(t)
    this.timers = []
  }

  get appVersion(): string {
    return this.opts.appVersion
  }

  actor(): Actor {
    const s = this.settings.get()
    let fallback = 'Okänd användare'
    try {
      fallback = userInfo().username || fallback
    } catch {
      // keep the fallback
    }
    return { name: s.userName || fallback, organisation: s.organisation === 'annan' ? s.organisationName : ORGANISATION_LABELS[s.organisation] }
  }

  isFirstStart(): boolean {
    return this.settings.get().userName.trim() === ''
  }

  workspace(): Workspace | null {
    return this.current
  }

  /** Opens a file (creating the default one when asked); the previous file is closed only on success. */
  openFile(file: string, opts: { create?: boolean } = {}): Workspace {
    const { ws: next, warnings } = this.openWithFallbacks(file, opts)
    this.warnings = warnings
    this.leave()
    this.current?.close()
    this.current = next
    const presence = new Presence(next, this.opts.appVersion)
    try {
      if (!next.readonly) presence.join()
    } catch {
      // Presence is informational; a busy file must not stop the opening.
    }
    this.live = {
      presence,
      watcher: new ChangeWatcher(next),
      gate: new WriteGate(this.outbox, () => next.file, {
        withKey: (key, fn) => next.withOpKey(key, fn),
        applied: (key) => next.applied(key),
        holder: () => presence.others()[0]?.name ?? null,
        onStatus: (status) => this.opts.desktop.notify?.('writeStatus', status)
      })
    }
    if (file !== this.defaultFile()) {
      const recent = [file, ...this.settings.get().recentFiles.filter((f) => f !== file)].slice(0, 10)
      this.settings.update({ recentFiles: recent })
    }
    return next
  }

  /**
   * Opens for writing when that is safe; otherwise read-only with a message saying why: a
   * file from a newer app, a read-only file or folder, a file someone holds in WAL mode.
   */
  private openWithFallbacks(file: string, opts: { create?: boolean }): { ws: Workspace; warnings: string[] } {
    const warnings: string[] = []
    if (/[\\/](OneDrive[^\\/]*|Dropbox|Google ?Drive|My Drive|iCloud ?Drive|Mobile Documents)[\\/]/i.test(file))
      warnings.push(
        'Filen ligger i en mapp som synkas av OneDrive, Dropbox eller liknande. Sådana tjänster kopierar filen bakom databasens rygg, så två som arbetar samtidigt kan förlora ändringar. Lägg filen på en nätverksenhet (delad mapp) i stället.'
      )
    const readOnly = (why: string) => {
      warnings.push(why)
      return { ws: openWorkspace(file, { readonly: true, allowNewer: true, actor: this.actor() }), warnings }
    }
    try {
      const older = this.olderSchemaGuard(file)
      if (older) return readOnly(older)
      return { ws: openWorkspace(file, { create: opts.create, actor: this.actor() }), warnings }
    } catch (error) {
      const code = (error as AppError).code
      if (code === 'NEWER_SCHEMA') return readOnly((error as Error).message.replace('Filen har inte ändrats.', 'Filen är öppnad skrivskyddad.'))
      if (code === 'READ_ONLY') return readOnly('Filen eller mappen är skrivskyddad: du kan läsa men inte ändra. Be den som förvaltar mappen om skrivrätt.')
      if (code === 'WAL_IN_USE')
        return readOnly('Filen används av ett program i ett läge som inte tål nätverksenheter (WAL). Den är öppnad skrivskyddad tills det programmet har stängt den.')
      throw error
    }
  }

  /**
   * A file from an older app version is migrated only when nobody else has it open (their
   * older app could not read it afterwards), and only after a backup. Returns why not, or null.
   */
  private olderSchemaGuard(file: string): string | null {
    const header = readFileHeader(file)
    if (header.kind !== 'sqlite' || header.userVersion === 0 || header.userVersion >= LATEST_SCHEMA_VERSION) return null
    const peek = openDatabase(file, { readonly: true })
    try {
      const hasSessions = peek.db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'session'").pluck().get() === 1
      const fresh = new Date((this.opts.now?.() ?? new Date()).getTime() - STALE_MS).toISOString()
      const others = hasSessions ? (peek.db.prepare('SELECT user_name FROM session WHERE heartbeat_at >= ?').pluck().all(fresh) as string[]) : []
      if (others.length)
        return `Filen behöver uppdateras till den här versionen av appen, men ${others.join(' och ')} har den öppen. Den är öppnad skrivskyddad tills de har stängt den.`
      // Backed up before the migration changes anything.
      const dir = backupDirFor(this.opts.dataDir, file)
      mkdirSync(dir, { recursive: true })
      // serialize() reads a consistent snapshot under a read lock.
      writeFileAtomic(join(dir, `${(this.opts.now?.() ?? new Date()).toISOString().replace(/:/g, '-').replace('.', '-')}.mlof`), peek.db.serialize())
      return null
    } finally {
      peek.db.close()
    }
  }

  defaultFile(): string {
    return defaultDatabaseFile(this.opts.dataDir)
  }

  openDefault(): Workspace {
    return this.openFile(this.defaultFile(), { create: true })
  }

  saveSettings(patch: Pick<Settings, 'userName' | 'organisation' | 'organisationName'>): Settings {
    const s = this.settings.update(patch)
    // The open file writes the new name from now on.
    if (this.current) this.openFile(this.current.file)
    return s
  }

  /** A new, empty file; an existing file is never overwritten. */
  newFile(file: string): Workspace {
    if (existsSync(file))
      throw new AppError('INVALID_INPUT', `Det finns redan en fil som heter ”${basename(file)}”. Välj ett nytt namn, eller öppna filen.`)
    return this.openFile(file, { create: true })
  }

  /**
   * A consistent copy of the open file (SQLite's backup API, so a colleague's write meanwhile
   * cannot tear it), written next to the target and renamed into place.
   */
  async saveCopy(target: string): Promise<void> {
    const ws = this.requireWorkspace()
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`)
    try {
      await ws.db.backup(tmp)
      renameSync(tmp, target)
    } catch (error) {
      rmSync(tmp, { force: true })
      const code = (error as NodeJS.ErrnoException).code ?? 'okänt fel'
      throw new AppError('IO_ERROR', `Kopian kunde inte sparas (${code}). Kontrollera att mappen finns och att du får skriva där.`)
    }
  }

  fillDemo(): { periodId: string } {
    const ws = this.requireWorkspace()
    const empty = ws.db.prepare('SELECT COUNT(*) FROM municipality WHERE deleted_at IS NULL').pluck().get() === 0
    if (!empty) throw new AppError('INVALID_INPUT', 'Filen innehåller redan uppgifter; exemplet läggs bara in i en tom fil.')
    return { periodId: fillDemo(ws, (this.opts.now?.() ?? new Date()).getFullYear()).periodId }
  }

  reportModel(req: ReportRequestInput): ReportModel {
    return reportModelFor(this.requireWorkspace(), req, this.opts.now?.()).model
  }

  /** Asks where to save, writes atomically; returns only the file's name to the renderer. */
  async exportReport(req: ReportRequestInput, format: ReportFormat): Promise<{ fileName: string; missingGlyphs: string[] } | null> {
    const ws = this.requireWorkspace()
    const { model } = reportModelFor(ws, req, this.opts.now?.())
    const target = await this.opts.desktop.chooseSaveFile(`${reportFileBaseName(model)}.${format}`, format)
    if (!target) return null
    const r = await exportReport(ws, req, format, { file: target }, { fontsDir: this.opts.fontsDir, now: this.opts.now?.() })
    this.lastExport = r.file
    return { fileName: r.file.split(/[\\/]/).pop()!, missingGlyphs: r.missingGlyphs }
  }

  /** Asks where to save a finished PDF and writes it atomically; null when cancelled. */
  private async saveAs(defaultName: string, bytes: Buffer): Promise<{ fileName: string } | null> {
    const target = await this.opts.desktop.chooseSaveFile(defaultName, 'pdf')
    if (!target) return null
    writeFileAtomic(target, bytes)
    this.lastExport = target
    return { fileName: basename(target) }
  }

  async exportSlides(periodId: string, at?: { year: number; tertial: 1 | 2 | 3 }): Promise<{ fileName: string } | null> {
    const r = await renderPresentation(this.requireWorkspace(), periodId, at, { fontsDir: this.opts.fontsDir, now: this.opts.now?.() })
    return this.saveAs(r.fileName, r.bytes)
  }

  areaOverview(): AreaRow[] {
    return areaRows(this.requireWorkspace(), isoDateOf(this.opts.now?.() ?? new Date()))
  }

  async exportAreaOverview(): Promise<{ fileName: string } | null> {
    const r = await renderAreaOverview(this.requireWorkspace(), { fontsDir: this.opts.fontsDir, now: this.opts.now?.() })
    return this.saveAs(r.fileName, r.bytes)
  }

  async openLastExport(mode: 'open' | 'reveal'): Promise<void> {
    if (!this.lastExport) throw new AppError('NOT_FOUND', 'Ingen rapport har exporterats ännu.')
    if (mode === 'open') await this.opts.desktop.openPath(this.lastExport)
    else this.opts.desktop.showItemInFolder(this.lastExport)
  }

  private leave(): void {
    try {
      if (this.live && this.current && !this.current.readonly) this.live.presence.leave()
    } catch {
      // The heartbeat going stale does the same, two minutes later.
    }
    this.live = null
  }

  close(): void {
    this.stopBackground()
    this.leave()
    this.current?.close()
    this.current = null
  }

  dispose(): void {
    this.close()
    this.outbox.close()
  }

  private requireWorkspace(): Workspace {
    const ws = this.current
    if (!ws) throw new AppError('NO_FILE_OPEN', 'Ingen fil är öppen. Öppna eller skapa en fil via Arkiv-menyn.')
    return ws
  }
}
