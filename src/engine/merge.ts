/**
 * Folding another device's answers into this one's stored progress (what a sync pull brings), loaded with the
 * first pull: the new answers, the answers undone where they were given, and the cards of their facts rebuilt
 * from the whole merged log, in one transaction (`Repository.mergeEntries`).
 */
import { byId, type SchedulerFor } from '@/domain/progress/ids'
import { cardKey, type StoredCard } from '@/domain/progress/types'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import { newEntries, rebuildTouched, touchedCards } from '@/domain/sync/docs'
import type { Repository } from '@/persistence/repository'

/** What a merge wrote: the entries added and removed, and the cards rebuilt or dropped. */
export interface Merged {
  /** How many entries were added or removed in storage (0: nothing changed). */
  changed: number
  entries: ReviewLogEntry[]
  removed: string[]
  cards: StoredCard[]
  dropCards: { deckId: string; factId: string }[]
}

/**
 * Stores the answers of `incoming` not in `log` (the whole log held here; null when it could not be read) and
 * removes those of `removed` that are. An answer both incoming and removed was undone: it is not added.
 */
export async function mergeInto(
  repository: Pick<Repository, 'mergeEntries'>,
  log: readonly ReviewLogEntry[] | null,
  incoming: readonly ReviewLogEntry[],
  schedulerFor: SchedulerFor,
  removed: readonly string[] = [],
): Promise<Merged> {
  // Cards are rebuilt from the whole log of their facts: a partial one would give them a wrong schedule.
  if (!log) throw new Error('the answer log could not be read; nothing merged')
  const undone = new Set(removed)
  const have = new Set(log.map((e) => e.id))
  const fresh = newEntries(have, incoming.filter((e) => !undone.has(e.id)))
  const gone = log.filter((e) => undone.has(e.id))
  const nothing: Merged = { changed: 0, entries: [], removed: [], cards: [], dropCards: [] }
  if (fresh.length === 0 && gone.length === 0) return nothing
  const merged = [...log.filter((e) => !undone.has(e.id)), ...fresh]
  const touched = touchedCards([...fresh, ...gone])
  const cards = [...rebuildTouched(merged, touched, schedulerFor).values()]
  // A fact left with no answer at all has no card; one whose answers are all of a legacy format keeps its own.
  const answered = new Set(merged.map((e) => cardKey(e.deckId, e.factId)))
  const dropCards = gone.filter((e) => !answered.has(cardKey(e.deckId, e.factId))).map((e) => ({ deckId: e.deckId, factId: e.factId }))
  const input = { entries: fresh, cards, removed: gone.map((e) => e.id), dropCards }
  const changed = await repository.mergeEntries(input)
  return changed > 0 ? { changed, ...input } : nothing
}

/**
 * Memory after a merge, without reading storage again: the log with the entries added and removed (in id order),
 * and every card held (shown or orphaned, keyed by fact id) with the rebuilt ones in and the dropped ones out.
 */
export function mergedMemory(log: readonly ReviewLogEntry[], cards: readonly MemoryCard[], merge: Merged): { log: ReviewLogEntry[]; cards: MemoryCard[] } {
  const removed = new Set(merge.removed)
  const byFact = new Map(cards.map((c) => [c.factId, c]))
  for (const key of merge.dropCards) byFact.delete(key.factId)
  for (const { deckId: _deck, ...card } of merge.cards) byFact.set(card.factId, card)
  return { log: [...log.filter((e) => !removed.has(e.id)), ...merge.entries].sort(byId), cards: [...byFact.values()] }
}
