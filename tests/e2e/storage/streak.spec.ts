import { writeFile } from 'node:fs/promises'
import { expect } from '@playwright/test'
import { makeHistoryAt } from '../../fixtures/history'
import { test } from './support'

const DAY = 86_400_000

/**
 * The first screen reads only the last eight days of the log; the rest follows in the background. A streak longer
 * than that window is shown as a lower bound ("8+") until then, never as a wrong exact number.
 */
test('a 20-day streak never shows as a shorter exact number on home, and ends exact', async ({ page }, info) => {
  // One answer a day for the last 20 days, today included (a minute ago, so it is never in the future).
  const now = Date.now()
  const times = Array.from({ length: 20 }, (_, i) => now - 60_000 - (19 - i) * DAY)
  const file = info.outputPath('streak-20.json')
  await writeFile(file, JSON.stringify(makeHistoryAt(times, now)))

  await page.goto('/settings')
  await page.getByRole('radio', { name: 'Thay thế toàn bộ tiến độ hiện có' }).check()
  await page.getByTestId('import-file').setInputFiles(file)
  await page.getByRole('dialog').getByRole('button', { name: 'Thay thế' }).click()
  await expect(page.getByTestId('settings-message')).toHaveText('Đã nhập tiến độ từ tệp.')

  // Every value the streak figure takes, from the first render on.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { streakSeen: string[] }).streakSeen = [])
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="streak"]')?.textContent?.trim()
      if (text && seen.at(-1) !== text) seen.push(text)
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await page.goto('/')
  await expect(page.getByTestId('streak')).toHaveText('20')
  const seen = await page.evaluate(() => (window as unknown as { streakSeen: string[] }).streakSeen)
  expect(seen.at(-1)).toBe('20')
  for (const value of seen) expect(value === '20' || value.endsWith('+'), `streak shown as "${value}"`).toBe(true)
})
