// Renders the app icons from public/favicon.svg with the system Chromium, so the PNGs can be remade
// after a change to the design: `node scripts/make-icons.mjs`. The PNGs are committed.
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumPath, chromiumArgs } from './chromium.mjs'

const svg = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8')
const targets = [
  { file: 'pwa-192x192.png', size: 192, padding: 0 },
  { file: 'pwa-512x512.png', size: 512, padding: 0 },
  // Maskable icons keep their content inside the central 80 % safe zone.
  { file: 'maskable-icon-512x512.png', size: 512, padding: 0.12, background: '#0f5f5c' },
  { file: 'apple-touch-icon-180x180.png', size: 180, padding: 0.06, background: '#0f5f5c' },
]

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const page = await browser.newPage({ deviceScaleFactor: 1 })
for (const { file, size, padding, background } of targets) {
  const inner = Math.round(size * (1 - 2 * padding))
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(`<html><body style="margin:0;background:${background ?? 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body></html>`)
  await page.screenshot({ path: new URL(`../public/${file}`, import.meta.url).pathname, omitBackground: !background })
  console.log(`public/${file} ${size}×${size}`)
}
await browser.close()
