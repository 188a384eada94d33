/**
 * The answer log is the truth; cards are a cache of replaying it through the scheduler. Replay is
 * deterministic: entries in id order (ids are time-sortable and, on one device, increase with every
 * commit, whatever the clock did), each review at `reviewTime` (never before the card's last review),
 * with the retention recorded in the entry and the scheduler's fuzz seeded from the fact, the time and
 * the repetition count. Entries from before schema 3 recorded no retention: their `next` state is taken
 * as it was stored. Answers migrated from schema 1 carry no scheduler state and are skipped. An entry whose
 * due date even days moved (`days`) is placed there again, if the scheduler's fuzz could have chosen it.
 */
import { placeAt } from '../scheduling/even'
import type { MemoryCard, ReviewLogEntry } from '../scheduling/types'
import { byId, type SchedulerFor } from './ids'
import { cardKey, type StoredCard } from './types'

export { byId, idTime, nextEntryId, type SchedulerFor } from './ids'

/** The card after one entry, given the card before it (undefined: the fact was new). */
export function applyEntry(card: MemoryCard | undefined, entry: ReviewLogEntry, schedulerFor: SchedulerFor): MemoryCard | undefined {
  if (entry.format === 'legacy') return card
  if (entry.retention === undefined) return { ...entry.next }
  const scheduler = schedulerFor(entry.retention)
  const before = card ?? scheduler.newCard(entry.factId, entry.reviewedAt)
  // Without a placement, exactly the path of every entry written before even days.
  if (entry.days === undefined) return scheduler.review(before, entry.grade, entry.reviewedAt)
  // A `days` outside the recomputed range (tampered, or from a build with another scheduler) is ignored.
  return placeAt(scheduler.reviewRange(before, entry.grade, entry.reviewedAt), entry.days)
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
