import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { dumpDb, type Dump } from '../storage/support'
import { waitForController } from '../support/pwa'

/**
 * Devices for the sync tests: each a browser context of its own (its own IndexedDB, its own cookies), at a phone's
 * or a desktop's size, on the production build; and what a learner does on them.
 */
export const PHONE = { width: 360, height: 740 }
export const DESKTOP = { width: 1280, height: 800 }

export interface Device {
  context: BrowserContext
  page: Page
}

/** Where the devices' clocks start (8:00 in Hanoi): each device's clock is a fake one the tests move on. */
export const START = Date.UTC(2026, 11, 1, 1, 0)

export async function openDevice(browser: Browser, baseURL: string, viewport: { width: number; height: number }): Promise<Device> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'allow',
    hasTouch: viewport.width < 500,
  })
  await context.clock.install({ time: START })
  const page = await context.newPage()
  await page.addLocatorHandler(page.getByTestId('pwa-toast'), (toast) => toast.getByRole('button', { name: /^(Đóng|Close)$/ }).click())
  await page.goto('/')
  await waitForController(page)
  return { context, page }
}

/** Settings → sync: the server's address, the user, the password, "turn sync on". */
export async function turnSyncOn(page: Page, server: string, user: string, password: string) {
  await page.goto('/settings')
  const section = page.getByTestId('sync')
  await section.getByLabel('Địa chỉ máy chủ').fill(server)
  await section.getByLabel('Tên người dùng').fill(user)
  await section.getByLabel('Mật khẩu', { exact: true }).fill(password)
  await section.getByRole('button', { name: 'Bật đồng bộ' }).click()
}

/** Waits until the settings screen says the device is synced and nothing waits to be sent. */
export async function expectSynced(page: Page, timeout = 30_000) {
  if (!page.url().endsWith('/settings')) await page.goto('/settings')
  await expect(page.getByTestId('sync-state')).toHaveText(/^Đã đồng bộ lúc/, { timeout })
  await expect(page.getByTestId('sync-waiting')).toHaveText('Không có câu trả lời nào đang chờ gửi.', { timeout })
}

const card = (page: Page) => page.locator('main [aria-keyshortcuts="Space Enter"]')

/** Grades `count` flashcards with the keyboard (Space flips, 1–4 grade), as many sessions and days as it takes. */
export async function gradeFlashcards(page: Page, count: number) {
  let done = 0
  while (done < count) {
    // When the day's cards are through, the learner comes back the next day.
    for (;;) {
      await page.goto('/flashcards')
      await expect(card(page).or(page.locator('main section.done'))).toBeVisible()
      if (await card(page).isVisible()) break
      await page.clock.fastForward('24:00:00')
    }
    const bar = page.locator('main [role=progressbar]')
    const total = Number(await bar.getAttribute('aria-valuemax'))
    const start = Number(await bar.getAttribute('aria-valuenow'))
    const n = Math.min(total - start, count - done)
    await card(page).focus()
    for (let i = 0; i < n; i++) {
      await page.keyboard.press('Space')
      await expect(card(page)).toHaveClass(/flipped/)
      await page.keyboard.press(String(((done + i) % 4) + 1))
      if (start + i + 1 < total) await expect(bar).toHaveAttribute('aria-valuenow', String(start + i + 1))
      else await expect(page.locator('main section.done')).toBeVisible()
    }
    done += n
  }
}

/** The log's entry ids and the cards, as stored: what two devices in step hold alike. */
export async function progressOf(page: Page): Promise<{ log: string[]; cards: Dump['cards'] }> {
  const dump = await dumpDb(page)
  return { log: dump.log.map(([key]) => key).sort(), cards: [...dump.cards].sort(([a], [b]) => (a < b ? -1 : 1)) }
}

/** How many answers the device's log holds (counted in the page: polling a dump of thousands would slow the sync). */
export function logCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hoc-bai-bao')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      const count = db.transaction('log', 'readonly').objectStore('log').count()
      return await new Promise<number>((resolve, reject) => {
        count.onsuccess = () => resolve(count.result)
        count.onerror = () => reject(count.error)
      })
    } finally {
      db.close()
    }
  })
}
