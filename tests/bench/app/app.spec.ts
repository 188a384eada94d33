import { expect, test, type Page } from '@playwright/test'
import { startPreview } from '../../e2e/support/server'
import { makeHistory } from '../../fixtures/history'

const RUNS = 9
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)} (n=${xs.length})`

/** Marks, in the page's own clock, the first moment a question can be answered. */
const READY = `
  new MutationObserver((_, observer) => {
    const card = document.querySelector('[data-testid="question-card"]')
    if (card && card.querySelector('button:not([disabled]), input:not([readonly]), select')) {
      window.__questionReady = performance.now()
      observer.disconnect()
    }
  }).observe(document, { subtree: true, childList: true })
`

async function answerAndNext(page: Page): Promise<{ feedback: number; next: number }> {
  return page.evaluate(async () => {
    const card = () => document.querySelector('[data-testid="question-card"]')!
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    const until = (test: () => boolean) =>
      new Promise<void>((resolve, reject) => {
        if (test()) return resolve()
        const o = new MutationObserver(() => test() && (o.disconnect(), resolve()))
        o.observe(document.body, { subtree: true, childList: true, attributes: true })
        setTimeout(() => (o.disconnect(), reject(new Error('the page did not change within 10 s'))), 10_000)
      })
    const before = card().textContent
    // Any answer will do: fill every field, then press the question's first answer button.
    for (const input of card().querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')) {
      input.value = 'x'
      input.dispatchEvent(new Event('input', { bubbles: true }))
    }
    for (const select of card().querySelectorAll<HTMLSelectElement>('select')) {
      select.selectedIndex = select.options.length - 1
      select.dispatchEvent(new Event('change', { bubbles: true }))
    }
    const choice = card().querySelector<HTMLButtonElement>('button.option:not([disabled])')
      ?? card().querySelector<HTMLButtonElement>('.btn-primary:not([disabled])')
      ?? [...card().querySelectorAll<HTMLButtonElement>('button')].find((b) => !b.disabled)!
    const t0 = performance.now()
    choice.click()
    await until(() => !!document.querySelector('.feedback, [data-testid="feedback"]') || [...document.querySelectorAll('button')].some((b) => /Tiếp tục|Xem kết quả/.test(b.textContent ?? '')))
    await frame()
    const t1 = performance.now()
    const next = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => /Tiếp tục/.test(b.textContent ?? ''))
    if (!next) return { feedback: t1 - t0, next: NaN }
    const t2 = performance.now()
    next.click()
    await until(() => card()?.textContent !== before && !!card()?.querySelector('button:not([disabled]), input:not([readonly])'))
    await frame()
    return { feedback: t1 - t0, next: performance.now() - t2 }
  })
}

test('offline start to the first question, and answer to the next, with 1,000 answers stored', async ({ page }, info) => {
  const server = await startPreview(4610)
  const history = makeHistory(1000, Date.now())
  try {
    await page.goto(server.url + '/settings')
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 })
    await page.getByText('Thay thế toàn bộ tiến độ hiện có').click()
    await page.getByTestId('import-file').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(history)) })
    // A replace asks first.
    await page.getByRole('dialog').getByRole('button', { name: 'Thay thế' }).click()
    await expect(page.getByTestId('settings-message')).toHaveText(/Đã nhập/)
    // Warm every lazy chunk into the cache before going offline.
    await page.goto(server.url + '/review')
    await page.getByTestId('question-card').waitFor()
  } finally {
    await server.stop()
  }
  await expect(fetch(server.url + '/')).rejects.toThrow()
  await page.addInitScript(READY)

  const starts: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const response = await page.goto(server.url + '/review')
    expect(response?.fromServiceWorker()).toBe(true)
    await page.waitForFunction(() => (window as { __questionReady?: number }).__questionReady !== undefined)
    starts.push(await page.evaluate(() => (window as unknown as { __questionReady: number }).__questionReady))
  }
  const stored = await page.evaluate(
    () => new Promise<number>((resolve) => {
      const open = indexedDB.open('hoc-bai-bao')
      open.onsuccess = () => {
        const req = open.result.transaction('log').objectStore('log').count()
        req.onsuccess = () => resolve(req.result)
      }
    }),
  )
  expect(stored).toBeGreaterThanOrEqual(1000)

  const feedback: number[] = []
  const next: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const r = await answerAndNext(page)
    feedback.push(r.feedback)
    if (!Number.isNaN(r.next)) next.push(r.next)
  }
  const report = [
    `log entries stored: ${stored}`,
    `navigation → first question ready (offline, from the service worker): ${fmt(starts)}`,
    `answer → feedback shown: ${fmt(feedback)}`,
    `"Tiếp tục" → next question ready: ${fmt(next)}`,
  ].join('\n')
  console.log(report)
  await info.attach('figures', { body: report })
})
