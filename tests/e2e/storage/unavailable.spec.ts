import { expect } from '@playwright/test'
import { test, answerAndNext, learnedOnHome } from './support'

/**
 * IndexedDB that cannot be opened (private modes, disabled storage, a broken profile): the learner is
 * told, and can still study in memory.
 */
const failures: { name: string; script: () => void }[] = [
  {
    name: 'open throws',
    script: () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      }
    },
  },
  {
    name: 'the open request fails',
    script: () => {
      IDBFactory.prototype.open = () => {
        const request = { result: undefined, error: new DOMException('Internal error opening backing store', 'UnknownError') } as {
          onerror?: (event: Event) => void
        }
        setTimeout(() => request.onerror?.(new Event('error')), 0)
        return request as unknown as IDBOpenDBRequest
      }
    },
  },
]

for (const { name, script } of failures) {
  test(`IndexedDB unavailable (${name}): a banner, and review works in memory`, async ({ page }) => {
    await page.addInitScript(script)
    await page.goto('/')
    const banner = page.getByTestId('storage-banner')
    await expect(banner).toContainText('Không lưu được tiến độ')
    expect(await learnedOnHome(page)).toBe(0)

    await page.getByTestId('start-review').click()
    await answerAndNext(page)
    await answerAndNext(page)
    await page.getByRole('link', { name: 'Trang chủ' }).first().click()
    await expect(page.getByTestId('goal')).toHaveText('Mục tiêu hôm nay: 2 / 20 câu')
    expect(await learnedOnHome(page)).toBe(2)
    await expect(banner).toBeVisible()
    // The unfinished session is kept in memory too.
    await expect(page.getByTestId('continue')).toContainText('câu 3 / 15')
  })
}
