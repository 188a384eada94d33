import { answerAll, expect, homeCounts, navigateHome, questionKind, startQuiz, test } from './support'

const KINDS = ['Tự gõ câu trả lời', 'Điền vào chỗ trống']
const TOPIC = 'Hội đàm ở Sochi'

test('a 5-question quiz filtered by kind and topic: score, every mistake reviewed, schedule untouched', async ({ page }) => {
  test.setTimeout(45_000)
  await page.goto('/')
  const before = await homeCounts(page)
  const goal = await page.getByTestId('goal').innerText()

  await page.goto('/quiz')
  const available = page.locator('main form.setup [role=status]')
  const all = await available.innerText()
  await page.getByRole('checkbox', { name: TOPIC, exact: true }).check()
  // The topic narrows what is available: the filter reaches the quiz builder.
  await expect(available).not.toHaveText(all)

  await startQuiz(page, { count: 5, kinds: KINDS, topics: [TOPIC] })
  await expect(page.locator('main [role=progressbar]')).toHaveAttribute('aria-valuemax', '5')
  // Every question is of a chosen kind (both are answered in a text box), and every answer is wrong.
  expect(await questionKind(page)).toBe('typed')
  expect(await answerAll(page, { typed: 'zzz' })).toBe(5)

  const summary = page.locator('main section.summary')
  await expect(summary.locator('.of')).toHaveText('Đúng 0 trên 5 câu')
  await expect(summary.locator('.count.wrong .n')).toHaveText('5')
  const mistakes = summary.locator('.mistake')
  await expect(mistakes).toHaveCount(5)
  for (const mistake of await mistakes.all()) {
    await expect(mistake.locator('.prompt')).not.toBeEmpty()
    await expect(mistake.locator('.expected')).toHaveText(/^Đáp án: \S/)
  }

  await navigateHome(page)
  expect(await homeCounts(page)).toEqual(before)
  await expect(page.getByTestId('goal')).toHaveText(goal)
  await page.reload()
  expect(await homeCounts(page)).toEqual(before)
})

test('"count toward my schedule" makes a quiz change the schedule', async ({ page }) => {
  await page.goto('/')
  const before = await homeCounts(page)
  await startQuiz(page, { count: 5, kinds: ['Trắc nghiệm'], schedule: true })
  expect(await answerAll(page)).toBe(5)
  await navigateHome(page)
  await expect(page.getByTestId('new-count')).not.toHaveText(before.new)
  await page.reload()
  expect((await homeCounts(page)).new).not.toBe(before.new)
})
