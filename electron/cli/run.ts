import { parseArgs } from 'node:util'
import { AppError } from '../../shared/errors'
import { COMMANDS } from './commands'
import { UsageError, type CliIo } from './io'

/** Options that take a value; anything else given as --flag is a boolean switch. */
const CLI_OPTIONS = Object.fromEntries(
  ['year', 'tertial', 'period', 'format', 'out', 'user', 'municipality', 'orientation'].map((n) => [n, { type: 'string' as const }])
)

function help(io: CliIo): void {
  io.out('Användning: npm run cli -- <kommando> [argument]')
  for (const c of Object.values(COMMANDS)) io.out(`  ${c.usage.padEnd(44)} ${c.summary}`)
}

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 failed, 2 wrong usage. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io)
    return name ? 0 : 2
  }
  const command = COMMANDS[name]
  if (!command) {
    io.err(`Okänt kommando: ${name}`)
    help(io)
    return 2
  }
  try {
    const { positionals, values } = parseArgs({ args: rest, allowPositionals: true, strict: false, options: CLI_OPTIONS })
    await command.run({ positionals, options: values }, io)
    return 0
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`Fel: ${error.message}`)
      io.err(`Användning: npm run cli -- ${command.usage}`)
      return 2
    }
    if (error instanceof AppError) {
      io.err(`Fel: ${error.message}`)
      return 1
    }
    io.err(`Oväntat fel: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}
