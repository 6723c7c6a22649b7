import { useCallback, useEffect, useRef, useState } from 'react'
import type { PeriodTree } from '../../../shared/domain/entities'
import type { YearTertial } from '../../../shared/domain/tertial'
import { STATE_COLORS } from '../../../shared/progress/charts'
import { buildSlides, type SlideItem } from '../../../shared/progress/slides'

function Bar({ item }: { item: SlideItem }) {
  if (item.ratio === null) return null
  const pct = Math.round(Math.min(1, item.ratio) * 100)
  return (
    <span className="slide-bar" role="img" aria-label={`${item.progress}, ${item.stateLabel}`}>
      <span className="slide-bar-fill" style={{ width: `${pct}%`, background: STATE_COLORS[item.state] }} />
    </span>
  )
}

/**
 * Full-screen slides for kommunstyrelsen: arrows, Page Up/Down (what clickers send), space and
 * Home/End move; Esc leaves. Large type, high contrast.
 */
export function PresentationMode({ tree, at, onClose }: { tree: PeriodTree; at: YearTertial; onClose: () => void }) {
  const slides = buildSlides(tree, at)
  const [index, setIndex] = useState(0)
  const root = useRef<HTMLDivElement>(null)
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(slides.length - 1, to))), [slides.length])

  useEffect(() => {
    root.current?.focus()
    root.current?.requestFullscreen?.().catch(() => {
      // Full screen may be refused (e.g. in tests); the overlay still fills the window.
    })
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {})
    }
  }, [])

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'].includes(e.key)) go(index + 1)
      else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'].includes(e.key)) go(index - 1)
      else if (e.key === 'Home') go(0)
      else if (e.key === 'End') go(slides.length - 1)
      else if (e.key === 'Escape') onClose()
      else return
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [go, index, onClose, slides.length])

  const slide = slides[index]
  return (
    <div className="presentation" ref={root} tabIndex={-1} role="dialog" aria-modal="true" aria-label="Presentationsläge">
      <section className={`slide slide-${slide.kind}`} aria-roledescription="bild" aria-label={`Bild ${index + 1} av ${slides.length}`}>
        <h1>{slide.heading}</h1>
        <p className="slide-sub">{slide.subheading}</p>
        {slide.items.length > 0 && (
          <ul className="slide-items">
            {slide.items.map((item, i) => (
              <li key={i}>
                <div className="slide-item-text">
                  <span>{item.text}</span>
                  {item.latest && <small>{item.latest}</small>}
                </div>
                <div className="slide-item-progress">
                  <Bar item={item} />
                  <strong>{item.progress ? `${item.progress} · ${item.stateLabel}` : item.stateLabel}</strong>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <nav className="slide-nav" aria-label="Bildbyte">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
          Föregående
        </button>
        <span aria-live="polite">
          {index + 1} / {slides.length}
        </span>
        <button type="button" onClick={() => go(index + 1)} disabled={index === slides.length - 1}>
          Nästa
        </button>
        <button type="button" onClick={onClose}>
          Avsluta (Esc)
        </button>
      </nav>
    </div>
  )
}
