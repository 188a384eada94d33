/**
 * The numbers of today (home and the progress page). A module of its own: the start loads it, while the charts'
 * numbers (`reviews.ts`) load with the progress page.
 */
import type { MemoryCard, ReviewLogEntry } from '../scheduling/types'
import { endOfLocalDay } from '../time'
import { classify, createDayOf } from './days'
import type { TodaySummary } from './types'

/** The numbers at the top of the progress page. */
export function todaySummary(
  log: readonly ReviewLogEntry[],
  cards: Iterable<MemoryCard>,
  now: number,
  timeZone: string,
  /** When `log` holds only the answers since this instant (the rest not read yet); omitted for the whole log. */
  logSince?: number,
): TodaySummary {
  const dayOf = createDayOf(timeZone)
  const today = dayOf(now)
  // Days practised, by distance back from today; a streak cannot be longer than the log.
  const practised = new Uint8Array(log.length + 2)
  let answeredToday = 0
  let correctToday = 0
  for (const entry of log) {
    const back = today - dayOf(entry.reviewedAt)
    if (back >= 0 && back < practised.length) practised[back] = 1
    if (back !== 0) continue
    answeredToday++
    if (classify(entry) === 'correct') correctToday++
  }
  // A day not yet practised does not break the streak before it is over: then it ends yesterday.
  let back = practised[0] ? 0 : 1
  let streak = 0
  while (practised[back]) {
    streak++
    back++
  }
  // `back` is the first day without an answer; if that day is not wholly inside the given log, it may have one.
  const streakMayBeLonger = logSince !== undefined && today - back <= dayOf(logSince)
  const end = endOfLocalDay(now, timeZone)
  let dueToday = 0
  for (const card of cards) if (card.state !== 'new' && card.due < end) dueToday++
  return { answeredToday, correctToday, streak, streakMayBeLonger, dueToday }
}
