import { expect, test } from '@playwright/test'
import { startPreview } from '../support/server'
import { waitForController } from '../support/pwa'

// A server of its own, so the test can stop it: setOffline does not reach the service worker's fetches.
const PORT = 4181

// Every screen is a lazily loaded chunk; only the first is visited online.
const ROUTES = ['/', '/review', '/flashcards', '/quiz', '/article', '/progress', '/settings', '/no/such/page', '/review?mode=practice&v=1.2']

test('every route and an unknown deep link load from the service worker with the server stopped', async ({ page }) => {
  const server = await startPreview(PORT)
  try {
    // Only the home page is visited: the quiz chunk and every other route must come from the precache alone.
    await page.goto(server.url + '/')
    await waitForController(page)
    // The denylist lets real files through: a navigation to a screenshot gets the image, not the app shell.
    const image = await page.goto(server.url + '/screenshots/wide.png')
    expect(image?.fromServiceWorker()).toBe(false)
    expect(image?.headers()['content-type']).toBe('image/png')
  } finally {
    await server.stop()
  }
  await expect(fetch(server.url + '/')).rejects.toThrow()

  for (const path of ROUTES) {
    const response = await page.goto(server.url + path)
    expect(response?.fromServiceWorker(), path).toBe(true)
    // The screen's own chunk ran: its heading is in the page.
    await expect(page.locator('main h1').first(), path).toBeAttached()
    await expect(page.locator('main h1').first(), path).not.toBeEmpty()
  }

  // Screenshots are not precached, and a file is never answered with index.html: offline, it simply fails.
  const missing = await page.evaluate(async () => {
    try {
      const r = await fetch('/screenshots/wide.png')
      return r.headers.get('content-type')
    } catch {
      return 'network error'
    }
  })
  expect(missing).toBe('network error')
})
