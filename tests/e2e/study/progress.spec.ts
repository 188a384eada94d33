import { answerAll, expect, startQuiz, test } from './support'

test('after 30 answers the progress page shows each chart with its table, and the numbers agree', async ({ page }) => {
  test.setTimeout(75_000)
  // A 30-question quiz that counts toward the schedule: 30 answers in today's log.
  await startQuiz(page, { count: 30, schedule: true })
  expect(await answerAll(page)).toBe(30)
  const summary = page.locator('main section.summary')
  const correct = Number(await summary.locator('.count.correct .n').innerText())

  await page.goto('/progress')
  const stat = (label: string) => page.locator('main .stat').filter({ has: page.getByText(label, { exact: true }) }).locator('.value')
  await expect(stat('Đã trả lời hôm nay')).toHaveText('30')
  await expect(stat('Đúng hôm nay')).toHaveText(String(correct))

  const charts = page.locator('main .charts > section')
  await expect(charts).toHaveCount(5)
  // Measured retention needs facts reviewed over days: on day one it says so instead of drawing an empty chart.
  const retention = charts.filter({ hasText: 'Tỉ lệ nhớ đo được' })
  await expect(retention).toContainText('Tỉ lệ nhớ sẽ hiện ra sau vài ngày ôn tập')
  await expect(retention.locator('svg')).toHaveCount(0)
  const drawn = charts.filter({ hasNotText: 'Tỉ lệ nhớ đo được' })
  await expect(drawn).toHaveCount(4)
  for (const chart of await drawn.all()) {
    const images = chart.locator('svg[role=img]')
    expect(await images.count(), await chart.innerText()).toBeGreaterThan(0)
    for (const image of await images.all()) await expect(image).toHaveAttribute('aria-label', /\S/)
    const table = chart.locator('details.as-table')
    await expect(table).toHaveCount(1)
    await table.locator('summary').click()
    await expect(table.locator('table tbody tr').first()).toBeVisible()
  }

  // Answers per day: today's row (the last day) holds all 30, split into correct and the rest.
  const reviews = charts.nth(0)
  const today = reviews.locator('table tbody tr').last()
  await expect(today.locator('td')).toHaveText([String(correct), String(30 - correct), '30'])
  // The other days of the month are empty.
  const totals = await reviews.locator('table tbody tr td:last-child').allInnerTexts()
  expect(totals.map(Number).reduce((a, b) => a + b, 0)).toBe(30)
  // The chart's own description speaks of the same day.
  await expect(reviews.locator('svg[role=img]')).toHaveAttribute('aria-label', /30/)
})
