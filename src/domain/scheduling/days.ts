/** The learner's calendar: "due today", streaks and answers per day follow the local day. */
import { endOfLocalDay, localDayNumber, startOfDayNumber } from '../time'
import type { MemoryCard, ReviewLogEntry } from './types'

/**
 * Due before the learner's local day ends. New cards are never "due": they enter through the daily
 * new-fact limit instead.
 */
export function isDueToday(card: MemoryCard, now: number, timeZone: string): boolean {
  return card.state !== 'new' && card.due < endOfLocalDay(now, timeZone)
}

/**
 * Consecutive local days with at least one answer, ending today. A day not yet practised does not
 * break the streak before it is over: with no answer today, the count ends yesterday.
 */
export function streak(reviewDays: readonly number[], today: number): number {
  const days = new Set(reviewDays)
  let day = days.has(today) ? today : today - 1
  let count = 0
  while (days.has(day)) {
    count++
    day--
  }
  return count
}

/** The entries answered on local day `day`; the zone is read twice, not once per entry. */
export function answersOnDay(log: readonly ReviewLogEntry[], day: number, timeZone: string): ReviewLogEntry[] {
  const start = startOfDayNumber(day, timeZone)
  const end = startOfDayNumber(day + 1, timeZone)
  return log.filter((e) => e.reviewedAt >= start && e.reviewedAt < end)
}

/** Facts met for the first time on `day`: what counts against the daily new-fact limit. */
export function newIntroducedOnDay(log: readonly ReviewLogEntry[], day: number, timeZone: string): number {
  let count = 0
  for (const e of answersOnDay(log, day, timeZone)) if (e.previous === null || e.previous.state === 'new') count++
  return count
}

/** The distinct local days with answers, ascending (input for `streak`). */
export function reviewDaysOf(log: readonly ReviewLogEntry[], timeZone: string): number[] {
  const days = new Set<number>()
  for (const e of log) days.add(localDayNumber(e.reviewedAt, timeZone))
  return [...days].sort((a, b) => a - b)
}
