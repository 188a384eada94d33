import { putRecords } from './storage/support'
import { expectNoA11yViolations } from './support/a11y'
import { answerQuestion, expect, feedbackPanel, questionCard, questionKind, test, type Page } from './study/support'

/**
 * A fact forgotten again and again, as its stored card says: five lapses, and a memory that has not come back
 * (stability 5 days, under the week that counts as recovered). Without the lapses a card this stable would be
 * asked as a cloze; struggling, it comes back as a multiple choice, its sentence shown first.
 */
const FACT = 'f-sochi-place'
const SENTENCE = 7
const STATEMENT = 'Putin, Aliyev và Pashinyan hội đàm tại Sochi.'
const DAY = 86_400_000

async function seedStruggling(page: Page) {
  // The app creates its database on the first load; the card goes in behind its back, then the app starts again.
  await page.goto('/')
  await expect(page.getByTestId('due-count')).toBeVisible()
  const now = await page.evaluate(() => Date.now())
  await putRecords(page, [{
    store: 'cards',
    key: `article/${FACT}`,
    value: {
      factId: FACT, deckId: 'article', state: 'review', due: now - 3_600_000, stability: 5, difficulty: 9.6,
      elapsedDays: 5, scheduledDays: 5, learningSteps: 0, reps: 17, lapses: 5, lastReview: now - 5 * DAY,
    },
  }])
  await page.reload()
}

const reminder = (page: Page) => questionCard(page).getByTestId('struggling-reminder')

test('a struggling fact coming back in an easier format', async ({ page }) => {
  await seedStruggling(page)
  await expect(page.getByTestId('due-count')).toHaveText('1')

  await page.getByTestId('start-review').click()
  // Due before new: the struggling fact is the first question, a multiple choice (its only kind with options).
  expect(await questionKind(page)).toBe('mcq')
  await expect(questionCard(page).locator('h2')).toHaveText('Putin, Aliyev và Pashinyan hội đàm ở đâu?')
  // Its sentence comes first, above the question, with the way to it in the article.
  await expect(reminder(page)).toBeVisible()
  await expect(reminder(page)).toContainText('Ý bạn hay quên')
  await expect(reminder(page).locator('blockquote')).toContainText('Hôm nay tại Sochi Tổng thống Nga Vladimir Putin')
  const box = async (selector: string) => (await questionCard(page).locator(selector).first().boundingBox())!.y
  expect(await box('[data-testid=struggling-reminder]')).toBeLessThan(await box('h2'))
  await expectNoA11yViolations(page)

  // The session is stored with the mark: a reload brings back the same question, still after its sentence.
  await page.reload()
  await expect(questionCard(page).locator('h2')).toHaveText('Putin, Aliyev và Pashinyan hội đàm ở đâu?')
  await expect(reminder(page)).toBeVisible()

  // The feedback follows as for any question; the next (new) fact has no reminder.
  await answerQuestion(page)
  await expect(reminder(page)).toBeVisible()
  await feedbackPanel(page).locator('button.next').click()
  await expect(questionCard(page).locator('h2')).not.toHaveText('Putin, Aliyev và Pashinyan hội đàm ở đâu?')
  await expect(reminder(page)).toHaveCount(0)
})

test('the reminder leads to its sentence in the article, and home and progress list the fact', async ({ page }) => {
  await seedStruggling(page)
  const home = page.getByTestId('home-struggling')
  await expect(home.getByRole('listitem')).toHaveCount(1)
  await expect(home.getByRole('link', { name: STATEMENT })).toBeVisible()
  await page.goto('/progress')
  const list = page.getByTestId('progress-struggling')
  await expect(list.getByRole('listitem')).toHaveCount(1)
  await expect(list.getByRole('link', { name: STATEMENT })).toBeVisible()
  await expect(list).toContainText('Đã quên 5 lần')
  await list.getByRole('link', { name: STATEMENT }).click()
  await expect(page).toHaveURL(new RegExp(`/article\\?s=${SENTENCE}#s-${SENTENCE}$`))
  await expect(page.locator(`#s-${SENTENCE}`)).toHaveClass(/selected/)

  await page.goto('/review')
  await reminder(page).getByRole('link', { name: 'Xem câu này trong bài báo' }).click()
  await expect(page).toHaveURL(new RegExp(`/article\\?s=${SENTENCE}#s-${SENTENCE}$`))
  await expect(page.locator(`#facts-${SENTENCE}`)).toContainText(STATEMENT)
})

test('progress says when no fact is struggling', async ({ page }) => {
  await page.goto('/progress')
  await expect(page.locator('#struggling')).toContainText('Chưa có ý nào bạn quên nhiều lần.')
  await expect(page.getByTestId('progress-struggling')).toHaveCount(0)
})
