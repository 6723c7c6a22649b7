import { existsSync, readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'

interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  asarUnpack: string[]
  extraResources: Array<{ from: string; to: string }>
  npmRebuild: boolean
  electronFuses: Record<string, boolean>
  win: { target: Array<{ target: string }>; icon: string }
  mac: { target: string; icon: string }
  linux: { target: string[]; icon: string }
}

// The installers cannot be built here (no Electron download), so the configuration is checked.
describe('electron-builder configuration', () => {
  const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'))

  it('builds an installer and a portable exe for Windows, a dmg for macOS, AppImage and deb for Linux', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable'])
    expect(config.mac.target).toBe('dmg')
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    for (const icon of [config.win.icon, config.mac.icon, config.linux.icon]) expect(existsSync(icon), icon).toBe(true)
  })

  it('unpacks the native module, ships the fonts and rebuilds for Electron only when packaging', () => {
    expect(config.asarUnpack).toContain('**/*.node')
    expect(config.extraResources).toContainEqual({ from: 'resources/fonts', to: 'fonts' })
    expect(existsSync('resources/fonts/LiberationSans-Regular.ttf')).toBe(true)
    expect(config.npmRebuild).toBe(true)
    expect(pkg.scripts.postinstall).toBeUndefined()
    expect(config.files).toContain('out/**')
    expect(pkg.main).toBe('./out/main/index.js')
  })

  it('turns off the Electron fuses that would let the app run as plain Node', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, onlyLoadAppFromAsar: true })
  })

  it('pins Electron exactly to a supported major, in devDependencies only', () => {
    expect(pkg.devDependencies.electron).toMatch(/^45\.\d+\.\d+$/)
    expect(pkg.dependencies.electron).toBeUndefined()
    expect(pkg.dependencies['better-sqlite3']).toMatch(/^12\./)
  })
})
