import { useState, type DragEvent } from 'react'

/**
 * Drag-and-drop reordering within one list (the keyboard way is the ↑/↓ buttons). Returns
 * props for each item; `onMove(id, toIndex)` is called on drop.
 */
export function useDragReorder(listKey: string, onMove: (id: string, toIndex: number) => void) {
  const [over, setOver] = useState<number | null>(null)
  const type = `application/x-mlof-${listKey}`
  return (id: string, index: number) => ({
    draggable: true,
    'data-drop-target': over === index || undefined,
    onDragStart: (e: DragEvent) => {
      e.dataTransfer.setData(type, id)
      e.dataTransfer.effectAllowed = 'move'
      e.stopPropagation()
    },
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(type)) return
      e.preventDefault()
      e.stopPropagation()
      setOver(index)
    },
    onDragLeave: () => setOver((o) => (o === index ? null : o)),
    onDrop: (e: DragEvent) => {
      const dragged = e.dataTransfer.getData(type)
      setOver(null)
      if (!dragged) return
      e.preventDefault()
      e.stopPropagation()
      if (dragged !== id) onMove(dragged, index)
    }
  })
}
