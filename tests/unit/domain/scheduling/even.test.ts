import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { get_fuzz_range } from 'ts-fsrs'
import { entryDays, evenDays, isInRange, placeAt, type DayLoad } from '@/domain/scheduling/even'
import { createScheduler, type ReviewRange, type Scheduler } from '@/domain/scheduling/scheduler'
import { GRADES, type Grade, type MemoryCard } from '@/domain/scheduling/types'
import { localDayNumber } from '@/domain/time'

const DAY = 86_400_000
const START = Date.UTC(2026, 0, 5, 8, 0)
const scheduler = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: true })

const grade = fc.constantFrom<Grade>(...GRADES)
const zone = fc.constantFrom('UTC', 'Asia/Ho_Chi_Minh', 'America/New_York', 'Pacific/Auckland', 'Europe/Berlin')
/** A history: grades answered after a delay, given as a fraction..multiple of the scheduled interval. */
const history = fc.array(fc.record({ grade, lateness: fc.double({ min: 0, max: 3, noNaN: true }) }), {
  minLength: 0,
  maxLength: 25,
})

function replay(steps: { grade: Grade; lateness: number }[], s: Scheduler = scheduler, factId = 'f-prop') {
  let now = START
  let card = s.newCard(factId, now)
  for (const step of steps) {
    card = s.review(card, step.grade, now)
    now = Math.max(now + 60_000, now + Math.round((card.due - now) * step.lateness))
  }
  return { card, now }
}

/** Every scheduler shape the app or a test may build: fuzz on and off, caps, with and without short-term steps. */
const settings = fc.record({
  requestRetention: fc.constantFrom(0.7, 0.8, 0.9, 0.97),
  maximumIntervalDays: fc.constantFrom(30, 365, 36500),
  enableFuzz: fc.boolean(),
  enableShortTerm: fc.boolean(),
})

