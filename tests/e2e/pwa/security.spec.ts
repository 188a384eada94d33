import { expect, test, type ConsoleMessage, type Page } from '@playwright/test'
import { answerOneFlashcard, waitForController } from '../support/pwa'

const CSP_WORDS = /Content Security Policy|Refused to/i

/** Collects every console error and page error, so a CSP violation anywhere in the visit fails the test. */
function recordProblems(page: Page) {
  const problems: string[] = []
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || CSP_WORDS.test(message.text())) problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

const SCREENS = ['/review', '/flashcards', '/quiz', '/article', '/progress', '/settings']

/** A whole visit: every screen through the app's own links, an answer, a reload under the service worker. */
async function visit(page: Page, origin: string) {
  await page.goto(origin + '/')
  await waitForController(page)
  for (const path of SCREENS) {
    await page.locator(`a[href="${path}"]`).first().click()
    await expect(page).toHaveURL(origin + path)
    await expect(page.locator('main h1').first()).toBeAttached()
  }
  await answerOneFlashcard(page, origin)
  await page.reload()
  await expect(page.locator('main#main')).toBeVisible()
}

test('the app runs under its content security policy with no console errors', async ({ page, baseURL }) => {
  const problems = recordProblems(page)
  const response = await page.goto('/')
  const header = response?.headers()['content-security-policy'] ?? ''
  for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
    expect(header).toContain(directive)
  }
  expect(response?.headers()['x-content-type-options']).toBe('nosniff')
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self';/)
  // Nothing inline for the policy to forbid, and nothing asks for an exception.
  await expect(page.locator('script:not([src])')).toHaveCount(0)
  await expect(page.locator('style')).toHaveCount(0)
  await visit(page, baseURL ?? '')
  expect(problems).toEqual([])
})

test('negative control: an inline script is refused and the refusal is seen', async ({ browser, baseURL }) => {
  // No service worker, so the route below sees the navigation.
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const problems = recordProblems(page)
  await page.route(baseURL + '/', async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace('</body>', '<script>document.title = "inline ran"</script></body>')
    await route.fulfill({ response, body: html })
  })
  await page.goto(baseURL + '/')
  await expect.poll(() => problems.some((p) => CSP_WORDS.test(p))).toBe(true)
  expect(await page.title()).not.toBe('inline ran')
  await context.close()
})

test('every request of a whole visit, service worker included, goes to the app itself', async ({ page, baseURL }) => {
  const urls = new Set<string>()
  page.context().on('request', (request) => {
    urls.add(request.url())
  })
  await visit(page, baseURL ?? '')
  const origin = new URL(baseURL ?? '').origin
  const foreign = [...urls].filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)
  expect(foreign).toEqual([])
  // The recording saw the visit, including the worker's precache requests.
  expect([...urls].some((url) => url.endsWith('/sw.js'))).toBe(true)
  expect([...urls].filter((url) => url.includes('/assets/')).length).toBeGreaterThan(2)
})
