import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'
import { test, answerAndNext, answerCurrent, dumpDb, putRecords, waitForLog } from './support'

/**
 * Time is never trusted and no stored value is taken on faith: a clock set back, a file with absurd values,
 * an odd schema record. Each of these left the app unusable before schema 3.
 */

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/backups/${name}`, import.meta.url))
const message = (page: Page) => page.getByTestId('settings-message')
const card = (page: Page) => page.locator('main [aria-keyshortcuts="Space Enter"]')
const bar = (page: Page) => page.locator('main [role=progressbar]')

/** Flips the card on screen and grades it "Quên" (again), then waits for the next one. */
async function gradeAgain(page: Page) {
  const done = Number(await bar(page).getAttribute('aria-valuenow'))
  await card(page).click()
  await expect(card(page)).toHaveClass(/flipped/)
  await page.locator('main button[aria-keyshortcuts="1"]').click()
  await expect(bar(page)).toHaveAttribute('aria-valuenow', String(done + 1))
}

test('the clock set back after grading flashcards: flashcards and review both go on', async ({ page }) => {
  test.setTimeout(45_000)
  await page.clock.install({ time: new Date('2026-11-20T01:00:00Z') })
  await page.goto('/flashcards')
  for (let i = 0; i < 3; i++) await gradeAgain(page)
  await waitForLog(page, 3)
  // Corrected after running fast, or a time-zone change: two hours before the answers just given.
  await page.clock.setSystemTime(new Date('2026-11-19T23:00:00Z'))
  await page.goto('/flashcards')
  await expect(card(page)).toBeVisible()
  await gradeAgain(page)
  await waitForLog(page, 4)
  await page.goto('/review')
  for (let i = 0; i < 3; i++) await answerAndNext(page)
  await waitForLog(page, 7)
  await expect(page.getByTestId('not-saved')).toHaveCount(0)
  // Every id follows the one before it, whatever the clock said.
  const ids = (await dumpDb(page)).log.map(([k]) => k)
  expect([...ids].sort()).toEqual(ids)
})

test('the clock going back in the middle of a review session: the session goes on and every answer is kept', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-20T08:00:00Z') })
  await page.goto('/review')
  await answerAndNext(page)
  await answerAndNext(page)
  await page.clock.setSystemTime(new Date('2026-11-18T08:00:00Z'))
  await answerAndNext(page)
  await page.clock.setSystemTime(new Date('1999-01-01T00:00:00Z'))
  await answerCurrent(page)
  await waitForLog(page, 4)
  const log = (await dumpDb(page)).log.map(([, e]) => e as { reviewedAt: number })
  expect(log.every((e) => e.reviewedAt >= Date.UTC(2000, 0, 1))).toBe(true)
})

for (const [name, spoil, path] of [
  ['an answer in the year 3,170,979,198', (b: Backup) => void (b.log[0]!.reviewedAt = 1e20), 'log.0.reviewedAt'],
  ['a card with difficulty −5', (b: Backup) => void (b.cards[0]!.difficulty = -5), 'cards.0.difficulty'],
  ['a card last reviewed in 2100', (b: Backup) => void (b.cards[0]!.lastReview = Date.UTC(2100, 5, 1)), 'cards.0.lastReview'],
] as const) {
  test(`a backup with ${name} is refused with its field named, and nothing changes`, async ({ page }, info) => {
    await page.goto('/review')
    await answerAndNext(page)
    await waitForLog(page, 1)
    const before = await dumpDb(page)
    const backup = JSON.parse(await readFile(fixture('good.json'), 'utf8')) as Backup
    spoil(backup)
    const file = info.outputPath('absurd.json')
    await writeFile(file, JSON.stringify(backup))
    await page.goto('/settings')
    await page.getByRole('radio', { name: 'Thay thế toàn bộ tiến độ hiện có' }).check()
    await page.getByTestId('import-file').setInputFiles(file)
    await expect(message(page)).toContainText('Tệp sao lưu bị hỏng')
    await expect(message(page)).toContainText(path)
    expect(await dumpDb(page)).toEqual(before)
    await page.goto('/')
    await expect(page.getByTestId('goal')).toContainText('1 / 20')
  })
}

type Backup = { cards: { difficulty: number; lastReview?: number }[]; log: { reviewedAt: number }[] }

for (const [name, odd] of [['an object', { version: 2 }], ['a string', '3'], ['null', null], ['NaN', Number.NaN], ['a date', new Date(0)]] as const) {
  test(`a schema-version record that is ${name} is set aside; progress shows and answers are saved`, async ({ page }) => {
    await page.goto('/review')
    await answerAndNext(page)
    await waitForLog(page, 1)
    await putRecords(page, [{ store: 'kv', key: 'hbb:schema-version', value: odd }])
    await page.goto('/')
    await expect(page.getByTestId('storage-banner')).toHaveCount(0)
    await expect(page.getByTestId('goal')).toContainText('1 / 20')
    await page.goto('/review')
    await answerAndNext(page)
    await waitForLog(page, 2)
    const kv = Object.fromEntries((await dumpDb(page)).kv)
    expect(kv['hbb:schema-version']).toBe(3)
  })
}
