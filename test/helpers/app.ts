import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppController, type Desktop } from '../../electron/main/app-controller'
import type { Workspace } from '../../electron/main/services/workspace'

/** A desktop whose save dialog answers with a file in `dir` (or cancels). */
export function fakeDesktop(dir: string, opts: { cancel?: boolean } = {}): Desktop & { opened: string[]; revealed: string[] } {
  const opened: string[] = []
  const revealed: string[] = []
  return {
    opened,
    revealed,
    chooseSaveFile: async (name) => (opts.cancel ? null : join(dir, name)),
    openPath: async (f) => void opened.push(f),
    showItemInFolder: (f) => void revealed.push(f)
  }
}

export function createApp(dataDir = mkdtempSync(join(tmpdir(), 'mlof-app-')), desktop?: Desktop): AppController {
  return new AppController({ dataDir, desktop: desktop ?? fakeDesktop(dataDir), appVersion: '0.1.0' })
}

/** An app whose open file is `ws` (or none), for handler tests. */
export function appWith(ws: Workspace | null | (() => Workspace | null)): AppController {
  return Object.assign(Object.create(createApp()), { workspace: typeof ws === 'function' ? ws : () => ws })
}
