import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'
import { expectNoA11yViolations } from '../support/a11y'
import { test, answerAndNext, dumpDb, putRecords, waitForLog, type Dump } from './support'

/** Nothing a replace or a reset does is beyond recall: automatic backups, a question first, damaged records told. */

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/backups/${name}`, import.meta.url))
const message = (page: Page) => page.getByTestId('settings-message')
const dialog = (page: Page) => page.getByRole('dialog')
const sorted = (dump: Dump) => ({ cards: [...dump.cards].sort(), log: [...dump.log].sort() })

async function answer(page: Page, count: number) {
  await page.goto('/review')
  for (let i = 0; i < count; i++) await answerAndNext(page)
  await waitForLog(page, count)
}

test('a replace import asks first; Cancel changes nothing; after it, the automatic backup brings everything back', async ({ page }) => {
  test.setTimeout(45_000)
  await answer(page, 3)
  const before = sorted(await dumpDb(page))
  await page.goto('/settings')
  await page.getByRole('radio', { name: 'Thay thế toàn bộ tiến độ hiện có' }).check()

  await page.getByTestId('import-file').setInputFiles(fixture('good.json'))
  await expect(dialog(page)).toContainText('Thay toàn bộ tiến độ trên máy này bằng tệp này (2 câu trả lời, 2 dữ kiện)?')
  await expectNoA11yViolations(page)
  await dialog(page).getByRole('button', { name: 'Hủy' }).click()
  await expect(dialog(page)).toBeHidden()
  expect(sorted(await dumpDb(page))).toEqual(before)

  await page.getByTestId('import-file').setInputFiles(fixture('good.json'))
  await dialog(page).getByRole('button', { name: 'Thay thế' }).click()
  await expect(message(page)).toHaveText('Đã nhập tiến độ từ tệp.')
  const file = JSON.parse(await readFile(fixture('good.json'), 'utf8')) as { log: { id: string }[] }
  expect((await dumpDb(page)).log.map(([k]) => k).sort()).toEqual(file.log.map((e) => e.id).sort())

  const backups = page.getByTestId('auto-backups')
  await expect(backups).toContainText('Trước khi thay thế')
  await expect(backups).toContainText('3 câu trả lời · 3 dữ kiện')
  await backups.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).first().click()
  await expect(dialog(page)).toContainText('(3 câu trả lời, 3 dữ kiện)')
  await dialog(page).getByRole('button', { name: 'Khôi phục' }).click()
  await expect(message(page)).toContainText('Đã khôi phục bản sao lưu lúc')
  expect(sorted(await dumpDb(page))).toEqual({ cards: before.cards, log: before.log })
})

test('a reset keeps an automatic backup that restores what was erased', async ({ page }) => {
  await answer(page, 2)
  const before = sorted(await dumpDb(page))
  await page.goto('/settings')
  await page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click()
  await expect(dialog(page)).toContainText('được tự động lưu lại trước')
  await dialog(page).getByRole('button', { name: 'Xóa hết' }).click()
  await expect(message(page)).toHaveText('Đã xóa toàn bộ tiến độ.')
  expect((await dumpDb(page)).log).toEqual([])
  const backups = page.getByTestId('auto-backups')
  await expect(backups).toContainText('Trước khi xóa')
  await backups.getByRole('button', { name: /^Khôi phục bản sao lưu lúc/ }).first().click()
  await dialog(page).getByRole('button', { name: 'Khôi phục' }).click()
  await expect(message(page)).toContainText('Đã khôi phục')
  expect(sorted(await dumpDb(page))).toEqual({ cards: before.cards, log: before.log })
})

test('a daily automatic backup is taken in the background after the first screen', async ({ page }) => {
  await answer(page, 1)
  await page.goto('/')
  await expect.poll(async () => (await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('hoc-bai-bao')
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const r = db.transaction('backups').objectStore('backups').getAllKeys()
      r.onsuccess = () => resolve(r.result)
    })
    db.close()
    return keys.map(String)
  })).some((k) => k.endsWith('-daily')), { timeout: 10_000 }).toBe(true)
  await page.goto('/settings')
  await expect(page.getByTestId('auto-backups')).toContainText('Hằng ngày')
})

test('damaged records are told on home, downloadable from settings, and home stops telling once seen', async ({ page }) => {
  await answer(page, 2)
  const [key, card] = (await dumpDb(page)).cards[0]!
  await putRecords(page, [{ store: 'cards', key, value: { ...(card as object), due: 'tomorrow' } }])
  await page.goto('/')
  const notice = page.getByTestId('home-set-aside')
  await expect(notice).toContainText('1 bản ghi hỏng đã được để riêng')
  await expectNoA11yViolations(page)
  await notice.getByRole('link', { name: 'Xem và tải về' }).click()
  await expect(page.getByTestId('set-aside-notice')).toContainText('1 bản ghi hỏng')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-set-aside').click()])
  const records = JSON.parse(await readFile((await download.path())!, 'utf8')) as { records: { key: string; value: { due: unknown } }[] }
  expect(records.records.map((r) => [r.key, r.value.due])).toEqual([[key, 'tomorrow']])
  await page.goto('/')
  await expect(page.getByTestId('goal')).toBeVisible()
  await expect(notice).toHaveCount(0)
})
