import { readFileSync } from 'node:fs'
import { test, expect, type Browser, type Page } from '@playwright/test'
import { startCouch } from '../../sync/couch-server'
import { startPreview } from '../../e2e/support/server'
import { waitForController } from '../../e2e/support/pwa'
import { expectSynced, logCount, turnSyncOn } from '../../e2e/sync/support'

/**
 * Two devices, each with 5,000 answers of its own (written straight into the app's database, as years of study
 * would leave them), turn sync on: how long until both hold all 10,000; and how long an answer (committed by the
 * app's progress engine) takes on a device while that sync runs. Both devices and the server share this machine's
 * cores; the second test times the answers of one device syncing alone with a server that already holds the
 * other's answers, as a learner's device does. The third times the answers of a device that does not sync at all,
 * idle and then while another device syncs: what this machine gives an answer before any work of the device's own.
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

/** How many automatic backups the device holds. */
function backupCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hoc-bai-bao')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    const count = db.transaction('backups', 'readonly').objectStore('backups').count()
    const n = await new Promise<number>((resolve, reject) => {
      count.onsuccess = () => resolve(count.result)
      count.onerror = () => reject(count.error)
    })
    db.close()
    return n
  })
}

type Preview = Awaited<ReturnType<typeof startPreview>>

/** A device (a browser profile of its own, desktop-sized) holding 5,000 answers of its own. */
async function seededDevice(browser: Browser, preview: Preview, device: string, offset: number) {
  const context = await browser.newContext({ baseURL: preview.url, viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto('/')
  await waitForController(page)
  await seed(page, device, Date.UTC(2026, 5, 1) + offset * 30_000 - 120 * DAY)
  await page.reload()
  expect(await logCount(page)).toBe(PER_DEVICE)
  // The app opened on a new day takes its automatic backup once idle: a task of its own, not the sync's. The sync
  // starts after it, as it would on any later opening of the day.
  await expect.poll(() => backupCount(page), { timeout: 30_000 }).toBeGreaterThan(0)
  return { context, page }
}

/** Answers on `page`, one every 100 ms (400 at most), while `going` says so; their times. */
async function answerWhile(page: Page, going: (answered: number) => Promise<boolean>): Promise<number[]> {
  const commits: number[] = []
  for (let i = 0; i < 400 && (await going(commits.length)); i++) {
    commits.push(await timeAnswer(page, i, facts[i % facts.length]!))
    await page.waitForTimeout(100)
  }
  return commits
}

/** Answers on `page` until it holds `total` answers besides them; their times. */
const answerUntil = (page: Page, total: number) => answerWhile(page, async (answered) => (await logCount(page)) - answered < total)

function report(what: string, started: number, commits: number[]) {
  const seconds = (Date.now() - started) / 1000
  const sorted = [...commits].sort((x, y) => x - y)
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? NaN
  console.log(`${what} in ${seconds.toFixed(1)} s`)
  console.log(`  an answer committed by the app meanwhile: median ${median.toFixed(1)} ms, 95th percentile ${p95.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms over ${commits.length}`)
  return seconds
}

/** The app's production build and a CouchDB-protocol server with the learner `bench`, both stopped after `run`. */
async function withServers(run: (couch: Awaited<ReturnType<typeof startCouch>>, preview: Preview) => Promise<void>) {
  const couch = await startCouch()
  const preview = await startPreview(5198)
  try {
    await couch.addLearner('bench', 'bench')
    await run(couch, preview)
  } finally {
    await preview.stop()
    await couch.stop()
  }
}

/** The device 'benchbbb' sends its 5,000 answers to the server and closes, as a learner's other device is elsewhere. */
async function sendAndGo(browser: Browser, preview: Preview, couch: Awaited<ReturnType<typeof startCouch>>) {
  const other = await seededDevice(browser, preview, 'benchbbb', 1)
  await turnSyncOn(other.page, couch.url, 'bench', 'bench')
  await expectSynced(other.page, 120_000)
  await other.context.close()
}

test('two devices with 5,000 answers each converge', ({ browser }) => withServers(async (couch, preview) => {
  const a = await seededDevice(browser, preview, 'benchaaa', 0)
  const b = await seededDevice(browser, preview, 'benchbbb', 1)
  const started = Date.now()
  await turnSyncOn(a.page, couch.url, 'bench', 'bench')
  await turnSyncOn(b.page, couch.url, 'bench', 'bench')
  // While the sync runs: answers on the first device, until it holds every answer of the second; then both
  // must hold every answer, these included.
  const timing = answerUntil(a.page, 2 * PER_DEVICE)
  const converged = timing.then((commits) => Promise.all([a.page, b.page].map((page) =>
    expect.poll(() => logCount(page), { timeout: 120_000, intervals: [250] }).toBe(2 * PER_DEVICE + commits.length))))
  await converged.catch(async (error: unknown) => {
    // What each device's settings screen says, to tell a slow sync from a stopped one.
    for (const page of [a.page, b.page]) {
      await page.goto('/settings')
      console.log(`device: ${await logCount(page)} answers; ${await page.getByTestId('sync-status').innerText()}`)
    }
    throw error
  })
  const seconds = report(`two devices, both syncing on this machine: ${2 * PER_DEVICE} answers on both`, started, await timing)
  expect(seconds).toBeLessThan(30)
  for (const d of [a, b]) await d.context.close()
}))

test('a device syncs with a server that holds another device’s 5,000 answers', ({ browser }) => withServers(async (couch, preview) => {
  // The other device sent its answers earlier and is gone: only this device and the server work now.
  await sendAndGo(browser, preview, couch)
  const a = await seededDevice(browser, preview, 'benchaaa', 0)
  const started = Date.now()
  await turnSyncOn(a.page, couch.url, 'bench', 'bench')
  const commits = await answerUntil(a.page, 2 * PER_DEVICE)
  await expect.poll(() => logCount(a.page), { timeout: 120_000, intervals: [250] }).toBe(2 * PER_DEVICE + commits.length)
  await expectSynced(a.page, 120_000)
  report(`one device: ${PER_DEVICE} answers sent and ${PER_DEVICE} received`, started, commits)
  await a.context.close()
}))

test('the floor: answers on a device that does not sync, idle and while another device syncs', ({ browser }) => withServers(async (couch, preview) => {
  // What this machine gives an answer with no sync of the device's own: the scale for the two runs above.
  await sendAndGo(browser, preview, couch)
  const a = await seededDevice(browser, preview, 'benchaaa', 0)
  const idle = Date.now()
  report('a device that does not sync, nothing else running: 60 answers', idle, await answerWhile(a.page, async (answered) => answered < 60))
  // Another device sends its 5,000 answers and receives the server's 5,000, as the second run's device does.
  const b = await seededDevice(browser, preview, 'benchccc', 2)
  const started = Date.now()
  await turnSyncOn(b.page, couch.url, 'bench', 'bench')
  const commits = await answerWhile(a.page, async () => (await logCount(b.page)) < 2 * PER_DEVICE)
  report('a device that does not sync, while another device syncs 5,000 answers each way', started, commits)
  expect(await logCount(b.page)).toBe(2 * PER_DEVICE)
  for (const d of [a, b]) await d.context.close()
}))
