import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { reviewDaysOf, streak } from '@/domain/scheduling/days'
import { activityHeatmap, reviewsPerDay, todaySummary } from '@/domain/stats'
import { localDayNumber } from '@/domain/time'
import { makeCard } from '../../../fixtures/engine/cards'
import { dayNo, DAY, makeEntry, MIN, ZONES } from './factories'

const at = (...times: number[]) => times.map((t) => makeEntry(t))

describe('reviewsPerDay', () => {
  it.each([
    // now, zone, answers, totals of the last three days (oldest first), first day
    ['UTC', Date.UTC(2026, 2, 10, 12), at(
      Date.UTC(2026, 2, 7, 23, 59), // before the window
      Date.UTC(2026, 2, 8, 0, 0, 1),
      Date.UTC(2026, 2, 9, 23, 59),
      Date.UTC(2026, 2, 10, 0, 0),
      Date.UTC(2026, 2, 10, 11, 59),
    ), [1, 1, 2], dayNo(2026, 3, 8)],
    // 23:59 on 10 March in Auckland (UTC+13): 11:01 UTC is already the 11th there.
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 10, 59), at(
      Date.UTC(2026, 2, 9, 10, 59), // 23:59 on the 9th
      Date.UTC(2026, 2, 9, 11, 1), // 00:01 on the 10th
      Date.UTC(2026, 2, 10, 11, 1), // tomorrow: outside
    ), [0, 1, 1], dayNo(2026, 3, 8)],
    // DST starts in Los Angeles on 8 March: that day runs 08:00–07:00 UTC, 23 hours.
    ['America/Los_Angeles', Date.UTC(2026, 2, 9, 7, 30), at(
      Date.UTC(2026, 2, 8, 7, 59), // 23:59 PST on the 7th
      Date.UTC(2026, 2, 8, 8, 0), // 00:00 PST on the 8th
      Date.UTC(2026, 2, 9, 6, 59), // 23:59 PDT on the 8th
      Date.UTC(2026, 2, 9, 7, 0), // 00:00 PDT on the 9th
    ), [1, 2, 1], dayNo(2026, 3, 7)],
    // DST ends in Auckland on 5 April: a 25-hour day from 11:00 UTC on the 4th to 12:00 UTC on the 5th.
    ['Pacific/Auckland', Date.UTC(2026, 3, 5, 13), at(
      Date.UTC(2026, 3, 4, 10, 59),
      Date.UTC(2026, 3, 4, 11, 0),
      Date.UTC(2026, 3, 5, 11, 59),
      Date.UTC(2026, 3, 5, 12, 0),
    ), [1, 2, 1], dayNo(2026, 4, 4)],
  ])('%s at %i', (tz, now, log, totals, firstDay) => {
    const rows = reviewsPerDay(log, now, tz, 3)
    expect(rows.map((r) => r.total)).toEqual(totals)
    expect(rows.map((r) => r.day)).toEqual([firstDay, firstDay + 1, firstDay + 2])
    expect(rows[2]?.day).toBe(localDayNumber(now, tz))
  })

  it('splits by outcome, flashcards by their grade, and labels dates', () => {
    const now = Date.UTC(2026, 10, 26, 12)
    const log = [
      makeEntry(now - MIN, { outcome: 'correct' }),
      makeEntry(now - MIN, { outcome: 'almost', grade: 'hard' }),
      makeEntry(now - MIN, { outcome: 'wrong', grade: 'again' }),
      makeEntry(now - MIN, { outcome: 'self', grade: 'again' }),
      makeEntry(now - MIN, { outcome: 'self', grade: 'easy' }),
    ]
    const [today] = reviewsPerDay(log, now, 'UTC', 1)
    expect(today).toEqual({
      day: dayNo(2026, 11, 26),
      date: { year: 2026, month: 11, day: 26, weekday: 4 },
      total: 5,
      correct: 2,
      almost: 1,
      wrong: 2,
    })
  })

  it('returns 30 zero days, oldest first, for an empty log', () => {
    const rows = reviewsPerDay([], Date.UTC(2026, 10, 26), 'UTC')
    expect(rows).toHaveLength(30)
    expect(rows.every((r) => r.total === 0)).toBe(true)
    expect(rows[29]?.date).toMatchObject({ month: 11, day: 26 })
    expect(rows[0]?.date).toMatchObject({ month: 10, day: 28 })
  })

  it.each(ZONES)('counts each answer once, on its local day, in %s (random logs)', (tz) => {
    const now = Date.UTC(2026, 2, 20, 9)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: now - 40 * DAY, max: now }), { maxLength: 60 }), (times) => {
        const rows = reviewsPerDay(at(...times), now, tz, 30)
        const first = rows[0]?.day ?? 0
        const expected = new Array<number>(30).fill(0)
        for (const t of times) {
          const i = localDayNumber(t, tz) - first
          if (i >= 0 && i < 30) expected[i] = (expected[i] ?? 0) + 1
        }
        expect(rows.map((r) => r.total)).toEqual(expected)
        for (const r of rows) expect(r.correct + r.almost + r.wrong).toBe(r.total)
      }),
      { numRuns: 200 },
    )
  })
})