describe('reviewRange: the intervals the scheduler itself could have chosen', () => {
  it('returns exactly the card review returns, its interval inside [minDays, maxDays]', () => {
    fc.assert(
      fc.property(settings, history, grade, (set, steps, g) => {
        const s = createScheduler(set)
        const { card, now } = replay(steps, s)
        const range = s.reviewRange(card, g, now)
        expect(range.card).toEqual(s.review(card, g, now))
        expect(Number.isInteger(range.minDays) && Number.isInteger(range.maxDays)).toBe(true)
        expect(range.minDays).toBeLessThanOrEqual(range.card.scheduledDays)
        expect(range.card.scheduledDays).toBeLessThanOrEqual(range.maxDays)
        expect(range.maxDays).toBeLessThanOrEqual(set.maximumIntervalDays)
        if (!set.enableFuzz || range.card.scheduledDays === 0) {
          expect([range.minDays, range.maxDays]).toEqual([range.card.scheduledDays, range.card.scheduledDays])
        }
      }),
      { numRuns: 400 },
    )
  })

  it('holds every fuzzed pick: the same answer by other facts (other fuzz seeds) lands in the range', () => {
    fc.assert(
      fc.property(history, grade, (steps, g) => {
        const { card, now } = replay(steps)
        const range = scheduler.reviewRange(card, g, now)
        for (let i = 0; i < 40; i++) {
          const picked = scheduler.review({ ...card, factId: `f-${i}` }, g, now).scheduledDays
          expect(picked).toBeGreaterThanOrEqual(range.minDays)
          expect(picked).toBeLessThanOrEqual(range.maxDays)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('is tight: over many fuzz seeds the picks reach both ends of a narrow range', () => {
    fc.assert(
      fc.property(history, grade, (steps, g) => {
        const { card, now } = replay(steps)
        const range = scheduler.reviewRange(card, g, now)
        fc.pre(range.maxDays - range.minDays <= 4)
        const picks = Array.from({ length: 80 }, (_, i) => scheduler.review({ ...card, factId: `f-${i}` }, g, now).scheduledDays)
        expect(Math.min(...picks)).toBe(range.minDays)
        expect(Math.max(...picks)).toBe(range.maxDays)
      }),
      { numRuns: 60 },
    )
  })

  it("is ts-fsrs's fuzz range around the unfuzzed interval for an on-time Good", () => {
    const card: MemoryCard = {
      factId: 'f', state: 'review', due: START, stability: 40, difficulty: 5, elapsedDays: 40,
      scheduledDays: 40, learningSteps: 0, reps: 6, lapses: 0, lastReview: START - 40 * DAY,
    }
    const plain = createScheduler({ requestRetention: 0.9, maximumIntervalDays: 36500, enableFuzz: false })
    const interval = plain.review(card, 'good', START).scheduledDays
    const { min_ivl, max_ivl } = get_fuzz_range(interval, 40, 36500)
    const range = scheduler.reviewRange(card, 'good', START)
    expect([range.minDays, range.maxDays]).toEqual([min_ivl, max_ivl])
    expect(range.maxDays - range.minDays).toBeGreaterThan(4)
  })

  it('is the one interval of a learning or relearning step', () => {
    const fresh = scheduler.newCard('f', START)
    for (const g of ['again', 'hard', 'good'] as const) {
      const range = scheduler.reviewRange(fresh, g, START)
      expect(range.card.state).toBe('learning')
      expect([range.minDays, range.maxDays]).toEqual([0, 0])
    }
    const reviewed: MemoryCard = {
      factId: 'f', state: 'review', due: START, stability: 40, difficulty: 5, elapsedDays: 40,
      scheduledDays: 40, learningSteps: 0, reps: 6, lapses: 0, lastReview: START - 40 * DAY,
    }
    const lapse = scheduler.reviewRange(reviewed, 'again', START)
    expect(lapse.card.state).toBe('relearning')
    expect([lapse.minDays, lapse.maxDays]).toEqual([0, 0])
  })
})

/** Loads for the days around a range: a random count per day, most days left out (0). */
const loads = fc.dictionary(fc.integer({ min: 0, max: 400 }).map(String), fc.integer({ min: 0, max: 6 }), { maxKeys: 60 })
/** Keys are offsets from the review's local day, so random loads fall on the days the range can reach. */
const loadAround = (offsets: Record<string, number>, card: MemoryCard, timeZone: string): Map<number, number> => {
  const today = localDayNumber(card.lastReview ?? START, timeZone)
  return new Map(Object.entries(offsets).map(([offset, count]) => [today + Number(offset), count]))
}
const dueDay = (range: ReviewRange, days: number, timeZone: string) => localDayNumber(range.card.lastReview! + days * DAY, timeZone)

describe('evenDays', () => {
  it('the even-days rule never moves a due date outside the fuzz range', () => {
    fc.assert(
      fc.property(history, grade, zone, loads, (steps, g, tz, offsets) => {
        const { card, now } = replay(steps)
        const range = scheduler.reviewRange(card, g, now)
        const placed = evenDays(range, loadAround(offsets, range.card, tz), tz)
        expect(placed.scheduledDays).toBeGreaterThanOrEqual(range.minDays)
        expect(placed.scheduledDays).toBeLessThanOrEqual(range.maxDays)
        if (placed !== range.card) expect(placed.due).toBe(range.card.lastReview! + placed.scheduledDays * DAY)
        // Only the due date moves: memory is the scheduler's.
        expect({ ...placed, due: 0, scheduledDays: 0 }).toEqual({ ...range.card, due: 0, scheduledDays: 0 })
      }),
      { numRuns: 400 },
    )
  })

  it('places on a day whose load is no greater than any other day in the range', () => {
    fc.assert(
      fc.property(history, grade, zone, loads, (steps, g, tz, offsets) => {
        const { card, now } = replay(steps)
        const range = scheduler.reviewRange(card, g, now)
        const load = loadAround(offsets, range.card, tz)
        const loadOf = (days: number) => load.get(dueDay(range, days, tz)) ?? 0
        const placed = evenDays(range, load, tz)
        if (range.minDays === range.maxDays) return
        for (let d = range.minDays; d <= range.maxDays; d++) expect(loadOf(placed.scheduledDays)).toBeLessThanOrEqual(loadOf(d))
      }),
      { numRuns: 300 },
    )
  })

  it("leaves the scheduler's card as it is with no load, or a range of one value", () => {
    fc.assert(
      fc.property(history, grade, zone, loads, (steps, g, tz, offsets) => {
        const { card, now } = replay(steps)
        const range = scheduler.reviewRange(card, g, now)
        expect(evenDays(range, new Map(), tz)).toEqual(range.card)
        expect(evenDays(range, () => 0, tz)).toEqual(range.card)
        const one = { ...range, minDays: range.card.scheduledDays, maxDays: range.card.scheduledDays }
        expect(evenDays(one, loadAround(offsets, range.card, tz), tz)).toBe(range.card)
      }),
      { numRuns: 200 },
    )
  })

  const at = Date.UTC(2026, 2, 10, 12, 0)
  const card: MemoryCard = {
    factId: 'f', state: 'review', due: at + 10 * DAY, stability: 10, difficulty: 5, elapsedDays: 9,
    scheduledDays: 10, learningSteps: 0, reps: 5, lapses: 0, lastReview: at,
  }
  const range: ReviewRange = { card, minDays: 8, maxDays: 12 }
  const byOffset = (loads: number[]): DayLoad => (day) => loads[day - localDayNumber(at, 'UTC') - 8] ?? 99

  it.each<[string, number[], number]>([
    ['the emptiest day', [3, 3, 3, 3, 0], 12],
    ["the scheduler's pick among equally loaded days", [2, 2, 2, 2, 2], 10],
    ['the closest to the pick among the emptiest', [0, 1, 1, 1, 0], 8],
    ['the shorter interval when two are as close to the pick', [5, 1, 4, 1, 5], 9],
    ['the pick when it is one of the emptiest', [0, 1, 0, 1, 0], 10],
  ])('chooses %s', (_name, dayLoads, want) => {
    const placed = evenDays(range, byOffset(dayLoads), 'UTC')
    expect(placed.scheduledDays).toBe(want)
    expect(placed.due).toBe(at + want * DAY)
  })

  it("counts days in the learner's zone, not in UTC", () => {
    // 20:00 UTC is 03:00 the next morning in Hanoi: local and UTC dates differ by one.
    const evening = Date.UTC(2026, 0, 10, 20, 0)
    const c = { ...card, lastReview: evening, due: evening + 4 * DAY, scheduledDays: 4 }
    const tz = 'Asia/Ho_Chi_Minh'
    const emptyLocalDay = localDayNumber(evening + 3 * DAY, tz)
    const load: DayLoad = (day) => (day === emptyLocalDay ? 0 : 5)
    expect(evenDays({ card: c, minDays: 3, maxDays: 5 }, load, tz).scheduledDays).toBe(3)
    expect(evenDays({ card: c, minDays: 3, maxDays: 5 }, load, 'UTC').scheduledDays).toBe(4)
  })

  it('records a placement in the log entry only when it moved the card', () => {
    expect(entryDays(range, card)).toBeUndefined()
    expect(entryDays(range, placeAt(range, 11))).toBe(11)
  })
})

describe('placeAt', () => {
  const at = Date.UTC(2026, 2, 10, 12, 0)
  const card: MemoryCard = {
    factId: 'f', state: 'review', due: at + 10 * DAY, stability: 10, difficulty: 5, elapsedDays: 9,
    scheduledDays: 10, learningSteps: 0, reps: 5, lapses: 0, lastReview: at,
  }
  const range: ReviewRange = { card, minDays: 8, maxDays: 12 }

  it.each([7, 13, 10.5, Number.NaN, -1, 0])("keeps the scheduler's card for %s days, outside the range", (days) => {
    expect(isInRange(range, days)).toBe(false)
    expect(placeAt(range, days)).toBe(card)
  })

  it.each([8, 9, 11, 12])('moves the due date to %i days after the review', (days) => {
    expect(placeAt(range, days)).toEqual({ ...card, scheduledDays: days, due: at + days * DAY })
  })
})
