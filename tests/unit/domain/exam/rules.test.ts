import { describe, expect, it } from 'vitest'
import {
  EXAM_HOUR,
  MAX_EXAM_DAYS_AHEAD,
  examContext,
  examDue,
  examNewQuota,
  lastIntroductionDay,
} from '@/domain/exam'
import { appScheduler } from '@/domain/scheduling/scheduler'
import { localDayNumber, startOfDayNumber } from '@/domain/time'
import { makeCard } from '../../../fixtures/engine/cards'

const HOUR = 3_600_000
const DAY = 86_400_000
const TZ = 'Asia/Ho_Chi_Minh'
/** 2026-03-10 15:00 in Ho Chi Minh City. */
const NOW = Date.UTC(2026, 2, 10, 8, 0)
const TODAY = localDayNumber(NOW, TZ)
const start = (day: number) => startOfDayNumber(day, TZ)
const context = (examDay: number, now = NOW, target = 0.9) => examContext({ now, timeZone: TZ, examDay, target })

describe('examContext', () => {
  it('counts down to the exam moment, 08:00 local on the exam day', () => {
    const exam = context(TODAY + 10)
    expect(exam).toMatchObject({ today: TODAY, examDay: TODAY + 10, daysLeft: 10, target: 0.9, active: true })
    expect(exam.examMoment).toBe(start(TODAY + 10) + EXAM_HOUR * HOUR)
    expect(new Date(exam.examMoment).toISOString()).toBe('2026-03-20T01:00:00.000Z')
  })

  it('stays active on the exam day until the exam moment, then gives way', () => {
    expect(context(TODAY, start(TODAY) + 7 * HOUR).active).toBe(true)
    expect(context(TODAY, start(TODAY) + 8 * HOUR).active).toBe(false)
    expect(context(TODAY - 1).active).toBe(false)
    expect(context(TODAY - 1).daysLeft).toBe(-1)
  })

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects exam day %s', (examDay) => {
    expect(() => context(examDay)).toThrow(RangeError)
    expect(() => context(examDay)).toThrow(/whole local day number/)
  })

  it.each([0.5, 0.69, 0.98, 1, Number.NaN])('rejects target %s', (target) => {
    expect(() => context(TODAY + 5, NOW, target)).toThrow(/Exam target must be between 0.7 and 0.97/)
  })

  it('rejects an exam beyond the horizon and a clock that is not a time', () => {
    expect(() => context(TODAY + MAX_EXAM_DAYS_AHEAD)).not.toThrow()
    expect(() => context(TODAY + MAX_EXAM_DAYS_AHEAD + 1)).toThrow(/at most 1830 days ahead/)
    expect(() => context(TODAY + 5, Number.NaN)).toThrow(RangeError)
  })
})

