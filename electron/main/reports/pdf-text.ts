import { fitTextToFont, type LoadedFonts } from './fonts'

export const ZERO_WIDTH_SPACE = '\u200B'

/**
 * Gives pdfmake a place to break inside very long words (URLs, pasted IDs): without one a
 * word wider than its column can vanish from the page.
 */
export function breakLongWords(text: string, every = 24): string {
  return text.replace(new RegExp(`[^\\s]{${every + 1},}`, 'gu'), (word) => {
    const chars = [...word]
    let out = ''
    for (let i = 0; i < chars.length; i += every) out += (i ? ZERO_WIDTH_SPACE : '') + chars.slice(i, i + every).join('')
    return out
  })
}

/** Text as the PDF may draw it: every glyph in the font, long words breakable. */
export function pdfText(text: string, fonts: LoadedFonts, missing: Set<string>): string {
  return breakLongWords(fitTextToFont(text, fonts, missing))
}
