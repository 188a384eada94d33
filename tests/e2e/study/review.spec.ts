import { answerQuestion, expect, feedbackPanel, homeCounts, press, questionCard, sessionBar, test } from './support'

test.describe('a review session on a phone, by touch', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('from home, every question answered by tapping, feedback with its sentence each time, to the summary', async ({ page }) => {
    test.setTimeout(60_000)
    await page.goto('/')
    const before = await homeCounts(page)
    await press(page.getByTestId('start-review'), 'tap')
    await expect(page).toHaveURL(/\/review$/)
    await expect(questionCard(page)).toBeVisible()

    const total = Number(await sessionBar(page).getAttribute('aria-valuemax'))
    expect(total).toBeGreaterThan(0)
    const kinds = new Set<string>()
    for (let done = 0; done < total; done++) {
      await expect(sessionBar(page)).toHaveAttribute('aria-valuenow', String(done))
      kinds.add(await answerQuestion(page, { how: 'tap' }))
      // The bar moves as soon as the answer counts, and the feedback quotes the article's sentence.
      await expect(sessionBar(page)).toHaveAttribute('aria-valuenow', String(done + 1))
      await expect(feedbackPanel(page).locator('figure.source blockquote')).not.toBeEmpty()
      await press(feedbackPanel(page).locator('button.next'), 'tap')
    }
    const summary = page.locator('main section.summary')
    await expect(summary).toBeVisible()
    await expect(summary.locator('.of')).toContainText(`trên ${total} câu`)
    const counted = await summary.locator('.count .n').allInnerTexts()
    expect(counted.map(Number).reduce((a, b) => a + b, 0)).toBe(total)
    // A new session of several kinds, so the helper met more than one.
    expect(kinds.size).toBeGreaterThan(1)

    await press(summary.getByRole('button', { name: 'Về trang chủ' }), 'tap')
    const after = await homeCounts(page)
    expect(after.new).not.toBe(before.new)
  })
})
