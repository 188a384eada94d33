import { expect, type Page } from '@playwright/test'
import { test, dumpDb } from './support'

/**
 * A page closed while an answer is being committed keeps the whole answer or none of it: its log entry, its
 * card and the session step are one transaction. Closed at once after the click, five times over.
 */

/** Clicks an answer of the question on screen and does not wait for anything. */
async function clickAnswer(page: Page) {
  const card = page.getByTestId('question-card')
  await expect(card.locator('.prompt')).toBeVisible()
  const choice = card.locator('button.option, button.tf').first()
  if (await choice.count()) await choice.click({ noWaitAfter: true })
  else {
    for (const input of await card.locator('input[type=text]').all()) await input.fill('không biết')
    for (const select of await card.locator('select').all()) await select.selectOption({ index: 1 })
    await card.locator('button.btn-primary').first().click({ noWaitAfter: true })
  }
}

test('closing the page during a commit leaves the log, the cards and the session in step', async ({ context }) => {
  test.setTimeout(60_000)
  for (let round = 0; round < 5; round++) {
    const page = await context.newPage()
    await page.goto(round === 0 ? '/review' : '/review?resume=1')
    // A matching or timeline question needs more than a click: answer those normally first.
    await clickAnswer(page)
    await page.close({ runBeforeUnload: false })
  }
  const page = await context.newPage()
  await page.goto('/')
  const { log, cards, kv } = await dumpDb(page)
  const session = kv.find(([k]) => k === 'hbb:session')?.[1] as { session: { answers: { entryId?: string }[] } } | undefined
  const answered = session?.session.answers.map((a) => a.entryId) ?? []
  // Every answer the session counts is in the log, and every entry in the log is one the session counts.
  expect(answered.sort()).toEqual(log.map(([id]) => id).sort())
  // Every answered fact has its card, with as many reviews as the log holds for it.
  const perFact = new Map<string, number>()
  for (const [, e] of log) perFact.set((e as { factId: string }).factId, (perFact.get((e as { factId: string }).factId) ?? 0) + 1)
  expect(cards.length).toBe(perFact.size)
  for (const [, c] of cards) expect((c as { reps: number }).reps).toBe(perFact.get((c as { factId: string }).factId))
})
