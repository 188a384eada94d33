/**
 * Even days: an answer's due date goes, inside the range the scheduler's own fuzz could have picked, to the
 * learner's least loaded local day. Fuzz already moves due dates at random to spread reviews; choosing the
 * emptiest day in the same range spreads them on purpose, and keeps every interval one the scheduler could
 * have given. Only the due date moves: the memory state after the answer (stability, difficulty) is the
 * scheduler's own.
 *
 * A placement that differs from the scheduler's pick is written to the log entry as `days` (`entryDays`), and
 * replay applies it again through `placeAt`, which refuses a value outside the recomputed range.
 */
import { localDayNumber, MS_PER_DAY } from '../time'
import type { ReviewRange } from './scheduler'
import type { MemoryCard } from './types'

/**
 * How many cards are already due on a local day (`localDayNumber` in the learner's zone); a missing day
 * counts 0. The card being answered should not be counted: its old due date is not where it will go.
 */
export type DayLoad = ReadonlyMap<number, number> | ((day: number) => number)

/** Whether `days` is a whole number of days the scheduler could have chosen for this answer. */
export function isInRange(range: ReviewRange, days: number): boolean {
  return Number.isInteger(days) && days >= range.minDays && days <= range.maxDays
}

/**
 * The card `days` after its review, if that lies in the range; otherwise (a tampered or foreign log entry, a
 * learning step, a card never reviewed) the scheduler's own card. Memory fields are the scheduler's in both.
 */
export function placeAt(range: ReviewRange, days: number): MemoryCard {
  const { card } = range
  if (days === card.scheduledDays || !isInRange(range, days) || card.lastReview === undefined) return card
  return { ...card, scheduledDays: days, due: card.lastReview + days * MS_PER_DAY }
}

/**
 * The card placed on the least loaded local day within the range. Ties go to the interval closest to the
 * scheduler's pick (fuzz's choice stands when even days has no reason to move it), then to the shorter one
 * (sooner is the safer side of a forgetting curve). A range of one value gives the scheduler's card itself.
 *
 * The due day is read from the card's review time (`lastReview`), not from the caller's clock: after a clock
 * set back, the scheduler counts the review at the card's last review (`reviewTime`), and so must the day.
 */
export function evenDays(range: ReviewRange, load: DayLoad, timeZone: string): MemoryCard {
  const { card, minDays, maxDays } = range
  const reviewedAt = card.lastReview
  if (minDays >= maxDays || reviewedAt === undefined) return card
  const loadOn = typeof load === 'function' ? load : (day: number) => load.get(day) ?? 0
  const pick = card.scheduledDays
  let best = pick
  let bestLoad = Infinity
  for (let days = minDays; days <= maxDays; days++) {
    const dayLoad = loadOn(localDayNumber(reviewedAt + days * MS_PER_DAY, timeZone))
    // Ascending order settles the last tie (equal load and distance) for the shorter interval.
    if (dayLoad < bestLoad || (dayLoad === bestLoad && Math.abs(days - pick) < Math.abs(best - pick))) {
      best = days
      bestLoad = dayLoad
    }
  }
  return placeAt(range, best)
}

/** What the log entry records for a placed card: its interval when it differs from the scheduler's pick. */
export function entryDays(range: ReviewRange, placed: MemoryCard): number | undefined {
  return placed.scheduledDays === range.card.scheduledDays ? undefined : placed.scheduledDays
}
