/**
 * The answer log is the truth; cards are a cache of replaying it through the scheduler. Replay is
 * deterministic: entries in id order (ids are time-sortable and, on one device, increase with every
 * commit, whatever the clock did), each review at `reviewTime` (never before the card's last review),
 * with the retention recorded in the entry and the scheduler's fuzz seeded from the fact, the time and
 * the repetition count. Entries from before schema 3 recorded no retention: their `next` state is taken
 * as it was stored. Answers migrated from schema 1 carry no scheduler state and are skipped.
 */
import type { Scheduler } from '../scheduling/scheduler'
import type { MemoryCard, ReviewLogEntry } from '../scheduling/types'
import { boundedNow, LATEST_TIME } from '../time'
import { cardKey, type StoredCard } from './types'

/** A scheduler for a target retention (the engine caches one per value). */
export type SchedulerFor = (retention: number) => Scheduler

/** Entries in replay order: by id, which starts with the commit's time. */
export const byId = (a: ReviewLogEntry, b: ReviewLogEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The card after one entry, given the card before it (undefined: the fact was new). */
export function applyEntry(card: MemoryCard | undefined, entry: ReviewLogEntry, schedulerFor: SchedulerFor): MemoryCard | undefined {
  if (entry.format === 'legacy') return card
  if (entry.retention === undefined) return { ...entry.next }
  const scheduler = schedulerFor(entry.retention)
  return scheduler.review(card ?? scheduler.newCard(entry.factId, entry.reviewedAt), entry.grade, entry.reviewedAt)
}

/** Every card the log makes, keyed `${deckId}/${factId}`. */
export function rebuildCards(log: readonly ReviewLogEntry[], schedulerFor: SchedulerFor): Map<string, StoredCard> {
  const cards = new Map<string, StoredCard>()
  for (const entry of [...log].sort(byId)) {
    const key = cardKey(entry.deckId, entry.factId)
    const next = applyEntry(cards.get(key), entry, schedulerFor)
    if (next) cards.set(key, { ...next, deckId: entry.deckId })
  }
  return cards
}

/** The time part of an entry id (its first 13 digits), or 0 for an id that has none. */
export function idTime(id: string): number {
  const match = /^(\d{13})-/.exec(id)
  return match ? Number(match[1]) : 0
}

/**
 * The id of the next entry: `${time}-${deviceId}-${sequence}`, where time is the clock reading unless the
 * last entry's time is later (the clock went back, or another device's clock ran ahead): then it is one
 * millisecond after that. So ids increase with every commit and replay order is commit order.
 */
export function nextEntryId(lastId: string | undefined, now: number, deviceId: string, sequence: number): string {
  const last = lastId ? idTime(lastId) : 0
  const time = Math.min(LATEST_TIME - 1, Math.max(boundedNow(now), last + 1))
  return `${String(time).padStart(13, '0')}-${deviceId}-${sequence.toString(36).padStart(6, '0')}`
}
