import { expect, type Page } from '@playwright/test'
import { test, answerAndNext, dumpDb, learnedOnHome } from './support'

/**
 * IndexedDB full (QuotaExceededError on every write): answers wait in memory and in the journal kept in
 * localStorage, so a reload still counts them; once storage takes writes again, the next start puts them
 * into IndexedDB and empties the journal.
 */

/** While this localStorage key is set, every IndexedDB put throws as a full disk makes it. */
const FULL = 'e2e:idb-full'
const JOURNAL = 'hbb:journal:'

function journal(page: Page) {
  return page.evaluate((prefix) => {
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(prefix))
    const values = keys.map((k) => localStorage.getItem(k) ?? '')
    return {
      kinds: values.map((v) => (JSON.parse(v) as { kind: string }).kind),
      bytes: keys.reduce((sum, k, i) => sum + (k.length + values[i]!.length) * 2, 0),
    }
  }, JOURNAL)
}

test('answers given while storage is full survive a reload, then reach IndexedDB', async ({ page }) => {
  await page.addInitScript((flag) => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (localStorage.getItem(flag) === '1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
  }, FULL)
  await page.goto('/')
  expect(await learnedOnHome(page)).toBe(0)
  // The database exists and holds this device's id before it fills up.
  await expect.poll(async () => (await dumpDb(page)).kv.some(([key]) => key === 'hbb:meta')).toBe(true)
  await page.evaluate((flag) => localStorage.setItem(flag, '1'), FULL)

  const banner = page.getByTestId('storage-banner')
  const goal = page.getByTestId('goal')
  await page.getByTestId('start-review').click()
  for (let i = 0; i < 3; i++) await answerAndNext(page)
  await expect(banner).toContainText('Bộ nhớ của trình duyệt đã đầy')
  await page.getByRole('link', { name: 'Trang chủ' }).first().click()
  await expect(goal).toHaveText('Mục tiêu hôm nay: 3 / 20 câu')
  const learned = await learnedOnHome(page)
  expect(learned).toBeGreaterThan(0)
  expect((await dumpDb(page)).log).toEqual([])

  // Reload with the disk still full: the answers come back from the journal.
  await page.reload()
  await expect(goal).toHaveText('Mục tiêu hôm nay: 3 / 20 câu')
  expect(await learnedOnHome(page)).toBe(learned)
  await expect(banner).toContainText('Bộ nhớ của trình duyệt đã đầy')
  await expect(page.getByTestId('continue')).toContainText('câu 4 / 15')
  expect((await dumpDb(page)).log).toEqual([])
  const held = await journal(page)
  expect(held.kinds.filter((k) => k === 'answer')).toHaveLength(3)
  console.log(`journal while full: ${held.kinds.length} records (${held.kinds.join(', ')}), ${held.bytes} bytes`)

  // Space again: the next start replays the journal into IndexedDB before it reads, then empties it.
  await page.evaluate((flag) => localStorage.removeItem(flag), FULL)
  await page.reload()
  await expect(goal).toHaveText('Mục tiêu hôm nay: 3 / 20 câu')
  expect(await learnedOnHome(page)).toBe(learned)
  await expect(banner).toBeHidden()
  await expect(page.getByTestId('continue')).toContainText('câu 4 / 15')
  const dump = await dumpDb(page)
  expect(dump.log).toHaveLength(3)
  expect(dump.cards).toHaveLength(learned)
  expect((await journal(page)).kinds).toEqual([])

  // And they stay: one more start, nothing doubled.
  await page.reload()
  await expect(goal).toHaveText('Mục tiêu hôm nay: 3 / 20 câu')
  expect((await dumpDb(page)).log).toHaveLength(3)
})

test('when neither IndexedDB nor the journal takes an answer, the banner says so at once', async ({ page }) => {
  await page.addInitScript((flag) => {
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (sessionStorage.getItem(flag) === '1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.apply(this, args)
    }
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === localStorage && sessionStorage.getItem(flag) === '1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return setItem.call(this, key, value)
    }
  }, FULL)
  await page.goto('/')
  await expect.poll(async () => (await dumpDb(page)).kv.some(([key]) => key === 'hbb:meta')).toBe(true)
  await page.evaluate((flag) => sessionStorage.setItem(flag, '1'), FULL)
  await page.getByTestId('start-review').click()
  await answerAndNext(page)
  // Told before a reload could lose it.
  await expect(page.getByTestId('storage-banner')).toContainText('chưa được lưu')
  await expect(page.getByTestId('storage-banner')).toContainText('hãy xuất tệp sao lưu')
})
