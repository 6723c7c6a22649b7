import { STATUS_LABELS, type FollowUpStatus } from '../domain/status'
import { formatNumber } from '../domain/target'
import { tertialShortLabel } from '../domain/tertial'
import { PROGRESS_LABELS, type GoalProgress, type ProgressState } from './model'

// Charts as SVG strings: the same markup renders in the app, in the PDF (pdfmake draws SVG)
// and in the slides. Colours differ in lightness as well as hue, and every bar and cell also
// carries words or letters, so they read in black and white and for colour-blind readers.

const FONT = 'LiberationSans, Arial, sans-serif'

export const STATE_COLORS: Record<ProgressState, string> = {
  klar: '#1e5c2e',
  i_fas: '#4a86c8',
  efter: '#f0b44c',
  ej_paborjad: '#ffffff',
  inget_mal: '#c9ced6',
  installd: '#8c8c8c'
}

export const STATUS_CELL: Record<FollowUpStatus, { color: string; letter: string }> = {
  genomford: { color: '#1e5c2e', letter: 'G' },
  pagar: { color: '#4a86c8', letter: 'P' },
  planerad: { color: '#dfe6ee', letter: 'Pl' },
  ej_genomford: { color: '#f0b44c', letter: 'E' },
  installd: { color: '#8c8c8c', letter: 'I' }
}

const DARK_FILLS = new Set(['#1e5c2e', '#4a86c8', '#8c8c8c'])

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Cuts a label to fit a width, on a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim()
  if (t.length <= max) return t
  const cut = t.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`
}

export interface ChartOptions {
  width?: number
  /** Font size of labels; slides use larger type. */
  fontSize?: number
  /** Characters of an activity label before it is shortened. */
  labelChars?: number
}

/**
 * Per goal, a bar per activity with a target: the count against the target, with the value
 * and the state in words, and a dashed line where the period's clock stands.
 */
export function goalBarChart(goal: GoalProgress, elapsed: number, opts: ChartOptions = {}): string {
  const width = opts.width ?? 760
  const fs = opts.fontSize ?? 11
  const rowH = Math.round(fs * 2.6)
  const labelW = Math.round(width * 0.42)
  const barX = labelW + 10
  const barW = Math.round(width * 0.34)
  const rows = goal.activities.filter((a) => a.target !== null && a.state !== 'installd')
  const height = Math.max(1, rows.length) * rowH + Math.round(fs * 2.2)
  const parts: string[] = []
  rows.forEach((a, i) => {
    const y = i * rowH + 4
    const filled = Math.round(Math.min(1, a.ratio ?? 0) * barW)
    const value = `${formatNumber(a.count)} av ${formatNumber(a.target!)}${a.unit ? ` ${a.unit}` : ''}`
    parts.push(
      `<g data-role="bar-row" data-activity="${escapeXml(a.activityId)}" data-count="${a.count}" data-target="${a.target}" data-state="${a.state}">`,
      `<text x="0" y="${y + rowH * 0.55}" font-size="${fs}" font-family="${FONT}" fill="#1a1a1a">${escapeXml(shorten(a.text, opts.labelChars ?? 58))}</text>`,
      `<rect data-role="track" x="${barX}" y="${y + 3}" width="${barW}" height="${rowH - 12}" fill="#ffffff" stroke="#4a5560" stroke-width="1"/>`,
      filled > 0 ? `<rect data-role="fill" x="${barX}" y="${y + 3}" width="${filled}" height="${rowH - 12}" fill="${STATE_COLORS[a.state]}" stroke="#1a1a1a" stroke-width="0.5"/>` : '',
      `<text data-role="value" x="${barX + barW + 8}" y="${y + rowH * 0.55}" font-size="${fs}" font-family="${FONT}" fill="#1a1a1a">${escapeXml(value)} · ${PROGRESS_LABELS[a.state]}</text>`,
      '</g>'
    )
  })
  if (rows.length === 0)
    parts.push(`<text x="0" y="${rowH * 0.55}" font-size="${fs}" font-family="${FONT}" fill="#4a5560">Inga aktiviteter med mål i antal.</text>`)
  const clockX = barX + Math.round(Math.min(1, elapsed) * barW)
  const bottom = Math.max(1, rows.length) * rowH
  parts.push(
    `<line data-role="clock" x1="${clockX}" y1="0" x2="${clockX}" y2="${bottom}" stroke="#1a1a1a" stroke-width="1.2" stroke-dasharray="4,3"/>`,
    `<text x="${clockX}" y="${bottom + fs * 1.4}" font-size="${fs * 0.85}" font-family="${FONT}" fill="#1a1a1a" text-anchor="middle">Tid som gått: ${Math.round(elapsed * 100)} %</text>`
  )
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`Framsteg mot målen: ${goal.text}`)}">${parts.join('')}</svg>`
}

/** Per activity a row, per tertial so far a cell: the status as colour and as a letter. */
export function statusTimeline(goal: GoalProgress, opts: ChartOptions = {}): string {
  const width = opts.width ?? 760
  const fs = opts.fontSize ?? 10
  const tertials = goal.activities[0]?.timeline ?? []
  const labelW = Math.round(width * 0.42)
  const cellW = Math.max(24, Math.min(70, Math.floor((width - labelW - 10) / Math.max(1, tertials.length))))
  const rowH = Math.round(fs * 2.2)
  const top = Math.round(fs * 1.8)
  const parts: string[] = tertials.map(
    (t, j) => `<text x="${labelW + 10 + j * cellW + cellW / 2}" y="${fs * 1.2}" font-size="${fs * 0.9}" font-family="${FONT}" text-anchor="middle" fill="#1a1a1a">${tertialShortLabel(t)}</text>`
  )
  goal.activities.forEach((a, i) => {
    const y = top + i * rowH
    parts.push(`<text x="0" y="${y + rowH * 0.65}" font-size="${fs}" font-family="${FONT}" fill="#1a1a1a">${escapeXml(shorten(a.text, opts.labelChars ?? 58))}</text>`)
    a.timeline.forEach((t, j) => {
      const x = labelW + 10 + j * cellW
      const cell = t.status ? STATUS_CELL[t.status] : { color: '#ffffff', letter: '–' }
      const ink = DARK_FILLS.has(cell.color) ? '#ffffff' : '#1a1a1a'
      parts.push(
        `<g data-role="cell" data-activity="${escapeXml(a.activityId)}" data-tertial="${t.year}-${t.tertial}" data-status="${t.status ?? ''}">`,
        `<rect x="${x + 2}" y="${y + 2}" width="${cellW - 4}" height="${rowH - 4}" fill="${cell.color}" stroke="#4a5560" stroke-width="0.8"/>`,
        `<text x="${x + cellW / 2}" y="${y + rowH * 0.66}" font-size="${fs}" font-family="${FONT}" font-weight="bold" text-anchor="middle" fill="${ink}">${cell.letter}</text>`,
        '</g>'
      )
    })
  })
  const legendY = top + goal.activities.length * rowH + fs * 1.6
  const legend = (Object.keys(STATUS_CELL) as FollowUpStatus[]).map((s) => `${STATUS_CELL[s].letter} = ${STATUS_LABELS[s]}`).join('   ')
  parts.push(`<text x="0" y="${legendY}" font-size="${fs * 0.9}" font-family="${FONT}" fill="#1a1a1a">${escapeXml(`${legend}   – = ingen rapport`)}</text>`)
  const height = Math.round(legendY + fs)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(`Status per tertial: ${goal.text}`)}">${parts.join('')}</svg>`
}
