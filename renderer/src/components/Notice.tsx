export interface NoticeMessage {
  kind: 'error' | 'info' | 'success'
  text: string
  action?: { label: string; run: () => void }
}

/** One visible message; errors are announced to screen readers at once. */
export function Notice({ notice, onClose }: { notice: NoticeMessage | null; onClose: () => void }) {
  if (!notice) return null
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" className="link" onClick={onClose} aria-label="Stäng meddelandet">
        Stäng
      </button>
    </div>
  )
}
