import { existsSync } from 'node:fs'
import { UsageError, type CliIo } from './io'
import { cliActor } from './actor'
import { checkFile } from '../main/services/file-check'
import { fillDemo } from '../main/services/demo'
import { openWorkspace } from '../main/services/workspace'

export interface CommandArgs {
  positionals: string[]
  options: Record<string, string | boolean | undefined>
}

export interface Command {
  usage: string
  summary: string
  run(args: CommandArgs, io: CliIo): Promise<void> | void
}

function requireNewFile(file: string | undefined): string {
  if (!file) throw new UsageError('Ange en fil.')
  if (existsSync(file)) throw new UsageError(`Filen ”${file}” finns redan. Välj ett nytt filnamn.`)
  return file
}

export const COMMANDS: Record<string, Command> = {
  init: {
    usage: 'init <fil>',
    summary: 'Skapar en ny, tom fil.',
    run({ positionals, options }, io) {
      const file = requireNewFile(positionals[0])
      const ws = openWorkspace(file, { create: true, actor: cliActor(options.user as string | undefined) })
      ws.close()
      io.out(`Skapade ${file} (format ${ws.schemaVersion}).`)
    }
  },
  demo: {
    usage: 'demo <fil> [--year ÅÅÅÅ]',
    summary: 'Skapar en fil med ett påhittat exempel (Ekbacka kommun).',
    run({ positionals, options }, io) {
      const file = requireNewFile(positionals[0])
      const year = options.year ? Number(options.year) : new Date().getFullYear()
      if (!Number.isInteger(year) || year < 1990 || year > 2200) throw new UsageError('--year ska vara ett årtal.')
      const ws = openWorkspace(file, { create: true, actor: cliActor(options.user as string | undefined) })
      try {
        fillDemo(ws, year)
      } finally {
        ws.close()
      }
      io.out(`Skapade ${file} med exemplet Ekbacka kommun ${year}–${year + 1}.`)
    }
  },
  check: {
    usage: 'check <fil>',
    summary: 'Kontrollerar en fil (ändrar ingenting) och skriver ut vad den innehåller.',
    run({ positionals }, io) {
      const file = positionals[0]
      if (!file) throw new UsageError('Ange en fil.')
      const r = checkFile(file)
      io.out(`Fil: ${file}`)
      io.out(`Format (schemaversion): ${r.schemaVersion}`)
      io.out(`Integritetskontroll: ${r.quickCheck}`)
      io.out(`Kommuner: ${r.counts.municipalities}`)
      io.out(`Medborgarlöften: ${r.counts.periods}`)
      io.out(`Löften/mål: ${r.counts.goals}`)
      io.out(`Aktiviteter: ${r.counts.activities}`)
      io.out(`Uppföljningar: ${r.counts.followUps}`)
      io.out(`Ändringar i historiken: ${r.counts.changes}`)
    }
  }
}
