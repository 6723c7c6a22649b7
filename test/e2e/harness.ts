import react from '@vitejs/plugin-react'
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { build } from 'vite'
import { afterAll, beforeAll } from 'vitest'
import type { AppController } from '../../electron/main/app-controller'
import { createHandlers } from '../../electron/main/ipc/handlers'
import { dispatch } from '../../electron/main/ipc/register'
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security'
import { IPC_CHANNELS } from '../../shared/ipc/channels'

const ROOT = join(__dirname, '..', '..')
export const RENDERER_OUT = join(ROOT, 'test-output', 'e2e-renderer')
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots')

/** Builds the real renderer, as electron-vite does for the app. */
export async function buildRenderer(): Promise<void> {
  await build({
    root: join(ROOT, 'renderer'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: RENDERER_OUT, emptyOutDir: true }
  })
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' }

/** Serves the built renderer on 127.0.0.1 (module scripts do not load from file://), with our CSP. */
export function serveRenderer(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(/^(\.\.[/\\])+/, '')
    const file = join(RENDERER_OUT, path === '/' ? 'index.html' : path)
    if (!file.startsWith(RENDERER_OUT) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server })))
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage']
  })
}

/**
 * A page whose window.api is the main process's own handler map (createHandlers + dispatch,
 * the same validation path registerIpcHandlers uses), over a real database file.
 */
export async function openApp(browser: Browser, url: string, app: AppController, viewport = { width: 1280, height: 860 }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' })
  const handlers = createHandlers(app)
  await context.exposeBinding('__mlofInvoke', (_source, channel: string, input: unknown) => dispatch(handlers, channel, input))
  await context.addInitScript((channels: string[]) => {
    const invoke = (window as unknown as { __mlofInvoke: (c: string, i: unknown) => Promise<unknown> }).__mlofInvoke
    const api: Record<string, unknown> = Object.fromEntries(channels.map((c) => [c, (input?: unknown) => invoke(c, input)]))
    // Pushes from main: tests fire them with window.__mlofEmit(event, payload).
    const listeners = new Map<string, Set<(p: unknown) => void>>()
    api.on = (event: string, listener: (p: unknown) => void) => {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)!.add(listener)
      return () => listeners.get(event)!.delete(listener)
    }
    Object.defineProperty(window, '__mlofEmit', { value: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)) })
    Object.defineProperty(window, 'api', { value: Object.freeze(api) })
  }, [...IPC_CHANNELS])
  const page = await context.newPage()
  page.setDefaultTimeout(8_000)
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(url)
  return { context, page, errors }
}

export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const file = join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? true })
  return file
}

/**
 * Runs axe-core (WCAG 2.1 A and AA rules: labels, contrast, roles…) on the page and returns
 * the violations as short lines.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.evaluate(source)
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  })
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * The shared setup of a browser suite: the renderer built and served once, Chromium started
 * once, both stopped at the end. Returns getters, valid inside the tests.
 */
export function useBrowser(): { browser: () => Browser; url: () => string } {
  let browser: Browser
  let server: Server
  let url: string
  beforeAll(async () => {
    await buildRenderer()
    ;({ server, url } = await serveRenderer())
    browser = await launchChromium()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    server?.close()
  })
  return { browser: () => browser, url: () => url }
}
