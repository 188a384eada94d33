import { describe, expect, it } from 'vitest'
import { endOfLocalDay, localDayNumber, startOfDayNumber, startOfLocalDay } from '@/domain/time'

const H = 3_600_000
const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000

describe('localDayNumber', () => {
  // Instants chosen a minute either side of local midnight; the machine's TZ must not matter.
  it.each([
    ['UTC', Date.UTC(2026, 2, 10, 23, 59), dayOf(2026, 3, 10)],
    ['UTC', Date.UTC(2026, 2, 11, 0, 1), dayOf(2026, 3, 11)],
    // Auckland is UTC+13 in March: 10:59 UTC on the 10th is 23:59 local, 11:01 is the 11th.
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 10, 59), dayOf(2026, 3, 10)],
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 11, 1), dayOf(2026, 3, 11)],
    // Los Angeles is UTC−7 after 8 March 2026: 06:59 UTC on the 11th is 23:59 on the 10th.
    ['America/Los_Angeles', Date.UTC(2026, 2, 11, 6, 59), dayOf(2026, 3, 10)],
    ['America/Los_Angeles', Date.UTC(2026, 2, 11, 7, 1), dayOf(2026, 3, 11)],
    ['Asia/Ho_Chi_Minh', Date.UTC(2026, 2, 10, 16, 59), dayOf(2026, 3, 10)],
    ['Asia/Ho_Chi_Minh', Date.UTC(2026, 2, 10, 17, 1), dayOf(2026, 3, 11)],
  ])('%s at %i is day %i', (tz, ms, day) => {
    expect(localDayNumber(ms, tz)).toBe(day)
  })
})

describe('startOfLocalDay / endOfLocalDay', () => {
  it.each([
    ['UTC', Date.UTC(2026, 2, 10, 15), Date.UTC(2026, 2, 10), 24],
    ['Pacific/Auckland', Date.UTC(2026, 2, 10, 15), Date.UTC(2026, 2, 10, 11), 24],
    // DST starts in Los Angeles on 8 March 2026: that local day has 23 hours.
    ['America/Los_Angeles', Date.UTC(2026, 2, 8, 20), Date.UTC(2026, 2, 8, 8), 23],
    // DST ends in Auckland on 5 April 2026: that local day has 25 hours.
    ['Pacific/Auckland', Date.UTC(2026, 3, 5, 3), Date.UTC(2026, 3, 4, 11), 25],
    // DST ends in Los Angeles on 1 November 2026: 25 hours.
    ['America/Los_Angeles', Date.UTC(2026, 10, 1, 20), Date.UTC(2026, 10, 1, 7), 25],
  ])('%s: the day of %i starts at %i and lasts %i h', (tz, ms, start, hours) => {
    expect(startOfLocalDay(ms, tz)).toBe(start)
    expect(endOfLocalDay(ms, tz) - start).toBe(hours * H)
    expect(localDayNumber(start, tz)).toBe(localDayNumber(ms, tz))
    expect(localDayNumber(start - 1, tz)).toBe(localDayNumber(ms, tz) - 1)
  })

  it('finds the start of every day of a year in three zones', () => {
    for (const tz of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
      for (let d = dayOf(2026, 1, 1); d < dayOf(2027, 1, 1); d++) {
        const start = startOfDayNumber(d, tz)
        expect(localDayNumber(start, tz)).toBe(d)
        expect(localDayNumber(start - 1, tz)).toBe(d - 1)
      }
    }
  })

  it('throws on an unknown zone instead of falling back to the machine zone', () => {
    expect(() => localDayNumber(0, 'Mars/Olympus')).toThrow(RangeError)
  })
})
