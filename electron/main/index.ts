import { app, dialog, ipcMain, session, shell } from 'electron'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createHandlers } from './ipc/handlers'
import { registerIpcHandlers } from './ipc/register'
import { defaultDatabaseFile } from './paths'
import { CONTENT_SECURITY_POLICY, createTrustedUrlCheck, denyAllPermissions } from './security'
import { AppController } from './app-controller'
import { createMainWindow } from './window'

// App lifecycle only: everything else lives in modules that run in plain Node.

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
let controller: AppController | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession)
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
    })
    const isTrusted = createTrustedUrlCheck({
      rendererFileUrl: pathToFileURL(join(__dirname, '../renderer/index.html')).href,
      devServerUrl
    })
    const dataDir = app.getPath('userData')
    mkdirSync(dataDir, { recursive: true })
    const ctl = new AppController({
      dataDir,
      appVersion: app.getVersion(),
      fontsDir: app.isPackaged ? join(process.resourcesPath, 'fonts') : undefined,
      desktop: {
        chooseSaveFile: async (defaultName, format) => {
          const r = await dialog.showSaveDialog({
            defaultPath: join(app.getPath('documents'), defaultName),
            filters: [format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel', extensions: ['xlsx'] }]
          })
          return r.canceled || !r.filePath ? null : r.filePath
        },
        openPath: async (file) => void (await shell.openPath(file)),
        showItemInFolder: (file) => shell.showItemInFolder(file)
      }
    })
    controller = ctl
    try {
      ctl.openDefault()
    } catch (error) {
      // The window still opens and shows the error; nothing is overwritten.
      console.error('Could not open the default file', defaultDatabaseFile(dataDir), error)
    }
    registerIpcHandlers(ipcMain, createHandlers(ctl), isTrusted, console)
    createMainWindow({ isTrusted, devServerUrl, devTools: !app.isPackaged })
  })
  app.on('window-all-closed', () => {
    controller?.close()
    controller = null
    app.quit()
  })
}
