import { expect, type Page } from '@playwright/test'
import { test, answerAndNext, dumpDb, learnedOnHome, putRecords, waitForLog, type Dump } from './support'

/** Stored data the app cannot use, or cannot write over: it still starts, and keeps what it finds. */

async function answerSome(page: Page, count: number) {
  await page.goto('/review')
  for (let i = 0; i < count; i++) await answerAndNext(page)
  await waitForLog(page, count)
}

const value = (dump: Dump, store: keyof Dump, key: string) => dump[store].find(([k]) => k === key)?.[1]

test('corrupt records are set aside, not deleted, and the rest of the progress shows', async ({ page }) => {
  await answerSome(page, 3)
  const before = await dumpDb(page)
  const [cardKey, card] = before.cards[0]!
  const badCard = { ...(card as object), due: 'yesterday' }
  const badLogKey = `${Date.now()}-garbage`
  const badLog = 'this was an answer once'
  const badSettings = 'dark'
  await putRecords(page, [
    { store: 'cards', key: cardKey, value: badCard },
    { store: 'log', key: badLogKey, value: badLog },
    { store: 'kv', key: 'hbb:settings', value: badSettings },
  ])

  await page.goto('/settings')
  await expect(page.getByTestId('set-aside-notice')).toContainText('3 bản ghi hỏng')
  await expect(page.getByTestId('storage-banner')).toHaveCount(0)

  // The other two cards and all three answers are still there.
  await page.getByRole('link', { name: 'Trang chủ' }).first().click()
  expect(await learnedOnHome(page)).toBe(2)
  await expect(page.getByTestId('goal')).toHaveText('Mục tiêu hôm nay: 3 / 20 câu')

  const after = await dumpDb(page)
  expect(value(after, 'cards', cardKey)).toBeUndefined()
  expect(value(after, 'log', badLogKey)).toBeUndefined()
  expect(value(after, 'kv', 'hbb:settings')).toBeUndefined()
  const aside = after.aside.map(([, record]) => record as { origin: string; key: string; value: unknown })
  expect(aside).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ origin: 'card', key: cardKey, value: badCard }),
      expect.objectContaining({ origin: 'log', key: badLogKey, value: badLog }),
      expect.objectContaining({ origin: 'settings', key: 'hbb:settings', value: badSettings }),
    ]),
  )
  // The untouched records are exactly as they were.
  expect(after.cards).toEqual(before.cards.slice(1))
  expect(after.log).toEqual(before.log)
})

test('a damaged unfinished session does not block review: a fresh session starts', async ({ page }) => {
  await page.goto('/')
  // Nulls where the session's items belong, as a half-written or hand-edited record might hold.
  const session = { version: 1, kind: 'review', seed: 1, session: { version: 1, mode: 'review', startedAt: 0, items: [null, null], answers: [] } }
  await putRecords(page, [{ store: 'kv', key: 'hbb:session', value: session }])
  await page.goto('/review')
  await expect(page.getByTestId('question-card')).toBeVisible()
  await answerAndNext(page)
  await waitForLog(page, 1)
})

const newer: { name: string; store: (page: Page) => Promise<void> }[] = [
  {
    name: 'schema version 4 in the data',
    store: (page) =>
      putRecords(page, [
        { store: 'kv', key: 'hbb:schema-version', value: 4 },
        // A record of a shape this build does not know: it must not be set aside or rewritten.
        { store: 'cards', key: 'fact-from-the-future', value: { factId: 'fact-from-the-future', memory: { s: 1, d: 2 } } },
      ]),
  },
  {
    name: 'a newer database layout (IndexedDB version 5)',
    store: (page) =>
      page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            // The app's own connection closes when asked (versionchange), as a newer build's tab would ask.
            const request = indexedDB.open('hoc-bai-bao', 5)
            request.onupgradeneeded = () => request.result.createObjectStore('future')
            request.onsuccess = () => {
              request.result.close()
              resolve()
            }
            request.onerror = () => reject(request.error)
          }),
      ),
  },
]

for (const { name, store } of newer) {
  test(`data of a newer version (${name}): read-only with a banner, never written over`, async ({ page }) => {
    await answerSome(page, 2)
    await store(page)
    const before = await dumpDb(page)

    await page.goto('/')
    const banner = page.getByTestId('storage-banner')
    await expect(banner).toContainText('phiên bản mới hơn')
    expect(await learnedOnHome(page)).toBe(2)

    // Studying still works on screen, but nothing reaches the database.
    await page.getByRole('link', { name: 'Ôn tập' }).first().click()
    await answerAndNext(page)
    await page.getByRole('link', { name: 'Trang chủ' }).first().click()
    await expect(page.getByTestId('goal')).toHaveText('Mục tiêu hôm nay: 3 / 20 câu')
    await page.goto('/settings')
    await expect(page.getByTestId('import-file')).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' })).toBeDisabled()

    await page.reload()
    await expect(banner).toBeVisible()
    expect(await dumpDb(page)).toEqual(before)
  })
}

test('a NaN produced while answering (a broken clock) is never written: the answer is kept, valid, after a reload', async ({ page }) => {
  await page.addInitScript(() => {
    const real = Date.now.bind(Date)
    Date.now = () => ((window as unknown as { brokenClock?: boolean }).brokenClock ? Number.NaN : real())
  })
  await answerSome(page, 1)
  await page.evaluate(() => ((window as unknown as { brokenClock?: boolean }).brokenClock = true))
  await answerAndNext(page)
  await waitForLog(page, 2)
  await page.reload()
  await page.goto('/')
  await expect(page.getByTestId('goal')).toHaveText('Mục tiêu hôm nay: 2 / 20 câu')
  const after = await dumpDb(page)
  expect(after.log).toHaveLength(2)
  expect(after.aside).toEqual([])
  for (const [, entry] of after.log) expect(Number.isFinite((entry as { reviewedAt: number }).reviewedAt)).toBe(true)
})

test('a stored card with no memory (stability 0 in review) is set aside at start; its fact is answered afresh and kept', async ({ page }) => {
  await answerSome(page, 1)
  const [key, card] = (await dumpDb(page)).cards[0]!
  // FSRS refuses such a card ("Invalid memory state"): before, answering it threw and the question hung.
  const broken = { ...(card as object), state: 'review', stability: 0, due: Date.now() - 86_400_000 }
  await putRecords(page, [{ store: 'cards', key, value: broken }])
  await page.goto('/review')
  await answerAndNext(page)
  await waitForLog(page, 2)
  await page.goto('/')
  await expect(page.getByTestId('goal')).toHaveText('Mục tiêu hôm nay: 2 / 20 câu')
  const after = await dumpDb(page)
  expect(after.aside.map(([, r]) => (r as { key: string }).key)).toContain(key)
})
