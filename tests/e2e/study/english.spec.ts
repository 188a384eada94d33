import { answerQuestion, expect, feedbackPanel, questionCard, test } from './support'

test('English chosen in settings: navigation, home and a question screen in English, kept after a reload, then back', async ({ page }) => {
  const nav = page.getByRole('navigation')
  await page.goto('/settings')
  await expect(nav.getByRole('link', { name: 'Trang chủ' })).toBeVisible()
  await page.getByRole('radio', { name: 'English', exact: true }).check()

  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('main h1')).toHaveText('Settings')
  for (const name of ['Home', 'Review', 'Quiz', 'Settings']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible()
  await expect(nav).not.toContainText('Trang chủ')

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await nav.getByRole('link', { name: 'Home', exact: true }).click()
  await expect(page.getByTestId('start-review')).toContainText('Start reviewing')
  await expect(page.locator('main')).not.toContainText('Bắt đầu ôn tập')

  await page.getByTestId('start-review').click()
  await expect(page.locator('main h1')).toHaveText('Review')
  await expect(page.locator('main [role=progressbar]')).toHaveAccessibleName('Session progress')
  await answerQuestion(page)
  await expect(feedbackPanel(page).locator('button.next')).toHaveText('Continue')
  // The article's own words stay Vietnamese, and say so.
  await expect(questionCard(page).locator('h2')).toHaveAttribute('lang', 'vi')

  await nav.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByRole('radio', { name: 'Tiếng Việt', exact: true }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await expect(nav.getByRole('link', { name: 'Trang chủ' })).toBeVisible()
  await page.reload()
  await expect(page.locator('main h1')).toHaveText('Cài đặt')
})
