import { describe, expect, it } from 'vitest'
import { localDayNumber } from '@/domain/time'
import { dateOfDay, dayOfDate } from '@/stores/exam'

describe("an exam date as the date input gives it", () => {
  it.each(['2026-12-08', '2027-02-28', '2028-02-29', '2099-12-31'])('%s is the local day of that calendar date, and back', (date) => {
    const day = dayOfDate(date)!
    // Noon of that date in Hanoi and in Auckland falls on the same local day number.
    const [y, m, d] = date.split('-').map(Number) as [number, number, number]
    expect(localDayNumber(Date.UTC(y, m - 1, d, 5), 'Asia/Ho_Chi_Minh')).toBe(day)
    expect(localDayNumber(Date.UTC(y, m - 1, d, 0), 'Pacific/Auckland')).toBe(day)
    expect(dateOfDay(day)).toBe(date)
  })

  it.each(['', '2026-02-31', '2026-13-01', '08/12/2026', '2026-12-8', 'ngày mai'])('%s is no date', (text) => {
    expect(dayOfDate(text)).toBeNull()
  })
})
