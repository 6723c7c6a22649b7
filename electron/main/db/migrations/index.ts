import type { Database } from 'better-sqlite3'
import m0001 from './0001-initial-schema'
import m0002 from './0002-meta-and-sessions'
import m0003 from './0003-change-log-version'
import m0004 from './0004-applied-ops'

export interface Migration {
  version: number
  name: string
  up: (db: Database) => void
}

/** Applied in order; never edit a migration that has shipped, add a new one. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial-schema', up: m0001 },
  { version: 2, name: 'meta-and-sessions', up: m0002 },
  { version: 3, name: 'change-log-version', up: m0003 },
  { version: 4, name: 'applied-ops', up: m0004 }
]

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version
