import type { PeriodTree } from '../domain/entities'
import { formatNumber } from '../domain/target'
import { tertialLongLabel, type YearTertial } from '../domain/tertial'
import { municipalityDisplayName } from '../report/model'
import { shorten } from './charts'
import { periodProgress, PROGRESS_LABELS, type ProgressState } from './model'

export interface SlideItem {
  text: string
  /** "7 av 10 insatser"; empty when there is no target (the state says it all). */
  progress: string
  ratio: number | null
  state: ProgressState
  stateLabel: string
  /** The latest tertial's text, in short. */
  latest: string
}

export interface Slide {
  kind: 'title' | 'goal' | 'summary'
  heading: string
  subheading: string
  items: SlideItem[]
}

const PER_SLIDE = 5

/**
 * The presentation for kommunstyrelsen: a title slide, one slide per goal (a long goal over
 * several), and a closing summary. The app's presentation mode and the 16:9 PDF both show it.
 */
export function buildSlides(tree: PeriodTree, at: YearTertial): Slide[] {
  const progress = periodProgress(tree, at)
  const municipality = municipalityDisplayName(tree.municipality.name)
  const slides: Slide[] = [
    {
      kind: 'title',
      heading: tree.period.title,
      subheading: `${municipality} · Läget efter ${tertialLongLabel(at)}`,
      items: []
    }
  ]
  progress.goals.forEach((g, gi) => {
    const items: SlideItem[] = g.activities.map((a) => ({
      text: shorten(a.text, 110),
      progress: a.target !== null ? `${formatNumber(a.count)} av ${formatNumber(a.target)}${a.unit ? ` ${a.unit}` : ''}` : '',
      ratio: a.ratio,
      state: a.state,
      stateLabel: PROGRESS_LABELS[a.state],
      latest: shorten(a.latestText, 150)
    }))
    const pages = Math.max(1, Math.ceil(items.length / PER_SLIDE))
    for (let p = 0; p < pages; p++)
      slides.push({
        kind: 'goal',
        heading: `${gi + 1}. ${shorten(g.text, 140)}`,
        subheading: `${PROGRESS_LABELS[g.state]}${g.ratio === null ? '' : ` · ${Math.round(g.ratio * 100)} % av målen`}${pages > 1 ? ` · del ${p + 1} av ${pages}` : ''}`,
        items: items.slice(p * PER_SLIDE, (p + 1) * PER_SLIDE)
      })
  })
  const c = progress.counts
  slides.push({
    kind: 'summary',
    heading: 'Sammanfattning',
    subheading: `${c.klar} klara · ${c.i_fas} i fas · ${c.efter} efter · ${c.ej_paborjad} ej påbörjade · Tid som gått: ${Math.round(progress.elapsed * 100)} %`,
    items: progress.goals.map((g, gi) => ({
      text: `${gi + 1}. ${shorten(g.text, 110)}`,
      progress: g.ratio === null ? '' : `${Math.round(g.ratio * 100)} % av målen`,
      ratio: g.ratio,
      state: g.state,
      stateLabel: PROGRESS_LABELS[g.state],
      latest: ''
    }))
  })
  return slides
}
