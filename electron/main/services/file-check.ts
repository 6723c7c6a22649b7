import { openDatabase } from '../db/connection'

export interface FileCheckReport {
  schemaVersion: number
  quickCheck: string
  counts: Record<'municipalities' | 'periods' | 'goals' | 'activities' | 'followUps' | 'changes', number>
}

const COUNT_SQL: Record<keyof FileCheckReport['counts'], string> = {
  municipalities: 'SELECT COUNT(*) FROM municipality WHERE deleted_at IS NULL',
  periods: 'SELECT COUNT(*) FROM period WHERE deleted_at IS NULL',
  goals: 'SELECT COUNT(*) FROM goal WHERE deleted_at IS NULL',
  activities: 'SELECT COUNT(*) FROM activity WHERE deleted_at IS NULL',
  followUps: 'SELECT COUNT(*) FROM follow_up WHERE deleted_at IS NULL',
  changes: 'SELECT COUNT(*) FROM change_log'
}

/**
 * Opens the file read-only (it is never changed, whatever it holds), runs quick_check and
 * counts what it holds. Throws the typed error of a foreign, damaged or too new file.
 */
export function checkFile(file: string): FileCheckReport {
  const { db, schemaVersion } = openDatabase(file, { readonly: true })
  try {
    const counts = Object.fromEntries(
      Object.entries(COUNT_SQL).map(([k, sql]) => [k, db.prepare(sql).pluck().get() as number])
    ) as FileCheckReport['counts']
    return { schemaVersion, quickCheck: 'ok', counts }
  } finally {
    db.close()
  }
}
