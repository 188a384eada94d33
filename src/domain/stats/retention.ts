import type { ReviewLogEntry } from '../scheduling/types'
import { startOfDayNumber } from '../time'
import { createDayOf, dateParts } from './days'
import type { RetentionSpan, RetentionStats } from './types'

function span(firstDay: number, lastDay: number): RetentionSpan {
  return { firstDay, lastDay, firstDate: dateParts(firstDay), lastDate: dateParts(lastDay), reviews: 0, passed: 0, retention: null }
}

/**
 * Measured retention: of the answers to facts already in review state (the ones FSRS schedules to the
 * target), the share not graded Again. Learning steps are left out: they test minutes-old memories and
 * would flatter the figure. Covers the last `windowDays` local days, overall and per seven days.
 */
export function retentionStats(
  log: readonly ReviewLogEntry[],
  now: number,
  timeZone: string,
  targetRetention: number,
  windowDays = 30,
): RetentionStats {
  const dayOf = createDayOf(timeZone)
  const today = dayOf(now)
  const first = today - windowDays + 1
  const overall = span(first, today)
  const weeks: RetentionSpan[] = []
  for (let last = today; last >= first; last -= 7) weeks.unshift(span(Math.max(first, last - 6), last))
  const [start, end] = [startOfDayNumber(first, timeZone), startOfDayNumber(today + 1, timeZone)]
  for (const entry of log) {
    if (entry.previous?.state !== 'review' || entry.reviewedAt < start || entry.reviewedAt >= end) continue
    const day = dayOf(entry.reviewedAt)
    // Weeks are counted back from today, so the newest is last.
    const week = weeks[weeks.length - 1 - Math.floor((today - day) / 7)]
    const passed = entry.grade === 'again' ? 0 : 1
    for (const s of week ? [overall, week] : [overall]) {
      s.reviews++
      s.passed += passed
    }
  }
  for (const s of [overall, ...weeks]) s.retention = s.reviews > 0 ? s.passed / s.reviews : null
  return { target: targetRetention, overall, weeks }
}
