import { describe, expect, it } from 'vitest'
import { examContext, examDue, planExam, type ExamAhead, type ExamPlan, type ExamPlanInput } from '@/domain/exam'
import { appScheduler } from '@/domain/scheduling/scheduler'
import type { MemoryCard } from '@/domain/scheduling/types'
import { localDayNumber, startOfDayNumber } from '@/domain/time'
import { makeCard } from '../../../fixtures/engine/cards'

const HOUR = 3_600_000
const DAY = 86_400_000
const TZ = 'Asia/Ho_Chi_Minh'
/** 2026-03-10 15:00 in Ho Chi Minh City. */
const NOW = Date.UTC(2026, 2, 10, 8, 0)
const TODAY = localDayNumber(NOW, TZ)
const start = (day: number) => startOfDayNumber(day, TZ)
const ids = (n: number) => Array.from({ length: n }, (_, i) => `f-${i}`)

function plan(overrides: Partial<ExamPlanInput>): ExamPlan {
  return planExam({
    factIds: [],
    cards: new Map(),
    now: NOW,
    timeZone: TZ,
    examDay: TODAY + 7,
    target: 0.9,
    newPerDay: 5,
    newIntroducedToday: 0,
    ...overrides,
  })
}

function ahead(p: ExamPlan): ExamAhead {
  if (p.kind !== 'ahead') throw new Error(`expected a plan, got ${JSON.stringify(p)}`)
  return p
}

describe('planExam', () => {
  it('exam tomorrow with 10 new facts: all introduced today, the target reached', () => {
    const p = ahead(plan({ factIds: ids(10), examDay: TODAY + 1, newPerDay: 3 }))
    expect(p).toMatchObject({ daysLeft: 1, facts: 10, notIntroduced: 10, newPerDay: 10, recallIfStopped: 0, belowTarget: 0 })
    expect(p.days.map((d) => [d.day, d.newFacts])).toEqual([
      [TODAY, 10],
      [TODAY + 1, 0],
    ])
    expect(p.predictedRecall).toBeGreaterThanOrEqual(0.9)
  })

  it('exam in 7 days with 100 facts and 5 a day: the quota rises to the pace, two days kept for consolidation', () => {
    const p = ahead(plan({ factIds: ids(100) }))
    expect(p.newPerDay).toBe(17)
    expect(p.days.map((d) => d.newFacts)).toEqual([17, 17, 17, 17, 16, 16, 0, 0])
    expect(p.days.map((d) => d.day)).toEqual(ids(8).map((_, i) => TODAY + i))
    // Each fact comes back after its introduction day, and every one is reviewed in the final window.
    expect(p.days[0]!.reviews).toBe(0)
    expect(p.days[5]!.reviews + p.days[6]!.reviews).toBeGreaterThan(0)
    expect(p.belowTarget).toBe(0)
    expect(p.predictedRecall).toBeGreaterThanOrEqual(0.9)
  })

  it('keeps the learner own limit when it is higher, and counts facts met today against it', () => {
    expect(ahead(plan({ factIds: ids(100), newPerDay: 30 })).days.map((d) => d.newFacts)).toEqual([30, 30, 30, 10, 0, 0, 0, 0])
    const cards = new Map<string, MemoryCard>()
    const s = appScheduler(0.9)
    for (const id of ids(10)) cards.set(id, s.review(s.newCard(id, NOW - HOUR), 'good', NOW - HOUR))
    const p = ahead(plan({ factIds: ids(110), cards, newIntroducedToday: 10 }))
    expect(p.notIntroduced).toBe(100)
    expect(p.newPerDay).toBe(19)
    expect(p.days[0]!.newFacts).toBe(9)
    expect(p.days[0]!.reviews).toBe(10)
  })

  it('brings a card due 30 days out into the final window: its one review before the exam', () => {
    const card = makeCard({ factId: 'f-0', due: NOW + 30 * DAY, lastReview: NOW - 20 * DAY, stability: 60, scheduledDays: 50 })
    const cards = new Map([['f-0', card]])
    const examDay = TODAY + 10
    const p = ahead(plan({ factIds: ['f-0'], cards, examDay }))
    const reviewDays = p.days.filter((d) => d.reviews > 0).map((d) => d.day)
    const due = examDue(card, examContext({ now: NOW, timeZone: TZ, examDay, target: 0.9 }))
    expect(reviewDays).toEqual([localDayNumber(due, TZ)])
    expect(reviewDays[0]).toBeGreaterThanOrEqual(examDay - 3)
    expect(reviewDays[0]).toBeLessThanOrEqual(examDay - 1)
    expect(p.recallIfStopped).toBeLessThan(p.predictedRecall)
    expect(p.predictedRecall).toBeGreaterThan(0.97)
  })

  it('exam today: every new fact and every card that missed the window are studied before 08:00', () => {
    const now = start(TODAY) + 6 * HOUR
    const missed = makeCard({ factId: 'f-0', due: now + 20 * DAY, lastReview: now - 10 * DAY, stability: 30 })
    const p = ahead(plan({ factIds: ids(5), cards: new Map([['f-0', missed]]), now, examDay: TODAY, newPerDay: 0 }))
    expect(p).toMatchObject({ daysLeft: 0, notIntroduced: 4, newPerDay: 4, belowTarget: 0 })
    expect(p.days).toEqual([{ day: TODAY, newFacts: 4, reviews: 1 }])
    expect(examDue(missed, examContext({ now, timeZone: TZ, examDay: TODAY, target: 0.9 }))).toBeLessThanOrEqual(now)
    expect(p.examMoment).toBe(start(TODAY) + 8 * HOUR)
  })

  it('exam passed, or today after 08:00: over, with the days since', () => {
    expect(plan({ factIds: ids(5), examDay: TODAY - 3 })).toEqual({ kind: 'over', daysLeft: -3 })
    expect(plan({ factIds: ids(5), now: start(TODAY) + 9 * HOUR, examDay: TODAY })).toEqual({ kind: 'over', daysLeft: 0 })
  })

  it('rejects an exam day that is not a day number', () => {
    expect(() => plan({ examDay: TODAY + 0.5 })).toThrow(RangeError)
    expect(() => plan({ target: 0.99 })).toThrow(RangeError)
  })

  it('counts a fact listed twice once, ignores cards of other decks, and predicts 1 for an empty deck', () => {
    const other = makeCard({ factId: 'elsewhere', due: NOW - DAY })
    const p = ahead(plan({ factIds: ['a', 'a', 'b'], cards: new Map([['elsewhere', other]]) }))
    expect(p.facts).toBe(2)
    expect(p.days.reduce((n, d) => n + d.newFacts, 0)).toBe(2)
    expect(p.days[0]!.reviews).toBe(0)
    expect(ahead(plan({})).predictedRecall).toBe(1)
  })

  it('follows the scheduler it is given', () => {
    const learner = appScheduler(0.8)
    const a = ahead(plan({ factIds: ids(50), examDay: TODAY + 30, scheduler: learner }))
    const b = ahead(plan({ factIds: ids(50), examDay: TODAY + 30 }))
    const load = (p: ExamAhead) => p.days.reduce((n, d) => n + d.reviews, 0)
    expect(load(a)).toBeLessThan(load(b))
    expect(a.predictedRecall).toBeGreaterThanOrEqual(0.9)
  })
})
