import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { writeFileAtomic } from './services/atomic-write'

/** Who the user is (for the change log and "Öppen av …") and what they opened lately. */
export const settingsSchema = z.object({
  userName: z.string().max(200).default(''),
  organisation: z.enum(['polisen', 'kommunen', 'annan']).default('polisen'),
  organisationName: z.string().max(200).default(''),
  recentFiles: z.array(z.string()).max(10).default([])
})
export type Settings = z.infer<typeof settingsSchema>

/** Settings live in a small JSON file in the user's data folder; a damaged file means defaults. */
export class SettingsStore {
  private current: Settings
  constructor(private readonly file: string) {
    this.current = settingsSchema.parse({})
    if (existsSync(file)) {
      try {
        this.current = settingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
      } catch {
        // A broken settings file must never stop the app: start from defaults.
      }
    }
  }
  get(): Settings {
    return this.current
  }
  update(patch: Partial<Settings>): Settings {
    this.current = settingsSchema.parse({ ...this.current, ...patch })
    writeFileAtomic(this.file, Buffer.from(JSON.stringify(this.current, null, 2)))
    return this.current
  }
}
