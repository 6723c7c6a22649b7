import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  createTrustedUrlCheck,
  denyAllPermissions,
  hardenWebContents,
  isSafeExternalUrl,
  secureWebPreferences,
  type WebContentsLike
} from '../../electron/main/security'
import { readFileSync } from 'node:fs'

class FakeWebContents implements WebContentsLike {
  openHandler?: (d: { url: string }) => { action: 'deny' }
  listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>()
  setWindowOpenHandler(h: (d: { url: string }) => { action: 'deny' }) {
    this.openHandler = h
  }
  on(event: string, l: (event: { preventDefault(): void }, url?: string) => void) {
    this.listeners.set(event, l)
  }
  fire(event: string, url?: string): boolean {
    let prevented = false
    this.listeners.get(event)!({ preventDefault: () => (prevented = true) }, url)
    return prevented
  }
}

const APP = 'file:///opt/Medborgarl%C3%B6ften/resources/app.asar/out/renderer/index.html'

describe('window security baseline', () => {
  it('uses isolated, sandboxed renderers without Node', () => {
    const prefs = secureWebPreferences('/x/preload.js', false)
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false
    })
  })

  it('has a strict CSP, the same in main and in index.html', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
    const html = readFileSync('renderer/index.html', 'utf8')
    const meta = /Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta).toBeDefined()
    for (const directive of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "object-src 'none'"]) expect(meta).toContain(directive)
    expect(meta).not.toMatch(/unsafe-(inline|eval)/)
  })

  it('denies every new window and opens only safe https links outside', () => {
    const wc = new FakeWebContents()
    const opened: string[] = []
    hardenWebContents(wc, createTrustedUrlCheck({ rendererFileUrl: APP }), (u) => opened.push(u))
    for (const url of ['https://polisen.se/om-polisen/', 'http://polisen.se', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://server/share', APP])
      expect(wc.openHandler!({ url })).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://polisen.se/om-polisen/'])
  })

  it('blocks navigation and redirects away from our page, and every webview', () => {
    const wc = new FakeWebContents()
    hardenWebContents(wc, createTrustedUrlCheck({ rendererFileUrl: APP }), () => {})
    expect(wc.fire('will-navigate', 'https://evil.example/')).toBe(true)
    expect(wc.fire('will-navigate', 'file:///tmp/evil.html')).toBe(true)
    expect(wc.fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(wc.fire('will-navigate', APP)).toBe(false)
    expect(wc.fire('will-attach-webview')).toBe(true)
  })

  it.each([
    ['https://polisen.se/x', true],
    ['HTTPS://POLISEN.SE/', true],
    ['http://polisen.se', false],
    ['https://user:pw@polisen.se', false],
    ['javascript:alert(1)', false],
    ['file:///C:/Windows', false],
    ['https://localhost', false],
    ['not a url', false]
  ])('external link %s allowed: %s', (url, ok) => {
    expect(isSafeExternalUrl(url)).toBe(ok)
  })

  it('trusts the dev server only on its exact origin', () => {
    const check = createTrustedUrlCheck({ devServerUrl: 'http://localhost:5173/' })
    expect(check('http://localhost:5173/#/rapport')).toBe(true)
    expect(check('http://localhost.evil.example:5173/')).toBe(false)
    expect(check('http://localhost:5174/')).toBe(false)
    expect(check('https://localhost:5173/')).toBe(false)
  })

  it('denies all permission requests and checks', () => {
    let requestHandler: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    denyAllPermissions({ setPermissionRequestHandler: (h) => (requestHandler = h), setPermissionCheckHandler: (h) => (checkHandler = h) })
    const answers: boolean[] = []
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) requestHandler!(null, p, (g) => answers.push(g))
    expect(answers).toEqual([false, false, false, false])
    expect(checkHandler!()).toBe(false)
  })
})
