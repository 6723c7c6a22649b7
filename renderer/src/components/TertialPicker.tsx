import { useId } from 'react'
import type { Tertial } from '../../../shared/domain/tertial'

export function TertialPicker(props: {
  years: number[]
  year: number
  tertial: Tertial
  onChange: (year: number, tertial: Tertial) => void
}) {
  const id = useId()
  return (
    <div className="row picker">
      <span className="stack">
        <label htmlFor={`${id}-year`}>År</label>
        <select id={`${id}-year`} value={props.year} onChange={(e) => props.onChange(Number(e.target.value), props.tertial)}>
          {props.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </span>
      <span className="stack">
        <label htmlFor={`${id}-tertial`}>Tertial</label>
        <select id={`${id}-tertial`} value={props.tertial} onChange={(e) => props.onChange(props.year, Number(e.target.value) as Tertial)}>
          <option value={1}>T1 (jan–apr)</option>
          <option value={2}>T2 (maj–aug)</option>
          <option value={3}>T3 (sep–dec)</option>
        </select>
      </span>
    </div>
  )
}
