import type { ReportModel } from '../report/model'
import { escapeHtml } from './escape'

/**
 * The follow-up report as an accessible HTML table per goal: a caption, real column headers,
 * the activity as the row header. From the same model as the PDF and the Excel file.
 */
export function reportToHtml(model: ReportModel): string {
  const e = escapeHtml
  const cell = (c: ReportModel['sections'][number]['rows'][number]['cells'][number], contributor: string | null) => {
    if (!c) return '<td></td>'
    const parts = [
      contributor ? `<span class="part">${e(contributor)}:</span>` : '',
      c.status ? `<strong class="status">${e(c.status.label)}</strong>` : '',
      c.text ? `<span class="text">${e(c.text).replace(/\n/g, '<br>')}</span>` : '',
      c.progress ? `<em class="progress">${e(c.progress)}</em>` : ''
    ].filter(Boolean)
    return `<td>${parts.join('<br>')}</td>`
  }
  const tables = model.sections.map((s) => {
    const rows = s.rows.map((r) => {
      const head = r.activity === null ? '<td></td>' : `<th scope="row">${e(r.activity)}${r.activityNotes.map((n) => `<br><small>${e(n)}</small>`).join('')}</th>`
      return `    <tr>${head}${r.cells.map((c) => cell(c, r.contributor)).join('')}</tr>`
    })
    return [
      '<table>',
      `  <caption>${e(s.goal)}</caption>`,
      `  <thead><tr><th scope="col">Aktivitet</th>${model.columns.map((c) => `<th scope="col">${e(c.label)}</th>`).join('')}</tr></thead>`,
      '  <tbody>',
      ...rows,
      '  </tbody>',
      '</table>'
    ].join('\n')
  })
  return [
    '<article lang="sv">',
    `<h1>${e(model.title)}</h1>`,
    `<p>${e(model.coverage)}</p>`,
    `<h2>Medborgarlöften ${e(model.municipality)}</h2>`,
    `<ul>\n${model.goals.map((g) => `  <li><strong>${e(g)}</strong></li>`).join('\n')}\n</ul>`,
    ...tables,
    '</article>',
    ''
  ].join('\n')
}
