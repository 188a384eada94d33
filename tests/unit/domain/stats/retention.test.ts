import { describe, expect, it } from 'vitest'
import { retentionStats } from '@/domain/stats'
import { dayNo, DAY, makeEntry, MIN } from './factories'

describe('retentionStats', () => {
  const now = Date.UTC(2026, 10, 26, 12)

  it('measures only answers to facts in review state, Again as forgotten, per seven days', () => {
    const log = [
      makeEntry(now - MIN, { grade: 'good' }),
      makeEntry(now - MIN, { grade: 'hard', outcome: 'almost' }),
      makeEntry(now - MIN, { grade: 'again', outcome: 'wrong' }),
      makeEntry(now - 7 * DAY, { grade: 'easy' }), // the week before
      makeEntry(now - 8 * DAY, { grade: 'again', outcome: 'wrong' }),
      makeEntry(now - MIN, { grade: 'again', previous: 'learning' }), // learning steps: ignored
      makeEntry(now - MIN, { grade: 'good', previous: 'relearning' }),
      makeEntry(now - MIN, { grade: 'good', previous: null }),
      makeEntry(now - 14 * DAY, { grade: 'good' }), // before the window
    ]
    const stats = retentionStats(log, now, 'UTC', 0.9, 14)
    expect(stats.target).toBe(0.9)
    expect(stats.overall).toMatchObject({ reviews: 5, passed: 3, retention: 0.6, firstDay: dayNo(2026, 11, 13), lastDay: dayNo(2026, 11, 26) })
    expect(stats.weeks.map((w) => [w.firstDate.day, w.lastDate.day, w.reviews, w.passed, w.retention])).toEqual([
      [13, 19, 2, 1, 0.5],
      [20, 26, 3, 2, 2 / 3],
    ])
  })

  it('has no retention (not 0 %) without reviews, and a short oldest span for 30 days', () => {
    const stats = retentionStats([], now, 'UTC', 0.85)
    expect(stats.overall.retention).toBeNull()
    expect(stats.weeks.map((w) => w.lastDay - w.firstDay + 1)).toEqual([2, 7, 7, 7, 7])
    expect(stats.weeks.every((w) => w.retention === null)).toBe(true)
  })

  it.each([
    // 00:30 on 11 March in Auckland: the 14-day window starts on 26 Feb, so 23:50 on
    // the 25th is out and 00:10 on the 26th is in.
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 11, 30), Date.UTC(2026, 1, 25, 10, 50), 0],
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 11, 30), Date.UTC(2026, 1, 25, 11, 10), 1],
    // Los Angeles across the start of DST (8 March): the window starts 00:00 PST on 24 Feb.
    ['America/Los_Angeles', Date.UTC(2026, 2, 9, 18), Date.UTC(2026, 1, 24, 7, 59), 0],
    ['America/Los_Angeles', Date.UTC(2026, 2, 9, 18), Date.UTC(2026, 1, 24, 8, 0), 1],
  ])('%s at %i: an answer at %i is in the window %i times', (tz, nowAt, answeredAt, count) => {
    expect(retentionStats([makeEntry(answeredAt)], nowAt, tz, 0.9, 14).overall.reviews).toBe(count)
  })
})