describe('activityHeatmap', () => {
  // Thursday 26 November 2026, 10:00 in each zone.
  const nowIn = { UTC: Date.UTC(2026, 10, 26, 10), 'Pacific/Auckland': Date.UTC(2026, 10, 25, 21), 'America/Los_Angeles': Date.UTC(2026, 10, 26, 18) }

  it.each(ZONES)('lays out whole weeks from Monday, the last ending today, in %s', (tz) => {
    const now = nowIn[tz]
    const map = activityHeatmap([], now, tz, 12)
    expect(map.weeks).toHaveLength(12)
    expect(map.weeks.slice(0, 11).every((w) => w.length === 7)).toBe(true)
    expect(map.weeks[11]).toHaveLength(4)
    expect(map.weeks[0]?.[0]?.date).toEqual({ year: 2026, month: 9, day: 7, weekday: 1 })
    expect(map.weeks[11]?.at(-1)?.day).toBe(dayNo(2026, 11, 26))
    expect(map).toMatchObject({ total: 0, max: 0, activeDays: 0 })
  })

  it('sets levels by share of the busiest day', () => {
    const now = nowIn.UTC
    const today = Date.UTC(2026, 10, 26, 8)
    const log = [
      ...at(...new Array(8).fill(today)), // 8 today
      ...at(today - DAY, today - DAY, today - DAY), // 3 yesterday
      ...at(today - 2 * DAY), // 1
      ...at(today - 3 * DAY, today - 3 * DAY), // 2
      ...at(today - 200 * DAY), // outside
    ]
    const map = activityHeatmap(log, now, 'UTC', 2)
    const cells = map.weeks.flat()
    const byDate = (d: number) => cells.find((c) => c.date.month === 11 && c.date.day === d)
    expect(map.levelMax).toEqual([2, 4, 6, 8])
    expect([26, 25, 24, 23, 22].map((d) => [byDate(d)?.count, byDate(d)?.level])).toEqual([
      [8, 4], [3, 2], [1, 1], [2, 1], [0, 0],
    ])
    expect(map).toMatchObject({ total: 14, max: 8, activeDays: 4 })
    expect(cells).toHaveLength(11)
  })
})

