import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { AppError } from '../../../shared/errors'
import { checkFile } from './file-check'

export interface BackupInfo {
  /** The backup's file name: all the renderer ever sees of it. */
  id: string
  createdAt: string
  sizeBytes: number
  counts: { periods: number; activities: number; followUps: number } | null
}

/** Each shared file gets its own folder of backups on the user's local disk. */
export function backupDirFor(dataDir: string, file: string): string {
  const hash = createHash('sha1').update(resolve(file)).digest('hex').slice(0, 10)
  const name = basename(file).replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 60)
  return join(dataDir, 'backups', `${name}-${hash}`)
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z\.mlof$/

function stampOf(date: Date): string {
  return `${date.toISOString().replace(/:/g, '-').replace('.', '-')}`
}

function createdAt(id: string): string | null {
  const m = STAMP.exec(id)
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z` : null
}

/**
 * A consistent copy with SQLite's backup API (a colleague's commit meanwhile restarts it
 * instead of tearing it), written under a temporary name and renamed when complete.
 */
export async function makeBackup(source: Database.Database, dir: string, now = new Date()): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const id = `${stampOf(now)}.mlof`
  const tmp = join(dir, `.${id}.tmp`)
  try {
    await source.backup(tmp)
    renameSync(tmp, join(dir, id))
  } catch (error) {
    rmSync(tmp, { force: true })
    throw error
  }
  return id
}

/** Keeps the newest 20, and the newest of each day for 30 days. */
export function pruneBackups(dir: string, now = new Date()): string[] {
  if (!existsSync(dir)) return []
  const ids = readdirSync(dir).filter((f) => STAMP.test(f)).sort().reverse()
  const keep = new Set(ids.slice(0, 20))
  const monthAgo = new Date(now.getTime() - 30 * 86_400_000).toISOString()
  const days = new Set<string>()
  for (const id of ids) {
    const at = createdAt(id)!
    if (at < monthAgo) continue
    const day = at.slice(0, 10)
    if (!days.has(day)) {
      days.add(day)
      keep.add(id)
    }
  }
  const removed = ids.filter((id) => !keep.has(id))
  for (const id of removed) rmSync(join(dir, id), { force: true })
  return removed
}

export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => STAMP.test(f))
    .sort()
    .reverse()
    .map((id) => {
      let counts: BackupInfo['counts']
      try {
        const r = checkFile(join(dir, id))
        counts = { periods: r.counts.periods, activities: r.counts.activities, followUps: r.counts.followUps }
      } catch {
        counts = null // damaged or unreadable: listed, but not offered as good
      }
      return { id, createdAt: createdAt(id)!, sizeBytes: statSync(join(dir, id)).size, counts }
    })
}

/**
 * Copies a backup into the shared file with the backup API, which takes the file's locks like
 * any writer, so colleagues' connections see the restored state at their next read.
 */
export async function restoreInto(dir: string, id: string, target: string): Promise<void> {
  if (!STAMP.test(id) || basename(id) !== id) throw new AppError('INVALID_INPUT', 'Okänd säkerhetskopia.')
  const path = join(dir, id)
  if (!existsSync(path)) throw new AppError('NOT_FOUND', 'Säkerhetskopian finns inte längre.')
  checkFile(path) // refuses a damaged backup before anything is written
  const backup = new Database(path, { readonly: true, fileMustExist: true })
  try {
    await backup.backup(target)
  } finally {
    backup.close()
  }
}
