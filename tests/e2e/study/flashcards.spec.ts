import { closeOfflineNotice, expect, test, type Page } from './support'

const card = (page: Page) => page.locator('main [aria-keyshortcuts="Space Enter"]')
const grade = (page: Page, n: number) => page.locator(`main button[aria-keyshortcuts="${n}"]`)

test('flashcards by keyboard alone: Tab to the card, Space and Enter flip, 1–4 grade, Ctrl+Z undoes, to the end', async ({ page }) => {
  test.setTimeout(45_000)
  await page.goto('/flashcards')
  await closeOfflineNotice(page)
  await expect(card(page)).toBeVisible()
  const bar = page.locator('main [role=progressbar]')
  const total = Number(await bar.getAttribute('aria-valuemax'))
  expect(total).toBeGreaterThan(2)

  // Tab from the top of the page until the card has focus: it is reachable without a mouse.
  await page.locator('body').focus()
  for (let i = 0; i < 25 && !(await card(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(card(page)).toBeFocused()

  // Before the flip the grades are off; Space shows the back and the interval each grade would give.
  await expect(grade(page, 1)).toBeDisabled()
  await page.keyboard.press('Space')
  await expect(card(page)).toHaveClass(/flipped/)
  for (const n of [1, 2, 3, 4]) {
    await expect(grade(page, n)).toBeEnabled()
    await expect(grade(page, n).locator('.interval')).toHaveText(/\d/)
  }
  const front = await card(page).locator('.front .text').innerText()
  await page.keyboard.press('1')
  await expect(bar).toHaveAttribute('aria-valuenow', '1')
  await expect(card(page)).not.toHaveClass(/flipped/)

  // Ctrl+Z brings the graded card back, unflipped.
  await page.keyboard.press('Control+z')
  await expect(bar).toHaveAttribute('aria-valuenow', '0')
  await expect(card(page).locator('.front .text')).toHaveText(front)
  await expect(card(page)).not.toHaveClass(/flipped/)

  // Enter flips too; then grade every card to the end with the keys only.
  for (let done = 0; done < total; done++) {
    await expect(card(page)).toBeFocused()
    await page.keyboard.press(done % 2 ? 'Enter' : 'Space')
    await expect(card(page)).toHaveClass(/flipped/)
    await page.keyboard.press(String((done % 4) + 1))
    if (done + 1 < total) await expect(bar).toHaveAttribute('aria-valuenow', String(done + 1))
  }
  await expect(page.locator('main section.done')).toContainText('Bạn đã xem hết thẻ của phiên này.')
})
