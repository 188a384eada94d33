import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createScheduler, retrievabilityAt } from '@/domain/scheduling/scheduler'
import { GRADES, type Grade, type MemoryCard } from '@/domain/scheduling/types'

const DAY = 86_400_000
const START = Date.UTC(2026, 0, 5, 8, 0)
const scheduler = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true })

const grade = fc.constantFrom<Grade>(...GRADES)
/** A history: grades answered after a delay, given as a fraction..multiple of the scheduled interval. */
const history = fc.array(fc.record({ grade, lateness: fc.double({ min: 0, max: 3, noNaN: true }) }), {
  minLength: 1,
  maxLength: 25,
})

function replay(steps: { grade: Grade; lateness: number }[], s = scheduler): { card: MemoryCard; now: number } {
  let now = START
  let card = s.newCard('f-prop', now)
  for (const step of steps) {
    card = s.review(card, step.grade, now)
    now = Math.max(now + 60_000, now + Math.round((card.due - now) * step.lateness))
  }
  return { card, now }
}

describe('scheduler properties over random histories', () => {
  it('orders due dates Again ≤ Hard ≤ Good ≤ Easy, never in the past', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const { card, now } = replay(steps)
        const p = scheduler.preview(card, now)
        expect(p.again.card.due).toBeLessThanOrEqual(p.hard.card.due)
        expect(p.hard.card.due).toBeLessThanOrEqual(p.good.card.due)
        expect(p.good.card.due).toBeLessThanOrEqual(p.easy.card.due)
        for (const g of GRADES) expect(p[g].card.due).toBeGreaterThan(now)
      }),
      { numRuns: 300 },
    )
  })

  it('keeps stability and difficulty in range, never NaN', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const { card, now } = replay(steps)
        expect(card.stability).toBeGreaterThan(0)
        expect(card.stability).toBeLessThanOrEqual(36500)
        expect(card.difficulty).toBeGreaterThanOrEqual(1)
        expect(card.difficulty).toBeLessThanOrEqual(10)
        const r = retrievabilityAt(card, now)
        expect(r).toBeGreaterThanOrEqual(0)
        expect(r).toBeLessThanOrEqual(1)
      }),
      { numRuns: 300 },
    )
  })

  it('sends a review card to relearning on Again and never raises its stability', () => {
    fc.assert(
      fc.property(history, fc.double({ min: 0.2, max: 3, noNaN: true }), (steps, late) => {
        let { card } = replay(steps)
        if (card.state !== 'review') card = scheduler.review(card, 'easy', card.due)
        const now = card.lastReview! + Math.round((card.due - card.lastReview!) * late) + 60_000
        const next = scheduler.review(card, 'again', now)
        expect(next.state).toBe('relearning')
        expect(next.stability).toBeLessThanOrEqual(card.stability)
        expect(next.lapses).toBe(card.lapses + 1)
      }),
      { numRuns: 300 },
    )
  })

  // Below ten days, fuzz and ts-fsrs's "Good is at least Hard + 1 day" bump can leave the last interval
  // a day above what stability alone gives, so strict growth is checked from ten days; stability, the
  // quantity behind the interval, must grow on every on-time Good.
  it.each([true, false])('grows stability and the interval on an on-time Good (fuzz %s)', (fuzz) => {
    const s = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: fuzz })
    fc.assert(
      fc.property(history, (steps) => {
        let { card } = replay(steps, s)
        if (card.state !== 'review') card = s.review(card, 'good', card.due)
        if (card.state !== 'review') card = s.review(card, 'good', card.due)
        const next = s.review(card, 'good', card.due)
        expect(next.stability).toBeGreaterThan(card.stability)
        if (card.scheduledDays >= 10) expect(next.scheduledDays).toBeGreaterThan(card.scheduledDays)
      }),
      { numRuns: 300 },
    )
  })

  it('fuzzes reproducibly: the same inputs give the same card, and preview agrees with review', () => {
    fc.assert(
      fc.property(history, grade, (steps, g) => {
        const { card, now } = replay(steps)
        const other = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true })
        expect(other.review(card, g, now)).toEqual(scheduler.review(card, g, now))
        expect(scheduler.preview(card, now)[g].card).toEqual(scheduler.review(card, g, now))
      }),
      { numRuns: 200 },
    )
  })

  it('spreads intervals between facts answered together (fuzz is on)', () => {
    const card = (id: string): MemoryCard => ({
      factId: id, state: 'review', due: START, stability: 40, difficulty: 5, elapsedDays: 40,
      scheduledDays: 40, learningSteps: 0, reps: 6, lapses: 0, lastReview: START - 40 * DAY,
    })
    const days = new Set(Array.from({ length: 30 }, (_, i) => scheduler.review(card(`f-${i}`), 'good', START).scheduledDays))
    expect(days.size).toBeGreaterThan(3)
  })

  it.each([30, 365, 1000])('never schedules past a maximum interval of %i days', (max) => {
    const capped = createScheduler({ requestRetention: 0.97 - 0.27, maximumIntervalDays: max, enableFuzz: true })
    fc.assert(
      fc.property(fc.array(grade, { minLength: 1, maxLength: 30 }), (grades) => {
        let now = START
        let card = capped.newCard('f-cap', now)
        for (const g of grades) {
          card = capped.review(card, g === 'again' ? 'easy' : g, now)
          expect(card.scheduledDays).toBeLessThanOrEqual(max)
          expect(card.due - now).toBeLessThanOrEqual(max * DAY)
          now = card.due
        }
      }),
      { numRuns: 100 },
    )
  })
})

describe('scheduler settings', () => {
  it.each([0.69, 0.98, Number.NaN, 1])('rejects target retention %s with a clear message', (r) => {
    expect(() => createScheduler({ requestRetention: r, maximumIntervalDays: 365, enableFuzz: true })).toThrow(
      /Target retention must be between 0.7 and 0.97/,
    )
  })

  it('uses learning steps of 1 and 10 minutes for a new card', () => {
    const p = scheduler.preview(scheduler.newCard('f', START), START)
    expect(p.again.intervalMs).toBe(60_000)
    expect(p.good.intervalMs).toBe(600_000)
    expect(p.good.card.state).toBe('learning')
  })

  it('gives 0 retrievability for a new card and about 0.9 after one stability', () => {
    expect(retrievabilityAt(scheduler.newCard('f', START), START)).toBe(0)
    const card: MemoryCard = {
      factId: 'f', state: 'review', due: START, stability: 10, difficulty: 5, elapsedDays: 10,
      scheduledDays: 10, learningSteps: 0, reps: 3, lapses: 0, lastReview: START - 10 * DAY,
    }
    expect(scheduler.retrievability(card, START)).toBeCloseTo(0.9, 6)
  })
})
