import { existsSync } from 'node:fs'
import { UsageError, type CliIo } from './io'
import { cliActor } from './actor'
import { checkFile } from '../main/services/file-check'
import { fillDemo } from '../main/services/demo'
import { openWorkspace } from '../main/services/workspace'
import { exportReport, type ReportFormat } from '../main/services/export-report'
import { findPeriod } from '../main/services/periods'
import { statSync } from 'node:fs'

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
  export: {
    usage: 'export <fil> --year ÅÅÅÅ --tertial 1-3 --format pdf|xlsx [--period id|titel] [--out sökväg] [--portrait] [--party] [--signatories] [--situation] [--no-status] [--no-counts]',
    summary: 'Skapar tertialrapporten som PDF eller Excel.',
    async run({ positionals, options }, io) {
      const file = positionals[0]
      if (!file) throw new UsageError('Ange en fil.')
      const year = Number(options.year)
      const tertial = Number(options.tertial)
      if (!Number.isInteger(year) || year < 1990 || year > 2200) throw new UsageError('--year ska vara ett årtal.')
      if (![1, 2, 3].includes(tertial)) throw new UsageError('--tertial ska vara 1, 2 eller 3.')
      const format = String(options.format ?? 'pdf')
      if (format !== 'pdf' && format !== 'xlsx') throw new UsageError('--format ska vara pdf eller xlsx.')
      const out = options.out as string | undefined
      const outIsDir = !!out && (() => { try { return statSync(out).isDirectory() } catch { return false } })()
      const ws = openWorkspace(file, { actor: cliActor(options.user as string | undefined), readonly: true })
      try {
        const period = findPeriod(ws, options.period as string | undefined)
        const r = await exportReport(
          ws,
          {
            periodId: period.id,
            year,
            tertial: tertial as 1 | 2 | 3,
            options: {
              orientation: options.portrait ? 'portrait' : 'landscape',
              showStatus: !options['no-status'],
              showCounts: !options['no-counts'],
              showParty: !!options.party,
              showSignatories: !!options.signatories,
              showSituation: !!options.situation
            }
          },
          format as ReportFormat,
          out && !outIsDir ? { file: out } : { dir: out ?? '.' }
        )
        if (r.missingGlyphs.length)
          io.err(`Varning: tecken som typsnittet saknar ersattes med □: ${r.missingGlyphs.join(' ')}`)
        io.out(`Skapade ${r.file}`)
      } finally {
        ws.close()
      }
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
