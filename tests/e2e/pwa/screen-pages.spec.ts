import { readdir, readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { distDir } from '../support/pwa'

// No service worker: every request the page makes must be seen here, as on a learner's first visit.
test.use({ serviceWorkers: 'block' })

/** The router's paths, read from its source: every one but home must have a page of its own. */
async function routerScreens(): Promise<string[]> {
  const source = await readFile('src/router.ts', 'utf8')
  return [...source.matchAll(/path: '\/(\w+)'/g)].map((match) => match[1] as string).sort()
}

const announced = (html: string) => new Set([...html.matchAll(/(?:href|src)="(\/assets\/[^"]+)"/g)].map((match) => match[1]))

test('every screen of the router has a page of its own in the build, and nothing else does', async () => {
  const pages = (await readdir(distDir)).filter((file) => file.endsWith('.html') && file !== 'index.html')
  expect(pages.map((file) => file.replace(/\.html$/, '')).sort()).toEqual(await routerScreens())
})

for (const screen of ['review', 'quiz', 'flashcards', 'article', 'progress', 'settings']) {
  test(`/${screen} opened directly announces in its page every script and style its first screen needs`, async ({ page }) => {
    const requested: string[] = []
    page.on('request', (request) => {
      if (['script', 'stylesheet'].includes(request.resourceType())) requested.push(new URL(request.url()).pathname)
    })
    const response = await page.goto(`/${screen}`)
    const html = (await response?.text()) ?? ''
    await expect(page.locator('main h1').first()).toBeVisible()
    // The service worker's registration and module come after the first screen, by design (the test below); so
    // does the whole log, read on every screen once the browser is idle, with the repository's rare operations
    // (the progress screen, whose charts need it, announces them); so do the settings screen's list of automatic
    // backups, read once the browser is idle (below the fold), with its code: the backup store; and its sync
    // section (below the fold too), loaded once the screen is shown: the section, the sync store and its sign-in code.
    const idle = /\/(?:backups|SettingsSync|sync|session)-[\w-]+\.(?:js|css)$/
    const afterScreen = (file: string) => file.includes('workbox-window') || /\/(?:pwa-later|rare)-[\w-]+\.js$/.test(file)
    const beforePaint = requested.filter((file) => !afterScreen(file) && !(screen === 'settings' && idle.test(file)))

    const hints = announced(html)
    const index = announced(await readFile(`${distDir}/index.html`, 'utf8'))
    // The page is the screen's own, not the shared index.html: it preloads chunks the home page does not.
    expect([...hints].filter((file) => !index.has(file)).length).toBeGreaterThan(0)
    // Nothing was discovered late: each file was fetched in the round trip after the page.
    expect(beforePaint.filter((file) => !hints.has(file))).toEqual([])
    // The progress screen reads the whole log for its first screen: the code that reads it is announced too.
    if (screen === 'progress') {
      await expect.poll(() => requested.some((file) => /\/rare-/.test(file))).toBe(true)
      expect(requested.filter((file) => /\/rare-/.test(file) && !hints.has(file))).toEqual([])
    }
  })
}

test('the service worker registers only after the first screen has been shown', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'allow' })
  const page = await context.newPage()
  let requestedAt = 0
  page.on('request', (request) => {
    if (request.url().includes('workbox-window')) requestedAt = Date.now()
  })
  await page.goto('/review')
  // Registering needs workbox-window: wait for its request itself (a registration check alone raced it).
  await expect.poll(() => requestedAt, { timeout: 10_000 }).toBeGreaterThan(0)
  await page.evaluate(() => navigator.serviceWorker.ready)
  // When the question was painted, on the same wall clock as the request.
  const paintedAt = await page.evaluate(() => new Promise<number>((resolve) => {
    new PerformanceObserver((list) => resolve(performance.timeOrigin + (list.getEntries()[0]?.startTime ?? Infinity)))
      .observe({ type: 'largest-contentful-paint', buffered: true })
  }))
  expect(requestedAt).toBeGreaterThan(paintedAt)
  await context.close()
})
