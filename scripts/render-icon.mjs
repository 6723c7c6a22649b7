// Renders resources/icon.svg to resources/icon.png (512×512) with Debian's Chromium.
// Run by hand after changing the SVG: node scripts/render-icon.mjs
import { chromium } from 'playwright-core'
import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8')
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 512, height: 512 } })
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
await page.screenshot({ path: join(root, 'resources/icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 512, height: 512 } })
await browser.close()
