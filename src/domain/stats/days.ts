import { localDayNumber, MS_PER_DAY, zoneOffsetMs } from '../time'
import type { Grade, Outcome, ReviewLogEntry } from '../scheduling/types'
import type { AnswerClass, DateParts } from './types'

const BLOCK_MS = 7 * MS_PER_DAY

/**
 * A fast `localDayNumber` for many instants in one zone. Reading a zone through Intl costs microseconds,
 * too much for 100k log entries. A zone's offset changes a few times a year at most, never twice within a
 * week, so when it is the same at both ends of a UTC week it held all week; otherwise the same test is
 * made per UTC day, and a day holding the change is looked up exactly.
 */
export function createDayOf(timeZone: string): (epochMs: number) => number {
  // Per week, then per day: the offset held throughout, or null when it changes inside.
  const weeks = new Map<number, number | null>()
  const days = new Map<number, number | null>()
  const constantOffset = (cache: Map<number, number | null>, index: number, length: number) => {
    let offset = cache.get(index)
    if (offset === undefined) {
      const first = zoneOffsetMs(index * length, timeZone)
      offset = first === zoneOffsetMs((index + 1) * length - 1, timeZone) ? first : null
      cache.set(index, offset)
    }
    return offset
  }
  // The log is kept in time order, so the next entry is nearly always in the week just looked up.
  let lastWeek = NaN
  let lastOffset = 0
  return (epochMs) => {
    const week = Math.floor(epochMs / BLOCK_MS)
    if (week === lastWeek) return Math.floor((epochMs + lastOffset) / MS_PER_DAY)
    const weekOffset = constantOffset(weeks, week, BLOCK_MS)
    if (weekOffset !== null) {
      lastWeek = week
      lastOffset = weekOffset
      return Math.floor((epochMs + weekOffset) / MS_PER_DAY)
    }
    const offset = constantOffset(days, Math.floor(epochMs / MS_PER_DAY), MS_PER_DAY)
    return offset === null ? localDayNumber(epochMs, timeZone) : Math.floor((epochMs + offset) / MS_PER_DAY)
  }
}

/** The calendar date of a local day number; pure arithmetic, no zone involved. */
export function dateParts(day: number): DateParts {
  const d = new Date(day * MS_PER_DAY)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() }
}

/** 0 for Monday … 6 for Sunday: weeks in Vietnam start on Monday (Thứ Hai). */
export function mondayIndex(day: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((day + 3) % 7) + 7) % 7
}

const SELF_GRADED: Record<Grade, AnswerClass> = { again: 'wrong', hard: 'almost', good: 'correct', easy: 'correct' }

/** A flashcard has no right answer to compare with, so the learner's own grade decides. */
export function classify(entry: Pick<ReviewLogEntry, 'outcome' | 'grade'>): AnswerClass {
  const outcome: Outcome = entry.outcome
  return outcome === 'self' ? SELF_GRADED[entry.grade] : outcome
}
