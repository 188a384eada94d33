import { expect } from '@playwright/test'
import { test, answerAndNext, countRecords, dumpDb, learnedOnHome, waitForLog } from './support'

/** Two tabs of one browser share one database: neither loses the other's answers, and each sees them. */
test('two tabs answering at the same time keep every answer, and the other tab refreshes', async ({ context }) => {
  const a = await context.newPage()
  const b = await context.newPage()
  await a.goto('/review')
  await b.goto('/review')

  // Four rounds of one answer in each tab, given at the same moment.
  const rounds = 4
  for (let i = 0; i < rounds; i++) await Promise.all([answerAndNext(a), answerAndNext(b)])
  await waitForLog(a, rounds * 2)
  const { log, cards } = await dumpDb(a)
  // Every answered fact has its card (both tabs may have answered the same facts, so cards ≤ answers).
  expect(new Set(log.map(([, e]) => (e as { factId: string }).factId)).size).toBe(cards.length)

  // Each tab's home, reached without a reload, counts the other's answers too.
  for (const page of [a, b]) {
    await page.getByRole('link', { name: 'Trang chủ' }).first().click()
    await expect(page.getByTestId('goal')).toHaveText(`Mục tiêu hôm nay: ${rounds * 2} / 20 câu`)
    expect(await learnedOnHome(page)).toBe(cards.length)
  }

  // Tab B stays on home; an answer in tab A shows there without a reload.
  await b.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true))
  await a.getByTestId('continue').click()
  await answerAndNext(a)
  await expect(b.getByTestId('goal')).toHaveText(`Mục tiêu hôm nay: ${rounds * 2 + 1} / 20 câu`)
  expect(await b.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true)
  expect(await countRecords(b, 'log')).toBe(rounds * 2 + 1)
})
