import { app, ipcMain, session } from 'electron'
import { mkdirSync } from 'node:fs'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createHandlers } from './ipc/handlers'
import { registerIpcHandlers } from './ipc/register'
import { defaultDatabaseFile } from './paths'
import { CONTENT_SECURITY_POLICY, createTrustedUrlCheck, denyAllPermissions } from './security'
import { openWorkspace, type Workspace } from './services/workspace'
import { createMainWindow } from './window'

// App lifecycle only: everything else lives in modules that run in plain Node.

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
let workspace: Workspace | null = null

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
    workspace = openWorkspace(defaultDatabaseFile(dataDir), {
      create: true,
      actor: { name: userInfo().username, organisation: '' }
    })
    registerIpcHandlers(
      ipcMain,
      createHandlers({ appName: 'Medborgarlöften', appVersion: app.getVersion(), workspace: () => workspace }),
      isTrusted,
      console
    )
    createMainWindow({ isTrusted, devServerUrl, devTools: !app.isPackaged })
  })
  app.on('window-all-closed', () => {
    workspace?.close()
    workspace = null
    app.quit()
  })
}
