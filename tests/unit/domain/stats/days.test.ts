import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classify, createDayOf, dateParts, mondayIndex } from '@/domain/stats'
import { localDayNumber } from '@/domain/time'
import { DAY, HOUR, dayNo, ZONES } from './factories'

describe('createDayOf', () => {
  it.each(ZONES)('agrees with localDayNumber in %s over random instants of 2024–2028', (tz) => {
    const dayOf = createDayOf(tz)
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 31) }), (t) => {
        expect(dayOf(t)).toBe(localDayNumber(t, tz))
      }),
      { numRuns: 2000 },
    )
  })

  // Every 10 minutes around both changes of 2026 in each zone, so the cached offset is tested where it changes.
  it.each([
    ['America/Los_Angeles', Date.UTC(2026, 2, 8, 10)],
    ['America/Los_Angeles', Date.UTC(2026, 10, 1, 9)],
    ['Pacific/Auckland', Date.UTC(2026, 3, 4, 14)],
    ['Pacific/Auckland', Date.UTC(2026, 8, 26, 14)],
  ])('agrees with localDayNumber around the DST change in %s at %i', (tz, change) => {
    const dayOf = createDayOf(tz)
    for (let t = change - 30 * HOUR; t <= change + 30 * HOUR; t += 10 * 60_000) {
      expect(dayOf(t), new Date(t).toISOString()).toBe(localDayNumber(t, tz))
    }
  })
})

describe('dateParts and mondayIndex', () => {
  it.each([
    [dayNo(2026, 11, 26), { year: 2026, month: 11, day: 26, weekday: 4 }, 3],
    [dayNo(2026, 11, 23), { year: 2026, month: 11, day: 23, weekday: 1 }, 0],
    [dayNo(2026, 11, 29), { year: 2026, month: 11, day: 29, weekday: 0 }, 6],
    [dayNo(2024, 2, 29), { year: 2024, month: 2, day: 29, weekday: 4 }, 3],
    [dayNo(1969, 12, 29), { year: 1969, month: 12, day: 29, weekday: 1 }, 0],
  ])('day %i is %o, index %i from Monday', (day, parts, index) => {
    expect(dateParts(day)).toEqual(parts)
    expect(mondayIndex(day)).toBe(index)
  })

  it('does not depend on the zone of the machine', () => {
    expect(dateParts(Date.UTC(2026, 0, 1) / DAY).day).toBe(1)
  })
})

describe('classify', () => {
  it.each([
    ['correct', 'good', 'correct'],
    ['almost', 'hard', 'almost'],
    ['wrong', 'again', 'wrong'],
    ['self', 'again', 'wrong'],
    ['self', 'hard', 'almost'],
    ['self', 'good', 'correct'],
    ['self', 'easy', 'correct'],
  ] as const)('%s graded %s counts as %s', (outcome, grade, expected) => {
    expect(classify({ outcome, grade })).toBe(expected)
  })
})
