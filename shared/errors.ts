/**
 * Error codes that cross the IPC boundary. Main throws AppError subclasses; the envelope carries
 * the code and a Swedish message fit to show a user (what happened, and what to do).
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'NO_FILE_OPEN',
  'NOT_FOUND',
  'CONFLICT',
  'NOT_A_DATABASE',
  'EMPTY_FILE',
  'FOREIGN_FILE',
  'NEWER_SCHEMA',
  'CORRUPT',
  'FILE_NOT_FOUND',
  'READ_ONLY',
  'BUSY',
  'IO_ERROR',
  'EXPORT_FAILED',
  'WAL_IN_USE',
  'INTERNAL'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorInfo {
  code: ErrorCode
  message: string
  /** Extra data a screen needs, e.g. the other person's version of a row on CONFLICT. */
  details?: unknown
}

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details?: unknown
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = new.target.name
    this.code = code
    this.details = details
  }
  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

export class InvalidInputError extends AppError {
  constructor(message: string) {
    super('INVALID_INPUT', message)
  }
}

export class NotFoundError extends AppError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} finns inte längre. Den kan ha tagits bort av någon annan – ladda om vyn.`)
  }
}

export interface ConflictDetails {
  entity: string
  id: string
  expectedVersion: number
  /** The row as it is now in the file (null when it was deleted). */
  current: unknown
  /** Who made the change we collided with, and when. */
  changedBy: string | null
  changedAt: string | null
}

export class ConflictError extends AppError {
  declare readonly details: ConflictDetails
  constructor(details: ConflictDetails) {
    const who = details.changedBy ? ` av ${details.changedBy}` : ''
    super(
      'CONFLICT',
      `Någon annan har ändrat detta${who} medan du arbetade. Din text är kvar – jämför och välj vad som ska gälla.`,
      details
    )
  }
}

export class NoFileOpenError extends AppError {
  constructor() {
    super('NO_FILE_OPEN', 'Ingen fil är öppen. Öppna eller skapa en fil via Arkiv-menyn.')
  }
}

export class NotADatabaseError extends AppError {
  constructor(file: string) {
    super('NOT_A_DATABASE', `Filen ”${file}” är inte en Medborgarlöften-fil (inte en databas). Välj en annan fil.`)
  }
}

export class EmptyFileError extends AppError {
  constructor(file: string) {
    super('EMPTY_FILE', `Filen ”${file}” är tom. Välj en annan fil eller skapa en ny.`)
  }
}

export class ForeignFileError extends AppError {
  constructor(file: string) {
    super(
      'FOREIGN_FILE',
      `Filen ”${file}” är en databas från ett annat program, inte en Medborgarlöften-fil. Den har inte ändrats.`
    )
  }
}

export class NewerSchemaError extends AppError {
  constructor(file: string, fileVersion: number, supported: number) {
    super(
      'NEWER_SCHEMA',
      `Filen ”${file}” är skapad med en nyare version av Medborgarlöften (format ${fileVersion}, den här versionen kan ${supported}). Uppdatera appen för att ändra i filen. Filen har inte ändrats.`,
      { fileVersion, supported }
    )
  }
}

export class CorruptDatabaseError extends AppError {
  constructor(file: string, detail: string) {
    super(
      'CORRUPT',
      `Filen ”${file}” är skadad (${detail}). Återställ den senaste säkerhetskopian eller kontakta den som förvaltar filen.`
    )
  }
}

export class FileNotFoundError extends AppError {
  constructor(file: string) {
    super('FILE_NOT_FOUND', `Filen ”${file}” hittades inte. Kontrollera att nätverksenheten är ansluten.`)
  }
}

export class ReadOnlyError extends AppError {
  constructor(file: string) {
    super('READ_ONLY', `Filen ”${file}” är skrivskyddad. Du kan läsa men inte ändra.`)
  }
}

export class BusyError extends AppError {
  constructor(holder?: string) {
    super(
      'BUSY',
      `Filen används just nu${holder ? ` av ${holder}` : ' av någon annan'}. Ändringen sparas så snart filen är ledig.`
    )
  }
}

export class IoError extends AppError {
  constructor(detail: string) {
    super('IO_ERROR', `Det gick inte att läsa eller skriva filen (${detail}). Kontrollera nätverksanslutningen och försök igen.`)
  }
}
