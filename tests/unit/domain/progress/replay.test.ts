import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readLogEntry } from '@/domain/progress/guards'
import { idTime, nextEntryId, rebuildCards } from '@/domain/progress/replay'
import { cardKey } from '@/domain/progress/types'
import { entryDays, evenDays } from '@/domain/scheduling/even'
import { createScheduler, type Scheduler } from '@/domain/scheduling/scheduler'
import { GRADES, type Grade, type MemoryCard, type ReviewLogEntry } from '@/domain/scheduling/types'
import { answerItem, startSession, undoLast } from '@/domain/session/reducer'
import { boundedNow, EARLIEST_TIME, LATEST_TIME, localDayNumber } from '@/domain/time'

const T0 = Date.UTC(2026, 10, 20, 1, 0)
const schedulers = new Map<number, Scheduler>()
const schedulerFor = (retention: number) => {
  let s = schedulers.get(retention)
  if (!s) schedulers.set(retention, (s = createScheduler({ requestRetention: retention, maximumIntervalDays: 36500, enableFuzz: true })))
  return s
}

type Step =
  | { kind: 'answer'; fact: number; grade: Grade; jump: number; retention: number }
  | { kind: 'undo' }

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({
    kind: fc.constant('answer' as const),
    fact: fc.integer({ min: 0, max: 4 }),
    grade: fc.constantFrom(...GRADES),
    // Mostly forward in minutes to weeks, sometimes the clock jumps back hours or days, or far out of range.
    jump: fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 * 86_400_000 }) },
      { weight: 2, arbitrary: fc.integer({ min: -3 * 86_400_000, max: 0 }) },
      { weight: 1, arbitrary: fc.constantFrom(-1e15, 1e15, Number.NaN) },
    ),
    retention: fc.constantFrom(0.8, 0.9, 0.95),
  }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
)

/** Runs a history the way the app does: one answer at a time through the reducer, ids from `nextEntryId`. */
function run(steps: Step[]) {
  const cards = new Map<string, MemoryCard>()
  const log: ReviewLogEntry[] = []
  const facts = ['f-a', 'f-b', 'f-c', 'f-d', 'f-e']
  let clock = T0
  let sequence = 0
  let session = startSession([], 'review', T0)
  for (const s of steps) {
    if (s.kind === 'undo') {
      const { state, restore } = undoLast(session)
      session = state
      if (restore) {
        if (restore.previous) cards.set(restore.factId, restore.previous)
        else cards.delete(restore.factId)
        log.splice(log.findIndex((e) => e.id === restore.entryId), 1)
      }
      continue
    }
    const factId = facts[s.fact]!
    const now = Number.isNaN(s.jump) ? Number.NaN : Math.abs(s.jump) > 1e14 ? s.jump : (clock += s.jump)
    session = { ...session, items: [...session.items.slice(0, session.answers.length), { factId, questionId: `${factId}:mcq` }] }
    const id = nextEntryId(log.at(-1)?.id, now, 'dev1', sequence++)
    const out = answerItem(session, { grade: s.grade, outcome: 'self', durationMs: 1000 }, cards.get(factId), schedulerFor(s.retention), now,
      { id, deckId: 'article', retention: s.retention })
    session = out.state
    cards.set(factId, out.write!.card)
    log.push(out.write!.entry)
  }
  return { cards, log }
}