describe('examDue', () => {
  const exam = context(TODAY + 10)
  const windowStart = TODAY + 7

  it('leaves new, learning and relearning cards alone', () => {
    for (const state of ['new', 'learning', 'relearning'] as const) {
      const card = makeCard({ state, due: NOW + 40 * DAY, lastReview: NOW - DAY })
      expect(examDue(card, exam)).toBe(card.due)
    }
  })

  it('leaves a card falling due before the final window to the scheduler', () => {
    const card = makeCard({ due: start(TODAY + 3) + 5 * HOUR, lastReview: NOW - 5 * DAY, stability: 8 })
    expect(examDue(card, exam)).toBe(card.due)
  })

  it('brings a card due 30 days out into the final window, and leaves it there once reviewed', () => {
    const card = makeCard({ due: NOW + 30 * DAY, lastReview: NOW - 20 * DAY, stability: 60, scheduledDays: 50 })
    const due = examDue(card, exam)
    expect([start(windowStart), start(windowStart + 1), start(windowStart + 2)]).toContain(due)
    const reviewed = appScheduler(0.9).review(card, 'good', due + 9 * HOUR)
    expect(reviewed.due).toBeGreaterThan(exam.examMoment)
    expect(examDue(reviewed, context(TODAY + 10, due + 10 * HOUR))).toBe(reviewed.due)
  })

  it('spreads strong cards over the window and gives a weak one the day before the exam', () => {
    const days = new Set<number>()
    for (let i = 0; i < 60; i++) {
      const card = makeCard({ factId: `f-${i}`, due: NOW + 30 * DAY, lastReview: NOW - 20 * DAY, stability: 60 })
      days.add(localDayNumber(examDue(card, exam), TZ))
    }
    expect([...days].sort()).toEqual([windowStart, windowStart + 1, windowStart + 2])
    // Stability 2: a review at the start of examDay − 3 would leave 0.86 at the exam, of examDay − 2 0.89.
    const weak = makeCard({ due: NOW + 30 * DAY, lastReview: NOW - 2 * DAY, stability: 2 })
    expect(examDue(weak, exam)).toBe(start(TODAY + 9))
  })

  it('never brings a card later than the scheduler does', () => {
    const card = makeCard({ due: start(windowStart) + 3 * HOUR, lastReview: NOW - 20 * DAY, stability: 60 })
    expect(examDue(card, exam)).toBeLessThanOrEqual(card.due)
  })

  it('brings a card reviewed in the window back the next day only while its recall at the exam falls short', () => {
    const onWindowDay = context(TODAY + 2)
    const strong = makeCard({ due: NOW + 40 * DAY, lastReview: NOW - HOUR, stability: 40 })
    expect(examDue(strong, onWindowDay)).toBe(strong.due)
    const young = makeCard({ due: NOW + 2 * DAY, lastReview: NOW - HOUR, stability: 1 })
    expect(examDue(young, onWindowDay)).toBe(start(TODAY + 1))
    const reviewedOnExamMorning = makeCard({ due: NOW + 4 * DAY, lastReview: start(TODAY) + HOUR, stability: 0.5 })
    expect(examDue(reviewedOnExamMorning, context(TODAY, start(TODAY) + 2 * HOUR))).toBe(reviewedOnExamMorning.due)
  })

  it('on the exam morning, makes a card that missed the window due at once', () => {
    const morning = context(TODAY, start(TODAY) + 6 * HOUR)
    const card = makeCard({ due: NOW + 20 * DAY, lastReview: NOW - 10 * DAY, stability: 30 })
    expect(examDue(card, morning)).toBe(start(TODAY))
  })

  it('gives the scheduler its due date back once the exam has passed', () => {
    const card = makeCard({ due: NOW + 30 * DAY, lastReview: NOW - 20 * DAY, stability: 60 })
    expect(examDue(card, context(TODAY))).toBe(card.due)
    expect(examDue(card, context(TODAY - 3))).toBe(card.due)
  })
})

describe('examNewQuota', () => {
  const counts = { notIntroduced: 100, newIntroducedToday: 0, newPerDay: 5 }

  it('raises the limit to the pace that introduces every fact two days before the exam', () => {
    const exam = context(TODAY + 7)
    expect(lastIntroductionDay(exam)).toBe(TODAY + 5)
    expect(examNewQuota(exam, counts)).toBe(17)
    expect(examNewQuota(exam, { ...counts, newPerDay: 30 })).toBe(30)
    // Ten met earlier today: 110 were left at the day's start, ⌈110 / 6⌉ = 19 in all today.
    expect(examNewQuota(exam, { ...counts, notIntroduced: 100, newIntroducedToday: 10 })).toBe(19)
  })

  it.each([
    [2, 100],
    [1, 100],
    [0, 100],
  ])('with the exam %i days away, introduces everything today', (daysLeft, quota) => {
    const now = daysLeft === 0 ? start(TODAY) + 6 * HOUR : NOW
    expect(examNewQuota(context(TODAY + daysLeft, now), counts)).toBe(quota)
  })

  it('is the learner own limit when nothing is left or the exam has passed', () => {
    expect(examNewQuota(context(TODAY + 7), { ...counts, notIntroduced: 0 })).toBe(5)
    expect(examNewQuota(context(TODAY - 1), counts)).toBe(5)
    expect(examNewQuota(context(TODAY - 1), { ...counts, newPerDay: Number.NaN })).toBe(0)
  })
})
