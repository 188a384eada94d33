import { expect, test } from '@playwright/test'

/**
 * Screenshots of every screen at phone and desktop sizes, in both themes, for people to look at
 * (test-results/screens/), and a check that nothing scrolls sideways on a 360-pixel phone.
 */
const sizes = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'phone390', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]
const screens = [
  { name: 'home', path: '/' },
  { name: 'quiz', path: '/quiz', act: async (page: import('@playwright/test').Page) => page.getByRole('button', { name: /Minsk/ }).click() },
]

for (const size of sizes) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${size.name} ${colorScheme}: screens fit and are captured`, async ({ page }) => {
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width: size.width, height: size.height })
      for (const screen of screens) {
        await page.goto(screen.path)
        await screen.act?.(page)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${screen.name} scrolls sideways`).toBeLessThanOrEqual(0)
        await page.screenshot({ path: `test-results/screens/${screen.name}-${size.name}-${colorScheme}.png`, fullPage: true })
      }
    })
  }
}
