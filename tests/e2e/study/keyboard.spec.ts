import { answerQuestion, closeOfflineNotice, expect, feedbackPanel, questionCard, test } from './support'

test('focus moves to each new question and every result is announced', async ({ page }) => {
  await page.goto('/review')
  await closeOfflineNotice(page)
  for (let i = 0; i < 3; i++) {
    const shown = await questionCard(page).locator('h2').getAttribute('id')
    await answerQuestion(page)
    // The verdict is put into a live region after the panel appears, so screen readers read it out.
    await expect(feedbackPanel(page).locator('[role=status]')).toHaveText(/\S/)
    await expect(feedbackPanel(page).locator('button.next')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(feedbackPanel(page)).toHaveCount(0)
    await expect(questionCard(page).locator('h2')).not.toHaveAttribute('id', shown!)
    // Focus is on the new question's heading or its first control, not left on the body.
    const focused = await page.evaluate(() => {
      const el = document.activeElement
      const card = document.querySelector('[data-testid=question-card]')
      const first = card?.querySelector('h2, button, input, select')
      return { inCard: !!el && !!card?.contains(el), first: el === first || el?.tagName === 'H2' }
    })
    expect(focused).toEqual({ inCard: true, first: true })
  }
})

test('reduced motion: the flashcard turns over without a transition', async ({ page }) => {
  await page.goto('/flashcards')
  const inner = page.locator('main .scene .inner')
  await expect(inner).toBeVisible()
  // The control: normally the card turns over in an animation.
  const seconds = () => inner.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration))
  expect(await seconds()).toBeGreaterThan(0.1)

  // Reduced, the turn takes a hundred-thousandth of a second (a zero would skip transitionend handlers).
  await page.emulateMedia({ reducedMotion: 'reduce' })
  expect(await seconds()).toBeLessThan(0.001)
  await page.locator('main .scene').press('Space')
  await expect(page.locator('main .scene')).toHaveClass(/flipped/)
  expect(await inner.evaluate((el) => el.getAnimations().length)).toBe(0)
  await expect(page.locator('main .scene .back')).toBeVisible()
})
