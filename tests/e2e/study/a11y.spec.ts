import AxeBuilder from '@axe-core/playwright'
import { answerAll, answerQuestion, expect, questionCard, startQuiz, test, type Page } from './support'

/** Every screen a learner meets, each brought into the state named. */
const screens: { name: string; open: (page: Page) => Promise<unknown> }[] = [
  { name: 'home', open: (page) => page.goto('/') },
  { name: 'review, a question', open: async (page) => { await page.goto('/review'); await questionCard(page).waitFor() } },
  { name: 'review, feedback', open: async (page) => { await page.goto('/review'); await answerQuestion(page) } },
  { name: 'flashcards, front', open: async (page) => { await page.goto('/flashcards'); await page.locator('main .scene').waitFor() } },
  {
    name: 'flashcards, back',
    open: async (page) => {
      await page.goto('/flashcards')
      await page.locator('main .scene').press('Space')
      await expect(page.locator('main .scene')).toHaveClass(/flipped/)
    },
  },
  { name: 'quiz setup', open: async (page) => { await page.goto('/quiz'); await page.locator('main form.setup').waitFor() } },
  { name: 'quiz summary', open: async (page) => { await startQuiz(page, { count: 5, kinds: ['Đúng / sai'] }); await answerAll(page) } },
  {
    name: 'article, a sentence open',
    open: async (page) => { await page.goto('/article?s=12#s-12'); await page.locator('#facts-12').waitFor() },
  },
  { name: 'progress', open: async (page) => { await page.goto('/progress'); await page.locator('main .charts').waitFor() } },
  { name: 'settings', open: async (page) => { await page.goto('/settings'); await page.locator('main h1').waitFor() } },
]

/** Buttons and links in main smaller than 44 × 44 px; sentence links inside the article's prose are exempt (WCAG 2.5.8). */
function smallTargets(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main button, main a, main [role=button]')]
      .filter((el) => !el.closest('article .article-line, article .article-heading'))
      .filter((el) => el.checkVisibility() && !el.closest('.visually-hidden'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 1 && (box.width < 44 || box.height < 44))
      .map(({ el, box }) => `${el.textContent?.trim().slice(0, 30)} (${Math.round(box.width)}×${Math.round(box.height)})`),
  )
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const COLOUR_RULES = ['color-contrast', 'link-in-text-block']

/** Checks the screen as it is now: the colours asked for, axe, no sideways scrolling at phone width, target sizes. */
async function checkScreen(page: Page, name: string, width: number, dark: boolean, rules: 'all' | 'colour' = 'all') {
  const label = `${name}, ${dark ? 'dark' : 'light'}`
  // The colours checked are the ones asked for.
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number)
  expect((r + g + b) / 3 < 128, `${label}: background ${background}`).toBe(dark)
  // The shared expectNoA11yViolations's rules, softly: one run reports every screen's problems. A second
  // colour scheme changes colours only, so there the colour rules are enough (and axe runs are the slow part).
  const builder = new AxeBuilder({ page })
  const axe = await (rules === 'all' ? builder.withTags(AXE_TAGS) : builder.withRules(COLOUR_RULES)).analyze()
  expect.soft(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${label}: axe`).toEqual([])
  if (width <= 360) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect.soft(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0)
  }
  expect.soft(await smallTargets(page), `${label}: targets under 44 px`).toEqual([])
}

for (const width of [360, 1280]) {
  test(`every screen at ${width} px, in the light and the dark system theme: axe, fit, target size`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width, height: width <= 360 ? 740 : 800 })
    for (const screen of screens) {
      await test.step(screen.name, async () => {
        await page.emulateMedia({ colorScheme: 'light' })
        await screen.open(page)
        await page.locator('main h1').first().waitFor()
        await checkScreen(page, screen.name, width, false)
        await page.emulateMedia({ colorScheme: 'dark' })
        await checkScreen(page, screen.name, width, true, 'colour')
      })
    }
  })
}

test('every screen at 360 px with the theme set to Tối in settings while the system is light', async ({ page }) => {
  test.setTimeout(60_000)
  await page.setViewportSize({ width: 360, height: 740 })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/settings')
  await page.getByRole('radio', { name: 'Tối', exact: true }).check()
  for (const screen of screens) {
    await test.step(screen.name, async () => {
      await screen.open(page)
      await page.locator('main h1').first().waitFor()
      await checkScreen(page, screen.name, 360, true, 'colour')
    })
  }
})

test('the target-size check can fail: a 30-pixel button in main is reported, one in the article prose is not', async ({ page }) => {
  await page.goto('/article')
  await page.locator('main article').waitFor()
  expect(await smallTargets(page)).toEqual([])
  await page.evaluate(() => {
    const small = Object.assign(document.createElement('button'), { textContent: 'nhỏ' })
    small.style.cssText = 'width: 30px; height: 30px; padding: 0'
    document.querySelector('main')!.prepend(small)
    document.querySelector('main article .article-line')!.append(small.cloneNode(true))
  })
  expect(await smallTargets(page)).toEqual(['nhỏ (30×30)'])
})
