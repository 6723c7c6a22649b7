/** Where CLI output goes: the real process, or a buffer in tests. */
export interface CliIo {
  out(line: string): void
  err(line: string): void
  write?(chunk: string): void
}

/** Wrong arguments: printed with the usage line, exit code 2. */
export class UsageError extends Error {}
