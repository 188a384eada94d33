import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'
import { expectNoA11yViolations } from '../support/a11y'
import { test, answerAndNext, dumpDb, learnedOnHome, waitForLog, type Dump } from './support'

/** Export, reset and import on the settings screen: a good backup restores, a bad one changes nothing. */

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/backups/${name}`, import.meta.url))
const message = (page: Page) => page.getByTestId('settings-message')
const byKey = (records: [string, unknown][]) => [...records].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v)
const progressOf = (dump: Dump) => ({ cards: byKey(dump.cards), log: byKey(dump.log) })
type Backup = { cards: { factId: string }[]; log: { id: string }[] }
const progressOfBackup = (backup: Backup) => ({
  cards: [...backup.cards].sort((a, b) => (a.factId < b.factId ? -1 : 1)),
  log: [...backup.log].sort((a, b) => (a.id < b.id ? -1 : 1)),
})

async function answer(page: Page, count: number, total: number) {
  await page.goto('/review')
  for (let i = 0; i < count; i++) await answerAndNext(page)
  await waitForLog(page, total)
}

async function importFile(page: Page, file: string, mode: 'merge' | 'replace') {
  await page.getByRole('radio', { name: mode === 'merge' ? 'Gộp với tiến độ hiện có' : 'Thay thế toàn bộ tiến độ hiện có' }).check()
  await page.getByTestId('import-file').setInputFiles(file)
  // Replacing everything asks first.
  if (mode === 'replace') await page.getByRole('dialog').getByRole('button', { name: 'Thay thế' }).click()
}

async function resetAll(page: Page) {
  await page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa hết' }).click()
  await expect(message(page)).toHaveText('Đã xóa toàn bộ tiến độ.')
}

test('a backup exported by the app restores progress after a reset, by replace and by merge', async ({ page }) => {
  test.setTimeout(45_000)
  await answer(page, 3, 3)
  await page.goto('/settings')
  await expect(page.getByTestId('storage-state')).toContainText('Bạn chưa sao lưu lần nào.')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất tiến độ ra tệp' }).click()])
  expect(download.suggestedFilename()).toMatch(/^hoc-bai-bao-\d{4}-\d{2}-\d{2}\.json$/)
  const file = await download.path()
  const backup = JSON.parse(await readFile(file, 'utf8')) as Backup
  const saved = progressOfBackup(backup)
  expect(saved.log).toHaveLength(3)
  expect(progressOf(await dumpDb(page))).toEqual(saved)
  await expect(page.getByTestId('storage-state')).toContainText('Sao lưu lần cuối')

  // Reset asks first; Cancel changes nothing.
  const before = await dumpDb(page)
  await page.getByRole('button', { name: 'Xóa toàn bộ tiến độ' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toContainText('Xóa toàn bộ tiến độ trên máy này?')
  await dialog.getByRole('button', { name: 'Hủy' }).click()
  await expect(dialog).toBeHidden()
  expect(await dumpDb(page)).toEqual(before)

  for (const mode of ['replace', 'merge'] as const) {
    await resetAll(page)
    expect(progressOf(await dumpDb(page))).toEqual({ cards: [], log: [] })
    await importFile(page, file, mode)
    await expect(message(page)).toHaveText('Đã nhập tiến độ từ tệp.')
    expect(progressOf(await dumpDb(page))).toEqual(saved)
  }
  await page.getByRole('link', { name: 'Trang chủ' }).first().click()
  expect(await learnedOnHome(page)).toBe(3)
  await expect(page.getByTestId('goal')).toHaveText('Mục tiêu hôm nay: 3 / 20 câu')

  // With one answer more than the backup: merge keeps it, replace puts back exactly the backup.
  await answer(page, 1, 4)
  await page.goto('/settings')
  await importFile(page, file, 'merge')
  await expect(message(page)).toHaveText('Đã nhập tiến độ từ tệp.')
  const merged = progressOf(await dumpDb(page))
  expect(merged.log).toHaveLength(4)
  expect(merged.log).toEqual(expect.arrayContaining(saved.log))
  await page.reload()
  await importFile(page, file, 'replace')
  await expect(message(page)).toHaveText('Đã nhập tiến độ từ tệp.')
  expect(progressOf(await dumpDb(page))).toEqual(saved)
})

const badFiles: { name: string; file: string | { name: string; mimeType: string; buffer: Buffer }; says: string | RegExp }[] = [
  { name: 'not JSON', file: fixture('not-json.json'), says: 'Tệp này không phải JSON hợp lệ. Không có gì thay đổi.' },
  { name: "another app's JSON", file: fixture('other-app.json'), says: 'Tệp này không phải bản sao lưu của Học bài báo. Không có gì thay đổi.' },
  { name: 'a newer schema version', file: fixture('newer-version.json'), says: /^Tệp được tạo bởi phiên bản mới hơn của ứng dụng\..*Không có gì thay đổi\.$/ },
  { name: 'a card with stability "high"', file: fixture('wrong-types.json'), says: 'Tệp sao lưu bị hỏng (cards.0.stability). Không có gì thay đổi.' },
  {
    name: 'over 10 MB',
    file: { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(10 * 1024 * 1024 + 1, 0x20) },
    says: 'Tệp lớn hơn 10 MB nên không thể là bản sao lưu của ứng dụng này. Không có gì thay đổi.',
  },
]

test('every bad backup is refused with its own message and changes nothing', async ({ page }) => {
  await answer(page, 2, 2)
  await page.goto('/settings')
  const before = await dumpDb(page)
  for (const bad of badFiles) {
    await page.getByRole('radio', { name: 'Thay thế toàn bộ tiến độ hiện có' }).check()
    await page.getByTestId('import-file').setInputFiles(bad.file)
    await expect(message(page), bad.name).toHaveText(bad.says)
    expect(await dumpDb(page), bad.name).toEqual(before)
  }
  await page.getByRole('link', { name: 'Trang chủ' }).first().click()
  expect(await learnedOnHome(page)).toBe(2)

  // The fixtures differ from a good backup only where they are meant to: the good one imports.
  await page.goto('/settings')
  await importFile(page, fixture('good.json'), 'merge')
  await expect(message(page)).toHaveText('Đã nhập tiến độ từ tệp.')
  expect(progressOf(await dumpDb(page)).log).toHaveLength(4)
})

test('settings with a message showing passes axe', async ({ page }) => {
  await page.goto('/settings')
  await importFile(page, fixture('wrong-types.json'), 'merge')
  await expect(message(page)).toContainText('Tệp sao lưu bị hỏng')
  await expectNoA11yViolations(page)
})
