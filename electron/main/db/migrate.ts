import type { Database } from 'better-sqlite3'
import { NewerSchemaError } from '../../../shared/errors'
import { APPLICATION_ID } from './header'
import { MIGRATIONS, type Migration } from './migrations'

export interface MigrationResult {
  from: number
  to: number
}

/**
 * Brings the schema up to the newest version in one IMMEDIATE transaction: either every
 * pending migration is applied, or none is. A file from a newer app is never touched.
 */
export function migrate(db: Database, fileLabel: string, migrations: readonly Migration[] = MIGRATIONS): MigrationResult {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`)
  })
  const latest = migrations.length
  const from = db.pragma('user_version', { simple: true }) as number
  if (from > latest) throw new NewerSchemaError(fileLabel, from, latest)
  if (from === latest) return { from, to: latest }
  db.transaction(() => {
    // Re-read inside the write lock: another computer may have migrated meanwhile.
    const current = db.pragma('user_version', { simple: true }) as number
    if (current > latest) throw new NewerSchemaError(fileLabel, current, latest)
    for (const m of migrations.slice(current)) m.up(db)
    db.pragma(`application_id = ${APPLICATION_ID}`)
    db.pragma(`user_version = ${latest}`)
  }).immediate()
  return { from, to: latest }
}
