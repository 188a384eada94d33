import { expect } from '@playwright/test'
import { test, answerCurrent, answeredInSession, countRecords, learnedOnHome, setNewPerDay, waitForLog } from './support'

/**
 * Twenty answers, each followed by a reload: every one of them is in the database and on screen
 * afterwards, and the unfinished session picks up where it stopped.
 */
test('20 answers with a reload after each are all kept, and the session continues', async ({ page }) => {
  test.setTimeout(90_000)
  // Twenty new facts in one session: the default day allows 15.
  await setNewPerDay(page, 20)
  await page.reload()
  await expect(page.getByRole('slider', { name: 'Số dữ kiện mới mỗi ngày' })).toHaveValue('20')

  await page.goto('/review')
  for (let n = 1; n <= 20; n++) {
    if (n > 1) expect(await answeredInSession(page)).toBe(n - 1)
    await answerCurrent(page)
    // Reload as soon as the answer is in the database (tens of milliseconds after its feedback shows).
    await waitForLog(page, n)
    // After the last answer, a reload of /review would start the next session: reload into home instead.
    if (n === 20) break
    await page.reload()
    if (n === 10) {
      // Halfway: home offers the unfinished session, at the question after the last answer.
      await page.goto('/')
      const resume = page.getByTestId('continue')
      await expect(resume).toContainText('câu 11 / 20')
      await resume.click()
      await expect(page).toHaveURL(/\/review\?resume=1/)
    }
    await expect(page.getByTestId('question-card')).toBeVisible()
  }

  // The twentieth answer finished the session: nothing left to continue.
  await page.goto('/')
  await expect(page.getByTestId('goal')).toHaveText('Bạn đã đạt mục tiêu hôm nay!')
  await expect(page.getByTestId('continue')).toHaveCount(0)
  expect(await learnedOnHome(page)).toBe(20)

  await page.goto('/progress')
  await expect(page.locator('.stat', { hasText: 'Đã trả lời' }).locator('.value')).toHaveText('20')
  await expect(page.locator('.stat', { hasText: 'Chuỗi ngày học' }).locator('.value')).toHaveText('1 ngày')

  expect(await countRecords(page, 'log')).toBe(20)
  expect(await countRecords(page, 'cards')).toBe(20)
})

/**
 * A reload in the few milliseconds before an answer commits may lose that answer, but then the session
 * loses it too and asks the question again: the log and the session never disagree.
 */
test('a reload right after an answer keeps the log and the unfinished session in step', async ({ page }) => {
  await page.goto('/review')
  for (let n = 1; n <= 4; n++) {
    await answerCurrent(page)
    await page.reload()
    await expect(page.getByTestId('question-card')).toBeVisible()
    expect(await countRecords(page, 'log')).toBe(await answeredInSession(page))
  }
})
