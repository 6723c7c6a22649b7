import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const TEST_OUTPUT = join(__dirname, '..', '..', 'test-output')

function withTempPdf<T>(bytes: Uint8Array, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'mlof-pdf-'))
  try {
    const file = join(dir, 'x.pdf')
    writeFileSync(file, bytes)
    return fn(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Text of a PDF via poppler's pdftotext; `raw` keeps content-stream (reading) order. */
export function pdfText(bytes: Uint8Array, mode: 'raw' | 'layout' = 'raw'): string {
  return withTempPdf(bytes, (file) => execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }))
}

/** Per-page text, split on form feeds. */
export function pdfPages(bytes: Uint8Array, mode: 'raw' | 'layout' = 'layout'): string[] {
  return pdfText(bytes, mode).split('\f').filter((p) => p.trim() !== '')
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withTempPdf(bytes, (file) => execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' }))
  return Object.fromEntries(out.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]))
}

/** Renders pages to PNG under test-output/ so a person can look at them. Returns the files. */
export function pdfToPng(bytes: Uint8Array, name: string, opts: { first?: number; last?: number; dpi?: number } = {}): string[] {
  mkdirSync(TEST_OUTPUT, { recursive: true })
  return withTempPdf(bytes, (file) => {
    const prefix = join(TEST_OUTPUT, name)
    execFileSync('pdftoppm', ['-png', '-r', String(opts.dpi ?? 70), '-f', String(opts.first ?? 1), '-l', String(opts.last ?? 1), file, prefix])
    return readdirSync(TEST_OUTPUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).map((f) => join(TEST_OUTPUT, f))
  })
}

/** For "is this text in the PDF": line breaks, spaces and break hints do not count. */
export function squash(s: string): string {
  return s.replace(/[\s\u200B\u00AD]+/g, '')
}
