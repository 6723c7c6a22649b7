import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomic } from './services/atomic-write'

const boundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400),
  height: z.number().int().min(300),
  maximized: z.boolean().default(false)
})
export type WindowBounds = z.infer<typeof boundsSchema>
export interface Area {
  x: number
  y: number
  width: number
  height: number
}

export const DEFAULT_BOUNDS = { width: 1280, height: 820 }

export function loadBounds(file: string): WindowBounds | null {
  if (!existsSync(file)) return null
  try {
    return boundsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return null
  }
}

export function saveBounds(file: string, bounds: WindowBounds): void {
  writeFileAtomic(file, Buffer.from(JSON.stringify(bounds)))
}

/**
 * Remembered bounds, but only where the window will be visible: a laptop undocked from its
 * second screen must not open the app off-screen. Otherwise the default size, centred.
 */
export function usableBounds(saved: WindowBounds | null, workAreas: Area[]): Partial<WindowBounds> {
  if (!saved) return { ...DEFAULT_BOUNDS }
  const visible = workAreas.some(
    (a) =>
      saved.x + 100 <= a.x + a.width &&
      saved.x + saved.width - 100 >= a.x &&
      saved.y >= a.y - 10 &&
      saved.y + 50 <= a.y + a.height
  )
  if (!visible) return { width: saved.width, height: saved.height, maximized: saved.maximized }
  return saved
}
