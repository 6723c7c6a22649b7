import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { hardenWebContents, secureWebPreferences } from './security'

export function createMainWindow(opts: { isTrusted: (url: string) => boolean; devServerUrl?: string; devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: 'Medborgarlöften',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'), opts.devTools)
  })
  hardenWebContents(win.webContents, opts.isTrusted, (url) => void shell.openExternal(url))
  win.once('ready-to-show', () => win.show())
  if (opts.devServerUrl) void win.loadURL(opts.devServerUrl)
  else void win.loadFile(join(__dirname, '../renderer/index.html'))
  return win
}
