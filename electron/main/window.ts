import { BrowserWindow, screen, shell } from 'electron'
import { join } from 'node:path'
import { hardenWebContents, secureWebPreferences } from './security'
import { loadBounds, saveBounds, usableBounds } from './window-state'

export function createMainWindow(opts: {
  isTrusted: (url: string) => boolean
  devServerUrl?: string
  devTools: boolean
  boundsFile: string
}): BrowserWindow {
  const bounds = usableBounds(
    loadBounds(opts.boundsFile),
    screen.getAllDisplays().map((d) => d.workArea)
  )
  const win = new BrowserWindow({
    ...bounds,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Medborgarlöften',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'), opts.devTools)
  })
  hardenWebContents(win.webContents, opts.isTrusted, (url) => void shell.openExternal(url))
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize()
    win.show()
  })
  win.on('close', () => {
    const b = win.getNormalBounds()
    try {
      saveBounds(opts.boundsFile, { ...b, maximized: win.isMaximized() })
    } catch {
      // Not being able to remember the window size is not worth bothering the user.
    }
  })
  if (opts.devServerUrl) void win.loadURL(opts.devServerUrl)
  else void win.loadFile(join(__dirname, '../renderer/index.html'))
  return win
}
