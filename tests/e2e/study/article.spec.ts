import { answerAll, answerQuestion, expect, feedbackPanel, questionCard, startQuiz, test, type Page } from './support'

/** The sentence the app says it opened, checked from the URL to the highlight and the listed facts. */
async function expectSentenceOpen(page: Page): Promise<number> {
  await expect(page).toHaveURL(/\/article\?s=\d+#s-\d+$/)
  const n = Number(new URL(page.url()).searchParams.get('s'))
  expect(new URL(page.url()).hash).toBe(`#s-${n}`)
  const sentence = page.locator(`#s-${n}`)
  await expect(sentence).toHaveClass(/selected/)
  await expect(sentence).toHaveAttribute('aria-expanded', 'true')
  await expect(sentence).toBeInViewport()
  await expect(page.locator('main a.sentence.selected')).toHaveCount(1)
  const facts = page.locator(`#facts-${n} li`)
  expect(await facts.count()).toBeGreaterThan(0)
  for (const fact of await facts.all()) await expect(fact.locator('small')).toHaveText(/Chưa học|Đang học|Đang nhớ|Đã thuộc/)
  return n
}

test('"Xem trong bài báo" from the feedback opens that sentence, with the answered fact now being learned', async ({ page }) => {
  await page.goto('/review')
  await expect(questionCard(page)).toBeVisible()
  const quote = await (async () => {
    await answerQuestion(page)
    return feedbackPanel(page).locator('figure.source blockquote').innerText()
  })()
  await feedbackPanel(page).getByRole('button', { name: 'Xem trong bài báo' }).click()
  const n = await expectSentenceOpen(page)
  // The sentence shown is the one the feedback quoted.
  const text = await page.locator(`#s-${n}`).evaluate((el) => el.lastChild?.textContent?.trim())
  expect(quote.trim()).toBe(text)
  // The fact just answered has left "new": its mastery and recall show.
  await expect(page.locator(`#facts-${n} li small`).filter({ hasText: 'Đang học' }).first()).toContainText('Khả năng nhớ lúc này')
})

test('"Xem trong bài báo" from a mistake in the summary opens that sentence', async ({ page }) => {
  await startQuiz(page, { count: 5, kinds: ['Tự gõ câu trả lời', 'Điền vào chỗ trống'] })
  await answerAll(page, { typed: 'zzz' })
  const mistake = page.locator('main section.summary .mistake').nth(2)
  await mistake.getByRole('button', { name: 'Xem trong bài báo' }).click()
  await expectSentenceOpen(page)
})
