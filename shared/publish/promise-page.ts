import type { Activity, PeriodTree } from '../domain/entities'
import { partyLabel, type Party } from '../domain/party'
import { escapeHtml, escapeMarkdown } from './escape'

export type PublishFormat = 'txt' | 'md' | 'html'

const GROUP_ORDER: Party[] = ['polisen', 'kommunen', 'gemensamt', 'annan']

function groupHeading(party: Party, name: string): string {
  if (party === 'gemensamt') return 'Polisen och kommunen lovar gemensamt:'
  return `${partyLabel(party, name)} lovar:`
}

function activityLine(a: Activity): string {
  const target = a.targetCount !== null && a.targetUnit ? ` (mål: ${a.targetCount} ${a.targetUnit})` : ''
  return `${a.text.trim()}${target}`
}

/** The activities of a goal grouped by party, in a fixed order; "annan" grouped by actor. */
function groups(activities: Activity[]): Array<{ heading: string; lines: string[] }> {
  const out: Array<{ heading: string; lines: string[] }> = []
  for (const party of GROUP_ORDER) {
    const names = party === 'annan' ? [...new Set(activities.filter((a) => a.party === 'annan').map((a) => a.partyName))] : ['']
    for (const name of names) {
      const lines = activities.filter((a) => a.party === party && (party !== 'annan' || a.partyName === name)).map(activityLine)
      if (lines.length) out.push({ heading: groupHeading(party, name), lines })
    }
  }
  return out
}

interface Section {
  heading: string
  paragraphs?: string[]
  list?: string[]
  ordered?: boolean
  subsections?: Section[]
}

/** The page as sections, rendered below as text, Markdown or HTML. */
function sections(tree: PeriodTree): { title: string; lead: string[]; sections: Section[] } {
  const { period } = tree
  const title = /medborgarlöf/i.test(period.title) ? period.title : `Medborgarlöfte: ${period.title}`
  const paras = (s: string) => s.split(/\n{2,}/).map((p) => p.trim()).filter(Boolean)
  const out: Section[] = []
  if (period.situation.trim()) out.push({ heading: 'Lägesbild', paragraphs: paras(period.situation) })
  out.push({
    heading: 'Löften och aktiviteter',
    subsections: tree.goals.map((g, i) => ({
      heading: `Löfte ${i + 1}: ${g.text.trim()}`,
      subsections: groups(g.activities).map((grp) => ({ heading: grp.heading, list: grp.lines }))
    }))
  })
  if (period.effect.trim()) out.push({ heading: 'Effekt', paragraphs: paras(period.effect) })
  if (period.followUpPlan.trim()) out.push({ heading: 'Uppföljning', paragraphs: paras(period.followUpPlan) })
  if (tree.signatories.length || period.signedDate) {
    out.push({
      heading: 'Undertecknat',
      paragraphs: [
        ...(period.signedPlace.trim() ? [`Undertecknat i ${period.signedPlace.trim()}`] : []),
        ...(period.signedDate ? [period.signedDate] : []),
        ...tree.signatories.map((s) => [s.name, [s.title, s.organisation].filter(Boolean).join(', ')].filter(Boolean).join('\n'))
      ]
    })
  }
  return { title, lead: [`Gäller ${period.startDate} – ${period.endDate}`], sections: out }
}

function renderText(doc: ReturnType<typeof sections>): string {
  const lines: string[] = [doc.title, '', ...doc.lead.flatMap((l) => [l, ''])]
  const walk = (s: Section) => {
    lines.push(s.heading, '')
    for (const p of s.paragraphs ?? []) lines.push(p, '')
    if (s.list) lines.push(...s.list.map((l) => ` • ${l}`), '')
    s.subsections?.forEach(walk)
  }
  doc.sections.forEach(walk)
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'
}

function renderMarkdown(doc: ReturnType<typeof sections>): string {
  const lines: string[] = [`# ${escapeMarkdown(doc.title)}`, '', ...doc.lead.flatMap((l) => [escapeMarkdown(l), ''])]
  const walk = (s: Section, level: number) => {
    lines.push(`${'#'.repeat(level)} ${escapeMarkdown(s.heading)}`, '')
    for (const p of s.paragraphs ?? []) lines.push(p.split('\n').map(escapeMarkdown).join('  \n'), '')
    if (s.list) lines.push(...s.list.map((l) => `- ${escapeMarkdown(l)}`), '')
    s.subsections?.forEach((x) => walk(x, Math.min(level + 1, 6)))
  }
  doc.sections.forEach((s) => walk(s, 2))
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n'
}

function renderHtml(doc: ReturnType<typeof sections>): string {
  const out: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`, ...doc.lead.map((l) => `<p>${escapeHtml(l)}</p>`)]
  const walk = (s: Section, level: number) => {
    out.push(`<h${level}>${escapeHtml(s.heading)}</h${level}>`)
    for (const p of s.paragraphs ?? []) out.push(`<p>${p.split('\n').map(escapeHtml).join('<br>')}</p>`)
    if (s.list) out.push(`<ul>\n${s.list.map((l) => `  <li>${escapeHtml(l)}</li>`).join('\n')}\n</ul>`)
    s.subsections?.forEach((x) => walk(x, Math.min(level + 1, 6)))
  }
  doc.sections.forEach((s) => walk(s, 2))
  return `<article lang="sv">\n${out.join('\n')}\n</article>\n`
}

/** A period as the text of a public promise page, ready to paste into the website. */
export function publishPromisePage(tree: PeriodTree, format: PublishFormat): string {
  const doc = sections(tree)
  return format === 'txt' ? renderText(doc) : format === 'md' ? renderMarkdown(doc) : renderHtml(doc)
}
