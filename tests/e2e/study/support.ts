import { test as base, expect, type Locator, type Page } from '@playwright/test'

/**
 * The app's "ready offline" notice sits over the bottom of a phone screen until closed; a learner closes it when
 * it covers what they want to press, and so do these tests, whenever it shows up.
 */
export const test = base.extend<{ closesOfflineNotice: void }>({
  closesOfflineNotice: [
    async ({ page }, use) => {
      const toast = page.getByTestId('pwa-toast')
      await page.addLocatorHandler(toast, (t) => t.getByRole('button', { name: /^(Đóng|Close)$/ }).click())
      await use()
    },
    { auto: true },
  ],
})
export { expect }
export type { Page }

/** How the learner presses things: a mouse click, or a finger tap on a touch screen. */
export type Press = 'click' | 'tap'

export const press = (target: Locator, how: Press = 'click') => (how === 'tap' ? target.tap() : target.click())

export const questionCard = (page: Page) => page.getByTestId('question-card')
export const feedbackPanel = (page: Page) => page.locator('main section.feedback')
export const sessionBar = (page: Page) => page.locator('main .progress [role=progressbar]')

/** The kind of the question on screen, read from what the page offers to answer it with. */
export async function questionKind(page: Page): Promise<string> {
  const card = questionCard(page)
  await expect(card.locator('h2')).toBeVisible()
  if (await card.locator('button.option').count()) return 'mcq'
  if (await card.locator('button.tf').count()) return 'true-false'
  if (await card.locator('ol.events').count()) return 'timeline'
  if (await card.locator('select').count()) return 'matching'
  if (await card.locator('ol.items input').count()) return 'list'
  if (await card.locator('input[type=text]').count()) return 'typed'
  throw new Error(`unknown question kind: ${await card.innerHTML()}`)
}

/**
 * Answers the question on screen, whatever its kind, the way a learner would (any answer will do: the page
 * does not say the right one beforehand). `typed` is what goes into text boxes. Returns the kind answered.
 */
export async function answerQuestion(page: Page, options: { how?: Press; typed?: string } = {}): Promise<string> {
  const how = options.how ?? 'click'
  const typed = options.typed ?? 'Sochi'
  const card = questionCard(page)
  const kind = await questionKind(page)
  switch (kind) {
    case 'mcq':
      await press(card.locator('button.option').first(), how)
      break
    case 'true-false':
      await press(card.locator('button.tf').first(), how)
      break
    case 'timeline':
      // One move, so the order sent is the learner's own, then check.
      await press(card.locator('button.move:enabled').first(), how)
      await press(card.getByRole('button', { name: /^(Kiểm tra|Check)$/ }), how)
      break
    case 'matching': {
      const selects = card.locator('select')
      const n = await selects.count()
      for (let i = 0; i < n; i++) await selects.nth(i).selectOption({ index: 1 + ((i + 1) % n) })
      await press(card.getByRole('button', { name: /^(Kiểm tra|Check)$/ }), how)
      break
    }
    case 'list': {
      const inputs = card.locator('ol.items input')
      const n = await inputs.count()
      for (let i = 0; i < n; i++) {
        await inputs.nth(i).fill(`${typed} ${i + 1}`)
        await inputs.nth(i).press('Enter')
      }
      break
    }
    default: {
      const input = card.locator('input[type=text]')
      await input.fill(typed)
      await input.press('Enter')
    }
  }
  await expect(feedbackPanel(page)).toBeVisible()
  return kind
}

/** Home's two counts, as the learner reads them. */
export async function homeCounts(page: Page): Promise<{ due: string; new: string }> {
  await expect(page.getByTestId('due-count')).toBeVisible()
  return {
    due: (await page.getByTestId('due-count').innerText()).trim(),
    new: (await page.getByTestId('new-count').innerText()).trim(),
  }
}

/** Goes home through the navigation (no reload: the app keeps its state as a learner's tab would). */
export async function navigateHome(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: /Trang chủ|Home/ }).click()
  await expect(page).toHaveURL(/\/$/)
}

/** The quiz setup: picks the count, kinds and topics by their visible names, optionally counting toward the schedule. */
export async function startQuiz(page: Page, choice: { count: number; kinds?: string[]; topics?: string[]; schedule?: boolean }) {
  await page.goto('/quiz')
  const form = page.locator('main form.setup')
  await form.getByRole('radio', { name: String(choice.count), exact: true }).check()
  for (const kind of choice.kinds ?? []) await form.getByRole('checkbox', { name: kind, exact: true }).check()
  for (const topic of choice.topics ?? []) await form.getByRole('checkbox', { name: topic, exact: true }).check()
  if (choice.schedule) await form.getByRole('checkbox', { name: 'Tính kết quả vào lịch ôn tập' }).check()
  await page.getByTestId('quiz-start').click()
  await expect(questionCard(page)).toBeVisible()
}

/** Answers every question until the summary shows; returns how many were answered. */
export async function answerAll(page: Page, options: { how?: Press; typed?: string } = {}): Promise<number> {
  let answered = 0
  for (;;) {
    await answerQuestion(page, options)
    answered++
    const bar = sessionBar(page)
    const finishing = (await bar.getAttribute('aria-valuenow')) === (await bar.getAttribute('aria-valuemax'))
    await press(feedbackPanel(page).locator('button.next'), options.how)
    if (finishing) break
    if (answered > 60) throw new Error('the session never ended')
  }
  await expect(page.locator('main section.summary')).toBeVisible()
  return answered
}

/**
 * For tests that follow focus: lets the "ready offline" notice show up and closes it first, since closing it
 * later (when it covers a button) moves focus to its own button.
 */
export async function closeOfflineNotice(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 })
  const toast = page.getByTestId('pwa-toast')
  await toast.waitFor({ timeout: 5_000 }).catch(() => undefined)
  if (await toast.isVisible()) await toast.getByRole('button', { name: /^(Đóng|Close)$/ }).click()
  await expect(toast).toHaveCount(0)
}
