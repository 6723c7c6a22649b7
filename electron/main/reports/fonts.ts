import * as fontkit from 'fontkit'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/** The report font: Liberation Sans (SIL OFL), shipped in resources/fonts. */
export const REPORT_FONT = {
  family: 'LiberationSans',
  files: {
    normal: 'LiberationSans-Regular.ttf',
    bold: 'LiberationSans-Bold.ttf',
    italics: 'LiberationSans-Italic.ttf',
    bolditalics: 'LiberationSans-BoldItalic.ttf'
  }
} as const

/** Drawn in place of a character the font lacks (an emoji, say), so nothing vanishes silently. */
export const MISSING_GLYPH = '□'

/**
 * Where the fonts are: beside the packaged app (process.resourcesPath), or in the repository's
 * resources/ when running from source or from the built out/ folder.
 */
export function findFontsDir(explicit?: string): string {
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  const candidates = [
    explicit,
    resourcesPath && join(resourcesPath, 'fonts'),
    join(__dirname, '../../../resources/fonts'),
    join(__dirname, '../../resources/fonts'),
    join(process.cwd(), 'resources/fonts')
  ].filter((c): c is string => !!c)
  const found = candidates.find((c) => existsSync(join(c, REPORT_FONT.files.normal)))
  if (!found) throw new Error(`Report fonts not found (looked in ${candidates.join(', ')})`)
  return found
}

export interface LoadedFonts {
  dir: string
  buffers: Record<keyof typeof REPORT_FONT.files, Buffer>
  /** True when every style of the font can draw the code point. */
  canDraw(codePoint: number): boolean
}

const cache = new Map<string, LoadedFonts>()

export function loadFonts(dir = findFontsDir()): LoadedFonts {
  const hit = cache.get(dir)
  if (hit) return hit
  const buffers = Object.fromEntries(
    Object.entries(REPORT_FONT.files).map(([style, file]) => [style, readFileSync(join(dir, file))])
  ) as LoadedFonts['buffers']
  const faces = Object.values(buffers).map((b) => fontkit.create(b) as fontkit.Font)
  const known = new Map<number, boolean>()
  const loaded: LoadedFonts = {
    dir,
    buffers,
    canDraw(cp) {
      let ok = known.get(cp)
      if (ok === undefined) {
        ok = faces.every((f) => f.hasGlyphForCodePoint(cp))
        known.set(cp, ok)
      }
      return ok
    }
  }
  cache.set(dir, loaded)
  return loaded
}

/**
 * Replaces every character the font cannot draw with a visible box and reports which ones,
 * because pdfkit would otherwise drop them without a trace.
 */
export function fitTextToFont(text: string, fonts: LoadedFonts, missing: Set<string>): string {
  let out = ''
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (ch === '\n' || fonts.canDraw(cp)) out += ch
    else {
      missing.add(ch)
      // Variation selectors and joiners belong to the emoji before them: no box of their own.
      if (!(cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f))) out += MISSING_GLYPH
    }
  }
  return out
}
