import { decodeEntities, htmlToText, looksLikeHtml } from './html'

export type Block =
  | { kind: 'bullet'; text: string }
  | { kind: 'line'; text: string }
  /** A tab-separated table row (a follow-up table). */
  | { kind: 'row'; cells: string[] }
  /** "➤ Att öka …": the goal a follow-up table belongs to. */
  | { kind: 'tableGoal'; text: string }

const BULLET = /^(?:[•·▪◦●*–-]|\d{1,2}[.)]|[a-h][)])\s+(.*)$/
const TAG = /<\/?[a-z][^<>]{0,2000}>/gi

/** Page furniture: navigation, script warnings, link lines. */
const FURNITURE: RegExp[] = [
  /^till toppen$/i,
  /javascript/i,
  /^sök på /i,
  /^(meny|stäng|logga in|dela|skriv ut|lyssna|läs upp|tillbaka|hoppa till innehåll|sidan uppdaterad.*|publicerad.*)$/i,
  /^https?:\/\//i,
  /\.(pdf|docx?|xlsx?)\s*$/i,
  // Link lines to follow-ups: "Uppföljning medborgarlöften Eksjö kommun tertial 3 2020".
  /^uppföljning\b.*\btertial\s*\d(?:\s*-\s*\d)?\s*,?\s*\d{4}\s*$/i
]

export function isFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line))
}

function clean(s: string): string {
  return s
    .replace(/^#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff|\u00ad/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim()
}

/**
 * Text (pasted, .txt, .html or exported from Word) → blocks: bullets, lines, table rows.
 * Hard-wrapped lines are joined back: a line that starts in lower case continues the one above.
 */
export function toBlocks(input: string): Block[] {
  const html = looksLikeHtml(input)
  const text = html ? htmlToText(input) : input
  const blocks: Block[] = []
  let previousBlank = true
  // A bullet whose text starts on the next line (<li><p>…</p></li>).
  let pendingBullet = false
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    // Stray tags in text exported from a web page ("<p>…</p>").
    const line = html ? rawLine : decodeEntities(rawLine.replace(TAG, ''))
    if (line.includes('\t') && line.split('\t').filter((c) => clean(c)).length >= 1 && line.split('\t').length >= 3) {
      const cells = line.split('\t').map(clean)
      if (cells[0].startsWith('➤')) blocks.push({ kind: 'tableGoal', text: clean(cells[0].slice(1)) })
      else blocks.push({ kind: 'row', cells })
      previousBlank = false
      continue
    }
    const t = clean(line)
    if (!t) {
      previousBlank = true
      continue
    }
    if (t.startsWith('➤')) {
      blocks.push({ kind: 'tableGoal', text: clean(t.slice(1)) })
      previousBlank = false
      continue
    }
    if (isFurniture(t)) {
      previousBlank = true
      continue
    }
    if (/^(?:[•·▪◦●*–-]|\d{1,2}[.)])$/.test(t)) {
      pendingBullet = true
      continue
    }
    const bulletText = pendingBullet ? t : BULLET.exec(t)?.[1]?.trim()
    pendingBullet = false
    const last = blocks[blocks.length - 1]
    if (bulletText === undefined && !previousBlank && last && (last.kind === 'bullet' || last.kind === 'line') && /^[\p{Ll}]/u.test(t)) {
      last.text = `${last.text} ${t}`
    } else if (bulletText) {
      blocks.push({ kind: 'bullet', text: bulletText })
    } else {
      blocks.push({ kind: 'line', text: t })
    }
    previousBlank = false
  }
  return blocks
}
