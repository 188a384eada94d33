import { expect, test } from '@playwright/test'
import { startPreview } from './support/server'
import { expectNoA11yViolations } from './support/a11y'

test('an answer is graded, saved to IndexedDB, and still there after a reload', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('home-progress')).toHaveText('Bạn chưa trả lời câu nào.')
  await page.getByRole('link', { name: 'Bắt đầu làm bài' }).click()
  await page.getByRole('button', { name: /Sochi/ }).click()
  await expect(page.getByTestId('feedback')).toHaveText('Chính xác!')

  await page.reload()
  await expect(page.getByTestId('previous-answer')).toHaveText('Lần trước bạn chọn: Sochi')
  await page.goto('/')
  await expect(page.getByTestId('home-progress')).toHaveText('Đã trả lời đúng 1 trên 4 câu.')
})

test('a wrong answer shows the right one', async ({ page }) => {
  await page.goto('/quiz')
  await page.getByRole('button', { name: /Minsk/ }).click()
  await expect(page.getByTestId('feedback')).toHaveText('Chưa đúng. Đáp án: Sochi')
})

test('after the first visit the app runs from the service worker with the server stopped', async ({ page }) => {
  const server = await startPreview(4180)
  try {
    await page.goto(server.url + '/')
    // clientsClaim: the first visit becomes controlled once the worker activates.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })
    await page.getByRole('link', { name: 'Bắt đầu làm bài' }).click()
    await page.getByRole('button', { name: /Sochi/ }).click()
    await expect(page.getByTestId('feedback')).toHaveText('Chính xác!')
  } finally {
    await server.stop()
  }
  // The server is gone: a plain fetch from the test must fail, or this test proves nothing.
  await expect(fetch(server.url + '/')).rejects.toThrow()

  const response = await page.goto(server.url + '/')
  expect(response?.fromServiceWorker()).toBe(true)
  await expect(page.getByTestId('home-progress')).toHaveText('Đã trả lời đúng 1 trên 4 câu.')
  // A deep link, and the lazily loaded route, also come from the cache.
  const deep = await page.goto(server.url + '/quiz')
  expect(deep?.fromServiceWorker()).toBe(true)
  await expect(page.getByTestId('previous-answer')).toHaveText('Lần trước bạn chọn: Sochi')
})

test('home and quiz pass axe', async ({ page }) => {
  await page.goto('/')
  await expectNoA11yViolations(page)
  await page.goto('/quiz')
  await page.getByRole('button', { name: /Minsk/ }).click()
  await expectNoA11yViolations(page)
})
