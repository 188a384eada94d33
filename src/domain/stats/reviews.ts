import type { ReviewLogEntry } from '../scheduling/types'
import { startOfDayNumber } from '../time'
import { classify, createDayOf, dateParts, mondayIndex } from './days'
import type { ActivityHeatmap, DayReviews, HeatmapCell, HeatmapLevel } from './types'

/**
 * Answers per local day for the last `days` days, oldest first, today last, days without answers
 * included as zeros.
 */
export function reviewsPerDay(
  log: readonly ReviewLogEntry[],
  now: number,
  timeZone: string,
  days = 30,
): DayReviews[] {
  const dayOf = createDayOf(timeZone)
  const today = dayOf(now)
  const first = today - days + 1
  const out: DayReviews[] = []
  for (let day = first; day <= today; day++) {
    out.push({ day, date: dateParts(day), total: 0, correct: 0, almost: 0, wrong: 0 })
  }
  const [start, end] = [startOfDayNumber(first, timeZone), startOfDayNumber(today + 1, timeZone)]
  for (const entry of log) {
    // Most of a long log lies outside the window: two comparisons, no zone arithmetic.
    if (entry.reviewedAt < start || entry.reviewedAt >= end) continue
    const row = out[dayOf(entry.reviewedAt) - first]
    if (!row) continue
    row.total++
    row[classify(entry)]++
  }
  return out
}

/** Counts per local day over the last `weeks` calendar weeks (Monday first), ending today. */
export function activityHeatmap(
  log: readonly ReviewLogEntry[],
  now: number,
  timeZone: string,
  weeks = 12,
): ActivityHeatmap {
  const dayOf = createDayOf(timeZone)
  const today = dayOf(now)
  const first = today - mondayIndex(today) - 7 * (weeks - 1)
  const counts = new Array<number>(today - first + 1).fill(0)
  const [start, end] = [startOfDayNumber(first, timeZone), startOfDayNumber(today + 1, timeZone)]
  for (const entry of log) {
    if (entry.reviewedAt < start || entry.reviewedAt >= end) continue
    const i = dayOf(entry.reviewedAt) - first
    if (i >= 0 && i < counts.length) counts[i] = (counts[i] ?? 0) + 1
  }
  let max = 0
  let total = 0
  let activeDays = 0
  for (const c of counts) {
    max = Math.max(max, c)
    total += c
    if (c > 0) activeDays++
  }
  // Level n holds counts up to n/4 of the busiest day: with a max of 4 or more, every level is used.
  const levelMax = [1, 2, 3, 4].map((n) => Math.ceil((max * n) / 4)) as ActivityHeatmap['levelMax']
  const level = (count: number): HeatmapLevel =>
    count === 0 ? 0 : ((levelMax.findIndex((upper) => count <= upper) + 1) as HeatmapLevel)
  const columns: HeatmapCell[][] = []
  counts.forEach((count, i) => {
    const day = first + i
    if (i % 7 === 0) columns.push([])
    columns[columns.length - 1]?.push({ day, date: dateParts(day), count, level: level(count) })
  })
  return { weeks: columns, total, activeDays, max, levelMax }
}
