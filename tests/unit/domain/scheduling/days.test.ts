import { describe, expect, it } from 'vitest'
import { answersOnDay, isDueToday, newIntroducedOnDay, streak } from '@/domain/scheduling/days'
import { formatInterval } from '@/domain/scheduling/interval'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import { localDayNumber } from '@/domain/time'
import { makeCard } from '../../../fixtures/engine/cards'

const MIN = 60_000
const DAY = 86_400_000

describe('formatInterval', () => {
  it.each([
    [10 * MIN, '10 phút', '10 min'],
    [20_000, '1 phút', '1 min'],
    [5 * 60 * MIN, '5 giờ', '5 h'],
    [3 * DAY, '3 ngày', '3 d'],
    [61 * DAY, '2 tháng', '2 mo'],
    [548 * DAY, '1,5 năm', '1.5 y'],
  ])('%i ms → %s / %s', (ms, vi, en) => {
    expect(formatInterval(ms, 'vi')).toBe(vi)
    expect(formatInterval(ms, 'en')).toBe(en)
  })
})

describe('isDueToday near local midnight', () => {
  // 23:30 local time in each zone: a card due at 23:59 is due today, one due at 00:01 is not.
  it.each([
    ['UTC', Date.UTC(2026, 2, 10, 23, 30)],
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 10, 30)],
    ['America/Los_Angeles', Date.UTC(2026, 2, 11, 6, 30)],
    // The night DST starts in Los Angeles (23:30 on 7 March, UTC−8).
    ['America/Los_Angeles', Date.UTC(2026, 2, 8, 7, 30)],
    // The night DST ends in Auckland (23:30 on 4 April, UTC+13).
    ['Pacific/Auckland', Date.UTC(2026, 3, 4, 10, 30)],
  ])('%s at %i', (tz, now) => {
    expect(isDueToday(makeCard({ due: now + 29 * MIN }), now, tz)).toBe(true)
    expect(isDueToday(makeCard({ due: now + 31 * MIN }), now, tz)).toBe(false)
    expect(isDueToday(makeCard({ due: now - DAY }), now, tz)).toBe(true)
    expect(isDueToday(makeCard({ state: 'new', due: now }), now, tz)).toBe(false)
  })
})

describe('streak', () => {
  it.each([
    [[], 100, 0],
    [[100], 100, 1],
    [[98, 99, 100], 100, 3],
    [[98, 99], 100, 2],
    [[97, 99, 100], 100, 2],
    [[97, 98], 100, 0],
  ])('%j ending %i → %i', (days, today, want) => {
    expect(streak(days, today)).toBe(want)
  })
})

describe('answersOnDay', () => {
  const entry = (reviewedAt: number, isNew = false): ReviewLogEntry => ({
    id: `${reviewedAt}-a`, deckId: 'article', factId: 'f', questionId: 'q', format: 'mcq', grade: 'good', outcome: 'correct', reviewedAt,
    previous: isNew ? null : makeCard(), next: makeCard(), durationMs: 1000,
  })

  it.each(['UTC', 'Pacific/Auckland', 'America/Los_Angeles'])('counts by the local day in %s', (tz) => {
    const noon = Date.UTC(2026, 2, 10, 12)
    const log = [-30, -1, 0, 1, 30].map((m, i) => entry(noon + m * 60 * MIN, i % 2 === 0))
    const day = localDayNumber(noon, tz)
    const got = answersOnDay(log, day, tz)
    for (const e of got) expect(localDayNumber(e.reviewedAt, tz)).toBe(day)
    expect(got.length).toBe(log.filter((e) => localDayNumber(e.reviewedAt, tz) === day).length)
    expect(newIntroducedOnDay(log, day, tz)).toBe(got.filter((e) => e.previous === null).length)
  })
})
