/**
 * Seeds a database the size of years of daily study, then times what the learner waits for:
 * opening the app (load) and answering a question (commitAnswer: entry, card and session in one transaction).
 */
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import { createIdbBackend } from '@/persistence/idb-backend'
import { createIdbRepository } from '@/persistence/idb'
import { KEYS, STORES } from '@/persistence/keys'
import { PROGRESS_SCHEMA_VERSION, START_LOG_DAYS } from '@/domain/progress/types'

export interface BenchFigures {
  cards: number
  entries: number
  seedMs: number
  /** Each a fresh repository: open, schema check, read and validate everything. */
  loadMs: number[]
  /** The same, reading only today's log. */
  loadTodayMs: number[]
  /** The whole log alone, as statistics read it. */
  loadLogMs: number[]
  /** Answers committed while the whole log is read. */
  duringReadMs: number[]
  commitMs: number[]
  median: { load: number; loadToday: number; loadLog: number; commitAnswer: number }
}

const NAME = 'hbb-bench'
const CARDS = 10_000
const ENTRIES = 100_000
const DAY = 86_400_000
const NOW = Date.UTC(2026, 10, 26, 12)
const START = NOW - 365 * DAY

function card(factId: string, at: number, reps: number): MemoryCard {
  return {
    factId, state: 'review', due: at + 3 * DAY, stability: 3.2 + reps, difficulty: 5.1, elapsedDays: 2,
    scheduledDays: 3, learningSteps: 0, reps, lapses: reps % 3, lastReview: at,
  }
}

function entry(i: number, at: number): ReviewLogEntry {
  const factId = `f-${i % CARDS}`
  const reps = Math.floor(i / CARDS)
  return {
    id: `${at}-${String(i).padStart(6, '0')}`, deckId: 'article', factId, questionId: `${factId}:mcq`, format: 'mcq', grade: 'good',
    outcome: 'correct', reviewedAt: at, previous: reps === 0 ? null : card(factId, at - DAY, reps - 1),
    next: card(factId, at, reps), durationMs: 3000 + (i % 5000),
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function deleteDb(): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(NAME)
    request.onsuccess = () => resolve()
    request.onerror = () => reject(request.error)
  })
}

async function seed(): Promise<void> {
  const backend = createIdbBackend({ name: NAME })
  const step = (NOW - START) / ENTRIES
  for (let from = 0; from < ENTRIES; from += 10_000) {
    await backend.run('readwrite', [STORES.log], async (tx) => {
      for (let i = from; i < from + 10_000; i++) {
        const e = entry(i, Math.round(START + i * step))
        tx.put(STORES.log, e.id, e)
      }
    })
  }
  await backend.run('readwrite', [STORES.kv, STORES.cards], async (tx) => {
    tx.put(STORES.kv, KEYS.schemaVersion, PROGRESS_SCHEMA_VERSION)
    for (let i = 0; i < CARDS; i++) tx.put(STORES.cards, `article/f-${i}`, { ...card(`f-${i}`, NOW - (i % 30) * DAY, 10), deckId: 'article' })
  })
  backend.close()
}

const commit = (repo: ReturnType<typeof createIdbRepository>, e: ReturnType<typeof entry>) =>
  repo.commitAnswer({ deckId: e.deckId, factId: e.factId, compute: () => ({ card: e.next, entry: e, session: undefined }), assumed: { card: undefined, lastEntryId: undefined } })

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

async function run(): Promise<BenchFigures> {
  await deleteDb()
  const seedMs = await time(seed)
  const loadMs: number[] = []
  const loadTodayMs: number[] = []
  const loadLogMs: number[] = []
  let counts = { cards: 0, entries: 0 }
  for (let i = 0; i < 5; i++) {
    const repo = createIdbRepository({ name: NAME })
    loadMs.push(
      await time(async () => {
        const loaded = await repo.load()
        counts = { cards: loaded.cards.length, entries: loaded.log.length }
      }),
    )
    repo.close()
    const today = createIdbRepository({ name: NAME })
    loadTodayMs.push(await time(() => today.load({ logSince: NOW - START_LOG_DAYS * DAY })))
    loadLogMs.push(await time(() => today.loadLog()))
    today.close()
  }
  const repo = createIdbRepository({ name: NAME })
  await repo.load({ logSince: NOW - START_LOG_DAYS * DAY })
  const commitMs: number[] = []
  for (let i = 0; i < 50; i++) {
    const e = entry(ENTRIES + i, NOW + i * 1000)
    commitMs.push(await time(() => commit(repo, e)))
  }
  // Answers while the whole log is read (statistics read it after the first screen): every 20 ms until it is read.
  const duringReadMs: number[] = []
  let reading = true
  const read = repo.loadLog().then(() => (reading = false))
  for (let i = 50; reading && i < 1000; i++) {
    const e = entry(ENTRIES + i, NOW + i * 1000)
    duringReadMs.push(await time(() => commit(repo, e)))
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  await read
  repo.close()
  return {
    ...counts,
    seedMs,
    loadMs,
    loadTodayMs,
    loadLogMs,
    commitMs,
    duringReadMs,
    median: { load: median(loadMs), loadToday: median(loadTodayMs), loadLog: median(loadLogMs), commitAnswer: median(commitMs) },
  }
}

declare global {
  interface Window {
    runStorageBench: () => Promise<BenchFigures>
  }
}
window.runStorageBench = run
