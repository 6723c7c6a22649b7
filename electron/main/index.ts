import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type MenuItemConstructorOptions } from 'electron'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { AppError } from '../../shared/errors'
import { AppController } from './app-controller'
import { createHandlers } from './ipc/handlers'
import { registerIpcHandlers } from './ipc/register'
import { buildMenuTemplate, type MenuCommand, type MenuItem } from './menu'
import { CONTENT_SECURITY_POLICY, createTrustedUrlCheck, denyAllPermissions } from './security'
import { createMainWindow } from './window'

// App lifecycle, menus and dialogs only: everything else lives in modules that run in plain Node.

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const FILE_FILTERS = [{ name: 'Medborgarlöften', extensions: ['mlof', 'sqlite', 'db'] }]
let controller: AppController | null = null
let win: BrowserWindow | null = null

/** A file named on the command line (a double-clicked .mlof). */
function fileFromArgs(argv: string[]): string | null {
  return argv.slice(1).find((a) => !a.startsWith('-') && /\.(mlof|sqlite|db)$/i.test(a)) ?? null
}

function showError(error: unknown): void {
  const message = error instanceof AppError ? error.message : 'Ett oväntat fel inträffade. Ingenting som redan sparats har gått förlorat.'
  void dialog.showMessageBox({ type: 'error', title: 'Medborgarlöften', message })
}

function fileChanged(): void {
  win?.webContents.send('workspaceChanged', null)
  refreshMenu()
}

function openPath(file: string): void {
  try {
    controller!.openFile(file)
    void controller!.backupNow().catch(() => {})
    fileChanged()
  } catch (error) {
    void offerRestore(file, error)
  }
}

/** A damaged file: say so, and offer the newest good backup from this computer. */
async function offerRestore(file: string, error: unknown): Promise<void> {
  if (!(error instanceof AppError) || error.code !== 'CORRUPT') return showError(error)
  const r = await dialog.showMessageBox({
    type: 'warning',
    title: 'Medborgarlöften',
    message: error.message,
    detail: 'Den skadade filen flyttas åt sidan (den raderas inte) och den senaste fungerande säkerhetskopian läggs på dess plats.',
    buttons: ['Återställ säkerhetskopia', 'Avbryt'],
    defaultId: 0,
    cancelId: 1
  })
  if (r.response !== 0) return
  try {
    await controller!.restoreNewestInto(file)
    fileChanged()
  } catch (e) {
    showError(e)
  }
}

async function run(command: MenuCommand): Promise<void> {
  const ctl = controller!
  try {
    if (typeof command === 'object') return openPath(command.openRecent)
    switch (command) {
      case 'newFile': {
        const r = await dialog.showSaveDialog({ title: 'Ny fil', defaultPath: 'Medborgarlöften.mlof', filters: FILE_FILTERS })
        if (!r.canceled && r.filePath) {
          ctl.newFile(r.filePath)
          fileChanged()
        }
        return
      }
      case 'openFile': {
        const r = await dialog.showOpenDialog({ title: 'Öppna', properties: ['openFile'], filters: FILE_FILTERS })
        if (!r.canceled && r.filePaths[0]) openPath(r.filePaths[0])
        return
      }
      case 'saveCopy': {
        const r = await dialog.showSaveDialog({ title: 'Spara en kopia som', defaultPath: 'Kopia av Medborgarlöften.mlof', filters: FILE_FILTERS })
        if (!r.canceled && r.filePath) await ctl.saveCopy(r.filePath)
        return
      }
      case 'exportPdf':
      case 'exportXlsx':
      case 'present':
      case 'restoreBackup':
      case 'areaOverview':
        win?.webContents.send('menuCommand', command)
        return
      case 'about':
        await dialog.showMessageBox({
          type: 'info',
          title: 'Om Medborgarlöften',
          message: `Medborgarlöften ${app.getVersion()}`,
          detail: 'För lokalpolisområden och kommuner: medborgarlöften, uppföljning per tertial och rapporter.'
        })
        return
      case 'quit':
        app.quit()
        return
    }
  } catch (error) {
    showError(error)
  }
}

function toElectron(items: MenuItem[]): MenuItemConstructorOptions[] {
  return items.map(({ command, submenu, role, ...rest }) => ({
    ...rest,
    ...(role ? { role: role as MenuItemConstructorOptions['role'] } : {}),
    ...(submenu ? { submenu: toElectron(submenu) } : {}),
    ...(command ? { click: () => void run(command) } : {})
  }))
}

function refreshMenu(): void {
  const template = buildMenuTemplate({ recentFiles: controller?.settings.get().recentFiles ?? [], isMac: process.platform === 'darwin' })
  Menu.setApplicationMenu(Menu.buildFromTemplate(toElectron(template)))
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    if (win) {
      if (win.isMinimized()) win.restore()
      win.focus()
    }
    const file = fileFromArgs(argv)
    if (file) openPath(file)
  })

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
        showItemInFolder: (file) => shell.showItemInFolder(file),
        notify: (event, payload) => win?.webContents.send(event, payload)
      }
    })
    controller = ctl
    const requested = fileFromArgs(process.argv)
    try {
      if (requested) ctl.openFile(requested)
      else ctl.openDefault()
      void ctl.backupNow().catch(() => {})
    } catch (error) {
      // The window still opens; the message says what happened. Nothing is overwritten.
      void offerRestore(requested ?? ctl.defaultFile(), error)
    }
    registerIpcHandlers(ipcMain, createHandlers(ctl), isTrusted, console)
    ctl.startBackground()
    refreshMenu()
    win = createMainWindow({ isTrusted, devServerUrl, devTools: !app.isPackaged, boundsFile: join(dataDir, 'window.json') })
    win.on('closed', () => (win = null))
    for (const e of ['show', 'restore', 'focus'] as const) win.on(e as 'show', () => ctl.setVisible(true))
    for (const e of ['hide', 'minimize'] as const) win.on(e as 'hide', () => ctl.setVisible(false))
  })

  app.on('window-all-closed', () => {
    controller?.dispose()
    controller = null
    app.quit()
  })
}
