import { expect, test, type Page } from '@playwright/test'
import { expectNoA11yViolations } from './support/a11y'
import { waitForController } from './support/pwa'

/**
 * Study to a date, as a learner does it: a fresh profile sets an exam a week ahead on the deck screen, studies its
 * flashcards each day with the clock moved on (Easy one day, Good the next), and on the exam morning the deck says every fact was met and the
 * predicted recall meets the target (90 %).
 */
const HOUR = 3_600_000
/** 09:00 in Hanoi on 1 December 2026. */
const START = Date.UTC(2026, 11, 1, 2, 0)
const DAY = 24 * HOUR

const card = (page: Page) => page.locator('main [aria-keyshortcuts="Space Enter"]')
const done = (page: Page) => page.locator('main section.done')

/** Grades every flashcard the app gives now (3: Good, 4: Easy), session after session, until it has none left for this moment. */
async function studyNow(page: Page, grade: string): Promise<number> {
  let graded = 0
  for (;;) {
    await page.goto('/flashcards?deck=article')
    await expect(card(page).or(done(page))).toBeVisible()
    if (!(await card(page).isVisible())) return graded
    const bar = page.locator('main [role=progressbar]')
    const total = Number(await bar.getAttribute('aria-valuemax'))
    const start = Number(await bar.getAttribute('aria-valuenow'))
    await card(page).focus()
    for (let i = start; i < total; i++) {
      await page.keyboard.press('Space')
      await expect(card(page)).toHaveClass(/flipped/)
      await page.keyboard.press(grade)
      if (i + 1 < total) await expect(bar).toHaveAttribute('aria-valuenow', String(i + 1))
      else await expect(done(page)).toBeVisible()
      graded++
    }
  }
}

const percentOf = async (page: Page) => Number((await page.getByTestId('exam-recall').innerText()).replace(/\D/g, ''))

test.beforeEach(async ({ context }) => {
  await context.clock.install({ time: START })
})

test('an exam a week ahead: set on the deck screen, a bad date refused, the plan followed day by day meets the target on the morning', async ({ page }) => {
  test.setTimeout(240_000)
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/')
  await waitForController(page)
  await page.goto('/deck/article')
  const exam = page.getByTestId('deck-exam')
  await exam.getByTestId('exam-set').click()
  // A day already gone is refused, and nothing is stored.
  await page.getByTestId('exam-date').fill('2026-11-20')
  await page.getByTestId('exam-save').click()
  await expect(page.getByTestId('exam-error')).toHaveText('Ngày thi đã qua. Hãy chọn hôm nay hoặc một ngày sau.')
  await page.getByTestId('exam-date').fill('2026-12-08')
  await page.getByTestId('exam-save').click()
  await expect(page.getByTestId('exam-countdown')).toContainText('Còn 7 ngày')
  await expect(page.getByTestId('exam-not-introduced')).toHaveText('61')
  // Six days to introduce 61 facts need 11 a day: the learner's own limit, 15, is more and stands.
  await expect(exam).toContainText('hôm nay tối đa 15 ý mới')
  await expect(page.getByTestId('exam-days').locator('li')).toHaveCount(8)
  await expectNoA11yViolations(page)
  await page.goto('/')
  await expect(page.getByTestId('deck-exam-article')).toContainText('Còn 7 ngày')

  // The plan, kept: each day's flashcards, with any learning steps later the same day.
  for (let day = 0; day < 7; day++) {
    await page.clock.setSystemTime(START + day * DAY)
    for (let round = 0; round < 4; round++) {
      if ((await studyNow(page, day % 2 ? '3' : '4')) === 0) break
      await page.clock.fastForward('00:11:00')
    }
    await page.goto('/deck/article')
    if (day < 6) await expect(page.getByTestId('exam-countdown')).toContainText(`Còn ${7 - day} ngày`)
  }
  // The exam morning, 07:00: everything met, the recall predicted for 08:00 at or above the target.
  await page.clock.setSystemTime(START + 7 * DAY - 2 * HOUR)
  await page.goto('/deck/article')
  await expect(page.getByTestId('exam-countdown')).toContainText('Thi hôm nay')
  await expect(page.getByTestId('exam-not-introduced')).toHaveText('0')
  expect(await percentOf(page)).toBeGreaterThanOrEqual(90)

  // After the exam the deck is studied as usual, and says so.
  await page.clock.setSystemTime(START + 8 * DAY)
  await page.goto('/deck/article')
  await expect(page.getByTestId('exam-over')).toContainText('đã qua')
  await page.getByTestId('exam-clear').click()
  await expect(page.getByTestId('exam-set')).toBeVisible()
})
