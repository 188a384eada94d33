import { bench, describe } from 'vitest'
import { checkTyped } from '@/domain/answer/check'
import { gradeResponse } from '@/domain/answer/grade'
import { planExam } from '@/domain/exam'
import { createRng } from '@/domain/random'
import { createScheduler } from '@/domain/scheduling/scheduler'
import { buildSession } from '@/domain/session/build'
import { readLogEntry } from '@/domain/progress/guards'
import { nextEntryId, rebuildCards } from '@/domain/progress/replay'
import { mergeInto } from '@/domain/sync/merge'
import { GRADES, type MemoryCard, type ReviewLogEntry } from '@/domain/scheduling/types'
import { NOW } from '../fixtures/engine/cards'
import { makeCollection } from '../fixtures/engine/facts'
import { accepted, makeQuestions } from '../fixtures/engine/questions'

const TZ = 'Asia/Ho_Chi_Minh'
const small = makeCollection(10_000, NOW, createRng('bench-10k'), 0.9, 0.3)
const large = makeCollection(100_000, NOW, createRng('bench-100k'), 0.9, 0.3)
const options = { now: NOW, timeZone: TZ, newPerDay: 15, newIntroducedToday: 3, length: 30, mode: 'review' as const }

describe('session building', () => {
  bench('10,000 facts', () => {
    buildSession({ ...options, ...small, rng: createRng(1) })
  })
  bench('100,000 facts', () => {
    buildSession({ ...options, ...large, rng: createRng(1) })
  })
})

const scheduler = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true })
const typed = makeQuestions('f-1').find((q) => q.kind === 'typed')!
const card = [...large.cards.values()].find((c) => c.state === 'review')!

describe('one answer', () => {
  bench('grade a typed answer and schedule it', () => {
    const r = gradeResponse(typed, { kind: 'typed', text: 'Xô chi' }, { diacritics: 'tones' })
    scheduler.review(card, r.grade, NOW)
  })
})

/** A review card answered on time, again and again (intervals past 2.5 days: every review fuzzed), as a replay does. */
const reviewCards = [...large.cards.values()].filter((c) => c.state === 'review').slice(0, 1_000)
describe('replaying reviews', () => {
  bench('10,000 fuzzed reviews of review cards', () => {
    for (let i = 0; i < 10_000; i++) {
      const c = reviewCards[i % reviewCards.length]!
      scheduler.review(c, i % 5 === 0 ? 'hard' : 'good', Math.max(NOW, c.due) + (i % 7) * 86_400_000)
    }
  })
})

const answers = ['Sochi', 'sochi', 'Xô-chi', 'xo chi', 'Sochu', 'Baku', 'Thành phố Sochi của Nga', 'Soch']
const target = accepted('Sochi', 'text', ['Xô-chi', 'Xô Chi'])
const inputs = Array.from({ length: 10_000 }, (_, i) => answers[i % answers.length]!)

describe('typed answers', () => {
  bench('check 10,000 typed answers', () => {
    for (const input of inputs) checkTyped(input, target, 'tones')
  })
})

/** 100,000 answers over 10,000 facts in 400 days, as the app writes them (ids from `nextEntryId`). */
function history(count: number, facts: number) {
  const schedulers = new Map<number, ReturnType<typeof createScheduler>>()
  const schedulerFor = (r: number) => schedulers.get(r) ?? schedulers.set(r, createScheduler({ requestRetention: r, maximumIntervalDays: 36500, enableFuzz: true })).get(r)!
  const rng = createRng('bench-log')
  const cards = new Map<string, MemoryCard>()
  const log: ReviewLogEntry[] = []
  let now = NOW - 400 * 86_400_000
  for (let i = 0; i < count; i++) {
    now += Math.floor(rng() * 690_000)
    const factId = `f-${Math.floor(rng() * facts)}`
    const grade = GRADES[Math.floor(rng() * 4)]!
    const previous = cards.get(factId)
    const s = schedulerFor(0.9)
    const next = s.review(previous ?? s.newCard(factId, now), grade, now)
    cards.set(factId, next)
    log.push({ id: nextEntryId(log.at(-1)?.id, now, 'bench', i), deckId: 'article', factId, questionId: `${factId}:mcq`, format: 'mcq', grade, outcome: 'self', reviewedAt: now, retention: 0.9, previous: previous ?? null, next, durationMs: 1000 })
  }
  return { log, schedulerFor }
}
const big = history(100_000, 10_000)

describe('rebuilding cards from the log', () => {
  bench('100,000 answers over 10,000 facts', () => {
    rebuildCards(big.log, big.schedulerFor)
  }, { iterations: 5, warmupIterations: 1 })
})

describe('checking stored records', () => {
  // What start-up, the whole log's read, a sync's pull and its merge run on every answer they take in.
  const stored = structuredClone(big.log.slice(0, 10_000))
  bench('10,000 log entries', () => {
    for (const entry of stored) if (!readLogEntry(entry)) throw new Error('rejected')
  })
})

describe('a pull folded into memory', () => {
  // A device's 5,000 answers, and another device's 5,000 of the same months arriving in parts of ten, each merged into
  // memory's log where its answers belong (the log copied first on every run).
  const sorted = [...big.log.slice(0, 10_000)].sort((a, b) => (a.id < b.id ? -1 : 1))
  const held = sorted.filter((_, i) => i % 2 === 0)
  const parts = Array.from({ length: 500 }, (_, p) => sorted.filter((_, i) => i % 2 === 1 && Math.floor(i / 2) % 500 === p))
  bench('5,000 answers in parts of ten into a log of 5,000', () => {
    const log = held.slice()
    for (const part of parts) mergeInto(log, part)
  }, { iterations: 10, warmupIterations: 2 })
})

describe('exam plan', () => {
  // 1,000 facts, half of them met (random cards of the collection), the exam a year ahead: the deck screen's plan.
  const deck = makeCollection(1_000, NOW, createRng('bench-exam'), 0.5, 0.3)
  const factIds = deck.facts.map((f) => f.id)
  const examDay = Math.floor(NOW / 86_400_000) + 365
  bench('1,000 facts, a year ahead', () => {
    planExam({ now: NOW, timeZone: TZ, examDay, target: 0.9, factIds, cards: deck.cards, newPerDay: 10, newIntroducedToday: 0 })
  })
})