describe('the log is the truth: rebuilding cards by replay', () => {
  it('equals the cached cards for random histories, clock jumps and undo included', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { cards, log } = run(steps)
        const rebuilt = rebuildCards(log, schedulerFor)
        expect(rebuilt.size).toBe(cards.size)
        for (const [factId, card] of cards) expect(rebuilt.get(cardKey('article', factId))).toEqual({ ...card, deckId: 'article' })
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same cards whatever order the entries arrive in (another device, a file)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.integer(), (steps, seed) => {
        const { log } = run(steps)
        const shuffled = [...log].sort((a, b) => ((a.id.charCodeAt(a.id.length - 1) * seed) % 7) - ((b.id.charCodeAt(b.id.length - 1) * seed) % 7))
        expect(rebuildCards(shuffled, schedulerFor)).toEqual(rebuildCards(log, schedulerFor))
      }),
      { numRuns: 100 },
    )
  })

  it('keeps every stored time in range and every card valid, whatever the clock did', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { cards, log } = run(steps)
        for (const e of log) {
          expect(e.reviewedAt).toBeGreaterThanOrEqual(EARLIEST_TIME)
          expect(e.reviewedAt).toBeLessThan(LATEST_TIME)
        }
        for (const c of cards.values()) {
          for (const x of [c.due, c.stability, c.difficulty, c.elapsedDays, c.scheduledDays]) expect(Number.isFinite(x)).toBe(true)
          expect(c.due).toBeGreaterThanOrEqual(c.lastReview ?? 0)
        }
      }),
      { numRuns: 200 },
    )
  })

  it('takes the stored state of entries from before schema 3 and skips answers migrated from schema 1', () => {
    const next: MemoryCard = { factId: 'f-a', state: 'review', due: T0 + 5 * 86_400_000, stability: 5, difficulty: 5, elapsedDays: 1, scheduledDays: 5, learningSteps: 0, reps: 3, lapses: 0, lastReview: T0 }
    const old: ReviewLogEntry = { id: `${T0}-abc`, deckId: 'article', factId: 'f-a', questionId: 'f-a:mcq', format: 'mcq', grade: 'good', outcome: 'correct', reviewedAt: T0, previous: null, next, durationMs: 1 }
    const legacy: ReviewLogEntry = { ...old, id: `${T0 - 1}-v1-f-b:mcq`, factId: 'f-b', format: 'legacy' }
    const cards = rebuildCards([old, legacy], schedulerFor)
    expect(cards.get('article/f-a')).toEqual({ ...next, deckId: 'article' })
    expect(cards.has('article/f-b')).toBe(false)
  })
})

