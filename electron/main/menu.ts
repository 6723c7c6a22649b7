// The Swedish application menu as plain data, so it is tested without Electron.

export type MenuCommand =
  | 'newFile'
  | 'openFile'
  | 'saveCopy'
  | 'exportPdf'
  | 'exportXlsx'
  | 'about'
  | 'present'
  | 'restoreBackup'
  | 'areaOverview'
  | 'quit'
  | { openRecent: string }

export interface MenuItem {
  label?: string
  role?: string
  accelerator?: string
  type?: 'separator'
  enabled?: boolean
  submenu?: MenuItem[]
  command?: MenuCommand
}

/** "…/Delade/Tallby.mlof" → "Tallby.mlof (…/Delade)": recognisable without a long path. */
export function recentLabel(file: string): string {
  const parts = file.split(/[\\/]/)
  const name = parts.pop() ?? file
  const folder = parts.slice(-2).join('/')
  return folder ? `${name} (…/${folder})` : name
}

export function buildMenuTemplate(opts: { recentFiles: string[]; isMac: boolean }): MenuItem[] {
  const sep: MenuItem = { type: 'separator' }
  return [
    {
      label: 'Arkiv',
      submenu: [
        { label: 'Ny fil…', accelerator: 'CmdOrCtrl+N', command: 'newFile' },
        { label: 'Öppna…', accelerator: 'CmdOrCtrl+O', command: 'openFile' },
        {
          label: 'Öppna senaste',
          enabled: opts.recentFiles.length > 0,
          submenu: opts.recentFiles.length
            ? opts.recentFiles.map((f) => ({ label: recentLabel(f), command: { openRecent: f } }))
            : [{ label: 'Inga filer ännu', enabled: false }]
        },
        sep,
        { label: 'Spara en kopia som…', accelerator: 'CmdOrCtrl+Shift+S', command: 'saveCopy' },
        { label: 'Återställ från säkerhetskopia…', command: 'restoreBackup' },
        sep,
        { label: 'Exportera som PDF…', accelerator: 'CmdOrCtrl+P', command: 'exportPdf' },
        { label: 'Exportera som Excel…', accelerator: 'CmdOrCtrl+E', command: 'exportXlsx' },
        sep,
        { label: 'Avsluta', accelerator: opts.isMac ? 'Cmd+Q' : 'Alt+F4', command: 'quit' }
      ]
    },
    {
      label: 'Redigera',
      submenu: [
        { label: 'Ångra', role: 'undo', accelerator: 'CmdOrCtrl+Z' },
        { label: 'Gör om', role: 'redo', accelerator: opts.isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y' },
        sep,
        { label: 'Klipp ut', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: 'Kopiera', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: 'Klistra in', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: 'Markera allt', role: 'selectAll', accelerator: 'CmdOrCtrl+A' }
      ]
    },
    {
      label: 'Visa',
      submenu: [
        { label: 'Större text', role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus' },
        { label: 'Mindre text', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: 'Normal textstorlek', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        sep,
        { label: 'Helskärm', role: 'togglefullscreen', accelerator: 'F11' },
        sep,
        { label: 'Presentationsläge', accelerator: 'F5', command: 'present' },
        { label: 'Områdesöversikt', command: 'areaOverview' }
      ]
    },
    { label: 'Hjälp', submenu: [{ label: 'Om Medborgarlöften', command: 'about' }] }
  ]
}
