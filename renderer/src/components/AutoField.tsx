import { useEffect, useId, useRef, useState } from 'react'
import { messageOf } from '../api/client'
import { SaveState, type SaveStatus } from './SaveState'

/**
 * A text field that saves by itself when the user pauses or leaves it. When a save fails, what
 * was typed stays in the field, marked unsaved, with the reason beside it.
 */
export function AutoField(props: {
  label: string
  value: string
  onSave: (value: string) => Promise<void>
  multiline?: boolean
  rows?: number
  maxLength?: number
  required?: boolean
}) {
  const [text, setText] = useState(props.value)
  const [status, setStatus] = useState<SaveStatus>('idle')
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const saved = useRef(props.value)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  // New data from the file replaces the field only when the user has nothing unsaved in it.
  useEffect(() => {
    if (text === saved.current) setText(props.value)
    saved.current = props.value
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value])

  const save = async (value: string) => {
    if (timer.current) clearTimeout(timer.current)
    if (value === saved.current) return
    if (props.required && !value.trim()) {
      setStatus('error')
      setError('Fältet får inte vara tomt.')
      return
    }
    setStatus('saving')
    try {
      await props.onSave(value)
      saved.current = value
      setStatus('saved')
      setError(null)
    } catch (e) {
      setStatus('error')
      setError(messageOf(e))
    }
  }

  const onChange = (value: string) => {
    setText(value)
    setStatus('dirty')
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void save(value), 1200)
  }

  const common = {
    id,
    value: text,
    maxLength: props.maxLength,
    'aria-invalid': status === 'error' || undefined,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur: () => void save(text)
  }
  return (
    <div className="field">
      <span className="field-label">
        <label htmlFor={id}>{props.label}</label>
        <SaveState status={status} />
      </span>
      {props.multiline ? <textarea rows={props.rows ?? 3} {...common} /> : <input {...common} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
