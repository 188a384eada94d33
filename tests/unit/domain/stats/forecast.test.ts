import { describe, expect, it } from 'vitest'
import { dueForecast } from '@/domain/stats'
import { makeCard } from '../../../fixtures/engine/cards'
import { dayNo, DAY, MIN } from './factories'

describe('dueForecast', () => {
  it.each([
    // 23:30 local on 10 March in each zone; then 23:30 on the night DST starts in Los Angeles.
    ['UTC', Date.UTC(2026, 2, 10, 23, 30), dayNo(2026, 3, 10)],
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 10, 30), dayNo(2026, 3, 10)],
    ['America/Los_Angeles', Date.UTC(2026, 2, 11, 6, 30), dayNo(2026, 3, 10)],
    ['America/Los_Angeles', Date.UTC(2026, 2, 8, 7, 30), dayNo(2026, 3, 7)],
  ])('%s at %i: overdue and due before midnight today, then each later day', (tz, now, today) => {
    const cards = [
      makeCard({ due: now - 3 * DAY }), // overdue
      makeCard({ due: now - MIN }), // overdue
      makeCard({ due: now + 29 * MIN }), // 23:59 today
      makeCard({ due: now + 31 * MIN }), // 00:01 tomorrow
      makeCard({ due: now + 31 * MIN + 22 * 60 * MIN }), // 22:01 tomorrow (DST night: still tomorrow)
      makeCard({ state: 'learning', due: now + 36 * 60 * MIN }), // the day after tomorrow, midday
      makeCard({ state: 'new', due: now }), // new facts are not due
      makeCard({ due: now + 40 * DAY }), // beyond the window
    ]
    const rows = dueForecast(cards, now, tz)
    expect(rows).toHaveLength(30)
    expect(rows[0]).toMatchObject({ day: today, count: 3, overdue: 2 })
    expect(rows[1]).toMatchObject({ day: today + 1, count: 2, overdue: 0 })
    expect(rows[2]).toMatchObject({ count: 1 })
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(6)
  })

  it('is all zeros with no cards', () => {
    const rows = dueForecast([], Date.UTC(2026, 10, 26), 'UTC', 7)
    expect(rows.map((r) => r.count)).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(rows[6]?.date).toMatchObject({ month: 12, day: 2 })
  })
})
