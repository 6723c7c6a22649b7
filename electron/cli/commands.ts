import { existsSync } from 'node:fs'
import { UsageError, type CliIo } from './io'
import { cliActor } from './actor'
import { checkFile } from '../main/services/file-check'
import { fillDemo } from '../main/services/demo'
import { openWorkspace } from '../main/services/workspace'
import { exportReport, type ReportFormat } from '../main/services/export-report'
import { findPeriod } from '../main/services/periods'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { renderAreaOverview, renderPresentation } from '../main/services/presentation'
import { AppError } from '../../shared/errors'
import { parsePage } from '../../shared/import/parse-page'
import { toPublicJson } from '../../shared/import/types'
import { publishPromisePage, type PublishFormat } from '../../shared/publish/promise-page'
import { importPeriods } from '../main/services/import-page'
import { applyFollowUpImport, previewFollowUpImport } from '../main/services/import-followup'
import { getPeriodTree } from '../main/services/periods'
import { writeFileAtomic } from '../main/services/atomic-write'
import { decodeText } from '../../shared/import/decode'

/** Reads a text file the user has (UTF-8, or Windows-1252 from older Word exports). */
function readInput(path: string | undefined): string {
  if (!path) throw new UsageError('Ange en fil att läsa.')
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch {
    throw new AppError('FILE_NOT_FOUND', `Filen ”${path}” kunde inte läsas.`)
  }
  return decodeText(bytes)
}

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
    usage: 'export <fil> --year ÅÅÅÅ --tertial 1-3 --format pdf|xlsx|html|slides [--period id|titel] [--out sökväg] [--portrait] [--party] [--signatories] [--situation] [--summary] [--no-status] [--no-counts]',
    summary: 'Skapar tertialrapporten som PDF eller Excel.',
    async run({ positionals, options }, io) {
      const file = positionals[0]
      if (!file) throw new UsageError('Ange en fil.')
      const year = Number(options.year)
      const tertial = Number(options.tertial)
      const format = String(options.format ?? 'pdf')
      if (!['pdf', 'xlsx', 'html', 'slides'].includes(format)) throw new UsageError('--format ska vara pdf, xlsx, html eller slides.')
      const hasWhen = options.year !== undefined || options.tertial !== undefined
      if ((format !== 'slides' || hasWhen) && (!Number.isInteger(year) || year < 1990 || year > 2200)) throw new UsageError('--year ska vara ett årtal.')
      if ((format !== 'slides' || hasWhen) && ![1, 2, 3].includes(tertial)) throw new UsageError('--tertial ska vara 1, 2 eller 3.')
      const out = options.out as string | undefined
      const outIsDir = !!out && (() => { try { return statSync(out).isDirectory() } catch { return false } })()
      const ws = openWorkspace(file, { actor: cliActor(options.user as string | undefined), readonly: true })
      try {
        const period = findPeriod(ws, options.period as string | undefined)
        if (format === 'slides') {
          const r = await renderPresentation(ws, period.id, hasWhen ? { year, tertial: tertial as 1 | 2 | 3 } : undefined)
          const target = out && !outIsDir ? out : join(out ?? '.', r.fileName)
          writeFileAtomic(target, r.bytes)
          io.out(`Skapade ${target} (${r.slides.length} bilder)`)
          return
        }
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
              showSituation: !!options.situation,
              showSummary: !!options.summary
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
  'parse-page': {
    usage: 'parse-page <sida.txt|.html>',
    summary: 'Läser en publicerad sida med medborgarlöften och skriver ut vad den innehåller som JSON.',
    run({ positionals }, io) {
      const text = readInput(positionals[0])
      io.out(JSON.stringify(toPublicJson(parsePage(text)), null, 2))
    }
  },
  'import-page': {
    usage: 'import-page <fil> <sida.txt|.html> --municipality <kommun>',
    summary: 'Sparar medborgarlöftena från en publicerad sida i filen.',
    run({ positionals, options }, io) {
      const [file, page] = positionals
      if (!file) throw new UsageError('Ange filen att spara i.')
      const parsed = parsePage(readInput(page))
      const municipality = (options.municipality as string | undefined) ?? parsed.municipality
      if (!municipality) throw new UsageError('Sidan säger inte vilken kommun den gäller: ange --municipality.')
      if (parsed.periods.length === 0) throw new AppError('INVALID_INPUT', 'Hittade inga medborgarlöften på sidan.')
      const ws = openWorkspace(file, { create: true, actor: cliActor(options.user as string | undefined) })
      try {
        const ids = importPeriods(ws, municipality, parsed.periods)
        parsed.periods.forEach((p, i) =>
          io.out(`Sparade ”${p.title}” (${p.goals.length} löften, ${p.goals.reduce((n, g) => n + g.activities.length, 0)} aktiviteter) med id ${ids[i]}.`)
        )
        const unparsed = parsed.periods.reduce((n, p) => n + p.unparsed.length, 0)
        if (unparsed) io.err(`${unparsed} stycken kunde inte tolkas; se parse-page för detaljer.`)
      } finally {
        ws.close()
      }
    }
  },
  'import-followup': {
    usage: 'import-followup <fil> <uppföljning.txt|.xlsx> [--period id|titel] [--year ÅÅÅÅ]',
    summary: 'Läser en uppföljningstabell (eller appens egen Excel-fil) och sparar den på rätt aktiviteter.',
    async run({ positionals, options }, io) {
      const [file, source] = positionals
      if (!file || !source) throw new UsageError('Ange filen och uppföljningen.')
      const year = options.year ? Number(options.year) : undefined
      const ws = openWorkspace(file, { actor: cliActor(options.user as string | undefined) })
      try {
        const period = findPeriod(ws, options.period as string | undefined)
        const input = /\.xlsx$/i.test(source) ? { xlsx: readFileSync(source) } : { text: readInput(source) }
        const matches = await previewFollowUpImport(ws, period.id, input, { year })
        const matched = matches.filter((m) => m.activityId)
        for (const m of matches.filter((x) => !x.activityId))
          io.err(`Ingen aktivitet i ”${period.title}” liknar ”${m.sourceActivity.slice(0, 80)}” – hoppas över.`)
        const r = applyFollowUpImport(ws, period.id, matched.map((m) => ({ activityId: m.activityId!, contributions: m.contributions })))
        io.out(`Uppföljning importerad till ”${period.title}”: ${r.created} nya, ${r.updated} ändrade, ${r.unchanged} oförändrade.`)
      } finally {
        ws.close()
      }
    }
  },
  publish: {
    usage: 'publish <fil> [--period id|titel] --format txt|md|html [--out fil]',
    summary: 'Skriver ut medborgarlöftet som text till en webbsida.',
    run({ positionals, options }, io) {
      const file = positionals[0]
      if (!file) throw new UsageError('Ange en fil.')
      const format = String(options.format ?? 'txt')
      if (!['txt', 'md', 'html'].includes(format)) throw new UsageError('--format ska vara txt, md eller html.')
      const ws = openWorkspace(file, { actor: cliActor(), readonly: true })
      try {
        const period = findPeriod(ws, options.period as string | undefined)
        const text = publishPromisePage(getPeriodTree(ws, period.id), format as PublishFormat)
        if (options.out) {
          writeFileAtomic(String(options.out), Buffer.from(text, 'utf8'))
          io.out(`Skrev ${options.out}`)
        } else if (io.write) io.write(text)
        else io.out(text)
      } finally {
        ws.close()
      }
    }
  },
  overview: {
    usage: 'overview <fil> [--out sökväg]',
    summary: 'Skapar en PDF-sida med varje kommuns gällande medborgarlöfte och hur det går.',
    async run({ positionals, options }, io) {
      const file = positionals[0]
      if (!file) throw new UsageError('Ange en fil.')
      const ws = openWorkspace(file, { actor: cliActor(), readonly: true })
      try {
        const r = await renderAreaOverview(ws)
        const out = options.out as string | undefined
        const outIsDir = !!out && (() => { try { return statSync(out).isDirectory() } catch { return false } })()
        const target = out && !outIsDir ? out : join(out ?? '.', r.fileName)
        writeFileAtomic(target, r.bytes)
        io.out(`Skapade ${target} (${r.rows.length} kommuner)`)
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
