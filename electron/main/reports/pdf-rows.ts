import { ZERO_WIDTH_SPACE } from './pdf-text'

/**
 * Splitting tall rows ourselves. pdfmake either splits a table row anywhere (a lone line of a
 * cell ends up on the next page) or, with dontBreakRows, silently drops a row taller than a
 * page (pdfmake #2560). So every table keeps its rows whole, and a cell too tall for that is cut
 * into continuation rows at line boundaries, each well under a page.
 */

export const FONT_SIZE = 9.5
/** Line height used by the layout (fontSize × lineHeight), with a margin for safety. */
export const LINE_HEIGHT = FONT_SIZE * 1.15 * 1.05

/** Characters per line of a column: Liberation Sans averages about 0.5 em; we assume wider. */
export function charsPerLine(width: number, fontSize = FONT_SIZE): number {
  return Math.max(4, Math.floor(width / (fontSize * 0.55)))
}

interface Line {
  text: string
  /** What joins this line to the next one when the lines are put back together. */
  joiner: ' ' | '\n' | typeof ZERO_WIDTH_SPACE
}

/** Greedy word wrap, as an estimate of how the PDF will wrap; words longer than a line are cut. */
export function wrapLines(text: string, perLine: number): Line[] {
  const lines: Line[] = []
  for (const paragraph of text.split('\n')) {
    let current = ''
    const push = (joiner: Line['joiner']) => {
      lines.push({ text: current, joiner })
      current = ''
    }
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const chars = [...word.replace(new RegExp(ZERO_WIDTH_SPACE, 'g'), '')]
      if (current && [...current].length + 1 + chars.length > perLine) push(' ')
      if (chars.length <= perLine) {
        current = current ? `${current} ${word}` : word
        continue
      }
      for (let i = 0; i < chars.length; i += perLine) {
        if (current) push(ZERO_WIDTH_SPACE)
        current = chars.slice(i, i + perLine).join('')
      }
    }
    push('\n')
  }
  if (lines.length) lines[lines.length - 1].joiner = '\n'
  return lines
}

/** Cuts text into pieces of at most `maxLines` estimated lines each, at line boundaries. */
export function splitIntoChunks(text: string, perLine: number, maxLines: number): string[] {
  const lines = wrapLines(text, perLine)
  if (lines.length <= maxLines) return [text]
  const chunks: string[] = []
  for (let i = 0; i < lines.length; i += maxLines) {
    const part = lines.slice(i, i + maxLines)
    chunks.push(part.map((l, j) => l.text + (j < part.length - 1 ? l.joiner : '')).join(''))
  }
  return chunks
}

export function estimateLines(text: string, perLine: number): number {
  return text === '' ? 0 : wrapLines(text, perLine).length
}
