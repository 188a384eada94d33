import { readFileSync } from 'node:fs'
import { test, expect, type Page } from '@playwright/test'
import { startCouch } from '../../sync/couch-server'
import { startPreview } from '../../e2e/support/server'
import { waitForController } from '../../e2e/support/pwa'
import { logCount, turnSyncOn } from '../../e2e/sync/support'

/**
 * Two devices, each with 5,000 answers of its own (written straight into the app's database, as years of study
 * would leave them), turn sync on: how long until both hold all 10,000; and how long an answer's transaction
 * (entry, card and session, as the app commits one) takes on a device while that sync runs.
 */
const PER_DEVICE = 5_000
const DAY = 86_400_000
const facts = (JSON.parse(readFileSync(new URL('../../../questions/bank.json', import.meta.url), 'utf8')) as { facts: { id: string }[] }).facts.map((f) => f.id)

function seed(page: Page, device: string, start: number) {
  return page.evaluate(async ({ device, start, facts, count }) => {
    const card = (factId: string, at: number, reps: number) => ({
      factId, state: 'review', due: at + 3 * 86_400_000, stability: 3.2 + reps, difficulty: 5.1, elapsedDays: 2,
      scheduledDays: 3, learningSteps: 0, reps, lapses: 0, lastReview: at,
    })
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hoc-bai-bao')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const tx = db.transaction(['log', 'cards'], 'readwrite')
    const last = new Map<string, ReturnType<typeof card>>()
    for (let i = 0; i < count; i++) {
      const at = start + i * 60_000
      const factId = facts[i % facts.length]!
      const reps = Math.floor(i / facts.length)
      const next = card(factId, at, reps)
      const id = `${String(at).padStart(13, '0')}-${device}-${i.toString(36).padStart(6, '0')}`
      // With the target retention, as the app writes every answer: a device that receives it replays it.
      tx.objectStore('log').put({
        id, deckId: 'article', factId, questionId: `${factId}:mcq`, format: 'mcq', grade: 'good', outcome: 'correct',
        reviewedAt: at, previous: reps === 0 ? null : card(factId, at - 60_000, reps - 1), next, durationMs: 3000, retention: 0.9,
      }, id)
      last.set(factId, next)
    }
    for (const [factId, next] of last) tx.objectStore('cards').put({ ...next, deckId: 'article' }, `article/${factId}`)
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  }, { device, start, facts, count: PER_DEVICE })
}

/**
 * One answer committed by the app's own progress engine (its write queue, its transaction of entry, card and
 * session, its memory), timed in the page: what a learner's answer waits for while the sync runs.
 */
function timeAnswer(page: Page, i: number, factId: string): Promise<number> {
  return page.evaluate(async ({ i, factId }) => {
    interface Basis { card?: Record<string, unknown>; lastEntryId?: string }
    const container = document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $pinia: { _s: Map<string, unknown> } } } } }
    const progress = container.__vue_app__.config.globalProperties.$pinia._s.get('progress') as {
      commitAnswer(deckId: string, factId: string, compute: (basis: Basis) => unknown): Promise<unknown>
    }
    const at = Date.now()
    const next = { factId, state: 'review', due: at + 86_400_000, stability: 4, difficulty: 5, elapsedDays: 1, scheduledDays: 1, learningSteps: 0, reps: 9, lapses: 0, lastReview: at }
    const started = performance.now()
    await progress.commitAnswer('article', factId, (basis) => ({
      card: next,
      entry: {
        id: `${String(at).padStart(13, '0')}-benchaaa-${(900_000 + i).toString(36)}`, deckId: 'article', factId,
        questionId: `${factId}:mcq`, format: 'mcq', grade: 'good', outcome: 'correct', reviewedAt: at,
        previous: basis.card ?? null, next, durationMs: 3000, retention: 0.9,
      },
      session: undefined,
    }))
    return performance.now() - started
  }, { i, factId })
}

test('two devices with 5,000 answers each converge', async ({ browser }) => {
  const couch = await startCouch()
  const preview = await startPreview(5198)
  try {
    await couch.addLearner('bench', 'bench')
    const devices = []
    for (const [i, device] of ['benchaaa', 'benchbbb'].entries()) {
      const context = await browser.newContext({ baseURL: preview.url, viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto('/')
      await waitForController(page)
      await seed(page, device, Date.UTC(2026, 5, 1) + i * 30_000 - 120 * DAY)
      await page.reload()
      expect(await logCount(page)).toBe(PER_DEVICE)
      devices.push({ context, page })
    }
    const [a, b] = devices as [(typeof devices)[0], (typeof devices)[0]]
    const started = Date.now()
    await turnSyncOn(a.page, couch.url, 'bench', 'bench')
    await turnSyncOn(b.page, couch.url, 'bench', 'bench')
    // While the sync runs: answers on the first device, until it holds every answer of the second; then both
    // must hold every answer, these included.
    const commits: number[] = []
    const timing = (async () => {
      for (let i = 0; i < 400 && (await logCount(a.page)) - commits.length < 2 * PER_DEVICE; i++) {
        commits.push(await timeAnswer(a.page, i, facts[i % facts.length]!))
        await a.page.waitForTimeout(100)
      }
    })()
    const converged = timing.then(() => Promise.all([a.page, b.page].map((page) =>
      expect.poll(() => logCount(page), { timeout: 120_000, intervals: [250] }).toBe(2 * PER_DEVICE + commits.length))))
    await converged.catch(async (error: unknown) => {
      // What each device's settings screen says, to tell a slow sync from a stopped one.
      for (const page of [a.page, b.page]) {
        await page.goto('/settings')
        console.log(`device: ${await logCount(page)} answers; ${await page.getByTestId('sync-status').innerText()}`)
      }
      throw error
    })
    await timing
    const seconds = (Date.now() - started) / 1000
    const sorted = [...commits].sort((x, y) => x - y)
    const median = sorted[Math.floor(sorted.length / 2)] ?? NaN
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? NaN
    console.log(`converged: ${2 * PER_DEVICE} answers on both devices in ${seconds.toFixed(1)} s (sync turned on on both, then until both logs held all)`)
    console.log(`an answer committed by the app while syncing: median ${median.toFixed(1)} ms, 95th percentile ${p95.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms over ${commits.length}`)
    expect(seconds).toBeLessThan(30)
    for (const d of devices) await d.context.close()
  } finally {
    await preview.stop()
    await couch.stop()
  }
})
