import { test as base, expect, type Page } from '@playwright/test'

/**
 * Helpers for the storage tests: answer whatever question is on screen, and read or write the app's
 * IndexedDB database from inside the page, without going through the app.
 */

export type StoreName = 'kv' | 'cards' | 'log' | 'aside'
export type Dump = Record<StoreName, [string, unknown][]>

const DB = 'hoc-bai-bao'

/**
 * Playwright's test, with the "ready to work offline" notice closed whenever it covers what a test
 * clicks, in every page of the context (the notice arrives at a random moment, once the worker installed).
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    const close = (page: Page) =>
      page.addLocatorHandler(page.getByTestId('pwa-toast'), (toast) => toast.getByRole('button', { name: /^(Đóng|Close)$/ }).click())
    await Promise.all(context.pages().map(close))
    context.on('page', (page) => void close(page))
    await use(context)
  },
})

/** Answers the question on screen with some response (right or wrong does not matter) and waits for its feedback. */
export async function answerCurrent(page: Page) {
  const card = page.getByTestId('question-card')
  await expect(card.locator('.prompt')).toBeVisible()
  const choice = card.locator('button.option, button.tf').first()
  if (await choice.count()) {
    await choice.click()
  } else {
    for (const input of await card.locator('input[type=text]').all()) await input.fill('không biết')
    for (const select of await card.locator('select').all()) await select.selectOption({ index: 1 })
    await card.locator('button.btn-primary').first().click()
  }
  await expect(page.locator('section.feedback')).toBeVisible()
}

/** The feedback's "next" button (or "see results" on the last question). */
export const nextButton = (page: Page) => page.locator('section.feedback button.next')

/** Answers and moves on to the next question. */
export async function answerAndNext(page: Page) {
  await answerCurrent(page)
  await nextButton(page).click()
}

/** Answers given so far in the session on screen, as its progress bar says. */
export async function answeredInSession(page: Page): Promise<number> {
  return Number(await page.getByTestId('question-card').locator('xpath=..').locator('[role=progressbar]').getAttribute('aria-valuenow'))
}

/**
 * Every record of every store, keys included. Opens without a version, so it must run after the app
 * has created the database (otherwise it would create an empty one).
 */
export function dumpDb(page: Page): Promise<Dump> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      const stores = ['kv', 'cards', 'log', 'aside'].filter((s) => db.objectStoreNames.contains(s))
      const tx = db.transaction(stores, 'readonly')
      const out: Record<string, [string, unknown][]> = { kv: [], cards: [], log: [], aside: [] }
      await Promise.all(
        stores.map(
          (store) =>
            new Promise<void>((resolve, reject) => {
              const keys = tx.objectStore(store).getAllKeys()
              const values = tx.objectStore(store).getAll()
              values.onsuccess = () => {
                out[store] = (keys.result as string[]).map((k, i) => [k, values.result[i]])
                resolve()
              }
              values.onerror = () => reject(values.error)
            }),
        ),
      )
      return out as Dump
    } finally {
      db.close()
    }
  }, DB)
}

export async function countRecords(page: Page, store: StoreName): Promise<number> {
  return (await dumpDb(page))[store].length
}

/** Writes values straight into stores, as a bug, a crash or another build might have left them. */
export function putRecords(page: Page, records: { store: StoreName; key: string; value: unknown }[]): Promise<void> {
  return page.evaluate(
    async ({ name, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name)
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
      try {
        const tx = db.transaction([...new Set(records.map((r) => r.store))], 'readwrite')
        for (const r of records) tx.objectStore(r.store).put(r.value, r.key)
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
          tx.onabort = () => reject(tx.error)
        })
      } finally {
        db.close()
      }
    },
    { name: DB, records },
  )
}

/** Waits until the log store holds `count` entries: the answer has committed, not only shown. */
export async function waitForLog(page: Page, count: number) {
  await expect.poll(() => countRecords(page, 'log'), { timeout: 5_000, intervals: [25, 50, 100] }).toBe(count)
}

/** Sets "new facts per day" through the settings screen's slider. */
export async function setNewPerDay(page: Page, value: number) {
  await page.goto('/settings')
  const slider = page.getByRole('slider', { name: 'Số dữ kiện mới mỗi ngày' })
  await slider.fill(String(value))
  await expect(slider).toHaveValue(String(value))
}

/** Home's "learned n / total" line, as the number n. */
export async function learnedOnHome(page: Page): Promise<number> {
  const text = (await page.locator('p.learned').textContent()) ?? ''
  const match = /Đã học (\d+) \//.exec(text)
  if (!match) throw new Error(`no learned count in "${text}"`)
  return Number(match[1])
}
