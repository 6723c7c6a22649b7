// Security policies as plain functions, so they are tested without an Electron binary.

/** The renderer's Content-Security-Policy; also set as a response header by main. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'"
].join('; ')

/** webPreferences of every window: the Electron security checklist's baseline. */
export function secureWebPreferences(preloadPath: string, devTools: boolean) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    devTools
  } as const
}

/**
 * Is this URL our own page? In production the renderer is loaded from a file inside the app;
 * in development from the local dev server. Parsed with URL, never compared as a substring.
 */
export function createTrustedUrlCheck(opts: { rendererFileUrl?: string; devServerUrl?: string }) {
  const fileUrl = opts.rendererFileUrl ? new URL(opts.rendererFileUrl) : null
  const dev = opts.devServerUrl ? new URL(opts.devServerUrl) : null
  return (raw: string): boolean => {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      return false
    }
    if (url.username || url.password) return false
    if (fileUrl && url.protocol === 'file:' && url.pathname === fileUrl.pathname) return true
    if (dev && url.protocol === dev.protocol && url.host === dev.host) return true
    return false
  }
}

/** Only plain https links may leave the app (opened in the user's browser). */
export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw)
    return url.protocol === 'https:' && !url.username && !url.password && url.hostname.includes('.')
  } catch {
    return false
  }
}

/** The slice of webContents we harden: tests pass a fake. */
export interface WebContentsLike {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: { preventDefault(): void }, url?: string) => void): void
}

export interface SessionLike {
  setPermissionRequestHandler(handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void): void
  setPermissionCheckHandler(handler: () => boolean): void
}

/**
 * Denies every new window (an https link goes to the browser instead), every navigation away
 * from our page, every <webview>, and every permission request.
 */
export function hardenWebContents(
  contents: WebContentsLike,
  isTrusted: (url: string) => boolean,
  openExternal: (url: string) => void
): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
  const blockUntrusted = (event: { preventDefault(): void }, url?: string) => {
    if (!url || !isTrusted(url)) event.preventDefault()
  }
  contents.on('will-navigate', blockUntrusted)
  contents.on('will-redirect', blockUntrusted)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function denyAllPermissions(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