describe('todaySummary', () => {
  it.each([
    // zone, now, answer times, answered, correct, streak
    ['UTC', Date.UTC(2026, 2, 10, 12), [Date.UTC(2026, 2, 10, 1), Date.UTC(2026, 2, 9, 23), Date.UTC(2026, 2, 8, 5)], 1, 1, 3],
    // Nothing yet today: the streak still ends yesterday.
    ['UTC', Date.UTC(2026, 2, 10, 12), [Date.UTC(2026, 2, 9, 23), Date.UTC(2026, 2, 8, 5)], 0, 0, 2],
    // Last answer the day before yesterday: the streak is broken.
    ['UTC', Date.UTC(2026, 2, 10, 12), [Date.UTC(2026, 2, 8, 23, 59)], 0, 0, 0],
    // Auckland at 00:05 on the 11th: an answer at 23:55 local yesterday is not today.
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 11, 5), [Date.UTC(2026, 2, 10, 10, 55), Date.UTC(2026, 2, 10, 11, 1)], 1, 1, 2],
    // Los Angeles: 7, 8 (the 23-hour day) and 9 March.
    ['America/Los_Angeles', Date.UTC(2026, 2, 9, 20), [Date.UTC(2026, 2, 8, 7, 59), Date.UTC(2026, 2, 9, 6, 59), Date.UTC(2026, 2, 9, 7, 0)], 1, 1, 3],
    // A gap of one whole day (8 March) breaks it, however near midnight the answers are.
    ['America/Los_Angeles', Date.UTC(2026, 2, 9, 20), [Date.UTC(2026, 2, 8, 7, 59), Date.UTC(2026, 2, 9, 7, 0)], 1, 1, 1],
  ])('%s at %i', (tz, now, times, answered, correct, streak) => {
    const summary = todaySummary(at(...times), [], now, tz)
    expect(summary).toEqual({ answeredToday: answered, correctToday: correct, streak, streakMayBeLonger: false, dueToday: 0 })
  })

  it('counts correct answers and facts due before today ends', () => {
    const now = Date.UTC(2026, 2, 10, 10, 30) // 23:30 in Auckland
    const tz = 'Pacific/Auckland'
    const log = [makeEntry(now - MIN), makeEntry(now - MIN, { outcome: 'wrong', grade: 'again' }), makeEntry(now - MIN, { outcome: 'self', grade: 'good' })]
    const cards = [
      makeCard({ due: now - DAY }),
      makeCard({ due: now + 29 * MIN }),
      makeCard({ due: now + 31 * MIN }),
      makeCard({ state: 'new', due: now }),
    ]
    expect(todaySummary(log, cards, now, tz)).toEqual({ answeredToday: 3, correctToday: 2, streak: 1, streakMayBeLonger: false, dueToday: 2 })
  })

  const daily = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => Date.UTC(2026, 2, from + i, 13))
  it.each([
    // answer days (March), log given since, streak, may be longer
    ['every day from the 4th, log since noon on the 3rd', daily(4, 10), Date.UTC(2026, 2, 3, 12), 7, true],
    ['every day from the 5th: the 4th is wholly in the log and empty', daily(5, 10), Date.UTC(2026, 2, 3, 12), 6, false],
    ['every day from the 3rd, after the log begins', daily(3, 10), Date.UTC(2026, 2, 3, 12), 8, true],
    ['the whole log', daily(4, 10), undefined, 7, false],
    ['no streak at all', [Date.UTC(2026, 2, 5, 13)], Date.UTC(2026, 2, 3, 12), 0, false],
  ])('%s', (_name, times, since, want, open) => {
    const summary = todaySummary(at(...times), [], Date.UTC(2026, 2, 10, 18), 'UTC', since)
    expect([summary.streak, summary.streakMayBeLonger]).toEqual([want, open])
  })
})

describe('todaySummary over random logs', () => {
  it.each(ZONES)('agrees with the scheduling streak and counts today in %s', (tz) => {
    const now = Date.UTC(2026, 2, 9, 9) // the day after DST starts in Los Angeles
    fc.assert(
      fc.property(fc.array(fc.integer({ min: now - 12 * DAY, max: now }), { maxLength: 40 }), (times) => {
        const log = at(...times)
        const today = localDayNumber(now, tz)
        const summary = todaySummary(log, [], now, tz)
        expect(summary.streak).toBe(streak(reviewDaysOf(log, tz), today))
        expect(summary.answeredToday).toBe(times.filter((t) => localDayNumber(t, tz) === today).length)
      }),
      { numRuns: 300 },
    )
  })

  it.each(ZONES)('from only the recent part of the log, the streak is exact unless it says it may be longer (%s)', (tz) => {
    const now = Date.UTC(2026, 2, 9, 9)
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: now - 12 * DAY, max: now }), { maxLength: 40 }),
        fc.integer({ min: now - 12 * DAY, max: now }),
        (times, since) => {
          const whole = todaySummary(at(...times), [], now, tz).streak
          const part = todaySummary(at(...times.filter((t) => t >= since)), [], now, tz, since)
          if (part.streakMayBeLonger) expect(part.streak).toBeLessThanOrEqual(whole)
          else expect(part.streak).toBe(whole)
        },
      ),
      { numRuns: 500 },
    )
  })
})
