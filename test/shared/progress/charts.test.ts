import { describe, expect, it } from 'vitest'
import { goalBarChart, statusTimeline } from '../../../shared/progress/charts'
import { periodProgress } from '../../../shared/progress/model'
import { buildSlides } from '../../../shared/progress/slides'
import { tree } from '../../helpers/report-fixtures'

/** The structure of a chart, read back from its SVG: what a snapshot of bars, labels and values looks like. */
function bars(svg: string) {
  return [...svg.matchAll(/<g data-role="bar-row" data-activity="[^"]*" data-count="(\d+)" data-target="(\d+)" data-state="(\w+)">(.*?)<\/g>/g)].map((m) => ({
    count: Number(m[1]),
    target: Number(m[2]),
    state: m[3],
    label: /<text[^>]*>([^<]*)<\/text>/.exec(m[4])![1],
    value: /data-role="value"[^>]*>([^<]*)</.exec(m[4])![1],
    filled: Number(/data-role="fill"[^>]*?\swidth="(\d+)"/.exec(m[4])?.[1] ?? 0),
    track: Number(/data-role="track"[^>]*?\swidth="(\d+)"/.exec(m[4])![1])
  }))
}

const sample = () =>
  tree({
    goals: [
      {
        text: 'Att öka tryggheten',
        activities: [
          { text: 'Riktade insatser <b>& mer</b>', targetCount: 10, targetUnit: 'insatser', followUps: [{ tertial: 1, count: 4, status: 'pagar' }, { tertial: 2, count: 3, party: 'kommunen', status: 'genomford' }] },
          { text: 'Trygghetsvandringar', targetCount: 2, targetUnit: 'vandringar', followUps: [{ tertial: 1, count: 3, status: 'genomford' }] },
          { text: 'Utan mål', followUps: [{ tertial: 2, status: 'planerad' }] }
        ]
      }
    ]
  })

describe('charts', () => {
  it('draws a bar per activity with a target: count against target, label, value and state in words', () => {
    const p = periodProgress(sample(), { year: 2024, tertial: 2 })
    const svg = goalBarChart(p.goals[0], p.elapsed)
    expect(bars(svg)).toEqual([
      { count: 7, target: 10, state: 'i_fas', label: 'Riktade insatser &lt;b&gt;&amp; mer&lt;/b&gt;', value: '7 av 10 insatser · I fas', filled: Math.round(0.7 * 258), track: 258 },
      { count: 3, target: 2, state: 'klar', label: 'Trygghetsvandringar', value: '3 av 2 vandringar · Klar', filled: 258, track: 258 }
    ])
    expect(svg).toContain('Tid som gått: 67 %')
    expect(svg).not.toContain('<b>')
  })

  it('draws the statuses per tertial as colour and letter', () => {
    const p = periodProgress(sample(), { year: 2024, tertial: 2 })
    const svg = statusTimeline(p.goals[0])
    const cells = [...svg.matchAll(/data-tertial="([\d-]+)" data-status="(\w*)"><rect[^>]*fill="(#[0-9a-f]+)"[^>]*\/><text[^>]*>([^<]*)</g)].map((m) => [m[1], m[2], m[4]])
    expect(cells).toEqual([
      ['2024-1', 'pagar', 'P'],
      ['2024-2', 'genomford', 'G'],
      ['2024-1', 'genomford', 'G'],
      ['2024-2', '', '–'],
      ['2024-1', '', '–'],
      ['2024-2', 'planerad', 'Pl']
    ])
    expect(svg).toContain('G = Genomförd')
    expect(svg).toContain('>T1 2024<')
  })

  it('builds the slides: a title, one per goal, a summary', () => {
    const slides = buildSlides(sample(), { year: 2024, tertial: 2 })
    expect(slides.map((s) => s.kind)).toEqual(['title', 'goal', 'summary'])
    expect(slides[0].subheading).toBe('Björkvik kommun · Läget efter andra tertialet 2024')
    expect(slides[1].items.map((i) => [i.progress, i.stateLabel])).toEqual([
      ['7 av 10 insatser', 'I fas'],
      ['3 av 2 vandringar', 'Klar'],
      ['', 'Inget mål']
    ])
  })

  it('splits a goal with many activities over several slides', () => {
    const many = tree({ goals: [{ text: 'Mål', activities: Array.from({ length: 12 }, (_, i) => ({ text: `Aktivitet ${i + 1}` })) }] })
    const slides = buildSlides(many, { year: 2024, tertial: 1 })
    expect(slides.filter((s) => s.kind === 'goal').map((s) => s.items.length)).toEqual([5, 5, 2])
    expect(slides[2].subheading).toContain('del 2 av 3')
  })
})
