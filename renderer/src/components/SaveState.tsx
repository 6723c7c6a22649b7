export type SaveStatus = 'idle' | 'dirty' | 'saving' | 'saved' | 'error'

const LABELS: Record<SaveStatus, string> = {
  idle: '',
  dirty: 'Ej sparat',
  saving: 'Sparar…',
  saved: 'Sparat',
  error: 'Inte sparat'
}

/** The visible save state next to a field; announced politely to screen readers. */
export function SaveState({ status }: { status: SaveStatus }) {
  return (
    <span className={`save-state save-${status}`} role="status" aria-live="polite">
      {LABELS[status]}
    </span>
  )
}
