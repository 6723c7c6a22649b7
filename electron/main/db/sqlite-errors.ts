import {
  AppError,
  BusyError,
  CorruptDatabaseError,
  FileNotFoundError,
  IoError,
  NotADatabaseError,
  ReadOnlyError
} from '../../../shared/errors'

/** SQLite result codes (extended codes start with the primary one) mapped to typed errors. */
export function translateSqliteError(error: unknown, fileLabel: string): unknown {
  if (error instanceof AppError) return error
  const code = (error as { code?: unknown })?.code
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new BusyError()
  if (code === 'SQLITE_NOTADB') return new NotADatabaseError(fileLabel)
  if (code.startsWith('SQLITE_CORRUPT')) return new CorruptDatabaseError(fileLabel, 'databasen är skadad')
  if (code.startsWith('SQLITE_READONLY')) return new ReadOnlyError(fileLabel)
  if (code.startsWith('SQLITE_CANTOPEN')) return new FileNotFoundError(fileLabel)
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_FULL') return new IoError(code === 'SQLITE_FULL' ? 'disken är full' : code)
  return error
}

