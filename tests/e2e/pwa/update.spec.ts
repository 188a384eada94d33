import { expect, test } from '@playwright/test'
import { startPreview } from '../support/server'
import { answerOneFlashcard, buildVersion, waitForController } from '../support/pwa'

// One port for both versions: the same origin, as a real deployment would be.
const PORT = 4182
const builds: Awaited<ReturnType<typeof buildVersion>>[] = []

test.beforeAll(async () => {
  test.setTimeout(120_000)
  builds.push(await buildVersion('1.0.0-old'), await buildVersion('1.0.0-new'))
})
test.afterAll(async () => {
  await Promise.all(builds.map((b) => b.remove()))
})

test('a new version waits for the learner, then loads with the saved answers intact', async ({ page }) => {
  test.setTimeout(60_000)
  const [oldBuild, newBuild] = builds
  if (!oldBuild || !newBuild) throw new Error('builds missing')
  const html = page.locator('html')
  const toast = page.getByTestId('pwa-toast')

  let server = await startPreview(PORT, oldBuild.outDir)
  try {
    await page.goto(server.url + '/')
    await waitForController(page)
    await expect(html).toHaveAttribute('data-app-version', '1.0.0-old')
    await expect(toast).toContainText('sẵn sàng')
    const goal = page.getByTestId('goal')
    const before = await goal.textContent()
    await answerOneFlashcard(page, server.url)
    await expect(goal).not.toHaveText(before ?? '')
    const progress = await goal.textContent()

    await server.stop()
    server = await startPreview(PORT, newBuild.outDir)

    // A marker on window dies with any reload, so it shows the page was never reloaded behind the learner's back.
    await page.evaluate(() => Object.assign(window, { untouched: true }))
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    await expect(toast).toContainText('phiên bản mới', { timeout: 15_000 })
    await page.waitForTimeout(3_000)
    expect(await page.evaluate(() => 'untouched' in window)).toBe(true)
    await expect(html).toHaveAttribute('data-app-version', '1.0.0-old')

    await Promise.all([page.waitForEvent('load'), toast.getByRole('button', { name: 'Cập nhật' }).click()])
    await expect(html).toHaveAttribute('data-app-version', '1.0.0-new')
    expect(await page.evaluate(() => 'untouched' in window)).toBe(false)
    await expect(goal).toHaveText(progress ?? '')
    await expect(toast).toBeHidden()
  } finally {
    await server.stop()
  }
})
