// Screenshots for the manifest's richer install dialog, taken from the built app in the system Chromium.
// Run after a build: `node scripts/make-screenshots.mjs [distDir]` writes public/screenshots/*.png; then build again
// so dist carries them. Sizes must match the `screenshots` entries in vite.config.ts (a test checks).
import { mkdir } from 'node:fs/promises'
import { createServer } from 'node:net'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { chromiumArgs, chromiumPath } from './chromium.mjs'

const outDir = process.argv[2] ?? process.env.E2E_DIST ?? 'dist'
const target = new URL('../public/screenshots/', import.meta.url)

/** One per form factor. `act` brings the screen to the state worth showing; it must not fail the run if the UI moved on. */
const shots = [
  { file: 'narrow.png', path: '/', viewport: { width: 390, height: 844 }, scale: 2, mobile: true },
  {
    file: 'wide.png', path: '/flashcards', viewport: { width: 1280, height: 800 }, scale: 1, mobile: false,
    // The flipped card: the answer with the article's own sentence under it.
    act: (page) => page.locator('main [aria-keyshortcuts="Space Enter"]').first().click({ timeout: 3_000 }),
  },
]

const freePort = () => new Promise((resolve, reject) => {
  const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
    const { port } = probe.address()
    probe.close(() => resolve(port))
  })
})

const port = await freePort()
const server = await preview({ build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'error' })
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
try {
  await mkdir(target, { recursive: true })
  for (const shot of shots) {
    // No service worker: its "ready to work offline" notice would cover the screen.
    const context = await browser.newContext({
      viewport: shot.viewport, deviceScaleFactor: shot.scale, isMobile: shot.mobile, hasTouch: shot.mobile,
      serviceWorkers: 'block', locale: 'vi-VN', colorScheme: 'light', reducedMotion: 'reduce',
    })
    const page = await context.newPage()
    await page.goto(`http://127.0.0.1:${port}${shot.path}`, { waitUntil: 'networkidle' })
    await shot.act?.(page).catch((error) => console.warn(`make-screenshots: ${shot.file}: ${error.message.split('\n')[0]}`))
    await page.waitForLoadState('networkidle')
    const path = new URL(shot.file, target).pathname
    await page.screenshot({ path, type: 'png' })
    console.log(`make-screenshots: ${shot.file} ${shot.viewport.width * shot.scale}x${shot.viewport.height * shot.scale}`)
    await context.close()
  }
} finally {
  await browser.close()
  await server.close()
}
