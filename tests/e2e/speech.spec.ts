import { expectNoA11yViolations } from './support/a11y'
import { answerQuestion, expect, feedbackPanel, questionCard, startQuiz, test, type Page } from './study/support'

/**
 * Reading aloud uses the device's Vietnamese voice. Headless Chromium here has none, which is the first case;
 * the second gives the page a speechSynthesis of its own, with one vi-VN voice that arrives a moment after
 * load (as Chrome's do), recording what it is asked to read instead of reading it.
 */
declare global {
  interface Window {
    spoken: { text: string; lang: string; rate: number; voice: string | undefined }[]
  }
}

function stubSpeech(voices: { lang: string; name: string }[]) {
  window.spoken = []
  const list: SpeechSynthesisVoice[] = []
  const synth = Object.assign(new EventTarget(), {
    speaking: false, pending: false, paused: false, onvoiceschanged: null,
    getVoices: () => list,
    speak: (u: SpeechSynthesisUtterance) => void window.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name }),
    cancel() {}, pause() {}, resume() {},
  })
  // The real utterance accepts only the browser's own voice objects.
  class Utterance {
    voice: SpeechSynthesisVoice | null = null
    lang = ''
    rate = 1
    onend = null
    onerror = null
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true })
  setTimeout(() => {
    list.push(...voices.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name }) as SpeechSynthesisVoice))
    synth.dispatchEvent(new Event('voiceschanged'))
  }, 300)
}

const readAloud = (page: Page) => page.getByTestId('read-aloud')

/** Long enough after a load for voices that come late (the stub's come after 300 ms) to have come. */
const voicesSettled = (page: Page) => page.waitForTimeout(700)

/** The quiz's first question, its feedback, the article and the settings: where reading aloud would show. */
async function expectNoReadAloud(page: Page) {
  await startQuiz(page, { count: 5 })
  await expect(questionCard(page).locator('h2')).toBeVisible()
  await voicesSettled(page)
  await expect(readAloud(page)).toHaveCount(0)
  await answerQuestion(page)
  await expect(feedbackPanel(page).locator('figure.source blockquote')).toBeVisible()
  await expect(readAloud(page)).toHaveCount(0)
  await page.goto('/article?s=7#s-7')
  await expect(page.locator('#facts-7')).toBeVisible()
  await voicesSettled(page)
  await expect(readAloud(page)).toHaveCount(0)
  await page.goto('/settings')
  await expect(page.getByRole('slider').first()).toBeVisible()
  await voicesSettled(page)
  await expect(page.getByTestId('speech-rate')).toHaveCount(0)
  await expect(readAloud(page)).toHaveCount(0)
}

test('the read-aloud button absent without a voice', async ({ page }) => {
  await page.goto('/')
  const vietnamese = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const has = () => speechSynthesis.getVoices().some((v) => /^vi([-_]|$)/i.test(v.lang))
        if (!('speechSynthesis' in window)) return resolve(false)
        speechSynthesis.addEventListener('voiceschanged', () => resolve(has()))
        setTimeout(() => resolve(has()), 1000)
      }),
  )
  test.skip(vietnamese, 'this browser has a Vietnamese voice: the case without one is the stubbed test below')
  await expectNoReadAloud(page)
})

test('the read-aloud button absent where the device has voices but none Vietnamese', async ({ page }) => {
  await page.addInitScript(stubSpeech, [{ lang: 'en-US', name: 'English' }, { lang: 'fr-FR', name: 'Français' }])
  await expectNoReadAloud(page)
  expect(await page.evaluate(() => window.spoken)).toEqual([])
})

test('with a Vietnamese voice: read aloud on the question, the feedback, the article and the cards, at the speed set', async ({ page }) => {
  await page.addInitScript(stubSpeech, [{ lang: 'en-US', name: 'English' }, { lang: 'vi-VN', name: 'Linh' }])
  await page.goto('/settings')
  const speed = page.getByTestId('speech-rate')
  await expect(speed).toBeVisible()
  const slider = speed.getByRole('slider', { name: 'Tốc độ đọc to' })
  await expect(slider).toHaveAttribute('aria-valuetext', '1×')
  await slider.fill('0.7')
  await expect(slider).toHaveAttribute('aria-valuetext', '0,7×')
  await speed.getByRole('button', { name: 'Nghe thử' }).click()
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1))).toMatchObject({ lang: 'vi-VN', rate: 0.7, voice: 'Linh' })
  await expectNoA11yViolations(page)

  // In the app (no reload), so the speed just set is surely stored before the next screen.
  await page.getByRole('navigation').getByRole('link', { name: 'Ôn tập' }).click()
  const card = questionCard(page)
  const prompt = (await card.locator('h2').innerText()).trim()
  const button = card.getByRole('button', { name: 'Đọc to câu hỏi' })
  await expect(button).toBeVisible()
  await expectNoA11yViolations(page)
  const before = await page.evaluate(() => window.spoken.length)
  await button.click()
  // The prompt first; a multiple choice's options or a statement to judge follow it.
  const question = await page.evaluate((n) => window.spoken[n], before)
  expect(question).toEqual({ text: prompt, lang: 'vi-VN', rate: 0.7, voice: 'Linh' })
  // While it reads, the same button stops it; the keyboard reaches it like any button.
  await expect(card.getByRole('button', { name: 'Dừng đọc' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(button).toBeVisible()

  await answerQuestion(page)
  const sentence = (await feedbackPanel(page).locator('figure.source blockquote').innerText()).trim()
  await feedbackPanel(page).getByRole('button', { name: 'Đọc to câu trong bài' }).click()
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1)?.text)).toBe(sentence)
  await expectNoA11yViolations(page)

  await page.getByRole('navigation').getByRole('link', { name: 'Bài báo' }).click()
  const whole = page.getByRole('button', { name: 'Đọc to cả bài' })
  await whole.click()
  const sentences = await page.locator('main a.sentence').count()
  await expect.poll(() => page.evaluate(() => window.spoken.length)).toBeGreaterThanOrEqual(sentences)
  await expect(page.getByRole('button', { name: 'Dừng đọc' })).toBeVisible()

  await page.goto('/flashcards')
  await page.locator('main .scene').getByRole('button', { name: 'Đọc to câu hỏi' }).click()
  // The press read the card and did not turn it.
  await expect(page.locator('main .scene')).not.toHaveClass(/flipped/)
  await expect.poll(() => page.evaluate(() => window.spoken.at(-1)?.text)).toBe((await page.locator('main .front .text').innerText()).trim())
})
