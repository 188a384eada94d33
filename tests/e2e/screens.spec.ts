import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/**
 * Screenshots of every screen at phone and desktop sizes, in both themes, for people to look at
 * (test-results/screens/), and a check that nothing scrolls sideways on a 360-pixel phone.
 */
const sizes = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
]

/** A learner's deck made from a fixture article, for its screens; its id. */
async function makeDeck(page: Page): Promise<string> {
  await page.goto('/decks/new')
  await page.getByTestId('deck-title').fill('Kinh tế Việt Nam 2023')
  await page.getByTestId('deck-text').fill(readFileSync(new URL('../fixtures/articles/economy-2023.txt', import.meta.url), 'utf8'))
  await page.getByTestId('deck-generate').click()
  await page.waitForURL(/\/deck\/d[0-9a-z]+\/edit$/)
  return /\/deck\/(d[0-9a-z]+)\/edit$/.exec(page.url())![1]!
}

const screens: { name: string; path: string | ((deck: string) => string); act?: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', path: '/' },
  { name: 'review', path: '/review', act: (page) => page.getByTestId('question-card').waitFor() },
  {
    name: 'review-feedback',
    path: '/review',
    act: async (page) => {
      await page.getByTestId('question-card').waitFor()
      const option = page.locator('[data-testid=question-card] button.option').first()
      if (await option.count()) await option.click()
      else {
        const input = page.locator('[data-testid=question-card] input[type=text]').first()
        if (await input.count()) {
          await input.fill('Sochi')
          await input.press('Enter')
        }
      }
    },
  },
  { name: 'flashcards', path: '/flashcards' },
  { name: 'quiz-setup', path: '/quiz' },
  { name: 'article', path: '/article?s=12#s-12' },
  { name: 'progress', path: '/progress' },
  { name: 'settings', path: '/settings' },
  { name: 'deck-new', path: '/decks/new' },
  { name: 'deck-edit', path: (deck) => `/deck/${deck}/edit`, act: (page) => page.getByTestId('deck-item').nth(11).waitFor() },
  { name: 'deck', path: (deck) => `/deck/${deck}` },
  { name: 'deck-review', path: (deck) => `/review?deck=${deck}`, act: (page) => page.getByTestId('question-card').waitFor() },
  { name: 'deck-article', path: (deck) => `/article?deck=${deck}` },
  { name: 'home-with-decks', path: '/', act: (page) => page.getByTestId('deck-list').waitFor() },
]

for (const size of sizes) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${size.name} ${colorScheme}: every screen fits and is captured`, async ({ page }) => {
      test.setTimeout(60_000)
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width: size.width, height: size.height })
      const deck = await makeDeck(page)
      for (const screen of screens) {
        await page.goto(typeof screen.path === 'string' ? screen.path : screen.path(deck))
        await page.locator('main h1').first().waitFor()
        await screen.act?.(page)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${screen.name} scrolls sideways`).toBeLessThanOrEqual(0)
        await page.screenshot({ path: `test-results/screens/${screen.name}-${size.name}-${colorScheme}.png`, fullPage: true })
      }
    })
  }
}
