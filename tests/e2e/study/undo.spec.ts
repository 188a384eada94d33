import { answerQuestion, closeOfflineNotice, expect, feedbackPanel, homeCounts, navigateHome, questionCard, sessionBar, startQuiz, test, type Page } from './support'

/** The question is back as it was first shown: nothing chosen, nothing typed, no verdict, nothing locked. */
async function expectUnanswered(page: Page, prompt: string) {
  const card = questionCard(page)
  await expect(feedbackPanel(page)).toHaveCount(0)
  await expect(card.locator('h2')).toHaveText(prompt)
  await expect(sessionBar(page)).toHaveAttribute('aria-valuenow', '0')
  await expect(card.locator('button:disabled:not(.move), select:disabled')).toHaveCount(0)
  await expect(card.locator('[aria-pressed=true], .verdict, .correct, .wrong')).toHaveCount(0)
  for (const input of await card.locator('input').all()) {
    await expect(input).toHaveValue('')
    await expect(input).not.toHaveAttribute('readonly')
  }
}

test('undo by the button and by Ctrl+Z puts back the question unanswered and the schedule as it was', async ({ page }) => {
  await page.goto('/')
  await closeOfflineNotice(page)
  const before = await homeCounts(page)
  await page.getByTestId('start-review').click()
  const prompt = await questionCard(page).locator('h2').innerText()

  await answerQuestion(page)
  await expect(sessionBar(page)).toHaveAttribute('aria-valuenow', '1')
  // The answer did reach the schedule: home counts have moved.
  await navigateHome(page)
  expect(await homeCounts(page)).not.toEqual(before)

  await page.getByRole('navigation').getByRole('link', { name: 'Ôn tập' }).click()
  await page.getByTestId('undo').click()
  await expectUnanswered(page, prompt)
  await expect(page.locator('main .run > [role=status]')).toHaveText('Đã hoàn tác câu trả lời trước.')
  await navigateHome(page)
  expect(await homeCounts(page)).toEqual(before)

  // The same again with the keyboard shortcut, from the feedback (focus is on "Tiếp tục").
  await page.getByRole('navigation').getByRole('link', { name: 'Ôn tập' }).click()
  await expect(questionCard(page).locator('h2')).toHaveText(prompt)
  await answerQuestion(page)
  await expect(feedbackPanel(page).locator('button.next')).toBeFocused()
  await page.keyboard.press('Control+z')
  await expectUnanswered(page, prompt)
  await page.reload()
  await expectUnanswered(page, prompt)
  await navigateHome(page)
  expect(await homeCounts(page)).toEqual(before)
})

test('Enter does not submit while an input method is composing, and does once it is done', async ({ page }) => {
  await startQuiz(page, { count: 5, kinds: ['Tự gõ câu trả lời'] })
  const input = questionCard(page).locator('input[type=text]')
  await input.fill('Xô-chi')
  await input.evaluate((el) => {
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }))
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', isComposing: true, bubbles: true, cancelable: true }))
    // Some browsers only tell through the legacy keyCode 229.
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, bubbles: true, cancelable: true }))
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'Xô-chi' }))
  })
  // Give a wrongly wired handler the time to grade, then check nothing was submitted.
  await page.waitForTimeout(300)
  await expect(feedbackPanel(page)).toHaveCount(0)
  await expect(input).not.toHaveAttribute('readonly')
  await expect(input).toHaveValue('Xô-chi')
  // The control: a plain Enter does submit.
  await input.press('Enter')
  await expect(feedbackPanel(page)).toBeVisible()
  await expect(input).toHaveAttribute('readonly')
})