describe('replaying placements of even days', () => {
  const DAY = 86_400_000
  const evenStep = fc.record({
    fact: fc.integer({ min: 0, max: 4 }),
    grade: fc.constantFrom(...GRADES),
    // Mostly forward, sometimes back (the review then counts at the card's last review).
    jump: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 0, max: 30 * DAY }) }, { weight: 1, arbitrary: fc.integer({ min: -2 * DAY, max: 0 }) }),
    retention: fc.constantFrom(0.8, 0.9, 0.95),
  })
  type EvenStep = { fact: number; grade: Grade; jump: number; retention: number }
  const zones = fc.constantFrom('UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Auckland')

  /** Answers placed by even days against the other facts' due days plus a background load, as the app would. */
  function runEven(steps: EvenStep[], timeZone: string, seed: number) {
    const cards = new Map<string, MemoryCard>()
    const log: ReviewLogEntry[] = []
    const facts = ['f-a', 'f-b', 'f-c', 'f-d', 'f-e']
    let clock = T0
    steps.forEach((s, sequence) => {
      const factId = facts[s.fact]!
      const now = boundedNow((clock += s.jump))
      const scheduler = schedulerFor(s.retention)
      const previous = cards.get(factId)
      const due = new Map<number, number>()
      for (const c of cards.values()) {
        if (c.factId === factId) continue
        const day = localDayNumber(c.due, timeZone)
        due.set(day, (due.get(day) ?? 0) + 1)
      }
      const load = (day: number) => (due.get(day) ?? 0) + ((Math.imul(day, 0x9e3779b1) ^ seed) >>> 0) % 4
      const range = scheduler.reviewRange(previous ?? scheduler.newCard(factId, now), s.grade, now)
      const placed = evenDays(range, load, timeZone)
      const days = entryDays(range, placed)
      const entry: ReviewLogEntry = {
        id: nextEntryId(log.at(-1)?.id, now, 'dev1', sequence), deckId: 'article', factId, questionId: `${factId}:mcq`,
        format: 'mcq', grade: s.grade, outcome: 'self', reviewedAt: now, retention: s.retention,
        previous: previous ?? null, next: placed, durationMs: 1000,
      }
      if (days !== undefined) entry.days = days
      cards.set(factId, placed)
      log.push(entry)
    })
    return { cards, log }
  }

  it('rebuilds exactly the cards the placement produced, also after a trip through JSON and the guards', () => {
    let placements = 0
    fc.assert(
      fc.property(fc.array(evenStep, { maxLength: 40 }), zones, fc.integer(), (steps, tz, seed) => {
        const { cards, log } = runEven(steps, tz, seed)
        placements += log.filter((e) => e.days !== undefined).length
        const read = (JSON.parse(JSON.stringify(log)) as unknown[]).map(readLogEntry)
        expect(read).toEqual(log)
        for (const rebuilt of [rebuildCards(log, schedulerFor), rebuildCards(read as ReviewLogEntry[], schedulerFor)]) {
          expect(rebuilt.size).toBe(cards.size)
          for (const [factId, card] of cards) expect(rebuilt.get(cardKey('article', factId))).toEqual({ ...card, deckId: 'article' })
        }
      }),
      { numRuns: 200 },
    )
    // The property means something only if even days did move cards.
    expect(placements).toBeGreaterThan(50)
  })

  it('replays an entry without `days` exactly as before even days: through review, never reviewRange', () => {
    const reviewOnly = (retention: number): Scheduler => ({
      ...schedulerFor(retention),
      reviewRange: () => {
        throw new Error('reviewRange called for an entry without days')
      },
    })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { cards, log } = run(steps)
        const rebuilt = rebuildCards(log, reviewOnly)
        for (const [factId, card] of cards) expect(rebuilt.get(cardKey('article', factId))).toEqual({ ...card, deckId: 'article' })
      }),
      { numRuns: 100 },
    )
  })

  describe('an entry whose days the scheduler could not have chosen', () => {
    const scheduler = schedulerFor(0.9)
    const before: MemoryCard = {
      factId: 'f-a', state: 'review', due: T0, stability: 40, difficulty: 5, elapsedDays: 40,
      scheduledDays: 40, learningSteps: 0, reps: 6, lapses: 0, lastReview: T0 - 40 * DAY,
    }
    const range = scheduler.reviewRange(before, 'good', T0)
    const entryWith = (days: number | undefined, overrides: Partial<ReviewLogEntry> = {}): ReviewLogEntry => ({
      id: nextEntryId(undefined, T0, 'dev1', 1), deckId: 'article', factId: 'f-a', questionId: 'f-a:mcq', format: 'mcq',
      grade: 'good', outcome: 'correct', reviewedAt: T0, retention: 0.9, previous: before,
      next: range.card, durationMs: 1, ...(days === undefined ? {} : { days }), ...overrides,
    })
    const replayOne = (entry: ReviewLogEntry) => {
      // The card before the entry comes from an earlier entry: an old one that stored it (no retention).
      const earlier: ReviewLogEntry = { ...entryWith(undefined), id: nextEntryId(undefined, T0 - 40 * DAY, 'dev1', 0), reviewedAt: T0 - 40 * DAY, retention: undefined, next: before }
      delete earlier.retention
      return rebuildCards([earlier, entry], schedulerFor).get('article/f-a')
    }

    it.each([
      ['one day past the range', range.maxDays + 1],
      ['one day before it', range.minDays - 1],
      ['zero', 0],
      ['a whole year', 365],
    ])("is ignored when it is %s: the scheduler's card stands", (_name, days) => {
      expect(replayOne(entryWith(days))).toEqual({ ...range.card, deckId: 'article' })
    })

    it('is applied inside the range', () => {
      const days = range.card.scheduledDays === range.maxDays ? range.minDays : range.maxDays
      expect(replayOne(entryWith(days))).toEqual({ ...range.card, scheduledDays: days, due: T0 + days * DAY, deckId: 'article' })
    })

    it('is not read from an entry from before schema 3: its stored card stands', () => {
      const stored = { ...range.card, due: range.card.due + DAY }
      const old = entryWith(range.minDays, { next: stored })
      delete old.retention
      expect(replayOne(old)).toEqual({ ...stored, deckId: 'article' })
    })
  })
})

describe('nextEntryId', () => {
  it.each([
    ['the clock', undefined, T0, T0],
    ['after the last entry when the clock went back', `${T0 + 5000}-x-000001`, T0, T0 + 5001],
    ['the clock when it is ahead of the last entry', `${T0 - 5000}-x-000001`, T0, T0],
    ['the earliest stored time for a clock in 1970', undefined, 0, EARLIEST_TIME],
    ['the latest stored time for a clock in 2500', undefined, Date.UTC(2500, 0, 1), LATEST_TIME - 1],
  ])('is stamped with %s', (_name, last, now, want) => {
    expect(idTime(nextEntryId(last, now, 'dev1', 7))).toBe(want)
  })

  it('always follows the last id, so key order is commit order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_200_000_000_000 }), { minLength: 2, maxLength: 50 }), (clocks) => {
        let last: string | undefined
        clocks.forEach((now, i) => {
          const id = nextEntryId(last, now, 'dev1', i)
          if (last !== undefined) expect(id > last).toBe(true)
          last = id
        })
      }),
    )
  })
})
