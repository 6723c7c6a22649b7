import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, recentLabel, type MenuItem } from '../../electron/main/menu'
import { loadBounds, saveBounds, usableBounds } from '../../electron/main/window-state'
import { useTempDir } from '../helpers/temp'

const flat = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])])

describe('application menu', () => {
  it('has the Swedish menus and commands with the usual shortcuts', () => {
    const menu = buildMenuTemplate({ recentFiles: [], isMac: false })
    expect(menu.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp'])
    const arkiv = menu[0].submenu!.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator])
    expect(arkiv).toEqual([
      ['Ny fil…', 'CmdOrCtrl+N'],
      ['Öppna…', 'CmdOrCtrl+O'],
      ['Öppna senaste', undefined],
      ['Spara en kopia som…', 'CmdOrCtrl+Shift+S'],
      ['Återställ från säkerhetskopia…', undefined],
      ['Exportera som PDF…', 'CmdOrCtrl+P'],
      ['Exportera som Excel…', 'CmdOrCtrl+E'],
      ['Avsluta', 'Alt+F4']
    ])
    expect(flat(menu).filter((i) => i.role).map((i) => i.role)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom'])
    )
    expect(flat(menu).find((i) => i.label === 'Om Medborgarlöften')?.command).toBe('about')
    expect(buildMenuTemplate({ recentFiles: [], isMac: true })[0].submenu!.at(-1)!.accelerator).toBe('Cmd+Q')
  })

  it('lists recent files by name, and disables the submenu when there are none', () => {
    const none = buildMenuTemplate({ recentFiles: [], isMac: false })[0].submenu!.find((i) => i.label === 'Öppna senaste')!
    expect(none.enabled).toBe(false)
    const files = ['/srv/delade/polisen/Tallby.mlof', 'C:\\Users\\anna\\Dokument\\Åby.mlof']
    const some = buildMenuTemplate({ recentFiles: files, isMac: false })[0].submenu!.find((i) => i.label === 'Öppna senaste')!
    expect(some.submenu!.map((i) => [i.label, i.command])).toEqual([
      ['Tallby.mlof (…/delade/polisen)', { openRecent: files[0] }],
      ['Åby.mlof (…/anna/Dokument)', { openRecent: files[1] }]
    ])
    expect(recentLabel('fil.mlof')).toBe('fil.mlof')
  })
})

describe('window size and position', () => {
  const tempDir = useTempDir()
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }]

  it('remembers the bounds and restores them when they are on a screen', () => {
    const file = join(tempDir(), 'window.json')
    expect(loadBounds(file)).toBeNull()
    saveBounds(file, { x: 100, y: 80, width: 1300, height: 900, maximized: false })
    const saved = loadBounds(file)
    expect(saved).toEqual({ x: 100, y: 80, width: 1300, height: 900, maximized: false })
    expect(usableBounds(saved, screen)).toEqual(saved)
  })

  it('keeps only the size when the remembered place is off every screen (an undocked second monitor)', () => {
    const off = { x: 2500, y: 100, width: 1200, height: 800, maximized: true }
    expect(usableBounds(off, screen)).toEqual({ width: 1200, height: 800, maximized: true })
    expect(usableBounds(null, screen)).toEqual({ width: 1280, height: 820 })
  })

  it('ignores a damaged file', () => {
    const file = join(tempDir(), 'window.json')
    writeFileSync(file, '{"x": "inte ett tal"')
    expect(loadBounds(file)).toBeNull()
  })
})
